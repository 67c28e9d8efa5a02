"""Search across the event and jump to a hit; the navigator adds, renames, moves and deletes sessions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.ui.commands import AddEntry
from meetingkit.ui.main_window import MainWindow


def test_event_search_lists_hits_with_their_session_and_enter_jumps(qtbot: QtBot, window: MainWindow) -> None:
    store = window.document.store
    roadmap = next(s for s in store.sessions() if s.title == "Roadmap and next steps")
    window.document.push(AddEntry(window.document, roadmap.id, "Publish the calendar on the website"))
    opening = next(s for s in store.sessions() if s.title == "Opening plenary")
    window.navigator.select_record(opening.id)

    qtbot.keyClick(
        window.session_view.capture,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = window.search_panel
    assert window.search_dock.isVisibleTo(window)
    assert panel.query.hasFocus()
    qtbot.keyClicks(panel.query, "calendar")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    rows = [
        (panel.model.index(r, 0).data(), panel.model.index(r, 2).data())
        for r in range(panel.model.rowCount())
    ]
    assert sorted(rows) == [
        ("Opening plenary", "Circulate the peer-learning calendar"),
        ("Roadmap and next steps", "Publish the calendar on the website"),
    ]
    assert panel.count.text() == "2 results"
    assert panel.results.hasFocus()

    target = next(
        r for r in range(panel.model.rowCount()) if panel.model.index(r, 0).data() == "Roadmap and next steps"
    )
    panel.results.setCurrentIndex(panel.model.index(target, 0))
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert window.session_view.session_id == roadmap.id
    assert window.session_view.stream.currentIndex().data() == "Publish the calendar on the website"
    assert window.inspector.form.text.toPlainText() == "Publish the calendar on the website"
    assert window.navigator.current_session_id() == roadmap.id


def test_summary_is_searchable_and_its_preview_is_live(qtbot: QtBot, window: MainWindow) -> None:
    summary = window.session_view.summary
    summary.editor.setFocus()
    qtbot.keyClicks(summary.editor, "Cities agreed on **peer review**.")
    summary.save_now()
    qtbot.waitUntil(lambda: "peer review" in summary.preview.toPlainText())
    assert "**" not in summary.preview.toPlainText()
    hits = window.document.store.search("peer review")
    assert [h.kind for h in hits] == ["session"]


def test_navigator_adds_renames_moves_and_deletes_sessions_with_undo(
    qtbot: QtBot, window: MainWindow
) -> None:
    store = window.document.store
    nav = window.navigator
    opening = next(s for s in store.sessions() if s.title == "Opening plenary")
    nav.setFocus()
    nav.select_record(opening.id)

    qtbot.keyClick(nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert nav.state() == nav.State.EditingState  # the new session's title is ready to type
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Coffee debrief")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    day1 = store.days()[0]
    # The item delegate commits on the next turn of the event loop.
    qtbot.waitUntil(
        lambda: (
            [s.title for s in store.sessions(day1.id)]
            == ["Opening plenary", "Coffee debrief", "Peer learning workshop"]
        )
    )
    assert window.session_view.header.title.text() == "Coffee debrief"

    qtbot.keyClick(nav, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [s.title for s in store.sessions(day1.id)] == [
        "Opening plenary",
        "Peer learning workshop",
        "Coffee debrief",
    ]
    qtbot.keyClick(nav, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # past the day's end: next day
    day2 = store.days()[1]
    assert [s.title for s in store.sessions(day2.id)] == ["Coffee debrief", "Roadmap and next steps"]

    qtbot.keyClick(nav, Qt.Key.Key_Delete)
    assert "Coffee debrief" not in [s.title for s in store.sessions()]
    qtbot.keyClick(nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.title for s in store.sessions(day2.id)] == ["Coffee debrief", "Roadmap and next steps"]


def test_f2_renames_a_day_theme_and_keyboard_walks_sessions(qtbot: QtBot, window: MainWindow) -> None:
    store = window.document.store
    nav = window.navigator
    day2 = store.days()[1]
    nav.setFocus()
    nav.select_record(day2.id)
    qtbot.keyClick(nav, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Agreeing the roadmap")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.days()[1].theme == "Agreeing the roadmap")
    assert nav.currentIndex().data() == "Day 2 · Thu 13 Sep — Agreeing the roadmap".replace(
        "Thu", f"{day2.date:%a}"
    )

    qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert window.session_view.header.title.text() == "Roadmap and next steps"
    qtbot.keyClick(nav, Qt.Key.Key_Return)
    assert window.session_view.capture.hasFocus()
    qtbot.keyClick(window.session_view.capture, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.session_view.header.title.text() == "Peer learning workshop"


def test_the_navigator_opens_with_every_day_open_and_its_sessions_in_sight(
    qtbot: QtBot, window: MainWindow
) -> None:
    navigator, model = window.navigator, window.navigator.nav_model
    event = model.index(0, 0)
    days = [model.index(row, 0, event) for row in range(model.rowCount(event))]
    assert navigator.isExpanded(event) and days and all(navigator.isExpanded(day) for day in days)
    first_session = next(model.index(0, 0, day) for day in days if model.rowCount(day))
    assert navigator.visualRect(first_session).height() > 0  # laid out under its day, not folded away
    assert not any(
        navigator.isExpanded(model.index(row, 0, days[0])) for row in range(model.rowCount(days[0]))
    )
