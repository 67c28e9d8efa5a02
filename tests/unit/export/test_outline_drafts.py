"""Documents use the human summary, else the accepted draft; unreviewed drafts only when asked, marked;
drafted sentences can cite their notes in an annex."""

from __future__ import annotations

import dataclasses

from meetingkit.assistant.session import draft_session
from meetingkit.assistant.synthesis import draft_day, draft_event
from meetingkit.core.drafts import Draft, SummaryDraft
from meetingkit.core.model import EventSnapshot
from meetingkit.export.md_writer import render_markdown_document
from meetingkit.export.outline import BulletList, ExportOptions, Outline, Paragraph, Section, build_outline

from .conftest import build_snapshot

MARK = "Draft by the summary assistant from the notes, not yet reviewed"


def with_drafts(snap: EventSnapshot, *stored: SummaryDraft) -> EventSnapshot:
    return dataclasses.replace(snap, summary_drafts=stored)


def section_of(outline: Outline, title: str) -> Section:
    return next(b for b in outline.walk() if isinstance(b, Section) and b.heading.text == title)


def texts(section: Section) -> list[str]:
    found: list[str] = []
    for block in Outline.walk(dataclasses.replace(_EMPTY, sections=(section,))):
        if isinstance(block, Paragraph):
            found.append("".join(s.text for s in block.spans))
        elif isinstance(block, BulletList):
            found += ["".join(s.text for s in (*e.lead, *e.trail)) + e.markdown for e in block.entries]
    return found


_EMPTY = build_outline(build_snapshot())


def session_draft(snap: EventSnapshot, session_id: str) -> Draft:
    return draft_session(snap, snap.session(session_id))


def test_the_human_summary_wins_over_an_accepted_draft() -> None:
    snap = build_snapshot()
    draft = session_draft(snap, "s1")
    outline = build_outline(with_drafts(snap, SummaryDraft(draft, "t", accepted=draft)))
    summary = texts(section_of(outline, "Methodologies of learning"))
    assert "Key issues raised" not in summary
    assert "Networks shared **methods**" in render_markdown_document(outline)


def test_an_accepted_draft_stands_in_for_a_missing_summary() -> None:
    snap = build_snapshot()
    snap = dataclasses.replace(
        snap, sessions=tuple(dataclasses.replace(s, summary="") for s in snap.sessions)
    )
    draft = session_draft(snap, "s1")
    accepted = draft.only({1})
    outline = build_outline(with_drafts(snap, SummaryDraft(draft, "t", accepted=accepted)))
    summary = section_of(outline, "Methodologies of learning")
    part = next(c for c in summary.children if isinstance(c, Section) and c.heading.text == "Summary")
    assert texts(part) == ["Key issues raised", accepted.sentences()[0].text]
    assert MARK not in render_markdown_document(outline)


def test_unreviewed_drafts_only_when_asked_and_marked() -> None:
    snap = build_snapshot()
    snap = dataclasses.replace(
        snap, sessions=tuple(dataclasses.replace(s, summary="") for s in snap.sessions)
    )
    stored = with_drafts(snap, SummaryDraft(session_draft(snap, "s1"), "t"))
    assert MARK not in render_markdown_document(build_outline(stored))
    marked = render_markdown_document(build_outline(stored, ExportOptions(unreviewed_drafts=True)))
    assert marked.count(MARK) == 1 and "Adopt a common glossary." in marked


def test_cited_sources_number_the_notes_in_an_annex() -> None:
    snap = build_snapshot()
    snap = dataclasses.replace(
        snap, sessions=tuple(dataclasses.replace(s, summary="") for s in snap.sessions)
    )
    draft = session_draft(snap, "s1")
    outline = build_outline(
        with_drafts(snap, SummaryDraft(draft, "t", accepted=draft)), ExportOptions(cite_sources=True)
    )
    summary = texts(section_of(outline, "Methodologies of learning"))
    annex = texts(section_of(outline, "Notes cited"))
    assert annex[0].startswith("[1]  — Day 1 · Methodologies of learning · ")
    glossary = next(entry for entry in annex if entry.endswith("Adopt a common glossary"))
    number = glossary.split("]")[0] + "]"
    assert f"Adopt a common glossary. {number}" in summary
    assert len(annex) == len({i for s in draft.sentences() for i in s.sources})
    assert "Notes cited" not in render_markdown_document(
        build_outline(with_drafts(snap, SummaryDraft(draft, "t", accepted=draft)))
    )


def test_accepted_day_synthesis_and_event_conclusions() -> None:
    snap = build_snapshot(conclusions="")
    day = draft_day(snap, snap.days[0])
    event = draft_event(snap)
    outline = build_outline(
        with_drafts(snap, SummaryDraft(day, "t", accepted=day), SummaryDraft(event, "t", accepted=event))
    )
    synthesis = texts(section_of(outline, "Synthesis of the day"))
    assert (
        "Facilitate peer learning: Facilitate peer learning (owner: UCLG; due: 31 December 2024; short term)."
        in synthesis
    )
    conclusions = texts(section_of(outline, "Conclusions and next steps"))
    assert "Roadmap" in conclusions
