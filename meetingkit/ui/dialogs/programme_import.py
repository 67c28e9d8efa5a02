"""Import a programme (one session a row) or a participants list from CSV: a preview, each bad row's error, then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.errors import UserError
from meetingkit.store.csv_import import CsvPreview, Kind, ParticipantRow, ProgrammeRow, read_csv
from meetingkit.ui.document import EventDocument
from meetingkit.ui.file_dialogs import FileKind, open_file
from meetingkit.ui.formatting import clock
from meetingkit.ui.organiser_commands import ImportParticipants, ImportProgramme


class CsvImportDialog(QDialog):
    """Nothing changes until Import; only the rows without errors are imported."""

    imported = Signal(int)  # rows written

    def __init__(self, document: EventDocument, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.kind: Kind = kind
        self.preview: CsvPreview | None = None
        programme = kind == "programme"
        self.setWindowTitle(self.tr("Import programme") if programme else self.tr("Import participants"))
        self.resize(900, 560)

        intro = QLabel(
            self.tr(
                "A CSV file with one session a row. Columns: day (number or date), title, start, end, room,"
                " format, speakers, moderator, rapporteur, questions (separated by ;)."
            )
            if programme
            else self.tr(
                "A CSV file with one participant a row. Columns: name, organisation, title (or role), e-mail."
                " A participant already in the event is updated."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("CSV file"))
        self.path_edit.setReadOnly(True)
        browse = QPushButton(self.tr("Choose file…"), self)
        browse.clicked.connect(self._choose)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)

        self.table = QTableWidget(self)
        self.table.setObjectName("csvPreview")
        self.table.setAccessibleName(self.tr("Rows that will be imported"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.errors = QListWidget(self)
        self.errors.setObjectName("csvErrors")
        self.errors.setAccessibleName(self.tr("Rows with errors"))
        self.errors.setMaximumHeight(130)
        self.summary = QLabel(self.tr("Choose a CSV file to see what will be imported."), self)
        self.summary.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.import_rows)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Rows with errors (skipped):"), self))
        layout.addWidget(self.errors)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def _choose(self) -> None:
        path = open_file(
            self, FileKind.EVENTS, self.windowTitle(), self.tr("CSV files (*.csv);;All files (*)")
        )
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> bool:
        """Read and check `path` against the event; shows the good rows and each bad row's error."""
        self.path_edit.setText(str(path))
        self.table.clear()
        self.table.setRowCount(0)
        self.errors.clear()
        self.preview = None
        self.import_button.setEnabled(False)
        try:
            preview = read_csv(path, self.document.store, self.kind)
        except UserError as error:
            self.summary.setText(str(error))
            return False
        self.preview = preview
        if preview.kind == "programme":
            headers = [
                self.tr("Line"),
                self.tr("Day"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Title"),
                self.tr("Room"),
                self.tr("Speakers"),
            ]
        else:
            headers = [
                self.tr("Line"),
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Title"),
                self.tr("E-mail"),
            ]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(preview.rows))
        for n, row in enumerate(preview.rows):
            if isinstance(row, ProgrammeRow):
                cells = [
                    str(row.line),
                    str(row.day),
                    clock(row.start) if row.start else "",
                    clock(row.end) if row.end else "",
                    row.title,
                    row.room,
                    ", ".join(row.speakers),
                ]
            else:
                assert isinstance(row, ParticipantRow)
                cells = [str(row.line), row.name, row.organisation, row.role, row.email]
            for column, text in enumerate(cells):
                self.table.setItem(n, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for line, message in preview.errors:
            self.errors.addItem(self.tr("Line %1: %2").replace("%1", str(line)).replace("%2", message))
        text = self.tr("%n row(s) will be imported.", "", len(preview.rows))
        if preview.errors:
            text += " " + self.tr("%n row(s) with errors will be skipped.", "", len(preview.errors))
        self.summary.setText(text)
        self.import_button.setEnabled(bool(preview.rows) and not self.document.read_only)
        return True

    def import_rows(self) -> int:
        """Write the good rows as one undo step (participants already in the event are updated)."""
        preview = self.preview
        if preview is None or not preview.rows:
            return 0
        command = (
            ImportProgramme(self.document, preview)
            if preview.kind == "programme"
            else ImportParticipants(self.document, preview)
        )
        if not self.document.push(command):
            return 0
        self.imported.emit(len(preview.rows))
        self.accept()
        return len(preview.rows)


class ProgrammeImportDialog(CsvImportDialog):
    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, "programme", parent)
