"""Run the real app on an event and type a line into the capture line, one key every few milliseconds.

    python typing_driver.py EVENT.meeting TEXT

Prints "session ID" once the window is up, then "TIME COUNT" after each key (monotonic clock, so the
test that kills this process can tell which keys came how long before the kill). Typing never pauses.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from meetingkit.ui.app import main
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.settings import Settings

KEY_INTERVAL_MS = 15  # about 65 characters a second: a fast typist who never stops


def drive(text: str) -> None:
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    capture = window.session_view.capture
    print(f"session {window.session_view.session_id}", flush=True)
    typed = 0

    def next_key() -> None:
        nonlocal typed
        # An open completion popup takes the keyboard, as it does for a real keyboard.
        QTest.keyClicks(QApplication.activePopupWidget() or capture, text[typed])
        typed += 1
        print(f"{time.monotonic():.6f} {typed}", flush=True)
        if typed == len(text):
            timer.stop()

    timer = QTimer(capture)
    timer.setInterval(KEY_INTERVAL_MS)
    timer.timeout.connect(next_key)
    timer.start()


if __name__ == "__main__":
    event, line = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([sys.argv[0]])
    Settings().set_value("author_name", "Rapporteur")  # answered at first start, long ago
    QTimer.singleShot(0, lambda: drive(line))
    sys.exit(main([str(event)]))
