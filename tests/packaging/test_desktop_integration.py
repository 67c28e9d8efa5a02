"""The desktop files say what the app really does: the file type they claim, the commands they run, the pictures.

The validators themselves (desktop-file-validate, appstreamcli, xdg-mime) run in .ci/bundle on the built bundle;
these tests check the meaning the validators cannot: that a real event file matches the MIME type's rules and a
plain SQLite file does not, that every command a launcher runs exists, that the screenshots are ours.
"""

from __future__ import annotations

import configparser
import fnmatch
import sqlite3
import struct
import tomllib
from pathlib import Path
from xml.etree import ElementTree

from PIL import Image

import meetingkit
from meetingkit.cli import build_parser
from meetingkit.store import EventStore

ROOT = Path(meetingkit.__file__).parent.parent
PACKAGING = ROOT / "packaging"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
EVENT_TYPE = "application/x-meetingkit-event"


def _desktop() -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / f"{meetingkit.APP_ID}.desktop", encoding="utf-8")
    return parser


def _mime_type() -> ElementTree.Element:
    root = ElementTree.parse(PACKAGING / f"{meetingkit.APP_ID}.mime.xml").getroot()
    (mime_type,) = root.findall("m:mime-type", MIME_NS)
    return mime_type


def _matches(rule: ElementTree.Element, data: bytes) -> bool:
    """shared-mime-info's magic: this rule holds and, when it has children, one of them holds too."""
    offset = int(rule.get("offset", "0"))
    kind, value = rule.get("type"), rule.get("value", "")
    if kind == "string":
        expected = value.encode()
    elif kind == "big32":
        expected = struct.pack(">I", int(value, 0))
    else:
        raise AssertionError(f"a magic rule of type {kind} is not understood by this test")
    children = rule.findall("m:match", MIME_NS)
    return data[offset : offset + len(expected)] == expected and (
        not children or any(_matches(child, data) for child in children)
    )


def _recognised(path: Path) -> tuple[bool, bool]:
    """(by its name, by its content) as a file manager with our MIME type installed would decide."""
    mime_type = _mime_type()
    by_name = any(
        fnmatch.fnmatch(path.name, g.get("pattern", "")) for g in mime_type.findall("m:glob", MIME_NS)
    )
    data = path.read_bytes()[:256]
    by_content = any(
        _matches(rule, data)
        for magic in mime_type.findall("m:magic", MIME_NS)
        for rule in magic.findall("m:match", MIME_NS)
    )
    return by_name, by_content


def test_an_event_file_is_recognised_by_name_and_by_content(tmp_path: Path) -> None:
    path = tmp_path / "retreat.meeting"
    with EventStore.create(path, title="Retreat", start="2024-09-12", end="2024-09-13"):
        pass
    assert _recognised(path) == (True, True)
    renamed = path.rename(tmp_path / "retreat-copy.db")  # e-mailed or synced under another name
    assert _recognised(renamed) == (False, True)


def test_another_sqlite_file_is_not_claimed(tmp_path: Path) -> None:
    path = tmp_path / "photos.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
    db.close()
    assert _recognised(path) == (False, False)


def test_the_desktop_file_the_mime_type_and_the_metainfo_name_one_file_type() -> None:
    assert _mime_type().get("type") == EVENT_TYPE
    assert _desktop()["Desktop Entry"]["MimeType"] == f"{EVENT_TYPE};"
    metainfo = ElementTree.parse(PACKAGING / f"{meetingkit.APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("provides/mediatype") == EVENT_TYPE


def test_every_command_a_launcher_runs_exists() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    desktop = _desktop()
    entry = desktop["Desktop Entry"]
    assert entry["Exec"] == "meetingkit %f" and entry["TryExec"] == "meetingkit"
    assert "meetingkit" in scripts  # the pip install's command; the bundle's program has the same name
    actions = [a for a in entry["Actions"].split(";") if a]
    assert actions, "the launcher offers no action"
    for action in actions:
        command = desktop[f"Desktop Action {action}"]["Exec"].split()
        assert command[0] == "meetingkit"
        for option in command[1:]:
            assert option in build_parser().format_help(), f"{action}: meetingkit has no {option}"
    metainfo = ElementTree.parse(PACKAGING / f"{meetingkit.APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("provides/binary") == "meetingkit"


def test_the_metainfo_screenshots_are_the_projects_own() -> None:
    metainfo = ElementTree.parse(PACKAGING / f"{meetingkit.APP_ID}.metainfo.xml").getroot()
    screenshots = metainfo.findall("screenshots/screenshot")
    assert [s.get("type") for s in screenshots].count("default") == 1
    for screenshot in screenshots:
        image = screenshot.find("image")
        assert image is not None and image.text is not None and image.text.startswith("https://")
        assert screenshot.findtext("caption")
        local = ROOT / "docs" / "screenshots" / image.text.rsplit("/", 1)[1]
        with Image.open(local) as picture:
            assert picture.size == (int(image.get("width", 0)), int(image.get("height", 0))), local.name
