"""The day's synthesis and the event's conclusions gather what the sessions produced."""

from __future__ import annotations

from meetingkit.assistant.synthesis import draft_day, draft_event
from meetingkit.core.drafts import Draft
from meetingkit.core.model import EventSnapshot


def texts(draft: Draft, key: str) -> list[str]:
    return [s.text for sec in draft.sections if sec.key == key for s in sec.sentences]


def test_day_themes_come_from_tags_shared_by_sessions(event: EventSnapshot) -> None:
    day = draft_day(event, event.days[0])
    assert day.title == "Methods"
    themes = [s for sec in day.sections if sec.key == "themes" for s in sec.sentences]
    assert len(themes) == 1 and themes[0].text.startswith("Knowledge (2 sessions): ")
    assert set(themes[0].sources) == {"n06", "n21"}


def test_day_lists_its_decisions_roadmap_and_open_actions(event: EventSnapshot) -> None:
    day = draft_day(event, event.days[0])
    assert texts(day, "decisions") == [
        "Methodologies are grouped by intensity, from information to transformation.",
        "Topics are tagged the same way across networks.",
    ]
    assert texts(day, "roadmap") == [
        "Compile the methodologies into a one-page overview (owner: Lucía Ferrer; due: 13 September 2024; short term)."
    ]
    assert texts(day, "open-actions") == [
        "Share the flipcharts as photos (owner: Pablo Giménez; due: 14 September 2024)."
    ]


def test_organisations_named_together_without_a_synergy_are_candidates(event: EventSnapshot) -> None:
    candidates = texts(draft_day(event, event.days[0]), "synergy-candidates")
    # UCLG and Metropolis already have a synergy (n12): only ICLEI and Cities Alliance are proposed.
    assert candidates == [
        "Cities Alliance and ICLEI named together: ICLEI and Cities Alliance run parallel training on climate finance."
    ]


def test_event_conclusions_and_next_steps(event: EventSnapshot) -> None:
    conclusions = draft_event(event)
    assert conclusions.title == "Learning cities"
    assert (
        texts(conclusions, "roadmap")[-1]
        == "Resources: Explore a learning fund with foundations (owner: UCLG; long term)."
    )
    assert texts(conclusions, "synergies") == [
        "UCLG and Metropolis could share one peer review methodology note."
    ]
    # Next steps: open actions without a horizon, soonest due first.
    assert texts(conclusions, "next-steps") == [
        "Share the flipcharts as photos (owner: Pablo Giménez; due: 14 September 2024).",
        "Draft the shared calendar of learning activities (owner: Nadia Benali; due: 15 December 2024).",
    ]
    assert texts(conclusions, "themes")[0].startswith("Knowledge (3 sessions): ")
