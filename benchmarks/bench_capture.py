"""Time from Enter in the capture line to "Saved" in the status bar, on the real window.

For each reference event, opens the main window (Sessions page) offscreen, puts a quick-entry line in
the capture line and presses Enter --lines times, and records two moments after the key press:
the status indicator's text says "Saved" (the commit has returned; set synchronously), and the
indicator has been painted (what the user sees). A bare SQLite INSERT + COMMIT with the same journal
and synchronous=FULL, in the same folder, gives the floor set by the disk's fsync.

    .venv/bin/python benchmarks/bench_capture.py [--lines 200] [--dir DIR] [--event congress|barcelona|both]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_files import write_barcelona, write_congress

LINES = [
    "! Circulate the peer-learning calendar @UCLG due:2026-10-15 ^short",
    "~ @Metropolis and @UCLG align their training agendas #training",
    "= The next meeting is hosted by Montevideo",
    "? How do we measure what cities learned",
    "* Cities learn best from peers facing the same problem",
    "The mayor stressed the role of technical staff in every exchange",
]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def bare_sqlite(folder: Path, n: int) -> list[float]:
    path = folder / "bare.db"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, text TEXT)")
    times = []
    for i in range(n):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO item(text) VALUES (?)", (LINES[i % len(LINES)],))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


def capture(path: Path, n: int) -> tuple[list[float], list[float]]:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from meetingkit.ui.app import AppController

    app = QApplication.instance() or QApplication([sys.argv[0]])
    controller = AppController.start(app, settings=None, install_pages=lambda window: None)
    window = controller.open_path(path)
    assert window is not None
    window.show()
    window.activateWindow()
    app.processEvents()
    line = window.session_view.capture
    status = window.save_status
    said: list[float] = []
    painted: list[float] = []

    loop = QEventLoop()

    class PaintWatch(QObject):
        armed = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.armed and event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
                self.armed = False
                loop.quit()
            return False

    watch = PaintWatch()
    status.installEventFilter(watch)
    pending = [False]

    def on_saved(_text: str) -> None:
        if pending[0]:  # the note's commit, not the draft clean-up that may follow it
            said.append(time.perf_counter())
            pending[0] = False

    window.document.saved.connect(on_saved)
    starts: list[float] = []
    for i in range(n):
        line.setText(LINES[i % len(LINES)])
        status.setText("")  # two saves in the same second show the same text: make each one a change
        watch.armed = True
        pending[0] = True
        starts.append(time.perf_counter())
        QTest.keyClick(line, Qt.Key.Key_Return)
        assert status.text().startswith("Saved") and line.text() == ""
        if watch.armed:
            # An event loop until the paint, not processEvents() in a loop: PySide6 6.12 corrupts
            # None's reference count when processEvents() is called thousands of times.
            loop.exec()
    note_saved = said
    window.close()
    controller.deleteLater()
    return [s - t for s, t in zip(note_saved, starts, strict=True)], [
        p - t for p, t in zip(painted, starts, strict=True)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "meetingkit-bench")
    parser.add_argument("--event", choices=("congress", "barcelona", "both"), default="both")
    args = parser.parse_args()
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["MEETINGKIT_HOME"] = tempfile.mkdtemp(prefix="meetingkit-bench-home-")
    args.dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="meetingkit-capture-", dir=args.dir))
    try:
        floor = bare_sqlite(work, args.lines)
        print(f"{args.lines} lines each; median / 95th percentile, milliseconds")
        print(
            f"bare SQLite insert+commit:        {statistics.median(floor) * 1000:6.2f} / {percentile(floor, 0.95) * 1000:6.2f}"
        )
        events = []
        if args.event in ("barcelona", "both"):
            events.append(("barcelona", write_barcelona(args.dir / "barcelona.meeting")))
        if args.event in ("congress", "both"):
            events.append(("congress", write_congress(args.dir / "congress.meeting")))
        for name, source in events:
            copy = work / source.name  # typed notes must not grow the shared reference file
            shutil.copyfile(source, copy)
            said, painted = capture(copy, args.lines)
            print(
                f"{name:<10} Enter -> 'Saved' set:     {statistics.median(said) * 1000:6.2f} / {percentile(said, 0.95) * 1000:6.2f}"
            )
            print(
                f"{name:<10} Enter -> 'Saved' painted: {statistics.median(painted) * 1000:6.2f} / {percentile(painted, 0.95) * 1000:6.2f}"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
