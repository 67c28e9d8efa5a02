"""Output names safe on Windows, macOS and Linux, and writes and zips that never leave their target folder."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import stat
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from meetingkit.core.atomic import atomic_output
from meetingkit.core.errors import UserError
from meetingkit.media.files import open_regular_file

# What ext4, APFS and NTFS all accept for one name is 255 (bytes or UTF-16 units); 150 leaves room
# for " (12)" and for the folders above on Windows, whose classic path limit is 260 characters.
DEFAULT_MAX_BYTES = 150
_MIN_MAX_BYTES = 32

_FORBIDDEN = frozenset('<>:"/\\|?*')

# Unicode's Bidi_Control characters: they can make "gpj.exe" display as "exe.jpg" ("Trojan Source").
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in [*"0123456789", "¹", "²", "³"]}
)

# An extension worth keeping when a name is shortened: a dot and up to 15 letters or digits.
_EXTENSION = re.compile(r"\.\w{1,15}")

# Stored as they are in a zip: compressing them again costs time and saves next to nothing.
COMPRESSED_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".avif", ".gif", ".pdf", ".epub"}
    | {".docx", ".docm", ".xlsx", ".xlsm", ".pptx", ".pptm", ".ppsx", ".odt", ".ods", ".odp", ".key"}
    | {".zip", ".gz", ".bz2", ".xz", ".7z", ".mp3", ".m4a", ".mp4", ".mov"}
)

# Zip timestamps: a fixed date makes the same pack give the same bytes (the earliest DOS date).
ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)

Progress = Callable[[int, int], None]


class UnsafePathError(UserError):
    """A name or path would write outside the target folder, or through a link planted there."""


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    chars = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cc" or ch in _BIDI_CONTROLS:
            continue
        if ch in _FORBIDDEN or category == "Cs":  # lone surrogates come from undecodable OS names
            chars.append("_")
        elif category in {"Zs", "Zl", "Zp"}:
            chars.append(" ")
        else:
            chars.append(ch)
    # Leading dots hide a file on macOS and Linux; trailing dots and spaces are dropped by Windows.
    return unicodedata.normalize("NFC", "".join(chars)).strip(" ").lstrip(". ").rstrip(". ")


def _split_extension(name: str) -> tuple[str, str]:
    dot = name.rfind(".")
    if dot > 0 and _EXTENSION.fullmatch(name[dot:]):
        return name[:dot], name[dot:]
    return name, ""


def _extends_previous(ch: str) -> bool:
    """Marks, joiners and selectors that belong to the character before them."""
    return (
        unicodedata.category(ch) in {"Mn", "Mc", "Me"}
        or ch in "\u200c\u200d"
        or "\ufe00" <= ch <= "\ufe0f"
        or "\U0001f3fb" <= ch <= "\U0001f3ff"
        or "\U000e0020" <= ch <= "\U000e007f"
    )


def _truncate(text: str, max_bytes: int) -> str:
    """`text` cut to at most `max_bytes` of UTF-8 without splitting a character from its marks."""
    if len(text.encode("utf-8")) <= max_bytes:
        return text
    keep = len(text.encode("utf-8")[:max_bytes].decode("utf-8", "ignore"))
    while 0 < keep < len(text) and _extends_previous(text[keep]):
        keep -= 1
    return text[:keep].rstrip("\u200c\u200d")


def _reserved_on_windows(name: str) -> bool:
    # Windows maps the part before the first dot, trailing spaces ignored, to a device: NUL.tar.gz too.
    return name.partition(".")[0].rstrip(" ").upper() in _WINDOWS_RESERVED


def _assemble(stem: str, extension: str, max_bytes: int, fallback: str, suffix: str = "") -> str:
    budget = max_bytes - len((suffix + extension).encode("utf-8"))
    stem = stem or fallback
    if _reserved_on_windows(stem + extension):
        first, dot, rest = stem.partition(".")
        stem = f"{first}_{dot}{rest}"
    stem = _truncate(stem, budget)
    if not (suffix or extension):
        stem = stem.rstrip(". ")  # only the very end of a name must not be a dot or a space
    return (stem or "file") + suffix + extension


def _safe_fallback(fallback: str) -> str:
    cleaned = _clean(fallback)
    return cleaned if cleaned and not _reserved_on_windows(cleaned) else "file"


def safe_filename(name: str, *, max_bytes: int = DEFAULT_MAX_BYTES, fallback: str = "file") -> str:
    """A file name that means the same thing on Windows, macOS and Linux; never empty, never a path.

    NFC; no control or bidi characters; `<>:"/\\|?*` become "_"; no leading dots or trailing dots and
    spaces; Windows device names (CON, NUL.txt, COM1...) get "_"; cut to `max_bytes` of UTF-8 keeping
    the extension.
    """
    if max_bytes < _MIN_MAX_BYTES:
        raise ValueError(f"max_bytes must be at least {_MIN_MAX_BYTES}, not {max_bytes}")
    safe_fallback = _safe_fallback(fallback)
    cleaned = _clean(name) or safe_fallback
    stem, extension = _split_extension(cleaned)
    if len(extension.encode("utf-8")) > max_bytes // 4:
        stem, extension = cleaned, ""
    return _assemble(stem, extension, max_bytes, safe_fallback)


def _collision_key(name: str) -> str:
    # Windows and macOS compare names without case (and APFS without normalisation form).
    return unicodedata.normalize("NFC", name).casefold()


def unique_names(
    names: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, fallback: str = "file"
) -> list[str]:
    """safe_filename for each name, with " (2)", " (3)"... before the extension where two would collide
    on a case-insensitive file system ("photo.JPG" and "photo.jpg")."""
    taken: set[str] = set()
    result: list[str] = []
    for raw in names:
        name = safe_filename(raw, max_bytes=max_bytes, fallback=fallback)
        stem, extension = _split_extension(name)
        candidate, n = name, 2
        while _collision_key(candidate) in taken:
            candidate = _assemble(stem, extension, max_bytes, _safe_fallback(fallback), suffix=f" ({n})")
            n += 1
        taken.add(_collision_key(candidate))
        result.append(candidate)
    return result


def _components(relpath: str | PurePath, shown: str) -> list[str]:
    """The names in a relative path, each one already safe, or UnsafePathError."""
    text = os.fspath(relpath)
    windows = PureWindowsPath(text)
    if PurePosixPath(text).is_absolute() or windows.drive or windows.root:
        raise UnsafePathError(f"Refusing to write {shown!r}: it is an absolute path.")
    parts = [part for part in text.split("/") if part not in {"", "."}]
    for part in parts:
        if part == "..":
            raise UnsafePathError(f"Refusing to write {shown!r}: it climbs out of the target folder.")
        if part != safe_filename(part, max_bytes=255):
            raise UnsafePathError(f"Refusing to write {shown!r}: {part!r} is not a safe file name.")
    return parts


def _is_link(path: Path) -> bool:
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return False
    is_junction = getattr(path, "is_junction", None)  # Windows junctions, Python 3.12+
    return stat.S_ISLNK(mode) or bool(is_junction and is_junction())


def safe_join(root: Path, *parts: str | PurePath) -> Path:
    """`root` joined with relative, already-safe names; refuses absolute parts, "..", unsafe names and
    any existing link below `root` (root itself may be a link the user chose, such as /tmp on macOS)."""
    shown = "/".join(os.fspath(part) for part in parts)
    names = [name for part in parts for name in _components(part, shown)]
    path = root
    for name in names:
        path = path / name
        if _is_link(path):
            raise UnsafePathError(
                f"Refusing to write {shown!r}: {path} is a link, which could lead anywhere."
            )
    return path


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | getattr(os, "O_BINARY", 0)
_HAS_DIR_FD = {os.open, os.mkdir} <= os.supports_dir_fd and bool(_DIRECTORY and _NOFOLLOW)


def _refusal(shown: str, exc: OSError) -> UnsafePathError | OSError:
    if isinstance(exc, FileExistsError):
        return UnsafePathError(f"Refusing to write {shown!r}: a file of that name is already there.")
    if exc.errno in {errno.ELOOP, errno.ENOTDIR, getattr(errno, "EMLINK", -1), getattr(errno, "EFTYPE", -1)}:
        return UnsafePathError(
            f"Refusing to write {shown!r}: a link or file stands where a folder should be."
        )
    return exc


def create_file_safely(root: Path, relpath: str | PurePath, *, mode: int = 0o644) -> io.BufferedWriter:
    """A new file at root/relpath opened for writing, folders made as needed; refuses to follow any
    link below root or to replace an existing file. Where the OS allows it (POSIX), each folder is
    entered through the one opened before, so a link planted during the walk is refused too."""
    shown = os.fspath(relpath)
    path = safe_join(root, relpath)
    names = _components(relpath, shown)
    if not names:
        raise UnsafePathError(f"Refusing to write {shown!r}: it names no file.")
    root.mkdir(parents=True, exist_ok=True)
    try:
        if _HAS_DIR_FD:
            fd = _create_under(root, names, mode)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            safe_join(root, relpath)  # again, now that the folders exist
            fd = os.open(path, _CREATE, mode)
    except OSError as exc:
        raise _refusal(shown, exc) from None
    return os.fdopen(fd, "wb")


def _create_under(root: Path, names: list[str], mode: int) -> int:
    folder = os.open(root, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
    try:
        for name in names[:-1]:
            with contextlib.suppress(FileExistsError):
                os.mkdir(name, 0o755, dir_fd=folder)
            inner = os.open(name, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, dir_fd=folder)
            os.close(folder)
            folder = inner
        return os.open(names[-1], _CREATE, mode, dir_fd=folder)
    finally:
        os.close(folder)


def write_bytes_safely(root: Path, relpath: str | PurePath, data: bytes) -> Path:
    """Write a new file at root/relpath (see create_file_safely), on disk when this returns; its path."""
    with create_file_safely(root, relpath) as fh:
        fh.write(data)
        fh.flush()
        # A pack's folder is renamed into place whole: its files must be on disk before the rename is.
        os.fsync(fh.fileno())
    return safe_join(root, relpath)


def _arcname(src: Path, path: Path) -> str:
    relative = unicodedata.normalize("NFC", path.relative_to(src).as_posix())
    _components(relative, relative)
    return relative


def zip_directory(src: Path, zip_path: Path, *, progress: Progress | None = None) -> Path:
    """Zip the folder `src` into `zip_path` (written whole or not at all).

    Entries have safe relative POSIX names in sorted order, a fixed date and fixed permissions, so the
    same folder always gives the same bytes; already-compressed files (photos, PDF, Office, zip) are
    stored, the rest deflated. A link or special file inside `src` is refused. progress(done, total)
    counts bytes of file content.
    """
    src_stat = os.lstat(src)
    if not stat.S_ISDIR(src_stat.st_mode):
        raise UnsafePathError(f"Refusing to zip {src}: it is not a folder.")
    if zip_path.resolve().is_relative_to(src.resolve()):
        raise UnsafePathError(f"Refusing to write {zip_path} inside the folder it would contain.")

    folders: list[str] = []
    files: list[tuple[str, Path, int]] = []
    for dirpath, dirnames, filenames in os.walk(src, onerror=_raise, followlinks=False):
        here = Path(dirpath)
        for name in (*dirnames, *filenames):
            path = here / name
            st = os.lstat(path)
            if stat.S_ISDIR(st.st_mode):
                folders.append(_arcname(src, path) + "/")
            elif stat.S_ISREG(st.st_mode):
                files.append((_arcname(src, path), path, st.st_size))
            else:
                raise UnsafePathError(f"Refusing to zip {path}: only plain files and folders go in a pack.")
    total = sum(size for _, _, size in files)
    done = 0
    if progress is not None:
        progress(done, total)

    zip_path.parent.mkdir(parents=True, exist_ok=True)
    # The zip closes (central directory written) before atomic_output renames the file into place.
    with atomic_output(zip_path) as raw, zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
        for folder in sorted(folders):
            info = _zip_info(folder, 0o40755)
            info.external_attr |= 0x10  # MS-DOS directory flag, for Windows' Explorer
            zf.writestr(info, b"")
        for arcname, path, size in sorted(files):
            info = _zip_info(arcname, 0o100644)
            stored = PurePosixPath(arcname).suffix.lower() in COMPRESSED_SUFFIXES
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            info.file_size = size  # lets zipfile choose ZIP64 up front for large files
            with open_regular_file(path) as source, zf.open(info, "w") as dest:
                while chunk := source.read(1024 * 1024):
                    dest.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
    return zip_path


def _raise(error: OSError) -> None:
    # os.walk skips a folder it cannot read unless told otherwise: a pack must not lose files silently.
    raise error


def _zip_info(arcname: str, unix_mode: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(arcname, date_time=ZIP_DATE_TIME)
    info.create_system = 3  # Unix, whatever builds the zip, so the permissions below are read
    info.external_attr = unix_mode << 16
    return info
