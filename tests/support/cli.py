"""Running the real `meetingkit` command and checking its user-error contract."""

from __future__ import annotations

import subprocess
from collections.abc import Callable

Run = Callable[..., subprocess.CompletedProcess[str]]


def assert_user_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 2, one clear line on stderr, no traceback."""
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word.lower() in lines[0].lower(), lines[0]
