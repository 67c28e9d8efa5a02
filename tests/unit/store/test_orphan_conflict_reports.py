"""A session deleted on one laptop while notes were added to it on another, as the CLI reports it.

Found from the app side: listing it once ended in a traceback (its second value carried a note's ISO date
where a clock stamp belongs), and the merge that brought it reported "0 conflicts".
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from meetingkit.cli import main
from meetingkit.store import EventStore


@pytest.fixture
def merged(tmp_path: Path) -> Path:
    main_file = tmp_path / "main.meeting"
    with EventStore.create(main_file, title="Retreat", start="2024-09-12", end="2024-09-12") as store:
        store.add_session(store.days()[0].id, "Workshop")
    copy = tmp_path / "ana.meeting"
    shutil.copy(main_file, copy)
    with EventStore.open(copy, author="Ana") as ana:
        ana.add_entry(ana.find_session("Workshop").id, "A note Ana added")
    with EventStore.open(main_file, author="Ben") as ben:
        ben.delete_session(ben.find_session("Workshop").id)
    return main_file


def test_conflicts_json_lists_a_deleted_session_that_got_notes(
    merged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["merge", str(merged), str(merged.with_name("ana.meeting"))]) == 0
    capsys.readouterr()
    assert main(["conflicts", str(merged), "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["field"] == "notes" and listed["values"][1]["at"].endswith("Z")


def test_the_merge_report_names_the_deleted_session_conflict(merged: Path) -> None:
    with EventStore.open(merged) as store:
        (report,) = store.merge([merged.with_name("ana.meeting")])
        assert len(store.conflicts()) == 1
        assert len(report.conflicts) == 1
