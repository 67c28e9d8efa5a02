"""The three writers render one note's Markdown alike: a list typed under a line is a list everywhere."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from meetingkit.export.docx_writer import write_docx
from meetingkit.export.html_writer import render_html_document
from meetingkit.export.md_writer import render_markdown_document
from meetingkit.export.outline import build_outline

from .conftest import build_snapshot, item

NOTE = "Points raised:\n- peer learning\n- **knowledge** management"


def test_list_under_a_line_is_a_list_in_every_format(tmp_path: Path) -> None:
    base = build_snapshot()
    session = base.sessions[0].id
    snapshot = build_snapshot(items=(item("n1", session, 0, NOTE),))
    outline = build_outline(snapshot)

    write_docx(outline, tmp_path / "s.docx")
    paragraphs = Document(str(tmp_path / "s.docx")).paragraphs
    bullets = [p for p in paragraphs if p.text in {"peer learning", "knowledge management"}]
    assert len(bullets) == 2
    assert all(p.style is not None and p.style.name.startswith("List Bullet") for p in bullets)
    assert not any(p.text.startswith("- ") for p in paragraphs)
    assert any(run.bold for run in bullets[1].runs if run.text == "knowledge")

    html = render_html_document(outline)
    assert "<li>peer learning</li>" in html and "<strong>knowledge</strong>" in html
    markdown = render_markdown_document(outline)
    assert "- peer learning" in markdown
