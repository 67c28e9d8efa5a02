"""Where meetingkit keeps per-user files, resolved once; MEETINGKIT_HOME moves them all (every test sets it).

platformdirs says where they go. On Linux, for a user whose home is known, its answer is the XDG base
directory rule, read here without importing it: platformdirs brings `tempfile`, `random` and `shutil` with
its compression modules, ~4 ms of every `meetingkit add` (which needs the data folder for its register of
known files), nearly a tenth of the whole command. Everywhere else (Windows, macOS, Android, a HOME that is
not an absolute path) platformdirs answers; a test compares the two on Linux for every combination of the
variables the rule reads.
"""

from __future__ import annotations

import os
import posixpath
import sys
from functools import cache
from pathlib import Path

from meetingkit import APP_NAME

TYPE_CHECKING = False
if TYPE_CHECKING:
    from platformdirs import PlatformDirs


@cache
def _dirs() -> PlatformDirs:
    from platformdirs import PlatformDirs

    return PlatformDirs(APP_NAME, appauthor=False)


def _home() -> Path | None:
    value = os.environ.get("MEETINGKIT_HOME")
    return Path(value) if value else None


def _xdg(variable: str, default: str) -> Path | None:
    """The folder platformdirs gives for the XDG `variable` (`default` under the home when it is unset or
    not absolute), or None where only platformdirs can say."""
    environ = os.environ
    if (
        sys.platform != "linux"
        or hasattr(sys, "getandroidapilevel")
        or "ANDROID_DATA" in environ
        or "ANDROID_ROOT" in environ
        or not posixpath.isabs(environ.get("HOME", ""))
    ):
        return None
    base = environ.get(variable, "")
    if not posixpath.isabs(base):
        base = os.path.expanduser(default)
    return Path(os.path.join(base, APP_NAME))


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else _xdg("XDG_CONFIG_HOME", "~/.config") or Path(_dirs().user_config_dir)


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else _xdg("XDG_DATA_HOME", "~/.local/share") or Path(_dirs().user_data_dir)


def cache_dir() -> Path:
    home = _home()
    return home / "cache" if home else _xdg("XDG_CACHE_HOME", "~/.cache") or Path(_dirs().user_cache_dir)


def ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
