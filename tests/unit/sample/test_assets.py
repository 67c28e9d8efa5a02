"""The sample's generated photos carry the EXIF a camera would write, and the slides are a real PDF."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from PIL import Image, ImageChops, ImageOps, ImageStat
from PIL.ExifTags import GPS, IFD, Base

from meetingkit.sample.assets import make_photo, make_photos, make_slides_pdf, render_photo
from meetingkit.sample.content import SAMPLE_PHOTOS, SAMPLE_SLIDES, SAMPLE_TZ, PhotoSpec


@pytest.fixture(scope="module")
def photos() -> dict[str, tuple[PhotoSpec, bytes]]:
    return {spec.filename: (spec, data) for spec, data in make_photos()}


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _degrees(dms: tuple[float, float, float], ref: str) -> float:
    value = float(dms[0]) + float(dms[1]) / 60 + float(dms[2]) / 3600
    return -value if ref in ("S", "W") else value


def test_every_spec_gives_one_jpeg(photos: dict[str, tuple[PhotoSpec, bytes]]) -> None:
    assert sorted(photos) == sorted(p.filename for p in SAMPLE_PHOTOS)
    for spec, data in photos.values():
        image = _open(data)
        assert image.format == "JPEG", spec.filename
        assert ImageOps.exif_transpose(image).size == spec.size


@pytest.mark.parametrize("spec", SAMPLE_PHOTOS, ids=lambda p: p.filename)
def test_exif_says_when_and_with_what_the_photo_was_taken(
    spec: PhotoSpec, photos: dict[str, tuple[PhotoSpec, bytes]]
) -> None:
    exif = _open(photos[spec.filename][1]).getexif()
    assert (exif[Base.Make], exif[Base.Model]) == spec.camera
    taken = exif.get_ifd(IFD.Exif)[Base.DateTimeOriginal]
    local = dt.datetime.strptime(taken, "%Y:%m:%d %H:%M:%S").replace(tzinfo=SAMPLE_TZ)
    assert local == spec.taken_at
    assert exif.get_ifd(IFD.Exif)[Base.OffsetTimeOriginal] == "+02:00"
    assert exif.get(Base.Orientation) == spec.orientation


def test_the_rotated_photo_is_stored_sideways_and_displays_upright(
    photos: dict[str, tuple[PhotoSpec, bytes]],
) -> None:
    spec, data = next(v for v in photos.values() if v[0].orientation == 6)
    stored = _open(data)
    assert stored.getexif()[Base.Orientation] == 6
    assert stored.size == (spec.size[1], spec.size[0])
    shown = ImageOps.exif_transpose(stored).convert("RGB")
    upright = render_photo(spec)
    assert shown.size == upright.size
    # Same picture once the orientation is applied: only JPEG loss remains.
    assert max(ImageStat.Stat(ImageChops.difference(shown, upright)).mean) < 4
    wrong_way = stored.transpose(Image.Transpose.ROTATE_90).convert("RGB")
    assert max(ImageStat.Stat(ImageChops.difference(wrong_way, upright)).mean) > 20


def test_gps_tags_put_the_phone_photos_in_barcelona(photos: dict[str, tuple[PhotoSpec, bytes]]) -> None:
    with_gps = [(spec, data) for spec, data in photos.values() if spec.gps is not None]
    assert with_gps
    for spec, data in with_gps:
        assert spec.gps is not None
        gps = _open(data).getexif().get_ifd(IFD.GPSInfo)
        latitude = _degrees(gps[GPS.GPSLatitude], gps[GPS.GPSLatitudeRef])
        longitude = _degrees(gps[GPS.GPSLongitude], gps[GPS.GPSLongitudeRef])
        assert latitude == pytest.approx(spec.gps[0], abs=1e-4)
        assert longitude == pytest.approx(spec.gps[1], abs=1e-4)
        assert 41.3 < latitude < 41.5 and 2.0 < longitude < 2.3
    for spec, data in photos.values():
        if spec.gps is None:
            assert not _open(data).getexif().get_ifd(IFD.GPSInfo), spec.filename


def test_photos_have_grain_not_flat_colour(photos: dict[str, tuple[PhotoSpec, bytes]]) -> None:
    for spec, data in photos.values():
        image = ImageOps.exif_transpose(_open(data)).convert("L")
        # Even the plainest 64x64 patch of wall has some texture, as in a real photo.
        patches = [
            image.crop((x, y, x + 64, y + 64)) for x in range(0, image.width - 64, 400) for y in (0, 200)
        ]
        assert min(ImageStat.Stat(p).stddev[0] for p in patches) > 1.0, spec.filename


def test_photos_are_reproducible() -> None:
    spec = SAMPLE_PHOTOS[0]
    assert make_photo(spec) == make_photo(spec)


def test_slides_are_a_multipage_pdf_with_their_metadata() -> None:
    pdf = make_slides_pdf()
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    pages = re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf)
    assert len(pages) == len(SAMPLE_SLIDES.slides) == 8
    # Pillow writes the document info (title, author) as UTF-16BE strings.
    assert "Smart Cities and beyond".encode("utf-16-be") in pdf
    assert "Tim Campbell".encode("utf-16-be") in pdf
    assert pdf == make_slides_pdf()
