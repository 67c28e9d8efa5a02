"""Screenshots of "Connect to the venue…" and the status bar once connected: QT_QPA_PLATFORM=offscreen python THIS.

The sample event is served by a relay on 127.0.0.1 (as `meetingkit relay` does), a second laptop ("Ben Okafor")
is connected, and Ana's window pastes the join code; written to docs/screenshots/venue-join.png and
venue-status.png. Everything happens in a temporary MEETINGKIT_HOME and folder.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from meetingkit.sample.build import write_sample
from meetingkit.store import EventStore
from meetingkit.ui.actions import ActionId
from meetingkit.ui.app import AppController
from meetingkit.ui.dialogs.venue import ConnectVenueDialog
from meetingkit.venue import client
from meetingkit.venue.endpoint import StoreEndpoint
from meetingkit.venue.joincode import JoinCode
from meetingkit.venue.relay import Relay, credentials

OUT = Path(__file__).resolve().parent
SIZE = (1280, 800)


def _in_thread(path: Path, author: str, run: object) -> None:
    def main() -> None:
        with EventStore.open(path, author=author) as store:
            asyncio.run(run(store))  # type: ignore[operator]

    threading.Thread(target=main, daemon=True).start()


def _wait(condition: object, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        os.environ["MEETINGKIT_HOME"] = home
        app = QApplication([sys.argv[0]])
        controller = AppController.start(app, settings=None, ask=lambda *_: True)
        organiser = write_sample(Path(home) / "learning-meeting.meeting")
        ana, ben = Path(home) / "ana.meeting", Path(home) / "ben.meeting"
        shutil.copy(organiser, ana)
        shutil.copy(organiser, ben)
        codes: list[JoinCode] = []

        async def serve(store: EventStore) -> None:
            relay = Relay(StoreEndpoint(store), store.event().id, credentials(store), "127.0.0.1", 0)
            relay.advertised_host = "192.168.1.20"  # shown as a venue's address would be
            await relay.run(asyncio.Event(), codes.append)

        _in_thread(organiser, "Organiser", serve)
        _wait(lambda: codes)
        shown = codes[0]
        code = JoinCode("127.0.0.1", shown.port, shown.event_id, shown.secret, shown.fingerprint)

        async def ben_watch(store: EventStore) -> None:
            await client.watch(StoreEndpoint(store), code, "Ben Okafor", asyncio.Event())

        _in_thread(ben, "Ben Okafor", ben_watch)

        window = controller.open_path(ana)
        assert window is not None
        window.document.store.author = "Ana Ruiz"
        window.resize(*SIZE)
        window.show()
        window.venue.browse = False
        window.action_of[ActionId.CONNECT_VENUE].trigger()
        dialog = window.findChild(ConnectVenueDialog)
        assert dialog is not None
        dialog.code.setText(str(shown))
        QCoreApplication.processEvents()
        dialog.grab().save(str(OUT / "venue-join.png"), "PNG")
        dialog.code.setText(str(code))
        dialog.connect_button.click()
        _wait(lambda: "Ben" in window.venue.label.text())
        for _ in range(20):  # let the status bar lay the new text out
            QCoreApplication.processEvents()
            time.sleep(0.01)
        window.grab().save(str(OUT / "venue-status.png"), "PNG")
        print(window.venue.label.text())
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
