"""Everything Qt: app start, main window, Qt models over the store, views, dialogs, undo commands, workers.

Importing this package must not import Qt (meetingkit.ui.display decides whether Qt can start).
"""

from __future__ import annotations

import re
import sys
from importlib.util import find_spec
from pathlib import Path


def _shiboken_version() -> str:
    """shiboken6's version, read from the `_config.py` it ships without importing it (nor Qt).

    importlib.metadata would cost the app's launch ~25 ms (it imports email, zipfile, csv...) for one
    string; it stays the fallback for a shiboken6 laid out otherwise.
    """
    spec = find_spec("shiboken6")
    if spec is not None and spec.origin:
        try:
            text = (Path(spec.origin).parent / "_config.py").read_text(encoding="utf-8")
        except OSError:
            text = ""
        found = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
        if found:
            return found.group(1)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("shiboken6")
    except PackageNotFoundError:
        return ""


def _shiboken_drops_singletons() -> bool:
    """shiboken6 6.12 treats None, True and False as immortal (PEP 683, Python 3.12) even on 3.11."""
    if sys.version_info >= (3, 12):
        return False
    try:
        major, minor = (int(part) for part in _shiboken_version().split(".")[:2])
    except ValueError:
        return False
    return (major, minor) >= (6, 12)


def _make_singletons_immortal() -> None:
    # Workaround for shiboken6 6.12 on Python 3.11: every call of a C++ method returning void
    # (setPen, setText, processEvents...), and every Python override of a Qt virtual returning
    # None or a bool (a model's data(), a proxy's filterAcceptsRow()), takes a reference from the
    # singleton without giving one back, so a long session ends in "Fatal Python error:
    # none_dealloc" (or bool_dealloc). Python 3.12 gives them a refcount no program can exhaust;
    # this gives them the same head-room. ob_refcnt is the first field of every PyObject.
    import ctypes

    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        refcount.value += 1 << 40


if _shiboken_drops_singletons():
    _make_singletons_immortal()
