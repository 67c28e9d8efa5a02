"""Packaging: every package ships, and the resources are found through importlib.resources."""

from __future__ import annotations

import json
import tomllib
from importlib.resources import files
from pathlib import Path
from xml.etree import ElementTree

import meetingkit

PACKAGE = Path(meetingkit.__file__).parent
PYPROJECT = PACKAGE.parent / "pyproject.toml"


def _setuptools() -> dict[str, object]:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    section: dict[str, object] = config["tool"]["setuptools"]
    return section


def test_every_package_directory_is_listed_in_pyproject() -> None:
    listed = set(_setuptools()["packages"])  # type: ignore[call-overload]
    on_disk = {
        ".".join(("meetingkit", *d.relative_to(PACKAGE).parts)).rstrip(".")
        for d in [PACKAGE, *PACKAGE.rglob("*")]
        if d.is_dir() and d.name != "__pycache__" and any(d.glob("*.py"))
    }
    assert on_disk - listed == set(), "add these to [tool.setuptools] packages"
    assert "meetingkit.resources" in listed


def test_every_listed_package_can_be_imported_as_a_package() -> None:
    for name in _setuptools()["packages"]:  # type: ignore[attr-defined]
        if name == "meetingkit.resources":
            continue
        directory = PACKAGE.joinpath(*name.split(".")[1:])
        assert (directory / "__init__.py").is_file(), f"{name} has no __init__.py"


def test_resources_ship_inside_the_package() -> None:
    assert _setuptools()["package-dir"] == {"meetingkit.resources": "resources"}  # type: ignore[comparison-overlap]
    data = _setuptools()["package-data"]
    assert data == {"meetingkit.resources": ["**/*"]}  # type: ignore[comparison-overlap]


def test_importlib_resources_finds_the_json_schema() -> None:
    schema_file = files("meetingkit.resources").joinpath("schema", "event.schema.json")
    assert schema_file.is_file()
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    assert schema["properties"]["format"] == {"const": "meetingkit-event"}


def test_the_package_is_typed() -> None:
    assert (PACKAGE / "py.typed").is_file()


def test_one_app_id_and_one_version_feed_every_packaging_file() -> None:
    """meetingkit/__init__.py holds both; everything else reads them or is checked against them here."""
    from importlib.metadata import version

    from meetingkit.store.schema import APPLICATION_ID

    packaging = PACKAGE.parent / "packaging"
    app_id, app_version = meetingkit.APP_ID, meetingkit.__version__
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    # pip and the wheel: pyproject reads the version from the package, and the installed metadata agrees.
    assert "version" in project["project"]["dynamic"]
    assert _setuptools()["dynamic"] == {"version": {"attr": "meetingkit.__version__"}}  # type: ignore[comparison-overlap]
    assert version("meetingkit") == app_version
    # The desktop: file names, the icon name and the AppStream id and newest release.
    desktop = (packaging / f"{app_id}.desktop").read_text(encoding="utf-8")
    assert f"Icon={app_id}\n" in desktop
    metainfo = ElementTree.parse(packaging / f"{app_id}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == app_id
    assert metainfo.findtext("launchable") == f"{app_id}.desktop"
    assert metainfo.find("releases/release").get("version") == app_version  # type: ignore[union-attr]
    # The running app: Wayland and the taskbars match the window to the desktop file by this name.
    ui_app = (PACKAGE / "ui" / "app.py").read_text(encoding="utf-8")
    assert "app.setDesktopFileName(meetingkit.APP_ID)" in ui_app
    assert "app.setApplicationVersion(meetingkit.__version__)" in ui_app
    # The bundle (and its macOS Info.plist) and the Windows installer take them from the package, never a copy.
    spec = (packaging / "meetingkit.spec").read_text(encoding="utf-8")
    assert "from meetingkit import APP_ID, APP_NAME, __version__" in spec
    installer = (packaging / "windows" / "meetingkit.iss").read_text(encoding="utf-8")
    for text in (spec, installer):
        assert app_id not in text and f'"{app_version}"' not in text
    assert "AppId={#AppId}" in installer and "AppVersion={#AppVersion}" in installer
    # The file type: the MIME magic is the store's application_id.
    mime = (packaging / f"{app_id}.mime.xml").read_text(encoding="utf-8")
    assert f'value="0x{APPLICATION_ID:08X}"' in mime
