"""The per-user folders are where platformdirs puts them, whether core.paths reads the XDG rule itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from platformdirs import PlatformDirs

from meetingkit.core import paths

_VARIABLES = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "ANDROID_DATA", "ANDROID_ROOT")
# What each may hold: unset (None), empty, relative, absolute (with a trailing slash too), a `~`.
_VALUES = st.sampled_from([None, "", "rel/dir", "/home/ana", "/home/ana/", "/srv/xdg data", "~/x", "/"])
_ANDROID = st.sampled_from([None, None, None, "/data", "/system"])


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    home=_VALUES,
    data=_VALUES,
    config=_VALUES,
    cache=_VALUES,
    android_data=_ANDROID,
    android_root=_ANDROID,
)
def test_each_folder_is_where_platformdirs_puts_it(
    monkeypatch: pytest.MonkeyPatch,
    home: str | None,
    data: str | None,
    config: str | None,
    cache: str | None,
    android_data: str | None,
    android_root: str | None,
) -> None:
    monkeypatch.delenv("MEETINGKIT_HOME", raising=False)
    for name, value in zip(_VARIABLES, (home, data, config, cache, android_data, android_root), strict=True):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    dirs = PlatformDirs("meetingkit", appauthor=False)
    for ours, theirs in (
        (paths.data_dir, lambda: dirs.user_data_dir),
        (lambda: Path(paths.data_folder()), lambda: dirs.user_data_dir),
        (paths.config_dir, lambda: dirs.user_config_dir),
        (paths.cache_dir, lambda: dirs.user_cache_dir),
    ):
        try:
            expected: Path | type[Exception] = Path(theirs())
        except RuntimeError:  # no home platformdirs can find: it says so, and so does core.paths
            expected = RuntimeError
        if expected is RuntimeError:
            with pytest.raises(RuntimeError):
                ours()
        else:
            assert ours() == expected


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG rule is read directly on Linux only")
def test_the_data_folder_of_a_linux_user_needs_no_platformdirs(tmp_path: Path) -> None:
    code = "import sys; from meetingkit.core.paths import data_dir; print(data_dir(), 'platformdirs' in sys.modules)"
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.stdout.split() == [str(tmp_path / ".local" / "share" / "meetingkit"), "False"], done.stderr
