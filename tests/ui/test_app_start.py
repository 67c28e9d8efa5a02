"""Starting the app: no display is one clear line; FILE, the last event or the welcome screen; window state."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.ui import app as app_module
from meetingkit.ui.actions import ActionId
from meetingkit.ui.app import AppController
from meetingkit.ui.display import NO_DISPLAY_MESSAGE, display_problem
from meetingkit.ui.recent import RecentEvents

REPO = Path(__file__).resolve().parents[2]


def _loads() -> None:
    return None


def test_display_problem_is_decided_without_qt() -> None:
    linux_desktop = {"DISPLAY": ":0"}
    assert display_problem(linux_desktop, "linux", xcb_plugin_error=_loads) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({}, "linux") == NO_DISPLAY_MESSAGE
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "xcb"}, "linux") == NO_DISPLAY_MESSAGE
    assert display_problem({}, "win32", xcb_plugin_error=lambda: "libx.so") is None
    assert display_problem({}, "darwin") is None
    assert (
        "meetingkit demo sample.meeting && meetingkit pack sample.meeting -o sample-pack"
        in NO_DISPLAY_MESSAGE
    )
    assert "\n" not in NO_DISPLAY_MESSAGE


def test_missing_x11_libraries_are_named_in_one_line_instead_of_a_qt_abort() -> None:
    message = display_problem({"DISPLAY": ":0"}, "linux", xcb_plugin_error=lambda: "libxcb-icccm.so.4")
    assert message is not None and "\n" not in message
    assert "libxcb-icccm.so.4" in message and "meetingkit pack sample.meeting" in message
    # On Wayland, Qt does not need the X11 libraries at all.
    assert display_problem({"WAYLAND_DISPLAY": "w-0"}, "linux", xcb_plugin_error=lambda: "libx.so") is None


def test_no_display_exits_2_with_one_line_and_no_qt_abort(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "MEETINGKIT_HOME": str(tmp_path), "HOME": str(tmp_path)}
    code = "import sys; from meetingkit.ui.app import main; sys.exit(main([]))"
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux desktops can lack a display")
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [NO_DISPLAY_MESSAGE]


def test_a_missing_file_on_the_command_line_is_bad_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert app_module.main([str(tmp_path / "nowhere.meeting")]) == 2
    assert (
        capsys.readouterr().err.strip()
        == f"meetingkit: {tmp_path / 'nowhere.meeting'} does not exist or is not a file."
    )
    assert app_module.main(["a", "b"]) == 2


def test_not_an_event_file_is_bad_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bogus = tmp_path / "notes.meeting"
    bogus.write_text("just text", encoding="utf-8")
    assert app_module.main([str(bogus)]) == 2
    assert capsys.readouterr().err.strip() == "meetingkit: notes.meeting is not a meetingkit event file."


def test_welcome_screen_when_there_is_no_last_event(qtbot: QtBot, controller: AppController) -> None:
    shown = controller.open_last_or_welcome()
    assert shown is controller.welcome
    welcome = controller.welcome
    assert welcome is not None
    assert welcome.empty_hint.isVisibleTo(welcome)
    assert [b.accessibleName() for b in (welcome.new_button, welcome.open_button, welcome.sample_button)] == [
        "New event",
        "Open",
        "Open the sample event",
    ]


def test_last_event_opens_at_its_last_session(
    qtbot: QtBot, controller: AppController, event_path: Path
) -> None:
    window = controller.open_path(event_path)
    assert window is not None
    second = window.navigator.nav_model.session_ids()[1]
    window.open_session(second)
    window.close()
    assert RecentEvents().last() is not None
    reopened = controller.open_last_or_welcome()
    assert controller.welcome is None
    assert reopened.session_view.session_id == second  # type: ignore[attr-defined]


def test_opening_the_same_file_twice_raises_the_open_window(
    controller: AppController, event_path: Path
) -> None:
    first = controller.open_path(event_path)
    assert controller.open_path(event_path) is first
    assert len(controller.windows) == 1


def test_window_layout_is_remembered(qtbot: QtBot, controller: AppController, event_path: Path) -> None:
    window = controller.open_path(event_path)
    assert window is not None
    window.resize(700, 500)  # within the offscreen screen (800x600): restoreGeometry keeps windows on screen
    window.inspector_dock.hide()
    window.close()
    again = controller.open_path(event_path)
    assert again is not None
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (700, 500)
    assert not again.inspector_dock.isVisible()
    assert not again.action_of[ActionId.SHOW_INSPECTOR].isChecked()


def test_views_added_by_other_pages_get_a_button_and_a_shortcut(
    qtbot: QtBot, controller: AppController, event_path: Path
) -> None:
    from PySide6.QtWidgets import QLabel

    window = controller.open_path(event_path)
    assert window is not None
    action = window.add_view("actions", "Actions", QLabel("register"), "actions")
    assert action.shortcut().toString() == "Ctrl+Alt+2"
    action.trigger()
    assert window.current_view_key() == "actions"
    window.show_item(window.document.store.items(window.session_view.session_id)[0].id)
    assert window.current_view_key() == "sessions"
    with pytest.raises(ValueError):
        window.add_view("actions", "Again", QLabel(), "")

    built: list[str] = []

    def roadmap() -> QLabel:
        built.append("roadmap")
        return QLabel("board")

    lazy = window.add_view("roadmap", "Roadmap", roadmap, "roadmap")
    assert built == []  # a page the user has not opened costs nothing
    lazy.trigger()
    assert built == ["roadmap"]
    assert window.current_view_key() == "roadmap"
    shown = window.view("roadmap")
    assert isinstance(shown, QLabel) and shown.text() == "board"
    window.show_view("roadmap")
    assert built == ["roadmap"]


def test_qt_is_imported_only_in_the_ui_package() -> None:
    offenders = []
    for path in (REPO / "meetingkit").rglob("*.py"):
        if "ui" in path.relative_to(REPO / "meetingkit").parts[:1]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"} for n in names):
                offenders.append(str(path.relative_to(REPO)))
    assert offenders == []


def test_display_module_imports_without_qt() -> None:
    code = "import sys, meetingkit.ui.display; print(any(m.startswith('PySide6') for m in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"


def test_open_the_sample_event_writes_it_on_a_worker_then_opens_it(
    qtbot: QtBot, controller: AppController
) -> None:
    welcome = controller.show_welcome()
    controller.open_sample(welcome)
    assert welcome.busy.isVisibleTo(welcome)  # the window stays responsive while the sample is written
    assert not welcome.sample_button.isEnabled()
    qtbot.waitUntil(lambda: bool(controller.windows), timeout=60_000)
    window = controller.windows[0]
    assert window.document.title == "UCLG and Metropolis: Connecting with a world of learners"
    assert controller.welcome is None
    view = window.session_view
    assert view.session_id == window.navigator.nav_model.session_ids()[0]
    assert view.model.rowCount() > 0
    view.capture.setFocus()
    qtbot.keyClicks(view.capture, "* Learning needs a calendar everyone can see")
    qtbot.keyClick(view.capture, Qt.Key.Key_Return)
    assert window.document.store.items(view.session_id)[-1].tags == ("key-point",)


def test_new_from_the_launcher_opens_the_new_event_dialog_then_the_welcome_if_cancelled(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The desktop file's "New event" action runs `meetingkit --new`."""
    asked: list[bool] = []

    def cancelled(self: object, parent: object = None) -> None:
        asked.append(True)

    fallback: list[bool] = []
    monkeypatch.setattr(app_module.AppController, "new_event", cancelled)
    monkeypatch.setattr(app_module.AppController, "open_last_or_welcome", lambda self: fallback.append(True))
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    assert app_module.main(["--new"]) == 0
    assert asked == [True] and fallback == [True]


LAUNCH_AND_REPORT_GC = """
import gc, sys
from PySide6.QtWidgets import QApplication
from meetingkit import cli
from meetingkit.ui.settings import Settings
app = QApplication([sys.argv[0]])
Settings().set_value("author_name", "Rapporteur")
def exec_(self):
    print("at the event loop", gc.isenabled(), gc.get_freeze_count())
    for window in QApplication.topLevelWidgets():
        window.close()
    print("closed", gc.get_freeze_count())
    return 0
QApplication.exec = exec_
status = cli.main(sys.argv[1:])
print("after", status, gc.isenabled())
"""


def test_the_command_collects_garbage_again_once_the_window_is_up_and_after_a_failed_launch(
    tmp_path: Path,
) -> None:
    """`meetingkit FILE` launches without the cycle collector; the event loop runs with it, the launch's
    objects set aside until the window closes; a launch that ends early (a missing file) leaves it on too."""
    from meetingkit.store import EventStore

    event = tmp_path / "e.meeting"
    EventStore.create(event, title="T", start="2017-09-12", end="2017-09-12").close()
    env = {"PATH": "/usr/bin:/bin", "MEETINGKIT_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    runs = [
        subprocess.run(
            [sys.executable, "-c", LAUNCH_AND_REPORT_GC, str(path)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        ).stdout.split()
        for path in (event, tmp_path / "nowhere.meeting")
    ]
    opened, missing = runs
    assert opened[:5] == ["at", "the", "event", "loop", "True"] and int(opened[5]) > 10_000
    assert opened[6:] == ["closed", "0", "after", "0", "True"]  # a closed window's objects can be freed
    assert missing == ["after", "2", "True"]
