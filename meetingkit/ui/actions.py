"""Every QAction of the main window, created here from one table keyed by ActionId (labels, keys, tips)."""

from __future__ import annotations

from enum import Enum, auto
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from meetingkit.core.model import Tag
from meetingkit.ui.icons import icon
from meetingkit.ui.qt_types import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey | str


class ActionId(Enum):
    NEW_EVENT = auto()
    OPEN_EVENT = auto()
    OPEN_SAMPLE = auto()
    RESTORE_BACKUP = auto()
    SEND_NOTES = auto()
    MERGE_FILES = auto()
    INBOX_FOLDER = auto()
    SHOW_CONFLICTS = auto()
    CONNECT_VENUE = auto()
    SHARE_VENUE = auto()
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
    MERGE_SESSIONS = auto()
    SESSION_DETAILS = auto()
    PREVIOUS_SESSION = auto()
    NEXT_SESSION = auto()
    FOCUS_CAPTURE = auto()
    FOCUS_SUMMARY = auto()
    EDIT_ITEM = auto()
    DELETE_ITEM = auto()
    MOVE_ITEM_UP = auto()
    MOVE_ITEM_DOWN = auto()
    SPLIT_ITEM = auto()
    JOIN_ITEM = auto()
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
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
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


# A NamedTuple, not a dataclass: made at every launch, where a frozen dataclass costs ~0.5 ms to create.
class ActionSpec(NamedTuple):
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
    ActionId.NEW_EVENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "File"),
        QT_TRANSLATE_NOOP("Actions", "&New event…"),
        QT_TRANSLATE_NOOP("Actions", "Create a new event file"),
        (SK.New,),
        "new",
    ),
    ActionId.OPEN_EVENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "File"),
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        QT_TRANSLATE_NOOP("Actions", "Open an event file"),
        (SK.Open,),
        "open",
    ),
    ActionId.OPEN_SAMPLE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "File"),
        QT_TRANSLATE_NOOP("Actions", "Open the &sample event"),
        QT_TRANSLATE_NOOP("Actions", "Open the Barcelona learning meeting sample"),
        (),
        "sample",
    ),
    ActionId.RESTORE_BACKUP: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "File"),
        QT_TRANSLATE_NOOP("Actions", "Restore from &backup…"),
        QT_TRANSLATE_NOOP("Actions", "Put one of this event's backups in place of the file"),
        (),
        "undo",
    ),
    ActionId.SEND_NOTES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "File"),
        QT_TRANSLATE_NOOP("Actions", "Sen&d my notes…"),
        QT_TRANSLATE_NOOP("Actions", "Write an update file of your notes to hand over to the organiser"),
        (),
        "",
    ),
    ActionId.MERGE_FILES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Event"),
        QT_TRANSLATE_NOOP("Actions", "&Merge rapporteurs' files…"),
        QT_TRANSLATE_NOOP("Actions", "Bring other copies of this event into this file"),
        (),
        "",
    ),
    ActionId.INBOX_FOLDER: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Event"),
        QT_TRANSLATE_NOOP("Actions", "&Inbox folder…"),
        QT_TRANSLATE_NOOP("Actions", "A folder whose update files are merged as they arrive (a sync folder)"),
        (),
        "",
    ),
    ActionId.SHOW_CONFLICTS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Event"),
        QT_TRANSLATE_NOOP("Actions", "&Conflicts"),
        QT_TRANSLATE_NOOP("Actions", "Fields two rapporteurs changed at the same time: choose the value"),
        ("Ctrl+Shift+C",),
        "",
    ),
    ActionId.CONNECT_VENUE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Event"),
        QT_TRANSLATE_NOOP("Actions", "Connect to the &venue…"),
        QT_TRANSLATE_NOOP("Actions", "Sync live with the organiser's laptop: paste the join code"),
        (),
        "",
    ),
    ActionId.SHARE_VENUE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Event"),
        QT_TRANSLATE_NOOP("Actions", "&Share this event at the venue…"),
        QT_TRANSLATE_NOOP("Actions", "Let rapporteurs' laptops sync live with this one: shows the join code"),
        (),
        "",
    ),
    ActionId.CLOSE_WINDOW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "File"),
        QT_TRANSLATE_NOOP("Actions", "&Close window"),
        QT_TRANSLATE_NOOP("Actions", "Close this event window"),
        (SK.Close,),
        "close",
    ),
    ActionId.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "File"),
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Quit meetingkit (every line is already saved)"),
        (SK.Quit,),
        "quit",
        QAction.MenuRole.QuitRole,
    ),
    ActionId.UNDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Edit"),
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        QT_TRANSLATE_NOOP("Actions", "Undo the last change"),
        (SK.Undo,),
        "undo",
    ),
    ActionId.REDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Edit"),
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        QT_TRANSLATE_NOOP("Actions", "Redo the change just undone"),
        (SK.Redo, "Ctrl+Shift+Z"),
        "redo",
    ),
    ActionId.PREFERENCES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Edit"),
        QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
        QT_TRANSLATE_NOOP("Actions", "Change meetingkit's settings"),
        (SK.Preferences, "Ctrl+,"),
        "",
        QAction.MenuRole.PreferencesRole,
    ),
    ActionId.ADD_SESSION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Session"),
        QT_TRANSLATE_NOOP("Actions", "&Add session"),
        QT_TRANSLATE_NOOP("Actions", "Add a session to the selected day"),
        ("Ctrl+Shift+N",),
        "add-session",
    ),
    ActionId.RENAME_SESSION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Session"),
        QT_TRANSLATE_NOOP("Actions", "&Rename"),
        QT_TRANSLATE_NOOP("Actions", "Rename the selected session, or change a day's theme"),
        ("F2",),
        "rename",
    ),
    ActionId.MOVE_SESSION_UP: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Session"),
        QT_TRANSLATE_NOOP("Actions", "Move session &up"),
        QT_TRANSLATE_NOOP("Actions", "Move the session earlier in the day"),
        ("Alt+Up",),
        "move-up",
    ),
    ActionId.MOVE_SESSION_DOWN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Session"),
        QT_TRANSLATE_NOOP("Actions", "Move session &down"),
        QT_TRANSLATE_NOOP("Actions", "Move the session later in the day"),
        ("Alt+Down",),
        "move-down",
    ),
    ActionId.DELETE_SESSION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Session"),
        QT_TRANSLATE_NOOP("Actions", "&Delete session"),
        QT_TRANSLATE_NOOP("Actions", "Delete the selected session (undo brings it back)"),
        (SK.Delete,),
        "delete",
    ),
    ActionId.MERGE_SESSIONS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Session"),
        QT_TRANSLATE_NOOP("Actions", "Merge with the session of the same &title"),
        QT_TRANSLATE_NOOP(
            "Actions", "Fold the other session of this day with the same title into this one (notes kept)"
        ),
        (),
        "",
    ),
    ActionId.SESSION_DETAILS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Session"),
        QT_TRANSLATE_NOOP("Actions", "Session &details…"),
        QT_TRANSLATE_NOOP("Actions", "Edit time, room, people and guiding questions"),
        ("Ctrl+Shift+E",),
        "details",
    ),
    ActionId.PREVIOUS_SESSION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Session"),
        QT_TRANSLATE_NOOP("Actions", "&Previous session"),
        QT_TRANSLATE_NOOP("Actions", "Open the session before this one"),
        ("Ctrl+PgUp",),
        "move-up",
    ),
    ActionId.NEXT_SESSION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Session"),
        QT_TRANSLATE_NOOP("Actions", "&Next session"),
        QT_TRANSLATE_NOOP("Actions", "Open the session after this one"),
        ("Ctrl+PgDown",),
        "move-down",
    ),
    ActionId.FOCUS_CAPTURE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Notes"),
        QT_TRANSLATE_NOOP("Actions", "Go to the &capture line"),
        QT_TRANSLATE_NOOP("Actions", "Type a new note"),
        ("Ctrl+L",),
        "capture",
    ),
    ActionId.FOCUS_SUMMARY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Notes"),
        QT_TRANSLATE_NOOP("Actions", "Edit the &summary"),
        QT_TRANSLATE_NOOP("Actions", "Write the rapporteur's summary"),
        ("Ctrl+Shift+M",),
        "rename",
    ),
    ActionId.EDIT_ITEM: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Notes"),
        QT_TRANSLATE_NOOP("Actions", "&Edit note"),
        QT_TRANSLATE_NOOP("Actions", "Edit the selected note in place"),
        ("F2",),
        "rename",
    ),
    ActionId.SPLIT_ITEM: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Notes"),
        QT_TRANSLATE_NOOP("Actions", "S&plit note at the cursor"),
        QT_TRANSLATE_NOOP("Actions", "Cut the note in two where the cursor is in the inspector's text"),
        ("Ctrl+Shift+K",),
    ),
    ActionId.JOIN_ITEM: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Notes"),
        QT_TRANSLATE_NOOP("Actions", "&Join with the next note"),
        QT_TRANSLATE_NOOP("Actions", "Make the selected note and the one after it a single note"),
        ("Ctrl+Shift+J",),
    ),
    ActionId.DELETE_ITEM: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Notes"),
        QT_TRANSLATE_NOOP("Actions", "&Delete note"),
        QT_TRANSLATE_NOOP("Actions", "Delete the selected note (undo brings it back)"),
        (SK.Delete,),
        "delete",
    ),
    ActionId.MOVE_ITEM_UP: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Notes"),
        QT_TRANSLATE_NOOP("Actions", "Move note &up"),
        QT_TRANSLATE_NOOP("Actions", "Move the note earlier"),
        ("Alt+Up",),
        "move-up",
    ),
    ActionId.MOVE_ITEM_DOWN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Notes"),
        QT_TRANSLATE_NOOP("Actions", "Move note do&wn"),
        QT_TRANSLATE_NOOP("Actions", "Move the note later"),
        ("Alt+Down",),
        "move-down",
    ),
    ActionId.TAG_ACTION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Tags"),
        QT_TRANSLATE_NOOP("Actions", "&Action"),
        QT_TRANSLATE_NOOP("Actions", "Tag the selected note as an action"),
        ("Ctrl+1",),
        "action",
        checkable=True,
    ),
    ActionId.TAG_SYNERGY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Tags"),
        QT_TRANSLATE_NOOP("Actions", "&Synergy"),
        QT_TRANSLATE_NOOP("Actions", "Tag the selected note as a synergy"),
        ("Ctrl+2",),
        "synergy",
        checkable=True,
    ),
    ActionId.TAG_DECISION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Tags"),
        QT_TRANSLATE_NOOP("Actions", "&Decision"),
        QT_TRANSLATE_NOOP("Actions", "Tag the selected note as a decision"),
        ("Ctrl+3",),
        "decision",
        checkable=True,
    ),
    ActionId.TAG_QUESTION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Tags"),
        QT_TRANSLATE_NOOP("Actions", "&Question"),
        QT_TRANSLATE_NOOP("Actions", "Tag the selected note as a question"),
        ("Ctrl+4",),
        "question",
        checkable=True,
    ),
    ActionId.TAG_KEY_POINT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Tags"),
        QT_TRANSLATE_NOOP("Actions", "&Key point"),
        QT_TRANSLATE_NOOP("Actions", "Tag the selected note as a key point"),
        ("Ctrl+5",),
        "key-point",
        checkable=True,
    ),
    ActionId.TAG_QUOTE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Tags"),
        QT_TRANSLATE_NOOP("Actions", "Q&uote"),
        QT_TRANSLATE_NOOP("Actions", "Tag the selected note as a quote"),
        ("Ctrl+6",),
        "quote",
        checkable=True,
    ),
    ActionId.FIND_IN_SESSION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Search"),
        QT_TRANSLATE_NOOP("Actions", "&Filter this session…"),
        QT_TRANSLATE_NOOP("Actions", "Show only the notes of this session that match"),
        (SK.Find,),
        "search",
    ),
    ActionId.FIND_IN_EVENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Search"),
        QT_TRANSLATE_NOOP("Actions", "&Search the event…"),
        QT_TRANSLATE_NOOP("Actions", "Search notes, summaries and captions of every session"),
        ("Ctrl+Shift+F",),
        "search-event",
    ),
    ActionId.TOGGLE_PREVIEW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "View"),
        QT_TRANSLATE_NOOP("Actions", "Summary &preview"),
        QT_TRANSLATE_NOOP("Actions", "Show the summary rendered beside its Markdown"),
        ("Ctrl+Shift+P",),
        "preview",
        checkable=True,
    ),
    ActionId.SHOW_NAVIGATOR: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "View"),
        QT_TRANSLATE_NOOP("Actions", "&Navigator"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the days and sessions"),
        ("F9",),
        "navigator",
        checkable=True,
    ),
    ActionId.SHOW_INSPECTOR: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "View"),
        QT_TRANSLATE_NOOP("Actions", "&Inspector"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the selected note's fields"),
        ("F4",),
        "inspector",
        checkable=True,
    ),
    ActionId.FULL_SCREEN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "View"),
        QT_TRANSLATE_NOOP("Actions", "&Full screen"),
        QT_TRANSLATE_NOOP("Actions", "Use the whole screen"),
        (SK.FullScreen, "F11"),
        "fullscreen",
        checkable=True,
    ),
    ActionId.ZOOM_IN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "View"),
        QT_TRANSLATE_NOOP("Actions", "Zoom &in"),
        QT_TRANSLATE_NOOP("Actions", "Larger text in the notes and the capture line"),
        (SK.ZoomIn, "Ctrl+="),
    ),
    ActionId.ZOOM_OUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "View"),
        QT_TRANSLATE_NOOP("Actions", "Zoom &out"),
        QT_TRANSLATE_NOOP("Actions", "Smaller text in the notes and the capture line"),
        (SK.ZoomOut,),
    ),
    ActionId.ZOOM_RESET: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "View"),
        QT_TRANSLATE_NOOP("Actions", "&Actual size"),
        QT_TRANSLATE_NOOP("Actions", "Text in the notes and the capture line at its usual size"),
        ("Ctrl+0",),
    ),
    ActionId.SHORTCUTS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Help"),
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts…"),
        QT_TRANSLATE_NOOP("Actions", "List every keyboard shortcut"),
        (SK.HelpContents, "Ctrl+/"),
        "keyboard",
    ),
    ActionId.ABOUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Help"),
        QT_TRANSLATE_NOOP("Actions", "&About meetingkit…"),
        QT_TRANSLATE_NOOP("Actions", "Version and licence"),
        (),
        "info",
        QAction.MenuRole.AboutRole,
    ),
    ActionId.ABOUT_QT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Help"),
        QT_TRANSLATE_NOOP("Actions", "About &Qt…"),
        QT_TRANSLATE_NOOP("Actions", "The Qt version in use"),
        (),
        "",
        QAction.MenuRole.AboutQtRole,
    ),
}


def translated(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


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
            action = QAction(translated(spec.label), parent)
            action.setObjectName(action_id.name.lower())
            action.setShortcuts(key_sequences(spec.keys))
            tip = translated(spec.tip)
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
    action.setStatusTip(QCoreApplication.translate("Actions", "Show %1").replace("%1", title))
    action.setToolTip(f"{title} ({shortcut_text(action)})" if position <= 9 else title)
    if icon_name:
        action.setIcon(icon(icon_name))
    return action
