"""The main window of one open event: pages (Sessions first), navigator, inspector and search docks, menus.

Other pages plug in with `add_view(key, title, widget, icon_name)`; each gets a button in the pages bar
and a View menu entry with Ctrl+Alt+<position>.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QTimer, Signal, qVersion
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QWidget,
)

import meetingkit
from meetingkit.core.errors import UserError
from meetingkit.core.model import Session
from meetingkit.ui.actions import TAG_ACTIONS, ActionId, ActionRegistry, view_action
from meetingkit.ui.after_paint import AfterFirstPaint
from meetingkit.ui.commands import EditSession
from meetingkit.ui.document import EventDocument
from meetingkit.ui.event_words import EventWords
from meetingkit.ui.icons import app_icon, icon
from meetingkit.ui.recent import RecentEvents
from meetingkit.ui.views.session_view import SessionView
from meetingkit.ui.widgets.inspector import Inspector
from meetingkit.ui.widgets.navigator import Navigator
from meetingkit.ui.window_state import (
    load_flag,
    load_int,
    load_text,
    restore_window,
    save_value,
    save_window,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from meetingkit.ui.dialogs.session_details import SessionDetailsDialog
    from meetingkit.ui.replication import Replication
    from meetingkit.ui.spelling import SpellDictionary, SpellHighlighter
    from meetingkit.ui.venue import Venue
    from meetingkit.ui.widgets.search_panel import SearchPanel

STATE_GROUP = "main_window"
# Whether the Conflicts dock was open when the window last closed: then it is built for the first screen.
CONFLICTS_OPEN = "conflicts_open"
# Which docks each page shows until the user changes them there (then remembered per page): the
# navigator and Inspector serve note taking; the organiser pages use the full width (Media has its own
# detail pane) and show the Inspector, following their selection, only once asked to (F4).
PAGE_DOCKS: dict[str, tuple[str, ...]] = {"sessions": ("navigator", "inspector")}


class _Page:
    """One page of the window (a plain class: a dataclass costs ~0.3 ms to create, at every launch)."""

    __slots__ = ("action", "container", "factory", "title", "widget")

    def __init__(self, title: str, container: QWidget, action: QAction) -> None:
        self.title = title
        self.container = container
        self.action = action
        self.widget: QWidget | None = None
        self.factory: Callable[[], QWidget] | None = None


class MainWindow(QMainWindow):
    new_event_requested = Signal()
    open_requested = Signal()
    open_sample_requested = Signal()
    open_path_requested = Signal(str)
    closed = Signal()  # the document is closed and its lock released

    def __init__(
        self,
        document: EventDocument,
        *,
        settings: Any = None,
        recent: RecentEvents | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings  # ui.settings.Settings for pages that need preferences; may be None
        self.recent = recent or RecentEvents()
        self.last_error = ""
        self._suppress_error_dialog = False
        self._details_dialog: SessionDetailsDialog | None = None
        self._error_box: QMessageBox | None = None
        self._views: dict[str, _Page] = {}
        self._applying_docks = False
        self.setWindowIcon(app_icon())
        self.setObjectName("main_window")
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)

        self.action_of = ActionRegistry(self)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.setCentralWidget(self.pages)
        self.views_bar = QToolBar(self.tr("Pages"), self)
        self.views_bar.setObjectName("views_bar")
        self.views_bar.setMovable(False)
        self.views_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.views_bar.setAccessibleName(self.tr("Pages"))
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, self.views_bar)
        self._view_group = QActionGroup(self)
        self._view_group.setExclusive(True)

        self.session_view = SessionView(document, self.action_of, self)
        self.navigator = Navigator(document, self.action_of, self)
        self.inspector = Inspector(
            document,
            (
                self.action_of[ActionId.MOVE_ITEM_UP],
                self.action_of[ActionId.MOVE_ITEM_DOWN],
                self.action_of[ActionId.DELETE_ITEM],
            ),
            document.store.known_names,
            self,
        )
        # Built at the rapporteur's first pause (or when first asked for): nothing of them is on the first
        # screen (the spelling underlines nothing until its list loads, at a pause; the Conflicts dock
        # starts hidden, its count empty), their modules and widgets cost the launch ~20 ms, and built a
        # moment after the first paint they met the first Enters (~40 ms, and the count's read after it).
        self._spelling: SpellDictionary | None = None
        self._spelling_made = False
        self._highlighters: list[SpellHighlighter] = []
        self._replication: Replication | None = None
        self._venue: Venue | None = None
        self._search_panel: SearchPanel | None = None
        document.words_read.connect(self._load_spelling)
        if not load_flag(STATE_GROUP, CONFLICTS_OPEN, False):
            document.when_idle(self._build_parts)  # the first pause: before the background reads below
        # Names and tags for completion and spelling, read once the rapporteur pauses: at once, the read
        # would share the interpreter with the first page opened (most of a second on a congress).
        document.read_words_when_idle()
        self.navigator_dock = self._dock(
            "navigator_dock",
            self.tr("Days and sessions"),
            self.navigator,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self.inspector_dock = self._dock(
            "inspector_dock", self.tr("Inspector"), self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        # Hidden at launch: its panel is made when the dock is first shown (or asked for).
        self.search_dock = self._dock(
            "search_dock", self.tr("Search the event"), None, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.search_dock.hide()

        self.save_status = QLabel(self.tr("All changes saved"), self)
        self.save_status.setObjectName("save_status")
        self.save_status.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.save_status)
        if document.read_only:
            badge = QLabel(self.tr("Read-only"), self)
            badge.setAccessibleName(self.tr("This event is open read-only"))
            self.statusBar().addPermanentWidget(badge)

        self.add_view("sessions", self.tr("Sessions"), self.session_view, "sessions")
        self._build_menus()
        self._connect()
        self._update_title()
        self.resize(1280, 800)
        self._layout_restored = restore_window(self, STATE_GROUP)
        self.session_view.set_zoom(load_int(STATE_GROUP, "zoom", 0))
        preview = load_flag(STATE_GROUP, "preview", True)
        toggle = self.action_of[ActionId.TOGGLE_PREVIEW]
        toggle.blockSignals(True)  # restoring the remembered state is not a change to remember again
        toggle.setChecked(preview)
        toggle.blockSignals(False)
        self.session_view.summary.set_preview_visible(preview)
        self._after_paint = AfterFirstPaint(self.session_view.stream.viewport())
        self._open_first_session()
        # The remembered window state holds the docks of the page in front when it closed.
        self._apply_page_docks(self.current_view_key())
        # The recent list is written once the window is up (closing it writes it too): two file writes
        # less before the first paint.
        self._after_paint.later(self._remember_opened)
        if load_flag(STATE_GROUP, CONFLICTS_OPEN, False):
            self._after_paint.later(self._build_parts)  # the Conflicts dock left open is on the first screen

    # ---------------------------------------------------------------- pages (views)

    def add_view(
        self, key: str, title: str, widget: QWidget | Callable[[], QWidget], icon_name: str = ""
    ) -> QAction:
        """Add a page; returns its View menu action (Ctrl+Alt+<position>, 1-based, in order of adding).

        `widget` may be a factory: the page is then built the first time it is shown (or asked for
        with `view(key)`), so pages the user does not open cost nothing at start-up. Pages other than
        Sessions sit in a scroll area, so a wide page never forces the window wider than the screen.
        """
        if key in self._views:
            raise ValueError(f"a view named {key!r} is already in the window")
        action = view_action(self, len(self._views) + 1, title, icon_name)
        action.setActionGroup(self._view_group)
        action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
        if self._views:
            scroll = QScrollArea(self.pages)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidgetResizable(True)
            scroll.setAccessibleName(title)
            container: QWidget = scroll
        else:
            assert isinstance(widget, QWidget), "the first page (Sessions) is built at once"
            container = widget
        self.pages.addWidget(container)
        self.views_bar.addAction(action)
        self._views[key] = _Page(title, container, action)
        if isinstance(widget, QWidget):
            self._place(key, widget)
        else:
            self._views[key].factory = widget
        if hasattr(self, "_views_menu"):
            self._views_menu.addAction(action)
        if len(self._views) == 1:
            action.setChecked(True)
        return action

    def _place(self, key: str, widget: QWidget) -> None:
        page = self._views[key]
        widget.setAccessibleName(widget.accessibleName() or page.title)
        if isinstance(page.container, QScrollArea):
            page.container.setWidget(widget)
        page.widget = widget
        page.factory = None

    def view(self, key: str) -> QWidget | None:
        """The page's widget, built now if it was added as a factory; None for an unknown key."""
        page = self._views.get(key)
        if page is None:
            return None
        if page.widget is None and page.factory is not None:
            self._place(key, page.factory())
        return page.widget

    def show_view(self, key: str) -> QWidget:
        widget = self.view(key)
        assert widget is not None, key
        page = self._views[key]
        self.pages.setCurrentWidget(page.container)
        page.action.setChecked(True)
        self._apply_page_docks(key)
        self._follow_page_selection()
        return widget

    def _docks_by_name(self) -> dict[str, QDockWidget]:
        return {"navigator": self.navigator_dock, "inspector": self.inspector_dock}

    def page_docks(self, key: str) -> tuple[str, ...]:
        """The docks shown on page `key`: as the user left them there, else the page's default."""
        remembered = load_text(STATE_GROUP, f"docks/{key}")
        if remembered is None:
            return PAGE_DOCKS.get(key, ())
        return tuple(name for name in remembered.split(",") if name in self._docks_by_name())

    def _apply_page_docks(self, key: str) -> None:
        wanted = self.page_docks(key)
        self._applying_docks = True
        try:
            for name, dock in self._docks_by_name().items():
                dock.setVisible(name in wanted)
        finally:
            self._applying_docks = False
        self._sync_dock_actions()

    def _remember_page_docks(self) -> None:
        """The user showed or hid a dock: that page keeps it so (isHidden: not hidden with the window)."""
        if not shiboken6.isValid(self) or self._applying_docks:  # docks hide as the window is destroyed
            return
        key = self.current_view_key()
        if not key:
            return
        shown = [name for name, dock in self._docks_by_name().items() if not dock.isHidden()]
        if tuple(shown) != self.page_docks(key):
            save_value(STATE_GROUP, f"docks/{key}", ",".join(shown))

    @property
    def search_panel(self) -> SearchPanel:
        """The Search the event dock's panel (made when the dock is first shown)."""
        if self._search_panel is None:
            from meetingkit.ui.widgets.search_panel import SearchPanel

            self._search_panel = SearchPanel(self.document, self)
            self._search_panel.jump_requested.connect(self._on_search_jump)
            self.search_dock.setWidget(self._search_panel)
        return self._search_panel

    def _search_dock_shown(self, shown: bool) -> None:
        if shown:  # shown by the remembered layout, or by a user: its panel is needed now
            self.search_panel  # noqa: B018 (built by the property)

    def _remember_opened(self) -> None:
        """This event first in the recent list, with its title and the session shown."""
        if not self.document.closed:
            self.recent.remember(
                self.document.store.path, session_id=self.session_view.session_id, title=self.document.title
            )

    def _build_parts(self) -> None:
        if not self.document.closed:  # closed before their turn came (a test, a quick quit)
            for name in ("replication", "venue", "spelling"):
                getattr(self, name)

    @property
    def replication(self) -> Replication:
        """Merging, conflicts, backups, update files and the inbox (built after the first paint)."""
        if self._replication is None:
            from meetingkit.ui.replication import Replication

            self._replication = Replication(self)
        return self._replication

    @property
    def venue(self) -> Venue:
        """Connecting to a relay or being one (built after the first paint)."""
        if self._venue is None:
            from meetingkit.ui.venue import Venue

            self._venue = Venue(self)
        return self._venue

    @property
    def spelling(self) -> SpellDictionary | None:
        """The spelling list and its underlines, None without a spelling library (built after the first
        paint; its word list loads once the event's names are read)."""
        if not self._spelling_made:
            self._spelling_made = True
            from meetingkit.ui.spelling import SpellDictionary, SpellHighlighter, spelling_available

            if spelling_available():
                languages = self.document.store.event().languages
                spelling = SpellDictionary(languages[0] if languages else "en", self)
                self._highlighters = [
                    SpellHighlighter(self.inspector.form.text.document(), spelling),
                    SpellHighlighter(self.session_view.capture_box.document(), spelling),
                ]
                self._spelling = spelling
        return self._spelling

    def _load_spelling(self, words: EventWords) -> None:
        spelling = self.spelling
        if spelling is not None:
            spelling.load(words.names)

    def split_at_cursor(self) -> bool:
        """Split the note shown in the inspector where its text cursor is."""
        item_id = self.inspector.item_id
        if item_id is None:
            return False
        editor = self.inspector.form.text
        return self.session_view.split_item(item_id, editor.toPlainText(), editor.textCursor().position())

    def set_zoom(self, steps: int) -> None:
        """Text size of the notes and the capture line, in steps from the usual size; remembered."""
        self.session_view.set_zoom(steps)
        save_value(STATE_GROUP, "zoom", self.session_view.zoom)

    def _follow_page_selection(self) -> None:
        """The inspector shows the note selected on the page in front, and nothing on a page without notes."""
        key = self.current_view_key()
        widget = self._views[key].widget if key else None
        selected = getattr(widget, "selected_item_id", None)
        self._on_current_item(selected() if callable(selected) else None)

    def page_item_changed(self, page: QWidget, item_id: str | None) -> None:
        """A page's selected note changed: the inspector follows when that page is in front."""
        key = self.current_view_key()
        if key and self._views[key].widget is page:
            self._on_current_item(item_id)

    def current_view_key(self) -> str:
        current = self.pages.currentWidget()
        return next((key for key, page in self._views.items() if page.container is current), "")

    def view_actions(self) -> list[QAction]:
        return [page.action for page in self._views.values()]

    # ---------------------------------------------------------------- going places

    def open_session(self, session_id: str | None, *, focus_capture: bool = False) -> None:
        if session_id != self.session_view.session_id:
            self.session_view.show_session(session_id)
            self.navigator.nav_model.set_current_session(session_id)
            if session_id is not None and self._after_paint.painted:
                self.recent.remember(self.document.store.path, session_id=session_id)
        if session_id is not None and self.navigator.current_session_id() != session_id:
            self.navigator.select_record(session_id)
        if self.current_view_key() != "sessions":
            self.show_view("sessions")
        if focus_capture:
            self.session_view.focus_capture()

    def show_session(self, session_id: str) -> None:
        """Open a session on the Sessions page (for other pages' "go to" links)."""
        self.open_session(session_id, focus_capture=True)

    def show_item(self, item_id: str) -> bool:
        """Open the note's session on the Sessions page and select the note."""
        try:
            item = self.document.store.item(item_id)
        except UserError as error:
            self.show_error(str(error))
            return False
        self.open_session(item.session_id)
        found = self.session_view.select_item(item_id)
        self.session_view.stream.setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    def _open_first_session(self) -> None:
        remembered = self.recent.find(self.document.store.path)
        ids = self.navigator.nav_model.session_ids()
        drafts = self.document.store.drafts() if not self.document.read_only else {}
        unsent = [i for i in ids if drafts.get(i, "").strip()]
        if unsent and not (remembered and remembered.session_id in unsent):
            # A line left unsent (a crash, a kill) is worth more than the last place the user looked.
            self.open_session(unsent[0], focus_capture=True)
        elif remembered and remembered.session_id in ids:
            self.open_session(remembered.session_id, focus_capture=True)
        elif ids:
            self.open_session(ids[0], focus_capture=True)
        else:
            self.open_session(None)

    def _step_session(self, delta: int) -> None:
        ids = self.navigator.nav_model.session_ids()
        current = self.session_view.session_id
        if not ids:
            return
        position = ids.index(current) + delta if current in ids else 0
        if 0 <= position < len(ids):
            self.open_session(ids[position], focus_capture=True)

    def _on_search_jump(self, kind: str, ref: str, session_id: str) -> None:
        if kind == "item":
            self.show_item(ref)
        elif session_id:
            self.open_session(session_id)
            if kind == "session":
                self.session_view.summary.editor.setFocus()

    # ---------------------------------------------------------------- building

    def _dock(self, name: str, title: str, widget: QWidget | None, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        if widget is not None:
            dock.setWidget(widget)
        dock.setAccessibleName(title)
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        a = self.action_of
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action_id in (ActionId.NEW_EVENT, ActionId.OPEN_EVENT, ActionId.OPEN_SAMPLE):
            file_menu.addAction(a[action_id])
        self._recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self._recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.SEND_NOTES])
        file_menu.addAction(a[ActionId.RESTORE_BACKUP])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.CLOSE_WINDOW])
        file_menu.addAction(a[ActionId.QUIT])

        edit_menu = bar.addMenu(self.tr("&Edit"))
        for action_id in (ActionId.UNDO, ActionId.REDO):
            edit_menu.addAction(a[action_id])
        edit_menu.addSeparator()
        for action_id in (
            ActionId.EDIT_ITEM,
            ActionId.DELETE_ITEM,
            ActionId.MOVE_ITEM_UP,
            ActionId.MOVE_ITEM_DOWN,
        ):
            edit_menu.addAction(a[action_id])
        edit_menu.addSeparator()
        edit_menu.addAction(a[ActionId.PREFERENCES])
        # Shown once a preferences dialog connects to it (see add_view's module docstring).
        a[ActionId.PREFERENCES].setVisible(False)

        session_menu = bar.addMenu(self.tr("&Session"))
        for entry in (
            ActionId.ADD_SESSION,
            ActionId.RENAME_SESSION,
            ActionId.MOVE_SESSION_UP,
            ActionId.MOVE_SESSION_DOWN,
            ActionId.DELETE_SESSION,
            None,
            ActionId.SESSION_DETAILS,
            None,
            ActionId.PREVIOUS_SESSION,
            ActionId.NEXT_SESSION,
        ):
            if entry is None:
                session_menu.addSeparator()
            else:
                session_menu.addAction(a[entry])

        notes_menu = bar.addMenu(self.tr("&Notes"))
        notes_menu.addAction(a[ActionId.FOCUS_CAPTURE])
        notes_menu.addAction(a[ActionId.FOCUS_SUMMARY])
        notes_menu.addSeparator()
        notes_menu.addAction(a[ActionId.SPLIT_ITEM])
        notes_menu.addAction(a[ActionId.JOIN_ITEM])
        tags_menu = notes_menu.addMenu(self.tr("&Tag the selected note"))
        for action_id in TAG_ACTIONS:
            tags_menu.addAction(a[action_id])

        search_menu = bar.addMenu(self.tr("Sea&rch"))
        search_menu.addAction(a[ActionId.FIND_IN_SESSION])
        search_menu.addAction(a[ActionId.FIND_IN_EVENT])

        view_menu = bar.addMenu(self.tr("&View"))
        self._views_menu = view_menu.addMenu(self.tr("&Pages"))
        for action in self.view_actions():
            self._views_menu.addAction(action)
        for action_id in (
            ActionId.SHOW_NAVIGATOR,
            ActionId.SHOW_INSPECTOR,
            ActionId.TOGGLE_PREVIEW,
            ActionId.FULL_SCREEN,
        ):
            view_menu.addAction(a[action_id])
        view_menu.addSeparator()
        for action_id in (ActionId.ZOOM_IN, ActionId.ZOOM_OUT, ActionId.ZOOM_RESET):
            view_menu.addAction(a[action_id])

        # The organiser pages add their entries above these (ui/organiser_views.py).
        self.event_menu = bar.addMenu(self.tr("E&vent"))
        self.event_menu.addAction(a[ActionId.MERGE_FILES])
        self.event_menu.addAction(a[ActionId.INBOX_FOLDER])
        self.event_menu.addAction(a[ActionId.SHOW_CONFLICTS])
        self.event_menu.addSeparator()
        self.event_menu.addAction(a[ActionId.CONNECT_VENUE])
        self.event_menu.addAction(a[ActionId.SHARE_VENUE])

        help_menu = bar.addMenu(self.tr("&Help"))
        for action_id in (ActionId.SHORTCUTS, ActionId.ABOUT, ActionId.ABOUT_QT):
            help_menu.addAction(a[action_id])

    def _fill_recent_menu(self) -> None:
        self._recent_menu.clear()
        entries = self.recent.existing()
        if not entries:
            empty = self._recent_menu.addAction(self.tr("No recent events"))
            empty.setEnabled(False)
        for entry in entries:
            label = f"{entry.title} — {entry.path.name}" if entry.title else entry.path.name
            action = self._recent_menu.addAction(icon("event"), label)
            action.setStatusTip(str(entry.path))
            action.triggered.connect(lambda _c=False, p=str(entry.path): self.open_path_requested.emit(p))

    def _connect(self) -> None:
        a, doc, view = self.action_of, self.document, self.session_view
        a[ActionId.NEW_EVENT].triggered.connect(self.new_event_requested)
        a[ActionId.OPEN_EVENT].triggered.connect(self.open_requested)
        a[ActionId.OPEN_SAMPLE].triggered.connect(self.open_sample_requested)
        a[ActionId.CLOSE_WINDOW].triggered.connect(self.close)
        a[ActionId.QUIT].triggered.connect(self._quit)

        stack = doc.undo_stack
        a[ActionId.UNDO].triggered.connect(stack.undo)
        a[ActionId.REDO].triggered.connect(stack.redo)
        stack.canUndoChanged.connect(a[ActionId.UNDO].setEnabled)
        stack.canRedoChanged.connect(a[ActionId.REDO].setEnabled)
        stack.undoTextChanged.connect(
            lambda text: a[ActionId.UNDO].setText(self.tr("&Undo {0}").format(text).strip())
        )
        stack.redoTextChanged.connect(
            lambda text: a[ActionId.REDO].setText(self.tr("&Redo {0}").format(text).strip())
        )
        a[ActionId.UNDO].setEnabled(False)
        a[ActionId.REDO].setEnabled(False)

        a[ActionId.ADD_SESSION].triggered.connect(self.navigator.add_session)
        a[ActionId.RENAME_SESSION].triggered.connect(self.navigator.rename_current)
        a[ActionId.MOVE_SESSION_UP].triggered.connect(lambda: self.navigator.move_current(-1))
        a[ActionId.MOVE_SESSION_DOWN].triggered.connect(lambda: self.navigator.move_current(1))
        a[ActionId.DELETE_SESSION].triggered.connect(self.navigator.delete_current)
        a[ActionId.SESSION_DETAILS].triggered.connect(self.edit_session_details)
        a[ActionId.PREVIOUS_SESSION].triggered.connect(lambda: self._step_session(-1))
        a[ActionId.NEXT_SESSION].triggered.connect(lambda: self._step_session(1))
        a[ActionId.FOCUS_CAPTURE].triggered.connect(
            lambda: self.open_session(view.session_id, focus_capture=True)
        )
        a[ActionId.FOCUS_SUMMARY].triggered.connect(
            lambda: view.summary.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )

        a[ActionId.EDIT_ITEM].triggered.connect(view.edit_selected)
        a[ActionId.SPLIT_ITEM].triggered.connect(self.split_at_cursor)
        a[ActionId.JOIN_ITEM].triggered.connect(
            lambda: view.join_with_next(view.selected_item_id() or "") if view.selected_item_id() else None
        )
        a[ActionId.DELETE_ITEM].triggered.connect(view.delete_selected)
        a[ActionId.MOVE_ITEM_UP].triggered.connect(lambda: view.move_selected(-1))
        a[ActionId.MOVE_ITEM_DOWN].triggered.connect(lambda: view.move_selected(1))
        for action_id, tag in TAG_ACTIONS.items():
            a[action_id].triggered.connect(lambda _checked=False, t=tag: self._toggle_tag(t))

        a[ActionId.FIND_IN_SESSION].triggered.connect(self._find_in_session)
        a[ActionId.FIND_IN_EVENT].triggered.connect(self._find_in_event)
        a[ActionId.TOGGLE_PREVIEW].toggled.connect(self._set_preview)
        a[ActionId.SHOW_NAVIGATOR].toggled.connect(self.navigator_dock.setVisible)
        a[ActionId.SHOW_INSPECTOR].toggled.connect(self.inspector_dock.setVisible)
        for action_id in (ActionId.SHOW_NAVIGATOR, ActionId.SHOW_INSPECTOR):
            a[action_id].toggled.connect(self._remember_page_docks)
        for dock in (self.navigator_dock, self.inspector_dock):
            dock.visibilityChanged.connect(self._remember_page_docks)
        self.navigator_dock.visibilityChanged.connect(self._sync_dock_actions)
        self.inspector_dock.visibilityChanged.connect(self._sync_dock_actions)
        a[ActionId.FULL_SCREEN].toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        a[ActionId.ZOOM_IN].triggered.connect(lambda: self.set_zoom(self.session_view.zoom + 1))
        a[ActionId.ZOOM_OUT].triggered.connect(lambda: self.set_zoom(self.session_view.zoom - 1))
        a[ActionId.ZOOM_RESET].triggered.connect(lambda: self.set_zoom(0))
        a[ActionId.SHORTCUTS].triggered.connect(self.show_shortcuts)
        a[ActionId.ABOUT].triggered.connect(self.show_about)
        a[ActionId.ABOUT_QT].triggered.connect(QApplication.aboutQt)
        # Through the properties: a shortcut pressed before the parts are built builds them.
        a[ActionId.MERGE_FILES].triggered.connect(lambda: self.replication.merge_files())
        a[ActionId.SHOW_CONFLICTS].triggered.connect(lambda: self.replication.show_conflicts())
        a[ActionId.RESTORE_BACKUP].triggered.connect(lambda: self.replication.choose_backup())
        a[ActionId.SEND_NOTES].triggered.connect(lambda: self.replication.send_notes())
        a[ActionId.INBOX_FOLDER].triggered.connect(lambda: self.replication.choose_inbox())
        a[ActionId.CONNECT_VENUE].triggered.connect(lambda: self.venue.choose_relay())
        a[ActionId.SHARE_VENUE].triggered.connect(lambda: self.venue.share())
        for action_id in (
            ActionId.MERGE_FILES,
            ActionId.RESTORE_BACKUP,
            ActionId.INBOX_FOLDER,
            ActionId.CONNECT_VENUE,
            ActionId.SHARE_VENUE,
        ):
            # Another window holds the file: it merges, restores, backs up and meets the venue.
            a[action_id].setEnabled(not doc.read_only)

        self.navigator.session_selected.connect(lambda sid: self.open_session(sid))
        self.navigator.session_entered.connect(lambda sid: self.open_session(sid, focus_capture=True))
        view.current_item_changed.connect(lambda item_id: self.page_item_changed(view, item_id))
        self.search_dock.visibilityChanged.connect(self._search_dock_shown)
        doc.saved.connect(self.save_status.setText)
        doc.error_occurred.connect(self.show_error)
        doc.item_changed.connect(self._sync_tag_actions)
        doc.session_removed.connect(self._on_session_removed)
        doc.reloaded.connect(self._on_reloaded)
        doc.event_changed.connect(self._update_title)
        if doc.read_only:
            for action_id in (
                ActionId.ADD_SESSION,
                ActionId.RENAME_SESSION,
                ActionId.MOVE_SESSION_UP,
                ActionId.MOVE_SESSION_DOWN,
                ActionId.DELETE_SESSION,
                ActionId.SESSION_DETAILS,
                ActionId.EDIT_ITEM,
                ActionId.DELETE_ITEM,
                ActionId.MOVE_ITEM_UP,
                ActionId.MOVE_ITEM_DOWN,
                *TAG_ACTIONS,
            ):
                a[action_id].setEnabled(False)
        self._sync_dock_actions()
        self._on_current_item(None)

    # ---------------------------------------------------------------- handlers

    def _update_title(self) -> None:
        title = self.document.title
        if self.document.read_only:
            shown = self.tr("{0} — {1} (read-only)").format(title, self.document.path_name)
        else:
            shown = self.tr("{0} — {1}").format(title, self.document.path_name)
        self.setWindowTitle(shown)
        self.setWindowFilePath(str(self.document.store.path))

    def _sync_dock_actions(self, *_args: object) -> None:
        if not shiboken6.isValid(self):  # docks hide while the window is being destroyed
            return
        for action_id, dock in (
            (ActionId.SHOW_NAVIGATOR, self.navigator_dock),
            (ActionId.SHOW_INSPECTOR, self.inspector_dock),
        ):
            action = self.action_of[action_id]
            action.blockSignals(True)
            action.setChecked(dock.isVisibleTo(self) if self.isVisible() else not dock.isHidden())
            action.blockSignals(False)

    def _set_preview(self, on: bool) -> None:
        self.session_view.summary.set_preview_visible(on)
        save_value(STATE_GROUP, "preview", on)

    def _on_current_item(self, item_id: str | None) -> None:
        self.inspector.show_item(item_id)
        self._sync_tag_actions()

    def _sync_tag_actions(self, *_args: object) -> None:
        item_id = self.session_view.selected_item_id()
        tags: tuple[str, ...] = ()
        if item_id is not None and not self.document.closed:
            try:
                tags = self.document.store.item(item_id).tags
            except UserError:
                tags = ()
        for action_id, tag in TAG_ACTIONS.items():
            action = self.action_of[action_id]
            action.blockSignals(True)
            action.setChecked(str(tag) in tags)
            action.blockSignals(False)
            # Without a selected note the keys still tag the line being typed.
            action.setEnabled(self.session_view.session_id is not None and not self.document.read_only)

    def _toggle_tag(self, tag: Any) -> None:
        self.session_view.toggle_marker_or_tag(tag)
        self._sync_tag_actions()

    def _find_in_session(self) -> None:
        self.show_view("sessions")
        self.session_view.focus_filter()

    def _find_in_event(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.start()

    def _on_session_removed(self, session_id: str) -> None:
        if session_id == self.session_view.session_id:
            ids = self.navigator.nav_model.session_ids()
            self.open_session(ids[0] if ids else None)

    def _on_reloaded(self) -> None:
        current = self.session_view.session_id
        if current is not None and current not in self.navigator.nav_model.session_ids():
            self._on_session_removed(current)
        self._update_title()

    def edit_session_details(self) -> None:
        session_id = self.session_view.session_id
        if session_id is None:
            return
        from meetingkit.ui.dialogs.session_details import SessionDetailsDialog  # when first asked for

        session: Session = self.document.store.session(session_id)

        def apply(changes: dict[str, Any]) -> str | None:
            messages: list[str] = []
            self.document.error_occurred.connect(messages.append)
            try:
                self._suppress_error_dialog = True
                self.document.push(
                    EditSession(self.document, session_id, label=self.tr("Edit session details"), **changes)
                )
            finally:
                self._suppress_error_dialog = False
                self.document.error_occurred.disconnect(messages.append)
            return messages[0] if messages else None

        dialog = SessionDetailsDialog(session, apply, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._details_dialog = dialog

    def show_error(self, message: str) -> None:
        """One sentence in a window-modal dialog (never a traceback)."""
        self.last_error = message
        if self._suppress_error_dialog:
            return
        from PySide6.QtWidgets import QMessageBox  # made when first needed, not at every launch

        box = QMessageBox(
            QMessageBox.Icon.Warning, "meetingkit", message, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self._error_box = box

    def show_shortcuts(self) -> None:
        from meetingkit.ui.dialogs.shortcuts_help import ShortcutsDialog  # when first asked for

        dialog = ShortcutsDialog(self.action_of.items(), self.view_actions(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About meetingkit"))
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            f"<h3>meetingkit {meetingkit.__version__}</h3>"
            + "<p>"
            + self.tr("Session notes of multi-day meetings, full written summaries and outcome packs.")
            + "</p>"
            + f"<p>Qt {qVersion()} · PySide6 {pyside_version}<br>"
            + self.tr("MIT licence")
            + "</p>"
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def retint(self) -> None:
        """After a light/dark switch: icons follow the new text colour."""
        self.action_of.retint_icons()
        self.navigator.viewport().update()
        self.session_view.stream.viewport().update()

    # ---------------------------------------------------------------- closing

    def save_drafts(self) -> None:
        if not self.document.closed:
            self.session_view.save_drafts()
            self.inspector.setFocus()  # commits a field being edited in the inspector

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._layout_restored:
            # First run: docks get widths that show session titles and the inspector's fields whole.
            self._layout_restored = True
            # After the first layout pass: before it, the docks have no width to resize from.
            QTimer.singleShot(0, self._first_dock_widths)

    def _first_dock_widths(self) -> None:
        self.resizeDocks([self.navigator_dock, self.inspector_dock], [280, 310], Qt.Orientation.Horizontal)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_drafts()
        save_window(self, STATE_GROUP)
        save_value(
            STATE_GROUP, CONFLICTS_OPEN, self._replication is not None and self._replication.dock.isVisible()
        )
        if self._venue is not None:
            self._venue.stop()  # the relay or the live link uses the file: it ends before the file closes
        if not self.document.closed:
            self.recent.remember(
                self.document.store.path,
                session_id=self.session_view.session_id or "",
                title=self.document.title,
            )
            self.document.close()
        super().closeEvent(event)
        self.closed.emit()

    def _quit(self) -> None:
        # Closing every window first lets each one save its drafts and release its lock.
        QApplication.closeAllWindows()
