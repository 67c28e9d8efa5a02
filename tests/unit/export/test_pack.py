"""The outcome pack end to end: what a person receives, and what must never be in it."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest
from icalendar import Calendar
from PIL import ExifTags, Image, ImageDraw

from meetingkit.attach import attach_bytes
from meetingkit.core.errors import UserError
from meetingkit.core.model import Consent
from meetingkit.export.pack import PackOptions
from meetingkit.export.progress import Cancelled, CancelToken, Progress
from meetingkit.publish import pack
from meetingkit.store import EventStore


def _photo(colour: tuple[int, int, int], *, orientation: int = 1, gps: bool = False) -> bytes:
    """A 600x400 picture with a red square in its stored top-left corner."""
    im = Image.new("RGB", (600, 400), colour)
    ImageDraw.Draw(im).rectangle((0, 0, 120, 80), fill=(230, 20, 20))
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "SecretCam"
    if gps:
        gps_ifd = exif.get_ifd(ExifTags.IFD.GPSInfo)
        gps_ifd[ExifTags.GPS.GPSLatitudeRef] = "N"
        gps_ifd[ExifTags.GPS.GPSLatitude] = (41.0, 23.0, 24.0)
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description City="Hiddenville"/></rdf:RDF></x:xmpmeta>'
    out = io.BytesIO()
    im.save(out, "JPEG", quality=90, exif=exif, xmp=xmp)
    return out.getvalue()


@pytest.fixture
def event(tmp_path: Path) -> Path:
    path = tmp_path / "event.meeting"
    with EventStore.create(path, title="Learning meeting", start="2017-09-12", end="2017-09-13") as store:
        session = store.add_session(store.day(1).id, "Plenary", start="09:00", end="10:00", room="Sala 1")
        store.add_entry(session.id, '! Circulate the calendar, "now" @UCLG due:2017-10-01 ^short')
        store.add_entry(session.id, "! =cmd|' /C calc'!A0 @Metropolis due:2017-11-01")
        attach_bytes(
            store,
            _photo((0, 90, 0), orientation=6, gps=True),
            "IMG_0001.JPG",
            session_id=session.id,
            caption="Opening plenary",
            credit="Photo: UCLG",
            selected=True,
            consent=Consent.AGREED,
        )
        attach_bytes(
            store,
            _photo((0, 0, 90)),
            "../../../etc/passwd.jpg",
            caption="Panel/left: CON",
            selected=True,
            consent=Consent.AGREED,
        )
        attach_bytes(
            store,
            _photo((90, 0, 0)),
            "private.jpg",
            caption="Close-up",
            selected=True,
            consent=Consent.REFUSED,
        )
        attach_bytes(store, _photo((50, 50, 50)), "not-selected.jpg", caption="Not chosen")
        attach_bytes(store, b"%PDF-1.4\n%%EOF\n", "CON.pdf", session_id=session.id, caption="Slides")
        attach_bytes(store, b"%PDF-1.4\n%%EOF\n" + b" " * 10, "..\\..\\slides.pdf", caption="More slides")
    return path


def _build(event: Path, target: Path, **options: object) -> object:
    with EventStore.open(event, read_only=True) as store:
        snapshot = store.snapshot()
    return pack(snapshot, event, target, PackOptions(**options))  # type: ignore[arg-type]


def test_pack_holds_what_a_person_needs(event: Path, tmp_path: Path) -> None:
    target = tmp_path / "out"
    _build(event, target, make_zip=True, long_side=300)
    names = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    assert {
        "README.md",
        "full-written-summaries.docx",
        "full-written-summaries.md",
        "summary.html",
        "actions.csv",
        "actions.ics",
        "programme.ics",
        "manifest.json",
    } <= set(names)
    photos = [n for n in names if n.startswith("photos/")]
    assert photos == ["photos/01-opening-plenary.jpg", "photos/02-panelleft-con.jpg"]
    presentations = [n for n in names if n.startswith("presentations/")]
    assert len(presentations) == 2 and all("/" not in n.split("/", 1)[1] for n in presentations)
    readme = (target / "README.md").read_text(encoding="utf-8")
    assert "Opening plenary. Photo: UCLG." in readme
    assert "Close-up" not in readme and "Not chosen" not in readme


def test_photos_are_upright_and_stripped(event: Path, tmp_path: Path) -> None:
    target = tmp_path / "out"
    _build(event, target, long_side=300)
    data = (target / "photos" / "01-opening-plenary.jpg").read_bytes()
    im = Image.open(io.BytesIO(data))
    assert im.size == (200, 300)  # orientation 6 applied: portrait
    r, g, b = im.getpixel((195, 5))  # the stored top-left corner now shows at the top right
    assert r > 180 and g < 80 and b < 80
    assert dict(im.getexif()) == {}
    for secret in (b"SecretCam", b"Hiddenville", b"GPS", b"Exif"):
        assert secret not in data


def test_no_consent_photo_never_leaves_the_file(event: Path, tmp_path: Path) -> None:
    target = tmp_path / "out"
    _build(event, target, make_zip=True)
    everything = b"".join(p.read_bytes() for p in target.rglob("*") if p.is_file())
    assert b"Close-up" not in everything and b"private" not in everything
    with zipfile.ZipFile(tmp_path / "out.zip") as zf:
        assert not any("private" in n for n in zf.namelist())


def test_hostile_names_stay_inside_and_zip_is_safe(event: Path, tmp_path: Path) -> None:
    target = tmp_path / "out"
    _build(event, target, make_zip=True)
    for path in target.rglob("*"):
        assert path.resolve().is_relative_to(target.resolve())
    assert not (tmp_path / "etc").exists() and not (tmp_path / "slides.pdf").exists()
    with zipfile.ZipFile(tmp_path / "out.zip") as zf:
        for info in zf.infolist():
            assert not info.filename.startswith("/") and ".." not in info.filename.split("/")
            assert "\\" not in info.filename
        jpeg = next(i for i in zf.infolist() if i.filename.endswith(".jpg"))
        assert jpeg.compress_type == zipfile.ZIP_STORED
        assert zf.getinfo("full-written-summaries.md").compress_type == zipfile.ZIP_DEFLATED


def test_manifest_hashes_verify(event: Path, tmp_path: Path) -> None:
    target = tmp_path / "out"
    _build(event, target)
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    listed = {entry["path"] for entry in manifest["files"]}
    on_disk = {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()} - {"manifest.json"}
    assert listed == on_disk
    for entry in manifest["files"]:
        data = (target / entry["path"]).read_bytes()
        assert len(data) == entry["size"]
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]


def test_actions_csv_and_ics_read_back(event: Path, tmp_path: Path) -> None:
    target = tmp_path / "out"
    _build(event, target)
    raw = (target / "actions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    texts = [row[1] for row in rows[1:]]
    assert 'Circulate the calendar, "now"' in texts
    assert not any(t.startswith("=") for t in texts)  # a formula is neutralised, not run by Excel
    calendar = Calendar.from_ical((target / "actions.ics").read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 2
    assert {str(e.get("DTSTART").dt) for e in events} == {"2017-10-01", "2017-11-01"}


def test_progress_is_reported_and_cancel_leaves_nothing(event: Path, tmp_path: Path) -> None:
    target = tmp_path / "out"
    seen: list[Progress] = []
    token = CancelToken()

    def progress(p: Progress) -> None:
        seen.append(p)
        if p.stage == "Writing the summaries":
            token.cancel()

    with EventStore.open(event, read_only=True) as store:
        snapshot = store.snapshot()
    with pytest.raises(Cancelled):
        pack(snapshot, event, target, PackOptions(make_zip=True), progress=progress, cancel=token)
    assert seen and seen[0].stage == "Resizing photos"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["event.meeting"]


def test_previous_pack_is_replaced_but_other_folders_are_refused(event: Path, tmp_path: Path) -> None:
    target = tmp_path / "out"
    _build(event, target)
    _build(event, target)  # rebuilt after edits: replaces the earlier pack
    assert (target / "manifest.json").exists()
    other = tmp_path / "Documents"
    other.mkdir()
    (other / "thesis.docx").write_bytes(b"precious")
    with pytest.raises(UserError, match="already holds other files"):
        _build(event, other)
    assert (other / "thesis.docx").read_bytes() == b"precious"


def test_a_full_disk_is_one_sentence_and_leaves_nothing(
    event: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from meetingkit.export import pack as pack_module

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pack_module, "_copy_into", full)
    with pytest.raises(UserError, match="the disk is full"):
        _build(event, tmp_path / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["event.meeting"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_the_pack_and_its_files_get_the_users_usual_permissions(event: Path, tmp_path: Path) -> None:
    """No umask juggling: what the pack makes gets the mode any new file of the user gets."""
    previous = os.umask(0o027)
    try:
        _build(event, tmp_path / "out", make_zip=True)
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "out").stat().st_mode) == 0o750
    for name in ("full-written-summaries.docx", "full-written-summaries.md", "actions.csv", "manifest.json"):
        assert stat.S_IMODE((tmp_path / "out" / name).stat().st_mode) == 0o640, name
    assert stat.S_IMODE((tmp_path / "out.zip").stat().st_mode) == 0o640


def _photo_names(target: Path) -> list[str]:
    return sorted(p.name for p in (target / "photos").iterdir())


def test_only_photos_whose_people_agreed_go_out_unless_the_organiser_chooses(
    event: Path, tmp_path: Path
) -> None:
    with EventStore.open(event) as store:
        attach_bytes(store, _photo((0, 50, 90)), "corridor.jpg", caption="Corridor talk", selected=True)
        assert store.attachments()[-1].consent is Consent.UNKNOWN  # nobody asked yet
    by_default, chosen = tmp_path / "default", tmp_path / "chosen"
    _build(event, by_default)
    _build(event, chosen, include_not_asked=True)
    assert not any("corridor" in n for n in _photo_names(by_default))
    assert any("corridor" in n for n in _photo_names(chosen))
    for target in (by_default, chosen):  # a refusal is never overridden
        assert not any("close-up" in n for n in _photo_names(target))
    assert len(_photo_names(chosen)) == len(_photo_names(by_default)) + 1
