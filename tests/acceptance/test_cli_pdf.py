"""`meetingkit export --to pdf`: the Word document rendered by LibreOffice, its table of contents with page numbers."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from support.cli import Run, assert_user_error

from meetingkit.core.errors import UserError
from meetingkit.export.pdf import docx_to_pdf, find_libreoffice

needs_libreoffice = pytest.mark.skipif(
    find_libreoffice() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler-utils render and read the PDF",
)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from meetingkit.sample.build import write_sample

    return write_sample(tmp_path_factory.mktemp("sample") / "x.meeting")


@needs_libreoffice
def test_the_pdf_has_page_numbers_in_its_contents(run: Run, sample: Path, tmp_path: Path) -> None:
    run("export", sample, "--to", "pdf", "-o", "summaries.pdf", timeout=600)
    pdf = tmp_path / "summaries.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    contents = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # "Overview.......2": the table of contents was updated, and Word's hint is gone.
    assert any(line.startswith("Overview") and line.rstrip()[-1].isdigit() for line in contents.splitlines())
    assert "Update Field" not in contents
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_without_libreoffice_one_line_says_how_to_install_it(
    run: Run, sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEETINGKIT_SOFFICE", str(tmp_path / "no-such-soffice"))
    result = run("export", sample, "--to", "pdf", "-o", "summaries.pdf", check=False)
    assert_user_error(result, "LibreOffice is not installed")
    assert "libreoffice.org" in result.stderr
    assert not (tmp_path / "summaries.pdf").exists()


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for LibreOffice")
def test_a_stuck_libreoffice_is_stopped_and_nothing_is_written(tmp_path: Path) -> None:
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nexec sleep 60\n", encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    target = tmp_path / "out.pdf"
    with pytest.raises(UserError, match="did not finish the PDF"):
        docx_to_pdf(b"PK", target, soffice=str(fake), timeout=1)
    assert not target.exists()


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for LibreOffice")
def test_a_libreoffice_that_writes_nothing_leaves_nothing(tmp_path: Path) -> None:
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    target = tmp_path / "out.pdf"
    with pytest.raises(UserError, match="could not turn the document into a PDF"):
        docx_to_pdf(b"PK", target, soffice=str(fake))
    assert not target.exists()
