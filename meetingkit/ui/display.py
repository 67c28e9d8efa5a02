"""Whether a desktop display is available, decided without importing Qt (Qt aborts when there is none)."""

from __future__ import annotations

import os
import sys

# Qt platform plugins that draw without a desktop session: the app can run on them as is.
HEADLESS_PLATFORMS = frozenset(
    {"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}
)

NO_DISPLAY_MESSAGE = (
    "meetingkit: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the window cannot open;"
    " without a desktop, build the sample outcome pack instead:"
    " meetingkit demo sample.meeting && meetingkit pack sample.meeting -o sample-pack"
)


def display_problem(environ: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """One line explaining why no window can open here, or None when one can."""
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
