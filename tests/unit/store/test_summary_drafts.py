"""The assistant's drafts are kept apart from the human summary: stored, accepted, regenerated."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from support.versions import as_version

from meetingkit.core.drafts import Draft, DraftScope, DraftSection, DraftSentence
from meetingkit.core.errors import UserError
from meetingkit.core.model import Session
from meetingkit.store import EventStore


def a_draft(session_id: str, *texts: str) -> Draft:
    sentences = tuple(DraftSentence(t, (f"note-{i}",)) for i, t in enumerate(texts))
    half = len(sentences) // 2
    return Draft(
        DraftScope.SESSION,
        session_id,
        "Guiding questions",
        "en",
        (
            DraftSection("key-issues", "Key issues raised", sentences[:half]),
            DraftSection("decisions", "Decisions", sentences[half:]),
        ),
    )


def test_a_draft_is_stored_beside_the_human_summary(store: EventStore, session: Session) -> None:
    store.update_session(session.id, summary="Written by the rapporteur.")
    stored = store.save_summary_draft(a_draft(session.id, "Trust matters.", "Adopt a glossary."))
    assert stored.accepted is None and stored.generated.sentences()[0].sources == ("note-0",)
    assert store.session(session.id).summary == "Written by the rapporteur."
    assert store.snapshot().summary_draft(DraftScope.SESSION, session.id) == stored


def test_accept_all_or_sentence_by_sentence(store: EventStore, session: Session) -> None:
    store.save_summary_draft(a_draft(session.id, "One.", "Two.", "Three.", "Four."))
    accepted = store.accept_summary_draft(DraftScope.SESSION, session.id, [3])
    assert accepted.accepted is not None
    assert [s.text for s in accepted.accepted.sentences()] == ["Three."]
    accepted = store.accept_summary_draft(DraftScope.SESSION, session.id, [1])
    assert accepted.accepted is not None
    assert [s.text for s in accepted.accepted.sentences()] == ["Three.", "One."]
    everything = store.accept_summary_draft(DraftScope.SESSION, session.id)
    assert everything.accepted == everything.generated


def test_regenerating_never_touches_what_was_accepted(store: EventStore, session: Session) -> None:
    store.save_summary_draft(a_draft(session.id, "One.", "Two."))
    store.accept_summary_draft(DraftScope.SESSION, session.id)
    again = store.save_summary_draft(a_draft(session.id, "New one.", "New two."))
    assert [s.text for s in again.generated.sentences()] == ["New one.", "New two."]
    assert again.accepted is not None
    assert [s.text for s in again.accepted.sentences()] == ["One.", "Two."]


def test_wrong_sentence_numbers_and_missing_drafts_are_clear_errors(
    store: EventStore, session: Session
) -> None:
    with pytest.raises(UserError, match="no draft of this session"):
        store.accept_summary_draft(DraftScope.SESSION, session.id)
    store.save_summary_draft(a_draft(session.id, "One.", "Two."))
    with pytest.raises(UserError, match="sentences 1 to 2; there is no sentence 5"):
        store.accept_summary_draft(DraftScope.SESSION, session.id, [1, 5])
    stored = store.summary_draft(DraftScope.SESSION, session.id)
    assert stored is not None and stored.accepted is None


def test_a_version_1_file_gains_the_drafts_table_after_a_backup(
    store: EventStore, session: Session, event_path: Path
) -> None:
    store.add_item(session.id, "a note from version 1")
    store.close()
    as_version(event_path, 1)
    with EventStore.open(event_path) as upgraded:
        assert [i.text for i in upgraded.items()] == ["a note from version 1"]
        assert upgraded.summary_drafts() == []
        upgraded.save_summary_draft(a_draft(session.id, "One."))
        assert len(upgraded.summary_drafts()) == 1
    assert event_path.with_name("barcelona.v1-backup.meeting").exists()


ASK = """
import sys
import datetime as dt
import subprocess
import sys
from pathlib import Path
from meetingkit.core.model import DraftScope
from meetingkit.store import EventStore
with EventStore.open(Path(sys.argv[1]), read_only=True) as store:
    found = [store.summary_draft(DraftScope.SESSION, s.id) is not None for s in store.sessions()]
print(found, "meetingkit.core.drafts" in sys.modules)
"""


def test_a_session_without_a_draft_is_answered_without_the_drafts_records(tmp_path: Path) -> None:
    path = tmp_path / "event.meeting"
    with EventStore.create(path, title="T", start=dt.date(2025, 10, 6), end=dt.date(2025, 10, 6)) as store:
        day = store.days()[0].id
        opening, workshop = store.add_session(day, "Opening"), store.add_session(day, "Workshop")
    asked = [sys.executable, "-c", ASK, str(path)]
    done = subprocess.run(asked, capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.stdout.split("]")[-1].strip() == "False", done.stderr
    with EventStore.open(path) as store:
        store.save_summary_draft(a_draft(workshop.id, "Mayors lead.", "Cities fund."))
    done = subprocess.run(asked, capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.stdout.strip() == "[False, True] True", done.stderr
    with EventStore.open(path, read_only=True) as store:
        assert store.summary_draft(DraftScope.SESSION, opening.id) is None
        stored = store.summary_draft(DraftScope.SESSION, workshop.id)
        assert stored is not None and stored.generated == a_draft(workshop.id, "Mayors lead.", "Cities fund.")
