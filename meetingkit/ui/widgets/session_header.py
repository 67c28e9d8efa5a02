"""The top of the session page: title, time and room, format, people by role, and the guiding questions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from meetingkit.core.model import Role, Session
from meetingkit.core.zones import wall_clock
from meetingkit.ui.formatting import clock, clock_span, long_day

if TYPE_CHECKING:
    from meetingkit.core.model import Day  # the records of the day are made when a file is read


def _escaped(text: str) -> str:
    """`text` shown as typed inside rich text. Not html.escape: importing `html` loads its table of 2,000
    named characters (~1.7 ms at every launch) for the three that matter in element content."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def when_and_where(session: Session, day: Day | None) -> str:
    parts: list[str] = []
    if day is not None:
        parts.append(
            QCoreApplication.translate("SessionHeader", "Day {0}, {1}").format(day.index, long_day(day.date))
        )
    if session.start:
        parts.append(clock_span(session.start, session.end))
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


def _minutes(delta: dt.timedelta) -> str:
    total = max(0, round(delta.total_seconds() / 60))
    if total < 60:
        return QCoreApplication.translate("SessionHeader", "{0} min").format(total)
    return QCoreApplication.translate("SessionHeader", "{0} h {1:02d}").format(total // 60, total % 60)


def session_clock(now: dt.datetime, session: Session, day: Day | None) -> str:
    """ "10:42 · 12 min in · 48 min left", "starts in 20 min", "ended 5 min ago": `now` on the meeting's clock."""
    shown = clock(now)
    if day is None or session.start is None or now.date() != day.date:
        return shown
    naive = now.replace(tzinfo=None)
    start = dt.datetime.combine(day.date, session.start)
    end = dt.datetime.combine(day.date, session.end) if session.end else None
    if naive < start:
        return QCoreApplication.translate("SessionHeader", "{0} · starts in {1}").format(
            shown, _minutes(start - naive)
        )
    if end is not None and naive >= end:
        return QCoreApplication.translate("SessionHeader", "{0} · ended {1} ago").format(
            shown, _minutes(naive - end)
        )
    elapsed = QCoreApplication.translate("SessionHeader", "{0} in").format(_minutes(naive - start))
    if end is None:
        return f"{shown} · {elapsed}"
    return QCoreApplication.translate("SessionHeader", "{0} · {1} · {2} left").format(
        shown, elapsed, _minutes(end - naive)
    )


class SessionHeader(QWidget):
    CLOCK_TICK_MS = 15_000

    def __init__(
        self,
        details_action: QAction,
        parent: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._session: Session | None = None
        self._day: Day | None = None
        self._zone_name = ""
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
        self.clock = QLabel(self)
        self.clock.setObjectName("session_clock")
        self.clock.setAccessibleName(self.tr("Session clock"))
        top.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignTop)
        self._tick = QTimer(self)
        self._tick.setInterval(self.CLOCK_TICK_MS)
        self._tick.timeout.connect(self.update_clock)
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

    def update_clock(self) -> None:
        """Now, and how far into the session, on the meeting's clock."""
        if self._session is None:
            self.clock.clear()
            return
        now = wall_clock(self._now(), self._zone_name)
        self.clock.setText(session_clock(now, self._session, self._day))

    def show_session(self, session: Session | None, day: Day | None, zone_name: str = "") -> None:
        self._session, self._day, self._zone_name = session, day, zone_name
        self.update_clock()
        if session is None:
            self._tick.stop()
        else:
            self._tick.start()
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
            items = "".join(f"<li>{_escaped(q)}</li>" for q in session.questions)
            heading = _escaped(self.tr("Guiding questions"))
            self.questions.setText(f"<b>{heading}</b><ul style='margin:0'>{items}</ul>")
        else:
            self.questions.clear()
        for label in (self.when, self.people, self.questions):
            label.setVisible(bool(label.text()))
        self.questions.setAccessibleDescription("; ".join(session.questions))
