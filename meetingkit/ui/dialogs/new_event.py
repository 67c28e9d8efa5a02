"""The New event dialog: title, dates (one day per date), venue, city, organisers, languages, and the file."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.errors import UserError
from meetingkit.store import EventStore
from meetingkit.ui.file_dialogs import FileKind, remember_folder, short_name
from meetingkit.ui.qt_types import python_date
from meetingkit.ui.widgets.date_field import DateField

FILE_FILTER = "meetingkit events (*.meeting)"


def file_name_for(title: str) -> str:
    """A safe default file name for an event title: 'Learning Meeting 2017' -> 'learning-meeting-2017.meeting'."""
    return short_name(title or "event", ".meeting")


def split_lines(text: str) -> list[str]:
    return [line.strip() for line in re.split(r"[\n;]", text) if line.strip()]


class NewEventDialog(QDialog):
    """Creates the event file on OK (a few milliseconds); `created_path` then holds where."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        self.created_path: Path | None = None
        self._folder = folder
        self._path_edited = False
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("e.g. UCLG–Metropolis Learning Meeting"))
        self.title_edit.setAccessibleName(self.tr("Event title"))
        form.addRow(self.tr("&Title"), self.title_edit)
        today = QDate.currentDate()
        self.start = DateField(self, allow_empty=False)
        self.end = DateField(self, allow_empty=False)
        self.start.setDate(today)
        self.end.setDate(today.addDays(2))
        for edit, name in ((self.start, self.tr("First day")), (self.end, self.tr("Last day"))):
            edit.setAccessibleName(name)
        self.start.dateChanged.connect(self._keep_end_after_start)
        self.start.dateChanged.connect(self._update_days)
        self.end.dateChanged.connect(self._update_days)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.end)
        self.days = QLabel(self)
        dates.addWidget(self.days, 1)
        start_label = QLabel(self.tr("&Dates"), self)
        start_label.setBuddy(self.start)
        form.addRow(start_label, dates)
        self.venue = QLineEdit(self)
        self.venue.setAccessibleName(self.tr("Venue"))
        form.addRow(self.tr("&Venue"), self.venue)
        self.city = QLineEdit(self)
        self.city.setAccessibleName(self.tr("City"))
        form.addRow(self.tr("&City"), self.city)
        self.organisers = QPlainTextEdit(self)
        self.organisers.setPlaceholderText(self.tr("One organisation per line"))
        self.organisers.setAccessibleName(self.tr("Organisers"))
        self.organisers.setTabChangesFocus(True)
        self.organisers.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        form.addRow(self.tr("&Organisers"), self.organisers)
        self.languages = QLineEdit("en", self)
        self.languages.setPlaceholderText("en, fr, es")
        self.languages.setAccessibleName(self.tr("Languages"))
        self.languages.setToolTip(self.tr("Language codes of the meeting, separated by commas"))
        form.addRow(self.tr("&Languages"), self.languages)
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setAccessibleName(self.tr("Event file"))
        self.file_edit.textEdited.connect(lambda _t: setattr(self, "_path_edited", True))
        file_row.addWidget(self.file_edit, 1)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAccessibleName(self.tr("Choose where to save the event file"))
        browse.clicked.connect(self._browse)
        file_row.addWidget(browse)
        file_label = QLabel(self.tr("&Save as"), self)
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, file_row)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create event"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.title_edit.textChanged.connect(self._suggest_path)
        self._suggest_path("")
        self._update_days()
        self.resize(560, self.sizeHint().height())

    def _keep_end_after_start(self, start: QDate) -> None:
        if self.end.date() < start:
            self.end.setDate(start)

    def _update_days(self) -> None:
        count = self.start.date().daysTo(self.end.date()) + 1
        if count <= 0:
            self.days.setText("")
        else:
            self.days.setText(self.tr("1 day") if count == 1 else self.tr("{0} days").format(count))

    def _suggest_path(self, title: str) -> None:
        if not self._path_edited:
            self.file_edit.setText(str(self._folder / file_name_for(title or "event")))

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the new event as"), self.file_edit.text(), FILE_FILTER
        )
        if chosen:
            path = Path(chosen)
            remember_folder(FileKind.EVENTS, path)
            if path.suffix != ".meeting":
                path = path.with_name(path.name + ".meeting")
            self.file_edit.setText(str(path))
            self._path_edited = True

    def path(self) -> Path:
        path = Path(self.file_edit.text().strip()).expanduser()
        return path if path.suffix == ".meeting" else path.with_name(path.name + ".meeting")

    def accept(self) -> None:
        try:
            store = EventStore.create(
                self.path(),
                title=self.title_edit.text(),
                start=python_date(self.start.date()),
                end=python_date(self.end.date()),
                venue=self.venue.text(),
                city=self.city.text(),
                organisers=split_lines(self.organisers.toPlainText()),
                languages=[
                    c.strip() for c in self.languages.text().replace(";", ",").split(",") if c.strip()
                ],
            )
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        store.close()
        self.created_path = self.path()
        super().accept()
