"""Launch: the first window shows the newest notes and loads only what it needs (the rest on first use)."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QTextDocument
from PySide6.QtWidgets import QDockWidget, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from ui.keyboard import type_text

import meetingkit.ui
from meetingkit.store import EventStore
from meetingkit.ui import document as document_module
from meetingkit.ui import icons, pyside_start
from meetingkit.ui.actions import ActionId
from meetingkit.ui.app import AppController
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.recent import RecentEvents
from meetingkit.ui.warm_up import FIRST_USE_MODULES
from meetingkit.ui.widgets.stream_delegate import GAP, PAD

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

# Imported by what the user opens later (a dialog, the venue, the assistant's tabs, the pack, a preview
# of Markdown); at launch each would only delay the first window.
NOT_AT_LAUNCH = (
    "PIL",
    "anyio",
    "asyncio",
    "markdown",
    "spellchecker",
    "meetingkit.assistant",
    "meetingkit.export.pack",
    "meetingkit.ui.dialogs.new_event",
    "meetingkit.ui.dialogs.preferences",
    "meetingkit.ui.dialogs.merge_files",
    "meetingkit.ui.dialogs.session_details",
    "meetingkit.ui.views.actions_view",
    "meetingkit.ui.welcome",
    # The session page's Draft and Suggestions tabs make their panels when first opened.
    "meetingkit.ui.widgets.draft_panel",
    "meetingkit.ui.widgets.suggestions_panel",
    # No note is selected at launch: the inspector makes its form when it first shows one.
    "meetingkit.ui.widgets.note_form",
    "pycrdt",  # the replication library: the first saved note or the first pause imports it
    # Built right after the first paint: merging, conflicts, backups and update files (with OpenSSL's
    # hashes), the venue, the spelling underlines.
    "hashlib",
    "concurrent.futures",
    "meetingkit.store.backups",
    "meetingkit.store.merging",
    "meetingkit.store.updates",
    "meetingkit.ui.inbox",
    "meetingkit.ui.replication",
    "meetingkit.ui.session_merge",
    "meetingkit.ui.spelling",
    "meetingkit.ui.venue",
    "meetingkit.ui.widgets.conflicts_panel",
    # The Search the event dock, hidden at launch, makes its panel when first shown.
    "meetingkit.ui.models.search_model",
    "meetingkit.ui.widgets.search_panel",
    # The maintainer's catalogue step (subprocess) and the X11 plugin's check (ctypes, on X11 only).
    "subprocess",
    "ctypes",
    # html.escape's module and its table of named characters: the session header escapes three itself.
    "html",
    # The people, organisations, focus areas and attachments the organiser pages show (their dataclasses).
    "meetingkit.core.organiser_records",
    # The assistant's drafts' records: the store says the first session has no draft without them.
    "meetingkit.core.drafts",
    "meetingkit.store.summary_drafts",
    # The event's replicated history, read at a pause.
    "meetingkit.store.history",
    # The snapshot exporters read (its dataclass): the pages and documents make it.
    "meetingkit.core.snapshot",
)

# Prints the modules held when the notes first painted (what the first screen cost), or once the pauses'
# background work is done (`settled`).
LAUNCH = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QEventLoop, QObject
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
from meetingkit.ui.app import AppController
from meetingkit.ui.theme import fusion_application
app = fusion_application(sys.argv[0])  # as `meetingkit` makes it
controller = AppController.start(app, ask_name=lambda _parent: "Test")
window = controller.open_path(Path(sys.argv[1]))
at_paint = []
def held():
    # The modules, and the Qt classes PySide6 made (it makes a class, with its enums, when first named).
    qt = [PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets]
    return sorted(sys.modules) + [f"{module.__name__}.{name}" for module in qt for name in vars(module)]
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not at_paint:
            at_paint.append(held())
        return False
spy = Painted()
window.session_view.stream.viewport().installEventFilter(spy)
while not at_paint:
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
if sys.argv[2:] == ["settled"]:  # wait, without a key pressed, for the pauses' background work
    while not (window.document.warmed_up and window.document.history_adopted):
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    at_paint[0] = held()
print(json.dumps(at_paint[0]))
window.close()
"""


def _long_session(path: Path, count: int) -> None:
    """The first session (the one the window opens) with `count` notes: those of the fixture, then plain ones."""
    with EventStore.open(path, lock=True) as store, store.batch():
        session = store.sessions()[0]
        for n in range(len(store.items(session.id)), count):
            store.add_entry(
                session.id, f"Point {n} raised in the session, " + "long enough to wrap " * (n % 4)
            )


def test_the_first_window_shows_the_newest_note(
    qtbot: QtBot, controller: AppController, event_path: Path
) -> None:
    _long_session(event_path, 80)
    window = controller.open_path(event_path)
    assert window is not None
    qtbot.waitExposed(window)
    view = window.session_view
    last = view.proxy.index(view.proxy.rowCount() - 1, 0)
    assert last.data().startswith("Point 79")

    def newest_in_sight() -> bool:
        return view.stream.viewport().rect().contains(view.stream.visualRect(last))

    qtbot.waitUntil(newest_in_sight)


def test_a_long_session_opens_at_its_newest_note_and_enter_still_adds_a_visible_line(
    qtbot: QtBot, controller: AppController, event_path: Path
) -> None:
    _long_session(event_path, 1_000)
    with EventStore.open(event_path) as store:
        oldest = store.items(store.sessions()[0].id)[0].text
    window = controller.open_path(event_path)
    assert window is not None
    qtbot.waitExposed(window)
    view = window.session_view
    stream = view.stream

    def in_sight(row: int) -> bool:
        return stream.viewport().rect().contains(stream.visualRect(view.proxy.index(row, 0)))

    # The newest notes come first, the count is already the session's, and the older notes are put above
    # them once they have painted, the newest staying in sight.
    assert view.count.text() == "1000 notes"
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1_000)
    assert view.count.text() == "1000 notes"
    assert view.proxy.index(999, 0).data().startswith("Point 999")
    assert view.proxy.index(0, 0).data() == oldest
    qtbot.waitUntil(lambda: in_sight(999))
    qtbot.keyClicks(view.capture, "Closing remark")
    qtbot.keyClick(view.capture, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1_001)
    assert view.proxy.index(1_000, 0).data() == "Closing remark"
    qtbot.waitUntil(lambda: in_sight(1_000) and in_sight(999))


def test_the_notes_above_the_first_screen_get_their_full_height_once_the_window_is_painted(
    qtbot: QtBot, controller: AppController, event_path: Path
) -> None:
    _long_session(event_path, 1_000)
    window = controller.open_path(event_path)
    assert window is not None
    qtbot.waitExposed(window)
    stream = window.session_view.stream
    qtbot.waitUntil(lambda: window.session_view.proxy.rowCount() == 1_000)  # the older notes are in
    welcome, action = (window.session_view.proxy.index(row, 0) for row in (0, 1))
    assert action.data().startswith("Circulate the peer-learning calendar")
    # The action's text fits on a line; under it go its chip and its owner and due date.
    one_line = 2 * PAD + stream.fontMetrics().lineSpacing()

    def oldest_shown_whole() -> bool:
        stream.verticalScrollBar().setValue(0)  # dragging the bar to the top: no scrollTo involved
        rect = stream.visualRect(action)
        return stream.visualRect(welcome).top() == 0 and rect.height() > one_line + GAP

    qtbot.waitUntil(oldest_shown_whole)
    stream.verticalScrollBar().setValue(stream.verticalScrollBar().maximum())
    last = window.session_view.proxy.index(999, 0)
    assert stream.viewport().rect().contains(stream.visualRect(last))

    # Opened again from the navigator, the window on screen: the newest notes in sight at once, and the
    # oldest whole even when the bar is dragged to the top before the window had a moment to measure them.
    first, second = (session.id for session in window.document.store.sessions()[:2])
    window.open_session(second)
    window.open_session(first)
    proxy = window.session_view.proxy
    last = proxy.index(proxy.rowCount() - 1, 0)
    assert last.data().startswith("Point 999")
    assert stream.viewport().rect().contains(stream.visualRect(last))
    stream.verticalScrollBar().setValue(0)  # the older notes, not read yet, come at once
    assert proxy.rowCount() == 1_000
    welcome, action = (proxy.index(row, 0) for row in (0, 1))
    assert oldest_shown_whole()


def _modules_after_launch(event_path: Path, tmp_path: Path, *how: str) -> set[str]:
    """The modules a fresh app process holds when its notes first paint (`settled`: after the pauses)."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", MEETINGKIT_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-c", LAUNCH, str(event_path), *how],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "meetingkit.ui.main_window" in loaded  # the window was built in that process
    return loaded


def test_what_first_uses_need_is_imported_at_a_pause_after_launch(event_path: Path, tmp_path: Path) -> None:
    loaded = _modules_after_launch(event_path, tmp_path, "settled")
    assert set(FIRST_USE_MODULES) <= loaded  # a page or a draft opened now does not import them


def test_the_first_window_imports_only_what_it_shows(event_path: Path, tmp_path: Path) -> None:
    loaded = _modules_after_launch(event_path, tmp_path)
    early = [name for name in loaded if any(name == p or name.startswith(p + ".") for p in NOT_AT_LAUNCH)]
    assert sorted(early) == []


def test_the_first_window_makes_no_qt_class_it_does_not_use(event_path: Path, tmp_path: Path) -> None:
    """Python's QStyle class, made with its 17 enums when first named, cost every launch ~9 ms: the app is
    made with Fusion, and the stream asks its view whether a note is selected. Links and the multi-line
    box name theirs when first used."""
    loaded = _modules_after_launch(event_path, tmp_path)
    assert "PySide6.QtWidgets.QStyleOptionViewItem" in loaded  # the notes were painted, through Python
    later = {"QtWidgets.QStyle", "QtCore.QUrl", "QtGui.QDesktopServices", "QtGui.QTextCursor"}
    assert {f"PySide6.{name}" for name in later} & loaded == set()


def test_the_first_mention_after_a_pause_reads_no_names_on_the_window_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The event's names and tags arrive from a pool thread once the rapporteur pauses, with no key pressed.
    with qtbot.waitSignal(window.document.words_read, timeout=30_000):
        pass
    window_thread = threading.get_ident()
    reads_here: list[str] = []
    for method in ("known_names", "known_tags"):
        original = getattr(EventStore, method)

        def counting(store: EventStore, _original: Any = original, _name: str = method) -> Any:
            if threading.get_ident() == window_thread:
                reads_here.append(_name)
            return _original(store)

        monkeypatch.setattr(EventStore, method, counting)
    window.open_session(window.document.store.sessions()[1].id, focus_capture=True)  # another session
    capture = window.session_view.capture
    type_text(qtbot, capture, "Thanks to @Oct")
    assert capture.completer_popup_visible()
    assert capture.ranked_completions("@Oct") == ["@[Octavi de la Varga]"]
    assert capture.ranked_completions("#act")[0] == "#action"
    assert reads_here == []


def test_what_the_first_screen_does_not_show_is_built_at_the_first_pause(
    qtbot: QtBot, controller: AppController, event_path: Path
) -> None:
    window = controller.open_path(event_path)
    assert window is not None
    # Not yet: the conflicts count and the venue's status live in the status bar, empty at launch.
    assert window.findChild(QPushButton, "conflicts_count") is None
    assert window.findChild(QLabel, "venue_status") is None
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.findChild(QLabel, "venue_status") is not None, timeout=20_000)
    assert window.findChild(QPushButton, "conflicts_count") is not None
    assert window.spelling is not None


def test_notes_saved_right_after_launch_do_not_meet_what_the_first_screen_does_not_show(
    qtbot: QtBot, controller: AppController, event_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built a moment after the first paint, the merging, venue and spelling parts (~40 ms on a congress,
    then the conflicts count's read) landed on the first Enters; they wait for a pause in saving now."""
    monkeypatch.setattr(document_module, "IDLE_AFTER_MS", 600_000)  # a pause that never comes here
    window = controller.open_path(event_path)
    assert window is not None
    qtbot.waitExposed(window)
    capture = window.session_view.capture
    for line in ("First words of the plenary", "! Circulate the calendar @UCLG"):
        type_text(qtbot, capture, line)
        qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert [i.text for i in window.document.store.items(window.session_view.session_id)][-2:] == [
        "First words of the plenary",
        "Circulate the calendar",
    ]
    qtbot.waitUntil(lambda: window._after_paint.done)  # what waits for the paint has run
    assert RecentEvents().find(event_path) is not None
    assert window.findChild(QPushButton, "conflicts_count") is None
    assert window.findChild(QLabel, "venue_status") is None
    assert window._spelling_made is False


def test_a_shortcut_pressed_as_soon_as_the_window_shows_does_its_job(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window.session_view.capture, Qt.Key.Key_C, CTRL_SHIFT)
    conflicts = window.findChild(QDockWidget, "conflicts_dock")
    assert conflicts is not None and conflicts.isVisible()
    qtbot.waitUntil(window.replication.panel.empty.isVisible)  # what the dock says without conflicts


def test_an_action_used_before_the_first_paint_builds_what_it_needs(qtbot: QtBot, document: Any) -> None:
    window = MainWindow(document)  # never shown: nothing is put off to a paint that never comes
    qtbot.addWidget(window)
    assert window.findChild(QDockWidget, "conflicts_dock") is None
    window.action_of[ActionId.SHOW_CONFLICTS].trigger()
    conflicts = window.findChild(QDockWidget, "conflicts_dock")
    assert conflicts is not None and not conflicts.isHidden()
    assert window.event_menu.actions()[:3] == [
        window.action_of[ActionId.MERGE_FILES],
        window.action_of[ActionId.INBOX_FOLDER],
        window.action_of[ActionId.SHOW_CONFLICTS],
    ]


def test_the_conflicts_dock_left_open_is_open_again_at_the_next_launch(
    qtbot: QtBot, controller: AppController, event_path: Path
) -> None:
    window = controller.open_path(event_path)
    assert window is not None
    qtbot.waitExposed(window)
    window.action_of[ActionId.SHOW_CONFLICTS].trigger()
    window.close()
    qtbot.waitUntil(lambda: controller.windows == [])

    again = controller.open_path(event_path)
    assert again is not None
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: again.findChild(QDockWidget, "conflicts_dock") is not None)
    conflicts = again.findChild(QDockWidget, "conflicts_dock")
    assert conflicts is not None
    qtbot.waitUntil(conflicts.isVisible)


def test_the_search_dock_left_open_comes_back_with_its_panel_and_ctrl_shift_f_searches(
    qtbot: QtBot, window: MainWindow, controller: AppController, event_path: Path
) -> None:
    qtbot.keyClick(window.session_view.capture, Qt.Key.Key_F, CTRL_SHIFT)
    assert window.search_dock.isVisible()
    qtbot.keyClicks(window.search_panel.query, "calendar")
    qtbot.keyClick(window.search_panel.query, Qt.Key.Key_Return)
    assert window.search_panel.model.rowCount() > 0
    window.close()
    qtbot.waitUntil(lambda: controller.windows == [])

    again = controller.open_path(event_path)
    assert again is not None
    qtbot.waitExposed(again)
    assert again.search_dock.isVisible()
    panel = again.search_dock.widget()
    assert panel is not None and panel.findChild(QLineEdit) is not None  # the query box, not an empty dock


def test_pyside_is_told_which_modules_use_it_instead_of_reading_their_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    importable = {info.name for info in pkgutil.walk_packages(meetingkit.ui.__path__, "meetingkit.ui.")}
    assert set(pyside_start.window_modules()) == importable | {"meetingkit.ui"}
    table = sys.modules["shibokensupport.feature"].pyside_feature_dict  # type: ignore[attr-defined]
    assert table["meetingkit.ui.main_window"] == pyside_start.NO_FEATURE
    assert table["json"] == pyside_start.NOT_PYSIDE
    # A PySide6 without that table: nothing is marked, nothing breaks.
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", object())
    assert pyside_start.mark_modules() == 0


def test_the_recent_list_names_the_event_once_its_window_is_up(
    qtbot: QtBot, controller: AppController, event_path: Path
) -> None:
    window = controller.open_path(event_path)
    assert window is not None
    assert RecentEvents().find(event_path) is None  # no file written before the first paint
    qtbot.waitExposed(window)

    def listed_first() -> bool:
        last = RecentEvents().last()
        return last is not None and last.path == event_path.resolve()

    qtbot.waitUntil(listed_first)
    last = RecentEvents().last()
    assert last is not None
    assert (last.title, last.session_id) == (window.document.title, window.session_view.session_id)
    second = window.navigator.nav_model.session_ids()[1]
    window.open_session(second)  # from now on each session opened is written at once
    found = RecentEvents().find(event_path)
    assert found is not None and found.session_id == second


def _painted(picture: QIcon) -> bool:
    """Whether the icon draws anything at menu size (a missing picture draws nothing)."""
    image = picture.pixmap(24, 24).toImage()
    return any(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24))


def test_an_icon_reads_its_picture_only_when_first_painted(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[str] = []
    real = icons.svg_text
    monkeypatch.setattr(icons, "svg_text", lambda name: read.append(name) or real(name))
    icons._bundled.cache_clear()  # a new icon, whatever was drawn before in this process
    made = icons.icon("keyboard", QColor("#123456"))
    assert read == []  # in a menu not yet opened, it costs the launch nothing
    assert _painted(made)
    assert read == ["keyboard"]


def test_every_icon_of_the_menus_and_the_pages_bar_paints(window: MainWindow) -> None:
    actions = [action for _id, action in window.action_of.items()] + window.view_actions()
    with_icons = [action for action in actions if not action.icon().isNull()]
    assert len(with_icons) > 30
    assert [action.objectName() for action in with_icons if not _painted(action.icon())] == []


def test_the_guiding_questions_show_as_typed(
    qtbot: QtBot, controller: AppController, event_path: Path
) -> None:
    with EventStore.open(event_path, lock=True) as store:
        opening = store.sessions()[0]
        store.update_session(opening.id, questions=["Who funds R&D <b>next</b> year?", "And then?"])
    window = controller.open_path(event_path)
    assert window is not None
    qtbot.waitExposed(window)
    shown = QTextDocument()
    shown.setHtml(window.session_view.header.questions.text())
    assert shown.toPlainText().split("\n") == [
        "Guiding questions",
        "Who funds R&D <b>next</b> year?",
        "And then?",
    ]
