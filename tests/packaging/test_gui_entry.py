"""The bundle's desktop-app program (packaging/gui_main.py), run from source: it opens the event's window.

.ci/bundle runs the frozen program the same way; this keeps the entry script and its smoke-test switch working
between bundle builds.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import meetingkit
from meetingkit.store import EventStore

GUI_MAIN = Path(meetingkit.__file__).parent.parent / "packaging" / "gui_main.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MEETINGKIT_SMOKE_TEST": "1"}
    return subprocess.run(
        [sys.executable, str(GUI_MAIN), *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_the_app_program_opens_the_events_window(tmp_path: Path) -> None:
    path = tmp_path / "retreat.meeting"
    with EventStore.create(path, title="Strategic retreat", start="2024-09-12", end="2024-09-13"):
        pass
    result = _run(str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("window shown: Strategic retreat"), result.stdout


def test_the_app_program_refuses_a_missing_file_in_one_line(tmp_path: Path) -> None:
    result = _run(str(tmp_path / "missing.meeting"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "missing.meeting" in result.stderr
    assert "Traceback" not in result.stderr
