"""Whether a desktop display is available, decided without importing Qt (Qt aborts when there is none)."""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

# Qt platform plugins that draw without a desktop session: the app can run on them as is.
HEADLESS_PLATFORMS = frozenset(
    {"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}
)

NO_DISPLAY_MESSAGE = (
    "meetingkit: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the window cannot open;"
    " without a desktop, build the sample outcome pack instead:"
    " meetingkit demo sample.meeting && meetingkit pack sample.meeting -o sample-pack"
)


XCB_LIBRARIES_MESSAGE = (
    "meetingkit: the window cannot open on X11 because a system library Qt needs is missing ({missing});"
    " install Qt's X11 libraries, e.g. `sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
    " libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0`, or build the sample outcome pack without a"
    " window: meetingkit demo sample.meeting && meetingkit pack sample.meeting -o sample-pack"
)


def _xcb_plugin_error() -> str | None:
    """The missing library that stops Qt's X11 plugin from loading, or None when it loads.

    Without its libraries Qt cannot load the plugin and aborts the process (a core dump, nothing we
    could catch), so the plugin is loaded here first, where a failure is an ordinary OSError.
    """
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return None
    import ctypes  # on X11 only: a launch elsewhere does not import it (~2 ms)

    try:
        ctypes.CDLL(str(plugin), mode=getattr(os, "RTLD_LAZY", 1))
    except OSError as exc:
        found = re.search(r"(lib[\w.+-]+\.so[\w.]*)", str(exc))
        return found.group(1) if found else str(exc)
    return None


def display_problem(
    environ: dict[str, str] | None = None,
    platform: str | None = None,
    xcb_plugin_error: Callable[[], str | None] = _xcb_plugin_error,
) -> str | None:
    """One line explaining why no window can open here, or None when one can."""
    problem = _no_display(environ, platform)
    if problem is not None:
        return problem
    env = os.environ if environ is None else environ
    system = sys.platform if platform is None else platform
    requested = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip().lower()
    uses_x11 = requested == "xcb" or (not requested and not env.get("WAYLAND_DISPLAY"))
    if system.startswith(("linux", "freebsd")) and uses_x11:
        missing = xcb_plugin_error()
        if missing:
            return XCB_LIBRARIES_MESSAGE.format(missing=missing)
    return None


def _no_display(environ: dict[str, str] | None, platform: str | None) -> str | None:
    env = os.environ if environ is None else environ
    system = sys.platform if platform is None else platform
    requested = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip().lower()
    if requested in HEADLESS_PLATFORMS:
        return None
    if not system.startswith("linux") and not system.startswith("freebsd"):
        return None  # Windows and macOS always have their window system
    if requested in {"xcb"}:
        return None if env.get("DISPLAY") else NO_DISPLAY_MESSAGE
    if requested.startswith("wayland"):
        return None if env.get("WAYLAND_DISPLAY") else NO_DISPLAY_MESSAGE
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY_MESSAGE
