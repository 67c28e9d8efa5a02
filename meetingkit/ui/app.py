"""Application start: `meetingkit [FILE]` opens FILE, else the last event, else the welcome screen.

`main(argv)` takes the arguments after the program name and returns the exit status. It refuses
to start Qt without a display (one line on stderr, exit 2) so Qt never aborts.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The store and what it imports come before Qt: once PySide6 is imported, it reads the source of every
# module imported after it (to see whether it uses PySide6's `__feature__` switches), ~20 ms for the
# store's two hundred modules and those of the standard library they bring.
import meetingkit
from meetingkit.core.errors import UserError
from meetingkit.core.paths import data_dir, ensure
from meetingkit.store import EventStore, FileLockedError
from meetingkit.ui.display import display_problem
from meetingkit.ui.pyside_start import mark_modules  # noqa: F401  (PySide6, minus its source reading)

# isort: split
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from meetingkit.ui.document import EventDocument
from meetingkit.ui.icons import app_icon
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.recent import RecentEvents
from meetingkit.ui.theme import ThemeWatcher, fusion_application

if TYPE_CHECKING:
    from meetingkit.ui.welcome import WelcomeWindow

USAGE = "usage: meetingkit [FILE.meeting]   (meetingkit --help lists the other commands)"
SAMPLE_FILE = "sample.meeting"

AskFunction = Callable[[QWidget | None, str, str], bool]
AskNameFunction = Callable[[QWidget | None], str | None]


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    from PySide6.QtWidgets import QMessageBox  # made when first needed, not at every launch

    answer = QMessageBox.question(
        parent, title, question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_author_name(parent: QWidget | None) -> str | None:
    """First start: who is taking these notes (the OS account, often "root" or "user", says nothing)."""
    from PySide6.QtWidgets import QInputDialog

    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("AppController", "Your name"),
        QCoreApplication.translate(
            "AppController",
            "Your name, written as the author of every note you take (you can change it in Preferences):",
        ),
    )
    return name.strip() if ok and name.strip() else None


def sample_path() -> Path:
    """Where "Open the sample event" keeps its copy (the CLI's `meetingkit --sample` uses the same)."""
    return ensure(data_dir()) / SAMPLE_FILE


def _load_settings() -> Any:
    try:
        from meetingkit.ui.settings import Settings
    except ImportError:  # preferences are another page's; the window works without them
        return None
    return Settings()


def configure(app: QApplication) -> None:
    app.setApplicationName(meetingkit.APP_NAME)
    app.setApplicationDisplayName("meetingkit")
    app.setApplicationVersion(meetingkit.__version__)
    app.setDesktopFileName(meetingkit.APP_ID)
    app.setWindowIcon(app_icon())


class AppController(QObject):
    """Opens event windows and the welcome screen; one per process, owned by the QApplication."""

    def __init__(
        self,
        app: QApplication,
        *,
        ask: AskFunction = ask_yes_no,
        ask_name: AskNameFunction = ask_author_name,
        settings: Any = None,
        install_pages: Callable[[MainWindow], None] | None = None,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.ask = ask
        self.ask_name = ask_name
        self._asked_name = False
        self.install_pages = install_pages or install_views
        self.settings = settings
        self.recent = RecentEvents()
        self.windows: list[MainWindow] = []
        self.welcome: WelcomeWindow | None = None
        self.pool = QThreadPool(self)
        self.theme = ThemeWatcher(app)
        self.theme.changed.connect(self._retint)
        # Quitting from the dock/taskbar or logging out may skip a window's close event: save first.
        app.aboutToQuit.connect(self.save_all_drafts)
        app.commitDataRequest.connect(self.save_all_drafts)
        self._sample_task: Any = None
        self._translators: list[Any] = []
        self.last_error = ""

    @classmethod
    def start(cls, app: QApplication, **kwargs: Any) -> AppController:
        configure(app)
        kwargs.setdefault("settings", _load_settings())
        controller = cls(app, **kwargs)
        controller.install_translators()
        return controller

    def install_translators(self) -> None:
        """The interface language: the preference, else the system's when we have it (before any window)."""
        from meetingkit.ui.translations import install_translators

        language = str(getattr(self.settings, "app_language", "") or "")
        self._translators = install_translators(self.app, language)

    # ---------------------------------------------------------------- opening

    def _ensure_author(self, parent: QWidget | None) -> bool:
        """Ask once for the author name when the preferences have none; True if a name was given."""
        if self.settings is None or self._asked_name or str(getattr(self.settings, "author_name", "")):
            return False
        self._asked_name = True
        name = self.ask_name(parent)
        if name:
            self.settings.set_value("author_name", name)
        return bool(name)

    def _author(self) -> str | None:
        if self.settings is None:
            return None
        name = str(getattr(self.settings, "author_name", "") or "").strip()
        return name or None

    def open_path(
        self, path: Path, *, parent: QWidget | None = None, report: Callable[[str], None] | None = None
    ) -> MainWindow | None:
        """Open an event in its own window (or raise the window that has it); None if it could not be."""
        path = Path(path)
        for window in self.windows:
            if not window.document.closed and window.document.store.path.resolve() == path.resolve():
                window.raise_()
                window.activateWindow()
                return window
        say = report or (lambda message: self.show_error(parent, message))
        try:
            store = EventStore.open(path, lock=True, author=self._author())
        except FileLockedError as locked:
            question = self.tr(
                "{0} Open it read-only? You can read and search it, but not change it."
            ).format(locked)
            if not self.ask(parent, self.tr("Event already open"), question):
                return None
            try:
                store = EventStore.open(path, read_only=True, author=self._author())
            except UserError as error:
                say(str(error))
                return None
        except UserError as error:
            if not path.exists():
                self.recent.forget(path)
            say(str(error))
            return None
        if not store.read_only and self._ensure_author(parent):
            store.author = self._author() or store.author  # before the first note, not from the next start
        return self._show(store)

    def _show(self, store: EventStore) -> MainWindow:
        document = EventDocument(store)
        window = MainWindow(document, settings=self.settings, recent=self.recent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.new_event_requested.connect(lambda: self.new_event(window))
        window.open_requested.connect(lambda: self.open_dialog(window))
        window.open_sample_requested.connect(lambda: self.open_sample(window))
        window.open_path_requested.connect(lambda p: self.open_path(Path(p), parent=window))
        window.closed.connect(lambda: self._forget_window(window))
        self.install_pages(window)
        self.windows.append(window)  # the window puts itself first in the recent list once it is up
        window.show()
        document.read_history_when_idle()
        document.warm_up_when_idle()
        if self.welcome is not None:
            self.welcome.close()
            self.welcome = None
        return window

    def _forget_window(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
        # What the launch set aside (collect_from_now_on) included this window's objects: garbage now, and
        # the collector must see them to free them.
        gc.unfreeze()

    def open_last_or_welcome(self) -> QWidget:
        last = self.recent.last()
        if last is not None:
            window = self.open_path(last.path)
            if window is not None:
                return window
        return self.show_welcome()

    def show_welcome(self) -> WelcomeWindow:
        # The welcome screen, the new-event and open dialogs are imported when first shown: launching
        # onto the last event needs none of them.
        from meetingkit.ui.welcome import WelcomeWindow

        if self.welcome is None:
            welcome = WelcomeWindow(self.recent)
            welcome.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            welcome.new_event_requested.connect(lambda: self.new_event(welcome))
            welcome.open_requested.connect(lambda: self.open_dialog(welcome))
            welcome.open_sample_requested.connect(lambda: self.open_sample(welcome))
            welcome.open_path_requested.connect(lambda p: self.open_path(Path(p), parent=welcome))
            welcome.destroyed.connect(lambda *_: setattr(self, "welcome", None))
            self.welcome = welcome
        self.welcome.refresh()
        self.welcome.show()
        self.welcome.raise_()
        return self.welcome

    def new_event(self, parent: QWidget | None = None) -> MainWindow | None:
        from meetingkit.ui.dialogs.new_event import NewEventDialog
        from meetingkit.ui.file_dialogs import FileKind, start_folder

        dialog = NewEventDialog(start_folder(FileKind.EVENTS), parent)
        if dialog.exec() != NewEventDialog.DialogCode.Accepted or dialog.created_path is None:
            return None
        return self.open_path(dialog.created_path, parent=parent)

    def open_dialog(self, parent: QWidget | None = None) -> MainWindow | None:
        from meetingkit.ui.dialogs.new_event import FILE_FILTER
        from meetingkit.ui.file_dialogs import FileKind, open_file

        chosen = open_file(
            parent, FileKind.EVENTS, self.tr("Open an event"), f"{FILE_FILTER};;" + self.tr("All files (*)")
        )
        return self.open_path(chosen, parent=parent) if chosen is not None else None

    def open_sample(self, parent: QWidget | None = None) -> None:
        """Open the sample event, writing it first on a worker thread (a few seconds) if needed."""
        path = sample_path()
        if path.is_file():
            self.open_path(path, parent=parent)
            return
        if self._sample_task is not None:
            return
        from meetingkit.ui.workers import run_task

        def job(_reporter: Any) -> Path:
            from meetingkit.sample.build import write_sample

            # Runs on a pool thread with its own connection; write_sample builds aside and renames.
            return write_sample(path)

        welcome = self.welcome
        if welcome is not None:
            welcome.set_busy(self.tr("Writing the sample event (photos and slides included)…"))

        def done(result: object) -> None:
            self.open_path(Path(str(result)), parent=parent)

        def failed(message: str) -> None:
            self.show_error(parent, message)

        def finished() -> None:
            self._sample_task = None
            if self.welcome is not None:
                self.welcome.set_busy(None)

        self._sample_task = run_task(
            self.pool, job, name="Writing the sample event", succeeded=done, failed=failed, finished=finished
        )

    # ---------------------------------------------------------------- misc

    def show_error(self, parent: QWidget | None, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # made when first needed, not at every launch

        box = QMessageBox(
            QMessageBox.Icon.Warning, "meetingkit", message, QMessageBox.StandardButton.Ok, parent
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_error = message

    def save_all_drafts(self, *_args: object) -> None:
        for window in self.windows:
            window.save_drafts()

    def _retint(self) -> None:
        for window in self.windows:
            window.retint()


def install_views(window: MainWindow) -> None:
    """Let the organiser and staff pages add themselves: `meetingkit.ui.views.install(window)` if defined."""
    from meetingkit.ui import views

    install = getattr(views, "install", None)
    if callable(install):
        install(window)


def main(argv: list[str] | None = None) -> int:
    """Run the desktop app; `argv` are the arguments after the program name. Returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    # Checked before any QApplication exists: without a display Qt aborts the process.
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    new_event = args == ["--new"]  # the desktop launcher's "New event" action
    if new_event:
        args = []
    if len(args) > 1 or (args and args[0].startswith("-")):
        print(USAGE, file=sys.stderr)
        return 2
    path = Path(args[0]).expanduser() if args else None
    if path is not None and not path.is_file():
        print(f"meetingkit: {path} does not exist or is not a file.", file=sys.stderr)
        return 2

    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else fusion_application(sys.argv[0] if sys.argv else "meetingkit")
    )
    controller = AppController.start(app)
    if path is not None:
        problems: list[str] = []
        if controller.open_path(path, report=problems.append) is None:
            # A file given on the command line that cannot be opened is bad input: say so where it was typed.
            if problems:
                print(f"meetingkit: {problems[0]}", file=sys.stderr)
            return 2
    elif not new_event or controller.new_event() is None:
        controller.open_last_or_welcome()
    collect_from_now_on()
    return int(app.exec())


def collect_from_now_on() -> None:
    """The cycle collector back on (the `meetingkit` command turns it off while it launches), with what the
    launch made (modules, classes, the window) set aside until a window closes: meanwhile it all lives, and a
    full collection while the user types need not walk it again. Nothing changes when it was on (the app
    started otherwise)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
