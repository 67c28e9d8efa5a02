"""Every third-party module the code imports is declared, so a fresh install has it.

A module that only arrives as some other package's dependency (lxml through python-docx, shiboken6 through
PySide6) works until that package stops needing it; tzdata is imported by nobody, yet zoneinfo needs it where
the system has no time-zone database (Windows, slim containers).
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from packaging.requirements import Requirement

import meetingkit

ROOT = Path(meetingkit.__file__).parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group()).lower()


def _declared(*groups: str) -> set[str]:
    requirements = list(PROJECT["dependencies"])
    for group in groups:
        requirements += PROJECT["optional-dependencies"][group]
    return {_name(r) for r in requirements}


def _third_party_imports(folder: Path) -> set[str]:
    modules: set[str] = set()
    for source in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_bytes(), str(source))):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    local = {"meetingkit"} | {p.stem for p in folder.rglob("*")}  # the tree's own modules and folders
    return {m for m in modules if m not in sys.stdlib_module_names and m not in local}


def _distributions(modules: set[str]) -> dict[str, set[str]]:
    installed = packages_distributions()
    missing = modules - installed.keys()
    assert not missing, f"imported but not installed at all: {sorted(missing)}"
    return {m: {_name(d) for d in installed[m]} for m in modules}


def test_every_module_the_package_imports_is_a_declared_dependency() -> None:
    declared = _declared("heic", "spell")  # imported only when those optional extras are installed
    imports = _third_party_imports(ROOT / "meetingkit")
    assert {"docx", "lxml", "PySide6", "PIL"} <= imports  # the scan sees real imports
    undeclared = {m: d for m, d in _distributions(imports - {"pillow_heif"}).items() if not d & declared}
    assert not undeclared, f"declare these in pyproject [project] dependencies: {undeclared}"
    assert "pillow-heif" in declared


def test_every_module_the_tests_import_is_declared_for_the_test_extra() -> None:
    declared = _declared("test", "heic")
    imports = _third_party_imports(ROOT / "tests") - {"pillow_heif"}  # the HEIC tests skip without it
    undeclared = {m: d for m, d in _distributions(imports).items() if not d & declared}
    assert not undeclared, f"declare these in the test extra: {undeclared}"


def test_the_time_zone_database_is_declared_for_systems_without_one() -> None:
    assert "tzdata" in _declared()


def test_python_docx_is_bounded_below_its_next_minor_release() -> None:
    """export/docx_writer.py patches python-docx's private classes: a new minor release may move them."""
    (docx_requirement,) = [r for r in PROJECT["dependencies"] if _name(r) == "python-docx"]
    assert re.search(r"<\s*\d+\.\d+(?![.\d])", docx_requirement), docx_requirement


def _locked(name: str) -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "requirements" / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if match := re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", line):
            pins[_name(match[1])] = match[2]
    return pins


def test_the_lock_pins_every_declared_dependency_within_its_range() -> None:
    """A dependency added to pyproject without refreshing the lock (sh requirements/refresh.sh) fails here."""
    for lock, groups in (("app", ()), ("test", ("test",))):
        pins = _locked(lock)
        requirements = list(PROJECT["dependencies"])
        for group in groups:
            requirements += PROJECT["optional-dependencies"][group]
        for requirement in map(Requirement, requirements):
            name = _name(requirement.name)
            assert name in pins, f"{name} is not in requirements/{lock}.txt: refresh the lock"
            assert requirement.specifier.contains(pins[name], prereleases=True), (
                f"requirements/{lock}.txt pins {name}=={pins[name]}, outside {requirement.specifier}"
            )
        assert {"setuptools", "wheel"} <= pins.keys()  # the README installs with --no-build-isolation
