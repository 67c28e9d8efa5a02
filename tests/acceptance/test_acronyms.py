"""The acronyms annex: the event's glossary, limited to what the document uses, in every format."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from support.cli import Run

GLOSSARY = """UCLG = United Cities and Local Governments
ICT = Information and communication technologies
SDG = Sustainable Development Goals
not a definition line
UN = United Nations
"""


def _event(run: Run, tmp_path: Path) -> Path:
    from meetingkit.store import EventStore

    path = tmp_path / "e.meeting"
    run("new", path, "--title", "Learning meeting", "--start", "2024-09-12", "--end", "2024-09-12")
    run("session", path, "--day", "1", "--title", "ICT for cities")
    run("add", path, "--session", "ICT for cities", "* UCLG members share data with UNESCO")
    with EventStore.open(path) as store:
        store.set_acronyms(GLOSSARY)
    return path


def test_the_annex_lists_only_the_acronyms_used_alphabetically(run: Run, tmp_path: Path) -> None:
    path = _event(run, tmp_path)
    run("export", path, "--to", "docx", "-o", "s.docx")
    doc = Document(str(tmp_path / "s.docx"))
    headings = [p.text for p in doc.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    assert "Acronyms" in headings
    tables = [t for t in doc.tables if t.rows[0].cells[0].text == "Acronym"]
    assert len(tables) == 1
    rows = [[c.text for c in row.cells] for row in tables[0].rows[1:]]
    # SDG is never used; "UN" only inside "UNESCO", which is not the acronym.
    assert rows == [
        ["ICT", "Information and communication technologies"],
        ["UCLG", "United Cities and Local Governments"],
    ]

    run("export", path, "--to", "md", "-o", "s.md")
    markdown = (tmp_path / "s.md").read_text(encoding="utf-8")
    assert "Acronyms" in markdown and "United Cities and Local Governments" in markdown
    assert "Sustainable Development Goals" not in markdown and "United Nations" not in markdown
    run("export", path, "--to", "html", "-o", "s.html")
    html = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert html.index("ICT</td>") < html.index("UCLG</td>")
    assert "Sustainable Development Goals" not in html


def test_french_heading_and_no_annex_without_glossary(run: Run, tmp_path: Path) -> None:
    path = _event(run, tmp_path)
    run("export", path, "--to", "docx", "-o", "fr.docx", "--lang", "fr")
    texts = [p.text for p in Document(str(tmp_path / "fr.docx")).paragraphs]
    assert "Sigles et acronymes" in texts
    bare = tmp_path / "bare.meeting"
    run("new", bare, "--title", "T", "--start", "2024-09-12", "--end", "2024-09-12")
    run("session", bare, "--day", "1", "--title", "ICT for cities")
    run("export", bare, "--to", "docx", "-o", "bare.docx")
    assert "Acronyms" not in [p.text for p in Document(str(tmp_path / "bare.docx")).paragraphs]
