"""Fixtures for whole-window tests on the Barcelona sample: every page installed, the window at 1280×800."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.sample.build import write_sample
from meetingkit.ui.app import AppController
from meetingkit.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def sample_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Barcelona sample: real lengths of titles, names and captions (written once per module)."""
    return write_sample(tmp_path_factory.mktemp("sample") / "barcelona.meeting")


@pytest.fixture
def sample(sample_master: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy2(sample_master, tmp_path / "barcelona.meeting"))


@pytest.fixture
def organiser_app(qapp: QApplication) -> Iterator[AppController]:
    """A controller that installs every page, as the app does."""
    made = AppController(qapp, ask=lambda *_: True, settings=None)
    yield made
    for window in list(made.windows):
        window.close()
    made.setParent(None)
    made.deleteLater()


def open_window(qtbot: QtBot, controller: AppController, path: Path) -> MainWindow:
    window = controller.open_path(path)
    assert window is not None
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window
