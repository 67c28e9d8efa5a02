"""A slim message bar above the stream ("Recovered an unsent line", "Open read-only") with optional buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from meetingkit.ui.icons import icon


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.AlternateBase))
        self.setPalette(palette)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._label, 1)
        self._buttons: list[QPushButton] = []
        self._buttons_layout = QHBoxLayout()
        layout.addLayout(self._buttons_layout)
        close = QToolButton(self)
        close.setIcon(icon("close"))
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this message"))
        close.setAccessibleName(self.tr("Hide message"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    @property
    def text(self) -> str:
        parent = self.parentWidget()
        shown = self.isVisibleTo(parent) if parent is not None else self.isVisible()
        return self._label.text() if shown else ""

    def show_message(self, text: str, buttons: tuple[tuple[str, Callable[[], object]], ...] = ()) -> None:
        self._label.setText(text)
        self.setAccessibleDescription(text)
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        for label, handler in buttons:
            button = QPushButton(label, self)
            button.setAccessibleName(label.replace("&", ""))
            button.clicked.connect(handler)
            button.clicked.connect(self.hide)
            self._buttons_layout.addWidget(button)
            self._buttons.append(button)
        self.show()
