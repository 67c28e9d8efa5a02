"""Every QAction of the main window, created here from one table keyed by ActionId (labels, keys, tips)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from meetingkit.core.model import Tag
from meetingkit.ui.icons import icon

Key = QKeySequence.StandardKey | str


class ActionId(Enum):
    NEW_EVENT = auto()
    OPEN_EVENT = auto()
    OPEN_SAMPLE = auto()
    CLOSE_WINDOW = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    PREFERENCES = auto()
    ADD_SESSION = auto()
    RENAME_SESSION = auto()
    MOVE_SESSION_UP = auto()
    MOVE_SESSION_DOWN = auto()
    DELETE_SESSION = auto()
    SESSION_DETAILS = auto()
    PREVIOUS_SESSION = auto()
    NEXT_SESSION = auto()
    FOCUS_CAPTURE = auto()
    FOCUS_SUMMARY = auto()
    EDIT_ITEM = auto()
    DELETE_ITEM = auto()
    MOVE_ITEM_UP = auto()
    MOVE_ITEM_DOWN = auto()
    TAG_ACTION = auto()
    TAG_SYNERGY = auto()
    TAG_DECISION = auto()
    TAG_QUESTION = auto()
    TAG_KEY_POINT = auto()
    TAG_QUOTE = auto()
    FIND_IN_SESSION = auto()
    FIND_IN_EVENT = auto()
    TOGGLE_PREVIEW = auto()
    SHOW_NAVIGATOR = auto()
    SHOW_INSPECTOR = auto()
    FULL_SCREEN = auto()
    SHORTCUTS = auto()
    ABOUT = auto()
    ABOUT_QT = auto()


# Actions that act on what has focus: their keys work only inside the widget that adds them
# (Delete in the navigator deletes a session, in the notes stream a note, in a text field a character).
WIDGET_SCOPED = frozenset(
    {
        ActionId.RENAME_SESSION,
        ActionId.MOVE_SESSION_UP,
        ActionId.MOVE_SESSION_DOWN,
        ActionId.DELETE_SESSION,
        ActionId.EDIT_ITEM,
        ActionId.DELETE_ITEM,
        ActionId.MOVE_ITEM_UP,
        ActionId.MOVE_ITEM_DOWN,
    }
)


@dataclass(frozen=True, slots=True)
class ActionSpec:
    section: str
    label: str
    tip: str
    keys: tuple[Key, ...] = ()
    icon: str = ""
    role: QAction.MenuRole = QAction.MenuRole.NoRole
    checkable: bool = False


TAG_ACTIONS: dict[ActionId, Tag] = {
    ActionId.TAG_ACTION: Tag.ACTION,
    ActionId.TAG_SYNERGY: Tag.SYNERGY,
    ActionId.TAG_DECISION: Tag.DECISION,
    ActionId.TAG_QUESTION: Tag.QUESTION,
    ActionId.TAG_KEY_POINT: Tag.KEY_POINT,
    ActionId.TAG_QUOTE: Tag.QUOTE,
}

SK = QKeySequence.StandardKey

SPECS: dict[ActionId, ActionSpec] = {
    ActionId.NEW_EVENT: ActionSpec("File", "&New event…", "Create a new event file", (SK.New,), "new"),
    ActionId.OPEN_EVENT: ActionSpec("File", "&Open…", "Open an event file", (SK.Open,), "open"),
    ActionId.OPEN_SAMPLE: ActionSpec(
        "File", "Open the &sample event", "Open the Barcelona learning meeting sample", (), "sample"
    ),
    ActionId.CLOSE_WINDOW: ActionSpec(
        "File", "&Close window", "Close this event window", (SK.Close,), "close"
    ),
    ActionId.QUIT: ActionSpec(
        "File",
        "&Quit",
        "Quit meetingkit (every line is already saved)",
        (SK.Quit,),
        "quit",
        QAction.MenuRole.QuitRole,
    ),
    ActionId.UNDO: ActionSpec("Edit", "&Undo", "Undo the last change", (SK.Undo,), "undo"),
    ActionId.REDO: ActionSpec(
        "Edit", "&Redo", "Redo the change just undone", (SK.Redo, "Ctrl+Shift+Z"), "redo"
    ),
    ActionId.PREFERENCES: ActionSpec(
        "Edit",
        "&Preferences…",
        "Change meetingkit's settings",
        (SK.Preferences, "Ctrl+,"),
        "",
        QAction.MenuRole.PreferencesRole,
    ),
    ActionId.ADD_SESSION: ActionSpec(
        "Session", "&Add session", "Add a session to the selected day", ("Ctrl+Shift+N",), "add-session"
    ),
    ActionId.RENAME_SESSION: ActionSpec(
        "Session", "&Rename", "Rename the selected session, or change a day's theme", ("F2",), "rename"
    ),
    ActionId.MOVE_SESSION_UP: ActionSpec(
        "Session", "Move session &up", "Move the session earlier in the day", ("Alt+Up",), "move-up"
    ),
    ActionId.MOVE_SESSION_DOWN: ActionSpec(
        "Session", "Move session &down", "Move the session later in the day", ("Alt+Down",), "move-down"
    ),
    ActionId.DELETE_SESSION: ActionSpec(
        "Session",
        "&Delete session",
        "Delete the selected session (undo brings it back)",
        (SK.Delete,),
        "delete",
    ),
    ActionId.SESSION_DETAILS: ActionSpec(
        "Session",
        "Session &details…",
        "Edit time, room, people and guiding questions",
        ("Ctrl+Shift+E",),
        "details",
    ),
    ActionId.PREVIOUS_SESSION: ActionSpec(
        "Session", "&Previous session", "Open the session before this one", ("Ctrl+PgUp",), "move-up"
    ),
    ActionId.NEXT_SESSION: ActionSpec(
        "Session", "&Next session", "Open the session after this one", ("Ctrl+PgDown",), "move-down"
    ),
    ActionId.FOCUS_CAPTURE: ActionSpec(
        "Notes", "Go to the &capture line", "Type a new note", ("Ctrl+L",), "capture"
    ),
    ActionId.FOCUS_SUMMARY: ActionSpec(
        "Notes", "Edit the &summary", "Write the rapporteur's summary", ("Ctrl+Shift+M",), "rename"
    ),
    ActionId.EDIT_ITEM: ActionSpec(
        "Notes", "&Edit note", "Edit the selected note in place", ("F2",), "rename"
    ),
    ActionId.DELETE_ITEM: ActionSpec(
        "Notes", "&Delete note", "Delete the selected note (undo brings it back)", (SK.Delete,), "delete"
    ),
    ActionId.MOVE_ITEM_UP: ActionSpec(
        "Notes", "Move note &up", "Move the note earlier", ("Alt+Up",), "move-up"
    ),
    ActionId.MOVE_ITEM_DOWN: ActionSpec(
        "Notes", "Move note do&wn", "Move the note later", ("Alt+Down",), "move-down"
    ),
    ActionId.TAG_ACTION: ActionSpec(
        "Tags", "&Action", "Tag the selected note as an action", ("Ctrl+1",), "action", checkable=True
    ),
    ActionId.TAG_SYNERGY: ActionSpec(
        "Tags", "&Synergy", "Tag the selected note as a synergy", ("Ctrl+2",), "synergy", checkable=True
    ),
    ActionId.TAG_DECISION: ActionSpec(
        "Tags", "&Decision", "Tag the selected note as a decision", ("Ctrl+3",), "decision", checkable=True
    ),
    ActionId.TAG_QUESTION: ActionSpec(
        "Tags", "&Question", "Tag the selected note as a question", ("Ctrl+4",), "question", checkable=True
    ),
    ActionId.TAG_KEY_POINT: ActionSpec(
        "Tags", "&Key point", "Tag the selected note as a key point", ("Ctrl+5",), "key-point", checkable=True
    ),
    ActionId.TAG_QUOTE: ActionSpec(
        "Tags", "Q&uote", "Tag the selected note as a quote", ("Ctrl+6",), "quote", checkable=True
    ),
    ActionId.FIND_IN_SESSION: ActionSpec(
        "Search",
        "&Filter this session…",
        "Show only the notes of this session that match",
        (SK.Find,),
        "search",
    ),
    ActionId.FIND_IN_EVENT: ActionSpec(
        "Search",
        "&Search the event…",
        "Search notes, summaries and captions of every session",
        ("Ctrl+Shift+F",),
        "search-event",
    ),
    ActionId.TOGGLE_PREVIEW: ActionSpec(
        "View",
        "Summary &preview",
        "Show the summary rendered beside its Markdown",
        ("Ctrl+Shift+P",),
        "preview",
        checkable=True,
    ),
    ActionId.SHOW_NAVIGATOR: ActionSpec(
        "View", "&Navigator", "Show or hide the days and sessions", ("F9",), "navigator", checkable=True
    ),
    ActionId.SHOW_INSPECTOR: ActionSpec(
        "View", "&Inspector", "Show or hide the selected note's fields", ("F4",), "inspector", checkable=True
    ),
    ActionId.FULL_SCREEN: ActionSpec(
        "View", "&Full screen", "Use the whole screen", (SK.FullScreen,), "fullscreen", checkable=True
    ),
    ActionId.SHORTCUTS: ActionSpec(
        "Help",
        "&Keyboard shortcuts…",
        "List every keyboard shortcut",
        (SK.HelpContents, "Ctrl+/"),
        "keyboard",
    ),
    ActionId.ABOUT: ActionSpec(
        "Help", "&About meetingkit…", "Version and licence", (), "info", QAction.MenuRole.AboutRole
    ),
    ActionId.ABOUT_QT: ActionSpec(
        "Help", "About &Qt…", "The Qt version in use", (), "", QAction.MenuRole.AboutQtRole
    ),
}


def key_sequences(keys: tuple[Key, ...]) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for key in keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, SK) else [QKeySequence(key)]
        for sequence in found:
            if not sequence.isEmpty() and sequence not in sequences:
                sequences.append(sequence)
    return sequences


def shortcut_text(action: QAction) -> str:
    """The action's keys as the user sees them on this platform, e.g. 'Ctrl+Z'."""
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())


class ActionRegistry:
    """Creates every action of one window; widgets look them up by ActionId and connect handlers."""

    def __init__(self, parent: QObject) -> None:
        self._actions: dict[ActionId, QAction] = {}
        for action_id, spec in SPECS.items():
            action = QAction(spec.label, parent)
            action.setObjectName(action_id.name.lower())
            action.setShortcuts(key_sequences(spec.keys))
            tip = spec.tip
            keys = shortcut_text(action)
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setMenuRole(spec.role)
            action.setCheckable(spec.checkable)
            if action_id in WIDGET_SCOPED:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self._actions[action_id] = action
        self.retint_icons()

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def items(self) -> list[tuple[ActionId, QAction]]:
        return list(self._actions.items())

    def retint_icons(self) -> None:
        """Re-render our line icons in the palette's text colour (after a light/dark switch)."""
        for action_id, action in self._actions.items():
            name = SPECS[action_id].icon
            if name:
                action.setIcon(icon(name))


def view_action(parent: QObject, position: int, title: str, icon_name: str) -> QAction:
    """The View menu action that shows page `position` (1-based) of the main window: Ctrl+Alt+position."""
    action = QAction(title, parent)
    action.setObjectName(f"show_view_{position}")
    action.setCheckable(True)
    if position <= 9:
        action.setShortcut(QKeySequence(f"Ctrl+Alt+{position}"))
    action.setStatusTip(f"Show {title}")
    action.setToolTip(f"{title} ({shortcut_text(action)})" if position <= 9 else title)
    if icon_name:
        action.setIcon(icon(icon_name))
    return action
