"""Merge rapporteurs' files: pick .meeting or update files, read what merging would do (a dry run), then merge.

The dry run and the merge are EventStore.merge: every input is checked first, the file is backed up,
and all inputs are folded in one transaction. A merge is not on the undo stack (File > Restore from
backup… takes it back), so the window's undo history is cleared afterwards: undoing an edit made before
the merge would silently overwrite what the merge brought.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.errors import UserError
from meetingkit.store import updates
from meetingkit.store.conflicts import shown
from meetingkit.store.merging import MergeReport
from meetingkit.store.register_conflicts import Conflict
from meetingkit.ui.dialogs.new_event import FILE_FILTER
from meetingkit.ui.document import EventDocument
from meetingkit.ui.file_dialogs import FileKind, remember_folder, start_folder

# (parent, folder to start in) -> the chosen files, [] when the user cancelled.
ChooseFiles = Callable[[QWidget, str], list[Path]]


def update_filter() -> str:
    return QCoreApplication.translate("MergeFilesDialog", "meetingkit update files (*{0})").format(
        updates.SUFFIX
    )


def choose_event_files(parent: QWidget, folder: str) -> list[Path]:
    both = QCoreApplication.translate("MergeFilesDialog", "Event copies and update files (*.meeting *{0})")
    chosen, _filter = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("MergeFilesDialog", "Rapporteurs' files"),
        folder,
        ";;".join(
            (
                both.format(updates.SUFFIX),
                FILE_FILTER,
                update_filter(),
                QCoreApplication.translate("MergeFilesDialog", "All files (*)"),
            )
        ),
    )
    if chosen:
        remember_folder(FileKind.EVENTS, Path(chosen[0]))
    return [Path(p) for p in chosen]


class MergeFilesDialog(QDialog):
    """Nothing changes until Merge; emits merged(reports) once the merge is committed."""

    merged = Signal(list)  # list[MergeReport]

    def __init__(
        self,
        document: EventDocument,
        parent: QWidget | None = None,
        *,
        choose: ChooseFiles = choose_event_files,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge_files_dialog")
        self.document = document
        self.choose = choose
        self.paths: list[Path] = []
        self.reports: list[MergeReport] = []
        self.setWindowTitle(self.tr("Merge rapporteurs' files"))
        self.resize(760, 480)
        intro = QLabel(
            self.tr(
                "Bring other copies of this event into {0}: new notes and sessions are added, each field"
                " takes the latest edit its writer had seen, and edits made at the same time on two laptops"
                " become conflicts for you to settle. A backup of {0} is made first; a merge cannot be undone,"
                " but File > Restore from backup… brings the file back as it was."
            ).format(document.path_name),
            self,
        )
        intro.setWordWrap(True)
        add = QPushButton(self.tr("Choose files…"), self)
        add.setObjectName("choose_files")
        add.clicked.connect(self._choose)
        self.report = QTreeWidget(self)
        self.report.setObjectName("merge_report")
        self.report.setHeaderHidden(True)
        self.report.setAccessibleName(self.tr("What merging would do"))
        self.summary = QLabel(
            self.tr("Choose the rapporteurs' .meeting files or update files to see what merging would do."),
            self,
        )
        self.summary.setObjectName("merge_summary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("merge_button")
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def _choose(self) -> None:
        chosen = self.choose(self, str(start_folder(FileKind.EVENTS)))
        if chosen:
            self.load(chosen)

    def load(self, paths: Sequence[Path]) -> bool:
        """Check `paths` and show what merging them would do; True if they can be merged."""
        self.paths = [Path(p) for p in paths]
        self.report.clear()
        self.reports = []
        self.merge_button.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            reports = self.document.store.merge(self.paths, dry_run=True)
        except UserError as error:
            self.summary.setText(str(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.reports = reports
        for report in reports:
            self.report.addTopLevelItem(self._report_item(report))
        self.report.expandAll()
        self.summary.setText(
            self.tr("Nothing was changed yet. Merge adds all of this to {0} in one step.").format(
                self.document.path_name
            )
        )
        self.merge_button.setEnabled(not self.document.read_only)
        return True

    def _report_item(self, report: MergeReport) -> QTreeWidgetItem:
        line = self.tr("{0}: {1}, {2}, {3}").format(
            report.name,
            self.tr("%n record(s) added", "", report.added),
            self.tr("%n field(s) changed", "", report.changed),
            self.tr("%n conflict(s)", "", len(report.conflicts)),
        )
        item = QTreeWidgetItem([line])
        for conflict in report.conflicts:
            line = self._conflict_line(conflict)
            child = QTreeWidgetItem([line])
            child.setToolTip(0, line)  # long values are cut at the dialog's edge
            item.addChild(child)
        return item

    def _conflict_line(self, conflict: Conflict) -> str:
        values = self.tr(" or ").join(
            self.tr("{0} ({1})").format(shown(c.value), c.author or self.tr("someone"))
            for c in conflict.candidates
        )
        return self.tr("{0}, {1}: {2}").format(
            self.document.store.describe(conflict), conflict.field.replace("_", " "), values
        )

    def merge(self) -> bool:
        """Merge the chosen files (backup first, all or nothing); the dialog closes when it is done."""
        if not self.paths:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            reports = self.document.store.merge(self.paths)
        except UserError as error:
            self.summary.setText(str(error))
            self.merge_button.setEnabled(False)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.reports = reports
        self.document.undo_stack.clear()
        self.document.refresh_all()
        self.merged.emit(reports)
        self.accept()
        return True
