"""Photos come out upright, small and without metadata; bombs, damaged and fake photos are refused by name."""

from __future__ import annotations

import datetime as dt
import io
import os
import struct
import zlib
from pathlib import Path

import pytest
from PIL import ExifTags, Image, ImageDraw

from meetingkit.media import images
from meetingkit.media.files import MediaError
from meetingkit.media.images import MAX_PIXELS, clean_image, output_suffix, probe_image, thumbnail

RED = (230, 20, 20)
XMP = (
    b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="Secretville"/>'
    b'</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)


def _exif(orientation: int = 1, gps: bool = True, taken: str | None = "2024:05:14 09:30:00") -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "TestCam"
    if gps:
        gps_ifd = exif.get_ifd(ExifTags.IFD.GPSInfo)
        gps_ifd[ExifTags.GPS.GPSLatitudeRef] = "N"
        gps_ifd[ExifTags.GPS.GPSLatitude] = (41.0, 23.0, 24.0)
        gps_ifd[ExifTags.GPS.GPSLongitudeRef] = "E"
        gps_ifd[ExifTags.GPS.GPSLongitude] = (2.0, 10.0, 12.0)
    if taken:
        sub = exif.get_ifd(ExifTags.IFD.Exif)
        sub[ExifTags.Base.DateTimeOriginal] = taken
        sub[ExifTags.Base.OffsetTimeOriginal] = "+02:00"
    return exif


def _marked(size: tuple[int, int]) -> Image.Image:
    """A grey picture with a red square in the stored top-left corner."""
    im = Image.new("RGB", size, (128, 128, 128))
    ImageDraw.Draw(im).rectangle((0, 0, size[0] // 5, size[1] // 5), fill=RED)
    return im


def _jpeg(im: Image.Image, **params: object) -> bytes:
    out = io.BytesIO()
    im.save(out, "JPEG", quality=92, **params)
    return out.getvalue()


def _is_red(pixel: object) -> bool:
    assert isinstance(pixel, tuple)
    r, g, b = pixel[:3]
    return bool(r > 180 and g < 80 and b < 80)


@pytest.fixture
def tagged_jpeg(tmp_path: Path) -> Path:
    """What a phone held sideways writes: orientation 6, GPS in EXIF, an XMP packet, a comment."""
    path = tmp_path / "IMG_0001.JPG"
    path.write_bytes(_jpeg(_marked((600, 400)), exif=_exif(6), xmp=XMP, comment=b"owner: Jane Roe"))
    return path


def test_probe_reports_upright_size_format_and_capture_time(tagged_jpeg: Path) -> None:
    info = probe_image(tagged_jpeg)
    assert (info.format, info.media_type) == ("JPEG", "image/jpeg")
    assert (info.width, info.height) == (400, 600)
    assert info.taken_at == dt.datetime(2024, 5, 14, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def test_probe_without_capture_time_gives_none() -> None:
    data = _jpeg(_marked((40, 30)), exif=_exif(1, gps=False, taken="0000:00:00 00:00:00"))
    assert probe_image(data).taken_at is None


def test_clean_copy_is_upright_and_carries_no_metadata(tagged_jpeg: Path) -> None:
    data = clean_image(tagged_jpeg, long_side=300)

    out = Image.open(io.BytesIO(data))
    assert out.format == "JPEG"
    assert out.size == (200, 300)
    # Orientation 6 shows the stored top-left corner at the top right.
    assert _is_red(out.getpixel((195, 5)))
    assert not _is_red(out.getpixel((5, 5)))
    assert not _is_red(out.getpixel((195, 295)))
    assert dict(out.getexif()) == {}
    assert not {"exif", "xmp", "icc_profile", "comment"} & set(out.info)
    for secret in (b"Exif", b"GPS", b"TestCam", b"Secretville", b"http://ns.adobe.com/xap/1.0/", b"Jane Roe"):
        assert secret not in data


def test_clean_copy_is_never_enlarged() -> None:
    data = clean_image(_jpeg(_marked((320, 200))), long_side=2048)
    assert Image.open(io.BytesIO(data)).size == (320, 200)


def test_full_size_copy_still_applies_orientation() -> None:
    data = clean_image(_jpeg(_marked((60, 40)), exif=_exif(8)), long_side=None)
    out = Image.open(io.BytesIO(data))
    assert out.size == (40, 60)
    # Orientation 8 shows the stored top-left corner at the bottom left.
    assert _is_red(out.getpixel((2, 57)))


def test_large_jpeg_is_decoded_at_reduced_size(monkeypatch: pytest.MonkeyPatch) -> None:
    decoded: list[tuple[int, int]] = []
    original = Image.Image.resize

    def spy(self: Image.Image, *args: object, **kwargs: object) -> Image.Image:
        decoded.append(self.size)
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Image.Image, "resize", spy)
    data = thumbnail(_jpeg(_marked((4000, 3000))), 256)

    assert Image.open(io.BytesIO(data)).size == (256, 192)
    assert decoded == [(500, 375)]


def test_transparent_png_stays_png_with_its_alpha() -> None:
    im = Image.new("RGBA", (300, 100), (0, 0, 255, 0))
    ImageDraw.Draw(im).rectangle((0, 0, 150, 100), fill=(0, 0, 255, 255))
    src = io.BytesIO()
    im.save(src, "PNG")

    data = clean_image(src.getvalue(), long_side=150)

    out = Image.open(io.BytesIO(data))
    assert (out.format, out.mode, out.size) == ("PNG", "RGBA", (150, 50))
    assert output_suffix(data) == ".png"
    assert out.getpixel((10, 25))[3] == 255  # type: ignore[index]
    assert out.getpixel((140, 25))[3] == 0  # type: ignore[index]


def test_palette_png_becomes_a_smooth_jpeg() -> None:
    im = Image.new("P", (200, 200), 0)
    im.putpalette([10, 200, 10] * 256)
    src = io.BytesIO()
    im.save(src, "PNG")

    data = clean_image(src.getvalue(), long_side=100)
    out = Image.open(io.BytesIO(data))
    assert (out.format, out.mode, out.size) == ("JPEG", "RGB", (100, 100))
    assert output_suffix(data) == ".jpg"


def _swapped_rgb_profile() -> bytes:
    """A matrix/TRC ICC profile whose red and blue primaries are sRGB's blue and red."""

    def s15(value: float) -> bytes:
        return struct.pack(">i", round(value * 65536))

    def xyz(x: float, y: float, z: float) -> bytes:
        return b"XYZ \0\0\0\0" + s15(x) + s15(y) + s15(z)

    gamma = b"curv\0\0\0\0" + struct.pack(">IH", 1, int(2.2 * 256)) + b"\0\0"
    tags = [
        (b"wtpt", xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", xyz(0.1431, 0.0606, 0.7141)),
        (b"gXYZ", xyz(0.3851, 0.7169, 0.0971)),
        (b"bXYZ", xyz(0.4361, 0.2225, 0.0139)),
        (b"rTRC", gamma),
        (b"gTRC", gamma),
        (b"bTRC", gamma),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, body = b"", b""
    for sig, data in tags:
        table += sig + struct.pack(">II", offset + len(body), len(data))
        body += data
    size = offset + len(body)
    header = (
        struct.pack(">I", size)
        + b"lcms"
        + bytes([2, 0x10, 0, 0])
        + b"mntrRGB XYZ "
        + bytes(12)
        + b"acsp"
        + bytes(24)
        + struct.pack(">I", 0)
        + s15(0.9642)
        + s15(1.0)
        + s15(0.8249)
        + bytes(48)
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + body


def test_greyscale_photo_stays_greyscale() -> None:
    src = io.BytesIO()
    Image.linear_gradient("L").save(src, "JPEG")
    out = Image.open(io.BytesIO(clean_image(src.getvalue(), long_side=128)))
    assert (out.mode, out.size) == ("L", (128, 128))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
def test_fifo_and_symlink_are_refused_before_reading(tmp_path: Path, tagged_jpeg: Path) -> None:
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    link = tmp_path / "link.jpg"
    link.symlink_to(tagged_jpeg)
    with pytest.raises(MediaError, match=r"pipe\.jpg is a named pipe"):
        probe_image(fifo)
    with pytest.raises(MediaError, match=r"link\.jpg is a symbolic link"):
        clean_image(link)


def test_sixteen_bit_greyscale_keeps_its_tones() -> None:
    ramp = Image.linear_gradient("L").resize((256, 64)).convert("I").point(lambda v: v * 257).convert("I;16")
    src = io.BytesIO()
    ramp.save(src, "PNG")
    out = Image.open(io.BytesIO(clean_image(src.getvalue(), long_side=128)))
    assert (out.format, out.mode) == ("JPEG", "L")
    low, high = out.getextrema()  # type: ignore[misc]
    assert low < 10 and high > 245


def test_colour_profile_is_converted_to_srgb_then_dropped() -> None:
    im = Image.new("RGB", (32, 32), (200, 40, 40))
    tagged = _jpeg(im, icc_profile=_swapped_rgb_profile())

    out = Image.open(io.BytesIO(clean_image(tagged)))

    assert "icc_profile" not in out.info
    r, g, b = out.getpixel((16, 16))  # type: ignore[misc]
    assert b > 150 and r < 90 and g < 90, (r, g, b)


def test_webp_is_accepted() -> None:
    src = io.BytesIO()
    _marked((100, 80)).save(src, "WEBP", quality=90)
    info = probe_image(src.getvalue(), "slide.webp")
    assert (info.media_type, info.width, info.height) == ("image/webp", 100, 80)
    assert Image.open(io.BytesIO(thumbnail(src.getvalue(), 50))).size == (50, 40)


def test_heic_is_accepted_when_the_plugin_is_installed() -> None:
    pytest.importorskip("pillow_heif")
    assert images.heic_supported()
    src = io.BytesIO()
    _marked((128, 96)).save(src, "HEIF", quality=90)
    info = probe_image(src.getvalue(), "IMG_1234.HEIC")
    assert (info.media_type, info.width, info.height) == ("image/heic", 128, 96)
    assert Image.open(io.BytesIO(clean_image(src.getvalue(), long_side=64))).format == "JPEG"


def test_text_file_named_jpg_is_refused_by_name(tmp_path: Path) -> None:
    fake = tmp_path / "holiday.jpg"
    fake.write_text("this is not a photo\n")
    with pytest.raises(MediaError, match=r"holiday\.jpg is not a photo"):
        probe_image(fake)
    with pytest.raises(MediaError, match=r"holiday\.jpg"):
        clean_image(fake)


def test_formats_outside_the_allow_list_are_refused() -> None:
    gif = io.BytesIO()
    _marked((20, 20)).save(gif, "GIF")
    with pytest.raises(MediaError, match=r"anim\.gif is not a photo"):
        probe_image(gif.getvalue(), "anim.gif")


@pytest.mark.parametrize("keep", [0.3, 0.7, 0.98])
def test_truncated_jpeg_is_refused(keep: float) -> None:
    whole = _jpeg(Image.effect_noise((400, 300), 60).convert("RGB"))
    cut = whole[: int(len(whole) * keep)]
    with pytest.raises(MediaError, match=r"cut\.jpg is damaged"):
        probe_image(cut, "cut.jpg")
    with pytest.raises(MediaError, match=r"cut\.jpg is damaged"):
        clean_image(cut, name="cut.jpg")


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims a huge size in a few bytes: the shape of a decompression bomb."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    "size",
    [
        (11_000, 11_000),  # just above our limit
        (15_000, 15_000),  # where Pillow only warns
        (40_000, 40_000),  # where Pillow raises on its own
    ],
)
def test_decompression_bombs_are_refused(size: tuple[int, int]) -> None:
    assert size[0] * size[1] > MAX_PIXELS
    bomb = _png_header_only(*size)
    with pytest.raises(MediaError, match=r"bomb\.png is too large"):
        probe_image(bomb, "bomb.png")
    with pytest.raises(MediaError, match=r"bomb\.png is too large"):
        thumbnail(bomb, name="bomb.png")


def test_bomb_limit_holds_for_pillow_users_after_us() -> None:
    images.probe_image(_jpeg(_marked((8, 8))))
    assert Image.MAX_IMAGE_PIXELS == MAX_PIXELS
