"""A hostile note -- control characters, XML metacharacters, RTL, emoji, 2 MB -- exports cleanly and reads back."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from meetingkit.core.model import EventSnapshot
from meetingkit.export.docx_markdown import MAX_RUN_CHARS
from meetingkit.export.docx_writer import write_docx

from .conftest import build_snapshot, item

ARABIC = "ملاحظة: التعلم بين المدن"
HEBREW = "הערה: למידה בין ערים"
EMOJI = "Great session 🎉👩🏽‍💻🇪🇸"
NASTY = 'a\x00b\x01c\x0bd\x1f <tag> & "quotes" ]]> \ufffe\uffff \ud800 end'


def hostile_snapshot() -> EventSnapshot:
    big = ("Paragraph of a very long transcript. " * 61 + "\n\n") * 900  # over 2 MB
    assert len(big) > 2_000_000
    items = (
        item("n1", "s1", 1, NASTY),
        item("n2", "s1", 2, ARABIC, "key-point"),
        item("n3", "s1", 3, HEBREW, "decision"),
        item("n4", "s1", 4, EMOJI),
        item("n5", "s1", 5, big),
        item("n6", "s1", 6, "x" * 1_500_000),
    )
    return build_snapshot(items=items, title="Title <&> \x07bell \u202eRLO")


def test_hostile_note_exports_and_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "hostile.docx"
    write_docx(hostile_snapshot(), out)
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]

    cleaned = next(t for t in texts if t.startswith("abcd"))
    assert cleaned == 'abcd <tag> & "quotes" ]]>   end'

    arabic = next(p for p in document.paragraphs if p.text == ARABIC)
    assert arabic._p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None
    assert all(r._r.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None for r in arabic.runs)
    hebrew = next(p for p in document.paragraphs if p.text == HEBREW)
    assert hebrew._p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None

    assert EMOJI in texts

    long_paragraphs = [t for t in texts if t.startswith("Paragraph of a very long transcript.")]
    assert len(long_paragraphs) == 900
    solid = next(p for p in document.paragraphs if p.text.startswith("xxxx"))
    assert len(solid.text) == 1_500_000
    longest = max(len(t.text or "") for t in document.element.body.iter(qn("w:t")))
    assert longest <= MAX_RUN_CHARS

    assert document.core_properties.title == "Title <&> bell \u202eRLO".replace("\u202e", "")
    assert document.sections[0].header.paragraphs[0].text == "Title <&> bell RLO"


def test_hostile_text_in_tables_and_headings(tmp_path: Path) -> None:
    snapshot = build_snapshot(
        items=(item("a", "s1", 1, f"{ARABIC} \x0c **now**", "action"),),
    )
    out = tmp_path / "t.docx"
    write_docx(snapshot, out)
    document = docx.Document(str(out))
    register = next(t for t in document.tables if t.rows[0].cells[0].text == "Ref.")
    cell = register.rows[1].cells[1]
    assert cell.text == f"{ARABIC} now"
    assert cell.paragraphs[0]._p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None
