"""Users' Markdown written into a .md file, disarmed; links our writers emit (HTML rendering is in markdown_pipeline)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Iterator
from urllib.parse import quote

from meetingkit.core.text import clean_line
from meetingkit.export.markdown_pipeline import (
    SAFE_SCHEMES,
    is_plain,
    lists_under_lines,
    parse_note,
    safe_url,
)
from meetingkit.export.markdown_pipeline import note_html as render_markdown
from meetingkit.export.markdown_pipeline import note_html_entry as render_markdown_entry

__all__ = [
    "SAFE_SCHEMES",
    "document_href",
    "escape_markdown",
    "indent_lines",
    "neutralise_markdown",
    "note_markdown",
    "note_markdown_entry",
    "render_markdown",
    "render_markdown_entry",
    "safe_url",
    "tree_markdown",
]

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
# Characters kept as they are when a URL is re-quoted: the reserved set and "%" of existing escapes.
_URL_SAFE = "/:?#[]@!$&'()*+,;=%~"


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
        prose = "\n".join(lists_under_lines(piece.split("\n")))
        prose = _bold_headings(prose) if flatten_headings else prose
        parts.extend(span if is_code else _disarm_text(span) for is_code, span in _split_spans(prose))
    out = "".join(parts)
    return out[:-1] if out.endswith("\n") and not source.endswith("\n") else out


_MD_SPECIAL = re.compile(r"([\\`*_\[\]])")
_ANY_SPECIAL = re.compile(r"[\\`*_\[\]~&<]")
_LINE_START_MARK = re.compile(r"^(\s*)([#>+\-]|\d{1,9}(?=[.)]))")
_STRIKE = re.compile(r"~(?=~)|(?<=~)~")


def escape_markdown(text: str) -> str:
    """Literal text written so that every Markdown reader shows exactly it (one line: newlines become
    spaces). Escapes only what could start formatting, so ordinary text stays readable."""
    return _escape_line_start(_escape_inner(text))


def _escape_line_start(line: str) -> str:
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


def _escape_inner(text: str) -> str:
    """escape_markdown for text in the middle of a line, where block marks ("# ", "- ") are text."""
    line = " ".join(clean_line(text).split("\n")).replace("\r", " ")
    if _ANY_SPECIAL.search(line) is None:
        return line  # most text: nothing to escape, and four substitutions saved
    line = _MD_SPECIAL.sub(r"\\\1", line)
    line = _STRIKE.sub(r"\\~", line)
    line = _ENTITY_LIKE.sub("&amp;", line)
    return _TAG_START.sub("&lt;", line)


# ------------------------------------------------------------------ the pipeline's tree as Markdown

_BACKTICKS = re.compile(r"`+")
_NOTE_BLOCKS = frozenset(
    {"p", "ul", "ol", "blockquote", "pre", "table", "hr", "div", "h1", "h2", "h3", "h4", "h5", "h6"}
)


def _code_span(code: str) -> str:
    code = code.replace("\r", " ").replace("\n", " ")  # shown as spaces; a line break would end the line
    if not code.strip():
        return code  # an empty span shows nothing; its backticks alone would show as text
    ticks = "`" * (max((len(run) for run in _BACKTICKS.findall(code)), default=0) + 1)
    pad = " " if code.startswith("`") or code.endswith("`") else ""
    return f"{ticks}{pad}{code}{pad}{ticks}"


def _wrap(mark: str, inner: str) -> str:
    """`inner` between emphasis marks, with its outer spaces outside them (where the mark still works)."""
    core = inner.strip()
    if not core:
        return inner
    lead = inner[: len(inner) - len(inner.lstrip())]
    trail = inner[len(inner.rstrip()) :]
    return f"{lead}{mark}{core}{mark}{trail}"


def _inline(el: etree.Element, *, start: bool = False, within: frozenset[str] = frozenset()) -> str:
    """The inline content of `el` as Markdown; `start`: it begins a line (line-start marks escaped);
    `within`: the emphasis marks around it."""
    parts: list[str] = []
    if el.text:
        parts.append(escape_markdown(el.text) if start else _escape_inner(el.text))
    children = list(el)
    # Emphasis right after the same emphasis looks like one run, and its stars would run together.
    for first, second in zip(children[::-1][1:], children[::-1], strict=False):
        if first.tag == second.tag and first.tag in ("strong", "em") and not first.tail:
            first.append(second)
            first.tail = second.tail
            second.tail = None
            el.remove(second)
    for child in el:
        parts.append(_inline_element(child, start=start and not parts, within=within))
        if child.tail:
            # After a line break the text starts a line, where "- " would start a list.
            after_break = child.tag == "br"
            tail = child.tail.lstrip() if after_break else child.tail
            parts.append(escape_markdown(tail) if after_break else _escape_inner(tail))
    return "".join(parts)


def _paragraph(el: etree.Element) -> str:
    """Inline content as the lines of one paragraph: line breaks (the only newlines `_inline` writes)
    end lines with two spaces; an empty line would end the paragraph, so there is none."""
    lines = [_escape_line_start(line.strip()) for line in _inline(el, start=True).split("\n")]
    # "=" under a line would make it a heading; the entity reads as "=" everywhere (a backslash may not).
    lines = [lines[0], *("&#61;" + line[1:] if line.startswith("=") else line for line in lines[1:])]
    return "  \n".join(line for line in lines if line)


def _inline_element(el: etree.Element, *, start: bool, within: frozenset[str]) -> str:
    tag = el.tag
    if tag in ("strong", "em"):
        mark = "**" if tag == "strong" else "*"
        inner = _inline(el, start=start, within=within | {mark})
        # Emphasis inside the same emphasis looks the same; its stars would run into the outer ones.
        return inner if mark in within else _wrap(mark, inner)
    if tag == "code":
        return _code_span("".join(el.itertext()))
    if tag == "br":
        return "  \n"
    if tag == "a":
        href = el.get("href", "")
        text = "".join(el.itertext())
        if text == href and not _URL_BREAKS.search(href):
            return f"<{href}>"
        target = quote(href, safe=_URL_SAFE).replace("(", "%28").replace(")", "%29")
        return f"[{_inline(el, within=within)}]({target})"
    return _inline(el, start=start, within=within)


_URL_BREAKS = re.compile(r"[\s<>]")


def indent_lines(text: str, width: int) -> str:
    """`text` with its non-empty lines indented by `width` spaces (blank lines left empty)."""
    pad = " " * width
    return "\n".join(pad + line if line.strip() else "" for line in text.split("\n"))


def _list_item(li: etree.Element, marker: str) -> str:
    children = list(li)
    head: list[str] = []
    blocks = [c for c in children if c.tag in _NOTE_BLOCKS]
    if (li.text and li.text.strip()) or (children and children[0].tag not in _NOTE_BLOCKS):
        holder = etree.Element("p")
        holder.text = li.text
        for child in children:
            if child.tag in _NOTE_BLOCKS:
                break
            holder.append(child)
        head.append(_paragraph(holder))
    elif blocks and blocks[0].tag == "p":
        head.append(_paragraph(blocks[0]))
        blocks = blocks[1:]
    text = marker + (head[0] if head else "")
    for block in blocks:
        # A nested list right under the item's line keeps the list tight; other blocks need a blank line.
        gap = "\n" if block.tag in ("ul", "ol") else "\n\n"
        text += gap + indent_lines(_block(block), 4)
    return text


def _table(el: etree.Element) -> str:
    rows = [[" ".join(_inline(cell).split()).replace("|", "\\|") for cell in tr] for tr in el.iter("tr")]
    if not rows:
        return ""
    columns = max(len(row) for row in rows)
    rows = [row + [""] * (columns - len(row)) for row in rows]
    # Padded columns read as a table in a plain-text editor too.
    widths = [max(3, *(len(row[i]) for row in rows)) for i in range(columns)]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "| " + " | ".join("-" * w for w in widths) + " |"
    return "\n".join([line(rows[0]), rule, *(line(row) for row in rows[1:])])


def _block(el: etree.Element) -> str:
    tag = el.tag
    if tag == "p":
        return _paragraph(el)
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        # A note's heading is a bold line, so that a note cannot add entries to the document's outline.
        return _escape_line_start(_wrap("**", _inline(el, within=frozenset({"**"})).strip()))
    if tag in ("ul", "ol"):
        first = int(el.get("start", "1")) if el.get("start", "1").isdigit() else 1
        items = [
            _list_item(li, f"{first + n}. " if tag == "ol" else "- ")
            for n, li in enumerate(el.iterfind("li"))
        ]
        return ("\n\n" if any("\n\n" in item for item in items) else "\n").join(items)
    if tag == "pre":
        code = "".join(el.itertext()).rstrip("\n")
        fence = "`" * max(3, max((len(r) for r in _BACKTICKS.findall(code)), default=0) + 1)
        code_el = el.find("code")
        language = (el if code_el is None else code_el).get("class", "").removeprefix("language-")
        return f"{fence}{language}\n{code}\n{fence}"
    if tag == "blockquote":
        inner = "\n\n".join(text for text in (_quoted_block(child) for child in el) if text.strip())
        return "\n".join(f"> {line}" if line.strip() else ">" for line in inner.split("\n"))
    if tag == "table":
        return _table(el)
    if tag == "hr":
        return "* * *"
    return tree_markdown(el)


def _quoted_block(el: etree.Element) -> str:
    """A block inside a quote: Python-Markdown reads no fence there, so code is indented instead."""
    if el.tag != "pre":
        return _block(el)
    code = "".join(el.itertext()).rstrip("\n")
    return "\n".join(f"    {line}" if line.strip() else "" for line in code.split("\n"))


def tree_markdown(root: etree.Element) -> str:
    """The blocks of a `parse_note` tree as Markdown every reader reads back to the same tree."""
    return "\n\n".join(text for text in (_block(child) for child in root) if text.strip())


def note_markdown(text: str) -> str:
    """The user's Markdown, parsed by the pipeline and written back safely for a .md file."""
    source = clean_line(text).rstrip()
    if is_plain(source):
        return escape_markdown(source)
    return tree_markdown(parse_note(source))


def note_markdown_entry(text: str) -> tuple[str, str]:
    """(the first paragraph as one line, the blocks after it) of `note_markdown`, for a list entry;
    the first part is empty when the note does not start with a paragraph."""
    source = clean_line(text).rstrip()
    if is_plain(source):
        return escape_markdown(source), ""
    root = parse_note(source)
    children = list(root)
    if not children or children[0].tag != "p":
        return "", tree_markdown(root)
    first = children[0]
    root.remove(first)
    return _paragraph(first), tree_markdown(root)
