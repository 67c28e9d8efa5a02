"""PDF of the full written summaries: our DOCX rendered by an installed LibreOffice, table of contents updated.

LibreOffice's own `--convert-to pdf` keeps the table of contents as the DOCX caches it (headings without page
numbers). So the conversion runs a small LibreOffice Basic macro instead, with no UNO bridge or Python-UNO
needed: it opens the document hidden, updates every index (twice, so the table's own length is accounted
for), and stores the PDF. The macro lives in a throw-away LibreOffice profile made for each conversion, so a
running LibreOffice, the user's own profile and their macro security settings are never touched.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from meetingkit.core.atomic import write_atomically
from meetingkit.core.errors import UserError

# A cold LibreOffice start plus layout of a long document with photos takes seconds to a minute on a slow
# laptop; past this, something is stuck (a dialog nobody can see, a damaged install).
TIMEOUT = 300.0
# Where installers put LibreOffice when it is not on PATH (macOS app bundle, Windows Program Files).
_KNOWN = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)
INSTALL_HINT = (
    "install LibreOffice from https://www.libreoffice.org/download/ "
    "(on Debian or Ubuntu: sudo apt install libreoffice-writer), or save as Word and print to PDF from Word"
)

_MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub ToPdf(inUrl As String, outUrl As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden"
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, "_blank", 0, load())
  indexes = doc.getDocumentIndexes()
  For pass = 1 To 2
    For i = 0 To indexes.getCount() - 1
      indexes.getByIndex(i).update()
    Next i
  Next pass
  Dim store(0) As New com.sun.star.beans.PropertyValue
  store(0).Name = "FilterName"
  store(0).Value = "writer_pdf_Export"
  doc.storeToURL(outUrl, store())
  doc.close(True)
  StarDesktop.terminate()
End Sub
</script:module>
"""


def find_libreoffice() -> str | None:
    """The LibreOffice program (`soffice`): MEETINGKIT_SOFFICE, then PATH, then the usual install places."""
    override = os.environ.get("MEETINGKIT_SOFFICE")
    if override:
        return override if Path(override).is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in _KNOWN if Path(p).is_file()), None)


def _run(command: list[str], timeout: float) -> None:
    posix = os.name == "posix"
    # Its own process group: on a timeout the launcher script and soffice.bin both go.
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=posix,
    )
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        if posix:
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
        process.wait()
        raise UserError(
            f"LibreOffice did not finish the PDF within {int(timeout)} seconds; nothing was written."
        ) from None


def docx_to_pdf(docx: bytes, target: Path, *, soffice: str | None = None, timeout: float = TIMEOUT) -> Path:
    """Render `docx` (a document's bytes) to the PDF `target`, written whole or not at all."""
    program = soffice or find_libreoffice()
    if program is None:
        raise UserError(f"Cannot make a PDF: LibreOffice is not installed; {INSTALL_HINT}.")
    with tempfile.TemporaryDirectory(prefix="meetingkit-pdf-") as work:
        folder = Path(work)
        profile = folder / "profile"
        source = folder / "summaries.docx"
        result = folder / "summaries.pdf"
        source.write_bytes(docx)
        common = [
            program,
            "--headless",
            "--invisible",
            "--norestore",
            "--nolockcheck",
            "--nodefault",
            f"-env:UserInstallation={profile.as_uri()}",
        ]
        try:
            # A first start fills the new profile; it would overwrite a macro written before it.
            _run([*common, "--terminate_after_init"], timeout)
            library = profile / "user" / "basic" / "Standard"
            library.mkdir(parents=True, exist_ok=True)
            (library / "Module1.xba").write_text(_MACRO, encoding="utf-8")
            macro = f'macro:///Standard.Module1.ToPdf("{source.as_uri()}","{result.as_uri()}")'
            _run([*common, macro], timeout)
        except OSError as error:
            raise UserError(f"Cannot start LibreOffice ({program}): {error.strerror or error}.") from None
        if not result.is_file() or result.stat().st_size == 0:
            raise UserError(
                "LibreOffice could not turn the document into a PDF; nothing was written "
                "(try saving as Word and opening it in LibreOffice to see why)."
            )
        write_atomically(target, result.read_bytes())
    return target


__all__ = ["INSTALL_HINT", "TIMEOUT", "docx_to_pdf", "find_libreoffice"]
