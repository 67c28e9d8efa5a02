"""Helpers to run the real `meetingkit` command in a subprocess, as a user's shell would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.cli import Run


@pytest.fixture
def run(tmp_path: Path, _isolated_home: Path) -> Run:
    def _run(*args: str | Path, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "MEETINGKIT_HOME": str(_isolated_home), "PYTHONUTF8": "1"}
        result = subprocess.run(
            [sys.executable, "-m", "meetingkit", *map(str, args)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"meetingkit {args} exited {result.returncode}:\n{result.stderr}")
        return result

    return _run
