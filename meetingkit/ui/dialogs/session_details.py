"""The Session details dialog: title, time, room, format, moderator, speakers, rapporteur, guiding questions."""

from __future__ import annotations

from collections.abc import Callable
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

from meetingkit.core.model import Role, Session

FORMATS = ("plenary", "keynote", "panel", "workshop", "roundtable", "study visit", "break-out", "networking")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class SessionDetailsDialog(QDialog):
    """On OK calls `apply(changes)`; the dialog stays open with the store's message if it returns an error."""

    def __init__(
        self,
        session: Session,
        apply: Callable[[dict[str, Any]], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session details"))
        self._session = session
        self._apply = apply
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.title_edit = QLineEdit(session.title, self)
        self.title_edit.setAccessibleName(self.tr("Session title"))
        form.addRow(self.tr("&Title"), self.title_edit)
        times = QHBoxLayout()
        self.start = QLineEdit(f"{session.start:%H:%M}" if session.start else "", self)
        self.end = QLineEdit(f"{session.end:%H:%M}" if session.end else "", self)
        for edit, name in ((self.start, self.tr("Start time")), (self.end, self.tr("End time"))):
            edit.setPlaceholderText("HH:MM")
            edit.setAccessibleName(name)
            edit.setMaximumWidth(90)
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("to"), self))
        times.addWidget(self.end)
        times.addStretch(1)
        time_label = QLabel(self.tr("T&ime"), self)
        time_label.setBuddy(self.start)
        form.addRow(time_label, times)
        self.room = QLineEdit(session.room, self)
        self.room.setAccessibleName(self.tr("Room"))
        form.addRow(self.tr("&Room"), self.room)
        self.format = QComboBox(self)
        self.format.setEditable(True)
        self.format.addItems(["", *FORMATS])
        self.format.setEditText(session.format)
        self.format.setAccessibleName(self.tr("Format"))
        form.addRow(self.tr("&Format"), self.format)
        self.moderator = QLineEdit(", ".join(p.name for p in session.people_with(Role.MODERATOR)), self)
        self.moderator.setAccessibleName(self.tr("Moderator"))
        form.addRow(self.tr("&Moderator"), self.moderator)
        self.speakers = QPlainTextEdit("\n".join(p.name for p in session.people_with(Role.SPEAKER)), self)
        self.speakers.setPlaceholderText(self.tr("One speaker per line"))
        self.speakers.setAccessibleName(self.tr("Speakers"))
        self.speakers.setTabChangesFocus(True)
        form.addRow(self.tr("S&peakers"), self.speakers)
        self.rapporteur = QLineEdit(", ".join(p.name for p in session.people_with(Role.RAPPORTEUR)), self)
        self.rapporteur.setAccessibleName(self.tr("Rapporteur"))
        form.addRow(self.tr("R&apporteur"), self.rapporteur)
        self.questions = QPlainTextEdit("\n".join(session.questions), self)
        self.questions.setPlaceholderText(self.tr("One guiding question per line"))
        self.questions.setAccessibleName(self.tr("Guiding questions"))
        self.questions.setTabChangesFocus(True)
        form.addRow(self.tr("&Guiding questions"), self.questions)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def changes(self) -> dict[str, Any]:
        """Only the fields that differ from the session as it was."""
        s = self._session
        people: list[tuple[str, Role]] = []
        people += [(n.strip(), Role.MODERATOR) for n in self.moderator.text().split(",") if n.strip()]
        people += [(n, Role.SPEAKER) for n in _lines(self.speakers.toPlainText())]
        people += [(n.strip(), Role.RAPPORTEUR) for n in self.rapporteur.text().split(",") if n.strip()]
        wanted: dict[str, Any] = {
            "title": self.title_edit.text().strip(),
            "start": self.start.text().strip() or None,
            "end": self.end.text().strip() or None,
            "room": self.room.text().strip(),
            "format": self.format.currentText().strip(),
            "questions": _lines(self.questions.toPlainText()),
        }
        current: dict[str, Any] = {
            "title": s.title,
            "start": f"{s.start:%H:%M}" if s.start else None,
            "end": f"{s.end:%H:%M}" if s.end else None,
            "room": s.room,
            "format": s.format,
            "questions": list(s.questions),
        }
        changes = {key: value for key, value in wanted.items() if value != current[key]}
        if people != [(p.name, p.role) for p in s.people]:
            changes["people"] = people
        return changes

    def accept(self) -> None:
        changes = self.changes()
        if changes:
            problem = self._apply(changes)
            if problem:
                self.error.setText(problem)
                self.error.show()
                return
        super().accept()
