"""Done means faithful and deterministic: every drafted sentence's words come from the notes it cites,
every decision, action and commitment is in its session's draft, and the same notes give the same bytes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from meetingkit.assistant.faithfulness import problems, unsupported
from meetingkit.assistant.session import draft_session
from meetingkit.assistant.synthesis import draft_day, draft_event
from meetingkit.core.drafts import Draft, DraftSentence
from meetingkit.core.model import EventSnapshot, Tag

from .conftest import generated, hand_written


def every_draft(snap: EventSnapshot, language: str = "en") -> list[Draft]:
    drafts = [draft_session(snap, s, language) for s in snap.sessions]
    drafts += [draft_day(snap, d, language) for d in snap.days]
    return [*drafts, draft_event(snap, language)]


def events() -> list[tuple[str, EventSnapshot]]:
    return [("hand-written", hand_written())] + [(f"generated-{seed}", generated(seed)) for seed in (1, 2, 3)]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize(("name", "snap"), events(), ids=[n for n, _ in events()])
def test_every_sentence_uses_only_words_of_its_cited_notes(
    name: str, snap: EventSnapshot, language: str
) -> None:
    drafts = every_draft(snap, language)
    assert sum(len(d.sentences()) for d in drafts) > 10
    assert [p for d in drafts for p in problems(d, snap.items)] == []


def test_the_sample_event_is_drafted_faithfully(sample_snapshot: EventSnapshot) -> None:
    drafts = every_draft(sample_snapshot)
    assert [p for d in drafts for p in problems(d, sample_snapshot.items)] == []


def test_the_check_refuses_a_word_from_nowhere_and_a_sentence_without_source() -> None:
    snap = hand_written()
    notes = {i.id: i for i in snap.items}
    invented = DraftSentence("Study visits work when the team brings a concrete budget.", ("n03",))
    assert unsupported(invented, notes, "en") == ["budget"]
    honest = DraftSentence("Study visits work when the team brings a concrete question.", ("n03",))
    assert unsupported(honest, notes, "en") == []
    assert unsupported(DraftSentence("Study visits work (12 notes).", ("n03", "n04")), notes, "en") == ["12"]


@pytest.mark.parametrize(("name", "snap"), [*events()], ids=[n for n, _ in events()])
def test_every_decision_action_and_commitment_is_in_its_session_draft(name: str, snap: EventSnapshot) -> None:
    for session in snap.sessions:
        cited = {i for s in draft_session(snap, session).sentences() for i in s.sources}
        must = {
            i.id
            for i in snap.items_of(session)
            if i.has(Tag.DECISION)
            or i.has(Tag.ACTION)
            or (" will " in f" {i.text} " and not i.has(Tag.QUESTION))
        }
        assert must <= cited, session.title


def test_a_question_is_never_left_out(event: EventSnapshot) -> None:
    for session in event.sessions:
        cited = {i for s in draft_session(event, session).sentences() for i in s.sources}
        assert {i.id for i in event.items_of(session) if i.has(Tag.QUESTION)} <= cited


def test_same_notes_same_draft_whatever_their_order_in_the_snapshot() -> None:
    snap = generated(7)
    shuffled = EventSnapshot(
        event=snap.event,
        days=snap.days[::-1],
        sessions=snap.sessions[::-1],
        items=snap.items[::-1],
        organisations=snap.organisations[::-1],
    )
    assert sorted(d.dumps() for d in every_draft(snap)) == sorted(d.dumps() for d in every_draft(shuffled))


_SCRIPT = """
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("c", sys.argv[1])
c = importlib.util.module_from_spec(spec); spec.loader.exec_module(c)
from meetingkit.assistant.session import draft_session
from meetingkit.assistant.synthesis import draft_day, draft_event
snap = c.generated(11)
drafts = [draft_session(snap, s) for s in snap.sessions] + [draft_day(snap, d) for d in snap.days]
print(json.dumps([d.dumps() for d in drafts + [draft_event(snap)]]))
"""


def test_byte_for_byte_the_same_in_other_processes() -> None:
    # Different hash seeds change set and dict iteration order between runs (and machines): the draft must not.
    conftest = os.path.join(os.path.dirname(__file__), "conftest.py")
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", _SCRIPT, conftest], capture_output=True, text=True, env=env, check=True
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
    assert len(json.loads(outputs.pop())) == 6 + 2 + 1
