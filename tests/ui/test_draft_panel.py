"""The assistant's tab of a session: draft, see each sentence's notes, accept (with undo), copy to edit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.assistant.session import draft_session
from meetingkit.core.drafts import DraftScope
from meetingkit.store import EventStore
from meetingkit.ui.app import AppController
from meetingkit.ui.commands import SetSessionSummary
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.widgets.draft_panel import NUMBER_ROLE, SOURCES_ROLE, DraftPanel


def opening_panel(window: MainWindow) -> tuple[DraftPanel, str]:
    store = window.document.store
    opening = next(s for s in store.sessions() if s.title == "Opening plenary")
    window.navigator.select_record(opening.id)
    view = window.session_view
    assert view.session_id == opening.id
    view.summary_tabs.setCurrentWidget(view.assistant)
    return view.assistant, opening.id


def sentence_rows(panel: DraftPanel) -> list[int]:
    return [r for r in range(panel.sentences.count()) if panel.sentences.item(r).data(NUMBER_ROLE)]


def test_draft_then_see_each_sentences_notes_in_the_stream(qtbot: QtBot, window: MainWindow) -> None:
    panel, session_id = opening_panel(window)
    assert "No draft yet" in panel.status.text() and panel.sentences.count() == 0
    qtbot.mouseClick(panel.draft_button, Qt.MouseButton.LeftButton)
    assert window.document.store.summary_draft(DraftScope.SESSION, session_id) is not None
    texts = [panel.sentences.item(r).text() for r in range(panel.sentences.count())]
    assert "Actions and commitments" in texts
    action_row = next(r for r in sentence_rows(panel) if "Circulate the peer-learning calendar" in texts[r])
    assert texts[action_row].startswith(f"{panel.sentences.item(action_row).data(NUMBER_ROLE)}. ")

    panel.sentences.setCurrentRow(action_row)
    stream = window.session_view.stream
    selected = [i.data() for i in stream.selectionModel().selectedIndexes()]
    assert selected == ["Circulate the peer-learning calendar"]

    panel.sentences.setCurrentRow(sentence_rows(panel)[0])
    item = panel.sentences.item(sentence_rows(panel)[0])
    panel.sentences.itemDoubleClicked.emit(item)
    assert window.session_view.selected_item_id() == item.data(SOURCES_ROLE)[0]


def test_accepting_sentences_is_undoable_and_never_touches_the_summary(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel, session_id = opening_panel(window)
    store = window.document.store
    panel.draft_now()
    first = sentence_rows(panel)[0]
    panel.sentences.item(first).setSelected(True)
    assert panel.accept_button.isEnabled()
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    stored = store.summary_draft(DraftScope.SESSION, session_id)
    assert stored is not None and stored.accepted is not None and len(stored.accepted.sentences()) == 1
    assert panel.sentences.item(first).text().startswith("✓ ")
    assert store.session(session_id).summary == ""
    window.document.undo_stack.undo()
    stored = store.summary_draft(DraftScope.SESSION, session_id)
    assert stored is not None and stored.accepted is None
    assert not panel.sentences.item(first).text().startswith("✓ ")


def test_copy_into_the_summary_to_edit_it_there(qtbot: QtBot, window: MainWindow) -> None:
    panel, session_id = opening_panel(window)
    panel.draft_now()
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    summary = window.document.store.session(session_id).summary
    assert summary.startswith("**") and "Circulate the peer-learning calendar" in summary
    qtbot.waitUntil(lambda: window.session_view.summary.editor.toPlainText() == summary)
    assert "Compared with it" in panel.changes.text()
    window.document.undo_stack.undo()
    assert window.document.store.session(session_id).summary == ""


def test_a_session_nobody_summarised_opens_on_its_draft(qtbot: QtBot, window: MainWindow) -> None:
    panel, session_id = opening_panel(window)
    panel.draft_now()
    view = window.session_view
    workshop = next(s for s in window.document.store.sessions() if s.title == "Peer learning workshop")
    window.navigator.select_record(workshop.id)  # no draft there: the tabs stay as they were
    view.summary_tabs.setCurrentWidget(view.summary)
    window.navigator.select_record(session_id)
    assert view.summary_tabs.currentWidget() is view.assistant
    window.document.push(SetSessionSummary(window.document, session_id, "Written by the rapporteur."))
    window.navigator.select_record(workshop.id)
    view.summary_tabs.setCurrentWidget(view.summary)
    window.navigator.select_record(session_id)
    assert view.summary_tabs.currentWidget() is view.summary


def test_the_draft_tab_is_made_as_it_is_clicked(qtbot: QtBot, window: MainWindow) -> None:
    view = window.session_view
    tabs = view.summary_tabs
    assert view._assistant is None  # not at launch: nothing of it is on the first screen
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert tabs.currentWidget() is view.assistant
    assert [tabs.tabText(n) for n in range(tabs.count())] == ["Summary", "Draft", "Suggestions"]
    assert tabs.tabToolTip(1) == "The summary assistant's draft, each sentence with its notes"
    assert "No draft yet" in view.assistant.status.text()
    assert view.assistant.isVisible()


def test_a_window_opens_on_the_stored_draft_of_a_session_nobody_summarised(
    qtbot: QtBot, controller: AppController, event_path: Path
) -> None:
    with EventStore.open(event_path, lock=True) as store:
        first = store.sessions()[0]
        snapshot = store.snapshot()
        store.save_summary_draft(draft_session(snapshot, snapshot.session(first.id)))
        assert not store.session(first.id).summary
    window = controller.open_path(event_path)
    assert window is not None
    qtbot.waitExposed(window)
    view = window.session_view
    assert view.session_id == first.id
    assert view.summary_tabs.currentWidget() is view.assistant
    assert view.assistant.sentences.count() > 0
    assert view.assistant.status.text().startswith("Draft:")


def test_every_button_of_the_draft_tab_shows_its_whole_label(qtbot: QtBot, window: MainWindow) -> None:
    panel, _session_id = opening_panel(window)
    qtbot.waitUntil(panel.draft_button.isVisible)
    for button in (panel.draft_button, panel.copy_button, panel.accept_button, panel.accept_all_button):
        label = button.text().replace("&", "")
        assert button.fontMetrics().horizontalAdvance(label) + 8 <= button.width(), label
