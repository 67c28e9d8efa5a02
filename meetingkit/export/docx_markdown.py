"""Notes' Markdown to WordprocessingML: one converter mapping Markdown elements onto the template's named styles.

The note is parsed by markdown_pipeline.parse_note, the tree every format shares (raw HTML stays visible
text, only http/https/mailto links); each element maps to a style role of docx_styles.STYLES or to run
formatting: paragraphs, note headings, nested bullet and numbered lists, block quotes, fenced code blocks,
pipe tables; bold, italic, strike-through, inline code, line breaks and real hyperlinks.

Output is WordprocessingML text (`<w:p>` strings) that the writer parses once for the whole body: building
strings and parsing in one pass is many times faster than creating python-docx objects one by one.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import quote

from meetingkit.core.text import chunks, is_rtl, xml_safe
from meetingkit.export import markdown_pipeline

# libxml2 refuses text nodes above 10 MB; long notes are written as several runs far below that.
MAX_RUN_CHARS = 100_000

_RTL_CHAR = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]")


class DocxSink(Protocol):
    """What the converter needs from the document being written."""

    def style(self, role: str) -> str:
        """The styleId of a docx_styles role."""
        ...

    def hyperlink(self, url: str) -> str:
        """The relationship id of an external hyperlink to `url`."""
        ...

    def restart_numbering(self, role: str) -> int | None:
        """A fresh numId for the numbered-list style `role`, starting again at 1 (None: none available)."""
        ...


def escape(text: str) -> str:
    """XML-safe, escaped character data."""
    return xml_safe(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attr(text: str) -> str:
    return escape(text).replace('"', "&quot;")


def has_rtl(text: str) -> bool:
    return _RTL_CHAR.search(text) is not None


@dataclass(frozen=True, slots=True)
class Fmt:
    """Run formatting inherited down the Markdown tree."""

    bold: bool = False
    italic: bool = False
    strike: bool = False
    char_style: str = ""


PLAIN = Fmt()


def run_xml(text: str, fmt: Fmt = PLAIN, *, breaks: bool = True) -> str:
    """One or more `<w:r>` for `text`; '\\n' becomes a line break (or a space when `breaks` is False)."""
    text = xml_safe(text)
    if not text:
        return ""
    rtl = has_rtl(text)
    rpr = []
    if fmt.char_style:
        rpr.append(f'<w:rStyle w:val="{fmt.char_style}"/>')
    if fmt.bold:
        rpr.append("<w:b/><w:bCs/>")
    if fmt.italic:
        rpr.append("<w:i/><w:iCs/>")
    if fmt.strike:
        rpr.append("<w:strike/>")
    if rtl:
        rpr.append("<w:rtl/>")
    open_run = f"<w:r><w:rPr>{''.join(rpr)}</w:rPr>" if rpr else "<w:r>"
    if not breaks:
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    out: list[str] = []
    for piece in chunks(text, MAX_RUN_CHARS) if len(text) > MAX_RUN_CHARS else (text,):
        body = (
            piece.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\r\n", "\n")
            .replace("\r", "\n")
        )
        content = '<w:t xml:space="preserve">' + body + "</w:t>"
        if "\n" in content:
            content = content.replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
        if "\t" in content:
            content = content.replace("\t", '</w:t><w:tab/><w:t xml:space="preserve">')
        out.append(open_run + content + "</w:r>")
    return "".join(out)


@dataclass(slots=True)
class Para:
    """A paragraph being assembled: its style, extra pPr, content XML and plain text (for direction)."""

    style_id: str
    parts: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    ppr_extra: str = ""

    def add(self, text: str, fmt: Fmt = PLAIN, *, breaks: bool = False) -> None:
        if text:
            self.parts.append(run_xml(text, fmt, breaks=breaks))
            self.text.append(text)

    def add_xml(self, xml: str, text: str = "") -> None:
        self.parts.append(xml)
        if text:
            self.text.append(text)

    def xml(self) -> str:
        return paragraph_xml(
            self.style_id, "".join(self.parts), rtl=is_rtl("".join(self.text)), ppr=self.ppr_extra
        )


def paragraph_xml(
    style_id: str, content: str, *, rtl: bool = False, ppr: str = "", ppr_tail: str = ""
) -> str:
    """A `<w:p>`; `ppr` goes right after pStyle (keepNext, numPr...), `ppr_tail` after bidi (jc...)."""
    bidi = "<w:bidi/>" if rtl else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{ppr}{bidi}{ppr_tail}</w:pPr>{content}</w:p>'


def safe_url(url: str) -> str | None:
    """The URL percent-encoded for a relationship target, or None when its scheme is not allowed."""
    url = markdown_pipeline.safe_url(xml_safe(url).strip()) or ""
    if not url:
        return None
    # Word rejects a document whose hyperlink target is not a valid URI (spaces, raw non-ASCII).
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~")


_BLOCK_TAGS = frozenset(
    {"p", "ul", "ol", "blockquote", "pre", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "div"}
)


class MarkdownConverter:
    """Turns Markdown into `<w:p>` strings through the named styles of one document."""

    def __init__(self, sink: DocxSink) -> None:
        self.sink = sink
        self.style = sink.style

    # ------------------------------------------------------------------------------------- public API

    def blocks(
        self, source: str, *, container: str = "body", lead: str = "", lead_text: str = "", trail: str = ""
    ) -> list[str]:
        """All blocks of `source`; `container` is 'body' or 'quote' (every paragraph in the Quote style).

        `lead`/`trail` are run XML put at the start / end of the first paragraph.
        """
        role = "quote" if container == "quote" else "body"
        root = markdown_pipeline.parse_note(source)
        out: list[str] = []
        children = list(root)
        if children and children[0].tag == "p":
            para = Para(self.style(role))
            para.add_xml(lead, lead_text)
            self.inline(children[0], para, PLAIN)
            para.add_xml(trail)
            out.append(para.xml())
            children = children[1:]
        elif lead or trail:
            para = Para(self.style(role))
            para.add_xml(lead, lead_text)
            para.add_xml(trail)
            out.append(para.xml())
        self.render(children, out, depth=0, role=role)
        return out

    def entry(
        self,
        source: str,
        *,
        numbered: bool = False,
        depth: int = 1,
        num_id: int | None = None,
        lead: str = "",
        lead_text: str = "",
        trail: str = "",
    ) -> list[str]:
        """One list entry: lead runs, the note's first paragraph inline, trail runs; the rest nested below."""
        para = Para(self.style(self._list_role(numbered, depth)), ppr_extra=_num_pr(num_id))
        para.add_xml(lead, lead_text)
        if not source.strip():
            para.add_xml(trail)
            return [para.xml()]
        root = markdown_pipeline.parse_note(source)
        children = list(root)
        if children and children[0].tag == "p":
            self.inline(children[0], para, PLAIN)
            children = children[1:]
        elif children and children[0].tag in ("ul", "ol") and not lead and not trail:
            # A note that is itself a list takes the entry's place rather than hanging under an empty bullet.
            out: list[str] = []
            self.render(children, out, depth=depth - 1, role=f"continue-{min(depth, 3)}")
            return out
        para.add_xml(trail)
        out = [para.xml()]
        self.render(children, out, depth=depth, role=f"continue-{min(depth, 3)}")
        return out

    # ------------------------------------------------------------------------------------------ blocks

    @staticmethod
    def _list_role(numbered: bool, depth: int) -> str:
        return f"{'number' if numbered else 'bullet'}-{max(1, min(depth, 3))}"

    def render(self, elements: Iterable[ET.Element], out: list[str], *, depth: int, role: str) -> None:
        """Block elements at list depth `depth` (0: not in a list); `role` styles plain paragraphs."""
        for el in elements:
            tag = el.tag
            if tag == "p":
                para = Para(self.style(role))
                self.inline(el, para, PLAIN)
                out.append(para.xml())
            elif tag in ("ul", "ol"):
                self.list_block(el, out, depth=depth + 1)
            elif tag == "blockquote":
                self.render(list(el), out, depth=depth, role="quote")
            elif tag == "pre":
                para = Para(self.style("code-block"))
                para.add("".join(el.itertext()).rstrip("\n"), breaks=True)
                out.append(para.xml())
            elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                para = Para(self.style("heading-5"))
                self.inline(el, para, PLAIN)
                out.append(para.xml())
            elif tag == "table":
                out.append(self.table(el))
            elif tag == "hr":
                continue
            else:
                if el.text and el.text.strip():
                    para = Para(self.style(role))
                    self.inline(el, para, PLAIN)
                    out.append(para.xml())
                else:
                    self.render(list(el), out, depth=depth, role=role)

    def table(self, el: ET.Element) -> str:
        """A note's pipe table as a Word table in the register's style, spread over the text width."""
        rows: list[str] = []
        for tr in el.iter("tr"):
            cells = list(tr)
            heading = bool(cells) and all(c.tag == "th" for c in cells)
            role = "table-heading" if heading else "table-text"
            tcs = []
            for cell in cells:
                para = Para(self.style(role))
                self.inline(cell, para, PLAIN)
                tcs.append(f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>{para.xml()}</w:tc>')
            header = "<w:tblHeader/>" if heading else ""
            rows.append(f"<w:tr><w:trPr><w:cantSplit/>{header}</w:trPr>{''.join(tcs)}</w:tr>")
        columns = max((len(list(tr)) for tr in el.iter("tr")), default=1)
        # Word wants a grid; the widths only seed its autofit over the full text width (pct 5000 = 100 %).
        grid = "".join(f'<w:gridCol w:w="{9000 // columns}"/>' for _ in range(columns))
        return (
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.style("register-table")}"/>'
            '<w:tblW w:w="5000" w:type="pct"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0"'
            ' w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
        )

    def list_block(self, el: ET.Element, out: list[str], *, depth: int) -> None:
        numbered = el.tag == "ol"
        role = self._list_role(numbered, depth)
        num_id = self.sink.restart_numbering(role) if numbered else None
        for li in el.iterfind("li"):
            para = Para(self.style(role), ppr_extra=_num_pr(num_id))
            children = list(li)
            rest: list[ET.Element] = []
            # Tight items hold inline content directly; loose ones wrap it in <p>.
            if (li.text and li.text.strip()) or not children or children[0].tag not in _BLOCK_TAGS:
                inline_part: list[ET.Element] = []
                for i, child in enumerate(children):
                    if child.tag in _BLOCK_TAGS:
                        rest = children[i:]
                        break
                    inline_part.append(child)
                self._inline_parts(li.text, inline_part, para, PLAIN)
            else:
                if children[0].tag == "p":
                    self.inline(children[0], para, PLAIN)
                    rest = children[1:]
                else:
                    rest = children
            out.append(para.xml())
            self.render(rest, out, depth=depth, role=f"continue-{min(depth, 3)}")

    # ------------------------------------------------------------------------------------------ inline

    def inline(self, el: ET.Element, para: Para, fmt: Fmt) -> None:
        self._inline_parts(el.text, list(el), para, fmt)

    def _inline_parts(self, text: str | None, children: list[ET.Element], para: Para, fmt: Fmt) -> None:
        if text:
            para.add(text, fmt)
        for child in children:
            self._inline_element(child, para, fmt)
            if child.tail:
                para.add(child.tail, fmt)

    def _inline_element(self, el: ET.Element, para: Para, fmt: Fmt) -> None:
        tag = el.tag
        if tag in ("strong", "b"):
            self.inline(el, para, Fmt(True, fmt.italic, fmt.strike, fmt.char_style))
        elif tag in ("em", "i"):
            self.inline(el, para, Fmt(fmt.bold, True, fmt.strike, fmt.char_style))
        elif tag in ("del", "s"):
            self.inline(el, para, Fmt(fmt.bold, fmt.italic, True, fmt.char_style))
        elif tag == "code":
            para.add("".join(el.itertext()), Fmt(fmt.bold, fmt.italic, fmt.strike, self.style("code")))
        elif tag == "br":
            para.add_xml("<w:r><w:br/></w:r>")
        elif tag == "a":
            url = safe_url(el.get("href", ""))
            if url is None:
                self.inline(el, para, fmt)
                return
            inner = Para(para.style_id)
            self.inline(el, inner, Fmt(fmt.bold, fmt.italic, fmt.strike, self.style("hyperlink")))
            rid = self.sink.hyperlink(url)
            para.add_xml(
                f'<w:hyperlink r:id="{rid}" w:history="1">{"".join(inner.parts)}</w:hyperlink>',
                "".join(inner.text),
            )
        elif tag == "img":
            para.add(el.get("alt", ""), fmt)
        else:
            self.inline(el, para, fmt)


def _num_pr(num_id: int | None) -> str:
    if num_id is None:
        return ""
    return f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
