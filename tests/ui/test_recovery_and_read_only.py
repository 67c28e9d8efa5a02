"""Never lose a line: a draft survives a killed process; a second instance gets the file read-only."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.store import EventStore
from meetingkit.ui.app import AppController
from meetingkit.ui.views.session_view import RECOVERED_MESSAGE

# Runs the real app on the file, types without pressing Enter, waits for the draft to reach the
# file (event-driven, no sleeps), then dies the hard way: no close event, no cleanup at all.
CRASHING_APP = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QEventLoop
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from meetingkit.ui.app import AppController

    app = QApplication([])
    controller = AppController.start(app, settings=None, install_pages=lambda window: None)
    window = controller.open_path(Path(sys.argv[1]))
    window.show()
    loop = QEventLoop()
    window.document.draft_saved.connect(loop.quit)
    QTest.keyClicks(window.session_view.capture, "The budget line nobody sent")
    loop.exec()
    print("draft saved", flush=True)
    if hasattr(signal, "SIGKILL"):
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(9)
    """
)


def test_a_line_typed_before_a_crash_is_offered_back(
    qtbot: QtBot, controller: AppController, event_path: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    crashed = subprocess.run(
        [sys.executable, "-c", CRASHING_APP, str(event_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "draft saved" in crashed.stdout, crashed.stderr
    assert crashed.returncode != 0  # killed, not closed

    window = controller.open_path(event_path)
    assert window is not None  # the dead process's lock went with it
    qtbot.waitExposed(window)
    view = window.session_view
    assert view.capture.text() == "The budget line nobody sent"
    assert view.banner.isVisibleTo(window)
    assert view.banner.text == RECOVERED_MESSAGE
    window.activateWindow()
    qtbot.waitUntil(view.capture.hasFocus)  # the capture line is where the keyboard goes

    # Enter sends it like any other line.
    qtbot.keyClick(view.capture, Qt.Key.Key_Return)
    assert window.document.store.items(view.session_id)[-1].text == "The budget line nobody sent"
    assert window.document.store.draft(view.session_id or "") == ""


def test_a_draft_left_by_a_closed_window_is_offered_back(
    qtbot: QtBot, controller: AppController, event_path: Path
) -> None:
    window = controller.open_path(event_path)
    assert window is not None
    qtbot.keyClicks(window.session_view.capture, "closing mid-sentence")
    window.close()
    again = controller.open_path(event_path)
    assert again is not None
    assert again.session_view.capture.text() == "closing mid-sentence"
    assert again.session_view.banner.text == RECOVERED_MESSAGE


def test_discarding_a_recovered_line_clears_it_from_the_file(
    controller: AppController, event_path: Path
) -> None:
    with EventStore.open(event_path) as store:
        store.save_draft(store.sessions()[0].id, "stale words")
    window = controller.open_path(event_path)
    assert window is not None
    window.session_view.discard_draft()
    assert window.session_view.capture.text() == ""
    assert window.document.store.draft(window.session_view.session_id or "") == ""


def test_second_instance_is_told_and_opens_read_only(
    qtbot: QtBot, controller: AppController, event_path: Path, answers: list[str]
) -> None:
    holder = EventStore.open(event_path, lock=True)  # another meetingkit has the file open
    try:
        window = controller.open_path(event_path)
        assert window is not None
        assert len(answers) == 1 and "already open" in answers[0] and "read-only" in answers[0]
        assert window.document.read_only
        assert window.windowTitle().endswith("(read-only)")
        view = window.session_view
        assert not view.capture.isEnabled()
        assert "read-only" in view.banner.text
        assert view.summary.editor.isReadOnly()
        assert not view.model.flags(view.model.index(0)) & Qt.ItemFlag.ItemIsEditable
        # Reading and searching still work, and nothing reaches the file.
        assert view.model.rowCount() == 3
        assert window.search_panel.model.run("calendar") == 1
        before = holder.items(view.session_id)
        qtbot.keyClick(view.stream, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert holder.items(view.session_id) == before
    finally:
        holder.close()


def test_the_read_only_window_sees_the_other_instance_typing(
    controller: AppController, event_path: Path
) -> None:
    holder = EventStore.open(event_path, lock=True)
    try:
        window = controller.open_path(event_path)
        assert window is not None
        session_id = window.session_view.session_id or ""
        holder.add_entry(session_id, "typed in the other window")
        assert window.document.check_external_changes()
        texts = [
            window.session_view.model.index(r).data() for r in range(window.session_view.model.rowCount())
        ]
        assert texts[-1] == "typed in the other window"
    finally:
        holder.close()
