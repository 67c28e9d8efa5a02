"""Three rapporteurs, parallel sessions, a shared session, a deletion: the organiser merges with the real CLI.

Nothing is lost, the one concurrent edit is listed as a conflict, and whatever order the organiser merges
the files in, the event and its documents come out the same.
"""

from __future__ import annotations

import itertools
import json
import shutil
import zipfile
from pathlib import Path

from support.cli import Run, assert_user_error

from meetingkit.store import EventStore


def test_three_rapporteurs_and_an_organiser(run: Run, tmp_path: Path) -> None:
    run(
        "new",
        "event.meeting",
        "--title",
        "Learning Meeting",
        "--start",
        "2017-09-12",
        "--end",
        "2017-09-13",
        "--author",
        "Organiser",
    )
    for title, start in (
        ("Plenary", "09:00"),
        ("Workshop A", "11:00"),
        ("Workshop B", "11:00"),
        ("Closing", "16:00"),
    ):
        run(
            "session",
            "event.meeting",
            "--day",
            "1",
            "--title",
            title,
            "--start",
            start,
            "--author",
            "Organiser",
        )
    for name in ("ana", "ben", "cleo"):
        shutil.copyfile(tmp_path / "event.meeting", tmp_path / f"{name}.meeting")

    # Parallel sessions: Ana in Workshop A, Ben in Workshop B; Ana and Cleo both in the plenary.
    run(
        "add",
        "ana.meeting",
        "--session",
        "Workshop A",
        "! Share the peer-learning guide @UCLG ^short",
        "--author",
        "Ana",
    )
    run("add", "ana.meeting", "--session", "Plenary", "Cities learn best from cities", "--author", "Ana")
    run(
        "add",
        "ben.meeting",
        "--session",
        "Workshop B",
        "~ Joint training with @Metropolis",
        "--author",
        "Ben",
    )
    run("add", "cleo.meeting", "--session", "Plenary", "? Who funds the exchanges", "--author", "Cleo")
    run("add", "cleo.meeting", "--session", "Closing", "Thanks to the hosts", "--author", "Cleo")
    # Ben deletes the closing session on his laptop while Cleo writes in it; Ana and Ben both rename the
    # plenary's room (a real conflict).
    with EventStore.open(tmp_path / "ben.meeting", author="Ben") as ben:
        ben.delete_session(next(s.id for s in ben.sessions() if s.title == "Closing"))
        ben.update_session(next(s.id for s in ben.sessions() if s.title == "Plenary"), room="Sala 1")
    with EventStore.open(tmp_path / "ana.meeting", author="Ana") as ana:
        ana.update_session(next(s.id for s in ana.sessions() if s.title == "Plenary"), room="Sala Europa")

    results = {}
    for order in itertools.permutations(["ana.meeting", "ben.meeting", "cleo.meeting"]):
        target = f"org-{'-'.join(o[0] for o in order)}.meeting"
        shutil.copyfile(tmp_path / "event.meeting", tmp_path / target)
        out = run("merge", target, *order, "--author", "Organiser").stdout
        assert "2 open conflicts" in out, out
        listed = json.loads(run("conflicts", target, "--json").stdout)
        assert sorted((c["kind"], c["field"]) for c in listed) == [("session", "notes"), ("session", "room")]
        room = next(c for c in listed if c["field"] == "room")
        assert sorted((v["value"], v["author"]) for v in room["values"]) == [
            ("Sala 1", "Ben"),
            ("Sala Europa", "Ana"),
        ]
        run("export", target, "--to", "md", "-o", f"{target}.md")
        run("export", target, "--to", "docx", "-o", f"{target}.docx")
        with zipfile.ZipFile(tmp_path / f"{target}.docx") as docx:
            body = docx.read("word/document.xml")
        with EventStore.open(tmp_path / target, read_only=True) as store:
            # Every note is in the file, the one in the deleted session too (it is kept, only hidden).
            texts = sorted(r[0] for r in store.query("SELECT text FROM item WHERE deleted_at IS NULL"))
        results[order] = ((tmp_path / f"{target}.md").read_text(encoding="utf-8"), body, texts)
    first = next(iter(results.values()))
    assert all(result == first for result in results.values())
    markdown, _body, texts = first
    assert texts == [
        "Cities learn best from cities",
        "Joint training with Metropolis",
        "Share the peer-learning guide",
        "Thanks to the hosts",
        "Who funds the exchanges",
    ]
    assert "Thanks to the hosts" not in markdown  # the deletion shows until someone resolves the conflict

    # The organiser restores the closing session: Cleo's note comes back into every document.
    target = "org-a-b-c.meeting"
    notes = next(c for c in json.loads(run("conflicts", target, "--json").stdout) if c["field"] == "notes")
    run("resolve", target, notes["id"][:6], "--take", "2", "--author", "Organiser")
    run("export", target, "--to", "md", "-o", "final.md")
    assert "Thanks to the hosts" in (tmp_path / "final.md").read_text(encoding="utf-8")
    assert "1 open conflict" in run("conflicts", target).stdout


def test_merge_refuses_a_bad_input_before_changing_anything(run: Run, tmp_path: Path) -> None:
    run("new", "event.meeting", "--title", "Learning Meeting", "--start", "2017-09-12", "--end", "2017-09-12")
    run("session", "event.meeting", "--day", "1", "--title", "Plenary")
    shutil.copyfile(tmp_path / "event.meeting", tmp_path / "good.meeting")
    run("add", "good.meeting", "--session", "Plenary", "A note from the good file")
    run("new", "other.meeting", "--title", "Another event", "--start", "2020-01-01", "--end", "2020-01-01")
    before = (tmp_path / "event.meeting").read_bytes()
    assert_user_error(
        run("merge", "event.meeting", "good.meeting", "other.meeting", check=False), "another event"
    )
    assert (tmp_path / "event.meeting").read_bytes() == before
    dry = run("merge", "event.meeting", "good.meeting", "--dry-run").stdout
    assert "Would merge good.meeting: 1 record added" in dry and "Nothing was changed" in dry
    assert (tmp_path / "event.meeting").read_bytes() == before
    assert_user_error(run("resolve", "event.meeting", "abc", "--take", "1", check=False), "no open conflict")
