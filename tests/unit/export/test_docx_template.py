"""The shipped template owns every style; a user's template replaces it, and what it lacks is added."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Pt

from meetingkit.core.errors import UserError
from meetingkit.core.model import EventSnapshot
from meetingkit.export.docx_styles import STYLES, find_style, missing_styles, template_bytes
from meetingkit.export.docx_writer import write_docx

ROOT = Path(__file__).resolve().parents[3]


def shipped() -> DocxDocument:
    return docx.Document(io.BytesIO(template_bytes()))


def test_every_mapped_style_exists_in_the_shipped_template() -> None:
    template = shipped()
    assert missing_styles(template) == []
    for ref in STYLES.values():
        found = find_style(template, ref)
        assert found is not None and found.get(qn("w:type")) == ref.kind


def test_shipped_template_is_what_the_generator_makes() -> None:
    spec = importlib.util.spec_from_file_location("make_template", ROOT / "packaging" / "make_template.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == template_bytes()


def test_shipped_template_is_a4_with_an_empty_body() -> None:
    template = shipped()
    section = template.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert template.paragraphs == []


def user_template(
    tmp_path: Path, *, drop: tuple[str, ...] = (), rename: dict[str, str] | None = None
) -> Path:
    """A template like one saved by Word: its own font and header, some styles only latent."""
    document = docx.Document()
    document.styles["Normal"].font.name = "Georgia"
    document.styles["Normal"].font.size = Pt(12)
    root = document.styles.element
    for style in list(root.iterfind(qn("w:style"))):
        name = style.find(qn("w:name"))
        if name is not None and (name.get(qn("w:val")) or "").casefold() in {d.casefold() for d in drop}:
            root.remove(style)
    for old_id, new_id in (rename or {}).items():
        for style in root.iterfind(qn("w:style")):
            if style.get(qn("w:styleId")) == old_id:
                style.set(qn("w:styleId"), new_id)
            for ref in style.iter(qn("w:basedOn"), qn("w:next")):
                if ref.get(qn("w:val")) == old_id:
                    ref.set(qn("w:val"), new_id)
    section = document.sections[0]
    section.header.paragraphs[0].text = "ACME Corp — internal"
    document.add_paragraph("Body text of the template that must not survive")
    path = tmp_path / "mine.docx"
    document.save(str(path))
    return path


def test_user_template_keeps_its_look_and_header(snapshot: EventSnapshot, tmp_path: Path) -> None:
    template = user_template(tmp_path)
    out = tmp_path / "out.docx"
    write_docx(snapshot, out, template=template)
    document = docx.Document(str(out))
    assert document.styles["Normal"].font.name == "Georgia"
    assert document.sections[0].header.paragraphs[0].text == "ACME Corp — internal"
    text = "\n".join(p.text for p in document.paragraphs)
    assert "must not survive" not in text
    assert "Methodologies of learning" in text
    # Its page (US Letter from python-docx's default) is kept.
    assert round(document.sections[0].page_width.inches, 1) == 8.5


def test_user_template_lacking_styles_gets_them_added(snapshot: EventSnapshot, tmp_path: Path) -> None:
    dropped = (
        "heading 1",
        "heading 2",
        "List Bullet",
        "List Bullet 2",
        "Quote",
        "caption",
        "Title",
        "Hyperlink",
    )
    template = user_template(tmp_path, drop=dropped)
    assert set(dropped) <= set(missing_styles(docx.Document(str(template)))) | {"Hyperlink"}
    out = tmp_path / "out.docx"
    write_docx(snapshot, out, template=template)
    document = docx.Document(str(out))
    assert missing_styles(document) == []
    headings = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    assert headings[0] == "Overview"
    bullet = next(p for p in document.paragraphs if p.text == "Adopt a common glossary")
    assert bullet.style is not None and bullet.style.name == "List Bullet"
    # The copied list style still points at a numbering definition that exists in the document.
    num_id = bullet.style.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    assert num_id is not None
    nums = {n.get(qn("w:numId")) for n in document.part.numbering_part.element.iterfind(qn("w:num"))}
    assert num_id.get(qn("w:val")) in nums


def test_localised_style_ids_are_used_as_they_are(snapshot: EventSnapshot, tmp_path: Path) -> None:
    # French Word names the style "heading 1" but gives it the id "Titre1".
    template = user_template(tmp_path, rename={"Heading1": "Titre1"})
    out = tmp_path / "out.docx"
    write_docx(snapshot, out, template=template)
    document = docx.Document(str(out))
    level1 = [p for p in document.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    assert level1[0].text == "Overview"
    assert {p._p.pPr.pStyle.val for p in level1} == {"Titre1"}


def test_template_without_numbering_part(snapshot: EventSnapshot, tmp_path: Path) -> None:
    document = docx.Document()
    part = document.part
    rid = next(r.rId for r in part.rels.values() if r.reltype == RT.NUMBERING)
    part.drop_rel(rid)
    root = document.styles.element
    for style in list(root.iterfind(qn("w:style"))):
        if style.get(qn("w:styleId")) in {"ListBullet", "ListNumber", "ListBullet2", "ListNumber2"}:
            root.remove(style)
    template = tmp_path / "bare.docx"
    document.save(str(template))
    out = tmp_path / "out.docx"
    write_docx(snapshot, out, template=template)
    result = docx.Document(str(out))
    bullet = next(p for p in result.paragraphs if p.text == "Adopt a common glossary")
    assert bullet.style is not None and bullet.style.name == "List Bullet"
    assert len(list(result.part.numbering_part.element.iterfind(qn("w:num")))) >= 2


def test_dotx_template_is_accepted(snapshot: EventSnapshot, tmp_path: Path) -> None:
    docx_path = user_template(tmp_path)
    dotx = tmp_path / "mine.dotx"
    with zipfile.ZipFile(docx_path) as src, zipfile.ZipFile(dotx, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(info, data)
    out = tmp_path / "out.docx"
    write_docx(snapshot, out, template=dotx)
    assert docx.Document(str(out)).sections[0].header.paragraphs[0].text == "ACME Corp — internal"


@pytest.mark.parametrize("content", [b"plain text, not a document", b"PK\x03\x04broken zip", b""])
def test_a_template_that_is_not_a_word_document_is_a_user_error(
    snapshot: EventSnapshot, tmp_path: Path, content: bytes
) -> None:
    template = tmp_path / "notes.docx"
    template.write_bytes(content)
    with pytest.raises(UserError, match="not a Word document"):
        write_docx(snapshot, tmp_path / "out.docx", template=template)
    assert not (tmp_path / "out.docx").exists()


def test_a_missing_template_is_a_user_error(snapshot: EventSnapshot, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Cannot read the template"):
        write_docx(snapshot, tmp_path / "out.docx", template=tmp_path / "nope.docx")


def test_a_zip_that_is_not_a_document_is_a_user_error(snapshot: EventSnapshot, tmp_path: Path) -> None:
    template = tmp_path / "archive.docx"
    with zipfile.ZipFile(template, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(UserError, match="not a Word document"):
        write_docx(snapshot, tmp_path / "out.docx", template=template)


def _all_paragraphs(document: DocxDocument) -> list[object]:
    """Every w:p a reader meets: the body (tables included), headers and footers of every section."""
    parts = [document.element.body]
    for section in document.sections:
        for furniture in (
            section.header,
            section.footer,
            section.first_page_header,
            section.first_page_footer,
        ):
            if not furniture.is_linked_to_previous:
                parts.append(furniture._element)
    return [p for part in parts for p in part.iter(qn("w:p"))]


def test_the_shipped_template_makes_normal_the_default_paragraph_style() -> None:
    default = shipped().styles.default(WD_STYLE_TYPE.PARAGRAPH)
    assert default is not None and default.name == "Normal"


def test_every_paragraph_the_writer_emits_names_its_style(snapshot: EventSnapshot, tmp_path: Path) -> None:
    out = tmp_path / "summary.docx"
    write_docx(snapshot, out)
    document = docx.Document(str(out))
    assert len(document.sections) >= 3  # the landscape register makes section-break paragraphs
    paragraphs = _all_paragraphs(document)
    unstyled = [p for p in paragraphs if p.pPr is None or p.pPr.pStyle is None]  # type: ignore[attr-defined]
    assert unstyled == []
    defined = {s.style_id for s in document.styles}
    assert {p.pPr.pStyle.val for p in paragraphs} <= defined  # type: ignore[attr-defined]


def test_a_template_without_a_default_paragraph_style_gets_normal(
    snapshot: EventSnapshot, tmp_path: Path
) -> None:
    template = docx.Document()
    for style in template.styles.element.iterfind(qn("w:style")):
        style.attrib.pop(qn("w:default"), None)
    path = tmp_path / "no-default.docx"
    template.save(str(path))
    out = tmp_path / "summary.docx"
    write_docx(snapshot, out, template=path)
    default = docx.Document(str(out)).styles.default(WD_STYLE_TYPE.PARAGRAPH)
    assert default is not None and default.name == "Normal"


def test_the_cover_never_carries_the_templates_header_or_footer(
    snapshot: EventSnapshot, tmp_path: Path
) -> None:
    # Like pandoc's reference.docx with a running header and a page-number footer, even on its first page.
    template = docx.Document(str(user_template(tmp_path)))
    section = template.sections[0]
    section.footer.paragraphs[0].text = "Page 1 of 42"
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "ACME letterhead"
    path = tmp_path / "reference.docx"
    template.save(str(path))
    out = tmp_path / "out.docx"
    write_docx(snapshot, out, template=path)
    cover = docx.Document(str(out)).sections[0]
    assert cover.different_first_page_header_footer
    first_page = [
        p.text for part in (cover.first_page_header, cover.first_page_footer) for p in part.paragraphs
    ]
    assert "".join(first_page).strip() == ""
    # The pages after the cover keep the template's running header and footer.
    assert cover.header.paragraphs[0].text == "ACME Corp — internal"
    assert cover.footer.paragraphs[0].text == "Page 1 of 42"
