"""Hostile or awkward names become safe file names, and nothing is written outside the target or through a link."""

from __future__ import annotations

import io
import os
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetingkit.export.safepaths import (
    UnsafePathError,
    create_file_safely,
    safe_filename,
    safe_join,
    unique_names,
    write_bytes_safely,
    zip_directory,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")

HOSTILE = [
    "CON.txt",
    "con",
    "NUL",
    "nul.tar.gz",
    "COM1.jpg",
    "LPT9",
    "a/../../b",
    "..",
    ".",
    "../../etc/passwd",
    "/etc/passwd",
    "C:\\Windows\\system32",
    "\\\\server\\share",
    "photo\u202egpj.exe",
    "\u2066report\u2069.pdf",
    "x" * 1000 + ".jpg",
    "é" * 600,
    'a<b>c:d"e|f?g*h',
    "trailing. . .",
    "   ",
    "",
    ".hidden",
    "tab\tand\nnewline\x00nul",
    "file.txt:stream",
]

FORBIDDEN = set('<>:"/\\|?*')
BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(10)}


def assert_portable(name: str, max_bytes: int = 150) -> None:
    assert name
    assert len(name.encode("utf-8")) <= max_bytes
    assert unicodedata.normalize("NFC", name) == name
    assert not FORBIDDEN & set(name)
    assert not BIDI & set(name)
    assert all(unicodedata.category(ch) != "Cc" for ch in name)
    assert not name.startswith(".")
    assert not name.endswith((".", " "))
    assert name.partition(".")[0].rstrip(" ").upper() not in RESERVED
    assert name not in {".", ".."}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_become_portable(name: str) -> None:
    assert_portable(safe_filename(name))


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_stay_inside_the_target(name: str, tmp_path: Path) -> None:
    target = tmp_path / "pack"
    target.mkdir()
    written = write_bytes_safely(target, safe_filename(name), b"data")
    assert written.parent == target
    assert written.read_bytes() == b"data"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("CON.txt", "CON_.txt"),
        ("nul.tar.gz", "nul_.tar.gz"),
        ("Lpt1", "Lpt1_"),
        ("COM10.txt", "COM10.txt"),
        ("CONTRACT.pdf", "CONTRACT.pdf"),
        ("a/../../b", "a_.._.._b"),
        ("..", "file"),
        ("", "file"),
        (".bashrc", "bashrc"),
        ("photo\u202egpj.exe", "photogpj.exe"),
        ('Q&A: "what next?"', "Q&A_ _what next__"),
        ("Rapport final. ", "Rapport final"),
        ("Cafe\u0301 de Barcelona.docx", "Café de Barcelona.docx"),
        ("مدن العالم.pdf", "مدن العالم.pdf"),
    ],
)
def test_names_are_changed_only_where_needed(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


def test_long_names_are_cut_by_bytes_keeping_the_extension() -> None:
    name = safe_filename("Ж" * 500 + ".pptx", max_bytes=100)
    assert name.endswith(".pptx")
    assert len(name.encode("utf-8")) <= 100
    assert set(name.removesuffix(".pptx")) == {"Ж"}


def test_cutting_never_separates_a_letter_from_its_accent() -> None:
    # "x̂" has no precomposed form: NFC keeps the combining circumflex after each "x".
    name = safe_filename("x\u0302" * 100, max_bytes=40)
    assert len(name.encode("utf-8")) <= 40
    assert not unicodedata.combining(name[0])
    assert unicodedata.normalize("NFC", name) == name
    assert name == "x\u0302" * 13


def test_fallback_is_used_for_names_with_nothing_left() -> None:
    assert safe_filename("...", fallback="photo") == "photo"
    assert safe_filename("\u202e\u202c", fallback="") == "file"


def test_case_insensitive_collisions_are_numbered() -> None:
    assert unique_names(["photo.JPG", "photo.jpg", "Photo.jpg", "photo (2).jpg", "other.jpg"]) == [
        "photo.JPG",
        "photo (2).jpg",
        "Photo (3).jpg",
        "photo (2) (2).jpg",
        "other.jpg",
    ]


def test_numbered_names_still_fit_the_limit() -> None:
    names = unique_names(["a" * 300 + ".jpg"] * 12, max_bytes=60)
    assert len({n.casefold() for n in names}) == 12
    assert all(len(n.encode("utf-8")) <= 60 and n.endswith(".jpg") for n in names)
    assert names[11].endswith(" (12).jpg")


def test_reserved_names_that_collide_after_fixing_are_numbered() -> None:
    assert unique_names(["CON.txt", "CON_.txt", "con.txt"]) == ["CON_.txt", "CON_ (2).txt", "con_ (3).txt"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_a_portable_name(name: str) -> None:
    result = safe_filename(name, max_bytes=64)
    assert_portable(result, 64)
    assert safe_filename(result, max_bytes=64) == result


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=30), max_size=12))
def test_unique_names_never_collide(names: list[str]) -> None:
    result = unique_names(names)
    assert len(result) == len(names)
    assert len({n.casefold() for n in result}) == len(result)


@pytest.mark.parametrize(
    "part",
    [
        "..",
        "a/../b",
        "../x",
        "/etc/passwd",
        "C:\\x",
        "C:x",
        "\\\\srv\\share",
        "a\\b",
        "CON",
        ".hidden",
        "x\x00",
    ],
)
def test_safe_join_refuses_escapes_and_unsafe_names(part: str, tmp_path: Path) -> None:
    with pytest.raises(UnsafePathError, match="Refusing to write"):
        safe_join(tmp_path, part)


def test_safe_join_accepts_nested_safe_names(tmp_path: Path) -> None:
    assert safe_join(tmp_path, "photos", "01 Opening.jpg") == tmp_path / "photos" / "01 Opening.jpg"
    assert safe_join(tmp_path, "photos/01 Opening.jpg") == tmp_path / "photos" / "01 Opening.jpg"


@posix_only
def test_planted_symlinked_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    target = tmp_path / "pack"
    target.mkdir()
    (target / "photos").symlink_to(outside)

    with pytest.raises(UnsafePathError, match="link"):
        safe_join(target, "photos", "a.jpg")
    with pytest.raises(UnsafePathError, match="link"):
        write_bytes_safely(target, "photos/a.jpg", b"x")
    assert list(outside.iterdir()) == []


@posix_only
def test_planted_symlinked_file_is_refused(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    target = tmp_path / "pack"
    target.mkdir()
    (target / "README.md").symlink_to(victim)

    with pytest.raises(UnsafePathError, match=r"README\.md"):
        write_bytes_safely(target, "README.md", b"overwritten")
    assert victim.read_text() == "keep me"


@posix_only
def test_link_planted_between_check_and_write_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import meetingkit.export.safepaths as safepaths

    outside = tmp_path / "outside"
    outside.mkdir()
    target = tmp_path / "pack"
    target.mkdir()
    real_join = safepaths.safe_join

    def join_then_plant(root: Path, *parts: str | os.PathLike[str]) -> Path:
        path = real_join(root, *parts)  # type: ignore[arg-type]
        (target / "photos").symlink_to(outside)
        return path

    monkeypatch.setattr(safepaths, "safe_join", join_then_plant)
    with pytest.raises(UnsafePathError):
        create_file_safely(target, "photos/a.jpg")
    assert list(outside.iterdir()) == []


def test_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    write_bytes_safely(tmp_path, "a.txt", b"first")
    with pytest.raises(UnsafePathError, match="already there"):
        write_bytes_safely(tmp_path, "a.txt", b"second")
    assert (tmp_path / "a.txt").read_bytes() == b"first"


def test_root_may_itself_be_a_link(tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("symlinks need privileges on Windows")
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "alias").symlink_to(real)
    write_bytes_safely(tmp_path / "alias", "photos/a.jpg", b"x")
    assert (real / "photos" / "a.jpg").read_bytes() == b"x"


def _pack(root: Path) -> Path:
    write_bytes_safely(root, "README.md", b"# Pack\n" * 200)
    write_bytes_safely(root, "photos/01 Opening.jpg", b"\xff\xd8\xff" + b"jpeg" * 500)
    write_bytes_safely(root, "presentations/Keynote.pdf", b"%PDF-1.7" + b"pdf" * 500)
    write_bytes_safely(root, "Café/notes.txt", "déjà vu\n".encode() * 100)
    (root / "empty").mkdir()
    return root


def test_zip_holds_safe_relative_names_and_stores_compressed_files(tmp_path: Path) -> None:
    src = _pack(tmp_path / "pack")
    progress: list[tuple[int, int]] = []

    zip_path = zip_directory(src, tmp_path / "pack.zip", progress=lambda d, t: progress.append((d, t)))

    with zipfile.ZipFile(zip_path) as zf:
        infos = {i.filename: i for i in zf.infolist()}
        assert sorted(infos) == [
            "Café/",
            "Café/notes.txt",
            "README.md",
            "empty/",
            "photos/",
            "photos/01 Opening.jpg",
            "presentations/",
            "presentations/Keynote.pdf",
        ]
        assert infos["photos/01 Opening.jpg"].compress_type == zipfile.ZIP_STORED
        assert infos["presentations/Keynote.pdf"].compress_type == zipfile.ZIP_STORED
        assert infos["README.md"].compress_type == zipfile.ZIP_DEFLATED
        assert zf.read("Café/notes.txt") == "déjà vu\n".encode() * 100
        assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in infos.values())
        assert zf.testzip() is None
    total = sum(p.stat().st_size for p in src.rglob("*") if p.is_file())
    assert progress[0] == (0, total) and progress[-1] == (total, total)


def test_zip_is_reproducible(tmp_path: Path) -> None:
    src = _pack(tmp_path / "pack")
    first = zip_directory(src, tmp_path / "one.zip").read_bytes()
    os.utime(src / "README.md", (0, 0))
    second = zip_directory(src, tmp_path / "two.zip").read_bytes()
    assert first == second


@posix_only
def test_zip_refuses_a_planted_link(tmp_path: Path) -> None:
    src = _pack(tmp_path / "pack")
    (src / "photos" / "secret.jpg").symlink_to(Path.home())
    with pytest.raises(UnsafePathError, match=r"secret\.jpg"):
        zip_directory(src, tmp_path / "pack.zip")
    assert not (tmp_path / "pack.zip").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["pack"]


def test_zip_refuses_an_unsafe_name_inside(tmp_path: Path) -> None:
    src = _pack(tmp_path / "pack")
    (src / ".hidden").write_bytes(b"x")
    with pytest.raises(UnsafePathError, match="hidden"):
        zip_directory(src, tmp_path / "pack.zip")


def test_zip_refuses_to_contain_itself(tmp_path: Path) -> None:
    src = _pack(tmp_path / "pack")
    with pytest.raises(UnsafePathError, match="inside the folder"):
        zip_directory(src, src / "pack.zip")


def test_zip_replaces_an_older_zip_whole(tmp_path: Path) -> None:
    src = _pack(tmp_path / "pack")
    zip_path = tmp_path / "pack.zip"
    zip_path.write_bytes(b"old")
    zip_directory(src, zip_path)
    assert zipfile.is_zipfile(io.BytesIO(zip_path.read_bytes()))


def test_unsafe_or_long_fallback_is_made_safe_too() -> None:
    assert safe_filename("", fallback="NUL") == "file"
    assert safe_filename("..", fallback="a/b") == "a_b"
    assert_portable(safe_filename("", fallback="y" * 500))
