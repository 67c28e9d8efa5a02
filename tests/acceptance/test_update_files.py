"""`meetingkit send` and `merge` of update files, with the real command as a user would run it."""

from __future__ import annotations

import shutil
from pathlib import Path

from support.cli import Run, assert_user_error

from meetingkit.store import EventStore


def test_send_what_the_organiser_lacks_then_merge_it(run: Run, tmp_path: Path) -> None:
    run("new", "event.meeting", "--title", "Retreat", "--start", "2026-03-02", "--end", "2026-03-02")
    run("session", "event.meeting", "--day", "1", "--title", "Opening")
    shutil.copyfile(tmp_path / "event.meeting", tmp_path / "ana.meeting")
    for n in range(3):
        run("add", "ana.meeting", "--session", "Opening", f"Ana's note {n}", "--author", "Ana")

    sent = run("send", "ana.meeting", "-o", "ana-day1", "--for", "event.meeting", "--author", "Ana")
    assert "ana-day1.mkupdate" in sent.stdout
    merged = run("merge", "event.meeting", "ana-day1.mkupdate")
    assert "Merged ana-day1.mkupdate: 3 records added" in merged.stdout
    again = run("merge", "event.meeting", "ana-day1.mkupdate")
    assert "Merged ana-day1.mkupdate: 0 records added, 0 fields changed, 0 conflicts" in again.stdout
    with EventStore.open(tmp_path / "event.meeting", read_only=True) as store:
        assert sorted(i.text for i in store.items()) == [f"Ana's note {n}" for n in range(3)]


def test_an_update_of_another_event_or_a_stranger_file_is_one_line(run: Run, tmp_path: Path) -> None:
    run("new", "event.meeting", "--title", "Retreat", "--start", "2026-03-02", "--end", "2026-03-02")
    run("new", "other.meeting", "--title", "Congress", "--start", "2026-03-02", "--end", "2026-03-02")
    run("send", "other.meeting", "-o", "other.mkupdate")
    before = (tmp_path / "event.meeting").read_bytes()
    assert_user_error(
        run("merge", "event.meeting", "other.mkupdate", check=False), "another event", "Congress"
    )
    assert_user_error(
        run("send", "event.meeting", "-o", "x.mkupdate", "--for", "other.meeting", check=False),
        "another event",
    )
    (tmp_path / "junk.mkupdate").write_bytes(b"not an update")
    assert_user_error(run("merge", "event.meeting", "junk.mkupdate", check=False), "junk.mkupdate")
    assert (tmp_path / "event.meeting").read_bytes() == before
