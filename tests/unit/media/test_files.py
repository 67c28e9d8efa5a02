"""Attached files: only regular files are read (never a FIFO, link or device), hashed in full, typed by content."""

from __future__ import annotations

import hashlib
import io
import os
import socket
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from PIL import Image

from meetingkit.core.model import AttachmentKind
from meetingkit.media.files import (
    DOCX,
    PPTX,
    MediaError,
    check_regular_file,
    detect_kind,
    hash_file,
    open_regular_file,
    suffix_for,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX special files")


def _zip(entries: dict[str, bytes], *, mimetype_first: bool = False) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data, zipfile.ZIP_STORED if mimetype_first else zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _pptx() -> bytes:
    return _zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "_rels/.rels": b"<Relationships/>",
            "ppt/presentation.xml": b"<p:presentation/>",
            "ppt/slides/slide1.xml": b"<p:sld/>",
        }
    )


def _odp() -> bytes:
    return _zip(
        {"mimetype": b"application/vnd.oasis.opendocument.presentation", "content.xml": b"<office/>"},
        mimetype_first=True,
    )


def _image(fmt: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(out, fmt)
    return out.getvalue()


def test_regular_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello")
    with open_regular_file(path) as fh:
        assert fh.read() == b"hello"


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match=r"nowhere\.pdf does not exist"):
        check_regular_file(tmp_path / "nowhere.pdf")


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match="is a folder"):
        open_regular_file(tmp_path)


@posix_only
def test_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "slides.pdf"
    os.mkfifo(fifo)
    with pytest.raises(MediaError, match=r"slides\.pdf is a named pipe"):
        open_regular_file(fifo)
    with pytest.raises(MediaError, match="named pipe"):
        hash_file(fifo)
    with pytest.raises(MediaError, match="named pipe"):
        detect_kind(fifo)


@posix_only
def test_symlink_is_refused_and_its_target_named(tmp_path: Path) -> None:
    target = tmp_path / "real.jpg"
    target.write_bytes(_image("JPEG"))
    link = tmp_path / "link.jpg"
    link.symlink_to(target)
    with pytest.raises(MediaError, match=r"link\.jpg is a symbolic link \(to .*real\.jpg\)"):
        open_regular_file(link)


@posix_only
def test_socket_and_device_are_refused(tmp_path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as sock:
        path = tmp_path / "s.sock"
        sock.bind(str(path))
        with pytest.raises(MediaError, match="is a socket"):
            check_regular_file(path)
    with pytest.raises(MediaError, match="is a device"):
        check_regular_file(Path(os.devnull))


def test_hash_streams_the_whole_file(tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 17)
    path = tmp_path / "big.bin"
    path.write_bytes(data)
    assert hash_file(path) == (hashlib.sha256(data).hexdigest(), len(data))


def test_empty_file_hash(tmp_path: Path) -> None:
    path = tmp_path / "empty"
    path.touch()
    assert hash_file(path) == (hashlib.sha256(b"").hexdigest(), 0)


@pytest.mark.parametrize(
    ("maker", "filename", "kind", "media_type"),
    [
        (lambda: _image("JPEG"), "IMG_1.JPG", AttachmentKind.PHOTO, "image/jpeg"),
        (lambda: _image("PNG"), "shot.png", AttachmentKind.PHOTO, "image/png"),
        (lambda: _image("WEBP"), "shot.webp", AttachmentKind.PHOTO, "image/webp"),
        (
            lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
            "keynote.pdf",
            AttachmentKind.PRESENTATION,
            "application/pdf",
        ),
        (_pptx, "deck.pptx", AttachmentKind.PRESENTATION, PPTX),
        (_odp, "deck.odp", AttachmentKind.PRESENTATION, "application/vnd.oasis.opendocument.presentation"),
        (lambda: b"a,b\n1,2\n", "list.csv", AttachmentKind.DOCUMENT, "text/csv"),
        (lambda: b"\x00\x01\x02", "blob", AttachmentKind.DOCUMENT, "application/octet-stream"),
    ],
)
def test_type_comes_from_content(
    maker: object, filename: str, kind: AttachmentKind, media_type: str, tmp_path: Path
) -> None:
    assert callable(maker)
    data = maker()
    path = tmp_path / filename
    path.write_bytes(data)
    assert detect_kind(path) == (kind, media_type)
    assert detect_kind(data, filename) == (kind, media_type)


def test_real_word_document_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    docx.Document().save(str(path))
    assert detect_kind(path) == (AttachmentKind.DOCUMENT, DOCX)


@pytest.mark.parametrize(
    ("data", "filename", "media_type"),
    [
        (_pptx(), "deck.pdf", PPTX),  # a presentation saved with the wrong extension
        (_zip({"a.txt": b"x"}), "slides.pdf", "application/zip"),
        (_image("PNG"), "photo.jpg", "image/png"),
        (b"just text, really", "report.pdf", "application/octet-stream"),
        (b"just text, really", "photo.jpg", "application/octet-stream"),
    ],
)
def test_content_wins_over_a_lying_extension(data: bytes, filename: str, media_type: str) -> None:
    assert detect_kind(data, filename).media_type == media_type


def test_macro_and_slideshow_variants_keep_their_extension_type() -> None:
    assert detect_kind(_pptx(), "show.ppsx").media_type.endswith("presentationml.slideshow")
    assert detect_kind(_pptx(), "deck.pptm").kind is AttachmentKind.PRESENTATION


def test_head_of_an_office_file_falls_back_to_its_extension() -> None:
    head = _pptx()[:64]
    assert detect_kind(head, "deck.pptx") == (AttachmentKind.PRESENTATION, PPTX)


def test_suffix_for_common_types() -> None:
    assert suffix_for("image/jpeg") == ".jpg"
    assert suffix_for(PPTX) == ".pptx"
    assert suffix_for("application/pdf") == ".pdf"
