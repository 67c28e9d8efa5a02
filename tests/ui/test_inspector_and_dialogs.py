"""The inspector edits the selected note's fields with undo; session details and new event dialogs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.core.model import ActionStatus, Horizon, Role, Tag
from meetingkit.store import EventStore
from meetingkit.ui.dialogs.new_event import NewEventDialog, file_name_for
from meetingkit.ui.dialogs.session_details import SessionDetailsDialog
from meetingkit.ui.document import EventDocument
from meetingkit.ui.main_window import MainWindow


def _select(window: MainWindow, text: str) -> str:
    item = next(i for i in window.document.store.items(window.session_view.session_id) if i.text == text)
    assert window.session_view.select_item(item.id)
    return item.id


def test_inspector_edits_action_fields_with_undo(qtbot: QtBot, window: MainWindow) -> None:
    item_id = _select(window, "Circulate the peer-learning calendar")
    inspector = window.inspector
    assert inspector.action_box.isVisibleTo(inspector) and not inspector.synergy_box.isVisibleTo(inspector)
    assert inspector.owner.text() == "UCLG"
    assert inspector.due.date() == QDate(2017, 10, 15)

    inspector.owner.setFocus()
    inspector.owner.selectAll()
    qtbot.keyClicks(inspector.owner, "Metropolis")
    qtbot.keyClick(inspector.owner, Qt.Key.Key_Return)
    inspector.status.setCurrentIndex(inspector.status.findData(ActionStatus.DONE))
    inspector.status.activated.emit(inspector.status.currentIndex())
    inspector.horizon.setCurrentIndex(inspector.horizon.findData(Horizon.MEDIUM))
    inspector.horizon.activated.emit(inspector.horizon.currentIndex())
    inspector.due.setFocus()
    inspector.due.setDate(QDate(2017, 12, 1))
    inspector.due.editingFinished.emit()

    action = window.document.store.item(item_id).action
    assert action is not None
    assert (action.owner, action.status, action.horizon, action.due) == (
        "Metropolis",
        ActionStatus.DONE,
        Horizon.MEDIUM,
        dt.date(2017, 12, 1),
    )
    assert "owner Metropolis" in window.session_view.stream.currentIndex().data(
        Qt.ItemDataRole.AccessibleTextRole
    )

    stack = window.document.undo_stack
    for _ in range(4):
        stack.undo()
    action = window.document.store.item(item_id).action
    assert action is not None and (action.owner, action.status, action.horizon) == (
        "UCLG",
        ActionStatus.OPEN,
        Horizon.SHORT,
    )
    assert inspector.owner.text() == "UCLG"


def test_inspector_text_tags_synergy_and_speaker(qtbot: QtBot, window: MainWindow) -> None:
    item_id = _select(window, "Metropolis and UCLG align training agendas")
    inspector = window.inspector
    assert inspector.parties.text() == "Metropolis, UCLG"
    inspector.parties.setText("Metropolis, UCLG, Barcelona")
    inspector.parties.editingFinished.emit()
    inspector.theme.setText("training")
    inspector.theme.editingFinished.emit()
    inspector.text.setFocus()
    inspector.text.selectAll()
    qtbot.keyClicks(inspector.text, "Three networks align training agendas")
    qtbot.keyClick(inspector.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    inspector.tag_boxes[Tag.QUOTE].click()
    assert inspector.quote_box.isVisibleTo(inspector)
    inspector.speaker.setText("Emilia Saiz")
    inspector.speaker.editingFinished.emit()
    inspector.free_tags.setText("#training, capacity")
    inspector.free_tags.editingFinished.emit()

    item = window.document.store.item(item_id)
    assert item.text == "Three networks align training agendas"
    assert item.synergy is not None and item.synergy.parties == ("Metropolis", "UCLG", "Barcelona")
    assert item.synergy.theme == "training"
    assert item.speaker == "Emilia Saiz"
    assert item.tags == ("synergy", "quote", "training", "capacity")
    assert window.session_view.stream.currentIndex().data() == "Three networks align training agendas"


def test_inspector_delete_and_reorder_buttons(qtbot: QtBot, window: MainWindow) -> None:
    item_id = _select(window, "Metropolis and UCLG align training agendas")
    window.session_view.stream.setFocus()
    qtbot.keyClick(window.session_view.stream, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    texts = [i.text for i in window.document.store.items(window.session_view.session_id)]
    assert texts == [
        "Welcome by the hosts",
        "Metropolis and UCLG align training agendas",
        "Circulate the peer-learning calendar",
    ]
    qtbot.keyClick(window.session_view.stream, Qt.Key.Key_Delete)
    assert item_id not in [i.id for i in window.document.store.items(window.session_view.session_id)]
    assert window.inspector.item_id != item_id


def test_session_details_dialog_edits_the_header(qtbot: QtBot, window: MainWindow) -> None:
    window.edit_session_details()
    dialog = window._details_dialog
    assert isinstance(dialog, SessionDetailsDialog)
    dialog.room.setText("Auditorium")
    dialog.rapporteur.setText("Ana Rapporteur")
    dialog.questions.setPlainText("What does a learning network need?\nWho learns from whom?")
    dialog.accept()
    session = window.document.store.session(window.session_view.session_id or "")
    assert session.room == "Auditorium"
    assert [p.name for p in session.people_with(Role.RAPPORTEUR)] == ["Ana Rapporteur"]
    assert session.questions == ("What does a learning network need?", "Who learns from whom?")
    assert "Auditorium" in window.session_view.header.when.text()
    assert "Rapporteur: Ana Rapporteur" in window.session_view.header.people.text()


def test_session_details_dialog_keeps_a_refused_change_open(qtbot: QtBot, window: MainWindow) -> None:
    window.edit_session_details()
    dialog = window._details_dialog
    assert dialog is not None
    dialog.start.setText("11:00")
    dialog.end.setText("10:00")
    dialog.accept()
    assert dialog.isVisible()
    assert "not after the start" in dialog.error.text()
    assert window._error_box is None  # shown in the dialog, not in a second one


def test_new_event_dialog_creates_days_from_the_dates(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    dialog = NewEventDialog(tmp_path)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "City Learning Retreat")
    assert dialog.file_edit.text() == str(tmp_path / "city-learning-retreat.meeting")
    dialog.start.setDate(QDate(2024, 5, 6))
    dialog.end.setDate(QDate(2024, 5, 8))
    assert dialog.days.text() == "3 days"
    dialog.venue.setText("Palau Macaya")
    dialog.organisers.setPlainText("UCLG\nMetropolis")
    dialog.languages.setText("en, fr")
    dialog.accept()
    assert dialog.created_path == tmp_path / "city-learning-retreat.meeting"
    with EventStore.open(dialog.created_path, read_only=True) as store:
        event = store.event()
        assert (event.title, event.venue, event.organisers, event.languages) == (
            "City Learning Retreat",
            "Palau Macaya",
            ("UCLG", "Metropolis"),
            ("en", "fr"),
        )
        assert [d.date for d in store.days()] == [
            dt.date(2024, 5, 6),
            dt.date(2024, 5, 7),
            dt.date(2024, 5, 8),
        ]


def test_new_event_dialog_explains_a_refusal(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    dialog = NewEventDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.accept()  # no title
    assert dialog.created_path is None
    assert dialog.error.text() == "title: must not be empty"
    assert file_name_for("Réunion d'apprentissage / 2024") == "réunion-d-apprentissage-2024.meeting"


def test_the_inspector_s_fields_take_input_only_for_a_selected_note_of_a_writable_file(
    qtbot: QtBot, window: MainWindow
) -> None:
    inspector = window.inspector
    inspector.show_item(None)
    assert not inspector.text.isEnabled() and not inspector.tag_boxes[Tag.ACTION].isEnabled()
    assert not inspector.free_tags.isEnabled()
    session_id = window.session_view.session_id
    item = next(
        i for i in window.document.store.items(session_id) if i.text.startswith("Circulate the peer-learning")
    )
    assert window.session_view.select_item(item.id)
    assert inspector.text.isEnabled() and inspector.owner.isEnabled() and inspector.free_tags.isEnabled()
    assert all(box.isEnabled() for box in inspector.tag_boxes.values())

    viewer = MainWindow(EventDocument(EventStore.open(window.document.store.path, read_only=True)))
    qtbot.addWidget(viewer)
    viewer.inspector.show_item(item.id)
    assert viewer.inspector.owner.text() == inspector.owner.text()  # shown, but not editable
    assert not viewer.inspector.owner.isEnabled() and not viewer.inspector.text.isEnabled()
    viewer.close()
