"""The Markdown writer: the outline as GitHub-flavoured Markdown that also reads well as plain text."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from meetingkit.core.atomic import write_atomically
from meetingkit.export.markdown_safe import document_href, escape_markdown, note_markdown, note_markdown_entry
from meetingkit.export.outline import (
    Block,
    BulletList,
    Cell,
    Cover,
    Fields,
    Figure,
    FileList,
    Heading,
    Inline,
    KeyFigures,
    ListEntry,
    Markdown,
    Outline,
    Paragraph,
    Quote,
    Section,
    Span,
    Table,
)

__all__ = ["github_slug", "render_markdown_document", "write_markdown"]

_KEPT_PUNCTUATION = frozenset("-_ ")


def github_slug(text: str) -> str:
    """The anchor GitHub (github-slugger) gives a heading: lower case, letters, marks, numbers, '_'
    and '-' kept, each space a hyphen, everything else dropped."""
    kept = (
        ch
        for ch in text.lower()
        if ch in _KEPT_PUNCTUATION or unicodedata.category(ch)[0] in "LMN" or unicodedata.category(ch) == "Pc"
    )
    return "".join(kept).replace(" ", "-")


class _Slugger:
    """Unique slugs in document order, numbered the way GitHub numbers repeated headings."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def slug(self, text: str) -> str:
        original = result = github_slug(text)
        while result in self.seen:
            self.seen[original] += 1
            result = f"{original}-{self.seen[original]}"
        self.seen[result] = 0
        return result


def _indent(text: str, width: int) -> str:
    pad = " " * width
    return "\n".join(pad + line if line.strip() else "" for line in text.split("\n"))


def _cell_text(text: str) -> str:
    return escape_markdown(text).replace("|", "\\|")


class _Writer:
    def __init__(self, outline: Outline) -> None:
        self.outline = outline
        self.labels = outline.labels
        slugger = _Slugger()
        # Every heading GitHub will see, in order: the title, "Contents", then the outline's.
        slugger.slug(outline.cover.title)
        slugger.slug(outline.toc.title)
        self.slugs: dict[str, str] = {}
        for block in outline.walk():
            if isinstance(block, Heading):
                slug = slugger.slug(block.text)
                if block.anchor:
                    self.slugs[block.anchor] = slug
        self.parts: list[str] = []

    # ----------------------------------------------------------------------------------- inline

    def link(self, text: str, *, anchor: str = "", href: str = "") -> str:
        if anchor and anchor in self.slugs:
            return f"[{text}](#{self.slugs[anchor]})"
        target = document_href(href) if href else None
        if target is not None:
            return f"[{text}]({target})"
        return text

    def span(self, span: Span) -> str:
        core = span.text.strip()
        if not core:
            return " " if span.text else ""
        body = escape_markdown(core)
        if span.strong:
            body = f"**{body}**"
        elif span.emphasis:
            body = f"*{body}*"
        body = self.link(body, anchor=span.anchor, href=span.href)
        lead = " " if span.text[:1].isspace() else ""
        trail = " " if span.text[-1:].isspace() else ""
        return f"{lead}{body}{trail}"

    def spans(self, spans: Inline) -> str:
        return re.sub(r" {2,}", " ", "".join(self.span(s) for s in spans))

    # ----------------------------------------------------------------------------------- blocks

    def add(self, text: str) -> None:
        if text.strip():
            self.parts.append(text.rstrip())

    def heading(self, heading: Heading) -> None:
        level = min(6, heading.level + 1)
        self.add(f"{'#' * level} {escape_markdown(heading.text)}")

    def cover(self, cover: Cover) -> None:
        self.add(f"# {escape_markdown(cover.title)}")
        if cover.subtitle:
            self.add(f"*{escape_markdown(cover.subtitle)}*")
        self.add(f"**{escape_markdown(cover.document_label)}**")
        for line in (cover.organisers, cover.venue, cover.dates):
            if line:
                self.add(escape_markdown(line))

    def toc(self) -> None:
        toc = self.outline.toc
        headings = self.outline.headings(toc.max_level)
        if not headings:
            return
        self.add(f"## {escape_markdown(toc.title)}")
        top = min(h.level for h in headings)
        lines = [
            f"{'    ' * (h.level - top)}- {self.link(escape_markdown(h.text), anchor=h.anchor)}"
            for h in headings
        ]
        self.add("\n".join(lines))

    def entry(self, entry: ListEntry, marker: str) -> str:
        first, rest = note_markdown_entry(entry.markdown) if entry.markdown else ("", "")
        line = "".join(part for part in (self.spans(entry.lead), first, self.spans(entry.trail)) if part)
        width = max(4, len(marker))
        text = marker + line.strip()
        if rest:
            text += "\n\n" + _indent(rest, width)
        return text

    def bullet_list(self, block: BulletList) -> None:
        entries = [
            self.entry(e, f"{n}. " if block.numbered else "- ") for n, e in enumerate(block.entries, start=1)
        ]
        # Entries with blocks below them need blank lines between entries to stay one list.
        loose = any("\n" in e for e in entries)
        self.add(("\n\n" if loose else "\n").join(entries))

    def quote(self, block: Quote) -> None:
        first, rest = note_markdown_entry(block.markdown)
        lead = self.spans(block.lead)
        body: list[str] = []
        if first:
            body.append(f"{lead}{first}")
        elif lead:
            body.append(lead.strip())
        if rest:
            body.append(rest)
        if block.speaker:
            body.append(f"— {escape_markdown(block.speaker)}")
        text = "\n\n".join(body)
        self.add("\n".join(f"> {line}" if line.strip() else ">" for line in text.split("\n")))

    def fields(self, block: Fields) -> None:
        colon = self.labels.colon
        lines = [
            f"- **{escape_markdown(f.label + colon.rstrip())}** {escape_markdown(f.value)}"
            for f in block.rows
        ]
        self.add("\n".join(lines))

    def key_figures(self, block: KeyFigures) -> None:
        header = "| " + " | ".join(_cell_text(f.label) for f in block.rows) + " |"
        rule = "|" + "|".join(" ---: " for _ in block.rows) + "|"
        values = "| " + " | ".join(_cell_text(f.value) for f in block.rows) + " |"
        self.add("\n".join((header, rule, values)))

    def cell(self, cell: Cell, line: str) -> str:
        return self.link(_cell_text(line), anchor=cell.anchor, href=cell.href)

    def table(self, block: Table) -> None:
        lines = [
            "| " + " | ".join(_cell_text(h) for h in block.header) + " |",
            "|" + "|".join(" --- " for _ in block.header) + "|",
        ]
        for row in block.rows:
            # A cell with several lines becomes several table rows: pipe tables cannot break a line
            # without HTML, and one row per line reads best as plain text too.
            split = [c.text.split("\n") for c in row]
            for i in range(max((len(s) for s in split), default=1)):
                cells = [
                    self.cell(c, s[i]) if i < len(s) and s[i].strip() else ""
                    for c, s in zip(row, split, strict=True)
                ]
                lines.append("| " + " | ".join(cells) + " |")
        self.add("\n".join(lines))

    def figure(self, block: Figure) -> None:
        colon = self.labels.colon
        caption_label = f"{block.label} {block.number}"
        target = document_href(block.href) if block.href else None
        if target is not None:
            alt = escape_markdown(block.caption or caption_label)
            self.add(f"![{alt}]({target})")
        caption = f"**{escape_markdown(caption_label + colon.rstrip())}**"
        if block.caption:
            caption += " " + escape_markdown(block.caption)
        self.add(caption)
        details = " · ".join(p for p in (block.credit, block.context) if p)
        if details:
            self.add(f"*{escape_markdown(details)}*")

    def file_list(self, block: FileList) -> None:
        lines = []
        for f in block.entries:
            line = "- " + self.link(escape_markdown(f.filename), href=f.href)
            if f.context:
                line += " — " + self.link(escape_markdown(f.context), anchor=f.anchor)
            lines.append(line)
        self.add("\n".join(lines))

    def block(self, block: Block) -> None:
        if isinstance(block, Paragraph):
            text = self.spans(block.spans).strip()
            if text:
                self.add(f"*{text}*" if block.role == "meta" and "*" not in text else text)
        elif isinstance(block, Markdown):
            self.add(note_markdown(block.source))
        elif isinstance(block, Fields):
            self.fields(block)
        elif isinstance(block, KeyFigures):
            self.key_figures(block)
        elif isinstance(block, BulletList):
            self.bullet_list(block)
        elif isinstance(block, Quote):
            self.quote(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Figure):
            self.figure(block)
        elif isinstance(block, FileList):
            self.file_list(block)

    def section(self, section: Section) -> None:
        self.heading(section.heading)
        for child in section.children:
            if isinstance(child, Section):
                self.section(child)
            else:
                self.block(child)

    def render(self) -> str:
        self.cover(self.outline.cover)
        self.toc()
        for section in self.outline.sections:
            self.section(section)
        return "\n\n".join(self.parts) + "\n"


def render_markdown_document(outline: Outline) -> str:
    """The whole document as Markdown text (LF line endings, ends with a newline)."""
    return _Writer(outline).render()


def write_markdown(outline: Outline, path: Path | str) -> Path:
    """Write the document as UTF-8 Markdown to `path`; returns the path written."""
    return write_atomically(Path(path), render_markdown_document(outline))
