"""Damaged event files through every command: flipped bytes, truncations, and records that pass
SQLite's own checks but hold what no record may (text that is not UTF-8, impossible dates, broken
lists, empty rows). Every command ends with exit 0 or 2, one line, no traceback and no hang.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from support.attack import Event, Tally, attack_size, build_event, every_command, meetingkit, run_all


@pytest.fixture(scope="module")
def event(tmp_path_factory: pytest.TempPathFactory) -> Event:
    return build_event(tmp_path_factory.mktemp("event"))


def _flipper(flips: int, seed: int) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        chooser = random.Random(seed)
        for _ in range(flips):
            data[chooser.randrange(len(data))] ^= 1 << chooser.randrange(8)
        path.write_bytes(bytes(data))

    return damage


def _truncator(seed: int) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(data[: random.Random(seed).randrange(len(data))])

    return damage


def _attack(event: Event, damage: Callable[[Path], None], tally: Tally, work: Path) -> None:
    def make(folder: Path) -> Path:
        path = event.copy_to(folder)
        damage(path)
        return path

    run_all(tally, every_command(make, event, work), cwd=work, home=work / "home")


@pytest.mark.parametrize("flips", [1, 10, 100])
def test_flipped_bytes_through_every_command(flips: int, event: Event, tmp_path: Path) -> None:
    tally = Tally(f"{flips} flipped byte{'s' if flips > 1 else ''}")
    for copy in range(attack_size()):
        _attack(event, _flipper(flips, seed=flips * 1000 + copy), tally, tmp_path / f"copy-{copy}")
    tally.assert_clean()


def test_truncations_through_every_command(event: Event, tmp_path: Path) -> None:
    tally = Tally("truncated file")
    for copy in range(attack_size()):
        _attack(event, _truncator(seed=copy), tally, tmp_path / f"copy-{copy}")
    tally.assert_clean()


# ---------------------------------------------------------------- records SQLite finds healthy


def _sql(*statements: str) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            # Writes no app would make: past the CHECK constraints, and past NOT NULL by relaxing the
            # table's SQL for a moment (the schema is back to the app's own afterwards).
            conn.execute("PRAGMA ignore_check_constraints = ON")
            conn.execute("PRAGMA writable_schema = ON")
            for statement in statements:
                conn.execute(statement)
        finally:
            conn.close()

    return damage


def _null_row(table: str) -> Callable[[Path], None]:
    """NULL in every column of a row, NOT NULL ones included (SQLite's quick_check finds these)."""

    def damage(path: Path) -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            original = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
            conn.execute("PRAGMA writable_schema = ON")
            conn.execute(
                "UPDATE sqlite_schema SET sql = replace(sql, 'NOT NULL', '') WHERE name = ?", (table,)
            )
        finally:
            conn.close()
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if not r[5]]
            conn.execute(
                f"UPDATE {table} SET {', '.join(f'{c} = NULL' for c in columns)}"
                f" WHERE rowid = (SELECT max(rowid) FROM {table})"
            )
            conn.execute("PRAGMA writable_schema = ON")
            conn.execute("UPDATE sqlite_schema SET sql = ? WHERE name = ?", (original, table))
        finally:
            conn.close()

    return damage


def _empty_row(table: str) -> Callable[[Path], None]:
    """Every required text of a row empty: dates, lists and names included (SQLite sees nothing wrong)."""

    def damage(path: Path) -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            columns = [
                r[1]
                for r in conn.execute(f"PRAGMA table_info({table})")
                if r[2] == "TEXT" and r[3] and not r[5]
            ]
            conn.execute("PRAGMA ignore_check_constraints = ON")
            conn.execute(
                f"UPDATE {table} SET {', '.join(f'{c} = {chr(39) * 2}' for c in columns)}"
                f" WHERE rowid = (SELECT max(rowid) FROM {table})"
            )
        finally:
            conn.close()

    return damage


RECORDS: list[tuple[str, str, Callable[[Path], None]]] = [
    ("note-not-utf8", "item", _sql("UPDATE item SET text = CAST(x'ff41fe' AS TEXT) WHERE ord = 2")),
    (
        "session-title-not-utf8",
        "session",
        _sql("UPDATE session SET title = CAST(x'c328' AS TEXT) WHERE ord = 0"),
    ),
    ("person-not-utf8", "person", _sql("UPDATE person SET name = CAST(x'80' AS TEXT)")),
    ("impossible-event-date", "event", _sql("UPDATE event SET start_date = '2017-02-30'")),
    ("bad-capture-time", "item", _sql("UPDATE item SET captured_at = 'yesterday' WHERE ord = 1")),
    ("bad-tag-list", "item", _sql("UPDATE item SET tags = '[\"action\"' WHERE ord = 3")),
    ("deep-list", "session", _sql(f"UPDATE session SET questions = '{'[' * 100_000}' WHERE ord = 0")),
    (
        "list-of-numbers",
        "item",
        _sql("UPDATE item SET parties = '[1, 2]', tags = '[\"synergy\"]' WHERE ord = 4"),
    ),
    ("unknown-role", "session role", _sql("UPDATE session_person SET role = 'king'")),
    ("unknown-kind", "attachment", _sql("UPDATE attachment SET kind = 'hologram'")),
    ("empty-note", "item", _empty_row("item")),
    ("empty-session", "session", _empty_row("session")),
    ("empty-person", "person", _empty_row("person")),
    ("null-note", "item", _null_row("item")),
]


@pytest.mark.parametrize(("label", "kind", "damage"), RECORDS, ids=[r[0] for r in RECORDS])
def test_damaged_records_through_every_command(
    label: str, kind: str, damage: Callable[[Path], None], event: Event, tmp_path: Path
) -> None:
    tally = Tally(f"damaged record: {label}")
    for round_number in range(attack_size()):
        _attack(event, damage, tally, tmp_path / f"round-{round_number}")
    tally.assert_clean()


@pytest.mark.parametrize(
    ("label", "kind", "damage"),
    [r for r in RECORDS if r[1] in ("item", "person", "attachment") and not r[0].startswith("null")],
    ids=[r[0] for r in RECORDS if r[1] in ("item", "person", "attachment") and not r[0].startswith("null")],
)
def test_check_lists_the_damaged_record_and_reports_the_rest(
    label: str, kind: str, damage: Callable[[Path], None], event: Event, tmp_path: Path
) -> None:
    path = event.copy_to(tmp_path)
    damage(path)
    result = meetingkit(["check", path], cwd=tmp_path, home=tmp_path / "home")
    assert result is not None
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stdout.splitlines() if line.startswith("error:")]
    assert any(f"{kind} " in line and "is damaged" in line for line in errors), result.stdout
    # The rest is still reported: the event and its sessions, with the readable notes counted.
    assert result.stdout.startswith("Learning Meeting: 3 days, 2 sessions"), result.stdout
    assert result.stderr.strip().endswith("problem(s) found (listed above)")
