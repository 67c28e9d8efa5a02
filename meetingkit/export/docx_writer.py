"""The Word writer of the full written summaries: walks the outline and builds the body in one pass.

Speed by design: python-docx rescans the style list on every `add_paragraph(style=...)` and walks
siblings on every append. Here style ids are resolved once (docx_styles), each block becomes
WordprocessingML text, and the whole body is parsed once and attached in bulk; python-docx is used only to
open the template, store images and relationships, make headers and footers, and save.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import io
import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote
from zipfile import ZIP_DEFLATED, ZIP_STORED

import docx
from docx.document import Document as DocxDocument
from docx.image.exceptions import UnrecognizedImageError
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.packuri import PackURI
from docx.opc.phys_pkg import _ZipPkgWriter
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml
from docx.oxml.shape import CT_Inline
from docx.parts.image import ImagePart
from docx.shared import Emu
from lxml import etree

from meetingkit import __version__
from meetingkit.core.atomic import output_error, write_atomically
from meetingkit.core.errors import UserError
from meetingkit.core.model import Attachment, EventSnapshot
from meetingkit.core.text import is_rtl, xml_safe
from meetingkit.export.docx_markdown import (
    PLAIN,
    Fmt,
    MarkdownConverter,
    Para,
    escape,
    escape_attr,
    paragraph_xml,
    run_xml,
)
from meetingkit.export.docx_styles import ensure_styles, template_bytes
from meetingkit.export.outline import (
    Block,
    BulletList,
    Cover,
    ExportOptions,
    Fields,
    Figure,
    FileList,
    Heading,
    KeyFigures,
    Markdown,
    Outline,
    Paragraph,
    Quote,
    Section,
    Span,
    Table,
    build_outline,
)

ImageSource = Callable[[Attachment], bytes | Path | None]

EMU_PER_TWIP = 635
EMU_PER_CM = 360_000
# Photos are at most 15 cm wide and 10 cm tall, so two landscape photos and their captions share a page.
FIGURE_MAX_WIDTH = 15 * EMU_PER_CM
FIGURE_MAX_HEIGHT = 10 * EMU_PER_CM
LOGO_MAX_HEIGHT = int(2.2 * EMU_PER_CM)
LOGO_MAX_WIDTH = 7 * EMU_PER_CM

_NS = nsdecls("w", "r", "wp", "a", "pic")
_LOCALE_TAGS = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES"}
_EXTENDED_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def export_moment() -> dt.datetime:
    """When the document was made: now (UTC, whole seconds), or SOURCE_DATE_EPOCH for reproducible files."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).replace(tzinfo=None)
    return dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)


# CT_Settings children that must come after w:updateFields (schema order; Word is strict about it).
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)

_TEMPLATE_CT = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_CT = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _bookmark(anchor: str) -> str:
    # Word bookmark names: letters, digits and underscores, at most 40 characters.
    return re.sub(r"[^A-Za-z0-9_]", "_", anchor)[:40]


def open_template(template: Path | None) -> DocxDocument:
    """Our template, or the user's (.docx or .dotx); anything else is a UserError naming the file."""
    if template is None:
        return docx.Document(io.BytesIO(template_bytes()))
    path = Path(template)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(f"Cannot read the template {path}: {error.strerror or error}.") from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            types = archive.read("[Content_Types].xml")
            if _TEMPLATE_CT in types:
                # A Word template (.dotx) is a document with another content type: open it as one.
                out = io.BytesIO()
                with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy_:
                    for info in archive.infolist():
                        blob = archive.read(info.filename)
                        if info.filename == "[Content_Types].xml":
                            blob = blob.replace(_TEMPLATE_CT, _DOCUMENT_CT)
                        copy_.writestr(info, blob)
                data = out.getvalue()
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError, etree.XMLSyntaxError):
        raise UserError(f"The template {path} is not a Word document (.docx or .dotx).") from None


class _Writer:
    def __init__(self, outline: Outline, template: Path | None, image_source: ImageSource | None) -> None:
        self.outline = outline
        self.labels = outline.labels
        self.doc = open_template(template)
        self.is_ours = template is None
        reference = self.doc if self.is_ours else open_template(None)
        self.ids = ensure_styles(self.doc, reference)
        self.image_source = image_source
        self.part = self.doc.part
        self.rels = self.part.rels
        self.links: dict[str, str] = {}
        self.next_rid = len(self.rels) + 1
        self.numbering = self.part.numbering_part.element if self._has_numbering() else None
        self.next_num_id = (
            1 + max((int(n.get(qn("w:numId")) or 0) for n in self.numbering.iterfind(qn("w:num"))), default=0)
            if self.numbering is not None
            else 1
        )
        self.list_abstract: dict[str, str | None] = {}
        self.bookmark_id = 0
        self.shape_id = 1000
        self.figure_count = 0
        self.md = MarkdownConverter(self)
        body = self.doc.element.body
        final = body.find(qn("w:sectPr"))
        if final is None:
            final = parse_xml(f"<w:sectPr {nsdecls('w')}/>")
            body.append(final)
        self.final_sect = final
        self.out: list[str] = []
        self.at_page_start = False
        self.sections_started = 0

    # ----------------------------------------------------------------------------- DocxSink protocol

    def style(self, role: str) -> str:
        return self.ids[role]

    def hyperlink(self, url: str) -> str:
        rid = self.links.get(url)
        if rid is None:
            # Allocating ids here keeps thousands of links linear; python-docx's own lookup rescans all rels.
            while f"rId{self.next_rid}" in self.rels:
                self.next_rid += 1
            rid = f"rId{self.next_rid}"
            self.rels.add_relationship(RT.HYPERLINK, url, rid, is_external=True)
            self.links[url] = rid
        return rid

    def restart_numbering(self, role: str) -> int | None:
        if self.numbering is None:
            return None
        if role not in self.list_abstract:
            self.list_abstract[role] = self._abstract_of(self.ids[role])
        abstract = self.list_abstract[role]
        if abstract is None:
            return None
        num_id = self.next_num_id
        self.next_num_id += 1
        self.numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>'
                '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )
        return num_id

    def _has_numbering(self) -> bool:
        try:
            self.part.part_related_by(RT.NUMBERING)
        except KeyError:
            return False
        return True

    def _abstract_of(self, style_id: str) -> str | None:
        assert self.numbering is not None
        styles = {s.get(qn("w:styleId")): s for s in self.doc.styles.element.iterfind(qn("w:style"))}
        seen: set[str] = set()
        current: str | None = style_id
        while current and current not in seen:
            seen.add(current)
            style = styles.get(current)
            if style is None:
                return None
            num = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
            if num is not None:
                num_id = num.get(qn("w:val"))
                for n in self.numbering.iterfind(qn("w:num")):
                    if n.get(qn("w:numId")) == num_id:
                        ref = n.find(qn("w:abstractNumId"))
                        return None if ref is None else ref.get(qn("w:val"))
                return None
            based = style.find(qn("w:basedOn"))
            current = None if based is None else based.get(qn("w:val"))
        return None

    # ---------------------------------------------------------------------------------- small pieces

    def spans(self, spans: tuple[Span, ...], *, in_lead: bool = False) -> tuple[str, str]:
        """Run XML and plain text of literal spans."""
        xml: list[str] = []
        text: list[str] = []
        for span in spans:
            if span.strong and in_lead:
                fmt = Fmt(char_style=self.ids["reference"])
            else:
                fmt = Fmt(
                    bold=span.strong,
                    italic=span.emphasis,
                    char_style=self.ids["details"] if span.muted else "",
                )
            runs = run_xml(span.text, fmt, breaks=False)
            if span.href:
                runs = run_xml(
                    span.text, Fmt(fmt.bold, fmt.italic, False, self.ids["hyperlink"]), breaks=False
                )
                runs = f'<w:hyperlink r:id="{self.hyperlink(_local_href(span.href))}" w:history="1">{runs}</w:hyperlink>'
            elif span.anchor:
                runs = f'<w:hyperlink w:anchor="{_bookmark(span.anchor)}" w:history="1">{runs}</w:hyperlink>'
            xml.append(runs)
            text.append(span.text)
        return "".join(xml), "".join(text)

    def para(self, role: str, text: str, fmt: Fmt = PLAIN, *, ppr: str = "", ppr_tail: str = "") -> str:
        return paragraph_xml(self.ids[role], run_xml(text, fmt), rtl=is_rtl(text), ppr=ppr, ppr_tail=ppr_tail)

    def emit(self, xml: str) -> None:
        self.out.append(xml)
        self.at_page_start = False

    def page_break_ppr(self, new_page: bool) -> str:
        # Every heading keeps with what follows, whatever the template's heading styles say.
        return "<w:keepNext/><w:pageBreakBefore/>" if new_page and not self.at_page_start else _KEEP_NEXT

    # ------------------------------------------------------------------------------------- sections

    def section_break(self, *, landscape: bool) -> None:
        """End the current section here; the next content starts a new page."""
        sect = self.sect_pr(landscape=landscape, first=self.sections_started == 0)
        self.sections_started += 1
        self.out.append(f"{self._section_break_start}{sect}</w:pPr></w:p>")
        self.at_page_start = True

    @property
    def _section_break_start(self) -> str:
        return f'<w:p><w:pPr><w:pStyle w:val="{self.ids["normal"]}"/>'

    def sect_pr(self, *, landscape: bool, first: bool) -> str:
        sect = copy.deepcopy(self.final_sect)
        _orient(sect, landscape=landscape)
        title_pg = sect.find(qn("w:titlePg"))
        if not first and title_pg is not None:
            sect.remove(title_pg)
        return str(etree.tostring(sect, encoding="unicode"))

    def content_width(self, landscape: bool) -> int:
        """Text width in twips of a portrait or landscape page of the template."""
        sect = copy.deepcopy(self.final_sect)
        _orient(sect, landscape=landscape)
        size = sect.find(qn("w:pgSz"))
        margins = sect.find(qn("w:pgMar"))
        width = int(size.get(qn("w:w")) or 11906) if size is not None else 11906
        left = int(margins.get(qn("w:left")) or 1440) if margins is not None else 1440
        right = int(margins.get(qn("w:right")) or 1440) if margins is not None else 1440
        return max(2000, width - left - right)

    # ------------------------------------------------------------------------------------- document

    def cover(self, cover: Cover) -> None:
        if cover.logo is not None:
            picture = self.picture(cover.logo, LOGO_MAX_WIDTH, LOGO_MAX_HEIGHT)
            if picture:
                self.emit(paragraph_xml(self.ids["normal"], picture))
        self.emit(self.para("cover-label", cover.document_label))
        self.emit(self.para("title", cover.title))
        if cover.subtitle:
            self.emit(self.para("subtitle", cover.subtitle))
        for line in (cover.organisers, cover.venue, cover.dates, cover.prepared_by, cover.edition):
            if line:
                self.emit(self.para("cover-details", line))

    def toc(self) -> None:
        """A real TOC field. Word rebuilds it on opening (updateFields); until then -- LibreOffice, Protected
        View, previews -- its cached result is a short note and the clickable list of headings, no page numbers.
        """
        toc = self.outline.toc
        self.emit(self.para("toc-heading", toc.title, ppr="<w:pageBreakBefore/>"))
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> TOC \\o "1-{toc.max_level}" \\h \\z \\u </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        paragraphs = [[self.ids["meta"], begin + run_xml(toc.placeholder, Fmt(italic=True)), toc.placeholder]]
        for heading in self.outline.headings(toc.max_level):
            runs = run_xml(heading.text, breaks=False)
            if heading.anchor:
                runs = (
                    f'<w:hyperlink w:anchor="{_bookmark(heading.anchor)}" w:history="1">{runs}</w:hyperlink>'
                )
            paragraphs.append([self.ids[f"toc-{heading.level}"], runs, heading.text])
        paragraphs[-1][1] += end
        for style_id, content, text in paragraphs:
            self.emit(paragraph_xml(style_id, content, rtl=is_rtl(text)))

    def heading(self, heading: Heading, *, new_page: bool) -> None:
        level = max(1, min(heading.level, 5))
        ppr = self.page_break_ppr(new_page)
        content = run_xml(heading.text, breaks=False)
        if heading.anchor:
            self.bookmark_id += 1
            name = _bookmark(heading.anchor)
            content = (
                f'<w:bookmarkStart w:id="{self.bookmark_id}" w:name="{name}"/>{content}'
                f'<w:bookmarkEnd w:id="{self.bookmark_id}"/>'
            )
        self.emit(paragraph_xml(self.ids[f"heading-{level}"], content, rtl=is_rtl(heading.text), ppr=ppr))

    def section(self, section: Section) -> None:
        if section.landscape:
            self.section_break(landscape=False)
        self.heading(section.heading, new_page=section.new_page)
        for child in section.children:
            if isinstance(child, Section):
                self.section(child)
            else:
                self.block(child, landscape=section.landscape)
        if section.landscape:
            self.section_break(landscape=True)

    def block(self, block: Block, *, landscape: bool) -> None:
        if isinstance(block, Markdown):
            for xml in self.md.blocks(block.source):
                self.emit(xml)
        elif isinstance(block, Paragraph):
            runs, text = self.spans(block.spans)
            role = "meta" if block.role == "meta" else "body"
            # A date or time/room line belongs to the heading above and the text below it.
            keep = _KEEP_NEXT if role == "meta" else ""
            self.emit(paragraph_xml(self.ids[role], runs, rtl=is_rtl(text), ppr=keep))
        elif isinstance(block, Fields):
            colon = self.labels.colon
            for row in block.rows:
                p = Para(self.ids["field"], ppr_extra=_KEEP_NEXT)
                p.add(row.label + colon, Fmt(bold=True))
                p.add(row.value)
                self.emit(p.xml())
        elif isinstance(block, KeyFigures):
            self.key_figures(block, landscape)
        elif isinstance(block, BulletList):
            for entry in block.entries:
                lead, lead_text = self.spans(entry.lead, in_lead=True)
                trail, _ = self.spans(entry.trail)
                for xml in self.md.entry(
                    entry.markdown, numbered=block.numbered, lead=lead, lead_text=lead_text, trail=trail
                ):
                    self.emit(xml)
        elif isinstance(block, Quote):
            lead, lead_text = self.spans(block.lead)
            for xml in self.md.blocks(block.markdown, container="quote", lead=lead, lead_text=lead_text):
                self.emit(xml)
            if block.speaker:
                self.emit(self.para("quote-source", f"— {block.speaker}"))
        elif isinstance(block, Table):
            self.table(block, landscape)
        elif isinstance(block, Figure):
            self.figure(block)
        elif isinstance(block, FileList):
            for file in block.entries:
                name = Span(file.filename, href=file.href)
                where = (Span(" — ", muted=True), Span(file.context, muted=True, anchor=file.anchor))
                runs, text = self.spans((name, *where) if file.context else (name,))
                self.emit(paragraph_xml(self.ids["bullet-1"], runs, rtl=is_rtl(text)))

    # -------------------------------------------------------------------------------------- tables

    def cell(self, width: int, paragraphs: str, shade: str = "") -> str:
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>{paragraphs}</w:tc>'

    def table(self, table: Table, landscape: bool) -> None:
        widths = column_widths(table, self.content_width(landscape))
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        rows: list[str] = []
        head_style = self.ids["table-heading"]
        text_style = self.ids["table-text"]
        header_cells = "".join(
            self.cell(w, paragraph_xml(head_style, run_xml(h, breaks=False), rtl=is_rtl(h)))
            for w, h in zip(widths, table.header, strict=False)
        )
        rows.append(f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{header_cells}</w:tr>")
        for row in table.rows:
            cells: list[str] = []
            for w, cell in zip(widths, row, strict=False):
                paras: list[str] = []
                for line in cell.text.split("\n") or [""]:
                    runs = run_xml(line, breaks=False)
                    if cell.anchor and runs:
                        runs = f'<w:hyperlink w:anchor="{_bookmark(cell.anchor)}" w:history="1">{runs}</w:hyperlink>'
                    elif cell.href and runs:
                        rid = self.hyperlink(_local_href(cell.href))
                        runs = f'<w:hyperlink r:id="{rid}" w:history="1">{runs}</w:hyperlink>'
                    paras.append(paragraph_xml(text_style, runs, rtl=is_rtl(line)))
                cells.append(self.cell(w, "".join(paras)))
            # Register rows are a few lines: keeping each whole on one page reads better than splitting it.
            rows.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{''.join(cells)}</w:tr>")
        self.emit(
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.ids["register-table"]}"/>'
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0"'
            ' w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
        )
        # A paragraph after a table keeps the next table or heading from gluing onto it.
        self.emit(paragraph_xml(self.ids["normal"], ""))

    def key_figures(self, block: KeyFigures, landscape: bool) -> None:
        if not block.rows:
            return
        total = self.content_width(landscape)
        width = total // len(block.rows)
        cells = "".join(
            self.cell(
                width,
                self.para("key-figure", row.value) + self.para("key-figure-label", row.label),
            )
            for row in block.rows
        )
        grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in block.rows)
        self.emit(
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.ids["figures-table"]}"/>'
            f'<w:tblW w:w="{width * len(block.rows)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0"'
            ' w:noHBand="1" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>{cells}</w:tr></w:tbl>"
        )
        self.emit(paragraph_xml(self.ids["normal"], ""))

    # ------------------------------------------------------------------------------------- pictures

    def image_bytes(self, attachment: Attachment) -> bytes | None:
        if self.image_source is None:
            return None
        found = self.image_source(attachment)
        if found is None:
            return None
        if isinstance(found, Path):
            try:
                return found.read_bytes()
            except OSError:
                return None
        return found

    def picture(self, attachment: Attachment, max_width: int, max_height: int) -> str:
        """`<w:r>` holding the photo scaled to fit, or "" when it has no usable bytes."""
        data = self.image_bytes(attachment)
        if not data:
            return ""
        try:
            rid, image = self.part.get_or_add_image(io.BytesIO(data))
        except (UnrecognizedImageError, OSError, ValueError, ZeroDivisionError):
            return ""
        width, height = image.width, image.height  # EMU at the image's own dpi
        if width <= 0 or height <= 0:
            return ""
        scale = min(max_width / width, max_height / height)
        cx, cy = int(width * scale), int(height * scale)
        self.shape_id += 1
        inline = CT_Inline.new_pic_inline(
            self.shape_id, rid, xml_safe(attachment.filename) or "photo", Emu(cx), Emu(cy)
        )
        return f"<w:r><w:drawing>{etree.tostring(inline, encoding='unicode')}</w:drawing></w:r>"

    def figure(self, figure: Figure) -> None:
        max_width = min(FIGURE_MAX_WIDTH, self.content_width(False) * EMU_PER_TWIP)
        picture = self.picture(figure.attachment, max_width, FIGURE_MAX_HEIGHT)
        if not picture:
            return
        self.figure_count += 1
        self.emit(paragraph_xml(self.ids["figure"], picture))
        number = str(self.figure_count)
        label = figure.label.replace('"', "")
        caption = (
            run_xml(f"{figure.label} ")
            + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            + f'<w:r><w:instrText xml:space="preserve"> SEQ {escape_attr(label)} \\* ARABIC </w:instrText></w:r>'
            + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + f"<w:r><w:t>{number}</w:t></w:r>"
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
        if figure.caption:
            caption += run_xml(f"{self.labels.colon}{figure.caption}", breaks=False)
        self.emit(paragraph_xml(self.ids["caption"], caption, rtl=is_rtl(figure.caption)))
        credit = " · ".join(x for x in (figure.context, figure.credit) if x)
        if credit:
            self.emit(self.para("credit", credit))
        else:
            self.emit(paragraph_xml(self.ids["credit"], ""))

    # ------------------------------------------------------------------------------ furniture, save

    def body(self) -> None:
        self.cover(self.outline.cover)
        self.toc()
        for section in self.outline.sections:
            self.section(section)
        # The last section ends with the body's own sectPr; a break right before it would leave a blank page.
        if self.out and self.out[-1].startswith(self._section_break_start):
            last = self.out.pop()
            self.sections_started -= 1
            _orient(self.final_sect, landscape='w:orient="landscape"' in last)
        if self.sections_started > 0:
            # Only the cover's section has a distinct first page.
            _set_title_page(self.final_sect, False)

    def attach_body(self) -> None:
        """Parse the whole document once, body included, and put it in place of the template's.

        Appending parsed elements into the template's tree would move them between lxml documents, which
        walks every node again (most of the time of a 10,000-item export); re-parsing the document part
        with the new body in it costs one parse.
        """
        root = self.doc.element
        body = root.body
        for child in list(body):
            body.remove(child)
        marker = etree.Comment("meetingkit-body")
        body.append(marker)
        body.append(self.final_sect)
        head, tail = etree.tostring(root, encoding="unicode").split("<!--meetingkit-body-->", 1)
        start = head.index(">", head.index("<w:document")) if "<w:document" in head else head.index(">")
        declared = head[:start]
        for prefix in ("w", "r", "wp", "a", "pic"):
            if f"xmlns:{prefix}=" not in declared:
                head = head[:start] + " " + nsdecls(prefix) + head[start:]
                start = (
                    head.index(">", head.index("<w:document")) if "<w:document" in head else head.index(">")
                )
                declared = head[:start]
        new_root = parse_xml(head + "".join(self.out) + tail)
        # The part owns the root element; a fresh Document proxy from the part then sees the new tree.
        self.doc.part._element = new_root
        self.doc = self.doc.part.document
        self.final_sect = new_root.body.find(qn("w:sectPr"))

    def furniture(self) -> None:
        """Header with the event title and footer 'Page X of Y', unless the template brings its own."""
        sections = self.doc.sections
        first = sections[0]
        # The cover never carries a header or footer, whatever the template: the first page gets empty ones.
        first.different_first_page_header_footer = True
        for blank in (first.first_page_header, first.first_page_footer):
            blank.is_linked_to_previous = False
            _clear(blank._element)
            blank._element.append(
                parse_xml(f'<w:p {_NS}><w:pPr><w:pStyle w:val="{self.ids["normal"]}"/></w:pPr></w:p>')
            )
        header_has_content = _has_content(first.header) if not first.header.is_linked_to_previous else False
        footer_has_content = _has_content(first.footer) if not first.footer.is_linked_to_previous else False
        labels = self.labels
        if not header_has_content:
            header = first.header
            header.is_linked_to_previous = False
            _clear(header._element)
            header._element.append(
                parse_xml(f"<w:p {_NS}>{self._furniture_p('header', self.outline.title)}</w:p>")
            )
            for later in sections[1:]:
                later.header.is_linked_to_previous = True
        if not footer_has_content:
            footer = first.footer
            footer.is_linked_to_previous = False
            _clear(footer._element)
            content = (
                run_xml(labels.page_prefix) + _field("PAGE") + run_xml(labels.page_of) + _field("NUMPAGES")
            )
            footer._element.append(
                parse_xml(
                    f'<w:p {_NS}><w:pPr><w:pStyle w:val="{self.ids["footer"]}"/></w:pPr>{content}</w:p>'
                )
            )
            for later in sections[1:]:
                later.footer.is_linked_to_previous = True

    def _furniture_p(self, role: str, text: str) -> str:
        bidi = "<w:bidi/>" if is_rtl(text) else ""
        return f'<w:pPr><w:pStyle w:val="{self.ids[role]}"/>{bidi}</w:pPr>{run_xml(text, breaks=False)}'

    def settings(self) -> None:
        settings = self.doc.settings.element
        existing = settings.find(qn("w:updateFields"))
        if existing is None:
            existing = parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>')
            successor = next(
                (el for tag in _AFTER_UPDATE_FIELDS for el in settings.iterfind(_qn_any(tag))), None
            )
            if successor is not None:
                successor.addprevious(existing)
            else:
                settings.append(existing)
        existing.set(qn("w:val"), "true")

    def properties(self) -> None:
        """The file's properties say what the document is, who prepared it, when, and in which language."""
        outline = self.outline
        tag = _LOCALE_TAGS.get(outline.language, outline.language)
        core = self.doc.core_properties
        core.title = xml_safe(outline.title)[:255]
        core.subject = xml_safe(outline.cover.document_label)[:255]
        core.keywords = xml_safe("; ".join(outline.keywords))[:255]
        # The template's own description ("restyle it in Word...") is not this document's.
        core.comments = xml_safe(outline.cover.subtitle)[:255]
        author = xml_safe(outline.author)[:255]
        core.author = author
        core.last_modified_by = author
        core.revision = 1
        core.language = tag
        moment = export_moment()
        core.created = moment
        core.modified = moment
        # Spelling and hyphenation follow the document's language: the defaults and Normal, which a user's
        # template may have tagged in its own language.
        styles = self.doc.styles.element
        targets = [styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")]
        normal = next(
            (
                st
                for st in styles.iterfind(qn("w:style"))
                if st.get(qn("w:type")) == "paragraph" and st.get(qn("w:default")) in ("1", "true")
            ),
            None,
        )
        if normal is not None:
            rpr = normal.find(qn("w:rPr"))
            if rpr is None:
                rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
                normal.append(rpr)
            targets.append(rpr)
        for rpr in targets:
            if rpr is None:
                continue
            lang = rpr.find(qn("w:lang"))
            if lang is None:
                lang = parse_xml(f"<w:lang {nsdecls('w')}/>")
                rpr.append(lang)  # last child of rPr in schema order
            lang.set(qn("w:val"), tag)
        self.application()

    def application(self) -> None:
        """docProps/app.xml names the program that wrote the file (python-docx's default says Word for Mac)."""
        for part in self.doc.part.package.iter_parts():
            if part.partname == "/docProps/app.xml":
                root = etree.fromstring(part.blob)
                ns = {"ep": _EXTENDED_PROPERTIES}
                for name, value in (("Application", f"meetingkit {__version__}"), ("Company", "")):
                    element = root.find(f"ep:{name}", ns)
                    if element is not None:
                        element.text = value
                version = root.find("ep:AppVersion", ns)
                if version is not None:
                    root.remove(version)  # Word's own version number, not ours
                part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
                return

    def write(self) -> DocxDocument:
        self.body()
        self.attach_body()
        self.furniture()
        self.settings()
        self.properties()
        return self.doc


_KEEP_NEXT = "<w:keepNext/>"
# Twips a character takes in a register cell (9-10 pt text, a little more for the bold header), and the
# cell's own left and right margins: enough to size a column by the longest word it must hold.
_CHAR_TWIPS = 115
_HEADER_CHAR_TWIPS = 125
_CELL_MARGINS = 230
_BREAKABLE = re.compile(r"[ \t\n]+")  # not str.split(): a no-break space (dates) joins words


def _longest_word(text: str) -> int:
    return max((len(w) for w in _BREAKABLE.split(text)), default=0)


def column_widths(table: Table, total: int) -> list[int]:
    """Column widths in twips filling `total`: the table's proportions, but never narrower than the longest
    word (or no-break date) of the column, so no word breaks mid-way; wider columns give up the difference.
    """
    weight = sum(table.widths) or 1.0
    widths = [total * w / weight for w in table.widths]
    minimum = [
        max(
            _longest_word(table.header[i]) * _HEADER_CHAR_TWIPS if i < len(table.header) else 0,
            max((_longest_word(row[i].text) for row in table.rows if i < len(row)), default=0) * _CHAR_TWIPS,
        )
        + _CELL_MARGINS
        for i in range(len(widths))
    ]
    if sum(minimum) >= total:
        # Words too long for any layout: share the page by the minimums rather than overflow it.
        return [int(total * m / sum(minimum)) for m in minimum]
    for _ in range(len(widths)):
        short = [i for i, w in enumerate(widths) if w < minimum[i] - 0.5]
        if not short:
            break
        needed = sum(minimum[i] - widths[i] for i in short)
        for i in short:
            widths[i] = minimum[i]
        spare = {
            i: widths[i] - minimum[i] for i in range(len(widths)) if i not in short and widths[i] > minimum[i]
        }
        available = sum(spare.values())
        for i, extra in spare.items():
            widths[i] -= needed * extra / available
    return [int(w) for w in widths]


def _qn_any(tag: str) -> str:
    prefix, local = tag.split(":")
    if prefix == "sl":
        return f"{{http://schemas.openxmlformats.org/schemaLibrary/2006/main}}{local}"
    return qn(tag)


def _field(instruction: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>1</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _clear(element: etree._Element) -> None:
    for child in list(element):
        element.remove(child)


def _has_content(part_view: object) -> bool:
    element: etree._Element = part_view._element  # type: ignore[attr-defined]
    text = "".join(t.text or "" for t in element.iter(qn("w:t"))).strip()
    pictures = any(True for _ in element.iter(qn("w:drawing"), qn("w:pict")))
    fields = any(True for _ in element.iter(qn("w:fldSimple"), qn("w:instrText")))
    return bool(text) or pictures or fields


def _orient(sect: etree._Element, *, landscape: bool) -> None:
    size = sect.find(qn("w:pgSz"))
    if size is None:
        size = parse_xml(f'<w:pgSz {nsdecls("w")} w:w="11906" w:h="16838"/>')
        sect.insert(0, size)
    w = int(size.get(qn("w:w")) or 11906)
    h = int(size.get(qn("w:h")) or 16838)
    short, long_ = min(w, h), max(w, h)
    if landscape:
        size.set(qn("w:w"), str(long_))
        size.set(qn("w:h"), str(short))
        size.set(qn("w:orient"), "landscape")
    else:
        size.set(qn("w:w"), str(short))
        size.set(qn("w:h"), str(long_))
        if size.get(qn("w:orient")) is not None:
            del size.attrib[qn("w:orient")]


def _set_title_page(sect: etree._Element, on: bool) -> None:
    title_pg = sect.find(qn("w:titlePg"))
    if on and title_pg is None:
        # Schema order: titlePg comes after pgNumType/cols/formProt/vAlign/noEndnote, before textDirection.
        follower = next(
            (
                el
                for tag in ("w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings")
                for el in sect.iterfind(qn(tag))
            ),
            None,
        )
        new = parse_xml(f"<w:titlePg {nsdecls('w')}/>")
        if follower is not None:
            follower.addprevious(new)
        else:
            sect.append(new)
    elif not on and title_pg is not None:
        sect.remove(title_pg)


def _local_href(href: str) -> str:
    # Pack-relative paths (photos/01 plenary.jpg) must be valid URI references in the relationship.
    return quote(xml_safe(href), safe="/:#?&=%@+~!$,;'()*")


_STORED_MEDIA = (".jpeg", ".jpg", ".png", ".gif", ".webp", ".emf", ".wmf", ".tif", ".tiff")


def _write_member(self: _ZipPkgWriter, pack_uri: PackURI, blob: bytes) -> None:
    # python-docx deflates every part; photos are already compressed, and deflating them again took
    # a third of the time of a photo-heavy document for no smaller file. Word reads stored members.
    stored = pack_uri.membername.lower().endswith(_STORED_MEDIA)
    self._zipf.writestr(pack_uri.membername, blob, compress_type=ZIP_STORED if stored else ZIP_DEFLATED)


_ZipPkgWriter.write = _write_member  # type: ignore[method-assign]


def _memoised_sha1(self: ImagePart) -> str:
    # python-docx looks for a duplicate of each new picture by hashing every picture already in the
    # document: 200 photos meant 20,000 SHA-1s of half a megabyte (10 s of a pack). A part's bytes
    # never change, so its hash is computed once.
    cached: str | None = self.__dict__.get("_meetingkit_sha1")
    if cached is None:
        cached = self.__dict__["_meetingkit_sha1"] = hashlib.sha1(self.blob).hexdigest()
    return cached


ImagePart.sha1 = property(_memoised_sha1)  # type: ignore[method-assign,assignment]


def write_docx(
    source: Outline | EventSnapshot,
    destination: Path | str | BinaryIO,
    *,
    options: ExportOptions | None = None,
    template: Path | None = None,
    image_source: ImageSource | None = None,
) -> None:
    """Write the full written summaries as Word to `destination` (a path, replaced atomically, or a stream).

    `source` is an outline, or a snapshot turned into one with `options`. `template` is the user's .docx or
    .dotx (their styles, page and headers win; styles they lack are added from ours). `image_source`
    returns a photo's bytes or file path (None leaves the figure out); without it no photos are placed.
    """
    outline = source if isinstance(source, Outline) else build_outline(source, options)
    document = _Writer(outline, template, image_source).write()
    if not isinstance(destination, (str, os.PathLike)):
        document.save(destination)
        return
    target = Path(destination)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise output_error(target, error) from None
    # Zipped in memory first: python-docx leaves its ZipFile open when a write fails, and on a full disk
    # the garbage collector's second try printed "Exception ignored in: ZipFile.__del__" and a traceback.
    buffer = io.BytesIO()
    document.save(buffer)
    write_atomically(target, buffer.getvalue())


__all__ = ["ImageSource", "escape", "open_template", "write_docx"]
