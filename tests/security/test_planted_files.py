"""Event files built to attack us: planted triggers, views, indexes and altered tables, WAL files,
FIFOs, devices, folders, symlinks and lying page counts, run through every command.

Each command must end (exit 0 or 2, one line, no traceback, no hang), and nothing planted may run:
the notes are all still there and a refused file is not changed by a byte.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from support.attack import NOTES, Event, Tally, attack_size, count_rows, every_command, run_all
from support.tamper import run_sql

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, devices and symlinks are POSIX cases")

TABLES = ("item", "session", "event", "day", "person", "attachment", "blob", "search", "meta", "draft")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _triggers(size: int) -> Callable[[Path], None]:
    """`size` triggers, each on a table and a change we make, each deleting every note."""

    def plant(path: Path) -> None:
        chooser = random.Random(size)
        statements = [
            "CREATE TRIGGER wipe_on_add AFTER INSERT ON item BEGIN DELETE FROM item WHERE id != new.id; END"
        ]
        for n in range(1, size):
            table = chooser.choice([t for t in TABLES if t != "search"])
            when = chooser.choice(("BEFORE", "AFTER"))
            change = chooser.choice(("INSERT", "UPDATE", "DELETE"))
            statements.append(
                f"CREATE TRIGGER wipe_{n} {when} {change} ON {table} BEGIN DELETE FROM item; END"
            )
        run_sql(path, *statements)

    return plant


def _recursive_view(path: Path) -> None:
    run_sql(
        path,
        "CREATE VIEW forever AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r",
    )


def _view_for_item(path: Path) -> None:
    """The notes moved aside, and `item` a view that never ends."""
    run_sql(
        path,
        "DROP INDEX item_session",
        "ALTER TABLE item RENAME TO item_kept",
        "CREATE VIEW item AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
        " SELECT item_kept.* FROM r, item_kept",
    )


def _extra_index(path: Path) -> None:
    run_sql(path, "CREATE INDEX item_text_length ON item(length(text), text)")


def _altered_table(path: Path) -> None:
    """Same names, other SQL: a column default the app never wrote."""
    run_sql(
        path,
        "UPDATE sqlite_schema SET sql = replace(sql, 'owner TEXT NOT NULL DEFAULT ''''',"
        " 'owner TEXT NOT NULL DEFAULT ''planted''') WHERE name = 'item'",
        writable_schema=True,
    )


def _wal_mode(path: Path) -> None:
    run_sql(path, "PRAGMA journal_mode = WAL")


def _wal_beside(path: Path) -> None:
    (path.parent / (path.name + "-wal")).write_bytes(b"\x37\x7f\x06\x82" + bytes(28))


def _fifo_journal(path: Path) -> None:
    os.mkfifo(path.parent / (path.name + "-journal"))


def _huge_page_count(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[28:32] = (0x7FFFFFF0).to_bytes(4, "big")  # the header's "database size in pages"
    path.write_bytes(bytes(data))


@dataclass(frozen=True)
class Planted:
    name: str
    plant: Callable[[Path], None]
    notes_table: str | None = "item"  # None: SQLite itself cannot read the planted file


PLANTED = [
    Planted("triggers", _triggers(0)),  # replaced per size below
    Planted("recursive-view", _recursive_view),
    Planted("view-for-item", _view_for_item, notes_table="item_kept"),
    Planted("extra-index", _extra_index),
    Planted("altered-table", _altered_table),
    Planted("wal-mode", _wal_mode),
    Planted("wal-file-beside", _wal_beside),
    Planted("fifo-journal", _fifo_journal),
    Planted("huge-page-count", _huge_page_count, notes_table=None),
]


@pytest.mark.parametrize("case", PLANTED, ids=[c.name for c in PLANTED])
def test_planted_files_are_refused_and_nothing_planted_runs(
    case: Planted, event: Event, tmp_path: Path
) -> None:
    size = attack_size()
    plant = _triggers(size * 4) if case.name == "triggers" else case.plant
    shas: dict[Path, str] = {}

    def make(folder: Path) -> Path:
        path = event.copy_to(folder)
        plant(path)
        if path.is_file():
            shas[path] = _sha(path)
        return path

    tally = Tally(f"planted {case.name}")
    for round_number in range(size):
        commands = every_command(make, event, tmp_path / f"round-{round_number}")
        run_all(tally, commands, cwd=tmp_path, home=tmp_path / "home")
        for path, before in shas.items():
            # Refused, so left as it was, and the planted SQL never ran: every note is still there.
            if _sha(path) != before or (case.notes_table and count_rows(path, case.notes_table) != NOTES):
                tally.lost_lines += 1
            clean = path.parent / "clean.meeting"
            if clean.exists() and count_rows(clean, "item") != NOTES:
                tally.lost_lines += 1
        shas.clear()
    tally.assert_clean()


# ---------------------------------------------------------------- what the path is, rather than what it holds


def _fifo(folder: Path) -> Path:
    path = folder / "event.meeting"
    os.mkfifo(path)
    return path


def _folder(folder: Path) -> Path:
    path = folder / "event.meeting"
    path.mkdir()
    return path


def _link_to(target: Callable[[Path], Path]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        pointed = target(folder / "elsewhere")
        link = folder / "event.meeting"
        link.symlink_to(pointed)
        return link

    return make


def _device(name: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        return Path(name)

    return make


def _dangling(folder: Path) -> Path:
    link = folder / "event.meeting"
    link.symlink_to(folder / "gone.meeting")
    return link


def _in(make: Callable[[Path], Path]) -> Callable[[Path], Path]:
    def inside(folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        return make(folder)

    return inside


PATHS: list[tuple[str, Callable[[Path], Path]]] = [
    ("fifo", _fifo),
    ("folder", _folder),
    ("dev-zero", _device("/dev/zero")),
    ("dev-null", _device("/dev/null")),
    ("symlink-to-fifo", _link_to(_in(_fifo))),
    ("symlink-to-folder", _link_to(_in(_folder))),
    ("symlink-to-dev-zero", _link_to(_device("/dev/zero"))),
    ("dangling-symlink", _dangling),
]


@pytest.mark.parametrize(("label", "make"), PATHS, ids=[p[0] for p in PATHS])
def test_paths_that_are_not_event_files_end_in_one_line(
    label: str, make: Callable[[Path], Path], event: Event, tmp_path: Path
) -> None:
    tally = Tally(f"path {label}")
    for round_number in range(attack_size()):
        commands = every_command(make, event, tmp_path / f"round-{round_number}")
        run_all(tally, commands, cwd=tmp_path, home=tmp_path / "home")
    tally.assert_clean()
    # Nothing was written through the path: /dev/null and /dev/zero stay what they are.
    assert Path("/dev/null").is_char_device() and Path("/dev/zero").is_char_device()


def test_a_symlink_to_a_healthy_event_file_works(event: Event, tmp_path: Path) -> None:
    def make(folder: Path) -> Path:
        real = event.copy_to(folder / "real")
        link = folder / "event.meeting"
        link.symlink_to(real)
        return link

    tally = Tally("path symlink-to-event")
    commands = every_command(make, event, tmp_path)
    run_all(tally, commands, cwd=tmp_path, home=tmp_path / "home")
    tally.assert_clean()
    added = tmp_path / "add" / "real" / "event.meeting"
    assert count_rows(added, "item") == NOTES + 1
