"""Where meetingkit keeps per-user files, resolved once; MEETINGKIT_HOME moves them all (every test sets it)."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from platformdirs import PlatformDirs

from meetingkit import APP_NAME


@cache
def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, appauthor=False)


def _home() -> Path | None:
    value = os.environ.get("MEETINGKIT_HOME")
    return Path(value) if value else None


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(_dirs().user_config_dir)


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(_dirs().user_data_dir)


def cache_dir() -> Path:
    home = _home()
    return home / "cache" if home else Path(_dirs().user_cache_dir)


def ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
