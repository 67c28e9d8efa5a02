"""Decompression bombs, fake and broken images, and hostile attachment names: refused in one sentence with no
warning on the terminal, or packed safely; nothing is ever written outside the pack folder."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import struct
import zipfile
import zlib
from contextlib import closing
from pathlib import Path, PurePosixPath

import pytest
from PIL import Image
from reliability.outputs_support import attack_size, run

from meetingkit.core.model import AttachmentKind
from meetingkit.store import EventStore

pytestmark = pytest.mark.slow


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that declares width x height pixels and holds almost nothing: a bomb costs its header."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\0" * 1024))
        + _chunk(b"IEND", b"")
    )


def jpeg(width: int = 640, height: int = 480) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 90, 160)).save(out, "JPEG", quality=85)
    return out.getvalue()


@pytest.fixture
def event(tmp_path: Path) -> Path:
    path = tmp_path / "event.meeting"
    run("new", path, "--title", "Hostile media", "--start", "2024-09-12", "--end", "2024-09-13")
    return path


FAKE_PHOTOS = [
    # Between Pillow's warning and error thresholds when its limit was not ours: 150 MP.
    ("bomb-150mp.png", png_header_only(12_500, 12_000), ("too large",)),
    ("bomb-300mp.png", png_header_only(20_000, 15_000), ("too large",)),
    ("bomb-4gp.png", png_header_only(65_535, 65_535), ("too large",)),
    ("text.jpg", b"this is not a photo at all\n" * 10, ()),
    ("empty.png", b"", ()),
    ("truncated.jpg", jpeg()[:2000], ()),
    ("garbage-after-header.jpg", jpeg()[:20] + os.urandom(4000), ()),
    ("undecodable.png", png_header_only(640, 480), ()),
]


@pytest.mark.parametrize(("name", "content", "words"), FAKE_PHOTOS, ids=[case[0] for case in FAKE_PHOTOS])
def test_bombs_and_fake_images_are_refused_in_one_sentence(
    event: Path, tmp_path: Path, name: str, content: bytes, words: tuple[str, ...]
) -> None:
    photo = tmp_path / name
    photo.write_bytes(content)
    result = run("attach", event, photo, "--select")
    assert result.returncode == 2
    assert name in result.stderr
    assert "site-packages" not in result.stderr and "Warning" not in result.stderr
    for word in words:
        assert word in result.stderr


HOSTILE_NAMES = [
    "../../escaped.pdf",
    "/etc/passwd.pdf",
    "C:\\Windows\\system.pdf",
    "..\\..\\escaped-too.pdf",
    "CON.pdf",
    "nul",
    "report\u202efdp.exe",
    "x" * 250 + ".pdf",
    "Slides.PDF",
    "slides.pdf",
    ".hidden.pdf",
    "folder/inner/deck.pdf",
    "trailing dot.pdf.",
    "tab\tand\nnewline.pdf",
    "e\u0301t\u00e9.pdf",
]


def _plant(event: Path, names: list[str]) -> None:
    """Attachments whose names came from someone else's file: stored as given, past any cleaning."""
    with EventStore.open(event) as store:
        for n, name in enumerate(names):
            store.add_attachment(
                b"%PDF-1.4\n" + str(n).encode() + b"\n%%EOF\n",
                filename=f"placeholder-{n}.pdf",
                kind=AttachmentKind.PRESENTATION,
                media_type="application/pdf",
            )
            store.add_attachment(
                jpeg(320 + n, 240),
                filename=f"photo-{n}.jpg",
                kind=AttachmentKind.PHOTO,
                media_type="image/jpeg",
                caption=name,
                selected=True,
                width=320 + n,
                height=240,
            )
    with closing(sqlite3.connect(event)) as conn, conn:
        for n, name in enumerate(names):
            conn.execute(
                "UPDATE attachment SET filename = ? WHERE filename = ?", (name, f"placeholder-{n}.pdf")
            )


def _tree(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


def test_hostile_names_stay_inside_the_pack(event: Path, tmp_path: Path) -> None:
    names = HOSTILE_NAMES * attack_size()
    _plant(event, names)
    work = tmp_path / "work"
    work.mkdir()
    before = _tree(tmp_path)
    target = work / "pack"
    run("pack", event, "-o", target, "--zip")
    after = _tree(tmp_path)
    made = {p for p in after - before if p.startswith("work/pack/") or p in {"work/pack", "work/pack.zip"}}
    assert after - before == made, after - before - made  # nothing written anywhere else
    for path in target.rglob("*"):
        assert not path.is_symlink()
        assert path.resolve().is_relative_to(target.resolve())
        assert "\u202e" not in path.name and not path.name.startswith(".")
    presentations = [p for p in (target / "presentations").iterdir()]
    assert len(presentations) == len(names)  # none lost to a collision
    assert len({p.name.casefold() for p in presentations}) == len(names)
    with zipfile.ZipFile(work / "pack.zip") as archive:
        for entry in archive.namelist():
            assert not PurePosixPath(entry).is_absolute() and ".." not in PurePosixPath(entry).parts
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    assert {e["path"] for e in manifest["files"]} <= _tree(target)


def test_a_link_where_the_pack_goes_is_refused(event: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "pack").symlink_to(elsewhere)
    result = run("pack", event, "-o", tmp_path / "pack")
    assert result.returncode == 2
    assert list(elsewhere.iterdir()) == []
