"""A pool task outliving the window it reports to (the app quit while it ran) ends without a traceback."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from meetingkit.ui.workers import Task


def test_a_task_whose_signals_are_gone_ends_quietly(
    qapp: QApplication, capfd: pytest.CaptureFixture[str]
) -> None:
    gate = threading.Event()
    done = threading.Event()

    def slow(_reporter: object) -> int:
        gate.wait(10)
        done.set()
        return 1

    task = Task(slow, "history")
    pool = QThreadPool()
    pool.start(task)
    shiboken6.delete(task.signals)  # what quitting the app does to it
    gate.set()
    assert pool.waitForDone(10_000) and done.is_set()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Error calling Python override" not in err
