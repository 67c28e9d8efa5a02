"""Restore from backup: the event's backups newest first; choosing one asks the window to put it in place.

The window does the restoring (meetingkit.ui.replication): the file must be closed and its lock released
first, because backups.restore refuses a file this app holds open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingkit.store.backups import Backup
from meetingkit.ui.formatting import moment

PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreBackupDialog(QDialog):
    """Emits restore_requested(backup path) when the user presses Restore."""

    restore_requested = Signal(Path)

    def __init__(self, backups: list[Backup], file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_backup_dialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(560, 420)
        intro = QLabel(
            self.tr(
                "Put a backup in place of {0}. What the file holds now is backed up first, so a restore"
                " can itself be taken back. The event closes and opens again."
            ).format(file_name),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("backups")
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        # On this computer's clock (not the meeting's): they are this laptop's history of the file.
        for backup in backups:  # the store lists them newest first
            item = QListWidgetItem(
                self.tr("{0} ({1})").format(moment(backup.taken), self._reason(backup.reason))
            )
            item.setData(PATH_ROLE, str(backup.path))
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        empty = QLabel(self.tr("No backups of this event yet."), self)
        empty.setVisible(not backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(False)
        self.list.currentItemChanged.connect(
            lambda current, _previous: self.restore_button.setEnabled(current is not None)
        )
        self.list.itemDoubleClicked.connect(lambda _item: self._restore())
        self.buttons.accepted.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(empty)
        layout.addWidget(self.buttons)
        if backups:
            self.list.setCurrentRow(0)

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.accept()
        self.restore_requested.emit(Path(str(item.data(PATH_ROLE))))

    def _reason(self, reason: str) -> str:
        """The ring's reasons in words (the file names hold them in English)."""
        words = {
            "auto": self.tr("while open"),
            "merge": self.tr("before a merge"),
            "before-restore": self.tr("before a restore"),
            "manual": self.tr("by hand"),
        }
        return words.get(reason, reason)
