"""Safe intake of the files a user attaches: regular-file checks, streaming hashes, type detection from content."""

from __future__ import annotations

import contextlib
import hashlib
import io
import mimetypes
import os
import stat
import zipfile
from pathlib import Path, PurePath
from typing import BinaryIO, NamedTuple

from meetingkit.core.errors import UserError
from meetingkit.core.model import AttachmentKind

CHUNK_SIZE = 1024 * 1024

# How much of a file the magic-byte checks need; ZIP containers are opened whole instead.
HEAD_SIZE = 64

JPEG = "image/jpeg"
PNG = "image/png"
WEBP = "image/webp"
HEIC = "image/heic"
HEIF = "image/heif"
PDF = "application/pdf"
ZIP = "application/zip"
OLE = "application/x-ole-storage"
OCTET_STREAM = "application/octet-stream"

PHOTO_TYPES = frozenset({JPEG, PNG, WEBP, HEIC, HEIF})

_OOXML = "application/vnd.openxmlformats-officedocument"
PPTX = f"{_OOXML}.presentationml.presentation"
PPSX = f"{_OOXML}.presentationml.slideshow"
DOCX = f"{_OOXML}.wordprocessingml.document"
XLSX = f"{_OOXML}.spreadsheetml.sheet"
ODP = "application/vnd.oasis.opendocument.presentation"
KEYNOTE = "application/vnd.apple.keynote"
PPT = "application/vnd.ms-powerpoint"

PRESENTATION_TYPES = frozenset({PDF, PPTX, PPSX, ODP, KEYNOTE, PPT, f"{ODP}-template"})

# Python's built-in table (a MimeTypes instance ignores the system's mime.types and the Windows
# registry, so results are the same everywhere) lacks most office formats; these come first.
_BY_SUFFIX: dict[str, str] = {
    ".jpg": JPEG,
    ".jpeg": JPEG,
    ".jpe": JPEG,
    ".png": PNG,
    ".webp": WEBP,
    ".heic": HEIC,
    ".heif": HEIF,
    ".pdf": PDF,
    ".zip": ZIP,
    ".pptx": PPTX,
    ".ppsx": PPSX,
    ".pptm": "application/vnd.ms-powerpoint.presentation.macroenabled.12",
    ".docx": DOCX,
    ".docm": "application/vnd.ms-word.document.macroenabled.12",
    ".xlsx": XLSX,
    ".xlsm": "application/vnd.ms-excel.sheet.macroenabled.12",
    ".odp": ODP,
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".key": KEYNOTE,
    ".ppt": PPT,
    ".pps": PPT,
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".md": "text/markdown",
    ".csv": "text/csv",
    ".txt": "text/plain",
}
_SUFFIX_BY_TYPE: dict[str, str] = {}
for _suffix, _type in _BY_SUFFIX.items():
    _SUFFIX_BY_TYPE.setdefault(_type, _suffix)

# Types whose content we can recognise: an extension claiming one of them is believed only when the
# content agrees, so a text file named .pdf is never announced as a PDF.
_ZIP_FAMILY = frozenset(
    {ZIP, PPTX, PPSX, DOCX, XLSX, ODP, KEYNOTE}
    | {t for s, t in _BY_SUFFIX.items() if s in {".pptm", ".docm", ".xlsm", ".odt", ".ods"}}
)
_OLE_FAMILY = frozenset({PPT, "application/msword", "application/vnd.ms-excel"})
_RECOGNISABLE = PHOTO_TYPES | {PDF} | _ZIP_FAMILY | _OLE_FAMILY

_HEIF_BRANDS = {b"heic": HEIC, b"heix": HEIC, b"heim": HEIC, b"heis": HEIC, b"mif1": HEIF, b"msf1": HEIF}

_builtin_types = mimetypes.MimeTypes()


class MediaError(UserError):
    """A photo or file the user gave cannot be used; the message names the file and why."""


class FileType(NamedTuple):
    kind: AttachmentKind
    media_type: str


def check_regular_file(path: Path) -> os.stat_result:
    """Return the lstat of `path`, or raise MediaError unless it is an existing regular file (not a link)."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        raise MediaError(f"{path} does not exist.") from None
    except OSError as exc:
        raise MediaError(f"{path} cannot be read: {exc.strerror or exc}.") from None
    mode = st.st_mode
    if stat.S_ISREG(mode):
        return st
    if stat.S_ISLNK(mode):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        raise MediaError(f"{path} is a symbolic link (to {target}); choose the file it points to.")
    raise MediaError(f"{path} is {_describe(mode)}, not a regular file.")


def _describe(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def open_regular_file(path: Path) -> io.BufferedReader:
    """Open `path` for reading only if it is a regular file; never follows a link, never blocks on a FIFO."""
    before = check_regular_file(path)
    # O_NONBLOCK: should a FIFO replace the file between lstat and open, the open returns at once
    # instead of waiting for a writer; O_NOFOLLOW refuses a link swapped in the same way.
    flags = (
        os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    )
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise MediaError(f"{path} cannot be opened: {exc.strerror or exc}.") from None
    try:
        after = os.fstat(fd)
        if not stat.S_ISREG(after.st_mode) or (after.st_dev, after.st_ino) != (before.st_dev, before.st_ino):
            raise MediaError(f"{path} changed while it was being opened; try again.")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular_file(path: Path) -> bytes:
    """The whole content of a regular file, with the same refusals as open_regular_file."""
    with open_regular_file(path) as fh:
        return fh.read()


def hash_file(path: Path) -> tuple[str, int]:
    """Return (sha256 hex digest, size in bytes) of a regular file, streamed in 1 MiB chunks."""
    digest = hashlib.sha256()
    size = 0
    buffer = bytearray(CHUNK_SIZE)
    view = memoryview(buffer)
    with open_regular_file(path) as fh:
        while n := fh.readinto(view):
            digest.update(view[:n])
            size += n
    return digest.hexdigest(), size


def detect_kind(source: Path | bytes, filename: str = "") -> FileType:
    """Kind and media type of a file from its content, the extension deciding only what content cannot.

    `source` is a path or the file's bytes (the whole file lets ZIP containers be looked into; a head
    alone falls back to the extension inside the ZIP family). `filename` defaults to the path's name.
    """
    if isinstance(source, bytes):
        head = source[:HEAD_SIZE]
        name = filename
    else:
        name = filename or source.name
        with open_regular_file(source) as fh:
            head = fh.read(HEAD_SIZE)
    by_name = _type_from_suffix(name)
    by_content = sniff(head)
    if by_content == ZIP:
        by_content = _zip_type(source, by_name)
    elif by_content == OLE:
        # Legacy Office files share one container; only the extension tells them apart.
        by_content = by_name if by_name in _OLE_FAMILY else OLE
    if by_content is not None:
        media_type = by_content
    elif by_name in _RECOGNISABLE:
        media_type = OCTET_STREAM
    else:
        media_type = by_name or OCTET_STREAM
    return FileType(kind_for(media_type), media_type)


def kind_for(media_type: str) -> AttachmentKind:
    if media_type in PHOTO_TYPES:
        return AttachmentKind.PHOTO
    if media_type in PRESENTATION_TYPES or media_type.startswith("application/vnd.ms-powerpoint"):
        return AttachmentKind.PRESENTATION
    return AttachmentKind.DOCUMENT


def suffix_for(media_type: str) -> str:
    """The usual file extension (with its dot) for a media type, or "" when there is none."""
    return _SUFFIX_BY_TYPE.get(media_type) or _builtin_types.guess_extension(media_type) or ""


def _type_from_suffix(name: str) -> str | None:
    suffix = PurePath(name).suffix.lower() if name else ""
    if not suffix:
        return None
    return _BY_SUFFIX.get(suffix) or _builtin_types.types_map[1].get(suffix)


def sniff(head: bytes) -> str | None:
    """The media type that a file's first bytes prove (photos, PDF, ZIP, OLE2), or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[4:8] == b"ftyp":
        return _HEIF_BRANDS.get(head[8:12])
    # PDF readers accept the header anywhere in the first KiB; real files put it first, junk ahead of
    # it is rare enough that such a file is better treated as unknown.
    if head.startswith(b"%PDF-"):
        return PDF
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return ZIP
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return OLE
    return None


def _zip_type(source: Path | bytes, by_name: str | None) -> str:
    try:
        with contextlib.ExitStack() as stack:
            raw: BinaryIO = (
                io.BytesIO(source)
                if isinstance(source, bytes)
                else stack.enter_context(open_regular_file(source))
            )
            zf = stack.enter_context(zipfile.ZipFile(raw))
            names = zf.namelist()
            if "mimetype" in names:
                declared = zf.read("mimetype")[:100].decode("ascii", "replace").strip()
                if declared.startswith("application/vnd.oasis.opendocument."):
                    return declared
            prefixes = {n.split("/", 1)[0] for n in names if "/" in n}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, KeyError):
        # Only the head was given or the container is damaged: keep a ZIP-family extension.
        return by_name if by_name in _ZIP_FAMILY else ZIP
    for prefix, family in (("ppt", (PPTX, PPSX)), ("word", (DOCX,)), ("xl", (XLSX,))):
        if prefix in prefixes:
            # Macro-enabled and slide-show variants share the layout: the extension picks the variant.
            if by_name is not None and _same_family(by_name, family[0]):
                return by_name
            return family[0]
    if by_name == KEYNOTE and ("Index" in prefixes or "index.apxl" in names):
        return KEYNOTE
    return ZIP


def _same_family(media_type: str, base: str) -> bool:
    families = {
        PPTX: ("presentationml", "ms-powerpoint"),
        DOCX: ("wordprocessingml", "ms-word"),
        XLSX: ("spreadsheetml", "ms-excel"),
    }
    return any(marker in media_type for marker in families[base])
