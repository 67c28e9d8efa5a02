"""The welcome screen: recent events, New event…, Open…, and Open the sample event."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from meetingkit.ui.icons import app_icon, icon
from meetingkit.ui.recent import RecentEvents

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def _shown_path(path: Path) -> str:
    """`/home/ana/Documents/x.meeting` -> `~/Documents/x.meeting`: shorter, and says the same."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


class _RecentList(QListWidget):
    open_requested = Signal(str)
    forget_requested = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if item is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit(str(item.data(PATH_ROLE)))
            return
        if item is not None and event.key() == Qt.Key.Key_Delete:
            self.forget_requested.emit(str(item.data(PATH_ROLE)))
            return
        super().keyPressEvent(event)


class WelcomeWindow(QWidget):
    new_event_requested = Signal()
    open_requested = Signal()
    open_sample_requested = Signal()
    open_path_requested = Signal(str)

    def __init__(self, recent: RecentEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recent = recent
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to meetingkit"))
        self.setWindowIcon(app_icon())
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.setSpacing(32)

        column = QWidget(self)
        column.setFixedWidth(300)
        left = QVBoxLayout(column)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(8)
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(QSize(72, 72)))
        logo.setAccessibleName(self.tr("meetingkit logo"))
        left.addWidget(logo)
        title = QLabel("meetingkit", self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        title.setFont(font)
        left.addWidget(title)
        tagline = QLabel(
            self.tr(
                "Day-by-day notes of multi-day meetings, turned into full written summaries and outcome packs."
            ),
            self,
        )
        tagline.setWordWrap(True)
        left.addWidget(tagline)
        left.addSpacing(16)
        self.new_button = self._button(
            self.tr("&New event…"), "new", self.tr("Create an event file: title, dates, venue")
        )
        self.open_button = self._button(self.tr("&Open…"), "open", self.tr("Open an event file"))
        self.sample_button = self._button(
            self.tr("Open the &sample event"),
            "sample",
            self.tr("A three-day learning meeting in Barcelona, with notes, photos and slides"),
        )
        for button in (self.new_button, self.open_button, self.sample_button):
            left.addWidget(button)
        self.new_button.clicked.connect(self.new_event_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button.clicked.connect(self.open_sample_requested)
        self.busy_label = QLabel(self)
        self.busy_label.setWordWrap(True)
        self.busy_label.setAccessibleName(self.tr("Progress"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Working"))
        left.addWidget(self.busy_label)
        left.addWidget(self.busy)
        left.addStretch(1)
        outer.addWidget(column)

        right = QVBoxLayout()
        heading = QLabel(self.tr("Recent events"), self)
        heading_font = QFont(heading.font())
        heading_font.setBold(True)
        heading.setFont(heading_font)
        heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        right.addWidget(heading)
        self.recent_list = _RecentList(self)
        self.recent_list.setAccessibleName(self.tr("Recent events"))
        self.recent_list.setIconSize(QSize(24, 24))
        self.recent_list.setAlternatingRowColors(True)
        heading.setBuddy(self.recent_list)
        self.recent_list.open_requested.connect(self.open_path_requested)
        self.recent_list.itemActivated.connect(
            lambda item: self.open_path_requested.emit(str(item.data(PATH_ROLE)))
        )
        self.recent_list.forget_requested.connect(self._forget)
        right.addWidget(self.recent_list, 1)
        self.empty_hint = QLabel(
            self.tr("Events you open appear here. Start with the sample event to look around."), self
        )
        self.empty_hint.setWordWrap(True)
        right.addWidget(self.empty_hint)
        outer.addLayout(right, 1)

        self.set_busy(None)
        self.refresh()
        self.resize(880, 540)

    def _button(self, label: str, icon_name: str, tip: str) -> QPushButton:
        button = QPushButton(icon(icon_name), label, self)
        button.setToolTip(tip)
        button.setAccessibleName(label.replace("&", "").rstrip("…"))
        button.setAccessibleDescription(tip)
        button.setMinimumHeight(36)
        button.setIconSize(QSize(20, 20))
        button.setStyleSheet("text-align: left; padding-left: 10px;")
        return button

    def refresh(self) -> None:
        self.recent_list.clear()
        for entry in self._recent.existing():
            label = entry.title or entry.path.stem
            item = QListWidgetItem(icon("event"), f"{label}\n{_shown_path(entry.path)}")
            item.setData(PATH_ROLE, str(entry.path))
            item.setToolTip(str(entry.path))
            self.recent_list.addItem(item)
        has_recent = self.recent_list.count() > 0
        self.recent_list.setVisible(has_recent)
        self.empty_hint.setVisible(not has_recent)
        if has_recent:
            self.recent_list.setCurrentRow(0)

    def _forget(self, path: str) -> None:
        self._recent.forget(Path(path))
        self.refresh()

    def set_busy(self, message: str | None) -> None:
        """Show what is being prepared (the sample event takes a few seconds) and keep buttons from doubling it."""
        self.busy_label.setText(message or "")
        self.busy_label.setVisible(bool(message))
        self.busy.setVisible(bool(message))
        for button in (self.new_button, self.open_button, self.sample_button):
            button.setEnabled(not message)
