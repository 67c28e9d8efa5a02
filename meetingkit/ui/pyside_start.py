"""PySide6 imported for the window, without its reading of the source of every module imported after it.

Once imported, PySide6 reads the source of each module the first time an `import` names it, looking for
"PySide6" there to decide whether its `__feature__` switches (snake_case, true_property) may apply: ~10 ms
at launch, for the window's hundred modules and the standard library's modules they import. meetingkit
selects no feature, so the answers are known without reading: the window's own modules are marked as
using PySide6 without a feature, those already imported and the standard library's as not using it, the
values PySide6 would set itself. The mark lives in PySide6's internals: should a release rename them, nothing is marked and
PySide6 reads the sources as before.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook, and the table marked below)

import meetingkit.ui

# PySide6's values in its table of modules (shibokensupport/feature.py).
NOT_PYSIDE = -1  # a module that does not use PySide6: its features are never switched
NO_FEATURE = 0  # a module that uses PySide6 and selects no feature


def window_modules() -> list[str]:
    """The names of meetingkit.ui's modules, found on disk without importing any (none in a bundle that
    keeps no source files: those are then read as usual)."""
    names: list[str] = []
    for top in meetingkit.ui.__path__:
        # os.walk, not Path.rglob: a quarter of its cost, at every launch.
        for folder, subfolders, files in os.walk(top):
            subfolders[:] = [name for name in subfolders if name != "__pycache__"]
            package = Path(folder).relative_to(top).parts
            for file in files:
                if file.endswith(".py"):
                    module = () if file == "__init__.py" else (file[:-3],)
                    names.append(".".join(("meetingkit.ui", *package, *module)))
    return names


def mark_modules() -> int:
    """Mark the modules imported so far and the window's; how many were new to PySide6's table."""
    feature = sys.modules.get("shibokensupport.feature")
    known = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return 0
    before = len(known)
    for name in window_modules():
        known.setdefault(name, NO_FEATURE)
    # The standard library's top-level modules, imported or not (the window imports some after Qt).
    for name in (*sys.modules, *sys.stdlib_module_names):
        known.setdefault(name, NOT_PYSIDE)
    return len(known) - before


mark_modules()
