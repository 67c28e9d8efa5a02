"""The one mapping from what a Word paragraph is to the named style it uses, and making sure a template has them.

The template owns the look: the writer only ever names styles listed here. A user's template (as with
pandoc's reference doc) may lack some of them, or hold Word's built-in ones only as *latent* styles (Word
writes a definition only once a style has been used or changed); those are copied from our shipped
template, with the styles they are based on and the numbering they point at, so the export never fails.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from importlib.resources import files

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.parts.numbering import NumberingPart
from lxml import etree

TEMPLATE_NAME = "summary.docx"


@dataclass(frozen=True, slots=True)
class StyleRef:
    """A style by its English name (Word's w:name, compared case-insensitively) and its type."""

    name: str
    kind: str  # "paragraph" | "character" | "table"


def _p(name: str) -> StyleRef:
    return StyleRef(name, "paragraph")


def _c(name: str) -> StyleRef:
    return StyleRef(name, "character")


def _t(name: str) -> StyleRef:
    return StyleRef(name, "table")


# Every style the DOCX writer uses, by role. Built-in Word names where one fits, so a user's template
# restyles them naturally; our own names for the few roles Word has no built-in style for.
STYLES: dict[str, StyleRef] = {
    "normal": _p("Normal"),
    "body": _p("Body Text"),
    "title": _p("Title"),
    "subtitle": _p("Subtitle"),
    "cover-label": _p("Cover Label"),
    "cover-details": _p("Cover Details"),
    "toc-heading": _p("TOC Heading"),
    "toc-1": _p("toc 1"),
    "toc-2": _p("toc 2"),
    "toc-3": _p("toc 3"),
    "heading-1": _p("heading 1"),
    "heading-2": _p("heading 2"),
    "heading-3": _p("heading 3"),
    "heading-4": _p("heading 4"),
    "heading-5": _p("heading 5"),
    "meta": _p("Session Details"),
    "field": _p("Field"),
    "bullet-1": _p("List Bullet"),
    "bullet-2": _p("List Bullet 2"),
    "bullet-3": _p("List Bullet 3"),
    "number-1": _p("List Number"),
    "number-2": _p("List Number 2"),
    "number-3": _p("List Number 3"),
    "continue-1": _p("List Continue"),
    "continue-2": _p("List Continue 2"),
    "continue-3": _p("List Continue 3"),
    "quote": _p("Quote"),
    "quote-source": _p("Quote Source"),
    "code-block": _p("Code Block"),
    "figure": _p("Figure Image"),
    "caption": _p("caption"),
    "credit": _p("Photo Credit"),
    "table-text": _p("Table Text"),
    "table-heading": _p("Table Heading"),
    "key-figure": _p("Key Figure"),
    "key-figure-label": _p("Key Figure Label"),
    "header": _p("header"),
    "footer": _p("footer"),
    "hyperlink": _c("Hyperlink"),
    "code": _c("Inline Code"),
    "details": _c("Item Details"),
    "reference": _c("Item Reference"),
    "register-table": _t("Register Table"),
    "figures-table": _t("Key Figures Table"),
}


def template_bytes() -> bytes:
    """Our shipped template, read through importlib.resources (works from a wheel or a frozen bundle)."""
    return files("meetingkit.resources").joinpath("templates", TEMPLATE_NAME).read_bytes()


def _styles_root(document: DocxDocument) -> etree._Element:
    return document.styles.element


def find_style(document: DocxDocument, ref: StyleRef) -> etree._Element | None:
    """The defined w:style with this name and type (None when absent or only latent)."""
    wanted = ref.name.casefold()
    for style in _styles_root(document).iterfind(qn("w:style")):
        if style.get(qn("w:type")) != ref.kind:
            continue
        name = style.find(qn("w:name"))
        if name is not None and (name.get(qn("w:val")) or "").casefold() == wanted:
            return style
    return None


def _style_by_id(root: etree._Element, style_id: str) -> etree._Element | None:
    for style in root.iterfind(qn("w:style")):
        if style.get(qn("w:styleId")) == style_id:
            return style
    return None


class _Copier:
    """Copies style definitions (and the numbering they use) from our template into a user's document."""

    def __init__(self, target: DocxDocument, source: DocxDocument) -> None:
        self.target = target
        self.source = source
        self.tstyles = _styles_root(target)
        self.sstyles = _styles_root(source)
        self.id_map: dict[str, str] = {}  # source styleId -> target styleId
        self.num_map: dict[str, str] = {}  # source numId -> target numId

    def ensure(self, ref: StyleRef) -> str:
        found = find_style(self.target, ref)
        if found is not None:
            return str(found.get(qn("w:styleId")))
        theirs = find_style(self.source, ref)
        if theirs is None:
            raise LookupError(f"the shipped template lacks the style {ref.name!r}")
        return self.copy(theirs)

    def copy(self, source_style: etree._Element) -> str:
        source_id = str(source_style.get(qn("w:styleId")))
        if source_id in self.id_map:
            return self.id_map[source_id]
        name_el = source_style.find(qn("w:name"))
        ref = StyleRef(
            name_el.get(qn("w:val")) if name_el is not None else source_id,
            str(source_style.get(qn("w:type"))),
        )
        existing = find_style(self.target, ref)
        if existing is not None:
            self.id_map[source_id] = str(existing.get(qn("w:styleId")))
            return self.id_map[source_id]
        new_id = source_id
        n = 1
        while _style_by_id(self.tstyles, new_id) is not None:
            # Same id, different name (a localised Word names its own styles "Titre1"...): pick a free id.
            n += 1
            new_id = f"{source_id}{n}"
        self.id_map[source_id] = new_id
        clone = copy.deepcopy(source_style)
        clone.set(qn("w:styleId"), new_id)
        # A copied style is not the target's default paragraph style.
        if clone.get(qn("w:default")) is not None:
            del clone.attrib[qn("w:default")]
        self.tstyles.append(clone)
        for tag in ("w:basedOn", "w:next", "w:link"):
            el = clone.find(qn(tag))
            if el is None:
                continue
            ref_id = str(el.get(qn("w:val")))
            related = _style_by_id(self.sstyles, ref_id)
            if related is None:
                clone.remove(el)
            else:
                el.set(qn("w:val"), self.copy(related))
        for num_id in clone.iter(qn("w:numId")):
            num_id.set(qn("w:val"), self.copy_numbering(str(num_id.get(qn("w:val")))))
        return new_id

    def copy_numbering(self, source_num_id: str) -> str:
        if source_num_id in self.num_map:
            return self.num_map[source_num_id]
        snum_root = self.source.part.numbering_part.element
        tnum_root = _numbering_root(self.target)
        snum = next(
            (n for n in snum_root.iterfind(qn("w:num")) if n.get(qn("w:numId")) == source_num_id),
            None,
        )
        if snum is None:
            return source_num_id
        abstract_ref = snum.find(qn("w:abstractNumId"))
        assert abstract_ref is not None
        sabstract = next(
            a
            for a in snum_root.iterfind(qn("w:abstractNum"))
            if a.get(qn("w:abstractNumId")) == abstract_ref.get(qn("w:val"))
        )
        abstract_ids = [
            int(a.get(qn("w:abstractNumId")) or 0) for a in tnum_root.iterfind(qn("w:abstractNum"))
        ]
        num_ids = [int(n.get(qn("w:numId")) or 0) for n in tnum_root.iterfind(qn("w:num"))]
        new_abstract = copy.deepcopy(sabstract)
        new_abstract_id = str(max(abstract_ids, default=-1) + 1)
        new_abstract.set(qn("w:abstractNumId"), new_abstract_id)
        # pStyle links inside a level point at source style ids; they must follow the copy.
        for pstyle in new_abstract.iter(qn("w:pStyle")):
            mapped = self.id_map.get(str(pstyle.get(qn("w:val"))))
            if mapped:
                pstyle.set(qn("w:val"), mapped)
        new_num = copy.deepcopy(snum)
        new_num_id = str(max(num_ids, default=0) + 1)
        new_num.set(qn("w:numId"), new_num_id)
        new_ref = new_num.find(qn("w:abstractNumId"))
        assert new_ref is not None
        new_ref.set(qn("w:val"), new_abstract_id)
        # Schema order: every abstractNum comes before the first num.
        first_num = tnum_root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(new_abstract)
        else:
            tnum_root.append(new_abstract)
        tnum_root.append(new_num)
        self.num_map[source_num_id] = new_num_id
        return new_num_id


_EMPTY_NUMBERING = (
    '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>'
)


def _numbering_root(document: DocxDocument) -> etree._Element:
    """The document's numbering part, created when a template has none (plain Word templates often do not)."""
    part = document.part
    try:
        return part.numbering_part.element
    except NotImplementedError:
        pass
    numbering = NumberingPart(
        PackURI("/word/numbering.xml"), CT.WML_NUMBERING, parse_xml(_EMPTY_NUMBERING), part.package
    )
    part.relate_to(numbering, RT.NUMBERING)
    return numbering.element


def ensure_styles(document: DocxDocument, source: DocxDocument) -> dict[str, str]:
    """Make every mapped style exist in `document` (copying missing ones from `source`); role -> styleId."""
    copier = _Copier(document, source)
    ids = {role: copier.ensure(ref) for role, ref in STYLES.items()}
    # A template without a default paragraph style leaves unstyled paragraphs with no style at all in
    # python-docx and other readers: Normal becomes the default.
    root = _styles_root(document)
    paragraph_styles = [st for st in root.iterfind(qn("w:style")) if st.get(qn("w:type")) == "paragraph"]
    if not any(st.get(qn("w:default")) in ("1", "true", "on") for st in paragraph_styles):
        normal = _style_by_id(root, ids["normal"])
        if normal is not None:
            normal.set(qn("w:default"), "1")
    return ids


def missing_styles(document: DocxDocument) -> list[str]:
    """Names of mapped styles `document` does not define (latent-only counts as missing)."""
    return [ref.name for ref in STYLES.values() if find_style(document, ref) is None]
