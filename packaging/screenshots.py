"""Render the README screenshots offscreen: welcome screen, a session during capture, the event search, and
every page of the window at 1280×800 and 1920×1080 in English and French.

    python packaging/screenshots.py [--out docs/screenshots]

Writes NAME.png at 1x and NAME@2x.png at 2x (QT_SCALE_FACTOR=2), and PAGE[-fr][-1920].png for each page,
each from a fresh process on a freshly written sample event in a temporary MEETINGKIT_HOME, so nothing of
the user's is shown or touched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

WIDTH, HEIGHT = 1280, 800
PAGE_SIZES = ((1280, 800), (1920, 1080))
PAGE_LANGUAGES = {"en": "en_GB.UTF-8", "fr": "fr_FR.UTF-8"}
PAGES = ("sessions", "actions", "synergies", "roadmap", "participants", "media", "outcomes")


MAX_BYTES = 300 * 1024


def shrink(target: Path, always: bool = False) -> None:
    """Keep a screenshot under 300 KB: a 256-colour palette loses nothing visible in a UI capture."""
    if target.stat().st_size <= MAX_BYTES and not always:
        return
    from PIL import Image

    with Image.open(target) as image:
        palette = image.convert("RGB").quantize(
            colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
    palette.save(target, optimize=True)


def render(out: Path, scale: int) -> None:
    """Runs inside the child process (offscreen Qt at `scale`)."""
    from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
    from PySide6.QtGui import QPainter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from meetingkit.core import zones
    from meetingkit.sample.build import write_sample
    from meetingkit.ui.app import AppController, sample_path
    from meetingkit.ui.recent import RecentEvents

    suffix = "" if scale == 1 else f"@{scale}x"
    app = QApplication([sys.argv[0]])
    controller = AppController.start(app, settings=None, ask=lambda *_: True)
    sample = sample_path()
    write_sample(sample)

    def save(widget: QWidget, name: str, popup: QWidget | None = None, line: Any = None) -> None:
        settle = QEventLoop()  # let debounced work (the summary preview) finish, as a user would see it
        QTimer.singleShot(500, settle.quit)
        settle.exec()
        app.processEvents()
        pixmap = widget.grab()
        if popup is not None and line is not None and popup.isVisible():
            # A completion popup is a window of its own: paint it where a real screen shows it, above the
            # line at the cursor. (The offscreen screen is smaller than the window, so Qt pushed the popup
            # itself left to fit: at 2x it covered the navigator.)
            painter = QPainter(pixmap)
            cursor = line.mapTo(widget, QPoint(line.cursorRect().left(), 0))
            offset = QPoint(min(cursor.x(), widget.width() - popup.width()), cursor.y() - popup.height())
            painter.drawPixmap(offset, popup.grab())
            painter.end()
        target = out / f"{name}{suffix}.png"
        pixmap.save(str(target), "PNG", 9)
        shrink(target)
        print(f"{target} {pixmap.width()}x{pixmap.height()} {target.stat().st_size // 1024} KB", flush=True)

    # Welcome: a few recent events, as after some use.
    recent = RecentEvents()
    others = [
        ("Metropolis Annual Meeting 2018", "metropolis-annual-2018.meeting"),
        ("Regional learning retreat, Dakar", "dakar-retreat.meeting"),
    ]
    folder = Path.home() / "Documents" / "meetings"
    folder.mkdir(parents=True, exist_ok=True)
    for title, name in others:
        path = folder / name
        path.write_bytes(b"")  # listed only if the file exists
        recent.remember(path, title=title)
    recent.remember(sample, title="UCLG and Metropolis: Connecting with a world of learners")
    welcome = controller.show_welcome()
    welcome.resize(880, 540)
    save(welcome, "welcome")
    welcome.close()

    window = controller.open_path(sample)
    assert window is not None
    window.resize(WIDTH, HEIGHT)  # the offscreen screen is 800x600: size the window and its docks again
    window.show()
    app.processEvents()
    window.resizeDocks([window.navigator_dock, window.inspector_dock], [280, 310], Qt.Orientation.Horizontal)
    session = next(s for s in window.document.store.sessions() if s.title.startswith("Building the roadmap"))
    view = window.session_view
    # The session clock as during the session (three quarters of an hour in), not at render time.
    day = next(d for d in window.document.store.days() if d.id == session.day_id)
    assert session.start is not None
    mid_session = dt.datetime.combine(day.date, session.start) + dt.timedelta(minutes=45)
    zone = zones.zone(window.document.store.event().timezone)
    view.header._now = lambda: mid_session.replace(tzinfo=zone)
    window.open_session(session.id, focus_capture=True)
    items = window.document.store.items(session.id)
    action = next(i for i in reversed(items) if i.action is not None)
    view.select_item(action.id)
    app.processEvents()
    view.stream.scrollToBottom()
    view.capture.setFocus()
    QTest.keyClicks(view.capture, "! Map the peer-learning offer of both networks @Metro")
    save(window, "capture", popup=view.capture._completer.popup(), line=view.capture)

    view.capture.setText("")
    QTest.keyClick(
        view.capture, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    QTest.keyClicks(window.search_panel.query, "peer learning")
    window.search_panel.run_now()
    window.resizeDocks([window.search_dock], [300], Qt.Orientation.Vertical)
    save(window, "search")
    window.close()


def render_pages(out: Path, language: str, width: int, height: int) -> None:
    """Runs inside the child process: every page of the window on the sample event, as a user first sees it."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from meetingkit.sample.build import write_sample
    from meetingkit.ui.app import AppController, sample_path
    from meetingkit.ui.views.media_view import MediaView

    app = QApplication([sys.argv[0]])
    # No preference set: the interface speaks the system's language (LANG of this process).
    controller = AppController.start(app, settings=None, ask=lambda *_: True)
    sample = write_sample(sample_path())
    window = controller.open_path(sample)
    assert window is not None
    window.resize(width, height)
    window.show()
    session = next(s for s in window.document.store.sessions() if s.title.startswith("Building the roadmap"))
    window.open_session(session.id)
    suffix = ("" if language == "en" else f"-{language}") + ("" if width == WIDTH else f"-{width}")
    for key in PAGES:
        page = window.show_view(key)
        if isinstance(page, MediaView):
            page.select_photo(page.model.attachment(0).id)
        settle = QEventLoop()  # thumbnails and previews come from workers; let them arrive
        QTimer.singleShot(1500 if isinstance(page, MediaView) else 300, settle.quit)
        settle.exec()
        app.processEvents()
        target = out / f"{key}{suffix}.png"
        pixmap = window.grab()
        pixmap.save(str(target), "PNG", 9)
        shrink(target, always=True)
        print(f"{target} {pixmap.width()}x{pixmap.height()} {target.stat().st_size // 1024} KB", flush=True)
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--render-scale", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--render-pages", nargs=3, metavar=("LANG", "W", "H"), help=argparse.SUPPRESS)
    parser.add_argument(
        "--pages-only", action="store_true", help="only the pages, in every size and language"
    )
    args = parser.parse_args()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    if args.render_scale:
        render(out, args.render_scale)
        return 0
    if args.render_pages:
        language, width, height = args.render_pages
        render_pages(out, language, int(width), int(height))
        return 0
    for language, locale in PAGE_LANGUAGES.items():
        for width, height in PAGE_SIZES:
            with tempfile.TemporaryDirectory(prefix="meetingkit-shots-") as home:
                env = {
                    **os.environ,
                    "QT_QPA_PLATFORM": "offscreen",
                    "MEETINGKIT_HOME": home,
                    "HOME": home,
                    "LANG": locale,
                    "LC_ALL": locale,
                }
                command = [sys.executable, __file__, "--out", str(out), "--render-pages", language]
                subprocess.run([*command, str(width), str(height)], env=env, check=True)
    if args.pages_only:
        return 0
    for scale in (1, 2):
        with tempfile.TemporaryDirectory(prefix="meetingkit-shots-") as home:
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": "offscreen",
                "QT_SCALE_FACTOR": str(scale),
                "MEETINGKIT_HOME": home,
                "HOME": home,  # recent paths then read ~/Documents/…, not a temporary folder
                "LANG": "en_GB.UTF-8",
            }
            subprocess.run(
                [sys.executable, __file__, "--out", str(out), "--render-scale", str(scale)],
                env=env,
                check=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
