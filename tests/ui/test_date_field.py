"""Dates typed are dates saved: ISO or the locale's short format, typed in full, in every date editor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QToolButton
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings)
from ui.organiser_fixtures import TODAY

from meetingkit.core.model import Tag
from meetingkit.ui.document import EventDocument
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.models.actions_model import COL_DUE, ItemIdRole
from meetingkit.ui.settings import Settings
from meetingkit.ui.views.actions_view import ActionsView
from meetingkit.ui.widgets.date_field import DateField, read_date

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def british() -> Iterator[QLocale]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield QLocale()
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("2017-10-05", dt.date(2017, 10, 5)),
        ("2018-01-15", dt.date(2018, 1, 15)),
        (" 2018-1-5 ", dt.date(2018, 1, 5)),
        ("05/10/2017", dt.date(2017, 10, 5)),
        ("15/01/2018", dt.date(2018, 1, 15)),
        ("2017-02-30", None),
        ("tomorrow", None),
        ("13/13/2017", None),
    ],
)
def test_read_date_takes_iso_and_the_locales_short_format(
    british: QLocale, typed: str, meant: dt.date | None
) -> None:
    assert read_date(typed) == meant


def test_us_short_dates_typed_in_full() -> None:
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert read_date("10/5/2017", us) == dt.date(2017, 10, 5)
    assert read_date("1/15/18", us) == dt.date(2018, 1, 15)  # two-digit years are this century's


def _type_over(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_the_inspector_saves_the_date_typed(qtbot: QtBot, window: MainWindow) -> None:
    store = window.document.store
    item = next(i for i in store.items(window.session_view.session_id) if i.has(Tag.ACTION))
    window.session_view.select_item(item.id)
    due = window.inspector.form.due
    assert due.text() == "2017-10-15"

    _type_over(qtbot, due, "2017-10-05")  # over a date already shown
    assert store.item(item.id).action.due == dt.date(2017, 10, 5)
    clear = next(
        b for b in window.inspector.findChildren(QToolButton) if b.accessibleName() == "Clear due date"
    )
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert due.text() == ""
    assert store.item(item.id).action.due is None
    _type_over(qtbot, due, "2018-01-15")  # over "no date"
    assert store.item(item.id).action.due == dt.date(2018, 1, 15)
    assert due.text() == "2018-01-15"

    _type_over(qtbot, due, "2018-02-30")  # no such day: shown as typed, flagged, never saved
    assert store.item(item.id).action.due == dt.date(2018, 1, 15)
    assert due.text() == "2018-02-30" and not due.is_valid()


def _due(document: EventDocument, item_id: str) -> dt.date | None:
    action = document.store.item(item_id).action
    return action.due if action else None


def test_the_actions_register_saves_the_date_typed(
    qtbot: QtBot, document: EventDocument, settings: Settings, british: QLocale
) -> None:
    view = ActionsView(document, settings, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    for typed, meant in (("2017-10-05", dt.date(2017, 10, 5)), ("15/01/2018", dt.date(2018, 1, 15))):
        index = view.proxy.index(0, COL_DUE)
        item_id = index.data(ItemIdRole)
        view.table.setCurrentIndex(index)
        view.table.edit(index)
        editor = view.table.findChild(DateField)
        assert isinstance(editor, DateField)
        editor.selectAll()
        qtbot.keyClicks(editor, typed)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        # The delegate commits the editor from the event loop (a queued call), as it does for a user.
        qtbot.waitUntil(lambda item_id=item_id, meant=meant: _due(document, item_id) == meant)
        qtbot.waitUntil(lambda: view.table.findChild(DateField) is None)  # the editor is gone
