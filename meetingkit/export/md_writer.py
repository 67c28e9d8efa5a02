"""The Markdown writer: the outline as GitHub-flavoured Markdown that also reads well as plain text."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from urllib.parse import unquote

from meetingkit.core.atomic import write_atomically
from meetingkit.export.markdown_safe import (
    document_href,
    escape_markdown,
    indent_lines,
    note_markdown,
    note_markdown_entry,
)
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


# Wider tables become lists: a text editor's window, and GitHub's column, is about this wide.
_MAX_TABLE_WIDTH = 120

# Said once above the captions when the photos are not beside the file (a standalone export).
_PHOTOS_ELSEWHERE = {
    "en": "The photos are stored in the event file; the outcome pack (meetingkit pack) puts them in its"
    " photos folder, beside this file.",
    "fr": "Les photos sont conservées dans le fichier de l'événement ; le dossier de résultats (meetingkit pack)"
    " les place dans son dossier photos, à côté de ce fichier.",
    "es": "Las fotos se guardan en el archivo del evento; el paquete de resultados (meetingkit pack) las pone"
    " en su carpeta photos, junto a este archivo.",
}


def _pipe_table(header: list[str], rows: list[list[str]], *, numeric: bool = False) -> str:
    """A pipe table with its columns padded, so that it reads as a table in a text editor too."""
    widths = [max(3, len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        if numeric:
            return "| " + " | ".join(c.rjust(w) for c, w in zip(cells, widths, strict=True)) + " |"
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "| " + " | ".join("-" * (w - 1) + ":" if numeric else "-" * w for w in widths) + " |"
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


def _cell_text(text: str) -> str:
    return escape_markdown(text).replace("|", "\\|")


class _Writer:
    def __init__(self, outline: Outline, beside: Path | None) -> None:
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
        self.beside = beside
        self.said_where_photos_are = False

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

    def heading(self, heading: Heading, level: int) -> None:
        self.add(f"{'#' * level} {escape_markdown(heading.text)}")

    def cover(self, cover: Cover) -> None:
        self.add(f"# {escape_markdown(cover.title)}")
        if cover.subtitle:
            self.add(f"*{escape_markdown(cover.subtitle)}*")
        self.add(f"**{escape_markdown(cover.document_label)}**")
        for line in (cover.organisers, cover.venue, cover.dates, cover.prepared_by, cover.edition):
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
            text += "\n\n" + indent_lines(rest, width)
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
        header = [_cell_text(f.label) for f in block.rows]
        values = [_cell_text(f.value) for f in block.rows]
        self.add(_pipe_table(header, [values], numeric=True))

    def cell(self, cell: Cell, line: str) -> str:
        return self.link(_cell_text(line), anchor=cell.anchor, href=cell.href)

    def table(self, block: Table) -> None:
        header = [_cell_text(h) for h in block.header]
        rows: list[list[str]] = []
        for row in block.rows:
            # A cell with several lines becomes several table rows: pipe tables cannot break a line
            # without HTML, and one row per line reads best as plain text too.
            split = [c.text.split("\n") for c in row]
            for i in range(max((len(s) for s in split), default=1)):
                rows.append(
                    [
                        self.cell(c, s[i]) if i < len(s) and s[i].strip() else ""
                        for c, s in zip(row, split, strict=True)
                    ]
                )
        table = _pipe_table(header, rows)
        if max(len(line) for line in table.split("\n")) <= _MAX_TABLE_WIDTH:
            self.add(table)
        else:
            self.add(self.table_as_list(block))

    def table_as_list(self, block: Table) -> str:
        """A register too wide for a text editor's window, as a list.

        A grouped table (a first cell left empty means "as above", a last cell of several lines, as in the
        roadmap) becomes nested lists, one level a column; any other has one entry a row, its first two
        cells on the entry's line and the others as "Label: value" on the line below.
        """
        if any(not row[0].text.strip() or "\n" in row[-1].text.strip() for row in block.rows if row):
            return self.table_as_tree(block)
        colon = self.labels.colon
        entries: list[str] = []
        for row in block.rows:
            cells = [(h, c, " ".join(c.text.split())) for h, c in zip(block.header, row, strict=False)]
            filled = [(h, c, text) for h, c, text in cells if text]
            if not filled:
                continue
            lead = [self.cell(c, text) for _, c, text in filled[:2]]
            first = f"**{lead[0]}**" if len(filled) > 1 else lead[0]
            line = "- " + " ".join((first, *lead[1:]))
            details = " · ".join(
                f"{escape_markdown(h + colon.rstrip())} {self.cell(c, text)}" for h, c, text in filled[2:]
            )
            entries.append(f"{line}  \n  {details}" if details else line)
        return "\n".join(entries)

    def table_as_tree(self, block: Table) -> str:
        lines: list[str] = []
        for row in block.rows:
            *groups, leaves = row
            for depth, cell in enumerate(groups):
                text = " ".join(cell.text.split())
                if text:
                    lines.append(f"{'    ' * depth}- **{self.cell(cell, text)}**")
            pad = "    " * len(groups)
            lines.extend(
                f"{pad}- {self.cell(leaves, line.strip())}"
                for line in leaves.text.split("\n")
                if line.strip()
            )
        return "\n".join(lines)

    def figure(self, block: Figure) -> None:
        colon = self.labels.colon
        caption_label = f"{block.label} {block.number}"
        target = document_href(block.href) if block.href else None
        if target is not None and self.beside is not None and not (self.beside / unquote(target)).is_file():
            target = None  # a link to a photo that is not beside the file would show a broken image
        # Never a bare "Figure 1:": an uncaptioned photo is named by its file.
        caption = block.caption or block.attachment.filename
        if target is not None:
            self.add(f"![{escape_markdown(caption)}]({target})")
        elif not self.said_where_photos_are:
            self.said_where_photos_are = True
            where = _PHOTOS_ELSEWHERE.get(self.outline.language, _PHOTOS_ELSEWHERE["en"])
            self.add(f"*{escape_markdown(where)}*")
        line = f"**{escape_markdown(caption_label + colon.rstrip())}** {escape_markdown(caption)}"
        details = " · ".join(p for p in (block.credit, block.context) if p)
        if details:
            line += f"  \n*{escape_markdown(details)}*"
        self.add(line)

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

    def section(self, section: Section, parent_level: int = 1) -> None:
        # One level below the enclosing heading at most: the outline may skip levels (a session's parts
        # sit two below it in Word), which a Markdown reader's outline would show as a gap.
        level = min(6, section.heading.level + 1, parent_level + 1)
        self.heading(section.heading, level)
        for child in section.children:
            if isinstance(child, Section):
                self.section(child, level)
            else:
                self.block(child)

    def render(self) -> str:
        self.cover(self.outline.cover)
        self.toc()
        for section in self.outline.sections:
            self.section(section)
        return "\n\n".join(self.parts) + "\n"


def render_markdown_document(outline: Outline, *, beside: Path | None = None) -> str:
    """The whole document as Markdown text (LF line endings, ends with a newline). With `beside` (the
    folder the file goes to), a photo is shown as an image only when the file its link names is there."""
    return _Writer(outline, beside).render()


def write_markdown(outline: Outline, path: Path | str) -> Path:
    """Write the document as UTF-8 Markdown to `path`; returns the path written."""
    path = Path(path)
    return write_atomically(path, render_markdown_document(outline, beside=path.parent))
