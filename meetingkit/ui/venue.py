"""The desktop side of the venue: connect to a relay, or be the relay, and the status-bar indicator.

The relay and the live client run on a worker thread with their own asyncio event loop; the event file
belongs to the UI thread, so every call they make on it (state, what the other side lacks, an incoming
update) is run on the UI thread through a queued signal while the worker waits. Updates received become
one `refresh_all` of the document, so every view re-reads; edits saved here nudge the worker to send them.
"""

from __future__ import annotations

import concurrent.futures
import threading
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox

from meetingkit.venue.endpoint import StoreEndpoint

if TYPE_CHECKING:
    # asyncio (with ssl, subprocess, socket: a tenth of the launch) is imported when the venue is first
    # used, not at launch.
    import asyncio

    from meetingkit.ui.dialogs.venue import ConnectVenueDialog, ShareVenueDialog
    from meetingkit.ui.main_window import MainWindow
    from meetingkit.venue import client
    from meetingkit.venue.joincode import JoinCode
    from meetingkit.venue.relay import Relay

CALL_TIMEOUT = 60.0  # seconds a worker waits for the UI thread (a long merge may hold it)


class UiThreadEndpoint(QObject):
    """The Endpoint the workers use: each call runs on the UI thread (the store's), the worker waits."""

    _call = Signal(object)
    received = Signal()  # the file changed through an incoming update

    def __init__(self, endpoint: StoreEndpoint, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._endpoint = endpoint
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)
        self.closing = False

    def _run(self, job: tuple[Callable[[], Any], concurrent.futures.Future[Any]]) -> None:
        function, future = job
        try:
            future.set_result(function())
        except BaseException as exc:  # handed to the worker, which reports it
            future.set_exception(exc)

    def _on_ui(self, function: Callable[[], Any]) -> Any:
        if self.closing:
            raise ConnectionAbortedError("the event is closing")
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        self._call.emit((function, future))
        return future.result(CALL_TIMEOUT)

    def state(self) -> bytes:
        result: bytes = self._on_ui(self._endpoint.state)
        return result

    def update_since(self, remote_state: bytes | None) -> bytes:
        result: bytes = self._on_ui(lambda: self._endpoint.update_since(remote_state))
        return result

    def receive(self, update: bytes) -> int:
        def apply() -> int:
            touched = self._endpoint.receive(update)
            if touched:
                self.received.emit()
            return touched

        result: int = self._on_ui(apply)
        return result

    def waiting(self, remote_state: bytes) -> int:
        result: int = self._on_ui(lambda: self._endpoint.waiting(remote_state))
        return result

    def changed_elsewhere(self) -> bool:
        result: bool = self._on_ui(self._endpoint.changed_elsewhere)
        return result


class _Worker:
    """A thread running one coroutine on its own event loop until stopped."""

    def __init__(
        self, make: Callable[[asyncio.Event], Coroutine[Any, Any, None]], on_error: Callable[[str], None]
    ):
        self.loop: asyncio.AbstractEventLoop | None = None
        self.stop_event: asyncio.Event | None = None
        self._make = make
        self._on_error = on_error
        self._ready = threading.Event()
        self.thread = threading.Thread(target=self._main, name="venue", daemon=True)
        self.thread.start()
        self._ready.wait(10)

    def _main(self) -> None:
        import asyncio

        from meetingkit.venue import client

        async def main() -> None:
            self.loop, self.stop_event = asyncio.get_running_loop(), asyncio.Event()
            self._ready.set()
            await self._make(self.stop_event)

        try:
            asyncio.run(main())
        except client.SyncError as exc:
            self._on_error(str(exc))
        except ConnectionAbortedError:
            pass  # the window is closing
        except (OSError, TimeoutError) as exc:  # the port is taken; the UI thread stayed busy too long
            self._on_error(str(getattr(exc, "strerror", None) or exc or "timed out"))
        finally:
            self._ready.set()

    def call(self, function: Callable[[], Any]) -> None:
        if self.loop is not None and not self.loop.is_closed():
            try:
                self.loop.call_soon_threadsafe(function)
            except RuntimeError:
                pass  # the loop just ended

    def stop(self) -> None:
        if self.stop_event is not None:
            self.call(self.stop_event.set)
        # The worker may be waiting for the UI thread: keep serving it while it winds down.
        for _ in range(500):
            if not self.thread.is_alive():
                return
            QCoreApplication.processEvents()
            self.thread.join(0.02)


class Venue(QObject):
    """Owned by one main window: the two actions, the dialogs, the worker and the status-bar label."""

    status_changed = Signal(object)  # client.Status
    code_ready = Signal(object)  # JoinCode (sharing)
    peers_changed = Signal(object)  # tuple of names (sharing)
    failed = Signal(str)

    def __init__(self, window: MainWindow, *, browse: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self._worker: _Worker | None = None
        self._nudge: asyncio.Event | None = None
        self._relay: Relay | None = None
        self._browser: Any = None
        self.browse = browse  # look for relays with mDNS when the connect dialog opens
        # Where "Share" listens; None: every interface, on the relay's default port.
        self.listen: tuple[str, int] | None = None
        self.code: JoinCode | None = None
        self.status: client.Status | None = None
        self.endpoint = UiThreadEndpoint(StoreEndpoint(self.document.store), self)
        self.endpoint.received.connect(self.document.refresh_all)

        self.label = QLabel(window)
        self.label.setObjectName("venue_status")
        self.label.setAccessibleName(self.tr("At the venue"))
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)

        self.status_changed.connect(self._show_status)
        self.peers_changed.connect(self._show_peers)
        self.failed.connect(self._failed)
        self.document.saved.connect(self._local_edit)

    # ---------------------------------------------------------------- connecting to a relay

    def choose_relay(self) -> ConnectVenueDialog:
        from meetingkit.ui.dialogs.venue import ConnectVenueDialog

        found: Callable[[], list[Any]] = list
        if self.browse and self._browser is None:
            from meetingkit.venue.discovery import Browser

            self._browser = Browser()
        if self._browser is not None:
            found = self._browser.found
        dialog = ConnectVenueDialog(self.document.store.event().id, found, self.window)
        dialog.connect_requested.connect(self.connect_to)
        dialog.open()
        return dialog

    def connect_to(self, code: JoinCode) -> None:
        self.stop()
        self.code = code
        author = self.document.store.author
        self._set_label(self.tr("At the venue: connecting…"))
        import asyncio

        from meetingkit.venue import client

        async def run(stop: asyncio.Event) -> None:
            self._nudge = asyncio.Event()
            await client.watch(
                self.endpoint, code, author, stop, on_status=self.status_changed.emit, nudge=self._nudge
            )

        self.endpoint.closing = False
        self._worker = _Worker(run, self.failed.emit)

    def _show_status(self, status: client.Status) -> None:
        self.status = status
        if status.connected:
            others = [n for n in status.peers if n != self.document.store.author]
            who = ", ".join(others) if others else self.tr("nobody else yet")
            self._set_label(self.tr("At the venue: connected · {0}").format(who))
        elif status.waiting:
            self._set_label(self.tr("At the venue: offline · %n change(s) waiting", "", status.waiting))
        else:
            self._set_label(self.tr("At the venue: offline"))

    # ---------------------------------------------------------------- being the relay

    def share(self) -> ShareVenueDialog:
        from meetingkit.ui.dialogs.venue import ShareVenueDialog
        from meetingkit.venue.relay import DEFAULT_PORT

        dialog = ShareVenueDialog(self.window)
        dialog.stop_requested.connect(self.stop)
        self.code_ready.connect(dialog.show_code)
        if self._relay is None:
            self.stop()
            self._start_relay(*(self.listen or ("0.0.0.0", DEFAULT_PORT)))
        elif self.code is not None:
            dialog.show_code(self.code)
        dialog.open()
        return dialog

    def _start_relay(self, host: str, port: int) -> None:
        # The network stack (websockets, TLS, mDNS) is loaded when the venue is first used, not at launch.
        from meetingkit.venue.relay import Relay, credentials
        from meetingkit.venue.run import lan_address

        store = self.document.store
        relay = Relay(
            self.endpoint,
            store.event().id,
            credentials(store),
            host=host,
            port=port,
            advertised_host=lan_address() if host == "0.0.0.0" else host,
            on_peers=self.peers_changed.emit,
        )
        self._relay = relay

        def ready(code: JoinCode) -> None:
            self.code = code
            self.code_ready.emit(code)

        async def run(stop: asyncio.Event) -> None:
            await relay.run(stop, ready)

        self.endpoint.closing = False
        self._set_label(self.tr("Sharing at the venue: nobody connected yet"))
        self._worker = _Worker(run, self.failed.emit)

    def _show_peers(self, names: tuple[str, ...]) -> None:
        if names:
            self._set_label(self.tr("Sharing at the venue: {0}").format(", ".join(names)))
        else:
            self._set_label(self.tr("Sharing at the venue: nobody connected yet"))

    # ---------------------------------------------------------------- both

    def _local_edit(self) -> None:
        """An edit was saved here: send it now rather than at the next look."""
        worker = self._worker
        if worker is None:
            return
        if self._relay is not None:
            relay = self._relay
            worker.call(relay.push_local)
        elif self._nudge is not None:
            worker.call(self._nudge.set)

    def _failed(self, message: str) -> None:
        self._worker = None
        self._relay = None
        self._set_label(self.tr("At the venue: not connected"))
        QMessageBox.warning(self.window, self.tr("At the venue"), message)

    def _set_label(self, text: str) -> None:
        self.label.setText(text)
        # The status bar squeezes permanent widgets to their first size; the names change as people come.
        self.label.setMinimumWidth(self.label.sizeHint().width())
        self.label.setVisible(bool(text))

    def stop(self) -> None:
        """Disconnect or stop sharing (closing the event does it too); the file keeps everything."""
        worker, self._worker = self._worker, None
        self._relay = None
        self._nudge = None
        if worker is not None:
            worker.stop()
            self.endpoint.closing = True
            self._set_label("")
        if self._browser is not None:
            self._browser.close()
            self._browser = None
