"""The HTML writer: the outline as one self-contained, print-friendly page with no scripts."""

from __future__ import annotations

import base64
import html
from collections.abc import Callable
from pathlib import Path

from meetingkit.core.atomic import atomic_output
from meetingkit.core.model import Attachment
from meetingkit.core.text import is_rtl, xml_safe
from meetingkit.export.markdown_safe import document_href, render_markdown, render_markdown_entry
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
from meetingkit.media.files import MediaError, sniff
from meetingkit.media.images import probe_image

__all__ = ["CONTENT_SECURITY_POLICY", "STYLESHEET", "ImageSource", "render_html_document", "write_html"]

ImageSource = Callable[[Attachment], bytes | Path | None]
"""Gives the bytes to embed for a photo (ideally a resized copy), a file holding them, or None."""

# No scripts, no fetches, no frames, no forms: only inline style, embedded images and images next to
# the page (a pack's photos/ folder).
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
)

_EMBEDDABLE = frozenset({"image/jpeg", "image/png", "image/webp", "image/gif"})

# Cells up to this long (dates, references, names) are never wrapped on paper.
_SHORT_CELL = 16

# Headings of the user's own Markdown sit below the deepest outline heading (session parts are h4).
_NOTE_HEADING_OFFSET = 4

STYLESHEET = """
:root {
  --ink: #1d232b; --muted: #5b6570; --accent: #1f4e79; --rule: #c9d2dc; --tint: #f1f5f9;
  --serif: "Source Serif 4", "Source Serif Pro", Charter, "Bitstream Charter", Georgia, Cambria, "Noto Serif", serif;
  --sans: "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, "Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew",
    sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
}
* { box-sizing: border-box; }
html { font-size: 100%; }
body {
  margin: 0 auto; max-width: 50rem; padding: 2.5rem 2rem 4rem;
  font-family: var(--serif); font-size: 1.0625rem; line-height: 1.55; color: var(--ink); background: #fff;
  font-variant-numeric: oldstyle-nums proportional-nums; hyphens: auto; overflow-wrap: break-word;
}
h1, h2, h3, h4, h5, h6, .cover, .toc, table, dl.fields, dl.key-figures, figcaption, .meta, .muted {
  font-family: var(--sans); font-variant-numeric: lining-nums tabular-nums;
}
h1, h2, h3, h4, h5, h6 { line-height: 1.25; hyphens: manual; break-after: avoid; color: var(--accent); }
h2 { font-size: 1.75rem; margin: 3rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.3rem; margin: 2.2rem 0 0.4rem; }
h4 { font-size: 0.8rem; margin: 1.3rem 0 0.3rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
h5 { font-size: 1rem; margin: 1rem 0 0.3rem; color: var(--ink); }
h6 { font-size: 0.95rem; margin: 0.8rem 0 0.3rem; color: var(--ink); font-style: italic; }
p { margin: 0 0 0.7rem; }
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
code { font-family: "Source Code Pro", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.88em;
  background: var(--tint); padding: 0.05em 0.3em; border-radius: 3px; }
pre { background: var(--tint); padding: 0.6rem 0.8rem; overflow-x: auto; white-space: pre-wrap; }
pre code { background: none; padding: 0; }
ul, ol { margin: 0 0 0.8rem; padding-inline-start: 1.4rem; }
li { margin: 0.2rem 0; }
li > ul, li > ol { margin: 0.2rem 0; }
.muted, .meta { color: var(--muted); }
.muted { font-size: 0.9em; }
.meta { font-size: 0.95rem; margin-top: -0.2rem; }
.ref { color: var(--accent); font-family: var(--sans); }

.cover { display: flex; flex-direction: column; justify-content: center; padding: 3rem 0 2.5rem;
  border-bottom: 1px solid var(--rule); margin-bottom: 2rem; }
.cover .logo { max-width: 14rem; max-height: 6rem; object-fit: contain; align-self: flex-start; margin-bottom: 2rem; }
.cover .document-label { text-transform: uppercase; letter-spacing: 0.12em; font-size: 0.9rem; color: var(--muted);
  margin: 0 0 1rem; }
.cover h1 { font-size: 2.6rem; margin: 0 0 0.8rem; color: var(--ink); border: 0; }
.cover .subtitle { font-size: 1.35rem; color: var(--accent); margin: 0 0 2.5rem; }
.cover .organisers, .cover .venue, .cover .dates { font-size: 1.1rem; margin: 0.15rem 0; }
.cover .dates { font-weight: 600; }
.cover .prepared-by, .cover .edition { font-size: 0.95rem; color: var(--muted); margin: 0.15rem 0; }
.cover .prepared-by { margin-top: 2rem; }

.toc h2 { border: 0; margin-top: 1rem; }
.toc ol { list-style: none; padding-inline-start: 0; margin: 0; }
.toc ol ol { padding-inline-start: 1.4rem; margin-bottom: 0.4rem; }
.toc li { margin: 0.25rem 0; }
.toc > ol > li { margin-top: 0.7rem; font-weight: 600; }
.toc > ol > li li { font-weight: 400; }
.toc a { text-decoration: none; color: var(--ink); }
.toc a:hover { color: var(--accent); text-decoration: underline; }

dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.6rem 0 0.8rem; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; }
dl.key-figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(7rem, 1fr)); gap: 0.8rem; margin: 1rem 0; }
dl.key-figures div { background: var(--tint); border-top: 3px solid var(--accent); padding: 0.6rem 0.8rem; }
dl.key-figures dt { font-size: 0.85rem; color: var(--muted); }
dl.key-figures dd { margin: 0; font-size: 1.9rem; font-weight: 700; color: var(--accent); }

blockquote { margin: 0.8rem 0; padding: 0.2rem 1rem; border-inline-start: 4px solid var(--accent);
  background: var(--tint); font-style: italic; }
blockquote p { margin: 0.4rem 0; }
blockquote footer { font-style: normal; font-family: var(--sans); color: var(--muted); margin: 0.2rem 0 0.4rem; }

table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 1rem 0 1.5rem; font-size: 0.88rem;
  line-height: 1.4; }
th, td { border: 1px solid var(--rule); padding: 0.35rem 0.5rem; text-align: start; vertical-align: top;
  overflow-wrap: anywhere; hyphens: auto; }
th { background: var(--accent); color: #fff; font-weight: 600; }
tbody tr:nth-child(even) td { background: var(--tint); }
thead { display: table-header-group; }
tr { break-inside: avoid; }
table.roadmap td:first-child { font-weight: 600; color: var(--accent); }

figure { margin: 1.5rem 0 2rem; break-inside: avoid; }
/* width and height auto under both limits: a portrait photo shrinks as a whole instead of being squashed. */
figure img { display: block; width: auto; height: auto; max-width: 100%; max-height: 34rem; margin: 0 auto;
  border-radius: 2px; }
figcaption { margin-top: 0.5rem; font-size: 0.92rem; }
figcaption .figure-label { font-weight: 700; }
figcaption .credit, figcaption .context { display: block; color: var(--muted); font-size: 0.85rem; }
ul.files li { margin: 0.35rem 0; }

@page { size: A4; margin: 18mm 16mm 20mm;
  @bottom-center { content: counter(page) " / " counter(pages); font: 9pt var(--sans); color: #5b6570; } }
@page :first { @bottom-center { content: none; } }
@page wide { size: A4 landscape; margin: 14mm 14mm 16mm;
  @bottom-center { content: counter(page) " / " counter(pages); font: 9pt var(--sans); color: #5b6570; } }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { font-size: 18pt; margin-top: 0; }
  h3 { font-size: 13.5pt; }
  .cover { min-height: 240mm; border: 0; break-after: page; }
  .toc { break-after: page; }
  .new-page { break-before: page; }
  .landscape { page: wide; }
  a { color: inherit; text-decoration: none; }
  dl.key-figures div { border: 1px solid var(--rule); border-top: 3px solid var(--accent); }
  th { background: #e4ebf2 !important; color: var(--ink); }
  /* On paper a column is never narrower than its longest word, so no word or date is cut in two. */
  table { table-layout: auto; }
  th, td { overflow-wrap: normal; hyphens: manual; }
  td.short { white-space: nowrap; }
  tbody tr:nth-child(even) td { background: none; }
  figure img { max-height: 98mm; }
  blockquote { background: none; }
  pre, blockquote, li, dl.fields { break-inside: avoid; }
}
"""


def _esc(text: str) -> str:
    return html.escape(xml_safe(text), quote=True)


def _dir(text: str) -> str:
    return ' dir="rtl"' if is_rtl(text) else ""


class _Writer:
    def __init__(self, outline: Outline, image_source: ImageSource | None) -> None:
        self.outline = outline
        self.labels = outline.labels
        self.image_source = image_source
        self.out: list[str] = []
        # Where finished parts go while rendering (a file): a page embedding hundreds of photos is never
        # held whole in memory. None: everything stays in `out` (render_html_document).
        self.sink: Callable[[str], None] | None = None
        self._sent = False

    def flush(self) -> None:
        """Hand the parts rendered so far to the sink, joined exactly as `render` joins them."""
        if self.sink is None or not self.out:
            return
        self.sink(("\n" if self._sent else "") + "\n".join(self.out))
        self._sent = True
        self.out.clear()

    # ----------------------------------------------------------------------------------- inline

    def span(self, span: Span) -> str:
        text = _esc(span.text)
        if span.strong:
            text = f"<strong>{text}</strong>"
        if span.emphasis:
            text = f"<em>{text}</em>"
        if span.muted:
            text = f'<span class="muted">{text}</span>'
        return self.link(text, anchor=span.anchor, href=span.href)

    def spans(self, spans: Inline) -> str:
        return "".join(self.span(s) for s in spans)

    @staticmethod
    def link(inner: str, *, anchor: str = "", href: str = "") -> str:
        if anchor:
            return f'<a href="#{_esc(anchor)}">{inner}</a>'
        target = document_href(href) if href else None
        if target is not None:
            return f'<a href="{_esc(target)}">{inner}</a>'
        return inner

    # ----------------------------------------------------------------------------------- images

    def image_data(self, attachment: Attachment) -> bytes | None:
        if self.image_source is None:
            return None
        found = self.image_source(attachment)
        if found is None:
            return None
        data = found.read_bytes() if isinstance(found, Path) else found
        return data if sniff(data[:16]) in _EMBEDDABLE else None

    @staticmethod
    def data_uri(data: bytes) -> str:
        return f"data:{sniff(data[:16])};base64,{base64.b64encode(data).decode('ascii')}"

    def image_uri(self, attachment: Attachment) -> str | None:
        data = self.image_data(attachment)
        return None if data is None else self.data_uri(data)

    @staticmethod
    def size_attrs(attachment: Attachment, data: bytes | None = None) -> str:
        # The browser reserves the right box before the image is decoded, and print layout is stable.
        # The embedded copy's own upright size, not the original's: the two must not disagree.
        width, height = attachment.width, attachment.height
        if data is not None:
            try:
                info = probe_image(data)
            except MediaError:
                return ""
            width, height = info.width, info.height
        if width and height:
            return f' width="{width}" height="{height}"'
        return ""

    # ----------------------------------------------------------------------------------- blocks

    def cover(self, cover: Cover) -> None:
        o = self.out
        o.append('<header class="cover">')
        if cover.logo is not None:
            uri = self.image_uri(cover.logo)
            if uri is not None:
                o.append(f'<img class="logo" src="{uri}" alt="">')
        o.append(f'<p class="document-label">{_esc(cover.document_label)}</p>')
        o.append(f"<h1{_dir(cover.title)}>{_esc(cover.title)}</h1>")
        for css, text in (
            ("subtitle", cover.subtitle),
            ("organisers", cover.organisers),
            ("venue", cover.venue),
            ("dates", cover.dates),
            ("prepared-by", cover.prepared_by),
            ("edition", cover.edition),
        ):
            if text:
                o.append(f'<p class="{css}"{_dir(text)}>{_esc(text)}</p>')
        o.append("</header>")

    def toc(self) -> None:
        toc = self.outline.toc
        headings = [h for h in self.outline.headings(toc.max_level) if h.anchor]
        if not headings:
            return
        o = self.out
        o.append('<nav class="toc" aria-labelledby="contents">')
        o.append(f'<h2 id="contents">{_esc(toc.title)}</h2>')
        top = min(h.level for h in headings)
        depth = 0
        for h in headings:
            level = h.level - top + 1
            if level > depth:
                o.append("<ol>" * (level - depth))
            else:
                o.append("</li>")
                o.append("</ol></li>" * (depth - level))
            depth = level
            o.append(f'<li><a href="#{_esc(h.anchor)}"{_dir(h.text)}>{_esc(h.text)}</a>')
        o.append("</li>" + "</ol></li>" * (depth - 1) + "</ol>")
        o.append("</nav>")

    def heading(self, heading: Heading, level: int) -> None:
        ident = f' id="{_esc(heading.anchor)}"' if heading.anchor else ""
        self.out.append(f"<h{level}{ident}{_dir(heading.text)}>{_esc(heading.text)}</h{level}>")

    def paragraph(self, block: Paragraph) -> None:
        text = "".join(s.text for s in block.spans)
        if not text.strip():
            return
        css = {"meta": ' class="meta"', "lead": ' class="lead"'}.get(block.role, "")
        self.out.append(f"<p{css}{_dir(text)}>{self.spans(block.spans)}</p>")

    def entry(self, entry: ListEntry) -> str:
        first, rest = (
            render_markdown_entry(entry.markdown, heading_offset=_NOTE_HEADING_OFFSET)
            if entry.markdown
            else ("", "")
        )
        ident = f' id="{_esc(entry.anchor)}"' if entry.anchor else ""
        # Markdown's markup characters are direction-neutral, so the source tells the direction as well
        # as its plain text would, without flattening every note.
        text = entry.markdown or "".join(s.text for s in entry.lead)
        body = self.spans(entry.lead) + first + self.spans(entry.trail)
        return f"<li{ident}{_dir(text)}>{body}{rest}</li>"

    def bullet_list(self, block: BulletList) -> None:
        tag = "ol" if block.numbered else "ul"
        css = f' class="{_esc(block.kind)}"' if block.kind else ""
        items = "\n".join(self.entry(e) for e in block.entries)
        self.out.append(f"<{tag}{css}>\n{items}\n</{tag}>")

    def quote(self, block: Quote) -> None:
        first, rest = render_markdown_entry(block.markdown, heading_offset=_NOTE_HEADING_OFFSET)
        lead = self.spans(block.lead)
        parts = [f"<blockquote{_dir(block.markdown)}>"]
        if first or lead:
            parts.append(f"<p>{lead}{first}</p>")
        if rest:
            parts.append(rest)
        if block.speaker:
            parts.append(f"<footer>— {_esc(block.speaker)}</footer>")
        parts.append("</blockquote>")
        self.out.append("".join(parts))

    def markdown(self, block: Markdown) -> None:
        rendered = render_markdown(block.source, heading_offset=_NOTE_HEADING_OFFSET)
        if rendered:
            self.out.append(f'<div class="note">{rendered}</div>')

    def fields(self, block: Fields) -> None:
        rows = "".join(f"<dt>{_esc(f.label)}</dt><dd{_dir(f.value)}>{_esc(f.value)}</dd>" for f in block.rows)
        self.out.append(f'<dl class="fields">{rows}</dl>')

    def key_figures(self, block: KeyFigures) -> None:
        tiles = "".join(f"<div><dt>{_esc(f.label)}</dt><dd>{_esc(f.value)}</dd></div>" for f in block.rows)
        self.out.append(f'<dl class="key-figures">{tiles}</dl>')

    def cell(self, cell: Cell, tag: str = "td") -> str:
        inner = "<br>".join(_esc(line) for line in cell.text.split("\n"))
        # A date, a reference or a name is kept on one line: "15 Sept / 2017" reads badly.
        short = ' class="short"' if 0 < len(cell.text) <= _SHORT_CELL and "\n" not in cell.text else ""
        return (
            f"<{tag}{short}{_dir(cell.text)}>{self.link(inner, anchor=cell.anchor, href=cell.href)}</{tag}>"
        )

    def table(self, block: Table) -> None:
        total = sum(block.widths) or 1.0
        cols = "".join(f'<col style="width:{100 * w / total:.1f}%">' for w in block.widths)
        head = "".join(f"<th>{_esc(h)}</th>" for h in block.header)
        body = "\n".join("<tr>" + "".join(self.cell(c) for c in row) + "</tr>" for row in block.rows)
        css = f' class="{_esc(block.kind)}"' if block.kind else ""
        self.out.append(
            f"<table{css}><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table>"
        )

    def figure(self, block: Figure) -> None:
        label = f"{block.label} {block.number}"
        alt = _esc(block.caption or label)
        data = self.image_data(block.attachment)
        src = None if data is None else self.data_uri(data)
        target = document_href(block.href) if block.href else None
        if src is None and target is not None:
            src = target
        parts = [f'<figure id="figure-{block.number}">']
        if src is not None:
            image = f'<img src="{_esc(src)}" alt="{alt}"{self.size_attrs(block.attachment, data)}>'
            parts.append(f'<a href="{_esc(target)}">{image}</a>' if target else image)
        caption = f'<span class="figure-label">{_esc(label + self.labels.colon.rstrip())}</span> '
        # Never a bare "Figure 1:": an uncaptioned photo is named by its file.
        caption += _esc(block.caption or block.attachment.filename)
        if block.credit:
            caption += f'<span class="credit">{_esc(block.credit)}</span>'
        if block.context:
            caption += f'<span class="context">{_esc(block.context)}</span>'
        parts.append(f"<figcaption{_dir(block.caption)}>{caption}</figcaption></figure>")
        self.out.append("".join(parts))
        self.flush()  # the embedded photo leaves memory now

    def file_list(self, block: FileList) -> None:
        items = []
        for f in block.entries:
            line = self.link(_esc(f.filename), href=f.href)
            if f.context:
                line += ' <span class="muted">— ' + self.link(_esc(f.context), anchor=f.anchor) + "</span>"
            items.append(f"<li>{line}</li>")
        self.out.append('<ul class="files">' + "".join(items) + "</ul>")

    def block(self, block: Block) -> None:
        if isinstance(block, Paragraph):
            self.paragraph(block)
        elif isinstance(block, Markdown):
            self.markdown(block)
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
        # One level below the enclosing heading at most (as in Markdown): the outline puts a session's
        # parts two below it for Word, which a screen reader's outline would show as a gap (h3 -> h5).
        level = min(6, section.heading.level + 1, parent_level + 1)
        classes = [c for c in (section.kind, "new-page" if section.new_page else "") if c]
        if section.landscape:
            classes.append("landscape")
        css = f' class="{_esc(" ".join(classes))}"' if classes else ""
        self.out.append(f"<section{css}>")
        self.heading(section.heading, level)
        for child in section.children:
            if isinstance(child, Section):
                self.section(child, level)
            else:
                self.block(child)
        self.out.append("</section>")

    def render(self) -> str:
        outline = self.outline
        title = outline.title or outline.cover.document_label
        page_title = f"{title} — {outline.cover.document_label}" if outline.title else title
        self.out.extend(
            (
                "<!DOCTYPE html>",
                f'<html lang="{_esc(outline.language)}">',
                "<head>",
                '<meta charset="utf-8">',
                f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                '<meta name="generator" content="meetingkit">',
                f"<title>{_esc(page_title)}</title>",
                f"<style>{STYLESHEET}</style>",
                "</head>",
                "<body>",
            )
        )
        self.cover(outline.cover)
        self.toc()
        self.out.append("<main>")
        for section in outline.sections:
            self.section(section)
        self.out.append("</main>\n</body>\n</html>\n")
        self.flush()
        return "\n".join(self.out)


def render_html_document(outline: Outline, *, image_source: ImageSource | None = None) -> str:
    """The whole document as one HTML page. Photos are embedded as data: URIs when `image_source`
    gives their bytes, else shown from `Figure.href` when the outline links them, else captioned only."""
    return _Writer(outline, image_source).render()


def write_html(outline: Outline, path: Path | str, *, image_source: ImageSource | None = None) -> Path:
    """Write the document as a UTF-8 HTML page to `path`, part by part; returns the path written."""
    target = Path(path)
    with atomic_output(target) as handle:
        writer = _Writer(outline, image_source)

        # As write_atomically encodes: a lone surrogate that slipped past cleaning must not cost the file.
        def write(text: str) -> None:
            handle.write(text.encode("utf-8", "replace"))

        writer.sink = write
        writer.render()
    return target
