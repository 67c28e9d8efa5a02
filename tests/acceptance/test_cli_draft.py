"""`meetingkit draft`: the assistant's drafts through the real command line, and what documents then show."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from support.cli import Run, assert_user_error


@pytest.fixture(scope="module")
def built_sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from meetingkit.sample.build import write_sample

    return write_sample(tmp_path_factory.mktemp("sample") / "x.meeting")


@pytest.fixture
def sample(built_sample: Path, tmp_path: Path) -> Path:
    # Each test gets its own copy: drafting stores the draft and accepting changes the file.
    return Path(shutil.copy(built_sample, tmp_path / "sample.meeting"))


def test_json_has_sentences_with_the_note_ids_of_the_json_export(
    run: Run, sample: Path, tmp_path: Path
) -> None:
    out = json.loads(run("draft", sample, "--session", "What is being", "--json").stdout)
    assert out["title"] == "What is being learned?" and out["scope"] == "session"
    assert [s["key"] for s in out["sections"]][:2] == ["key-issues", "presentations"]
    sentences = [s for section in out["sections"] for s in section["sentences"]]
    assert sentences and all(set(s) == {"text", "sources"} and s["sources"] for s in sentences)
    run("export", sample, "--to", "json", "-o", "event.json")
    event = json.loads((tmp_path / "event.json").read_text(encoding="utf-8"))
    session_id = next(s["id"] for s in event["sessions"] if s["title"] == "What is being learned?")
    notes = {i["id"] for i in event["items"] if i["session_id"] == session_id}
    assert {i for s in sentences for i in s["sources"]} <= notes


def test_text_output_numbers_sentences_and_says_a_written_summary_is_kept(run: Run, sample: Path) -> None:
    printed = run("draft", sample, "--session", "Opening").stdout
    assert printed.startswith("# Opening: connecting with a world of learners\n")
    assert "  [1] " in printed and "(notes " in printed
    assert "This has a summary written by a person" in printed
    assert "new sentence(s)" in printed


def test_every_session_by_default_and_day_and_event_scopes(run: Run, sample: Path) -> None:
    everything = json.loads(run("draft", sample, "--json").stdout)
    assert len(everything["drafts"]) == 10
    day = json.loads(run("draft", sample, "--day", "2", "--json", "--lang", "fr").stdout)
    assert day["scope"] == "day" and day["sections"][0]["title"] == "Thèmes transversaux"
    event = json.loads(run("draft", sample, "--event", "--json").stdout)
    assert "roadmap" in [s["key"] for s in event["sections"]]


def test_documents_show_accepted_drafts_and_mark_unreviewed_ones_only_when_asked(
    run: Run, sample: Path, tmp_path: Path
) -> None:
    mark = "Draft by the summary assistant from the notes, not yet reviewed"
    run("export", sample, "--to", "md", "-o", "plain.md")
    plain = (tmp_path / "plain.md").read_text(encoding="utf-8")
    assert mark not in plain and "Key issues raised" not in plain
    run("export", sample, "--to", "md", "-o", "marked.md", "--unreviewed-drafts")
    marked = (tmp_path / "marked.md").read_text(encoding="utf-8")
    # The sample leaves three sessions to the assistant: each shows its draft, marked.
    assert marked.count(mark) == 3

    draft = json.loads(run("draft", sample, "--session", "Who needs", "--json", "--accept", "1,2").stdout)
    first_two = [s["text"] for s in draft["sections"][0]["sentences"]][:2]
    run("export", sample, "--to", "md", "-o", "accepted.md", "--cite-sources")
    accepted = (tmp_path / "accepted.md").read_text(encoding="utf-8")
    section = accepted.split("### Who needs to learn?")[1].split("\n### ")[0]
    assert mark not in section
    for text in first_two:
        assert text.replace("(", "").split(" [")[0][:40] in section.replace("\\", "")
    assert "\\[1\\]" in section and "### Notes cited" in accepted


def test_mistakes_are_one_clear_line(run: Run, sample: Path, tmp_path: Path) -> None:
    assert_user_error(run("draft", sample, "--day", "9", check=False), "day 9")
    assert_user_error(run("draft", sample, "--session", "No such", check=False), "session")
    assert_user_error(run("draft", sample, "--session", "What is", "--accept", "1,99", check=False), "99")
    assert_user_error(run("draft", sample, "--accept", "all", check=False), "--accept needs one draft")
    assert_user_error(run("draft", sample, "--day", "1", "--event", check=False), "not allowed")
    assert_user_error(run("draft", sample, "--session", "What", "--accept", "x", check=False), "accept")
    assert_user_error(run("draft", tmp_path / "missing.meeting", check=False), "missing.meeting")
    # The refused --accept left the file as it was: nothing accepted.
    from meetingkit.store import EventStore

    with EventStore.open(sample, read_only=True) as store:
        assert all(d.accepted is None for d in store.summary_drafts())


def test_regenerating_shows_what_changed_since_the_accepted_draft(run: Run, sample: Path) -> None:
    run("draft", sample, "--session", "What is being", "--accept", "all")
    run(
        "add",
        sample,
        "--session",
        "What is being",
        "= Participants agreed to publish the topics list in October",
    )
    printed = run("draft", sample, "--session", "What is being").stdout
    assert "Compared with the accepted draft: 1 new sentence(s), 0 no longer drafted." in printed
    assert "  + Participants agreed to publish the topics list in October." in printed
    # What was accepted is still what documents show.
    from meetingkit.core.drafts import DraftScope
    from meetingkit.store import EventStore

    with EventStore.open(sample, read_only=True) as store:
        session = store.find_session("What is being")
        stored = store.summary_draft(DraftScope.SESSION, session.id)
    assert stored is not None and stored.accepted is not None
    assert len(stored.generated.sentences()) == len(stored.accepted.sentences()) + 1
