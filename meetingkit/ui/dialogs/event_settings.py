"""Event settings: title, subtitle, dates, venue, city, organisers, description, acronyms, the cover logo."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.model import AttachmentKind
from meetingkit.ui.commands import CompoundCommand, EditEvent, SetAcronyms
from meetingkit.ui.document import EventDocument
from meetingkit.ui.organiser_commands import ChangeEventDates
from meetingkit.ui.views.common import from_qdate
from meetingkit.ui.widgets.date_field import DateField


class EventSettingsDialog(QDialog):
    """OK applies every change as one undo step."""

    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Event settings"))
        self.setMinimumWidth(560)
        event = document.store.event()

        self.title_edit = QLineEdit(event.title, self)
        self.subtitle = QLineEdit(event.subtitle, self)
        self.venue = QLineEdit(event.venue, self)
        self.city = QLineEdit(event.city, self)
        self.timezone = QComboBox(self)
        self.timezone.setEditable(True)
        self.timezone.setAccessibleName(self.tr("Time zone of the meeting"))
        self.timezone.addItem(self.tr("This computer's time zone"), "")
        for name in sorted(zoneinfo.available_timezones()):
            self.timezone.addItem(name, name)
        self.timezone.setCurrentIndex(max(0, self.timezone.findData(event.timezone)))
        self.timezone.setToolTip(
            self.tr("Notes are shown and exported on this clock, wherever they are read")
        )
        self.organisers = QPlainTextEdit("\n".join(event.organisers), self)
        self.organisers.setPlaceholderText(self.tr("One organisation a line"))
        self.organisers.setTabChangesFocus(True)
        self.organisers.setFixedHeight(80)
        self.description = QPlainTextEdit(event.description, self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(100)
        self.acronyms = QPlainTextEdit(document.store.acronyms(), self)
        self.acronyms.setAccessibleName(self.tr("Acronyms"))
        self.acronyms.setPlaceholderText(
            self.tr("One acronym a line: UCLG = United Cities and Local Governments")
        )
        self.acronyms.setToolTip(self.tr("The documents list, in an annex, the acronyms they use"))
        self.acronyms.setTabChangesFocus(True)
        self.acronyms.setFixedHeight(80)
        self.logo = QComboBox(self)
        self.logo.setAccessibleName(self.tr("Logo on the cover"))
        self.logo.addItem(self.tr("No logo"), None)
        for attachment in document.store.attachments(AttachmentKind.PHOTO):
            self.logo.addItem(attachment.caption or attachment.filename, attachment.id)
        self.logo.setCurrentIndex(max(0, self.logo.findData(event.logo_attachment_id)))
        self.start_date = DateField(self, allow_empty=False)
        self.end_date = DateField(self, allow_empty=False)
        self.start_date.setDate(event.start)
        self.end_date.setDate(event.end)
        for edit, name in ((self.start_date, self.tr("First day")), (self.end_date, self.tr("Last day"))):
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._dates_changed)
        self.dates_note = QLabel(self)
        self.dates_note.setObjectName("datesNote")
        self.dates_note.setWordWrap(True)
        dates = QHBoxLayout()
        dates.addWidget(self.start_date)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.end_date)
        dates.addStretch(1)
        # Which sessions sit on which day, read once: the note below the dates is computed as they change.
        days = document.store.days()
        sessions = document.store.sessions()
        self._busy_days = [
            (day.index, day.date, [s.title for s in sessions if s.day_id == day.id]) for day in days
        ]

        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Subtitle:"), self.subtitle)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow("", self.dates_note)
        form.addRow(self.tr("Venue:"), self.venue)
        form.addRow(self.tr("City:"), self.city)
        form.addRow(self.tr("Time zone:"), self.timezone)
        form.addRow(self.tr("Organisers:"), self.organisers)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Acronyms:"), self.acronyms)
        form.addRow(self.tr("Cover logo:"), self.logo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not document.read_only)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._dates_changed()

    def dates(self) -> tuple[dt.date, dt.date]:
        start, end = from_qdate(self.start_date.date()), from_qdate(self.end_date.date())
        assert start is not None and end is not None  # a DateField without allow_empty keeps its last date
        return start, end

    def _dates_changed(self, *_: object) -> None:
        """Say how many days the event will have, and which sessions stand in the way of a shorter one."""
        start, end = self.dates()
        count = (end - start).days + 1
        if count < 1:
            self.dates_note.setText(self.tr("The last day is before the first."))
            return
        note = self.tr("%n day(s).", "", count)
        blocking = [(index, titles) for index, _date, titles in self._busy_days if index > count and titles]
        if blocking:
            index, titles = blocking[0]
            note += " " + self.tr(
                "Day %1 would disappear but holds %n session(s): %2. Move or delete them first.",
                "",
                len(titles),
            ).replace("%1", str(index)).replace("%2", "; ".join(titles))
        else:
            dropped = sum(1 for index, _date, _titles in self._busy_days if index > count)
            if dropped:
                note += " " + self.tr("%n empty day(s) at the end will be removed.", "", dropped)
        self.dates_note.setText(note)

    def _timezone_name(self) -> str:
        chosen = self.timezone.currentData()
        if self.timezone.currentText() == self.timezone.itemText(self.timezone.currentIndex()):
            return str(chosen or "")
        return self.timezone.currentText().strip()  # typed by hand; the store checks it

    def changes(self) -> dict[str, Any]:
        event = self.document.store.event()
        organisers = tuple(
            line.strip() for line in self.organisers.toPlainText().splitlines() if line.strip()
        )
        wanted: dict[str, object] = {
            "title": self.title_edit.text().strip(),
            "subtitle": self.subtitle.text().strip(),
            "venue": self.venue.text().strip(),
            "city": self.city.text().strip(),
            "organisers": organisers,
            "description": self.description.toPlainText().strip(),
            "logo_attachment_id": self.logo.currentData(),
            "timezone": self._timezone_name(),
        }
        return {key: value for key, value in wanted.items() if getattr(event, key) != value}

    def accept(self) -> None:
        changes = self.changes()
        event = self.document.store.event()
        dates = self.dates()
        moved = dates != (event.start, event.end)
        glossary = self.acronyms.toPlainText().strip()
        glossary_changed = glossary != self.document.store.acronyms()
        if changes or moved or glossary_changed:
            group = CompoundCommand(self.document, "Edit event settings")
            if moved:  # first: the store may refuse it, and then nothing else is applied either
                ChangeEventDates(self.document, *dates, parent=group)
            for key, value in changes.items():
                EditEvent(self.document, parent=group, **{key: value})
            if glossary_changed:
                SetAcronyms(self.document, glossary, parent=group)
            if not self.document.push(group):
                return  # the document showed why; the dialog stays open to fix it
        super().accept()
