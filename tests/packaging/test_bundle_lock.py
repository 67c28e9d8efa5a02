"""The bundle is built from a lock that ships exactly the versions the test suite ran on."""

from __future__ import annotations

import re
from pathlib import Path

from packaging.requirements import Requirement

import meetingkit

REQUIREMENTS = Path(meetingkit.__file__).parent.parent / "requirements"


def _pins(name: str) -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (REQUIREMENTS / name).read_text(encoding="utf-8").splitlines():
        if match := re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", line):
            pins[re.sub(r"[-_.]+", "-", match[1]).lower()] = match[2]
    return pins


def test_the_bundle_lock_pins_the_app_lock_versions() -> None:
    app, bundle = _pins("app.txt"), _pins("bundle.txt")
    differ = {
        name: (version, bundle.get(name)) for name, version in app.items() if bundle.get(name) != version
    }
    assert not differ, (
        f"requirements/bundle.txt disagrees with app.txt (app, bundle): {differ}; run refresh.sh"
    )


def test_the_bundle_lock_pins_pyinstaller_within_its_range() -> None:
    (line,) = [
        line
        for line in (REQUIREMENTS / "bundle.in").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    requirement = Requirement(line)
    assert requirement.name == "pyinstaller"
    assert requirement.specifier.contains(_pins("bundle.txt")["pyinstaller"])
    assert "--hash=sha256:" in (REQUIREMENTS / "bundle.txt").read_text(encoding="utf-8")
