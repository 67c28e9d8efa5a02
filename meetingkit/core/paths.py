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

from meetingkit import APP_NAME

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from platformdirs import PlatformDirs

    # A path as a string or any path object: the code `meetingkit add` runs handles paths with os.path, as
    # pathlib (with fnmatch, urllib.parse and ipaddress under it) cost each capture ~4 ms; callers hand in Paths.
    StrPath = str | os.PathLike[str]


@cache
def _dirs() -> PlatformDirs:
    from platformdirs import PlatformDirs

    return PlatformDirs(APP_NAME, appauthor=False)


def _xdg(variable: str, default: str) -> str | None:
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
    return os.path.join(base, APP_NAME)


def _folder(under_home: str, variable: str, default: str) -> str:
    home = os.environ.get("MEETINGKIT_HOME")
    if home:
        return os.path.join(home, under_home)
    return _xdg(variable, default) or getattr(_dirs(), f"user_{under_home}_dir")


def data_folder() -> str:
    """data_dir() as a string, for code that makes no Path (see StrPath)."""
    return _folder("data", "XDG_DATA_HOME", "~/.local/share")


def config_dir() -> Path:
    from pathlib import Path

    return Path(_folder("config", "XDG_CONFIG_HOME", "~/.config"))


def data_dir() -> Path:
    from pathlib import Path

    return Path(data_folder())


def cache_dir() -> Path:
    from pathlib import Path

    return Path(_folder("cache", "XDG_CACHE_HOME", "~/.cache"))


def ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
