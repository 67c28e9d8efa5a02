"""Event settings: title, subtitle, venue, city, organisers, description and the logo on the cover."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.model import AttachmentKind
from meetingkit.ui.commands import CompoundCommand, EditEvent
from meetingkit.ui.document import EventDocument


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
        self.organisers = QPlainTextEdit("\n".join(event.organisers), self)
        self.organisers.setPlaceholderText(self.tr("One organisation a line"))
        self.organisers.setTabChangesFocus(True)
        self.organisers.setFixedHeight(80)
        self.description = QPlainTextEdit(event.description, self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(100)
        self.logo = QComboBox(self)
        self.logo.setAccessibleName(self.tr("Logo on the cover"))
        self.logo.addItem(self.tr("No logo"), None)
        for attachment in document.store.attachments(AttachmentKind.PHOTO):
            self.logo.addItem(attachment.caption or attachment.filename, attachment.id)
        self.logo.setCurrentIndex(max(0, self.logo.findData(event.logo_attachment_id)))
        dates = QLabel(
            self.tr("%1 to %2 (days are set when the event is created)")
            .replace("%1", event.start.isoformat())
            .replace("%2", event.end.isoformat()),
            self,
        )
        dates.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Subtitle:"), self.subtitle)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow(self.tr("Venue:"), self.venue)
        form.addRow(self.tr("City:"), self.city)
        form.addRow(self.tr("Organisers:"), self.organisers)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Logo on the cover:"), self.logo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not document.read_only)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def changes(self) -> dict[str, object]:
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
        }
        return {key: value for key, value in wanted.items() if getattr(event, key) != value}

    def accept(self) -> None:
        changes = self.changes()
        if changes:
            group = CompoundCommand(self.document, "Edit event settings")
            for key, value in changes.items():
                EditEvent(self.document, parent=group, **{key: value})
            if not self.document.push(group):
                return  # the document showed why; the dialog stays open to fix it
        super().accept()
