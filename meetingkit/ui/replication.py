"""The desktop side of several rapporteurs: merge, the Conflicts panel and its status-bar count, backups.

`Replication(window)` does the work of the window's Event > Merge / Conflicts and File > Restore from
backup / Send my notes actions (the window builds it right after its first paint, or when one is used first),
adds the Conflicts dock, and takes an automatic backup every ten minutes while something
changed. Backups and update files ("Send my notes…", store/updates.py) are written on a worker thread through a read-only connection of its
own (the window's connection belongs to the UI thread), so a large event never freezes the window.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox, QPushButton, QWidget

from meetingkit.core.errors import UserError
from meetingkit.store import backups, updates
from meetingkit.store.merging import MergeReport
from meetingkit.ui.inbox import Inbox, InboxBook
from meetingkit.ui.session_merge import SessionMerger
from meetingkit.ui.widgets.conflicts_panel import ConflictsPanel
from meetingkit.ui.workers import Reporter, Task, run_task

if TYPE_CHECKING:
    from meetingkit.ui.dialogs.merge_files import MergeFilesDialog
    from meetingkit.ui.dialogs.restore_backup import RestoreBackupDialog
    from meetingkit.ui.main_window import MainWindow

AUTO_BACKUP_MS = 10 * 60 * 1000

# (parent, suggested path) -> where to write the hand-over copy, None when the user cancelled.
ChooseTarget = Callable[[QWidget, Path], Path | None]
# (parent, current inbox or None) -> the inbox folder, NO_INBOX to stop using one, None when cancelled.
ChooseInbox = Callable[[QWidget, Path | None], Path | None]
NO_INBOX = Path()


# The dialogs below are imported when first opened, not with the window.


def choose_inbox(parent: QWidget, current: Path | None) -> Path | None:
    from meetingkit.ui.file_dialogs import FileKind, start_folder

    if current is not None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Replication", "Inbox folder"),
            QCoreApplication.translate(
                "Replication", "Update files arriving in {0} are merged into this event."
            ).format(current),
            QMessageBox.StandardButton.Cancel,
            parent,
        )
        change = box.addButton(
            QCoreApplication.translate("Replication", "Choose another…"), QMessageBox.ButtonRole.AcceptRole
        )
        stop = box.addButton(
            QCoreApplication.translate("Replication", "Stop using it"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.exec()
        if box.clickedButton() is stop:
            return NO_INBOX
        if box.clickedButton() is not change:
            return None
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("Replication", "Inbox folder"),
        str(current or start_folder(FileKind.EVENTS)),
    )
    return Path(chosen) if chosen else None


def choose_target(parent: QWidget, suggested: Path) -> Path | None:
    from meetingkit.ui.dialogs.merge_files import update_filter
    from meetingkit.ui.file_dialogs import FileKind, save_file

    path = save_file(
        parent,
        FileKind.EVENTS,
        QCoreApplication.translate("Replication", "Send my notes"),
        suggested.name,
        update_filter(),
    )
    if path is None:
        return None
    return path if path.suffix == updates.SUFFIX else path.with_name(path.name + updates.SUFFIX)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def auto_backup_job(event_path: Path, event_id: str) -> Callable[[Reporter], backups.Backup]:
    def job(_reporter: Reporter) -> backups.Backup:
        with closing(_read_only(event_path)) as conn:
            return backups.take(conn, event_path, event_id, "auto")

    return job


def hand_over_job(event_path: Path, target: Path, event_id: str, author: str) -> Callable[[Reporter], Path]:
    """An update file at `target` of what this copy holds beyond the last one `author` sent to that folder."""

    def job(_reporter: Reporter) -> Path:
        baseline = updates.baseline_in_folder(target.parent, event_id, author)
        return updates.write(event_path, target, author=author, baseline=baseline).path

    return job


class Replication(QObject):
    """Owned by one main window; everything here goes when the window goes (the pool waits for its work)."""

    backup_taken = Signal(object)  # backups.Backup
    notes_sent = Signal(Path)
    message = Signal(str)  # one line for the status bar

    def __init__(
        self,
        window: MainWindow,
        *,
        backup_every_ms: int = AUTO_BACKUP_MS,
        choose: ChooseTarget = choose_target,
        choose_folder: ChooseInbox = choose_inbox,
        inbox_book: InboxBook | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.document = document = window.document
        self.choose = choose
        self.choose_folder = choose_folder
        self.pool = QThreadPool(self)
        self.last_error = ""
        self._tasks: list[Task] = []
        self._changed = False

        self.panel = ConflictsPanel(document, window, pool=self.pool)
        self.dock = QDockWidget(self.tr("Conflicts"), window)
        self.dock.setObjectName("conflicts_dock")
        self.dock.setAccessibleName(self.tr("Conflicts"))
        self.dock.setWidget(self.panel)
        # Made after the window restored its remembered layout: the dock takes its remembered place (and
        # is shown if it was left open), else it starts hidden at the bottom.
        if not window.restoreDockWidget(self.dock):
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
            self.dock.hide()

        self.count_button = QPushButton(window)
        self.count_button.setObjectName("conflicts_count")
        self.count_button.setFlat(True)
        self.count_button.setToolTip(self.tr("Show the conflicts to settle"))
        self.count_button.clicked.connect(self.show_conflicts)
        self.count_button.hide()
        window.statusBar().addPermanentWidget(self.count_button)
        self.panel.count_changed.connect(self._show_count)

        self.session_merger = SessionMerger(window)
        self.inbox = Inbox(document, inbox_book or InboxBook(), parent=self)
        self.inbox.merged.connect(self._merged)
        self.inbox.refused.connect(self._inbox_refused)
        self.message.connect(lambda text: window.statusBar().showMessage(text, 10_000))

        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(backup_every_ms)
        self.backup_timer.timeout.connect(self.backup_if_changed)
        if not document.read_only:
            document.saved.connect(self._mark_changed)
            document.reloaded.connect(self._mark_changed)
            self.backup_timer.start()
        self.panel.refresh()  # on a worker: the count costs a scan of the file's registers

    # ---------------------------------------------------------------- conflicts

    @property
    def conflict_count(self) -> int:
        return len(self.panel.conflicts)

    def _show_count(self, count: int) -> None:
        self.count_button.setText(self.tr("%n conflict(s)", "", count))
        self.count_button.setAccessibleName(self.count_button.text())
        self.count_button.setVisible(count > 0)

    def show_conflicts(self) -> None:
        self.panel.refresh()
        self.dock.show()
        self.dock.raise_()

    # ---------------------------------------------------------------- merge

    def merge_files(self) -> MergeFilesDialog:
        from meetingkit.ui.dialogs.merge_files import MergeFilesDialog

        dialog = MergeFilesDialog(self.document, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        dialog.open()
        return dialog

    def _merged(self, reports: list[MergeReport]) -> None:
        added = sum(r.added for r in reports)
        brought = sum(len(r.conflicts) for r in reports)
        self.message.emit(
            self.tr("Merged {0}: {1}, {2}.").format(
                ", ".join(r.name for r in reports),
                self.tr("%n record(s) added", "", added),
                self.tr("%n conflict(s)", "", brought),
            )
        )
        if brought:
            self.show_conflicts()
        self.session_merger.offer()

    # ---------------------------------------------------------------- inbox

    def choose_inbox(self) -> None:
        chosen = self.choose_folder(self.window, self.inbox.folder)
        if chosen is None:
            return
        if chosen == NO_INBOX:
            self.inbox.set_folder(None)
            self.message.emit(self.tr("No inbox folder: merge files with Event > Merge rapporteurs' files…"))
            return
        if self.document.store.path.resolve().parent == chosen.resolve():
            self.window.show_error(
                self.tr(
                    "{0} holds the open event file itself, which a sync tool would copy while it is being"
                    " written; choose a folder of its own."
                ).format(chosen)
            )
            return
        self.inbox.set_folder(chosen)
        self.message.emit(self.tr("Update files arriving in {0} are merged as they arrive.").format(chosen))

    def _inbox_refused(self, text: str) -> None:
        self.window.session_view.banner.show_message(text)
        self.message.emit(text)

    # ---------------------------------------------------------------- backups

    def choose_backup(self) -> RestoreBackupDialog:
        from meetingkit.ui.dialogs.restore_backup import RestoreBackupDialog

        store = self.document.store
        dialog = RestoreBackupDialog(store.backups(), store.path.name, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_requested.connect(self.restore)
        dialog.open()
        return dialog

    def restore(self, backup: Path) -> None:
        """Close the event (releasing its lock), put `backup` in its place, and open it again."""
        window = self.window
        path = window.document.store.path
        self.backup_timer.stop()
        self.inbox.stop()
        self.pool.waitForDone()  # a backup being written still reads the file
        window.close()  # saves drafts, closes the store and releases the lock
        if not window.document.closed:
            return  # the window refused to close
        try:
            backups.restore(path, backup)
        except UserError as error:
            self._tell(str(error))
        # Reopened in any case: a refused restore leaves the file as it was.
        window.open_path_requested.emit(str(path))

    def _tell(self, text: str) -> None:
        """One sentence in a box of its own: the window that asked is closing."""
        self.last_error = text
        box = QMessageBox(QMessageBox.Icon.Warning, "meetingkit", text, QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _mark_changed(self, *_args: object) -> None:
        self._changed = True

    def backup_if_changed(self) -> Task | None:
        """Take an automatic backup on a worker, if anything was saved since the last one."""
        if not self._changed or self.document.closed or self._tasks:  # one file job at a time
            return None
        self._changed = False
        store = self.document.store
        return self._run(
            auto_backup_job(store.path, store.event().id),
            self.tr("Backing up the event"),
            self.backup_taken.emit,
        )

    # ---------------------------------------------------------------- hand-over

    def send_notes(self) -> Task | None:
        store = self.document.store
        # A new name each time: earlier update files stay as they were, and the next one follows them.
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H%M%S")
        suggested = store.path.with_name(f"{store.path.stem} ({store.author}) {stamp}{updates.SUFFIX}")
        target = self.choose(self.window, suggested)
        if target is None:
            return None

        def sent(result: object) -> None:
            self.message.emit(
                self.tr("Your notes are in {0}: hand this file over.").format(Path(str(result)).name)
            )
            self.notes_sent.emit(Path(str(result)))

        job = hand_over_job(store.path, target, store.event().id, store.author)
        return self._run(job, self.tr("Writing your notes"), sent)

    def _run(self, job: Callable[[Reporter], Any], name: str, succeeded: Callable[[Any], None]) -> Task:
        holder: list[Task] = []

        def finished() -> None:
            for task in holder:
                if task in self._tasks:
                    self._tasks.remove(task)

        task = run_task(
            self.pool, job, name=name, succeeded=succeeded, failed=self.window.show_error, finished=finished
        )
        holder.append(task)
        self._tasks.append(task)
        return task
