"""Packaging: every package ships, and the resources are found through importlib.resources."""

from __future__ import annotations

import json
import tomllib
from importlib.resources import files
from pathlib import Path

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


def test_one_app_id_feeds_desktop_file_metainfo_spec_and_store() -> None:
    from meetingkit.store.schema import APPLICATION_ID

    packaging = PACKAGE.parent / "packaging"
    app_id = meetingkit.APP_ID
    assert (packaging / f"{app_id}.desktop").is_file()
    assert f"<id>{app_id}</id>" in (packaging / f"{app_id}.metainfo.xml").read_text(encoding="utf-8")
    assert f'APP_ID = "{app_id}"' in (packaging / "meetingkit.spec").read_text(encoding="utf-8")
    mime = (packaging / f"{app_id}.mime.xml").read_text(encoding="utf-8")
    assert f'value="0x{APPLICATION_ID:08X}"' in mime
