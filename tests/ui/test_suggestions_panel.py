"""Suggestions while capturing: a tag offered for an untagged note, applied with Enter and undone; the same
point from two rapporteurs flagged. Nothing changes until the rapporteur applies a suggestion."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.ui.commands import AddEntry
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.widgets.suggestions_panel import NOTES_ROLE, TAG_ROLE


def test_a_captured_line_that_reads_like_an_action_gets_a_suggestion(
    qtbot: QtBot, window: MainWindow
) -> None:
    store = window.document.store
    opening = next(s for s in store.sessions() if s.title == "Opening plenary")
    window.navigator.select_record(opening.id)
    view = window.session_view
    view.summary_tabs.setCurrentWidget(view.suggestions)
    panel = view.suggestions
    assert panel.list.count() == 0

    view.capture.setFocus()
    qtbot.keyClicks(view.capture, "UCLG will send the calendar to all members")
    qtbot.keyClick(view.capture, Qt.Key.Key_Return)
    assert panel.list.count() == 1
    row = panel.list.item(0)
    assert row.text() == "Tag as an action? — UCLG will send the calendar to all members"
    assert row.data(TAG_ROLE) == "action"
    note = next(i for i in store.items(opening.id) if i.text.startswith("UCLG will send"))
    assert note.tags == ()  # offered, not applied

    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    assert view.selected_item_id() == note.id  # the note is shown in the stream
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert store.item(note.id).tags == ("action",)
    assert panel.list.count() == 0
    window.document.undo_stack.undo()
    assert store.item(note.id).tags == ()
    assert panel.list.count() == 1


def test_the_same_point_from_two_rapporteurs_is_flagged(qtbot: QtBot, window: MainWindow) -> None:
    store = window.document.store
    workshop = next(s for s in store.sessions() if s.title == "Peer learning workshop")
    window.navigator.select_record(workshop.id)
    panel = window.session_view.suggestions
    window.document.push(
        AddEntry(window.document, workshop.id, "Peer reviews teach both the reviewed city and the reviewers")
    )
    store.author = "Ben"
    window.document.push(
        AddEntry(window.document, workshop.id, "Peer reviews teach the reviewed city and the reviewers too")
    )
    # Behind another tab the list waits; the rapporteur sees it on opening the Suggestions tab.
    window.session_view.summary_tabs.setCurrentWidget(panel)
    flagged = [panel.list.item(r) for r in range(panel.list.count()) if panel.list.item(r).data(NOTES_ROLE)]
    assert len(flagged) == 1 and flagged[0].text().startswith("Same point noted by ")
    assert "Ben" in flagged[0].text()


def test_the_suggestions_tab_is_made_as_it_is_clicked_and_looks_at_the_notes_there(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.session_view
    view.capture.setFocus()
    qtbot.keyClicks(view.capture, "Metropolis will circulate the minutes")
    qtbot.keyClick(view.capture, Qt.Key.Key_Return)
    tabs = view.summary_tabs
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert tabs.currentWidget() is view.suggestions
    assert tabs.tabText(2) == "Suggestions"
    qtbot.waitUntil(
        lambda: any(
            view.suggestions.list.item(n).text().endswith("Metropolis will circulate the minutes")
            for n in range(view.suggestions.list.count())
        )
    )
