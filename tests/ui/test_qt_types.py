"""The typed doors to PySide6 in meetingkit.ui.qt_types, and the Qt methods our names no longer hide."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from meetingkit.ui.actions import ActionId
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.qt_types import QT_TRANSLATE_NOOP, python_date, top_level_item


def test_translate_noop_gives_back_the_source_text() -> None:
    assert QT_TRANSLATE_NOOP("Actions", "&Open…") == "&Open…"


def test_python_date_converts_a_valid_date_and_refuses_an_invalid_one() -> None:
    assert python_date(QDate(2026, 2, 28)) == dt.date(2026, 2, 28)
    with pytest.raises(ValueError):
        python_date(QDate())


def test_top_level_item_finds_the_row_and_names_a_missing_one(qtbot: QtBot) -> None:
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.addTopLevelItem(QTreeWidgetItem(["Barcelona"]))
    assert top_level_item(tree, 0).text(0) == "Barcelona"
    with pytest.raises(IndexError, match="no top-level item 1"):
        top_level_item(tree, 1)


def test_the_window_keeps_qt_actions_method_beside_its_actions_by_id(window: MainWindow) -> None:
    # The registry used to be called `actions`, which hid QWidget.actions() on the main window.
    assert isinstance(window.actions(), list)
    assert window.action_of[ActionId.UNDO].text() == "&Undo"
