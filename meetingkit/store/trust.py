"""What a file must be before meetingkit trusts it: a regular file, not in WAL mode, with exactly our schema.

An event file may come from anyone (a rapporteur's USB stick, a mail attachment). SQLite runs a file's
triggers on our writes and its views on our reads, and `trusted_schema=OFF` stops neither, so the only
safe file is one whose every table, index, trigger and view is one this version of meetingkit creates.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import stat

from meetingkit.store import rows
from meetingkit.store.errors import DamagedFileError, NotAnEventFileError, StoreUserError
from meetingkit.store.schema import MIGRATIONS, Migration

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

    from meetingkit.core.paths import StrPath

# Virtual-machine steps between two calls of the progress handler, and how many calls an untrusted
# read may take: reading the schema and a few pragmas needs a tiny fraction of that, so only a
# file built to make us loop (a recursive view, a huge schema) reaches the limit.
PROGRESS_STEPS: Final = 1000
UNTRUSTED_WORK_LIMIT: Final = 20_000

# Bytes 18 and 19 of the database header: 1 for a rollback journal, 2 for WAL.
_HEADER_JOURNAL_MODE: Final = slice(18, 20)

SchemaEntry = tuple[str, str, str]  # type, table it belongs to, normalised SQL


def require_regular_file(path: StrPath) -> os.stat_result:
    """Refuse a FIFO, device, socket or folder before anything opens it (opening a FIFO waits forever)."""
    name = os.path.basename(path)
    try:
        info = os.stat(path)  # follows a symlink: what counts is what it points at
    except FileNotFoundError:
        raise StoreUserError(f"{name} does not exist.") from None
    except PermissionError:
        raise StoreUserError(f"{name} cannot be read: permission denied.") from None
    except OSError as exc:
        raise StoreUserError(f"{name} cannot be read: {exc.strerror or exc}.") from None
    if stat.S_ISDIR(info.st_mode):
        raise NotAnEventFileError(f"{name} is a folder, not an event file.")
    if not stat.S_ISREG(info.st_mode):
        raise NotAnEventFileError(
            f"{name} is not a regular file (a pipe, device or socket), so not an event file."
        )
    return info


def require_regular_sidecar(path: StrPath, suffix: str) -> bool:
    """True when NAME-journal (or -wal) exists as a plain file; refuse one that is anything else.

    SQLite reads and writes these files itself: a planted FIFO would hang it, a symlink would make it
    write somewhere else.
    """
    name = os.path.basename(path)
    try:
        info = os.lstat(os.fspath(path) + suffix)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise StoreUserError(f"{name}{suffix} beside {name} cannot be read: {exc.strerror or exc}.") from None
    if not stat.S_ISREG(info.st_mode):
        raise NotAnEventFileError(
            f"{name}{suffix} beside {name} is not a regular file; move it away to open {name}."
        )
    return True


def refuse_wal(path: StrPath, header: bytes) -> None:
    """meetingkit keeps an event in one file; a WAL-mode file keeps recent changes in NAME-wal beside it."""
    if header[_HEADER_JOURNAL_MODE] == b"\x01\x01":
        return
    name = os.path.basename(path)
    if header[_HEADER_JOURNAL_MODE] == b"\x02\x02":
        raise NotAnEventFileError(
            f"{name} is in SQLite's WAL mode, which meetingkit never uses (changes may sit in"
            f" {name}-wal beside it); it was not opened and nothing was changed: if it is an event"
            f" file, convert it first with: sqlite3 {name} 'PRAGMA journal_mode=DELETE'"
        )
    raise DamagedFileError(f"{name} is damaged (its header is not valid); restore it from a backup copy.")


def bound_work(conn: sqlite3.Connection, limit: int = UNTRUSTED_WORK_LIMIT) -> None:
    """Interrupt any statement of `conn` that runs longer than `limit` progress steps (an untrusted read)."""
    calls = 0

    def progress() -> int:
        nonlocal calls
        calls += 1
        return 1 if calls > limit else 0

    conn.set_progress_handler(progress, PROGRESS_STEPS)


def _normalise(sql: str | None) -> str:
    return " ".join((sql or "").split())


def schema_of(conn: sqlite3.Connection) -> dict[str, SchemaEntry]:
    """Every object of the main database by name (names are unique across tables, indexes, triggers, views)."""
    result: dict[str, SchemaEntry] = {}
    for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_schema"):
        result[str(name)] = (str(kind), str(table), _normalise(sql))
    return result


def expected_schema(version: int, migrations: dict[int, Migration] | None = None) -> dict[str, SchemaEntry]:
    """The schema of a file at `version`: what the migrations 0..version make of an empty database.

    Derived rather than written down, so a table a later migration adds is expected with no other change.
    `migrations` (tests of future migrations) are laid over the app's own.
    """
    if migrations is None:
        return _derived(version)
    return _derive(version, {**MIGRATIONS, **migrations})


@functools.cache
def _derived(version: int) -> dict[str, SchemaEntry]:
    return _derive(version, MIGRATIONS)


def _derive(version: int, migrations: dict[int, Migration]) -> dict[str, SchemaEntry]:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in range(version):
            migrations[step](conn)
        return schema_of(conn)
    finally:
        conn.close()


def _label(name: str, entry: SchemaEntry) -> str:
    shown = name if len(name) <= 40 and name.isprintable() else repr(name[:40])
    return f"{entry[0]} {shown}"


def check_schema(
    conn: sqlite3.Connection, path: StrPath, version: int, migrations: dict[int, Migration] | None = None
) -> None:
    """Refuse a file whose schema differs in any way from the one meetingkit makes for its version."""
    name = os.path.basename(path)
    with rows.decoding("schema", name):
        found = schema_of(conn)
    wanted = expected_schema(version, migrations)
    foreign = sorted(name for name, entry in found.items() if wanted.get(name) != entry)
    if foreign:
        listed = ", ".join(_label(name, found[name]) for name in foreign[:3])
        more = f" and {len(foreign) - 3} more" if len(foreign) > 3 else ""
        raise NotAnEventFileError(
            f"{name} holds database objects meetingkit did not make ({listed}{more}); it was not"
            " opened and nothing was changed."
        )
    missing = sorted(set(wanted) - set(found))
    if missing:
        listed = ", ".join(_label(name, wanted[name]) for name in missing[:3])
        raise DamagedFileError(
            f"{name} is damaged: part of its structure is missing ({listed}); restore it from a backup copy."
        )
