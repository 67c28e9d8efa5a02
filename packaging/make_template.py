"""Generate resources/templates/summary.docx: the Word template that owns every style of the summaries.

Run from the repository root:  .venv/bin/python packaging/make_template.py
The output is committed; rerun this script after changing a style here (the result is byte-for-byte
reproducible). Starts from python-docx's own default template, keeps only the table styles we use,
sets an A4 page, and defines each style of meetingkit.export.docx_styles.STYLES.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml
from docx.shared import Cm

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "templates" / "summary.docx"

# Palette: deep navy for structure, one blue accent, a warm grey for secondary text.
NAVY = "1B365D"
ACCENT = "2F6EBA"
GREY = "5E6A78"
RULE = "C5D3E3"
TINT = "EAF1F8"
BAND = "F6F8FB"
TEXT = "1F2933"

SANS = "Calibri"  # LibreOffice substitutes the metric-compatible Carlito
MONO = "Consolas"

# Content width of an A4 page with 2.2 cm side margins, in twentieths of a point.
PAGE_W, PAGE_H, MARGIN = 11906, 16838, 1247
CONTENT_W = PAGE_W - 2 * MARGIN


def fonts(face: str = SANS) -> str:
    return f'<w:rFonts w:ascii="{face}" w:hAnsi="{face}" w:eastAsia="{face}" w:cs="Arial"/>'


def size(points: float) -> str:
    half = round(points * 2)
    return f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'


def style(
    kind: str,
    style_id: str,
    name: str,
    *,
    based_on: str | None = "Normal",
    next_style: str | None = None,
    ppr: str = "",
    rpr: str = "",
    extra: str = "",
    ui_priority: int | None = None,
    q_format: bool = False,
    custom: bool = False,
    default: bool = False,
) -> str:
    parts = [f'<w:style {nsdecls("w")} w:type="{kind}" w:styleId="{style_id}"']
    if default:
        parts.append(' w:default="1"')
    if custom:
        parts.append(' w:customStyle="1"')
    parts.append(f'><w:name w:val="{name}"/>')
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_style:
        parts.append(f'<w:next w:val="{next_style}"/>')
    if ui_priority is not None:
        parts.append(f'<w:uiPriority w:val="{ui_priority}"/>')
    if q_format:
        parts.append("<w:qFormat/>")
    if ppr:
        parts.append(f"<w:pPr>{ppr}</w:pPr>")
    if rpr:
        parts.append(f"<w:rPr>{rpr}</w:rPr>")
    parts.append(extra)
    parts.append("</w:style>")
    return "".join(parts)


def para(style_id: str, name: str, **kw: object) -> str:
    return style("paragraph", style_id, name, **kw)  # type: ignore[arg-type]


def char(style_id: str, name: str, **kw: object) -> str:
    return style("character", style_id, name, based_on="DefaultParagraphFont", **kw)  # type: ignore[arg-type]


def spacing(before: int = 0, after: int = 0, line: int | None = None) -> str:
    line_attr = f' w:line="{line}" w:lineRule="auto"' if line else ""
    return f'<w:spacing w:before="{before}" w:after="{after}"{line_attr}/>'


def border(side: str, colour: str, sz: int = 6, space: int = 4) -> str:
    return f'<w:{side} w:val="single" w:sz="{sz}" w:space="{space}" w:color="{colour}"/>'


def heading(
    level: int,
    points: float,
    colour: str,
    before: int,
    after: int,
    *,
    caps: bool = False,
    extra_ppr: str = "",
) -> str:
    # rPr children must follow the schema order (Word refuses out-of-order ones): caps, color, spacing, sz.
    caps_rpr = "<w:caps/>" if caps else ""
    tracking = '<w:spacing w:val="10"/>' if caps else ""
    return para(
        f"Heading{level}",
        f"heading {level}",
        next_style="BodyText",
        ui_priority=9,
        q_format=True,
        ppr=f'<w:keepNext/><w:keepLines/>{extra_ppr}{spacing(before, after)}<w:outlineLvl w:val="{level - 1}"/>',
        rpr=f'{fonts()}<w:b/><w:bCs/>{caps_rpr}<w:color w:val="{colour}"/>{tracking}{size(points)}',
    )


def list_style(style_id: str, name: str, num_id: int) -> str:
    return para(
        style_id,
        name,
        ui_priority=99,
        ppr=f'<w:numPr><w:numId w:val="{num_id}"/></w:numPr>{spacing(0, 60, 264)}',
    )


def continue_style(style_id: str, name: str, indent: int) -> str:
    return para(style_id, name, ui_priority=99, ppr=f'{spacing(0, 60, 264)}<w:ind w:left="{indent}"/>')


def toc(level: int, points: float, indent: int, bold: bool, colour: str, before: int) -> str:
    return para(
        f"TOC{level}",
        f"toc {level}",
        next_style="Normal",
        ui_priority=39,
        ppr=(
            f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{CONTENT_W}"/></w:tabs>'
            f'{spacing(before, 40)}<w:ind w:left="{indent}"/>'
        ),
        rpr=("<w:b/><w:bCs/>" if bold else "") + f'<w:color w:val="{colour}"/>{size(points)}',
    )


STYLES = [
    para(
        "Normal",
        "Normal",
        based_on=None,
        default=True,  # what a paragraph without pStyle resolves to, in Word and in every other reader
        q_format=True,
        ppr=spacing(0, 120, 276),
        rpr=f'{fonts()}<w:color w:val="{TEXT}"/>{size(10.5)}<w:lang w:val="en-GB"/>',
    ),
    para("BodyText", "Body Text", ui_priority=1, q_format=True, ppr=spacing(0, 120, 276)),
    para(
        "Title",
        "Title",
        next_style="Subtitle",
        ui_priority=10,
        q_format=True,
        ppr=f"{spacing(120, 240, 240)}<w:contextualSpacing/>",
        rpr=f'{fonts()}<w:b/><w:bCs/><w:color w:val="{NAVY}"/><w:kern w:val="28"/>{size(32)}',
    ),
    para(
        "Subtitle",
        "Subtitle",
        next_style="BodyText",
        ui_priority=11,
        q_format=True,
        ppr=spacing(0, 480, 264),
        rpr=f'{fonts()}<w:color w:val="{GREY}"/>{size(15)}',
    ),
    para(
        "CoverLabel",
        "Cover Label",
        custom=True,
        q_format=True,
        ppr=f"<w:pBdr>{border('top', ACCENT, 24, 12)}</w:pBdr>{spacing(3400, 200)}",
        rpr=f'<w:b/><w:bCs/><w:caps/><w:color w:val="{ACCENT}"/><w:spacing w:val="20"/>{size(12)}',
    ),
    para(
        "CoverDetails",
        "Cover Details",
        custom=True,
        ppr=spacing(0, 80, 264),
        rpr=f'<w:color w:val="{TEXT}"/>{size(12)}',
    ),
    para(
        "TOCHeading",
        "TOC Heading",
        based_on="Heading1",
        next_style="Normal",
        ui_priority=39,
        q_format=True,
        ppr='<w:outlineLvl w:val="9"/>',
    ),
    toc(1, 11, 0, True, NAVY, 160),
    toc(2, 10, 260, False, TEXT, 20),
    toc(3, 9.5, 520, False, GREY, 0),
    # Space above: a part that follows another on the same page (no page break before it) stands apart.
    heading(
        1,
        22,
        NAVY,
        480,
        280,
        extra_ppr=f"<w:pBdr>{border('bottom', ACCENT, 12, 6)}</w:pBdr>",
    ),
    heading(2, 15, ACCENT, 360, 60),
    heading(3, 12.5, NAVY, 240, 60),
    heading(4, 10, ACCENT, 220, 60, caps=True),
    heading(5, 10.5, NAVY, 160, 40),
    para(
        "SessionDetails",
        "Session Details",
        custom=True,
        q_format=True,
        next_style="BodyText",
        ppr=spacing(0, 120),
        rpr=f'<w:color w:val="{GREY}"/>{size(10)}',
    ),
    para("Field", "Field", custom=True, ppr=spacing(0, 30, 264), rpr=size(10)),
    list_style("ListBullet", "List Bullet", 1),
    list_style("ListBullet2", "List Bullet 2", 2),
    list_style("ListBullet3", "List Bullet 3", 3),
    list_style("ListNumber", "List Number", 4),
    list_style("ListNumber2", "List Number 2", 5),
    list_style("ListNumber3", "List Number 3", 6),
    continue_style("ListContinue", "List Continue", 357),
    continue_style("ListContinue2", "List Continue 2", 714),
    continue_style("ListContinue3", "List Continue 3", 1071),
    para(
        "Quote",
        "Quote",
        next_style="BodyText",
        ui_priority=29,
        q_format=True,
        ppr=(
            f"<w:pBdr>{border('left', ACCENT, 18, 10)}</w:pBdr>"
            f'{spacing(80, 20, 276)}<w:ind w:left="397" w:right="397"/>'
        ),
        rpr=f'<w:i/><w:iCs/><w:color w:val="{NAVY}"/>{size(11)}',
    ),
    para(
        "QuoteSource",
        "Quote Source",
        custom=True,
        ppr=f'<w:pBdr>{border("left", ACCENT, 18, 10)}</w:pBdr>{spacing(0, 160)}<w:ind w:left="397"/>',
        rpr=f'<w:color w:val="{GREY}"/>{size(9.5)}',
    ),
    para(
        "CodeBlock",
        "Code Block",
        custom=True,
        ppr=(
            f'<w:shd w:val="clear" w:color="auto" w:fill="{BAND}"/>'
            f'{spacing(60, 60, 240)}<w:ind w:left="284" w:right="284"/>'
        ),
        rpr=f"{fonts(MONO)}{size(9)}",
    ),
    para(
        "FigureImage",
        "Figure Image",
        custom=True,
        next_style="Caption",
        ppr=f'<w:keepNext/>{spacing(240, 80, 240)}<w:jc w:val="center"/>',
    ),
    para(
        "Caption",
        "caption",
        next_style="BodyText",
        ui_priority=35,
        q_format=True,
        ppr=f'<w:keepNext/>{spacing(0, 20, 252)}<w:jc w:val="center"/>',
        rpr=f'<w:color w:val="{NAVY}"/>{size(9.5)}',
    ),
    para(
        "PhotoCredit",
        "Photo Credit",
        custom=True,
        ppr=f'{spacing(0, 240)}<w:jc w:val="center"/>',
        rpr=f'<w:i/><w:iCs/><w:color w:val="{GREY}"/>{size(8.5)}',
    ),
    para("TableText", "Table Text", custom=True, ppr=spacing(0, 40, 240), rpr=size(9)),
    para(
        "TableHeading",
        "Table Heading",
        custom=True,
        ppr=f"<w:keepNext/>{spacing(0, 0, 240)}",
        rpr=f'<w:b/><w:bCs/><w:color w:val="{NAVY}"/>{size(9)}',
    ),
    para(
        "KeyFigure",
        "Key Figure",
        custom=True,
        ppr=f'{spacing(60, 0, 240)}<w:jc w:val="center"/>',
        rpr=f'<w:b/><w:bCs/><w:color w:val="{ACCENT}"/>{size(24)}',
    ),
    para(
        "KeyFigureLabel",
        "Key Figure Label",
        custom=True,
        ppr=f'{spacing(0, 60, 240)}<w:jc w:val="center"/>',
        rpr=f'<w:caps/><w:color w:val="{GREY}"/><w:spacing w:val="6"/>{size(8.5)}',
    ),
    para(
        "Header",
        "header",
        ui_priority=99,
        ppr=f"<w:pBdr>{border('bottom', RULE, 4, 4)}</w:pBdr>{spacing(0, 0, 240)}",
        rpr=f'<w:color w:val="{GREY}"/>{size(8.5)}',
    ),
    para(
        "Footer",
        "footer",
        ui_priority=99,
        ppr=f'{spacing(0, 0, 240)}<w:jc w:val="right"/>',
        rpr=f'<w:color w:val="{GREY}"/>{size(8.5)}',
    ),
    char("Hyperlink", "Hyperlink", ui_priority=99, rpr=f'<w:color w:val="{ACCENT}"/><w:u w:val="single"/>'),
    char(
        "InlineCode",
        "Inline Code",
        custom=True,
        rpr=f'{fonts(MONO)}{size(9.5)}<w:shd w:val="clear" w:color="auto" w:fill="{BAND}"/>',
    ),
    char("ItemDetails", "Item Details", custom=True, rpr=f'<w:color w:val="{GREY}"/>{size(9.5)}'),
    char("ItemReference", "Item Reference", custom=True, rpr=f'<w:b/><w:bCs/><w:color w:val="{ACCENT}"/>'),
    style(
        "table",
        "RegisterTable",
        "Register Table",
        based_on="TableNormal",
        custom=True,
        ui_priority=59,
        ppr=spacing(0, 0, 240),
        rpr=size(9),
        extra=(
            '<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/>'
            "<w:tblBorders>"
            f'<w:top w:val="single" w:sz="8" w:space="0" w:color="{ACCENT}"/>'
            f'<w:bottom w:val="single" w:sz="8" w:space="0" w:color="{ACCENT}"/>'
            f'<w:insideH w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>'
            "</w:tblBorders>"
            '<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
            '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>'
            '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/>'
            f'<w:color w:val="{NAVY}"/></w:rPr><w:tcPr>'
            f'<w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="{ACCENT}"/></w:tcBorders>'
            f'<w:shd w:val="clear" w:color="auto" w:fill="{TINT}"/></w:tcPr></w:tblStylePr>'
            '<w:tblStylePr w:type="band2Horz"><w:tcPr>'
            f'<w:shd w:val="clear" w:color="auto" w:fill="{BAND}"/></w:tcPr></w:tblStylePr>'
        ),
    ),
    style(
        "table",
        "KeyFiguresTable",
        "Key Figures Table",
        based_on="TableNormal",
        custom=True,
        ui_priority=59,
        ppr=spacing(0, 0, 240),
        extra=(
            "<w:tblPr><w:tblBorders>"
            f'<w:insideV w:val="single" w:sz="12" w:space="0" w:color="FFFFFF"/>'
            "</w:tblBorders>"
            '<w:tblCellMar><w:top w:w="113" w:type="dxa"/><w:left w:w="57" w:type="dxa"/>'
            '<w:bottom w:w="113" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>'
            f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{TINT}"/></w:tcPr>'
        ),
    ),
]


def _level(ilvl: int, fmt: str, text: str, left: int, hanging: int = 284, font: str | None = None) -> str:
    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>'
    )


# One single-level list definition per list style, as Word's own List Bullet/List Number styles do;
# nesting is a different style (List Bullet 2), which keeps user templates and numbering simple.
LISTS = [
    ("ListBullet", _level(0, "bullet", "•", 357, font=SANS)),
    ("ListBullet2", _level(0, "bullet", "–", 714, font=SANS)),
    ("ListBullet3", _level(0, "bullet", "▪", 1071, font=SANS)),
    ("ListNumber", _level(0, "decimal", "%1.", 357)),
    ("ListNumber2", _level(0, "lowerLetter", "%1.", 714)),
    ("ListNumber3", _level(0, "lowerRoman", "%1.", 1071)),
]


def numbering_xml() -> str:
    abstracts = []
    nums = []
    for i, (_style_id, level) in enumerate(LISTS):
        abstracts.append(
            f'<w:abstractNum w:abstractNumId="{i}"><w:multiLevelType w:val="singleLevel"/>{level}</w:abstractNum>'
        )
        nums.append(f'<w:num w:numId="{i + 1}"><w:abstractNumId w:val="{i}"/></w:num>')
    return f"<w:numbering {nsdecls('w')}>{''.join(abstracts)}{''.join(nums)}</w:numbering>"


KEEP_TABLE_STYLES = {"TableNormal", "TableGrid"}


def build() -> bytes:
    document = docx.Document()
    styles_root = document.styles.element
    defined = {s.split('w:styleId="', 1)[1].split('"', 1)[0] for s in STYLES}
    for el in list(styles_root.iterfind(qn("w:style"))):
        style_id = el.get(qn("w:styleId"))
        if style_id in defined or (el.get(qn("w:type")) == "table" and style_id not in KEEP_TABLE_STYLES):
            styles_root.remove(el)
    for xml in STYLES:
        styles_root.append(parse_xml(xml))

    # Document defaults: what any unstyled run or paragraph falls back to.
    doc_defaults = styles_root.find(qn("w:docDefaults"))
    if doc_defaults is not None:
        styles_root.remove(doc_defaults)
    styles_root.insert(
        0,
        parse_xml(
            f"<w:docDefaults {nsdecls('w')}><w:rPrDefault><w:rPr>{fonts()}{size(10.5)}"
            '<w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
            f"<w:pPrDefault><w:pPr>{spacing(0, 120, 276)}</w:pPr></w:pPrDefault></w:docDefaults>"
        ),
    )

    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for child in parse_xml(numbering_xml()):
        numbering.append(child)

    section = document.sections[0]
    section.page_width, section.page_height = PAGE_W * 635, PAGE_H * 635  # twips -> EMU
    section.left_margin = section.right_margin = MARGIN * 635
    section.top_margin = Cm(2.2)
    section.bottom_margin = Cm(2.0)
    section.header_distance = Cm(1.0)
    section.footer_distance = Cm(1.0)

    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)

    core = document.core_properties
    core.title = ""
    core.subject = ""
    core.author = "meetingkit"
    core.last_modified_by = "meetingkit"
    core.comments = "Template of the full written summaries: restyle it in Word and pass it with --template."
    core.revision = 1
    fixed = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    core.created = core.modified = fixed

    raw = io.BytesIO()
    document.save(raw)
    return _reproducible(raw.getvalue())


def _reproducible(data: bytes) -> bytes:
    """The same zip with fixed timestamps and member order, so regenerating gives identical bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(build())
    sys.stdout.write(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
