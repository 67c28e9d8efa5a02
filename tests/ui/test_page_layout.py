"""Each page owns its layout: docks per page, remembered; nothing cut off at 1280×800 in English, French, Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from ui.page_fit import clipped_texts
from ui.sample_window import *  # noqa: F403  (fixtures: organiser_app, sample)
from ui.sample_window import open_window

from meetingkit.ui.app import AppController
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.models.actions_model import COL_TEXT
from meetingkit.ui.translations import install_translators
from meetingkit.ui.views.actions_view import ActionsView

PAGES = ("sessions", "actions", "synergies", "roadmap", "participants", "media", "outcomes")


def _settle() -> None:
    # Layouts apply on posted LayoutRequest events: two passes let nested layouts settle.
    for _ in range(3):
        QApplication.processEvents()


def _shown_docks(window: MainWindow) -> set[str]:
    return {
        name
        for name, dock in (("navigator", window.navigator_dock), ("inspector", window.inspector_dock))
        if dock.isVisible()
    }


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_no_page_cuts_a_text_at_1280_by_800(
    qtbot: QtBot, qapp: QApplication, organiser_app: AppController, sample: Path, language: str
) -> None:
    translators = install_translators(qapp, language)
    try:
        window = open_window(qtbot, organiser_app, sample)
        assert window.width() == 1280
        problems: dict[str, list[str]] = {}
        for key in PAGES:
            window.show_view(key)
            _settle()
            found = clipped_texts(window)
            if found:
                problems[key] = found
        assert problems == {}
        actions = window.view("actions")
        assert isinstance(actions, ActionsView)
        # The Action column holds a readable part of a sentence, not a few letters.
        room = actions.table.columnWidth(COL_TEXT)
        assert room >= 40 * actions.table.fontMetrics().averageCharWidth(), room
        window.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_clipping_check_sees_a_cut_button_label_and_header(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    row = QHBoxLayout(host)
    button = QPushButton("Ajouter des fichiers au dossier des résultats…", host)
    label = QLabel("Une étiquette bien trop longue pour sa place", host)
    button.setFixedWidth(60)
    label.setFixedWidth(60)
    row.addWidget(button)
    row.addWidget(label)
    host.show()
    qtbot.waitExposed(host)
    found = clipped_texts(host)
    assert len(found) == 2 and found[0].startswith("button") and found[1].startswith("label")


def test_docks_belong_to_their_page_and_are_remembered_per_page(
    qtbot: QtBot, organiser_app: AppController, sample: Path
) -> None:
    window = open_window(qtbot, organiser_app, sample)
    assert _shown_docks(window) == {"navigator", "inspector"}
    window.show_view("actions")
    assert _shown_docks(window) == set()  # the register uses the full width
    window.show_view("media")
    assert _shown_docks(window) == set()  # Media has its own detail pane
    window.show_view("actions")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F4)  # the user wants the Inspector beside the register
    qtbot.waitUntil(lambda: window.inspector_dock.isVisible())
    window.show_view("sessions")
    qtbot.keyClick(window, Qt.Key.Key_F9)  # and no navigator while taking notes
    qtbot.waitUntil(lambda: not window.navigator_dock.isVisible())
    assert _shown_docks(window) == {"inspector"}
    window.show_view("roadmap")
    assert _shown_docks(window) == set()
    window.show_view("actions")
    assert _shown_docks(window) == {"inspector"}
    window.close()

    again = open_window(qtbot, organiser_app, sample)
    assert _shown_docks(again) == {"inspector"}  # Sessions, as left
    again.show_view("actions")
    assert _shown_docks(again) == {"inspector"}
    again.show_view("synergies")
    assert _shown_docks(again) == set()
