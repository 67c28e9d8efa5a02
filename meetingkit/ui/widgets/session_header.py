"""The top of the session page: title, time and room, format, people by role, and the guiding questions."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from meetingkit.core.model import Day, Role, Session
from meetingkit.ui.formatting import long_day


def when_and_where(session: Session, day: Day | None) -> str:
    parts: list[str] = []
    if day is not None:
        parts.append(
            QCoreApplication.translate("SessionHeader", "Day {0}, {1}").format(day.index, long_day(day.date))
        )
    if session.start:
        parts.append(f"{session.start:%H:%M}" + (f"–{session.end:%H:%M}" if session.end else ""))
    if session.room:
        parts.append(session.room)
    if session.format:
        parts.append(session.format)
    return " · ".join(parts)


def people_line(session: Session) -> str:
    groups = []
    for role, label in (
        (Role.MODERATOR, QCoreApplication.translate("SessionHeader", "Moderator")),
        (Role.SPEAKER, QCoreApplication.translate("SessionHeader", "Speakers")),
        (Role.RAPPORTEUR, QCoreApplication.translate("SessionHeader", "Rapporteur")),
    ):
        names = [
            p.name + (f" ({p.organisation})" if p.organisation else "") for p in session.people_with(role)
        ]
        if names:
            groups.append(
                QCoreApplication.translate("SessionHeader", "{0}: {1}").format(label, ", ".join(names))
            )
    return "   ·   ".join(groups)


class SessionHeader(QWidget):
    def __init__(self, details_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.setSpacing(2)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("session_title")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.title, 1)
        edit = QToolButton(self)
        edit.setDefaultAction(details_action)
        edit.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        edit.setAutoRaise(True)
        top.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.when = QLabel(self)
        self.people = QLabel(self)
        self.people.setWordWrap(True)
        self.questions = QLabel(self)
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.when, self.people, self.questions):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        self.title.setAccessibleName(self.tr("Session title"))
        self.when.setAccessibleName(self.tr("When and where"))
        self.people.setAccessibleName(self.tr("People"))
        self.questions.setAccessibleName(self.tr("Guiding questions"))

    def show_session(self, session: Session | None, day: Day | None) -> None:
        if session is None:
            self.title.setText(self.tr("No session selected"))
            for label in (self.when, self.people, self.questions):
                label.clear()
                label.hide()
            return
        self.title.setText(session.title)
        self.when.setText(when_and_where(session, day))
        self.people.setText(people_line(session))
        if session.questions:
            items = "".join(f"<li>{html.escape(q)}</li>" for q in session.questions)
            heading = html.escape(self.tr("Guiding questions"))
            self.questions.setText(f"<b>{heading}</b><ul style='margin:0'>{items}</ul>")
        else:
            self.questions.clear()
        for label in (self.when, self.people, self.questions):
            label.setVisible(bool(label.text()))
        self.questions.setAccessibleDescription("; ".join(session.questions))
