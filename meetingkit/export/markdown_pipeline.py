"""The one Markdown pipeline: a note's Markdown parsed into one safe element tree for every output.

Python-Markdown is configured here once (sane lists, fenced code, pipe tables, a list may start right under
a line, raw HTML kept as text, only http/https/mailto links, images turned into links). `parse_note` gives
the tree with plain text everywhere (no stash placeholders, no entities); the Word converter walks it, the
HTML writer and the app's preview serialise it, and the Markdown writer's output reads back to it.
"""

from __future__ import annotations

import copy
import functools
import html
import re
import string
import threading
import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE, ETX, STX

from meetingkit.core.text import clean_line, is_rtl

__all__ = [
    "SAFE_SCHEMES",
    "ListsInterruptParagraphs",
    "is_plain",
    "lists_under_lines",
    "note_html",
    "note_html_entry",
    "parse_markdown",
    "parse_note",
    "safe_url",
    "tree_html",
]

SAFE_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
# Browsers drop ASCII tab and newline anywhere in a URL and C0 controls and spaces at its ends, so
# "java\tscript:" is javascript: to them; the check must see the URL as they will.
_URL_JUNK = re.compile(r"[\t\n\r]")
_URL_ENDS = "".join(chr(c) for c in range(0x21)) + "\x7f"


def safe_url(url: str) -> str | None:
    """`url` as a browser would read it when its scheme is http, https or mailto; None otherwise.

    Relative links are refused too: a link inside a note only makes sense to the outside world.
    """
    text = html.unescape(url.replace(AMP_SUBSTITUTE, "&"))
    text = _URL_JUNK.sub("", text).strip(_URL_ENDS)
    match = _SCHEME.match(text)
    if match is None or match.group(1).lower() not in SAFE_SCHEMES:
        return None
    # A browser sends a space in an address as %20; so does every output, whatever reader reads it back.
    return text.replace(" ", "%20")


_BLOCK_DIR_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dd", "dt"})


class _SanitiseLinks(Treeprocessor):
    """Only http/https/mailto links survive; images become links (a note must not load remote pixels)."""

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
            elif tag in _BLOCK_DIR_TAGS and is_rtl("".join(el.itertext())):
                el.set("dir", "rtl")


_LIST_LINE = re.compile(r"^ {0,3}(?:[-*+]|1[.)])[ \t]+\S")


class ListsInterruptParagraphs(Preprocessor):
    """A list may start right under a paragraph line, as in CommonMark and GitHub.

    Rapporteurs type "Points:" and a dash list on the next line; Python-Markdown would otherwise
    keep the dashes as text. Runs after fenced code is stashed, so code is never touched.
    """

    def run(self, lines: list[str]) -> list[str]:
        return lists_under_lines(lines)


def lists_under_lines(lines: list[str]) -> list[str]:
    """`lines` with a blank line between a paragraph line and a list item right under it, which
    makes the list a list for every Markdown reader (Python-Markdown and the original Markdown.pl
    would read it as text)."""
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
        # As in CommonMark, a backslash makes any ASCII punctuation literal ("\\~\\~" is not strike-through
        # on GitHub and must not show its backslashes here).
        md.ESCAPED_CHARS = sorted(set(md.ESCAPED_CHARS) | set(string.punctuation))
        md.treeprocessors.register(_SanitiseLinks(md), "sanitise_links", 5)


def _configured() -> markdown.Markdown:
    # Instances, not names: a name is looked up among every installed package's entry points, which took
    # most of a second at the app's first preview.
    return markdown.Markdown(
        extensions=[SaneListExtension(), FencedCodeExtension(), TableExtension(), _SafeExtension()],
        output_format="html",
    )


_local = threading.local()


def _converter() -> markdown.Markdown:
    """This thread's converter: building one costs more than parsing a note, and one is not thread-safe."""
    md: markdown.Markdown | None = getattr(_local, "md", None)
    if md is None:
        md = _local.md = _configured()
    return md


# Anything that could be Markdown syntax sends a note through the parser; most captured notes are one
# plain line, and skipping the parser for them makes a 10,000-item document several times faster.
_MAYBE_MARKUP = re.compile(r"[\\`*_\[\]<>!#&|~\n\r\t]|^[\s\d+\-=]")


def is_plain(source: str) -> bool:
    """True when `source` (already cleaned) can only be one paragraph of its own text."""
    return _MAYBE_MARKUP.search(source) is None


_STASHED = re.compile(f"{STX}wzxhzdk:(\\d+){ETX}")
# A whole placeholder, or the halves of one split over two text nodes.
_LEFTOVER = re.compile(f"{STX}[^{STX}{ETX}]*{ETX}|{STX}klzzwxh:\\d+|klzzwxh:\\d+{ETX}|[{STX}{ETX}]")


def _resolve(root: etree.Element, stash: list[str]) -> None:
    """Replace Python-Markdown's placeholders by what they stand for, so the tree holds plain text.

    Block placeholders are fenced code blocks (raw HTML is off, so nothing else is stashed as a block);
    inline ones are entities. Code spans hold their text HTML-escaped.
    """
    blocks = {i: etree.fromstring(s) for i, s in enumerate(stash) if s.startswith("<pre")}
    # Where a placeholder is not a paragraph of its own (a lazy line in a list), the code reads as text.
    values = ["".join(blocks[i].itertext()) if i in blocks else html.unescape(s) for i, s in enumerate(stash)]

    def plain(text: str) -> str:
        if STX in text or ETX in text:
            text = _STASHED.sub(lambda m: values[int(m.group(1))], text)
            if AMP_SUBSTITUTE in text:
                text = html.unescape(text.replace(AMP_SUBSTITUTE, "&"))
            # Python-Markdown can leave an inline placeholder behind in odd nested emphasis ("*_a__ _\\-_");
            # its content is lost either way, and the control characters must not reach any output.
            text = _LEFTOVER.sub("", text)
        return text

    fresh: set[int] = set()
    for parent in list(root.iter()):
        for index, child in enumerate(list(parent)):
            whole = _STASHED.fullmatch(child.text.strip()) if child.tag == "p" and child.text else None
            if whole is not None and len(child) == 0 and int(whole.group(1)) in blocks:
                block = blocks[int(whole.group(1))]
                block.tail = child.tail
                parent[index] = block
                fresh.update(id(el) for el in block.iter())
    for el in root.iter():
        if id(el) in fresh:
            continue
        if el.text:
            el.text = html.unescape(plain(el.text)) if el.tag == "code" else plain(el.text)
        if el.tail:
            el.tail = plain(el.tail)
        for key, value in el.attrib.items():
            el.set(key, plain(value))


def parse_note(text: str) -> etree.Element:
    """The note's Markdown as a safe `<div>` tree holding plain text (a fresh tree, the caller's to keep)."""
    source = clean_line(text).rstrip()
    root = etree.Element("div")
    if not source.strip():
        return root
    if is_plain(source):
        paragraph = etree.SubElement(root, "p")
        paragraph.text = source.strip()
        if is_rtl(source):
            paragraph.set("dir", "rtl")
        return root
    return parse_markdown(source)


def parse_markdown(source: str) -> etree.Element:
    """`parse_note` of cleaned text without its fast path for plain lines (tests compare the two)."""
    # A copy: the tree is the caller's to change, and copying costs a few percent of parsing.
    return copy.deepcopy(_parsed(source))


@functools.lru_cache(maxsize=4096)
def _parsed(source: str) -> etree.Element:
    """Parsed once for every format: the pack writes each note into Word, HTML and Markdown, and the
    app's preview shows the same texts again."""
    md = _converter()
    md.reset()
    lines = source.rstrip().split("\n")
    for preprocessor in md.preprocessors:
        lines = preprocessor.run(lines)
    parsed = md.parser.parseDocument(lines).getroot()
    assert parsed is not None
    tree: etree.Element = parsed
    for treeprocessor in md.treeprocessors:
        result = treeprocessor.run(tree)
        if result is not None:
            tree = result
    _resolve(tree, [str(block) for block in md.htmlStash.rawHtmlBlocks])
    # Python-Markdown pretty-prints with "\n" texts and tails; they carry no content.
    tree.text = None
    return tree


_HEADING = re.compile(r"h([1-6])")


def tree_html(root: etree.Element, *, heading_offset: int = 0) -> str:
    """HTML of a tree from `parse_note` (its children; headings shifted down by `heading_offset`)."""
    parts: list[str] = []
    for child in root:
        if heading_offset:
            for el in child.iter():
                heading = _HEADING.fullmatch(el.tag)
                if heading:
                    el.tag = f"h{min(6, int(heading.group(1)) + heading_offset)}"
        parts.append(etree.tostring(child, encoding="unicode", method="html"))
    return "".join(parts).strip()


def note_html(text: str, *, heading_offset: int = 0) -> str:
    """Safe HTML for the user's Markdown `text`: raw HTML shown as text, only http/https/mailto links,
    text XML cannot hold removed, right-to-left paragraphs with dir="rtl". Thread-safe."""
    source = clean_line(text).rstrip()
    if not source.strip():
        return ""
    if is_plain(source):
        # The fast path of parse_note, without building a tree: no character here needs escaping.
        direction = ' dir="rtl"' if is_rtl(source) else ""
        return f"<p{direction}>{source.strip()}</p>"
    return tree_html(parse_note(source), heading_offset=heading_offset)


def note_html_entry(text: str, *, heading_offset: int = 0) -> tuple[str, str]:
    """(inline HTML of the first paragraph, HTML of the blocks after it), for a list entry that reads
    'lead, first paragraph, trail' with any further blocks below it.

    When the Markdown does not start with a paragraph (a list, a heading), the first part is empty.
    """
    source = clean_line(text).rstrip()
    if is_plain(source):
        return source, ""  # nothing here needs escaping (see is_plain)
    root = parse_markdown(source)
    children = list(root)
    if not children or children[0].tag != "p":
        return "", tree_html(root, heading_offset=heading_offset)
    first = children[0]
    root.remove(first)
    first.tail = None
    inline = etree.tostring(first, encoding="unicode", method="html")
    # The paragraph's own tags are cut off; what is between them is its inline HTML.
    inline = inline[inline.index(">") + 1 : inline.rindex("<")]
    return inline, tree_html(root, heading_offset=heading_offset)
