"""The Word document read back with python-docx: structure, styles, fields, tables, photos and languages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from support.dates import range_tokens

from meetingkit.core.errors import UserError
from meetingkit.core.model import Attachment, EventSnapshot
from meetingkit.export.docx_writer import write_docx
from meetingkit.export.outline import ExportOptions, build_outline

from .conftest import build_snapshot, item

ImageSource = Callable[[Attachment], bytes | Path | None]


def export(
    snapshot: EventSnapshot,
    tmp_path: Path,
    image_source: ImageSource | None = None,
    **options: object,
) -> DocxDocument:
    out = tmp_path / "summary.docx"
    write_docx(snapshot, out, options=ExportOptions(**options), image_source=image_source)  # type: ignore[arg-type]
    return docx.Document(str(out))


def styled(document: DocxDocument, prefix: str) -> list[tuple[str, str]]:
    return [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style is not None and p.style.name.startswith(prefix)
    ]


def instructions(element: object) -> str:
    return " ".join(t.text or "" for t in element.iter(qn("w:instrText")))  # type: ignore[attr-defined]


def test_headings_follow_the_outline_with_their_styles(snapshot: EventSnapshot, tmp_path: Path) -> None:
    document = export(snapshot, tmp_path)
    level1 = [text for style, text in styled(document, "Heading 1")]
    assert level1 == [
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
    assert ("Heading 2", "Methodologies of learning") in styled(document, "Heading 2")
    assert ("Heading 4", "Guiding questions") in styled(document, "Heading 4")


def test_cover_title_subtitle_and_details(snapshot: EventSnapshot, tmp_path: Path) -> None:
    document = export(snapshot, tmp_path)
    first = [(p.style.name, p.text) for p in document.paragraphs[:6] if p.style is not None]
    dates_style, dates = first.pop()
    assert (dates_style, range_tokens(dates)) == ("Cover Details", range_tokens("12–14 September 2024"))
    assert first == [
        ("Cover Label", "Full written summaries"),
        ("Title", "UCLG and Metropolis: Connecting with a world of learners"),
        ("Subtitle", "Learning exchange on City-to-City learning"),
        ("Cover Details", "Organised by UCLG and Metropolis"),
        ("Cover Details", "Casa Llotja de Mar · Barcelona"),
    ]
    assert document.core_properties.title == "UCLG and Metropolis: Connecting with a world of learners"


def test_table_of_contents_is_a_real_field_word_updates_on_opening(
    snapshot: EventSnapshot, tmp_path: Path
) -> None:
    document = export(snapshot, tmp_path)
    assert 'TOC \\o "1-3" \\h \\z \\u' in instructions(document.element.body)
    update = document.settings.element.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val")) == "true"
    toc_heading = next(
        p for p in document.paragraphs if p.style is not None and p.style.name == "TOC Heading"
    )
    assert toc_heading.text == "Contents"
    # Until Word refreshes it, the field shows the headings as links back to them.
    toc_entries = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "toc 2"]
    assert "Methodologies of learning" in toc_entries


def test_only_days_start_a_new_page_and_every_heading_keeps_with_next(
    snapshot: EventSnapshot, tmp_path: Path
) -> None:
    document = export(snapshot, tmp_path)
    body = document.element.body
    paragraphs = list(body.iter(qn("w:p")))
    new_pages: list[str] = []
    for p in document.paragraphs:
        style = p.style.name if p.style is not None else ""
        if style.startswith("Heading"):
            assert p._p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None, p.text
        if style != "Heading 1":
            continue
        if p._p.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is not None:
            new_pages.append(p.text)
        previous = paragraphs[paragraphs.index(p._p) - 1]
        if previous.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            new_pages.append(p.text)  # the landscape register is a section of its own, and so what follows it
    assert [t.split(" — ")[0] for t in new_pages] == [
        "Day 1",
        "Day 2",
        "Day 3",
        "Actions register",
        "Roadmap",
    ]


def test_session_lists_quotes_and_fields(snapshot: EventSnapshot, tmp_path: Path) -> None:
    document = export(snapshot, tmp_path)
    bullets = styled(document, "List Bullet")
    assert ("List Bullet", "Peer learning works best with small groups") in bullets
    assert ("List Bullet", "How are networks and cities learning?") in bullets
    assert ("List Bullet 2", "one") in bullets and ("List Bullet 3", "nested") in bullets
    key_point = next(p for p in document.paragraphs if p.text == "Peer learning works best with small groups")
    assert [r.text for r in key_point.runs if r.italic] == ["small groups"]
    assert ("Quote", "Learning is a matter of trust") in styled(document, "Quote")
    assert ("Quote Source", "— Tim Campbell") in styled(document, "Quote Source")
    fields = [p for p in document.paragraphs if p.style is not None and p.style.name == "Field"]
    assert fields[0].text == "Moderator: Emilia Saiz (UCLG)"
    assert fields[0].runs[0].bold and fields[0].runs[0].text == "Moderator: "
    action = next(p for p in document.paragraphs if p.text.startswith("A1 Facilitate peer learning"))
    assert action.runs[0].style is not None and action.runs[0].style.name == "Item Reference"
    assert "Owner: UCLG" in action.text


def test_no_literal_markdown_in_the_document(snapshot: EventSnapshot, tmp_path: Path) -> None:
    document = export(snapshot, tmp_path)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "**" not in text and "](" not in text and "`" not in text
    assert "plan their agendas" in text


def test_hyperlinks_are_real_relationships(snapshot: EventSnapshot, tmp_path: Path) -> None:
    document = export(snapshot, tmp_path)
    external = [r.target_ref for r in document.part.rels.values() if r.reltype == RT.HYPERLINK]
    assert external == ["https://example.org/guide"]
    summary = next(p for p in document.paragraphs if p.text.startswith("Networks shared"))
    assert [link.text for link in summary.hyperlinks] == ["the peer review guide"]
    assert summary.hyperlinks[0].address == "https://example.org/guide"


def test_register_roadmap_and_participants_tables(snapshot: EventSnapshot, tmp_path: Path) -> None:
    document = export(snapshot, tmp_path)
    by_header = {t.rows[0].cells[0].text: t for t in document.tables}
    register = by_header["Ref."]
    assert register.style is not None and register.style.name == "Register Table"
    assert [c.text for c in register.rows[0].cells] == [
        "Ref.",
        "Action",
        "Owner",
        "Due",
        "Horizon",
        "Status",
        "Focus area",
        "Session",
    ]
    assert [c.text for c in register.rows[1].cells][:4] == [
        "A1",
        "Facilitate peer learning",
        "UCLG",
        "31\u00a0Dec\u00a02024",  # a date never breaks across lines
    ]
    assert register.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    # The roadmap is a list (horizon, then its focus areas with their actions' numbers), not a third table.
    assert "Horizon" not in by_header
    texts = [(p.style.name if p.style else "", p.text) for p in document.paragraphs]
    start = texts.index(("Heading 1", "Roadmap"))
    assert texts[start + 1 : start + 3] == [
        ("Heading 2", "Short term"),
        ("List Bullet", "Facilitate peer learning — A1"),
    ]
    participants = by_header["Organisation"]
    assert (
        participants.rows[2].cells[1].text == "Anna Calvete\nEmilia Saiz — Secretary General\nSara Hoeflich"
    )
    figures = document.tables[0]
    assert [c.text for c in figures.rows[0].cells] == [
        "3\nDays",
        "4\nSessions",
        "6\nParticipants",
        "3\nActions",
        "2\nSynergies",
    ]


def test_tables_fit_the_page_and_the_register_is_landscape(snapshot: EventSnapshot, tmp_path: Path) -> None:
    document = export(snapshot, tmp_path)
    orientations = [s.orientation for s in document.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    landscape = document.sections[1]
    text_width = landscape.page_width - landscape.left_margin - landscape.right_margin
    register = next(t for t in document.tables if t.rows[0].cells[0].text == "Ref.")
    grid = [int(c.get(qn("w:w"))) * 635 for c in register._tbl.tblGrid.iterfind(qn("w:gridCol"))]
    assert sum(grid) <= text_width
    portrait = document.sections[0]
    people = next(t for t in document.tables if t.rows[0].cells[0].text == "Organisation")
    grid = [int(c.get(qn("w:w"))) * 635 for c in people._tbl.tblGrid.iterfind(qn("w:gridCol"))]
    assert sum(grid) <= portrait.page_width - portrait.left_margin - portrait.right_margin


def test_header_has_the_title_and_footer_page_x_of_y(snapshot: EventSnapshot, tmp_path: Path) -> None:
    document = export(snapshot, tmp_path)
    first = document.sections[0]
    assert first.header.paragraphs[0].text == snapshot.event.title
    assert first.footer.paragraphs[0].text == "Page 1 of 1"
    assert instructions(first.footer._element).split() == ["PAGE", "NUMPAGES"]
    # The cover page carries neither.
    assert first.different_first_page_header_footer
    for later in document.sections[1:]:
        assert later.header.is_linked_to_previous and later.footer.is_linked_to_previous


def test_selected_photos_with_consent_get_numbered_captions_and_credits(
    snapshot: EventSnapshot, tmp_path: Path, image_source: ImageSource
) -> None:
    document = export(snapshot, tmp_path, image_source)
    assert len(document.inline_shapes) == 2
    captions = [p for p in document.paragraphs if p.style is not None and p.style.name == "Caption"]
    assert [p.text for p in captions] == ["Figure 1: Opening plenary", "Figure 2: Group photo"]
    assert "SEQ Figure" in instructions(captions[0]._p)
    credits = styled(document, "Photo Credit")
    assert credits[0] == ("Photo Credit", "Day 1 · Methodologies of learning · Photo: Jordi Pujol")
    shape = document.inline_shapes[0]
    assert shape.width <= 15 * 360_000 and shape.height <= 10 * 360_000
    assert "No consent" not in "\n".join(p.text for p in document.paragraphs)


def test_photos_are_left_out_without_image_bytes(snapshot: EventSnapshot, tmp_path: Path) -> None:
    document = export(snapshot, tmp_path, lambda a: None if a.id == "ph1" else b"not an image")
    assert len(document.inline_shapes) == 0
    assert styled(document, "Caption") == []


def test_image_source_may_return_a_path(
    snapshot: EventSnapshot, tmp_path: Path, image_source: ImageSource
) -> None:
    picture = tmp_path / "p.png"
    data = image_source(snapshot.attachments[0])
    assert isinstance(data, bytes)
    picture.write_bytes(data)
    document = export(snapshot, tmp_path, lambda a: picture)
    assert len(document.inline_shapes) == 2


def test_presentations_listed_with_file_name_and_session(snapshot: EventSnapshot, tmp_path: Path) -> None:
    document = export(snapshot, tmp_path)
    listed = [p.text for p in document.paragraphs if "Smart Cities and beyond.pdf" in p.text]
    assert listed == [
        "Smart Cities and beyond.pdf",
        "Smart Cities and beyond.pdf — Day 2 · Smart Cities and beyond",
    ]


def test_pack_links_point_at_relative_files(snapshot: EventSnapshot, tmp_path: Path) -> None:
    def link(a: Attachment) -> str | None:
        return f"presentations/{a.filename}" if a.kind != "photo" else None

    out = tmp_path / "s.docx"
    write_docx(build_outline(snapshot, ExportOptions(link_for=link)), out)
    document = docx.Document(str(out))
    targets = {r.target_ref for r in document.part.rels.values() if r.reltype == RT.HYPERLINK}
    assert "presentations/Smart%20Cities%20and%20beyond.pdf" in targets


@pytest.mark.parametrize(
    ("language", "overview", "register", "footer", "figure"),
    [
        ("fr", "Vue d’ensemble", "Registre des actions", "Page 1 sur 1", "Figure 1\u00a0: Opening plenary"),
        ("es", "Panorama general", "Registro de acciones", "Página 1 de 1", "Figura 1: Opening plenary"),
    ],
)
def test_french_and_spanish_labels(
    snapshot: EventSnapshot,
    tmp_path: Path,
    image_source: ImageSource,
    language: str,
    overview: str,
    register: str,
    footer: str,
    figure: str,
) -> None:
    document = export(snapshot, tmp_path, image_source, language=language)
    headings = [t for _, t in styled(document, "Heading 1")]
    assert headings[0] == overview and register in headings
    assert document.sections[0].footer.paragraphs[0].text == footer
    captions = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "Caption"]
    assert captions[0] == figure
    assert document.core_properties.language.startswith(language)
    table = next(t for t in document.tables if len(t.columns) == 8)
    assert table.rows[0].cells[1].text == ("Action" if language == "fr" else "Acción")


def test_writes_from_an_outline_the_same_as_from_a_snapshot(snapshot: EventSnapshot, tmp_path: Path) -> None:
    a, b = tmp_path / "a.docx", tmp_path / "b.docx"
    write_docx(snapshot, a)
    write_docx(build_outline(snapshot), b)
    text = [[p.text for p in docx.Document(str(x)).paragraphs] for x in (a, b)]
    assert text[0] == text[1]


def test_event_without_actions_is_one_portrait_section(tmp_path: Path) -> None:
    snap = build_snapshot(items=(item("k", "s1", 1, "Only a key point", "key-point"),))
    document = export(snap, tmp_path)
    assert [s.orientation for s in document.sections] == [WD_ORIENT.PORTRAIT]
    assert document.sections[0].different_first_page_header_footer


def test_event_ending_with_the_register_leaves_no_blank_page(tmp_path: Path) -> None:
    # An action without horizon makes no roadmap; with no conclusions nor annexes the register ends the document.
    snap = build_snapshot(conclusions="")
    snap = EventSnapshot(
        event=snap.event,
        days=snap.days,
        sessions=snap.sessions,
        items=(item("x", "s1", 1, "Unscheduled action", "action"),),
    )
    document = export(snap, tmp_path, include_participants=False, include_programme=False)
    assert document.sections[-1].orientation == WD_ORIENT.LANDSCAPE
    last = document.element.body[-2]
    assert last.tag == qn("w:p") and last.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is None


def test_unwritable_destination_is_a_user_error(snapshot: EventSnapshot, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="Cannot write"):
        write_docx(snapshot, blocker / "out.docx")


def test_failed_write_leaves_no_partial_file(snapshot: EventSnapshot, tmp_path: Path) -> None:
    def broken(attachment: Attachment) -> bytes:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_docx(snapshot, tmp_path / "out.docx", image_source=broken)
    assert list(tmp_path.iterdir()) == []


def _names(text: str) -> list[str]:
    return text.split()


# Word refuses a document whose property elements are out of schema order ("unreadable content"),
# where LibreOffice and python-docx read it happily: check the order itself.
_PPR_ORDER = _names(
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs "
    "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
    "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection "
    "textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
)
_RPR_ORDER = _names(
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid "
    "vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl "
    "cs em lang eastAsianLayout specVanish oMath"
)
_TBLPR_ORDER = _names(
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing "
    "tblInd tblBorders shd tblLayout tblCellMar tblLook"
)


def _out_of_order(root: object, tag: str, order: list[str]) -> list[str]:
    bad = []
    for element in root.iter(qn(f"w:{tag}")):  # type: ignore[attr-defined]
        names = [child.tag.split("}")[1] for child in element]
        positions = [order.index(n) if n in order else -1 for n in names]
        if -1 in positions or positions != sorted(positions):
            bad.append(" ".join(names))
    return bad


def test_properties_follow_the_schema_order_word_requires(
    snapshot: EventSnapshot, tmp_path: Path, image_source: ImageSource
) -> None:
    document = export(snapshot, tmp_path, image_source, language="fr")
    parts = [
        document.element,
        document.styles.element,
        document.sections[0].header._element,
        document.sections[0].footer._element,
    ]
    for root in parts:
        assert _out_of_order(root, "pPr", _PPR_ORDER) == []
        assert _out_of_order(root, "rPr", _RPR_ORDER) == []
        assert _out_of_order(root, "tblPr", _TBLPR_ORDER) == []


def test_event_logo_sits_on_the_cover(tmp_path: Path, image_source: ImageSource) -> None:
    snap = build_snapshot(logo_attachment_id="ph4")
    document = export(snap, tmp_path, image_source)
    first = document.paragraphs[0]
    assert first._p.find(f".//{qn('w:drawing')}") is not None
    logo = document.inline_shapes[0]
    assert logo.height <= int(2.2 * 360_000) and logo.width <= 7 * 360_000


def test_register_columns_hold_their_longest_word_and_dates_whole() -> None:
    from meetingkit.export.docx_writer import column_widths
    from meetingkit.export.outline import Cell, Table

    table = Table(
        header=("Ref.", "Action", "Due", "Status"),
        rows=((Cell("A1"), Cell("A long action " * 8), Cell("15\u00a0Sept\u00a02017"), Cell("Dropped")),),
        widths=(0.5, 6.0, 0.6, 0.4),
    )
    widths = column_widths(table, 9000)
    assert sum(widths) <= 9000
    # A no-break date is one word: its column holds all 12 characters; "Dropped" fits whole too.
    assert widths[2] >= 12 * 115 and widths[3] >= 7 * 115
    # The wide column gave up what the narrow ones needed, and stays the widest.
    assert widths[1] == max(widths)


def test_a_day_without_sessions_is_one_line_without_a_page_break(tmp_path: Path) -> None:
    import dataclasses

    full = build_snapshot()
    snap = dataclasses.replace(full, sessions=tuple(s for s in full.sessions if s.day_id != "d2"))
    document = export(snap, tmp_path)
    lines = [p.text for p in document.paragraphs]
    heading = {
        p.text: i for i, p in enumerate(document.paragraphs) if p.style and p.style.name == "Heading 1"
    }
    day2 = document.paragraphs[heading["Day 2 — Expectations and the role of UCLG"]]
    assert day2._p.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is None
    assert lines[heading[day2.text] + 1] == "Friday, 13 September 2024 · no sessions"
    day3 = document.paragraphs[heading["Day 3 — Synergies and next steps"]]
    assert day3._p.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is not None


@pytest.mark.parametrize(("language", "tag"), [("en", "en-GB"), ("fr", "fr-FR"), ("es", "es-ES")])
def test_file_properties_say_what_who_when_and_which_language(
    snapshot: EventSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, tag: str
) -> None:
    import datetime as dt
    import zipfile

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1726128000")  # reproducible output: 12 Sept 2024, 08:00 UTC
    out = tmp_path / "summary.docx"
    write_docx(snapshot, out, options=ExportOptions(language=language, author="Anna Calvete"))
    document = docx.Document(str(out))
    core = document.core_properties
    assert core.title == "UCLG and Metropolis: Connecting with a world of learners"
    assert core.author == core.last_modified_by == "Anna Calvete"
    assert (
        "UCLG" in core.keywords
        and "Barcelona" in core.keywords
        and "Facilitate peer learning" in core.keywords
    )
    assert "Template" not in core.comments and "--template" not in core.comments
    assert core.created == core.modified == dt.datetime(2024, 9, 12, 8, 0, tzinfo=dt.UTC)
    assert core.language == tag
    normal = document.styles["Normal"].element
    assert normal.find(f"{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val")) == tag
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert defaults.find(qn("w:lang")).get(qn("w:val")) == tag
    with zipfile.ZipFile(out) as package:
        app = package.read("docProps/app.xml").decode("utf-8")
    assert "<Application>meetingkit " in app and "Macintosh" not in app
    # The cover says who prepared it.
    assert any(p.text.endswith("Anna Calvete") for p in document.paragraphs[:8])


def test_without_a_fixed_date_the_properties_carry_the_export_time(
    snapshot: EventSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    created = export(snapshot, tmp_path).core_properties.created
    after = dt.datetime.now(dt.UTC)
    assert created is not None and before <= created <= after
