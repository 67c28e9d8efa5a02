"""What a file must be before it is trusted: our schema exactly (derived from the migrations), no WAL,
bounded work while inspecting, and damaged records reported as such."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from support.tamper import run_sql

from meetingkit.core.model import Session
from meetingkit.store import DamagedFileError, EventStore, NotAnEventFileError
from meetingkit.store.check import check
from meetingkit.store.errors import translate
from meetingkit.store.schema import MIGRATIONS, SCHEMA_VERSION
from meetingkit.store.trust import bound_work, check_schema, expected_schema, schema_of


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_expected_schema_is_what_create_makes(store: EventStore, event_path: Path) -> None:
    conn = sqlite3.connect(event_path)
    try:
        assert schema_of(conn) == expected_schema(SCHEMA_VERSION)
    finally:
        conn.close()
    assert {"item", "item_session", "search"} <= set(expected_schema(SCHEMA_VERSION))


def test_a_table_a_later_migration_adds_is_expected_without_other_change(tmp_path: Path) -> None:
    def add_table(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE later_table (session_id TEXT PRIMARY KEY, text TEXT NOT NULL) STRICT")

    later = {SCHEMA_VERSION: add_table}
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in range(SCHEMA_VERSION + 1):
            {**MIGRATIONS, **later}[step](conn)
        check_schema(conn, tmp_path / "x.meeting", SCHEMA_VERSION + 1, later)  # accepted
        with pytest.raises(NotAnEventFileError, match="table later_table"):
            check_schema(conn, tmp_path / "x.meeting", SCHEMA_VERSION)
    finally:
        conn.close()


PLANTED = [
    ("trigger", "CREATE TRIGGER wipe AFTER INSERT ON item BEGIN DELETE FROM item WHERE id != new.id; END"),
    (
        "view",
        "CREATE VIEW forever AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r",
    ),
    ("index", "CREATE INDEX item_len ON item(length(text))"),
    ("table", "CREATE TABLE extra (x)"),
]


@pytest.mark.parametrize(("kind", "statement"), PLANTED, ids=[p[0] for p in PLANTED])
@pytest.mark.parametrize("read_only", [False, True], ids=["edit", "read-only"])
def test_a_planted_object_is_refused_in_one_sentence_and_the_file_is_unchanged(
    store: EventStore, session: Session, event_path: Path, kind: str, statement: str, read_only: bool
) -> None:
    for n in range(8):
        store.add_item(session.id, f"note {n}")
    store.close()
    run_sql(event_path, statement)
    before = _sha(event_path)
    with pytest.raises(NotAnEventFileError) as info:
        EventStore.open(event_path, read_only=read_only)
    message = str(info.value)
    assert f"{kind} " in message and "did not make" in message and "nothing was changed" in message
    assert "\n" not in message
    assert _sha(event_path) == before
    assert sorted(p.name for p in event_path.parent.iterdir()) == [event_path.name]


def test_a_table_with_other_sql_under_our_name_is_refused(store: EventStore, event_path: Path) -> None:
    store.close()
    conn = sqlite3.connect(event_path, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_schema SET sql = replace(sql, 'room TEXT', 'room  TEXT  COLLATE NOCASE') WHERE name = 'session'"
    )
    conn.close()
    with pytest.raises(NotAnEventFileError, match="table session"):
        EventStore.open(event_path)


def test_a_wal_mode_file_is_refused_and_nothing_appears_beside_it(
    store: EventStore, event_path: Path
) -> None:
    store.close()
    run_sql(event_path, "PRAGMA journal_mode = WAL")
    before = _sha(event_path)
    with pytest.raises(NotAnEventFileError, match="WAL mode"):
        EventStore.open(event_path)
    assert _sha(event_path) == before
    assert sorted(p.name for p in event_path.parent.iterdir()) == [event_path.name]


def test_untrusted_reads_are_bounded() -> None:
    conn = sqlite3.connect(":memory:")
    bound_work(conn, limit=50)
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        conn.execute(
            "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT max(n) FROM r"
        ).fetchone()
    conn.close()


def test_connections_check_cell_sizes_and_read_only_ones_cannot_write(
    store: EventStore, event_path: Path
) -> None:
    assert store.query("PRAGMA cell_size_check")[0][0] == 1
    store.close()
    with EventStore.open(event_path, read_only=True) as reader:
        assert reader.query("PRAGMA query_only")[0][0] == 1
        assert reader.query("PRAGMA cell_size_check")[0][0] == 1


DAMAGE = [
    ("text", "UPDATE item SET text = CAST(x'ff41' AS TEXT)", "text that is not UTF-8"),
    ("timestamp", "UPDATE item SET captured_at = 'soon'", "no real timestamp in its captured_at"),
    ("list", "UPDATE item SET tags = '[\"action\"'", "a list that is not valid JSON"),
    ("deep list", f"UPDATE item SET tags = '{'[' * 100_000}'", "a list that is not valid JSON"),
    ("empty", "UPDATE item SET session_id = '', text = '', tags = '[]'", "no id in its session_id"),
]


@pytest.mark.parametrize(("label", "statement", "reason"), DAMAGE, ids=[d[0] for d in DAMAGE])
def test_a_damaged_record_gives_the_damaged_file_sentence_and_check_lists_it(
    store: EventStore, session: Session, event_path: Path, label: str, statement: str, reason: str
) -> None:
    kept = store.add_item(session.id, "a healthy note")
    damaged = store.add_item(session.id, "soon damaged")
    run_sql(event_path, statement + f" WHERE id = '{damaged.id}'")
    with pytest.raises(DamagedFileError) as info:
        store.item(damaged.id)
    assert str(info.value).startswith(f"{event_path.name} is damaged: an item record holds {reason}")
    report = check(store)
    assert f"item {damaged.id} is damaged: it holds {reason}" in report.errors
    assert report.facts == ["Learning Meeting: 3 days, 1 sessions, 1 items, 0 people, 0 attachments"]
    assert store.item(kept.id).text == "a healthy note"


def test_a_schema_whose_text_is_not_utf8_is_damaged_not_a_crash(store: EventStore, event_path: Path) -> None:
    store.close()
    data = bytearray(event_path.read_bytes())
    where = data.find(b"CREATE TABLE day")
    data[where + 20] = 0xFF
    event_path.write_bytes(bytes(data))
    with pytest.raises(DamagedFileError, match="a schema record holds text that is not UTF-8"):
        EventStore.open(event_path, read_only=True)


def test_records_are_verified_whole_before_others_are_merged_in(store: EventStore, event_path: Path) -> None:
    store.add_attachment(b"photo bytes", filename="a.jpg", kind="photo", media_type="image/jpeg")
    store.verify_records()  # a healthy file passes
    run_sql(event_path, "PRAGMA foreign_keys = OFF", "DELETE FROM blob")
    with pytest.raises(DamagedFileError, match="record refers to a missing blob"):
        store.verify_records()


def test_text_that_is_not_utf8_read_outside_a_record_is_still_the_damaged_file_sentence(
    store: EventStore, session: Session, event_path: Path
) -> None:
    # Connections hand text over through Python's own decoder: sqlite3 raises its own error, with no
    # SQLite code, wherever a read meets such text. A caller that maps sqlite3 errors (the CLI, the app's
    # workers) gets the sentence, not a traceback.
    damaged = store.add_item(session.id, "soon damaged")
    run_sql(event_path, f"UPDATE item SET text = CAST(x'ff41' AS TEXT) WHERE id = '{damaged.id}'")
    conn = sqlite3.connect(event_path)
    try:
        with pytest.raises(sqlite3.OperationalError) as info:
            conn.execute("SELECT text FROM item WHERE id = ?", (damaged.id,)).fetchall()
    finally:
        conn.close()
    mapped = translate(info.value, event_path)
    assert isinstance(mapped, DamagedFileError)
    assert str(mapped).startswith(f"{event_path.name} is damaged: it holds text that is not UTF-8;")
