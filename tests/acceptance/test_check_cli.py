"""`meetingkit check` on a damaged file: every problem on a line of its own, exit 2, one line on stderr."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from support.cli import Run, assert_user_error


def test_a_damaged_index_and_a_damaged_note_are_each_listed(run: Run, tmp_path: Path) -> None:
    file = tmp_path / "x.meeting"
    run("new", file, "--title", "Learning meeting", "--start", "2017-09-12", "--end", "2017-09-12")
    session = run("session", file, "--day", "1", "--title", "Plenary").stdout.strip()
    notes = [run("add", file, "--session", "Plenary", f"Note {n}").stdout.strip() for n in range(3)]
    conn = sqlite3.connect(file, isolation_level=None)
    conn.execute(f"UPDATE item SET tags = '[' WHERE id = '{notes[1]}'")
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'item_session'").fetchone()[0]
    conn.close()
    # One hex digit of a note's session id in the index: SQLite's quick_check at open does not see it,
    # the full page check does.
    data = bytearray(file.read_bytes())
    at = (root - 1) * size + bytes(data[(root - 1) * size : root * size]).index(session.encode())
    data[at] = ord("0") if data[at] != ord("0") else ord("1")
    file.write_bytes(bytes(data))

    result = run("check", file, check=False)
    assert_user_error(result, "2 problem(s) found")
    errors = [line for line in result.stdout.splitlines() if line.startswith("error: ")]
    assert errors[0].startswith("error: database: row ") and errors[0].endswith(
        "missing from index item_session"
    )
    assert errors[1] == f"error: item {notes[1]} is damaged: it holds a list that is not valid JSON"
    assert "1 sessions, 2 items" in result.stdout
