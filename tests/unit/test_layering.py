"""The layers of DESIGN.md hold: no Qt outside meetingkit/ui, and imports only go downwards."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import meetingkit

PACKAGE = Path(meetingkit.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "qtpy")

# What each layer may import from the project besides itself ("meetingkit" alone is the root's constants).
ALLOWED: dict[str, set[str]] = {
    "core": {"meetingkit"},
    "assistant": {"meetingkit", "meetingkit.core"},
    "store": {"meetingkit", "meetingkit.core"},
    "media": {"meetingkit", "meetingkit.core"},
    "export": {"meetingkit", "meetingkit.core", "meetingkit.media", "meetingkit.assistant"},
}


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every module a file imports, at any depth (a lazy import inside a function counts too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.ImportFrom) and node.level:
            found.append((node.lineno, "." * node.level + (node.module or "")))
    return found


def _sources(*, outside_ui: bool = True) -> list[Path]:
    files = sorted(PACKAGE.rglob("*.py"))
    if outside_ui:
        files = [f for f in files if "ui" not in f.relative_to(PACKAGE).parts[:1]]
    return files


def test_the_scan_sees_the_whole_package() -> None:
    names = {f.relative_to(PACKAGE).as_posix() for f in _sources()}
    assert {"core/quickentry.py", "store/eventstore.py", "cli.py"} <= names
    assert not any(name.startswith("ui/") for name in names)


def test_no_module_outside_ui_imports_qt() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line} imports {module}"
        for path in _sources()
        for line, module in _imports(path)
        if module.split(".")[0] in QT_MODULES
    ]
    assert offenders == []


def test_imports_only_go_down_the_layers() -> None:
    offenders: list[str] = []
    for layer, allowed in ALLOWED.items():
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for line, module in _imports(path):
                if module.startswith("."):
                    offenders.append(f"{path.relative_to(PACKAGE)}:{line} uses a relative import")
                    continue
                if module != "meetingkit" and not module.startswith("meetingkit."):
                    continue
                own = module == f"meetingkit.{layer}" or module.startswith(f"meetingkit.{layer}.")
                if not own and not any(module == a or module.startswith(a + ".") for a in allowed):
                    offenders.append(f"{path.relative_to(PACKAGE)}:{line} imports {module}")
    assert offenders == []


def test_the_package_root_imports_nothing_of_the_project() -> None:
    assert not [m for _, m in _imports(PACKAGE / "__init__.py") if m.startswith("meetingkit")]


def test_importing_core_store_and_cli_loads_no_qt() -> None:
    script = (
        "import json, sys\n"
        "import meetingkit.core, meetingkit.store, meetingkit.cli\n"
        "import meetingkit.core.quickentry, meetingkit.store.interchange, meetingkit.store.csv_import\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded = json.loads(result.stdout)
    assert "meetingkit.cli" in loaded
    assert [m for m in loaded if m.split(".")[0] in QT_MODULES] == []
    assert [m for m in loaded if m.startswith("meetingkit.ui")] == []
