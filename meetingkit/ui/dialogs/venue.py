"""The venue's two dialogs: "Connect to the venue…" (paste the join code or pick a relay heard on the network)
and "Share this event at the venue" (the join code as text and as a QR code)."""

from __future__ import annotations

import io
from collections.abc import Callable

import segno
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.venue.discovery import Found
from meetingkit.venue.joincode import JoinCode, JoinCodeError, parse

FOUND_POLL_MS = 1000  # the mDNS browser fills its list in the background
ADDRESS_ROLE = Qt.ItemDataRole.UserRole
FOUND_ROLE = Qt.ItemDataRole.UserRole + 1


class ConnectVenueDialog(QDialog):
    """Emits connect_requested(JoinCode) with a code that reads and names this event."""

    connect_requested = Signal(object)

    def __init__(
        self,
        event_id: str,
        found: Callable[[], list[Found]] = list,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connect_venue_dialog")
        self.setWindowTitle(self.tr("Connect to the venue"))
        self.resize(560, 380)
        self._event_id = event_id
        self._found = found
        intro = QLabel(
            self.tr(
                "Paste the join code the organiser shared (or scan its QR code with your phone and paste it"
                " here). Your notes stay in your file and sync while you are connected; edits made offline"
                " are sent when the connection is back."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setObjectName("join_code")
        self.code.setPlaceholderText("meetingkit://192.168.1.20:8765/…")
        self.code.setAccessibleName(self.tr("Join code"))
        self.relays = QListWidget(self)
        self.relays.setObjectName("relays_found")
        self.relays.setAccessibleName(self.tr("Relays of this event found on the network"))
        self.relays.itemActivated.connect(self._pick)
        self.problem = QLabel(self)
        self.problem.setObjectName("join_problem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = self.buttons.addButton(
            self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Join code:"), self))
        layout.addWidget(self.code)
        layout.addWidget(
            QLabel(self.tr("Relays of this event on the network (the code is still needed):"), self)
        )
        layout.addWidget(self.relays)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(FOUND_POLL_MS)
        self._timer.timeout.connect(self.refresh_found)
        self._timer.start()
        self.refresh_found()

    def refresh_found(self) -> None:
        shown = {self.relays.item(i).data(ADDRESS_ROLE) for i in range(self.relays.count())}
        for found in self._found():
            if found.event_id != self._event_id or (found.host, found.port) in shown:
                continue
            item = QListWidgetItem(self.tr("{0} at {1}:{2}").format(found.title, found.host, found.port))
            item.setData(ADDRESS_ROLE, (found.host, found.port))
            item.setData(FOUND_ROLE, found)
            self.relays.addItem(item)

    def _pick(self, item: QListWidgetItem) -> None:
        """A relay heard on the network: keep the pasted code's secret, take the address it announces."""
        found: Found = item.data(FOUND_ROLE)
        try:
            code = parse(self.code.text())
        except JoinCodeError:
            self.problem.setText(
                self.tr("Paste the join code too: the network does not announce the secret.")
            )
            return
        self.code.setText(str(found.code_with(code)))

    def _accept(self) -> None:
        try:
            code = parse(self.code.text())
        except JoinCodeError:
            self.problem.setText(
                self.tr(
                    "That is not a join code: it looks like meetingkit://HOST:PORT/EVENT?key=…&tls=… (copy it whole)."
                )
            )
            return
        if code.event_id != self._event_id:
            self.problem.setText(self.tr("This join code is for another event than the one open here."))
            return
        self._timer.stop()
        self.connect_requested.emit(code)
        self.accept()


class ShareVenueDialog(QDialog):
    """The join code to share while this app is the relay; Stop sharing ends it."""

    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("share_venue_dialog")
        self.setWindowTitle(self.tr("Share this event at the venue"))
        intro = QLabel(
            self.tr(
                "Rapporteurs choose Event › Connect to the venue… and paste this code, or scan the QR code."
                " Keep this laptop awake and on the venue's network; closing the event stops sharing."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setObjectName("shared_code")
        self.code.setReadOnly(True)
        self.code.setAccessibleName(self.tr("Join code"))
        self.code.setPlaceholderText(self.tr("Starting…"))
        self.qr = QLabel(self)
        self.qr.setObjectName("join_qr")
        self.qr.setAccessibleName(self.tr("The join code as a QR code"))
        copy = QPushButton(self.tr("Copy the code"), self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.code.text()))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        stop = self.buttons.addButton(self.tr("Stop sharing"), QDialogButtonBox.ButtonRole.DestructiveRole)
        stop.clicked.connect(self.stop_requested)
        stop.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addWidget(copy)
        layout.addWidget(self.qr)
        layout.addWidget(self.buttons)

    def show_code(self, code: JoinCode) -> None:
        text = str(code)
        self.code.setText(text)
        pixmap = QPixmap()
        pixmap.loadFromData(qr_png(text))
        self.qr.setPixmap(pixmap)


def qr_png(text: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=4, border=2)
    return buffer.getvalue()
