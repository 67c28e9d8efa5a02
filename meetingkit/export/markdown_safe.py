"""Safe handling of users' Markdown: rendering to HTML and disarming it for Markdown output (no Qt here)."""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as etree
from collections.abc import Iterator
from urllib.parse import quote

import markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE

from meetingkit.core.text import clean_line, is_rtl

__all__ = [
    "SAFE_SCHEMES",
    "document_href",
    "escape_markdown",
    "neutralise_markdown",
    "render_markdown",
    "render_markdown_entry",
    "safe_markdown",
    "safe_url",
]

SAFE_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
# Browsers drop ASCII tab and newline anywhere in a URL and C0 controls and spaces at its ends, so
# "java\tscript:" is javascript: to them; the check must see the URL as they will.
_URL_JUNK = re.compile(r"[\x00-\x20\x7f]")
# Characters kept as they are when a URL is re-quoted: the reserved set and "%" of existing escapes.
_URL_SAFE = "/:?#[]@!$&'()*+,;=%~"


def safe_url(url: str) -> str | None:
    """`url` as a browser would read it when its scheme is http, https or mailto; None otherwise.

    Relative links are refused too: a link inside a note only makes sense to the outside world.
    """
    text = html.unescape(url.replace(AMP_SUBSTITUTE, "&"))
    text = _URL_JUNK.sub("", text)
    match = _SCHEME.match(text)
    if match is None or match.group(1).lower() not in SAFE_SCHEMES:
        return None
    return text


_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")


def document_href(href: str) -> str | None:
    """A link our own writers emit (`ExportOptions.link_for`): a relative path inside the pack,
    percent-encoded, or an http/https/mailto URL; None for anything else (absolute paths, other schemes)."""
    href = href.strip()
    if not href:
        return None
    url = safe_url(href)
    if url is not None:
        return quote(url, safe=_URL_SAFE)
    if _SCHEME.match(href) or _WINDOWS_DRIVE.match(href) or href.startswith(("/", "\\")):
        return None
    return quote(href.replace("\\", "/"), safe="/#")


# ---------------------------------------------------------------------------------- HTML rendering

_BLOCK_DIR_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dd", "dt"})
_HEADING = re.compile(r"h([1-6])")


class _SanitiseLinks(Treeprocessor):
    """Only http/https/mailto links survive; images become links (a note must not load remote pixels)."""

    heading_offset = 0

    def run(self, root: etree.Element) -> None:
        for el in root.iter():
            tag = el.tag
            if tag == "a":
                url = safe_url(el.get("href", ""))
                title = el.get("title")
                el.attrib.clear()
                if url is None:
                    el.tag = "span"
                else:
                    el.set("href", url)
                    if title:
                        el.set("title", title)
            elif tag == "img":
                url = safe_url(el.get("src", ""))
                alt = el.get("alt", "")
                el.attrib.clear()
                if url is None:
                    el.tag = "span"
                    el.text = alt
                else:
                    el.tag = "a"
                    el.set("href", url)
                    el.text = alt or url
            elif isinstance(tag, str):
                heading = _HEADING.fullmatch(tag)
                if heading and self.heading_offset:
                    el.tag = f"h{min(6, int(heading.group(1)) + self.heading_offset)}"
                if el.tag in _BLOCK_DIR_TAGS and is_rtl("".join(el.itertext())):
                    el.set("dir", "rtl")


_LIST_LINE = re.compile(r"^ {0,3}(?:[-*+]|1[.)])[ \t]+\S")


class ListsInterruptParagraphs(Preprocessor):
    """A list may start right under a paragraph line, as in CommonMark and GitHub.

    Rapporteurs type "Points:" and a dash list on the next line; Python-Markdown would otherwise
    keep the dashes as text. Runs after fenced code is stashed, so code is never touched.
    """

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        state = "blank"  # "blank", "para" or "list": the kind of the block being read
        for line in lines:
            if not line.strip():
                state = "blank"
            elif _LIST_LINE.match(line):
                if state == "para":
                    out.append("")
                state = "list"
            elif state == "blank":
                state = "para"
            out.append(line)
        return out


class _SafeExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # Raw HTML is never passed through: without these two, '<' in a note stays text and is escaped.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.preprocessors.register(ListsInterruptParagraphs(md), "lists_interrupt", 15)
        md.treeprocessors.register(_SanitiseLinks(md), "sanitise_links", 5)


def safe_markdown(heading_offset: int = 0) -> markdown.Markdown:
    """A fresh Python-Markdown converter with our rules (raw HTML escaped, safe links only,
    right-to-left blocks marked, headings shifted down by `heading_offset`).

    One converter is not thread-safe; `render_markdown` keeps one per thread.
    """
    md = markdown.Markdown(extensions=["sane_lists", "fenced_code", _SafeExtension()], output_format="html")
    sanitiser = md.treeprocessors["sanitise_links"]
    assert isinstance(sanitiser, _SanitiseLinks)
    sanitiser.heading_offset = heading_offset
    return md


_local = threading.local()


def _converter(heading_offset: int) -> markdown.Markdown:
    cache: dict[int, markdown.Markdown] | None = getattr(_local, "converters", None)
    if cache is None:
        cache = {}
        _local.converters = cache
    md = cache.get(heading_offset)
    if md is None:
        md = cache[heading_offset] = safe_markdown(heading_offset)
    return md


# Anything that could be Markdown syntax sends a note through the parser; most captured notes are one
# plain line, and skipping the parser for them makes a 10,000-item page several times faster.
_MAYBE_MARKUP = re.compile(r"[\\`*_\[\]<>!#&|~\n\r\t]|^[\s\d+\-=]")


def render_markdown(text: str, *, heading_offset: int = 0) -> str:
    """Safe HTML for the user's Markdown `text`: raw HTML shown as text, only http/https/mailto links,
    text XML cannot hold removed, right-to-left paragraphs with dir="rtl". Thread-safe."""
    source = clean_line(text)
    if not source.strip():
        return ""
    if _MAYBE_MARKUP.search(source) is None:
        direction = ' dir="rtl"' if is_rtl(source) else ""
        return f"<p{direction}>{source}</p>"
    md = _converter(heading_offset)
    md.reset()
    return md.convert(source)


_FIRST_PARAGRAPH = re.compile(r"<p(?: dir=\"rtl\")?>(.*?)</p>\s*", re.DOTALL)


def render_markdown_entry(text: str, *, heading_offset: int = 0) -> tuple[str, str]:
    """(inline HTML of the first paragraph, HTML of the blocks after it), for a list entry that reads
    'lead, first paragraph, trail' with any further blocks below it.

    When the Markdown does not start with a paragraph (a list, a heading), the first part is empty.
    """
    rendered = render_markdown(text, heading_offset=heading_offset)
    # Safe to cut on the first "</p>": paragraphs cannot nest and raw HTML from the user is escaped.
    match = _FIRST_PARAGRAPH.match(rendered)
    if match is None:
        return "", rendered
    return match.group(1), rendered[match.end() :]


# ---------------------------------------------------------------------------- Markdown output


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
# A link destination right after "](": <...>, or a run with at most one level of balanced parentheses.
_INLINE_LINK = re.compile(
    r"\]\((?P<space>[ \t]*\n?[ \t]*)(?P<dest><[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)"
)
_REFERENCE_DEF = re.compile(
    r"^(?P<indent> {0,3})\[(?P<label>[^\]\n]+)\]:[ \t]*(?P<dest><[^<>\n]*>|\S+)", re.MULTILINE
)
_SAFE_AUTOLINK = re.compile(r"<(?:https?|mailto):[^<>\s]*>", re.IGNORECASE)
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
# Python-Markdown reads "&#1" as a character reference even without its semicolon.
_ENTITY_LIKE = re.compile(r"&(?=#[0-9]|#[xX][0-9A-Fa-f]|[A-Za-z0-9]+;)")
_BACKSLASH = re.compile(r"\\(.)")
# "![" not escaped by a backslash: the start of an image.
_IMAGE_START = re.compile(r"(?<!\\)((?:\\\\)*)!\[")


def _destination(raw: str) -> str:
    dest = raw[1:-1] if raw.startswith("<") and raw.endswith(">") else raw
    return _BACKSLASH.sub(r"\1", dest)


def _disarm_text(text: str) -> str:
    """Break unsafe links and raw HTML in a piece of Markdown that holds no code."""

    def inline(m: re.Match[str]) -> str:
        if safe_url(_destination(m.group("dest"))) is not None:
            return m.group(0)
        # "\(" is an escaped parenthesis, so the whole construct now reads as plain text.
        return "]\\(" + m.group("space") + m.group("dest")

    def definition(m: re.Match[str]) -> str:
        if safe_url(_destination(m.group("dest"))) is not None:
            return m.group(0)
        return m.group("indent") + "\\[" + m.group(0)[len(m.group("indent")) + 1 :]

    # An image would make the reader fetch remote pixels when the file is opened; as in the HTML
    # (_SanitiseLinks), it becomes a link: "\\!" shows the "!" and what follows reads as a link.
    text = _IMAGE_START.sub(r"\1\\![", text)
    text = _INLINE_LINK.sub(inline, text)
    text = _REFERENCE_DEF.sub(definition, text)
    pieces: list[str] = []
    last = 0
    for m in _SAFE_AUTOLINK.finditer(text):
        pieces.append(_TAG_START.sub("&lt;", text[last : m.start()]))
        pieces.append(m.group(0))
        last = m.end()
    pieces.append(_TAG_START.sub("&lt;", text[last:]))
    return "".join(pieces)


def _split_fences(text: str) -> Iterator[tuple[bool, str]]:
    """(is_code, piece) over `text`, each piece whole lines ending in a newline: fenced blocks are code."""
    prose: list[str] = []
    code: list[str] = []
    fence: str | None = None
    for line in text.split("\n"):
        if fence is None:
            opening = _FENCE.match(line)
            if opening:
                if prose:
                    yield False, "\n".join(prose) + "\n"
                    prose = []
                fence = opening.group(1)
                code = [line]
            else:
                prose.append(line)
        else:
            code.append(line)
            closing = _FENCE.match(line)
            if closing and closing.group(1)[0] == fence[0] and len(closing.group(1)) >= len(fence):
                yield True, "\n".join(code) + "\n"
                fence = None
    if fence is not None:
        yield True, "\n".join(code) + "\n"
    if prose:
        yield False, "\n".join(prose) + "\n"


def _closed_fence(piece: str) -> str:
    """A fenced block from _split_fences, closed if the note left it open: otherwise a CommonMark viewer
    shows the rest of the whole document as code, and one without fences reads the block as prose."""
    lines = piece.rstrip("\n").split("\n")
    opening = _FENCE.match(lines[0])
    closing = _FENCE.match(lines[-1]) if len(lines) > 1 else None
    if opening is None:
        return piece
    fence = opening.group(1)
    if closing is not None and closing.group(1)[0] == fence[0] and len(closing.group(1)) >= len(fence):
        return piece
    return piece + fence + "\n"


def _split_spans(text: str) -> Iterator[tuple[bool, str]]:
    """(is_code, piece) over prose: inline code spans are code."""
    last = 0
    for m in _CODE_SPAN.finditer(text):
        yield False, text[last : m.start()]
        yield True, m.group(0)
        last = m.end()
    yield False, text[last:]


_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_BLOCK_START = re.compile(r"^ {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|>|#|`{3}|~{3})|^ {4}")


def _bold_headings(text: str) -> str:
    """Headings become bold paragraphs, so a note cannot add entries to the document's outline."""
    out: list[str] = []
    for line in text.split("\n"):
        atx = _ATX_HEADING.match(line)
        if atx:
            content = (atx.group(1) or "").strip()
            out.append(f"**{content}**" if content else "")
            continue
        previous = out[-1] if out else ""
        if (
            _SETEXT_UNDERLINE.match(line)
            and previous.strip()
            and not _BLOCK_START.match(previous)
            and not previous.startswith("**")
        ):
            out[-1] = f"**{previous.strip()}**"
            out.append("")
            continue
        out.append(line)
    return "\n".join(out)


def neutralise_markdown(text: str, *, flatten_headings: bool = False) -> str:
    """The user's Markdown made safe to write into a .md file: raw HTML tags and links whose scheme is
    not http, https or mailto (or that are relative) read as text; code is left alone.
    `flatten_headings` turns the note's own headings into bold paragraphs.

    Markdown viewers differ in what they sanitise; this makes the file safe in the least careful one.
    """
    source = clean_line(text).replace("\r\n", "\n").replace("\r", "\n")
    parts: list[str] = []
    for is_fence, piece in _split_fences(source):
        if is_fence:
            parts.append(_closed_fence(piece))
            continue
        prose = _bold_headings(piece) if flatten_headings else piece
        parts.extend(span if is_code else _disarm_text(span) for is_code, span in _split_spans(prose))
    out = "".join(parts)
    return out[:-1] if out.endswith("\n") and not source.endswith("\n") else out


_MD_SPECIAL = re.compile(r"([\\`*_\[\]])")
_LINE_START_MARK = re.compile(r"^(\s*)([#>+\-]|\d{1,9}(?=[.)]))")
_STRIKE = re.compile(r"~(?=~)|(?<=~)~")


def escape_markdown(text: str) -> str:
    """Literal text written so that every Markdown reader shows exactly it (one line: newlines become
    spaces). Escapes only what could start formatting, so ordinary text stays readable."""
    line = " ".join(clean_line(text).split("\n")).replace("\r", " ")
    line = _MD_SPECIAL.sub(r"\\\1", line)
    line = _STRIKE.sub(r"\\~", line)
    line = _ENTITY_LIKE.sub("&amp;", line)
    line = _TAG_START.sub("&lt;", line)
    start = _LINE_START_MARK.match(line)
    if start:
        mark = start.group(2)
        if mark.isdigit():
            # "2024. A good year" would start a numbered list: escape the dot after the number.
            end = start.end()
            line = line[:end] + "\\" + line[end:]
        else:
            line = line[: start.start(2)] + "\\" + line[start.start(2) :]
    return line
