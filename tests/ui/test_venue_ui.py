"""At the venue in the app: connect with a pasted join code, see notes arrive, send typed ones, see the status;
share the event (the app is the relay) and see who connected."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.venue import RelayThread, add_notes, notes, sync

from meetingkit.store import EventStore
from meetingkit.ui.actions import ActionId
from meetingkit.ui.dialogs.venue import ConnectVenueDialog, ShareVenueDialog
from meetingkit.ui.main_window import MainWindow
from meetingkit.venue.discovery import Found
from meetingkit.venue.joincode import JoinCode, parse

WAIT = 60_000  # ms: generous, the machine is shared


def _opening(path: Path) -> str:
    with EventStore.open(path, read_only=True) as store:
        return next(s.id for s in store.sessions() if s.title == "Opening plenary")


def _type_note(qtbot: QtBot, window: MainWindow, text: str) -> None:
    session = next(s for s in window.document.store.sessions() if s.title == "Opening plenary")
    window.navigator.select_record(session.id)
    capture = window.session_view.capture
    capture.setFocus()
    qtbot.keyClicks(capture, text)
    with qtbot.waitSignal(window.document.saved, timeout=WAIT):
        qtbot.keyClick(capture, Qt.Key.Key_Return)


def test_connect_with_a_pasted_code_then_notes_flow_both_ways_and_the_status_says_so(
    qtbot: QtBot, window: MainWindow, event_path: Path, tmp_path: Path
) -> None:
    organiser = tmp_path / "organiser.meeting"
    shutil.copyfile(event_path, organiser)
    add_notes(organiser, _opening(organiser), ["Ben: from the other room"], "Ben")
    relay = RelayThread(organiser)
    code = relay.start()
    try:
        window.venue.browse = False  # no mDNS on the test machine's network
        window.action_of[ActionId.CONNECT_VENUE].trigger()
        dialog = window.findChild(ConnectVenueDialog)
        assert dialog is not None
        qtbot.keyClicks(dialog.code, str(code))
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        label = window.venue.label
        qtbot.waitUntil(lambda: "connected" in label.text(), timeout=WAIT)
        # Ben's note, typed on another laptop, is in this window's session now.
        qtbot.waitUntil(
            lambda: "Ben: from the other room" in {i.text for i in window.document.store.items()},
            timeout=WAIT,
        )
        _type_note(qtbot, window, "Typed here, live")
        qtbot.waitUntil(lambda: "Typed here, live" in notes(organiser), timeout=WAIT)

        relay.stop()
        qtbot.waitUntil(lambda: "offline" in label.text(), timeout=WAIT)
        _type_note(qtbot, window, "Typed while the relay was away")
        qtbot.waitUntil(lambda: "waiting" in label.text(), timeout=WAIT)
        relay = RelayThread(organiser, code.port)
        relay.start()
        qtbot.waitUntil(lambda: "Typed while the relay was away" in notes(organiser), timeout=WAIT)
        qtbot.waitUntil(lambda: "connected" in label.text(), timeout=WAIT)
    finally:
        window.venue.stop()
        relay.stop()


def test_a_code_that_does_not_read_is_explained_in_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    window.venue.browse = False
    dialog = window.venue.choose_relay()
    qtbot.keyClicks(dialog.code, "hello")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "not a join code" in dialog.problem.text()
    assert dialog.isVisible()
    dialog.reject()


def test_share_shows_the_code_and_qr_and_who_connected(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    laptop = tmp_path / "ana.meeting"
    window.venue.listen = ("127.0.0.1", 0)
    window.action_of[ActionId.SHARE_VENUE].trigger()
    dialog = window.findChild(ShareVenueDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.code.text().startswith("meetingkit://"), timeout=WAIT)
    assert not dialog.qr.pixmap().isNull()
    code = window.venue.code
    assert code is not None
    # Ana's copy of the event (handed out before the meeting) with a note of her own.
    shutil.copyfile(window.document.store.path, laptop)
    add_notes(laptop, _opening(laptop), ["Ana: typed in room 2"], "Ana")
    done = threading.Event()
    threading.Thread(target=lambda: (sync(laptop, code, "Ana"), done.set()), daemon=True).start()
    qtbot.waitUntil(done.is_set, timeout=WAIT)  # the relay answered through this window's file
    assert "Ana: typed in room 2" in {i.text for i in window.document.store.items()}
    _type_note(qtbot, window, "Organiser: noted")
    done.clear()
    threading.Thread(target=lambda: (sync(laptop, code, "Ana"), done.set()), daemon=True).start()
    qtbot.waitUntil(done.is_set, timeout=WAIT)
    assert "Organiser: noted" in notes(laptop)
    dialog.accept()
    window.venue.stop()


def test_a_relay_heard_on_the_network_gives_the_pasted_code_its_new_address(qtbot: QtBot) -> None:
    code = JoinCode("192.168.1.20", 8765, "e" * 8, "s" * 20, "f" * 43)
    heard = [
        Found("Congress", "e" * 8, "192.168.1.31", 9000, "f" * 43),
        Found("Another event", "x" * 8, "192.168.1.40", 8765, "g" * 43),
    ]
    dialog = ConnectVenueDialog("e" * 8, lambda: heard)
    qtbot.addWidget(dialog)
    assert [dialog.relays.item(i).text() for i in range(dialog.relays.count())] == [
        "Congress at 192.168.1.31:9000"
    ]
    qtbot.keyClicks(dialog.code, str(code))
    dialog.relays.itemActivated.emit(dialog.relays.item(0))
    assert parse(dialog.code.text()) == JoinCode("192.168.1.31", 9000, "e" * 8, "s" * 20, "f" * 43)
