"""Event settings: the event's dates change in one undo step, never dropping a day that holds sessions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings)

from meetingkit.store import EventStore
from meetingkit.ui.dialogs.event_settings import EventSettingsDialog
from meetingkit.ui.document import EventDocument

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _dialog(qtbot: QtBot, document: EventDocument) -> EventSettingsDialog:
    dialog = EventSettingsDialog(document)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _ok(qtbot: QtBot, dialog: EventSettingsDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _days(store: EventStore) -> list[tuple[int, dt.date]]:
    return [(d.index, d.date) for d in store.days()]


def test_a_longer_event_gets_a_new_day_and_undo_takes_it_away(
    qtbot: QtBot, document: EventDocument, store: EventStore
) -> None:
    dialog = _dialog(qtbot, document)
    dialog.end_date.setDate(QDate(2017, 9, 14))
    assert dialog.dates_note.text() == "3 days."
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert _days(store) == [(1, dt.date(2017, 9, 12)), (2, dt.date(2017, 9, 13)), (3, dt.date(2017, 9, 14))]
    assert store.event().end == dt.date(2017, 9, 14)

    document.undo_stack.undo()
    assert _days(store) == [(1, dt.date(2017, 9, 12)), (2, dt.date(2017, 9, 13))]
    assert store.event().end == dt.date(2017, 9, 13)


def test_moving_the_event_re_dates_its_days_and_keeps_their_sessions(
    qtbot: QtBot, document: EventDocument, store: EventStore
) -> None:
    sessions_before = [(s.title, s.day_id) for s in store.sessions()]
    theme = store.days()[0].theme
    dialog = _dialog(qtbot, document)
    dialog.start_date.setDate(QDate(2018, 3, 5))
    dialog.end_date.setDate(QDate(2018, 3, 6))
    dialog.venue.setText("Casa Llotja de Mar")
    _ok(qtbot, dialog)

    assert _days(store) == [(1, dt.date(2018, 3, 5)), (2, dt.date(2018, 3, 6))]
    assert store.days()[0].theme == theme
    assert [(s.title, s.day_id) for s in store.sessions()] == sessions_before
    assert document.undo_stack.count() == 1  # dates and venue together

    document.undo_stack.undo()
    assert _days(store) == [(1, dt.date(2017, 9, 12)), (2, dt.date(2017, 9, 13))]
    assert store.event().venue == "Palau Macaya"


def test_a_day_with_sessions_is_never_dropped_and_the_refusal_names_it(
    qtbot: QtBot, document: EventDocument, store: EventStore
) -> None:
    dialog = _dialog(qtbot, document)
    dialog.end_date.setDate(QDate(2017, 9, 12))
    dialog.venue.setText("Elsewhere")
    assert dialog.dates_note.text() == (
        "1 day. Day 2 would disappear but holds 1 session: Roadmap and next steps. Move or delete it first."
    )

    with qtbot.waitSignal(document.error_occurred) as error:
        _ok(qtbot, dialog)
    assert error.args == [
        "Day 2 (2017-09-13) would disappear but holds 1 session (Roadmap and next steps);"
        " move or delete it first."
    ]
    assert dialog.isVisible()  # left open to fix the dates
    assert _days(store) == [(1, dt.date(2017, 9, 12)), (2, dt.date(2017, 9, 13))]
    assert store.event().venue == "Palau Macaya"  # nothing of the refused step was applied
    assert document.undo_stack.count() == 0


def test_an_empty_day_goes_and_comes_back_with_its_theme(
    qtbot: QtBot, document: EventDocument, store: EventStore
) -> None:
    last = store.sessions()[-1]
    store.delete_session(last.id)  # day 2 is empty now
    day2 = store.days()[1]
    store.update_day(day2.id, theme="Roadmap day")
    dialog = _dialog(qtbot, document)
    dialog.end_date.setDate(QDate(2017, 9, 12))
    assert dialog.dates_note.text() == "1 day. 1 empty day at the end will be removed."
    _ok(qtbot, dialog)
    assert _days(store) == [(1, dt.date(2017, 9, 12))]

    document.undo_stack.undo()
    assert [(d.id, d.theme) for d in store.days()][1] == (day2.id, "Roadmap day")
