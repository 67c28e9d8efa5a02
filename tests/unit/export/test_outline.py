"""The outline says what the summaries contain, in which order, for every writer alike."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from support.dates import assert_same_range

from meetingkit.core.errors import UserError
from meetingkit.core.model import Attachment, Consent, EventSnapshot
from meetingkit.export.outline import (
    BulletList,
    ExportOptions,
    Figure,
    FileList,
    Heading,
    KeyFigures,
    Markdown,
    Outline,
    Paragraph,
    Quote,
    Section,
    Table,
    build_outline,
    plain_text,
)

from .conftest import build_snapshot, item, moment


def section(outline: Outline, anchor: str) -> Section:
    for node in outline.walk():
        if isinstance(node, Section) and node.heading.anchor == anchor:
            return node
    raise AssertionError(f"no section {anchor}")


def sub(parent: Section, title: str) -> Section:
    for child in parent.children:
        if isinstance(child, Section) and child.heading.text == title:
            return child
    raise AssertionError(f"no sub-section {title} in {parent.heading.text}")


def texts(block: BulletList) -> list[str]:
    return [e.markdown or "".join(s.text for s in e.lead) for e in block.entries]


def test_parts_come_in_the_documented_order(snapshot: EventSnapshot) -> None:
    outline = build_outline(snapshot)
    assert [s.heading.text for s in outline.sections] == [
        "Overview",
        "Executive summary",
        "Day 1 — How are networks and cities learning?",
        "Day 2 — Expectations and the role of UCLG",
        "Day 3 — Synergies and next steps",
        "Synergies by party",
        "Actions register",
        "Roadmap",
        "Conclusions and next steps",
        "Annexes",
    ]
    # Page breaks before days only: a short part follows on the same page.
    assert [s.kind for s in outline.sections if s.new_page] == ["day", "day", "day"]
    assert section(outline, "actions").landscape


def test_cover_names_event_organisers_venue_and_dates(snapshot: EventSnapshot) -> None:
    cover = build_outline(snapshot).cover
    assert cover.title == "UCLG and Metropolis: Connecting with a world of learners"
    assert cover.document_label == "Full written summaries"
    assert cover.organisers == "Organised by UCLG and Metropolis"
    assert cover.venue == "Casa Llotja de Mar · Barcelona"
    assert_same_range(cover.dates, "12–14 September 2024")


def test_overview_counts_days_sessions_participants_actions_synergies(snapshot: EventSnapshot) -> None:
    overview = section(build_outline(snapshot), "overview")
    assert isinstance(overview.children[0], Markdown)
    figures = sub(overview, "Key figures").children[0]
    assert isinstance(figures, KeyFigures)
    assert [(f.label, f.value) for f in figures.rows] == [
        ("Days", "3"),
        ("Sessions", "4"),
        ("Participants", "6"),
        ("Actions", "3"),
        ("Synergies", "2"),
    ]


def test_session_holds_people_questions_summary_and_each_kind_of_item(snapshot: EventSnapshot) -> None:
    outline = build_outline(snapshot)
    s1 = section(outline, "day-1-session-1")
    assert s1.heading == Heading(2, "Methodologies of learning", "day-1-session-1")
    parts = [c.heading.text for c in s1.children if isinstance(c, Section)]
    assert parts == [
        "Guiding questions",
        "Summary",
        "Key points",
        "Decisions",
        "Quotes",
        "Questions raised",
        "Notes",
        "Actions",
    ]
    meta = s1.children[0]
    assert "09:30–11:00 · Sala Europa · Panel" in str(meta)
    people = s1.children[1]
    assert [(f.label, f.value) for f in people.rows] == [  # type: ignore[union-attr]
        ("Moderator", "Emilia Saiz (UCLG)"),
        ("Speakers", "Octavi de la Varga (Metropolis) and Sara Hoeflich (UCLG)"),
        ("Rapporteur", "Anna Calvete (UCLG)"),
    ]
    quote = sub(s1, "Quotes").children[0]
    assert quote == Quote("Learning is a matter of trust", "Tim Campbell", ())
    actions = sub(s1, "Actions").children[0]
    assert isinstance(actions, BulletList)
    entry = actions.entries[0]
    assert entry.lead[0].text == "A1" and entry.lead[0].strong
    assert "Owner: UCLG" in "".join(s.text for s in entry.trail)
    assert "Due: 31 Dec 2024" in "".join(s.text for s in entry.trail)


def test_actions_and_synergies_appear_where_raised_and_in_their_registers(snapshot: EventSnapshot) -> None:
    outline = build_outline(snapshot)
    register = section(outline, "actions").children[0]
    assert isinstance(register, Table)
    assert register.header[:3] == ("Ref.", "Action", "Owner")
    assert [r[0].text for r in register.rows] == ["A1", "A2", "A3"]
    first = register.rows[0]
    assert first[1].text == "Facilitate peer learning"
    assert first[7].text == "Day 1 · Methodologies of learning"
    assert first[7].anchor == "day-1-session-1"
    assert register.rows[2][5].text == "Done"

    # "Synergies by party" is an index: one line per party with the numbers, the text said once.
    synergies = section(outline, "synergies")
    assert not [c for c in synergies.children if isinstance(c, Section)]
    index = synergies.children[0]
    assert isinstance(index, BulletList) and index.kind == "synergies-by-party"
    lines = [(e.lead[0].text, "".join(s.text for s in e.trail)) for e in index.entries]
    assert lines == [("Cities Alliance", "S2"), ("Metropolis", "S1, S2"), ("UCLG", "S1")]
    assert index.entries[1].trail[0].anchor == "day-3-session-1"


def test_roadmap_groups_by_horizon_then_focus_area_in_focus_area_order(snapshot: EventSnapshot) -> None:
    roadmap = section(build_outline(snapshot), "roadmap")
    shape = []
    for horizon in roadmap.children:
        assert isinstance(horizon, Section)
        (areas,) = horizon.children
        assert isinstance(areas, BulletList)
        shape.append(
            (
                horizon.heading.text,
                [(e.lead[0].text, "".join(s.text for s in e.trail)) for e in areas.entries],
            )
        )
    assert shape == [
        ("Short term", [("Facilitate peer learning", " — A1"), ("Communication and visibility", " — A3")]),
        ("Long term", [("Research", " — A2")]),
    ]


def test_photos_annex_keeps_only_selected_photos_with_consent(snapshot: EventSnapshot) -> None:
    outline = build_outline(snapshot)
    photos = section(outline, "photos")
    figures = [c for c in photos.children if isinstance(c, Figure)]
    assert [(f.number, f.caption, f.credit) for f in figures] == [
        (1, "Opening plenary", "Photo: Jordi Pujol"),
        (2, "Group photo", ""),
    ]
    assert all(f.attachment.consent is Consent.AGREED for f in figures)
    assert outline.figures == tuple(figures)


def test_presentations_listed_in_session_and_annex(snapshot: EventSnapshot) -> None:
    outline = build_outline(snapshot)
    in_session = sub(section(outline, "day-2-session-1"), "Presentations").children[0]
    assert isinstance(in_session, FileList)
    assert in_session.entries[0].filename == "Smart Cities and beyond.pdf"
    annex = section(outline, "presentations").children[0]
    assert isinstance(annex, FileList)
    assert annex.entries[0].context == "Day 2 · Smart Cities and beyond"


def test_participants_grouped_by_organisation(snapshot: EventSnapshot) -> None:
    table = section(build_outline(snapshot), "participants").children[0]
    assert isinstance(table, Table)
    assert [[c.text for c in r] for r in table.rows] == [
        ["Metropolis", "Octavi de la Varga — Secretary General"],
        ["UCLG", "Anna Calvete\nEmilia Saiz — Secretary General\nSara Hoeflich"],
        ["Urban Age", "Tim Campbell"],
        ["No organisation given", "Independent Expert"],
    ]


def test_options_leave_out_notes_participants_and_photos(snapshot: EventSnapshot) -> None:
    outline = build_outline(
        snapshot, ExportOptions(include_notes=False, include_participants=False, include_photos=False)
    )
    s1 = section(outline, "day-1-session-1")
    assert "Notes" not in [c.heading.text for c in s1.children if isinstance(c, Section)]
    anchors = {n.heading.anchor for n in outline.walk() if isinstance(n, Section)}
    assert "participants" not in anchors and "photos" not in anchors
    assert "presentations" in anchors


def test_timestamps_lead_each_item_when_asked() -> None:
    snap = build_snapshot(items=(item("k", "s1", 1, "Timed point", "key-point", at=moment(12, 8, 5)),))
    outline = build_outline(snap, ExportOptions(include_timestamps=True))
    entry = sub(section(outline, "day-1-session-1"), "Key points").children[0]
    assert isinstance(entry, BulletList)
    expected = dt.datetime(2024, 9, 12, 8, 5, tzinfo=dt.UTC).astimezone().strftime("%H:%M")
    assert entry.entries[0].lead[0].text.strip() == expected


def test_link_for_gives_pack_relative_links(snapshot: EventSnapshot) -> None:
    def link(a: Attachment) -> str | None:
        return f"photos/{a.filename}" if a.kind == "photo" else None

    outline = build_outline(snapshot, ExportOptions(link_for=link))
    assert [f.href for f in outline.figures] == ["photos/ph1.png", "photos/ph3.png"]
    annex = section(outline, "presentations").children[0]
    assert isinstance(annex, FileList) and annex.entries[0].href == ""


def test_french_and_spanish_outlines_translate_headings_and_dates(snapshot: EventSnapshot) -> None:
    fr = build_outline(snapshot, ExportOptions(language="fr"))
    assert fr.sections[1].heading.text == "Résumé"
    assert fr.sections[2].heading.text.startswith("Jour 1 — ")
    assert_same_range(fr.cover.dates, "12–14 septembre 2024")
    assert fr.cover.organisers == "Organisé par UCLG et Metropolis"
    es = build_outline(snapshot, ExportOptions(language="es"))
    assert [s.heading.text for s in es.sections][-5:] == [
        "Sinergias por parte",
        "Registro de acciones",
        "Hoja de ruta",
        "Conclusiones y próximos pasos",
        "Anexos",
    ]
    assert_same_range(es.cover.dates, "12–14 de septiembre de 2024")


def test_unknown_language_is_a_user_error(snapshot: EventSnapshot) -> None:
    with pytest.raises(UserError, match="en, fr, es"):
        build_outline(snapshot, ExportOptions(language="de"))


def test_empty_event_has_overview_and_days_only() -> None:
    snap = build_snapshot(items=(), conclusions="")
    snap = EventSnapshot(event=snap.event, days=snap.days, sessions=snap.sessions, items=())
    outline = build_outline(snap)
    assert [s.kind for s in outline.sections] == ["overview", "day", "day", "day", "annexes"]


def test_hostile_text_is_cleaned_in_literal_fields() -> None:
    snap = build_snapshot(title="Bad\x00 title\ufffe \u202eevil")
    outline = build_outline(snap)
    assert outline.title == "Bad title evil"


def test_every_heading_has_a_valid_anchor_when_listed_in_the_toc(snapshot: EventSnapshot) -> None:
    headings = build_outline(snapshot).headings()
    assert headings and all(h.level <= 3 for h in headings)
    for h in headings:
        assert h.anchor and h.anchor[0].isalpha() and len(h.anchor) <= 40
        assert all(c.isascii() and (c.isalnum() or c == "-") for c in h.anchor)


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("**bold** and *it* and `code`", "bold and it and code"),
        ("see [the guide](https://x.org) now", "see the guide now"),
        ("- item\n- other", "item other"),
        ("# Title", "Title"),
        ("2 * 3 * 4", "2 * 3 * 4"),
        ("snake_case_name", "snake_case_name"),
    ],
)
def test_plain_text_flattens_markdown_for_table_cells(markdown: str, plain: str) -> None:
    assert plain_text(markdown) == plain


def test_plain_text_removes_underscore_emphasis_between_words() -> None:
    assert plain_text("a _light_ and __strong__ word") == "a light and strong word"


@pytest.mark.parametrize(
    ("credit", "line"),
    [
        ("Jordi Pujol", "Photo: Jordi Pujol"),
        ("Photo: UCLG / Metropolis", "Photo: UCLG / Metropolis"),
        ("Foto : Ana Ruiz", "Foto : Ana Ruiz"),
        ("© Ana Ruiz", "© Ana Ruiz"),
        ("   ", ""),
    ],
)
def test_photo_credit_is_labelled_once(credit: str, line: str) -> None:
    snap = build_snapshot()
    photos = tuple(dataclasses.replace(a, credit=credit) if a.id == "ph1" else a for a in snap.attachments)
    snap = dataclasses.replace(snap, attachments=photos)
    assert build_outline(snap).figures[0].credit == line


def test_a_report_an_institution_recognises(snapshot: EventSnapshot) -> None:
    options = ExportOptions(
        author="Anna Calvete", issued=dt.date(2024, 10, 1), version="1.2", status="draft", language="en"
    )
    outline = build_outline(snapshot, options)
    assert outline.cover.prepared_by == "Prepared by Anna Calvete"
    assert outline.cover.edition == "Issued 1 October 2024 · Version 1.2 · Draft"
    final = build_outline(snapshot, ExportOptions(issued=dt.date(2024, 10, 1), status="final", language="es"))
    assert final.cover.edition == "Emitido el 1 de octubre de 2024 · Versión final"
    # The executive summary follows the overview: the decisions, each linked to its session.
    summary = outline.sections[1]
    assert summary.kind == "executive-summary"
    messages = summary.children[1]
    assert isinstance(messages, BulletList) and messages.entries
    assert all(e.trail[-1].anchor.startswith("day-") for e in messages.entries)
    # A session with actions or decisions says its way forward under the summary.
    session = section(outline, "day-1-session-1")
    forward = [c for c in session.children if isinstance(c, Paragraph) and c.spans[0].text == "Way forward: "]
    assert len(forward) == 1 and "Actions: A1" in forward[0].spans[1].text
    # The annexes open with the programme at a glance: one row per session, linked to it.
    programme = section(outline, "programme").children[0]
    assert isinstance(programme, Table) and programme.header == ("Day", "Time", "Session", "Room")
    assert [r[2].text for r in programme.rows][:1] == ["Methodologies of learning"]
    assert programme.rows[0][2].anchor == "day-1-session-1"
