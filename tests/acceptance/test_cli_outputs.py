"""Exports, the outcome pack and attaching files through the real command line."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from docx import Document
from PIL import Image
from support.cli import Run, assert_user_error


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from meetingkit.sample.build import write_sample

    return write_sample(tmp_path_factory.mktemp("sample") / "x.meeting")


def test_every_export_format(run: Run, sample: Path, tmp_path: Path) -> None:
    for fmt, name in (
        ("docx", "s.docx"),
        ("md", "s.md"),
        ("html", "s.html"),
        ("article", "a.md"),
        ("csv", "a.csv"),
        ("ics", "a.ics"),
    ):
        result = run("export", sample, "--to", fmt, "-o", name)
        assert (tmp_path / name).stat().st_size > 1000, result.stdout
    doc = Document(str(tmp_path / "s.docx"))
    headings = [p.text for p in doc.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    assert any("Day 2" in h for h in headings) and "Actions register" in headings
    markdown = (tmp_path / "s.md").read_text(encoding="utf-8")
    assert "Smart Cities and beyond" in markdown and "clouds of trust" in markdown.lower()
    article = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert "Barcelona" in article and "12" in article


def test_french_document(run: Run, sample: Path, tmp_path: Path) -> None:
    run("export", sample, "--to", "docx", "-o", "fr.docx", "--lang", "fr")
    text = "\n".join(p.text for p in Document(str(tmp_path / "fr.docx")).paragraphs)
    assert "septembre 2017" in text and "Registre des actions" in text


def test_pack_with_zip(run: Run, sample: Path, tmp_path: Path) -> None:
    result = run("pack", sample, "-o", "pack", "--zip", "--long-side", "800")
    assert "6 photos" in result.stdout
    photos = sorted((tmp_path / "pack" / "photos").iterdir())
    assert len(photos) == 6
    assert max(Image.open(photos[0]).size) == 800
    with zipfile.ZipFile(tmp_path / "pack.zip") as zf:
        assert "README.md" in zf.namelist() and zf.testzip() is None


def test_pack_option_mistakes(run: Run, sample: Path) -> None:
    assert_user_error(run("pack", sample, "-o", "p", "--quality", "0", check=False), "quality")
    assert_user_error(run("pack", sample, "-o", "p", "--long-side", "10", check=False), "long side")


def test_attach_refuses_what_is_not_a_real_photo(run: Run, sample: Path, tmp_path: Path) -> None:
    fake = tmp_path / "holiday.jpg"
    fake.write_text("this is text, not a photo", encoding="utf-8")
    truncated = tmp_path / "cut.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), (10, 20, 30)).save(buffer, "JPEG")
    truncated.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    link = tmp_path / "link.jpg"
    link.symlink_to(truncated)
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    for path in (fake, truncated, link, fifo, tmp_path):
        result = run("attach", sample, path, check=False, timeout=30)
        assert_user_error(result, path.name)


def test_attach_a_photo_and_a_presentation(run: Run, sample: Path, tmp_path: Path) -> None:
    photo = tmp_path / "team.png"
    Image.new("RGB", (320, 200), (200, 120, 40)).save(photo)
    slides = tmp_path / "deck.pdf"
    slides.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")
    out = run(
        "attach", sample, photo, slides, "--session", "Smart Cities", "--caption", "Team", "--select"
    ).stdout
    kinds = [line.split("\t")[1] for line in out.strip().splitlines()]
    assert kinds == ["photo", "presentation"]


def test_attach_records_consent_and_pack_leaves_out_photos_nobody_asked_about(
    run: Run, tmp_path: Path
) -> None:
    run("new", "c.meeting", "--title", "Consent", "--start", "2017-09-12", "--end", "2017-09-12")
    for name, colour in (("asked.jpg", (200, 0, 0)), ("unasked.jpg", (0, 200, 0))):
        Image.new("RGB", (400, 300), colour).save(tmp_path / name, "JPEG")
    run("attach", "c.meeting", "asked.jpg", "--select", "--caption", "Asked", "--consent", "agreed")
    run("attach", "c.meeting", "unasked.jpg", "--select", "--caption", "Unasked")
    result = run("pack", "c.meeting", "-o", "p1")
    assert "1 photos" in result.stdout and "--include-not-asked" in result.stderr
    assert [p.name for p in (tmp_path / "p1" / "photos").iterdir()] == ["01-asked.jpg"]
    run("pack", "c.meeting", "-o", "p2", "--include-not-asked")
    assert sorted(p.name for p in (tmp_path / "p2" / "photos").iterdir()) == [
        "01-asked.jpg",
        "02-unasked.jpg",
    ]
    assert_user_error(run("attach", "c.meeting", "asked.jpg", "--consent", "maybe", check=False), "consent")
