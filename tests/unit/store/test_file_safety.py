"""The event file's safety: durable settings, refusal of foreign, damaged and newer files without
changing a byte, read-only use, crash recovery and forward migrations with a backup copy."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from meetingkit.core.model import Session
from meetingkit.store import (
    DamagedFileError,
    EventStore,
    NewerFileError,
    NotAnEventFileError,
    ReadOnlyError,
    StoreUserError,
)
from meetingkit.store.schema import APPLICATION_ID, SCHEMA_VERSION

PAGE = 4096


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _pragma(path: Path, name: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def _big_event(path: Path) -> Path:
    """An event file of a few hundred pages, so that damage can land in the middle of real data."""
    with EventStore.create(path, title="Big", start="2017-09-12", end="2017-09-14", author="ana") as store:
        session = store.add_session(store.day(1).id, "Plenary")
        with store.batch():
            for n in range(600):
                store.add_item(session.id, f"note {n}: " + "cities learning from cities " * 8)
    return path


# ---------------------------------------------------------------- how the file is kept


def test_file_identifies_itself(store: EventStore, event_path: Path) -> None:
    assert _pragma(event_path, "application_id") == APPLICATION_ID
    assert _pragma(event_path, "user_version") == SCHEMA_VERSION


def test_connection_settings_keep_the_file_durable_and_self_contained(
    store: EventStore, session: Session, event_path: Path
) -> None:
    assert store.query("PRAGMA journal_mode")[0][0] == "delete"
    assert store.query("PRAGMA synchronous")[0][0] == 2  # FULL
    assert store.query("PRAGMA foreign_keys")[0][0] == 1
    assert store.query("PRAGMA trusted_schema")[0][0] == 0
    store.add_item(session.id, "one committed note")
    # One file, nothing beside it that a copy to a USB stick could miss.
    assert sorted(p.name for p in event_path.parent.iterdir()) == [event_path.name]


def test_read_only_connections_do_not_trust_the_schema_either(store: EventStore, event_path: Path) -> None:
    with EventStore.open(event_path, read_only=True) as reader:
        assert reader.query("PRAGMA trusted_schema")[0][0] == 0


# ---------------------------------------------------------------- refusing files, changing nothing


def _text_file(path: Path) -> None:
    path.write_text("Day 1\nOpening session\n", encoding="utf-8")


def _png(path: Path) -> None:
    Image.new("RGB", (8, 8), "red").save(path, format="PNG")


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ana')")
    conn.commit()
    conn.close()


def _truncated(path: Path) -> None:
    _big_event(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def _garbage_in_the_middle(path: Path) -> None:
    _big_event(path)
    data = bytearray(path.read_bytes())
    middle = (len(data) // PAGE // 2) * PAGE
    data[middle : middle + 8 * PAGE] = (b"\xde\xad\xbe\xef" * (2 * PAGE))[: 8 * PAGE]
    path.write_bytes(bytes(data))


def _newer(path: Path) -> None:
    EventStore.create(path, title="From the future", start="2030-01-01", end="2030-01-01").close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


REFUSED: list[tuple[str, Callable[[Path], None], type[StoreUserError], str]] = [
    ("text", _text_file, NotAnEventFileError, "not a meetingkit event file"),
    ("png", _png, NotAnEventFileError, "not a meetingkit event file"),
    ("empty", _empty, NotAnEventFileError, "not a meetingkit event file"),
    (
        "foreign-sqlite",
        _foreign_sqlite,
        NotAnEventFileError,
        "SQLite database, but not a meetingkit event file",
    ),
    ("truncated", _truncated, DamagedFileError, "damaged"),
    ("garbage", _garbage_in_the_middle, DamagedFileError, "damaged"),
    ("newer", _newer, NewerFileError, "newer meetingkit"),
]


@pytest.mark.parametrize(("label", "make", "error", "words"), REFUSED, ids=[r[0] for r in REFUSED])
@pytest.mark.parametrize("read_only", [False, True], ids=["edit", "read-only"])
def test_a_file_that_is_not_a_healthy_event_file_is_refused_and_left_untouched(
    tmp_path: Path,
    label: str,
    make: Callable[[Path], None],
    error: type[StoreUserError],
    words: str,
    read_only: bool,
) -> None:
    path = tmp_path / f"{label}.meeting"
    make(path)
    before = _sha(path)
    with pytest.raises(error) as info:
        EventStore.open(path, read_only=read_only, lock=True)
    message = str(info.value)
    assert words in message
    assert path.name in message
    assert "\n" not in message  # one clear sentence
    assert _sha(path) == before
    # No journal, lock, backup or any other file was left beside it.
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreUserError, match="does not exist"):
        EventStore.open(tmp_path / "missing.meeting")
    (tmp_path / "folder.meeting").mkdir()
    with pytest.raises(NotAnEventFileError, match="folder"):
        EventStore.open(tmp_path / "folder.meeting")


def test_a_newer_file_names_both_versions(tmp_path: Path) -> None:
    path = tmp_path / "future.meeting"
    _newer(path)
    with pytest.raises(NewerFileError) as info:
        EventStore.open(path)
    assert f"file format {SCHEMA_VERSION + 1}" in str(info.value)
    assert "update meetingkit" in str(info.value)


# ---------------------------------------------------------------- read-only use


def test_a_read_only_store_reads_but_refuses_every_write(
    store: EventStore, session: Session, event_path: Path
) -> None:
    store.add_item(session.id, "written before")
    store.close()
    before = _sha(event_path)
    with EventStore.open(event_path, read_only=True) as reader:
        assert [i.text for i in reader.items()] == ["written before"]
        assert reader.search("written")
        writes: list[Callable[[], object]] = [
            lambda: reader.add_item(session.id, "new"),
            lambda: reader.add_entry(session.id, "! new action"),
            lambda: reader.update_event(title="Renamed"),
            lambda: reader.save_draft(session.id, "draft"),
            lambda: reader.add_attachment(b"x", filename="x.png", kind="photo", media_type="image/png"),
            lambda: reader.delete_session(session.id),
        ]
        for write in writes:
            with pytest.raises(ReadOnlyError, match="read-only"):
                write()
    assert _sha(event_path) == before


# ---------------------------------------------------------------- crash recovery


_CRASH_MID_WRITE = textwrap.dedent(
    """
    import os, signal, sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA cache_size = 5")  # spill changed pages into the file before COMMIT
    conn.execute("BEGIN IMMEDIATE")
    for n in range(2000):
        conn.execute("UPDATE item SET text = ?", ("half-written " * 100,))
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (f"k{n}", "x" * 500))
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_write_killed_half_way_is_rolled_back_on_the_next_open(
    store: EventStore, session: Session, event_path: Path
) -> None:
    store.add_item(session.id, "acknowledged note")
    store.close()
    result = subprocess.run([sys.executable, "-c", _CRASH_MID_WRITE, str(event_path)], check=False)
    assert result.returncode == -9
    assert (event_path.parent / (event_path.name + "-journal")).exists()  # the crash left a hot journal
    with EventStore.open(event_path) as reopened:
        assert [i.text for i in reopened.items()] == ["acknowledged note"]
        assert reopened.query("PRAGMA integrity_check")[0][0] == "ok"
    assert not (event_path.parent / (event_path.name + "-journal")).exists()


# ---------------------------------------------------------------- migrations


def _add_mood_column(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE item ADD COLUMN mood TEXT NOT NULL DEFAULT 'calm'")


def test_an_older_file_is_backed_up_then_migrated(
    store: EventStore, session: Session, event_path: Path
) -> None:
    store.add_item(session.id, "note from the old version")
    store.close()
    before = _sha(event_path)
    target = SCHEMA_VERSION + 1
    with EventStore.open(
        event_path, migrations={SCHEMA_VERSION: _add_mood_column}, target_version=target
    ) as new:
        assert [i.text for i in new.items()] == ["note from the old version"]
        assert new.query("SELECT mood FROM item")[0][0] == "calm"
    assert _pragma(event_path, "user_version") == target
    backup = event_path.with_name(f"{event_path.stem}.v{SCHEMA_VERSION}-backup{event_path.suffix}")
    assert backup.exists()
    assert _sha(backup) == before
    assert _pragma(backup, "user_version") == SCHEMA_VERSION


def test_a_second_upgrade_does_not_overwrite_the_first_backup(store: EventStore, event_path: Path) -> None:
    store.close()
    first = event_path.with_name(f"{event_path.stem}.v{SCHEMA_VERSION}-backup{event_path.suffix}")
    first.write_bytes(b"an earlier backup")
    EventStore.open(
        event_path, migrations={SCHEMA_VERSION: _add_mood_column}, target_version=SCHEMA_VERSION + 1
    ).close()
    assert first.read_bytes() == b"an earlier backup"
    assert event_path.with_name(f"{event_path.stem}.v{SCHEMA_VERSION}-backup-2{event_path.suffix}").exists()


def test_a_failing_migration_changes_nothing(store: EventStore, session: Session, event_path: Path) -> None:
    store.add_item(session.id, "must survive")
    store.close()

    def broken(conn: sqlite3.Connection) -> None:
        _add_mood_column(conn)
        raise RuntimeError("bug in migration")

    with pytest.raises(RuntimeError, match="bug in migration"):
        EventStore.open(event_path, migrations={SCHEMA_VERSION: broken}, target_version=SCHEMA_VERSION + 1)
    assert _pragma(event_path, "user_version") == SCHEMA_VERSION
    with EventStore.open(event_path) as again:
        assert [i.text for i in again.items()] == ["must survive"]
        assert "mood" not in {r["name"] for r in again.query("PRAGMA table_info(item)")}


def test_an_older_file_opened_read_only_asks_for_an_upgrade(store: EventStore, event_path: Path) -> None:
    store.close()
    before = _sha(event_path)
    with pytest.raises(StoreUserError, match="older file format"):
        EventStore.open(
            event_path,
            read_only=True,
            migrations={SCHEMA_VERSION: _add_mood_column},
            target_version=SCHEMA_VERSION + 1,
        )
    assert _sha(event_path) == before
