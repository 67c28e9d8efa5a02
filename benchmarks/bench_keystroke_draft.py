"""Keystroke to draft on disk while typing never pauses, and Enter to "Saved" with the completion popup open.

For each reference event, opens the main window (Sessions page) offscreen and:

1. types --chars characters into the capture line, one every --interval ms from a timer (typing never
   pauses), and records for every keystroke the time until a committed draft holds it (the document's
   draft_saved signal fires after COMMIT returned);
2. --lines times, types a line ending in "@Metr" key by key (so the completion popup opens and takes
   the keyboard), presses Enter where the keyboard would send it (the popup), and records Enter -> the
   note's commit ("Saved"); the same lines with the popup closed by Escape first are the baseline.

A bare SQLite INSERT + COMMIT (rollback journal, synchronous=FULL) in the same folder is the disk's floor.

    .venv/bin/python benchmarks/bench_keystroke_draft.py [--chars 600] [--interval 15] [--lines 100] [--dir DIR]
                                               [--event barcelona|congress|both]

The congress event here has its 10,000 items and 100 sessions but no photos (they play no part in typing).
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
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_files import write_barcelona, write_congress

TEXT = (
    "The mayor said the metropolitan budget for peer learning doubles next year, and that every city "
    "in the network should send two technical staff to each exchange, not only elected officials. "
)
LINE = "Circulate the draft calendar to the members and to "


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def ms(values: list[float]) -> str:
    return f"p50 {statistics.median(values) * 1000:7.2f}  p99 {percentile(values, 0.99) * 1000:7.2f}"


def bare_sqlite(folder: Path, n: int) -> list[float]:
    path = folder / "bare.db"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE draft (id INTEGER PRIMARY KEY, text TEXT)")
    times = []
    for i in range(n):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT OR REPLACE INTO draft(id, text) VALUES (1, ?)", (TEXT[: i % len(TEXT)],))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


def open_window(path: Path) -> Any:
    from PySide6.QtWidgets import QApplication

    from meetingkit.ui.app import AppController

    app = QApplication.instance() or QApplication([sys.argv[0]])
    controller = AppController.start(
        app, settings=None, ask_name=lambda _p: None, install_pages=lambda window: None
    )
    window = controller.open_path(path)
    assert window is not None
    window.show()
    window.activateWindow()
    while not window.isActiveWindow():  # the popup only takes the keyboard from an active window
        app.processEvents()
    # A session with few notes, as during a live session; the draft is the line typed there.
    store = window.document.store
    quiet = min(store.sessions(), key=lambda s: len(store.items(s.id)))
    window.open_session(quiet.id, focus_capture=True)
    return controller, window


def keystroke_to_draft(window: Any, chars: int, interval_ms: int) -> list[float]:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    capture = window.session_view.capture
    capture.clear()
    text = (TEXT * (chars // len(TEXT) + 1))[:chars]
    typed_at: list[float] = []
    latencies: list[float] = []
    persisted = [0]
    loop = QEventLoop()

    def on_draft(_session_id: str) -> None:
        now = time.perf_counter()
        # draft_saved fires inside save_draft, which wrote capture.text(): that many keys are on disk.
        held = len(capture.text())
        latencies.extend(now - typed_at[k] for k in range(persisted[0], min(held, len(typed_at))))
        persisted[0] = max(persisted[0], held)
        if persisted[0] >= len(text):
            loop.quit()

    window.document.draft_saved.connect(on_draft)
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(interval_ms)

    def next_key() -> None:
        QTest.keyClicks(capture, text[len(typed_at)])
        typed_at.append(time.perf_counter())
        if len(typed_at) == len(text):
            timer.stop()

    timer.timeout.connect(next_key)
    timer.start()
    loop.exec()
    window.document.draft_saved.disconnect(on_draft)
    capture.clear()
    capture.save_draft()
    return latencies


def enter_to_saved(window: Any, lines: int, *, popup: bool) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    capture = window.session_view.capture
    said: list[float] = []
    pending = [False]

    def on_saved(_text: str) -> None:
        if pending[0]:  # the note's commit, not the draft clean-up that follows it
            said.append(time.perf_counter())
            pending[0] = False

    window.document.saved.connect(on_saved)
    starts: list[float] = []
    for i in range(lines):
        capture.setText(f"{LINE}{i} ")
        QTest.keyClicks(capture, "@Metr")
        assert capture.completer_popup_visible(), "the completion popup did not open"
        if not popup:  # the same line, the popup closed with Escape first: the baseline
            QTest.keyClick(QApplication.activePopupWidget() or capture, Qt.Key.Key_Escape)
            assert not capture.completer_popup_visible()
        target = QApplication.activePopupWidget() or capture
        pending[0] = True
        starts.append(time.perf_counter())
        QTest.keyClick(target, Qt.Key.Key_Return)
        assert capture.text() == "" and not pending[0], "Enter did not send the line"
    window.document.saved.disconnect(on_saved)
    return [s - t for s, t in zip(said, starts, strict=True)]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--chars", type=int, default=600)
    parser.add_argument("--interval", type=int, default=15, help="ms between keys (15 = 65 characters/s)")
    parser.add_argument("--lines", type=int, default=100)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "meetingkit-bench")
    parser.add_argument("--event", choices=("congress", "barcelona", "both"), default="both")
    args = parser.parse_args()
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["MEETINGKIT_HOME"] = tempfile.mkdtemp(prefix="meetingkit-bench-home-")
    args.dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="meetingkit-draft-", dir=args.dir))
    try:
        floor = bare_sqlite(work, 200)
        print(f"milliseconds; {args.chars} keys at one per {args.interval} ms; {args.lines} lines with Enter")
        print(f"bare SQLite insert+commit:                 {ms(floor)}")
        events = []
        if args.event in ("barcelona", "both"):
            events.append(("barcelona", write_barcelona(args.dir / "barcelona.meeting")))
        if args.event in ("congress", "both"):
            events.append(("congress", write_congress(args.dir / "congress-no-photos.meeting", photos=0)))
        for name, source in events:
            copy = work / source.name  # typed notes must not grow the shared reference file
            shutil.copyfile(source, copy)
            controller, window = open_window(copy)
            draft = keystroke_to_draft(window, args.chars, args.interval)
            plain = enter_to_saved(window, args.lines, popup=False)
            popup = enter_to_saved(window, args.lines, popup=True)
            print(f"{name:<10} keystroke -> draft committed:    {ms(draft)}  (max {max(draft) * 1000:.1f})")
            print(f"{name:<10} Enter -> 'Saved', no popup:      {ms(plain)}")
            print(f"{name:<10} Enter -> 'Saved', popup open:    {ms(popup)}")
            window.close()
            controller.deleteLater()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
