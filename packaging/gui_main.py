"""The bundle's `meetingkit-gui` program: the wheel's `meetingkit-gui` script (meetingkit.ui.app:main), frozen.

A separate script because PyInstaller decides per program whether it opens a console window (Windows) and
which program a macOS .app starts; packaging/meetingkit.spec builds it with console=False.

MEETINGKIT_SMOKE_TEST=1 (used by .ci/bundle) starts the app as usual, and as soon as the first main window is
shown and painted prints "window shown: TITLE (WxH)" and quits with status 0: proof that the frozen app really
reaches its window, without a person to close it.
"""

import multiprocessing
import os
import sys


def _quit_once_a_window_is_shown() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])

    class WindowShown(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show and isinstance(watched, QMainWindow):
                QTimer.singleShot(0, lambda: report(watched))
            return False

    def report(window: QMainWindow) -> None:
        painted = window.grab()  # renders the whole window now, as the screen would show it
        print(f"window shown: {window.windowTitle()} ({painted.width()}x{painted.height()})", flush=True)
        app.quit()

    watcher = WindowShown(app)
    app.installEventFilter(watcher)

    # A first start asks for the author's name in a dialog; a smoke test has no one to answer it.
    from meetingkit.ui.settings import Settings

    settings = Settings()
    if not settings.author_name:
        settings.set_value("author_name", "Smoke test")


if __name__ == "__main__":
    # Photo workers of the outcome pack start through multiprocessing: a frozen worker must stop here.
    multiprocessing.freeze_support()
    if os.environ.get("MEETINGKIT_SMOKE_TEST") == "1":
        _quit_once_a_window_is_shown()  # the app's main() then uses this QApplication
    from meetingkit.ui.app import main

    sys.exit(main())
