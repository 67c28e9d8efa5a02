"""One corpus of notes reads alike in Word, the HTML page, the Markdown file and the app's preview.

Each note is a session summary; every output is read back (python-docx, an HTML parser, the Markdown
file parsed again) into the same (kind, text, inline marks) sequence and the four are compared.
"""

from __future__ import annotations

import dataclasses
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from docx import Document
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from meetingkit.core.model import EventSnapshot
from meetingkit.export.docx_writer import write_docx
from meetingkit.export.html_writer import render_html_document
from meetingkit.export.markdown_pipeline import note_html
from meetingkit.export.md_writer import render_markdown_document
from meetingkit.export.outline import build_outline
from meetingkit.ui.markdown_html import render_markdown as preview_html

from .conftest import build_snapshot

BEGIN, END = "NOTEBEGINS", "NOTEENDS"

Mark = tuple[str, ...]
Block = tuple[str, str, tuple[Mark, ...]]

CORPUS: dict[str, str] = {
    "list under a line": "Points raised:\n- peer learning\n- **knowledge** management",
    "fenced code": "Example:\n\n```python\n# not a heading\nprint(1 < 2 and 'x')\n```\n\nAfter the code.",
    "table": "| City | Role |\n|---|---|\n| Barcelona | host |\n| Seoul | *guest* |",
    "links": "See [the guide](https://uclg.org/guide), [bad](javascript:alert(1)) and <https://metropolis.org>.",
    "quote": "> Cities learn from cities.\n>\n> Second **paragraph**.",
    "nested lists": "1. first\n2. second\n    - nested a\n    - nested b\n3. third",
    "raw html": "<b>not bold</b> <script>alert(1)</script> & <!-- hidden --> <img src=x onerror=alert(1)>",
    "heading and code span": "### A note heading\n\nText under it with `a < b` inline.",
    "hostile": "[x](<javascript:alert(1)>) ![img](file:///etc/passwd) \\*lit\\* &copy; [ok](mailto:a@b.org)",
}


# ------------------------------------------------------------------------------------ HTML reader


class _HtmlBlocks(HTMLParser):
    """Blocks of rendered HTML: paragraphs, list items with their kind and depth, code, quotes, cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.lists: list[str] = []
        self.stack: list[str] = []
        self.current: tuple[str, list[str], list[Mark]] | None = None
        self.inline: list[tuple[str, str, list[str]]] = []  # open strong/code/a with their text
        self.strong_ended = -1  # where in the current block the last bold run ended

    def _open_block(self, kind: str) -> None:
        self._close_block()
        self.current = (kind, [], [])
        self.strong_ended = -1

    def _close_block(self) -> None:
        if self.current is not None:
            kind, text, marks = self.current
            joined = "".join(text)
            joined = joined.strip("\n") if kind == "code" else " ".join(joined.split())
            if joined:
                self.blocks.append((kind, joined, tuple(sorted(marks))))
        self.current = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        if tag in ("ul", "ol"):
            self._close_block()
            self.lists.append(tag)
        elif tag == "li":
            self._open_block(f"item {self.lists[-1]} {len(self.lists)}")
        elif tag == "p" and "li" not in self.stack[:-1]:
            self._open_block("quote" if "blockquote" in self.stack else "p")
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._open_block("quote heading" if "blockquote" in self.stack else "heading")
        elif tag == "pre":
            self._open_block("code")
        elif tag in ("td", "th"):
            self._open_block("cell")
        elif tag == "strong" and "strong" in self.stack[:-1]:
            self.stack[-1] = "nested strong"  # bold inside bold looks the same: one mark
        elif tag in ("strong", "a") or (tag == "code" and "pre" not in self.stack[:-1]):
            self.inline.append((tag, dict(attrs).get("href") or "", []))
            if tag == "strong" and self.current is not None and self.strong_ended == len(self.current[1]):
                # Bold right after bold reads as one bold run.
                self.inline[-1][2].append(self.current[2].pop()[1])

    def handle_endtag(self, tag: str) -> None:
        if tag == "strong" and self.stack and self.stack[-1] == "nested strong":
            self.stack.pop()
            return
        while self.stack and self.stack.pop() != tag:
            pass
        if tag in ("ul", "ol"):
            self._close_block()
            self.lists.pop()
        elif tag in ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "th"):
            self._close_block()
        elif self.inline and self.inline[-1][0] == tag:
            kind, href, text = self.inline.pop()
            shown = " ".join("".join(text).split())  # as a browser shows it
            mark = ("link", shown, href) if kind == "a" else (kind, shown)
            if kind == "strong" and self.current is not None:
                self.strong_ended = len(self.current[1])
            if self.current is not None and mark[1].strip():  # an empty span shows nothing
                self.current[2].append(mark)

    def handle_data(self, data: str) -> None:
        if self.current is not None:
            self.current[1].append(data)
        for _, _, text in self.inline:
            text.append(data)


def html_blocks(html: str) -> list[Block]:
    reader = _HtmlBlocks()
    reader.feed(html)
    reader.close()
    reader._close_block()
    return reader.blocks


def between(blocks: list[Block]) -> list[Block]:
    texts = [b[1] for b in blocks]
    return blocks[texts.index(BEGIN) + 1 : texts.index(END)]


# ------------------------------------------------------------------------------------ Word reader

_DOCX_KINDS = {"Body Text": "p", "Quote": "quote", "Code Block": "code", "Heading 5": "heading"}


def _docx_paragraph(paragraph: DocxParagraph) -> Block:
    style = paragraph.style.name if paragraph.style is not None else ""
    if style.startswith(("List Bullet", "List Number")):
        depth = style.rsplit(" ", 1)[-1]
        kind = f"item {'ul' if style.startswith('List Bullet') else 'ol'} {depth if depth.isdigit() else 1}"
    elif style in ("Table Heading", "Table Text"):
        kind = "cell"
    else:
        kind = _DOCX_KINDS.get(style, f"unexpected style {style}")
    marks: list[Mark] = []
    for part in paragraph.iter_inner_content():
        if isinstance(part, DocxParagraph.__mro__[0]) or not hasattr(part, "bold"):
            marks.append(("link", part.text, part.address))
            continue
        if part.bold and part.text:
            if marks and marks[-1][0] == "strong":
                marks[-1] = ("strong", marks[-1][1] + part.text)
            else:
                marks.append(("strong", part.text))
        if part.style is not None and part.style.name == "Inline Code":
            marks.append(("code", part.text))
    text = paragraph.text.strip("\n") if kind == "code" else " ".join(paragraph.text.split())
    return kind, text, tuple(sorted(marks))


def docx_blocks(path: Path) -> list[Block]:
    document = Document(str(path))
    blocks: list[Block] = []
    for part in document.iter_inner_content():
        if isinstance(part, DocxTable):
            for row in part.rows:
                for cell in row.cells:
                    blocks.extend(_docx_paragraph(p) for p in cell.paragraphs)
        else:
            blocks.append(_docx_paragraph(part))
    return [b for b in blocks if b[1]]


# ------------------------------------------------------------------------------------- the outputs


def snapshot_with_summary(note: str) -> EventSnapshot:
    base = build_snapshot()
    first = dataclasses.replace(base.sessions[0], summary=f"{BEGIN}\n\n{note}\n\n{END}")
    return dataclasses.replace(base, sessions=(first, *base.sessions[1:]))


def four_readings(note: str, tmp_path: Path) -> dict[str, list[Block]]:
    outline = build_outline(snapshot_with_summary(note))
    write_docx(outline, tmp_path / "s.docx")
    markdown_file = render_markdown_document(outline)
    return {
        "word": between(docx_blocks(tmp_path / "s.docx")),
        "html": between(html_blocks(render_html_document(outline))),
        "markdown file": between(html_blocks(note_html(markdown_file))),
        "preview": html_blocks(preview_html(note)),
    }


def as_in_markdown_file(blocks: list[Block]) -> list[Block]:
    # By design the Markdown file writes a note's heading as a bold line, so that a note cannot add
    # entries to the document's own outline (Word and HTML use a minor heading style below it).
    written = {"heading": "p", "quote heading": "quote"}
    return [
        (written[kind], text, tuple(sorted((("strong", text), *marks))))
        if kind in written
        else (kind, text, marks)
        for kind, text, marks in blocks
    ]


@pytest.mark.parametrize("name", list(CORPUS))
def test_the_four_outputs_read_alike(name: str, tmp_path: Path) -> None:
    readings = four_readings(CORPUS[name], tmp_path)
    preview = readings["preview"]
    assert preview, "the note shows something"
    assert readings["word"] == preview
    assert readings["html"] == preview
    assert readings["markdown file"] == as_in_markdown_file(preview)


def test_what_the_corpus_reads_as(tmp_path: Path) -> None:
    """The shared structure is the right one, not only the same one."""
    read = {name: html_blocks(preview_html(note)) for name, note in CORPUS.items()}
    assert read["list under a line"] == [
        ("p", "Points raised:", ()),
        ("item ul 1", "peer learning", ()),
        ("item ul 1", "knowledge management", (("strong", "knowledge"),)),
    ]
    assert read["fenced code"] == [
        ("p", "Example:", ()),
        ("code", "# not a heading\nprint(1 < 2 and 'x')", ()),
        ("p", "After the code.", ()),
    ]
    assert [text for _, text, _ in read["table"]] == ["City", "Role", "Barcelona", "host", "Seoul", "guest"]
    assert read["links"][0][2] == (
        ("link", "https://metropolis.org", "https://metropolis.org"),
        ("link", "the guide", "https://uclg.org/guide"),
    )
    assert read["nested lists"] == [
        ("item ol 1", "first", ()),
        ("item ol 1", "second", ()),
        ("item ul 2", "nested a", ()),
        ("item ul 2", "nested b", ()),
        ("item ol 1", "third", ()),
    ]
    assert read["raw html"] == [
        ("p", "<b>not bold</b> <script>alert(1)</script> & <!-- hidden --> <img src=x onerror=alert(1)>", ())
    ]
    assert read["hostile"] == [
        ("p", "x img *lit* © ok", (("link", "ok", "mailto:a@b.org"),)),
    ]


_WORDS = st.sampled_from(["plain", "**bold**", "`code`", "[l](https://x.org)", "<i>", "&amp;", "word"])
_LINES = st.lists(_WORDS, min_size=1, max_size=4).map(" ".join)
_BLOCKS = st.one_of(
    _LINES,
    st.lists(_LINES, min_size=1, max_size=3).map(lambda lines: "\n".join(f"- {line}" for line in lines)),
    _LINES.map(lambda line: f"Intro:\n1. {line}\n2. {line}"),
    _LINES.map(lambda line: f"```\n{line}\n```"),
    _LINES.map(lambda line: f"> {line}"),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_BLOCKS, min_size=1, max_size=4).map("\n\n".join))
def test_generated_notes_read_alike_in_html_and_the_markdown_file(note: str) -> None:
    # Word is checked on the corpus above (a document per example is too slow for a property test).
    outline = build_outline(snapshot_with_summary(note))
    html = between(html_blocks(render_html_document(outline)))
    assert html == html_blocks(preview_html(note))
    assert between(html_blocks(note_html(render_markdown_document(outline)))) == as_in_markdown_file(html)
    # A reader without our extensions (plain Python-Markdown with fenced code) sees the same blocks.
    plain_reader = markdown.markdown(
        render_markdown_document(outline), extensions=["fenced_code", "sane_lists"]
    )
    assert [b[:2] for b in between(html_blocks(plain_reader))] == [b[:2] for b in as_in_markdown_file(html)]


_HOSTILE = st.lists(
    st.sampled_from([*"ab -*_`#>|[]()!<&;:\\\n1.~=é", "https://x.org", "javascript:", "  \n", "    "]),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_HOSTILE)
@example(">\n    a")  # code in a quote: Python-Markdown reads no fence there
@example("<https://x.org a>")  # a space in an address
def test_any_note_written_to_markdown_reads_back_to_the_same_blocks(note: str) -> None:
    from meetingkit.export.markdown_safe import note_markdown

    expected = as_in_markdown_file(html_blocks(note_html(note)))
    assert html_blocks(note_html(note_markdown(note))) == expected
