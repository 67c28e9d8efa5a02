"""Several rapporteurs in the app: merge their files, settle conflicts, restore a backup, hand over notes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from meetingkit.core.errors import UserError
from meetingkit.store import EventStore
from meetingkit.ui.actions import ActionId
from meetingkit.ui.app import AppController
from meetingkit.ui.dialogs.merge_files import MergeFilesDialog
from meetingkit.ui.dialogs.restore_backup import RestoreBackupDialog
from meetingkit.ui.document import EventDocument
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.replication import AUTO_BACKUP_MS
from meetingkit.ui.settings import Settings
from meetingkit.ui.views import install


@pytest.fixture
def ana_copy(event_path: Path, tmp_path: Path) -> Path:
    """Ana took a copy of the event, moved the opening to Sala 1 and added a note; meanwhile the
    organiser moved it to Sala 2 in the main file: one conflict (room) and one new note."""
    copy = tmp_path / "ana.meeting"
    shutil.copy(event_path, copy)
    with EventStore.open(copy, author="Ana Ruiz") as ana:
        opening = ana.find_session("Opening plenary")
        ana.update_session(opening.id, room="Sala 1")
        ana.add_entry(opening.id, "Ana heard the mayor promise a peer-learning fund")
    with EventStore.open(event_path, author="Ben Okafor") as organiser:
        organiser.update_session(organiser.find_session("Opening plenary").id, room="Sala 2")
    return copy


def _stream_texts(window: MainWindow) -> list[str]:
    model = window.session_view.stream.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def _merge(qtbot: QtBot, window: MainWindow, copy: Path) -> MergeFilesDialog:
    window.action_of[ActionId.MERGE_FILES].trigger()
    dialog = window.findChild(MergeFilesDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.load([copy])
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    return dialog


def test_merge_shows_what_it_would_do_then_merges_and_every_view_refreshes(
    qtbot: QtBot, window: MainWindow, ana_copy: Path
) -> None:
    store = window.document.store
    window.action_of[ActionId.MERGE_FILES].trigger()
    dialog = window.findChild(MergeFilesDialog)
    assert dialog is not None
    assert "backup" in dialog.findChildren(QLabel)[0].text()
    assert not dialog.merge_button.isEnabled()

    assert dialog.load([ana_copy])
    top = dialog.report.topLevelItem(0)
    assert top.text(0).startswith("ana.meeting: 1 record added, ")
    assert top.text(0).endswith(", 1 conflict")
    conflict_line = top.child(0).text(0)
    assert 'session "Opening plenary", room:' in conflict_line
    assert '"Sala 1" (Ana Ruiz)' in conflict_line and '"Sala 2" (Ben Okafor)' in conflict_line
    # The dry run changed nothing.
    assert not any("peer-learning fund" in i.text for i in store.items())
    assert store.backups() == []

    capture = window.session_view.capture
    capture.setFocus()
    qtbot.keyClicks(capture, "Typed before the merge")
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert window.document.undo_stack.count() == 1
    with qtbot.waitSignal(dialog.merged):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert any("peer-learning fund" in text for text in _stream_texts(window))
    assert [b.reason for b in store.backups()] == ["merge"]
    # Undoing an edit made before the merge would silently overwrite what the merge brought.
    assert window.document.undo_stack.count() == 0
    # The conflicts are read on a worker (a scan of the whole file): the count follows.
    qtbot.waitUntil(window.replication.count_button.isVisible)
    assert window.replication.count_button.text() == "1 conflict"
    assert window.replication.dock.isVisible()  # the merge brought a conflict: shown at once


def test_a_file_that_cannot_be_merged_gets_one_line_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bogus = tmp_path / "notes.meeting"
    bogus.write_text("not an event")
    dialog = window.replication.merge_files()
    assert not dialog.load([bogus])
    assert "notes.meeting" in dialog.summary.text() and "\n" not in dialog.summary.text()
    assert not dialog.merge_button.isEnabled()
    assert window.document.store.backups() == []


def _open_conflicts(qtbot: QtBot, window: MainWindow, ana_copy: Path) -> QPushButton:
    _merge(qtbot, window, ana_copy)
    window.replication.dock.hide()
    button = window.replication.count_button
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.replication.dock.isVisible()
    return button


def test_the_conflicts_panel_shows_both_values_and_keep_this_settles_it(
    qtbot: QtBot, window: MainWindow, ana_copy: Path
) -> None:
    count = _open_conflicts(qtbot, window, ana_copy)
    panel = window.replication.panel
    qtbot.waitUntil(lambda: bool(panel.conflicts))
    (conflict,) = panel.conflicts
    card = panel.card_for(conflict.id)
    assert card is not None
    assert card.findChild(QLabel, "conflict_heading").text().endswith("· room")
    assert 'session "Opening plenary"' in card.findChild(QLabel, "conflict_heading").text()
    values = [label.text() for label in card.findChildren(QLabel, "candidate_value")]
    authors = [label.text() for label in card.findChildren(QLabel, "candidate_meta")]
    assert sorted(values) == ['"Sala 1"', '"Sala 2"']
    assert sorted(a.split(",")[0] for a in authors) == ["Ana Ruiz", "Ben Okafor"]
    assert all(":" in a for a in authors)  # and when each was written

    ana_side = next(
        side for side in card.findChildren(QLabel, "candidate_value") if side.text() == '"Sala 1"'
    ).parent()
    qtbot.mouseClick(ana_side.findChild(QPushButton, "keep"), Qt.MouseButton.LeftButton)

    store = window.document.store
    assert store.conflicts() == []
    assert store.find_session("Opening plenary").room == "Sala 1"
    qtbot.waitUntil(lambda: panel.conflicts == [])
    assert panel.empty.isVisibleTo(panel)
    assert not count.isVisibleTo(window)


def test_edit_settles_a_conflict_with_a_value_the_user_types(
    qtbot: QtBot, window: MainWindow, ana_copy: Path
) -> None:
    _open_conflicts(qtbot, window, ana_copy)
    panel = window.replication.panel
    asked: list[str] = []

    def ask(_parent: object, _title: str, label: str, initial: str) -> str:
        asked.append(initial)
        return "Sala Gran, upstairs"

    panel.ask = ask
    qtbot.waitUntil(lambda: bool(panel.conflicts))
    card = panel.card_for(panel.conflicts[0].id)
    assert card is not None
    qtbot.mouseClick(card.findChild(QPushButton, "edit_value"), Qt.MouseButton.LeftButton)
    assert asked and asked[0] in ("Sala 1", "Sala 2")
    assert window.document.store.find_session("Opening plenary").room == "Sala Gran, upstairs"
    assert window.document.store.conflicts() == []


def test_restore_closes_the_event_puts_the_backup_in_place_and_reopens_it(
    qtbot: QtBot, controller: AppController, window: MainWindow
) -> None:
    store = window.document.store
    store.backup("manual")
    opening = store.find_session("Opening plenary")
    store.add_entry(opening.id, "Written after the backup")
    window.document.refresh_all()

    window.action_of[ActionId.RESTORE_BACKUP].trigger()
    dialog = window.findChild(RestoreBackupDialog)
    assert dialog is not None
    assert dialog.list.count() == 1 and "by hand" in dialog.list.item(0).text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert window.document.closed
    reopened = controller.windows[-1]
    assert reopened is not window and not reopened.document.closed
    assert "Written after the backup" not in [i.text for i in reopened.document.store.items()]
    # What the file held before the restore is itself a backup, newest first.
    ring = reopened.document.store.backups()
    assert [b.reason for b in ring] == ["before-restore", "manual"]
    with EventStore.open(ring[0].path, read_only=True) as before:
        assert "Written after the backup" in [i.text for i in before.items()]


def test_an_automatic_backup_is_taken_only_after_a_change(qtbot: QtBot, window: MainWindow) -> None:
    replication = window.replication
    assert replication.backup_timer.isActive() and replication.backup_timer.interval() == AUTO_BACKUP_MS
    assert replication.backup_if_changed() is None  # nothing changed since the event opened

    capture = window.session_view.capture
    capture.setFocus()
    qtbot.keyClicks(capture, "Kept in the automatic backup")
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    with qtbot.waitSignal(replication.backup_taken):
        assert replication.backup_if_changed() is not None

    (taken,) = window.document.store.backups()
    assert taken.reason == "auto"
    with EventStore.open(taken.path, read_only=True) as copy:
        assert "Kept in the automatic backup" in [i.text for i in copy.items()]
    qtbot.waitUntil(lambda: not replication._tasks)
    assert replication.backup_if_changed() is None  # and not again until the next change


def test_send_my_notes_writes_update_files_that_follow_each_other(
    qtbot: QtBot, window: MainWindow, event_path: Path, tmp_path: Path
) -> None:
    """The first update to a folder holds everything; the next one only the notes typed since."""
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    organiser = tmp_path / "organiser.meeting"
    shutil.copy(event_path, organiser)
    suggested: list[Path] = []
    names = iter(["first.mkupdate", "second.mkupdate"])

    def choose(_parent: object, proposal: Path) -> Path:
        suggested.append(proposal)
        return outbox / next(names)

    def type_note(text: str) -> None:
        capture = window.session_view.capture
        capture.setFocus()
        qtbot.keyClicks(capture, text)
        qtbot.keyClick(capture, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: text in _stream_texts(window))

    replication = window.replication
    replication.choose = choose
    type_note("Typed before the first hand-over")
    with qtbot.waitSignal(replication.notes_sent, timeout=20_000) as sent:
        window.action_of[ActionId.SEND_NOTES].trigger()
    assert sent.args == [outbox / "first.mkupdate"]
    assert suggested[0].suffix == ".mkupdate"

    type_note("Typed after the first hand-over")
    with qtbot.waitSignal(replication.notes_sent, timeout=20_000):
        window.action_of[ActionId.SEND_NOTES].trigger()
    assert sorted(p.name for p in outbox.iterdir()) == [
        "first.mkupdate",
        "second.mkupdate",
    ]  # no partial file
    assert (outbox / "second.mkupdate").stat().st_size < (outbox / "first.mkupdate").stat().st_size

    with EventStore.open(organiser, author="Org") as copy:
        with pytest.raises(UserError, match=r"merge first\.mkupdate first"):
            copy.merge([outbox / "second.mkupdate"])
        copy.merge([outbox / "first.mkupdate", outbox / "second.mkupdate"])
        assert "Typed after the first hand-over" in [i.text for i in copy.items()]


def test_one_event_menu_holds_the_organiser_entries_then_merge_and_conflicts(
    qtbot: QtBot, document: EventDocument, tmp_path: Path
) -> None:
    window = MainWindow(document, settings=Settings(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    install(window)
    event_menus = [a.menu() for a in window.menuBar().actions() if a.text() == "E&vent"]
    assert len(event_menus) == 1
    entries = [a.text() for a in event_menus[0].actions() if not a.isSeparator()]
    assert entries == [
        "Event &settings…",
        "Import &programme from CSV…",
        "Import p&articipants from CSV…",
        "&Merge rapporteurs' files…",
        "&Inbox folder…",
        "&Conflicts",
        "Connect to the &venue…",
        "&Share this event at the venue…",
    ]


def test_a_read_only_window_can_send_notes_but_not_merge_restore_or_back_up(
    qtbot: QtBot, window: MainWindow
) -> None:
    other = EventDocument(EventStore.open(window.document.store.path, read_only=True))
    viewer = MainWindow(other)
    qtbot.addWidget(viewer)
    assert not viewer.action_of[ActionId.MERGE_FILES].isEnabled()
    assert not viewer.action_of[ActionId.RESTORE_BACKUP].isEnabled()
    assert viewer.action_of[ActionId.SEND_NOTES].isEnabled()
    assert not viewer.replication.backup_timer.isActive()
    viewer.close()


def test_a_session_deleted_while_notes_were_added_elsewhere_can_be_restored_from_the_panel(
    qtbot: QtBot, event_path: Path, tmp_path: Path, controller: AppController
) -> None:
    copy = tmp_path / "ana.meeting"
    shutil.copy(event_path, copy)
    with EventStore.open(copy, author="Ana Ruiz") as ana:
        ana.add_entry(ana.find_session("Peer learning workshop").id, "Ana's note from the workshop")
    with EventStore.open(event_path, author="Ben Okafor") as organiser:
        organiser.delete_session(organiser.find_session("Peer learning workshop").id)
    window = controller.open_path(event_path)
    assert window is not None
    window.document.store.merge([copy])
    window.document.refresh_all()
    window.replication.show_conflicts()
    panel = window.replication.panel
    qtbot.waitUntil(lambda: bool(panel.conflicts))
    (conflict,) = panel.conflicts
    card = panel.card_for(conflict.id)
    assert card is not None
    assert "deleted while notes were added to it" in card.findChild(QLabel, "conflict_heading").text()
    assert card.findChild(QPushButton, "edit_value").text() == "Move the notes to…"
    values = [label.text() for label in card.findChildren(QLabel, "candidate_value")]
    assert values == ["deleted", "1 note added"]
    metas = [label.text() for label in card.findChildren(QLabel, "candidate_meta")]
    assert metas[0].startswith("Ben Okafor, ") and metas[1].startswith("Ana Ruiz, ")

    restore_side = card.findChildren(QLabel, "candidate_value")[1].parent()
    qtbot.mouseClick(restore_side.findChild(QPushButton, "keep"), Qt.MouseButton.LeftButton)
    assert "Peer learning workshop" in [s.title for s in window.document.store.sessions()]
    qtbot.waitUntil(lambda: window.replication.conflict_count == 0)


def test_a_conflict_settled_by_editing_the_field_itself_leaves_the_panel_on_the_next_look(
    qtbot: QtBot, window: MainWindow, ana_copy: Path
) -> None:
    _open_conflicts(qtbot, window, ana_copy)
    panel = window.replication.panel
    qtbot.waitUntil(lambda: bool(panel.conflicts))
    card = panel.card_for(panel.conflicts[0].id)
    assert card is not None
    store = window.document.store
    # The session details dialog writes the room like this: an edit that saw both values settles them.
    store.update_session(store.find_session("Opening plenary").id, room="Sala 3")

    qtbot.mouseClick(card.findChildren(QPushButton, "keep")[0], Qt.MouseButton.LeftButton)
    assert "No open conflict" in panel.message.text()
    assert store.find_session("Opening plenary").room == "Sala 3"
    qtbot.waitUntil(lambda: panel.conflicts == [])
    assert not window.replication.count_button.isVisibleTo(window)
