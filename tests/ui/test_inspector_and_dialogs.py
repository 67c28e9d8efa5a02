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
    assert inspector.form.action_box.isVisibleTo(inspector) and not inspector.form.synergy_box.isVisibleTo(
        inspector
    )
    assert inspector.form.owner.text() == "UCLG"
    assert inspector.form.due.date() == QDate(2017, 10, 15)

    inspector.form.owner.setFocus()
    inspector.form.owner.selectAll()
    qtbot.keyClicks(inspector.form.owner, "Metropolis")
    qtbot.keyClick(inspector.form.owner, Qt.Key.Key_Return)
    inspector.form.status.setCurrentIndex(inspector.form.status.findData(ActionStatus.DONE))
    inspector.form.status.activated.emit(inspector.form.status.currentIndex())
    inspector.form.horizon.setCurrentIndex(inspector.form.horizon.findData(Horizon.MEDIUM))
    inspector.form.horizon.activated.emit(inspector.form.horizon.currentIndex())
    inspector.form.due.setFocus()
    inspector.form.due.setDate(QDate(2017, 12, 1))
    inspector.form.due.editingFinished.emit()

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
    assert inspector.form.owner.text() == "UCLG"


def test_inspector_text_tags_synergy_and_speaker(qtbot: QtBot, window: MainWindow) -> None:
    item_id = _select(window, "Metropolis and UCLG align training agendas")
    inspector = window.inspector
    assert inspector.form.parties.text() == "Metropolis, UCLG"
    inspector.form.parties.setText("Metropolis, UCLG, Barcelona")
    inspector.form.parties.editingFinished.emit()
    inspector.form.theme.setText("training")
    inspector.form.theme.editingFinished.emit()
    inspector.form.text.setFocus()
    inspector.form.text.selectAll()
    qtbot.keyClicks(inspector.form.text, "Three networks align training agendas")
    qtbot.keyClick(inspector.form.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    inspector.form.tag_boxes[Tag.QUOTE].click()
    assert inspector.form.quote_box.isVisibleTo(inspector)
    inspector.form.speaker.setText("Emilia Saiz")
    inspector.form.speaker.editingFinished.emit()
    inspector.form.free_tags.setText("#training, capacity")
    inspector.form.free_tags.editingFinished.emit()

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
    assert not inspector.form.text.isEnabled() and not inspector.form.tag_boxes[Tag.ACTION].isEnabled()
    assert not inspector.form.free_tags.isEnabled()
    session_id = window.session_view.session_id
    item = next(
        i for i in window.document.store.items(session_id) if i.text.startswith("Circulate the peer-learning")
    )
    assert window.session_view.select_item(item.id)
    assert (
        inspector.form.text.isEnabled()
        and inspector.form.owner.isEnabled()
        and inspector.form.free_tags.isEnabled()
    )
    assert all(box.isEnabled() for box in inspector.form.tag_boxes.values())

    viewer = MainWindow(EventDocument(EventStore.open(window.document.store.path, read_only=True)))
    qtbot.addWidget(viewer)
    viewer.inspector.show_item(item.id)
    assert viewer.inspector.form.owner.text() == inspector.form.owner.text()  # shown, but not editable
    assert not viewer.inspector.form.owner.isEnabled() and not viewer.inspector.form.text.isEnabled()
    viewer.close()
