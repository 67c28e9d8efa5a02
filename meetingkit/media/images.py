"""Photos: open with a format allow-list and bomb limits, read size and capture date, write clean resized copies."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import struct
import warnings
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

from PIL import ExifTags, Image, ImageCms, ImageFile, UnidentifiedImageError

from meetingkit.media.defaults import DEFAULT_LONG_SIDE as DEFAULT_LONG_SIDE
from meetingkit.media.defaults import DEFAULT_QUALITY as DEFAULT_QUALITY
from meetingkit.media.files import HEIF, JPEG, PNG, WEBP, MediaError, read_regular_file, sniff

# Above this many pixels a photo is refused. 120 MP leaves room for 108 MP phone sensors while a
# decoded frame (about 360 MB in RGB) still fits any laptop; Pillow's own default is ~89 MP.
MAX_PIXELS = 120_000_000

THUMBNAIL_QUALITY = 80

_MEDIA_TYPES = {"JPEG": JPEG, "MPO": JPEG, "PNG": PNG, "WEBP": WEBP, "HEIF": HEIF}

# Orientation tag value -> the transpose that makes the stored pixels upright (as ImageOps.exif_transpose).
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_SWAPS_SIDES = frozenset({5, 6, 7, 8})

_EXIF_DATE = re.compile(r"(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_EXIF_OFFSET = re.compile(r"([+-])(\d{2}):(\d{2})")

# What a broken or hostile file makes Pillow's decoders raise; anything else is our bug.
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, IndexError, KeyError)

Source = Path | bytes


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """What an image file says of itself: format, size, when it was taken, and its orientation."""

    format: str
    media_type: str
    width: int
    height: int
    taken_at: dt.datetime | None = None
    orientation: int = 1


# One limit: Pillow's is ours, and what Pillow would only warn about (between 1x and 2x its limit,
# two lines with a site-packages path on the terminal) is an error that _open turns into our sentence.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
warnings.filterwarnings("error", category=Image.DecompressionBombWarning)
# Pillow's other warnings about a file ("Corrupt EXIF data", "truncated ...") describe a photo we either
# read or refuse with our own sentence; they are never for the person at the terminal.
warnings.filterwarnings("ignore", module=r"PIL(\.|$)")


class DecodeBudget(Protocol):
    """Memory shared by the photo decodes running at once (see media.pool)."""

    def reserve(self, nbytes: int) -> AbstractContextManager[None]: ...


# Set once per photo worker process by media.pool; None (the default) decodes without waiting.
_budget: DecodeBudget | None = None


def use_decode_budget(budget: DecodeBudget | None) -> None:
    """Make every decode of this process wait for its share of `budget` (called in pool workers)."""
    global _budget
    _budget = budget


# Bytes a decoded pixel takes in Pillow: 8-bit single-band modes use one, 16-bit two, the rest four
# (RGB is stored with a padding byte).
_PIXEL_BYTES = {"1": 1, "L": 1, "P": 1, "I;16": 2, "I;16B": 2, "I;16L": 2}


def decode_cost(im: Image.Image, long_side: int | None, compressed: int = 0) -> int:
    """About how many bytes decoding and resizing `im` (opened, not loaded) holds at its peak."""
    width, height = im.size
    if im.format in {"JPEG", "MPO"} and long_side is not None:
        # libjpeg decodes at 1/2, 1/4 or 1/8 scale while that stays at least the target size (see _render).
        scale = 1
        while scale < 8 and max(width, height) // (scale * 2) >= long_side:
            scale *= 2
        width, height = -(-width // scale), -(-height // scale)
    pixels = width * height
    cost = pixels * _PIXEL_BYTES.get(im.mode, 4)
    if im.mode not in _RESIZABLE_MODES:
        cost += pixels * 4  # converted to RGB(A) or L before resizing: a second full frame
    return cost + compressed


@contextlib.contextmanager
def _reserved(nbytes: int) -> Iterator[None]:
    if _budget is None:
        yield
        return
    with _budget.reserve(nbytes):
        yield


@cache
def _formats() -> tuple[str, ...]:
    """The Pillow formats we open, registering the optional HEIF plugin on first use."""
    formats = ["JPEG", "PNG", "WEBP"]
    try:
        from pillow_heif import register_heif_opener  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        pass
    else:
        register_heif_opener()
        formats.append("HEIF")
    return tuple(formats)


def heic_supported() -> bool:
    """True when HEIC/HEIF photos can be read (the optional pillow-heif package is installed)."""
    return "HEIF" in _formats()


def _describe(source: Source, name: str) -> str:
    if name:
        return name
    return source.name if isinstance(source, Path) else "the photo"


def _open(source: Source, name: str) -> tuple[ImageFile.ImageFile, str, int]:
    """The opened (not yet decoded) image, its media type and the size of its file."""
    label = _describe(source, name)
    data = source if isinstance(source, bytes) else read_regular_file(source)
    formats = _formats()
    try:
        im = Image.open(io.BytesIO(data), formats=list(formats))
    except UnidentifiedImageError:
        kinds = "JPEG, PNG, WebP or HEIC" if "HEIF" in formats else "JPEG, PNG or WebP"
        raise MediaError(f"{label} is not a photo this app can read ({kinds}).") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_large(label) from None
    except _DECODE_ERRORS as exc:
        raise MediaError(f"{label} is a damaged photo ({exc}).") from None
    if im.width * im.height > MAX_PIXELS:
        im.close()
        raise _too_large(label)
    media_type = _MEDIA_TYPES[im.format or ""]
    if media_type == HEIF:
        # pillow-heif names every HEIF "HEIF"; the brand tells an iPhone's HEIC apart.
        media_type = sniff(data[:16]) or HEIF
    return im, media_type, len(data)


def _too_large(label: str) -> MediaError:
    return MediaError(
        f"{label} is too large to open safely (more than {MAX_PIXELS // 1_000_000} megapixels)."
    )


def _damaged(label: str, exc: BaseException) -> MediaError:
    return MediaError(f"{label} is damaged or incomplete and cannot be read ({exc}).")


def _orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(ExifTags.Base.Orientation, 1)
    except _DECODE_ERRORS:
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _taken_at(im: Image.Image) -> dt.datetime | None:
    try:
        exif = im.getexif()
        sub = exif.get_ifd(ExifTags.IFD.Exif)
    except _DECODE_ERRORS:
        return None
    for date_tag, offset_tag in (
        (ExifTags.Base.DateTimeOriginal, ExifTags.Base.OffsetTimeOriginal),
        (ExifTags.Base.DateTimeDigitized, ExifTags.Base.OffsetTimeDigitized),
    ):
        found = _parse_exif_date(sub.get(date_tag), sub.get(offset_tag))
        if found is not None:
            return found
    return _parse_exif_date(exif.get(ExifTags.Base.DateTime), sub.get(ExifTags.Base.OffsetTime))


def _parse_exif_date(value: object, offset: object) -> dt.datetime | None:
    """An EXIF "YYYY:MM:DD HH:MM:SS" as a datetime, aware when the camera wrote its UTC offset."""
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        return None
    match = _EXIF_DATE.match(value.strip())
    if not match:
        return None
    try:
        year, month, day, hour, minute, second = (int(part) for part in match.groups())
        stamp = dt.datetime(year, month, day, hour, minute, second)
    except ValueError:  # cameras without a set clock write "0000:00:00 00:00:00"
        return None
    if isinstance(offset, bytes):
        offset = offset.decode("ascii", "replace")
    if isinstance(offset, str) and (tz := _EXIF_OFFSET.fullmatch(offset.strip())):
        sign = -1 if tz.group(1) == "-" else 1
        delta = dt.timedelta(hours=int(tz.group(2)), minutes=int(tz.group(3)))
        if delta < dt.timedelta(hours=24):
            stamp = stamp.replace(tzinfo=dt.timezone(sign * delta))
    return stamp


def probe_image(source: Source, name: str = "") -> ImageInfo:
    """Format, upright size and capture date of a photo; refuses anything that does not fully decode."""
    label = _describe(source, name)
    im, media_type, _ = _open(source, name)
    with im:
        fmt = im.format or ""
        width, height = im.size
        orientation = _orientation(im)
        taken_at = _taken_at(im)
        # Decoding is the only proof that the file is whole; a JPEG decoded at 1/8 scale still
        # reads every byte of its entropy-coded data, at a fraction of the cost.
        im.draft(None, (max(1, width // 8), max(1, height // 8)))
        try:
            im.load()
        except _DECODE_ERRORS as exc:
            raise _damaged(label, exc) from None
    if orientation in _SWAPS_SIDES:
        width, height = height, width
    return ImageInfo(fmt, media_type, width, height, taken_at, orientation)


def _fit(size: tuple[int, int], long_side: int) -> tuple[int, int]:
    width, height = size
    scale = long_side / max(width, height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _has_alpha(im: Image.Image) -> bool:
    return im.mode in {"RGBA", "LA", "PA", "La", "RGBa"} or (im.mode == "P" and "transparency" in im.info)


# Modes Pillow resizes well; the others (palette, 1-bit, 16-bit and float greyscale) are converted first,
# because Pillow resizes palette images with nearest-neighbour and cannot resample 16-bit greyscale.
_RESIZABLE_MODES = frozenset({"RGB", "RGBA", "L", "LA", "CMYK"})


def _resizable(im: Image.Image) -> Image.Image:
    if im.mode in _RESIZABLE_MODES:
        return im
    if im.mode == "1":
        return im.convert("L")
    if im.mode.startswith("I") or im.mode == "F":
        scale = 1 / 256 if im.mode.startswith("I;16") or im.mode == "I" else 255
        return im.convert("F").point(lambda value: value * scale).convert("L")
    return im.convert("RGBA" if _has_alpha(im) else "RGB")


def _to_srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
    """8-bit RGB(A) or greyscale, converted to sRGB through the embedded colour profile if it is usable."""
    target = "RGBA" if _has_alpha(im) else "RGB"
    if icc and im.mode in {"RGB", "RGBA", "CMYK", "L"}:
        try:
            converted = ImageCms.profileToProfile(
                im, ImageCms.ImageCmsProfile(io.BytesIO(icc)), _srgb(), outputMode=target
            )
        except (ImageCms.PyCMSError, OSError, ValueError):
            # A broken or mismatched profile: the pixels are still good, only the colours may drift.
            converted = None
        if converted is not None:
            return converted
    if im.mode in {target, "L"}:  # greyscale stays greyscale: the same picture in a third of the bytes
        return im
    return im.convert(target)


@cache
def _srgb() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def _render(source: Source, name: str, long_side: int | None, quality: int) -> bytes:
    label = _describe(source, name)
    if long_side is not None and long_side < 1:
        raise ValueError(f"long_side must be positive, not {long_side}")
    if not 1 <= quality <= 100:
        raise ValueError(f"quality must be between 1 and 100, not {quality}")
    im, _, compressed = _open(source, name)
    with im, _reserved(decode_cost(im, long_side, compressed)):
        orientation = _orientation(im)
        icc = im.info.get("icc_profile")
        try:
            if long_side is not None and max(im.size) > long_side:
                target = _fit(im.size, long_side)
                # JPEG: libjpeg decodes straight at 1/2, 1/4 or 1/8 scale when that still leaves at least
                # the target size; its DCT-domain scaling is an area filter of good quality.
                drafted = im.draft(None, target)
                box = drafted[1] if drafted is not None else None
                frame = _resizable(im).resize(target, Image.Resampling.BICUBIC, box=box, reducing_gap=3.0)
            else:
                im.load()
                frame = _resizable(im)
            frame = _to_srgb(frame, icc if isinstance(icc, bytes) else None)
        except _DECODE_ERRORS as exc:
            raise _damaged(label, exc) from None
        if orientation in _UPRIGHT:
            # Turned after resizing, on the small image: same result, a fraction of the work.
            frame = frame.transpose(_UPRIGHT[orientation])
        # A fresh info dict: nothing of the source (EXIF, XMP, ICC, comments, text chunks) can ride along.
        frame.info = {}
        out = io.BytesIO()
        # Saved before the source closes: when nothing needed changing, `frame` is the source itself.
        if frame.mode == "RGBA":
            frame.save(out, "PNG", compress_level=6)
        else:
            frame.save(out, "JPEG", quality=quality, optimize=False, progressive=False)
    return out.getvalue()


def clean_image(
    source: Source,
    *,
    long_side: int | None = DEFAULT_LONG_SIDE,
    quality: int = DEFAULT_QUALITY,
    name: str = "",
) -> bytes:
    """An upright sRGB copy no longer than `long_side` (never enlarged), as JPEG, or PNG when the photo
    has transparency, with no metadata at all: no EXIF, GPS, XMP, IPTC, comments or colour profile."""
    return _render(source, name, long_side, quality)


def thumbnail(source: Source, size: int = 256, *, name: str = "") -> bytes:
    """A small upright JPEG (PNG with transparency) whose long side is at most `size` pixels."""
    return _render(source, name, size, THUMBNAIL_QUALITY)


def output_suffix(data: bytes) -> str:
    """The file extension for bytes made by clean_image or thumbnail."""
    return ".png" if data.startswith(b"\x89PNG\r\n\x1a\n") else ".jpg"
