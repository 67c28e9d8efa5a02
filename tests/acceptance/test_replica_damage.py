"""A handed-in file whose replicated changes are damaged or forged: refused in one line, nothing merged."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from support.cli import Run, assert_user_error


@pytest.fixture
def pair(run: Run, tmp_path: Path) -> tuple[Path, Path]:
    run("new", "event.meeting", "--title", "Learning Meeting", "--start", "2017-09-12", "--end", "2017-09-12")
    run("session", "event.meeting", "--day", "1", "--title", "Plenary")
    shutil.copyfile(tmp_path / "event.meeting", tmp_path / "other.meeting")
    run("add", "other.meeting", "--session", "Plenary", "A note in the other file")
    return tmp_path / "event.meeting", tmp_path / "other.meeting"


def _tamper(path: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("sql", "params"),
    [
        ("UPDATE replica_update SET data = ?", (b"\x01\x02garbage",)),
        ("UPDATE replica_update SET data = ?", (b"",)),
    ],
)
def test_garbage_in_the_update_log_refuses_the_merge(
    run: Run, pair: tuple[Path, Path], sql: str, params: tuple[object, ...]
) -> None:
    target, other = pair
    _tamper(other, sql, *params)
    before = target.read_bytes()
    assert_user_error(run("merge", target.name, other.name, check=False), "damaged")
    assert target.read_bytes() == before


def test_a_damaged_log_in_ones_own_file_is_one_line_not_a_traceback(
    run: Run, pair: tuple[Path, Path]
) -> None:
    target, other = pair
    _tamper(target, "UPDATE replica_update SET data = ?", b"\xff\xfe")
    # Capture does not read the history: the note is saved, not refused.
    added = run("add", target.name, "--session", "Plenary", "Said during the damage", check=False)
    assert added.returncode == 0 and added.stderr == ""
    # What does read it says so in one line: the check, and a merge.
    checked = run("check", target.name, check=False)
    assert checked.returncode == 2 and "replicated changes" in checked.stdout + checked.stderr
    assert "Traceback" not in checked.stdout + checked.stderr
    assert_user_error(run("merge", other.name, target.name, check=False), "damaged")
