"""Golden tests of the Markdown -> Word converter: (style, text) sequences and run formatting, read back."""

from __future__ import annotations

import io

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml
from docx.text.paragraph import Paragraph

from meetingkit.export.docx_markdown import MarkdownConverter, safe_url
from meetingkit.export.docx_styles import ensure_styles, template_bytes


class Sink:
    """Resolves styles in a real copy of the shipped template and records links and list restarts."""

    def __init__(self) -> None:
        self.document: DocxDocument = docx.Document(io.BytesIO(template_bytes()))
        self.ids = ensure_styles(self.document, self.document)
        self.links: dict[str, str] = {}
        self.restarts: list[str] = []

    def style(self, role: str) -> str:
        return self.ids[role]

    def hyperlink(self, url: str) -> str:
        return self.links.setdefault(url, f"rId{900 + len(self.links)}")

    def restart_numbering(self, role: str) -> int | None:
        self.restarts.append(role)
        return 100 + len(self.restarts)

    def read(self, xml: list[str]) -> list[Paragraph]:
        body = parse_xml(f"<w:body {nsdecls('w', 'r')}>{''.join(xml)}</w:body>")
        return [Paragraph(p, self.document._body) for p in body.iterfind(qn("w:p"))]


@pytest.fixture
def sink() -> Sink:
    return Sink()


def blocks(sink: Sink, source: str) -> list[tuple[str, str]]:
    paragraphs = sink.read(MarkdownConverter(sink).blocks(source))
    return [(p.style.name if p.style is not None else "", p.text) for p in paragraphs]


def test_plain_text_is_one_body_paragraph(sink: Sink) -> None:
    assert blocks(sink, "  Just a plain note  ") == [("Body Text", "Just a plain note")]


def test_paragraphs_and_nested_lists_map_to_list_styles(sink: Sink) -> None:
    source = (
        "Intro **text**\n\n- one\n    - one.a\n        - deep\n- two\n\n1. first\n2. second\n    1. inner"
    )
    assert blocks(sink, source) == [
        ("Body Text", "Intro text"),
        ("List Bullet", "one"),
        ("List Bullet 2", "one.a"),
        ("List Bullet 3", "deep"),
        ("List Bullet", "two"),
        ("List Number", "first"),
        ("List Number", "second"),
        ("List Number 2", "inner"),
    ]
    assert sink.restarts == ["number-1", "number-2"]


def test_each_numbered_list_restarts_at_one(sink: Sink) -> None:
    xml = MarkdownConverter(sink).blocks("1. a\n2. b\n\nbreak\n\n1. c")
    paragraphs = sink.read(xml)
    num_ids = [
        p._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        for p in paragraphs
        if p.style is not None and p.style.name == "List Number"
    ]
    values = [n.get(qn("w:val")) for n in num_ids if n is not None]
    assert values[0] == values[1] != values[2]


def test_block_quote_code_block_and_note_headings(sink: Sink) -> None:
    source = "# Big heading\n\n> quoted *words*\n> still quoted\n\n    code line 1\n    code <line> 2"
    assert blocks(sink, source) == [
        ("Heading 5", "Big heading"),
        ("Quote", "quoted words still quoted"),
        ("Code Block", "code line 1\ncode <line> 2"),
    ]


def test_run_formatting_bold_italic_code_strike(sink: Sink) -> None:
    xml = MarkdownConverter(sink).blocks("a **bold** and *it* and ***both*** and `x < y` end")
    (paragraph,) = sink.read(xml)
    runs = [
        (r.text, bool(r.bold), bool(r.italic), r.style.name if r.style is not None else "")
        for r in paragraph.runs
    ]
    assert runs == [
        ("a ", False, False, "Default Paragraph Font"),
        ("bold", True, False, "Default Paragraph Font"),
        (" and ", False, False, "Default Paragraph Font"),
        ("it", False, True, "Default Paragraph Font"),
        (" and ", False, False, "Default Paragraph Font"),
        ("both", True, True, "Default Paragraph Font"),
        (" and ", False, False, "Default Paragraph Font"),
        ("x < y", False, False, "Inline Code"),
        (" end", False, False, "Default Paragraph Font"),
    ]


def test_links_become_real_hyperlinks_only_for_safe_schemes(sink: Sink) -> None:
    source = (
        "See [the guide](https://example.org/a b?x=1&y=2), <info@uclg.org>, "
        "[bad](javascript:alert(1)) and [file](file:///etc/passwd)."
    )
    (paragraph,) = sink.read(MarkdownConverter(sink).blocks(source))
    links = paragraph.hyperlinks
    assert [link.text for link in links] == ["the guide", "info@uclg.org"]
    assert all(run.style is not None and run.style.name == "Hyperlink" for link in links for run in link.runs)
    assert set(sink.links) == {"https://example.org/a%20b?x=1&y=2", "mailto:info@uclg.org"}
    assert "bad" in paragraph.text and "file" in paragraph.text
    assert "javascript" not in "".join(sink.links)


def test_no_markdown_syntax_leaks_into_the_text(sink: Sink) -> None:
    source = "## Heading\n\n**bold** _it_ `code`\n\n* star item\n+ plus item\n\n> quote"
    text = "\n".join(t for _, t in blocks(sink, source))
    for marker in ("**", "##", "`", "> ", "* ", "+ ", "_it_"):
        assert marker not in text


def test_raw_html_and_entities_stay_visible_text(sink: Sink) -> None:
    assert blocks(sink, "<b>not bold</b> &amp; &copy; <script>x</script>") == [
        ("Body Text", "<b>not bold</b> & © <script>x</script>")
    ]


def test_entry_puts_lead_first_paragraph_and_trail_on_one_line_rest_nested(sink: Sink) -> None:
    converter = MarkdownConverter(sink)
    lead = '<w:r><w:t xml:space="preserve">A1 </w:t></w:r>'
    trail = '<w:r><w:t xml:space="preserve"> — UCLG</w:t></w:r>'
    xml = converter.entry("Do **this**\n\nMore detail\n\n- sub point", lead=lead, trail=trail)
    paragraphs = sink.read(xml)
    assert [(p.style.name if p.style else "", p.text) for p in paragraphs] == [
        ("List Bullet", "A1 Do this — UCLG"),
        ("List Continue", "More detail"),
        ("List Bullet 2", "sub point"),
    ]


def test_entry_that_is_a_list_takes_the_entry_place(sink: Sink) -> None:
    converter = MarkdownConverter(sink)
    paragraphs = sink.read(converter.entry("1. first\n2. second\n    - detail"))
    assert [(p.style.name if p.style else "", p.text) for p in paragraphs] == [
        ("List Number", "first"),
        ("List Number", "second"),
        ("List Bullet 2", "detail"),
    ]
    with_lead = sink.read(
        converter.entry("- a\n- b", lead='<w:r><w:t xml:space="preserve">10:42 </w:t></w:r>')
    )
    assert [(p.style.name if p.style else "", p.text) for p in with_lead] == [
        ("List Bullet", "10:42 "),
        ("List Bullet 2", "a"),
        ("List Bullet 2", "b"),
    ]


def test_loose_list_items_keep_their_text(sink: Sink) -> None:
    assert blocks(sink, "- one\n\n- two\n\n    second paragraph") == [
        ("List Bullet", "one"),
        ("List Bullet", "two"),
        ("List Continue", "second paragraph"),
    ]


def test_right_to_left_paragraph_gets_bidi_and_rtl_runs(sink: Sink) -> None:
    (paragraph,) = sink.read(MarkdownConverter(sink).blocks("مرحبا بالعالم **مهم** ok"))
    assert paragraph._p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None
    rtl_runs = [r for r in paragraph.runs if r._r.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None]
    assert [r.text for r in rtl_runs] == ["مرحبا بالعالم ", "مهم"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.org/a b", "https://x.org/a%20b"),
        ("HTTP://X.ORG", "HTTP://X.ORG"),
        ("mailto:a@b.org", "mailto:a@b.org"),
        ("javascript:alert(1)", None),
        ("data:text/html,x", None),
        ("/relative", None),
        ("https://exämple.org/ü", "https://ex%C3%A4mple.org/%C3%BC"),
    ],
)
def test_safe_url(url: str, expected: str | None) -> None:
    assert safe_url(url) == expected
