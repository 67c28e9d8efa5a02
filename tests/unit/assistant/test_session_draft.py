"""A session's draft reads like a rapporteur's report, and every point comes from the notes."""

from __future__ import annotations

from meetingkit.assistant.session import draft_session
from meetingkit.core.drafts import Draft
from meetingkit.core.model import EventSnapshot

from .conftest import PANEL, WORKSHOP


def section(draft: Draft, key: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(s.text, s.sources) for sec in draft.sections if sec.key == key for s in sec.sentences]


def test_sections_follow_the_session_report(event: EventSnapshot) -> None:
    draft = draft_session(event, PANEL)
    assert [s.key for s in draft.sections] == [
        "key-issues",
        "presentations",
        "discussion",
        "decisions",
        "actions",
        "synergies",
        "questions",
        "quotes",
    ]
    assert [s.title for s in draft.sections][:2] == ["Key issues raised", "Presentations"]
    assert draft.title == "How do cities learn?" and draft.ref == "s1"


def test_the_same_point_from_two_rapporteurs_is_said_once_with_a_count(event: EventSnapshot) -> None:
    texts = [
        t for sec in draft_session(event, PANEL).sections for t, _ in [(s.text, s) for s in sec.sentences]
    ]
    study = [t for t in texts if "concrete question" in t]
    assert len(study) == 1
    sources = [s.sources for s in draft_session(event, PANEL).sentences() if "concrete question" in s.text]
    assert set(sources[0]) >= {"n03", "n04"}


def test_each_speaker_is_presented_from_the_notes_naming_them_and_their_slot(event: EventSnapshot) -> None:
    presented = section(draft_session(event, PANEL), "presentations")
    assert presented[0] == (
        "Valentina Ríos presented Rosario's study visits on participatory budgeting.",
        ("n02",),
    )
    assert (
        "Sipho Ndlovu described Durban's institute of learning for municipal staff.",
        ("n05",),
    ) in presented
    # A point noted during Sipho Ndlovu's slot is attributed to him and cites the note naming him.
    assert (
        "Sipho Ndlovu: An institute of learning keeps knowledge when staff move on.",
        ("n05", "n06"),
    ) in presented


def test_the_discussion_keeps_views_attributed_to_named_people(event: EventSnapshot) -> None:
    assert section(draft_session(event, PANEL), "discussion") == [
        ("Panel opened by Marc Delacroix: two inputs, then discussion.", ("n01",))
    ]


def test_questions_are_paired_with_their_answers(event: EventSnapshot) -> None:
    questions = section(draft_session(event, PANEL), "questions")
    assert questions[0] == (
        "How do networks measure whether an exchange changed anything? "
        "Answer: Most networks measure participants, rarely the changes an exchange made.",
        ("n07", "n08"),
    )
    assert questions[1] == ("Who pays for the exchanges of intermediary cities? (no answer noted)", ("n14",))


def test_decisions_actions_commitments_and_quotes_are_all_there(event: EventSnapshot) -> None:
    draft = draft_session(event, PANEL)
    assert section(draft, "decisions") == [
        ("Methodologies are grouped by intensity, from information to transformation.", ("n10",))
    ]
    assert section(draft, "actions") == [
        (
            "Compile the methodologies into a one-page overview "
            "(owner: Lucía Ferrer; due: 13 September 2024; short term).",
            ("n11",),
        ),
        # Untagged, but a commitment: "will send".
        ("Metropolis will send the peer review guide to all participants.", ("n13",)),
    ]
    assert section(draft, "quotes") == [
        ("Valentina Ríos: “A study visit without a follow-up is tourism with a badge”", ("n09",))
    ]
    assert section(draft, "synergies") == [
        ("UCLG and Metropolis could share one peer review methodology note.", ("n12",))
    ]


def test_markdown_and_shorthand_are_cleaned_and_we_becomes_participants(event: EventSnapshot) -> None:
    texts = [s.text for s in draft_session(event, PANEL).sentences()]
    assert not any("**" in t or "](" in t for t in texts)
    assert "Participants agreed to meet again in March; Agenda to follow." in texts


def test_every_sentence_of_a_draft_cites_notes_of_its_session(event: EventSnapshot) -> None:
    for session in (PANEL, WORKSHOP):
        own = {i.id for i in event.items_of(session)}
        sentences = draft_session(event, session).sentences()
        assert sentences
        assert all(s.sources and set(s.sources) <= own for s in sentences)


def test_a_session_without_notes_has_an_empty_draft(event: EventSnapshot) -> None:
    from meetingkit.core.model import Session

    empty = Session("s9", "d1", 9, "Coffee")
    assert draft_session(event, empty).sections == ()


def test_headings_and_phrases_in_french_and_spanish(event: EventSnapshot) -> None:
    fr = draft_session(event, PANEL, "fr")
    assert fr.sections[0].title == "Principaux enjeux soulevés"
    # French typography: a no-break space before the colon.
    assert any(
        "(responsable\u00a0: Lucía Ferrer; échéance\u00a0: 13 septembre 2024" in s.text
        for s in fr.sentences()
    )
    es = draft_session(event, PANEL, "es")
    assert es.sections[-1].title == "Citas"
    assert any(
        "(responsable: Lucía Ferrer; plazo: 13 de septiembre de 2024" in s.text for s in es.sentences()
    )
