"""Opening is cheap, checking is thorough: the user's own file, closed by meetingkit and untouched since,
reopens without SQLite reading all of it; a file damaged or written by anything else since, and every
file handed in (merge, `check`), is checked in full and refused with one line."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit import cli
from meetingkit.store import DamagedFileError, EventStore, NotAnEventFileError, known_files


@pytest.fixture
def closed_event(tmp_path: Path) -> Path:
    path = tmp_path / "congress.meeting"
    store = EventStore.create(path, title="Congress", start=dt.date(2025, 10, 6), end=dt.date(2025, 10, 7))
    with store:
        session = store.add_session(store.days()[0].id, "Opening")
        for n in range(300):
            store.add_entry(session.id, f"note {n} " * 20)
    return path


def _break_an_index_page(path: Path) -> None:
    """What a failing disk or a careless program does: one page of the file no longer a valid b-tree page."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'item_session'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[(root - 1) * page_size] = 0xFF
    path.write_bytes(bytes(data))


def test_the_file_meetingkit_closed_is_known_until_something_else_touches_it(closed_event: Path) -> None:
    assert known_files.unchanged(closed_event)
    with EventStore.open(closed_event) as store:
        store.add_entry(store.sessions()[0].id, "one more")
    assert known_files.unchanged(closed_event)  # our own writes are ours
    conn = sqlite3.connect(closed_event)
    conn.execute("UPDATE item SET text = 'changed by another program' WHERE rowid = 1")
    conn.commit()
    conn.close()
    assert not known_files.unchanged(closed_event)


def test_a_file_written_by_another_program_while_open_is_not_vouched_for_at_close(closed_event: Path) -> None:
    store = EventStore.open(closed_event)
    conn = sqlite3.connect(closed_event)
    conn.execute("UPDATE item SET text = 'written behind our back' WHERE rowid = 1")
    conn.commit()
    conn.close()
    store.close()
    assert not known_files.unchanged(closed_event)


def test_a_file_swapped_while_open_is_not_vouched_for_at_close(closed_event: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.meeting"
    other.write_bytes(closed_event.read_bytes())
    store = EventStore.open(closed_event)
    other.replace(closed_event)  # a sync tool puts another machine's copy in its place
    store.close()
    assert not known_files.unchanged(closed_event)


def test_a_file_damaged_after_meetingkit_closed_it_is_refused_with_one_line(
    closed_event: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _break_an_index_page(closed_event)
    with pytest.raises(DamagedFileError, match="damaged"):
        EventStore.open(closed_event)
    assert cli.main(["add", str(closed_event), "--session", "Opening", "a note"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "damaged" in err[0] and "Traceback" not in err[0]


def test_opening_a_known_file_skips_the_whole_file_read_but_check_and_merge_do_not(
    closed_event: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A record that vouches for a damaged file (forged here; a real one cannot match a changed file)
    # shows what each path reads: opening trusts it, a handed-in or checked file never does.
    mine = tmp_path / "mine.meeting"
    mine.write_bytes(closed_event.read_bytes())
    _break_an_index_page(closed_event)
    known_files.remember(closed_event)
    EventStore.open(closed_event, read_only=True).close()  # no quick_check: the open is cheap

    assert cli.main(["check", str(closed_event)]) != 0
    said = capsys.readouterr()
    assert "error: database: page" in said.out.lower(), said.out
    assert cli.main(["merge", str(mine), str(closed_event)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "damaged" in err[0], err


def test_opening_a_known_file_trusts_the_schema_it_had_when_closed_but_check_does_not(
    closed_event: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(closed_event)
    conn.execute("CREATE TRIGGER planted AFTER INSERT ON item BEGIN SELECT 1; END")
    conn.commit()
    conn.close()
    with pytest.raises(NotAnEventFileError, match="did not make"):
        EventStore.open(closed_event)  # another program wrote it: no longer known, its schema is compared
    # A record forged to vouch for it (a real one cannot match a file changed since) shows what the open
    # of a known file skips: comparing its schema with ours again (~8 ms of every `add`).
    known_files.remember(closed_event)
    EventStore.open(closed_event, read_only=True).close()
    assert cli.main(["check", str(closed_event)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "did not make" in err[0], err


def test_check_of_a_damaged_file_handed_in_reports_what_it_found_instead_of_refusing_it(
    closed_event: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`check` does not stop at the open's quick_check (a first read of the whole file, and one line): its
    own integrity_check reads every page and the report lists what SQLite found."""
    handed_in = tmp_path / "handed-in.meeting"
    handed_in.write_bytes(closed_event.read_bytes())  # a copy: nothing vouches for it
    _break_an_index_page(handed_in)
    with pytest.raises(DamagedFileError, match="damaged"):
        EventStore.open(handed_in)  # any other command refuses it with one line
    assert cli.main(["check", str(handed_in)]) == 2
    said = capsys.readouterr()
    errors = [line for line in said.out.splitlines() if line.startswith("error: database: ")]
    assert errors and all(len(line) < 240 for line in errors), said.out
    assert said.err.strip().endswith(f"{len(errors)} problem(s) found (listed above)"), said.err


def test_a_register_of_known_files_that_cannot_be_written_never_fails_a_saved_note(
    closed_event: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Remembering the file is best effort: where the register cannot be written (here a folder stands at its
    name), `add` still says the note is saved, once, and the note is in the file once."""
    register = Path(known_files._store())
    register.unlink(missing_ok=True)
    register.mkdir(parents=True)
    with EventStore.open(closed_event) as store:
        session = store.sessions()[0]
        before = len(store.items(session.id))
    assert (
        cli.main(["add", str(closed_event), "--session", session.id, "Kept however the register fares"]) == 0
    )
    assert capsys.readouterr().err == ""
    with EventStore.open(closed_event) as store:
        texts = [item.text for item in store.items(session.id)]
    assert len(texts) == before + 1 and texts.count("Kept however the register fares") == 1
