"""The window's layout as it was left: geometry, docks and every named splitter, read back at the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter
from pytestqt.qtbot import QtBot

from meetingkit.ui.window_state import restore_window, save_window


def _window(qtbot: QtBot) -> tuple[QMainWindow, QSplitter]:
    window = QMainWindow()
    qtbot.addWidget(window)
    splitter = QSplitter(window)
    splitter.setObjectName("notes_and_summary")
    for text in ("notes", "summary"):
        splitter.addWidget(QLabel(text))
    window.setCentralWidget(splitter)
    window.resize(900, 600)
    return window, splitter


def test_a_named_splitter_comes_back_where_it_was_left(qtbot: QtBot) -> None:
    window, splitter = _window(qtbot)
    window.show()
    qtbot.waitExposed(window)
    splitter.setSizes([700, 200])  # far from the even split a new window gets
    left = splitter.sizes()
    save_window(window, "test_window")

    again, splitter_again = _window(qtbot)
    assert restore_window(again, "test_window")
    again.show()
    qtbot.waitExposed(again)
    # The same share of the width (the restored geometry may differ a little on the test platform).
    shown = splitter_again.sizes()
    assert abs(shown[0] / sum(shown) - left[0] / sum(left)) < 0.02
