"""The capture line: type a quick-entry note and press Enter; completes @names and #tags; keeps a draft."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from meetingkit.core.errors import UserError
from meetingkit.core.model import Tag
from meetingkit.core.quickentry import parse, rank_completions, toggle_marker
from meetingkit.ui.document import EventDocument
from meetingkit.ui.event_words import EventWords
from meetingkit.ui.qt_types import QT_TRANSLATE_NOOP, completer_popup

# A throttle, not a debounce: the first change starts the clock and the write happens this long after it,
# however fast the typing goes, so at most ~0.3 s of keystrokes (plus one commit) is ever only in memory.
DRAFT_THROTTLE_MS = 250
MAX_COMPLETIONS = 50

PLACEHOLDER = QT_TRANSLATE_NOOP(
    "CaptureLine",
    "Type a note and press Enter  ·  ! action  ~ synergy  = decision  ? question  * key point"
    '  " quote  ·  @who  #tag  due:YYYY-MM-DD  ^short',
)

# The token being typed at the cursor: `@Na`, `@[Two Wo`, `#ta`.
_TOKEN_AT_END = re.compile(r"(?:^|(?<=\s))(?P<token>@\[[^\]]*|@[^\s@#\[]*|#[^\s@#]*)$")


def mention(name: str) -> str:
    """How a name is written in the quick-entry syntax: `@UCLG`, `@[Emilia Saiz]`."""
    return f"@{name}" if re.fullmatch(r"[^\W_][\w.&'’-]*", name) else f"@[{name}]"


# A NamedTuple, not a dataclass: made at every launch, where a dataclass costs ~0.7 ms to create.
class Vocabulary(NamedTuple):
    """What the capture line completes: every known name and tag, and the current session's people."""

    names: list[str]
    tags: list[str]
    session_names: list[str]


class CaptureLine(QLineEdit):
    """One line per note. The owner connects `submitted` and calls `accept_submission()` once it is stored."""

    submitted = Signal(str)
    lines_pasted = Signal(str)  # text with line breaks arrived (a paste, a drop): the owner asks what to do
    expand_requested = Signal(
        str
    )  # Shift+Enter, or a multi-line draft came back: open the box with this text
    warnings_changed = Signal(list)  # what the parser will not understand in the line, said before Enter

    def __init__(
        self,
        document: EventDocument,
        vocabulary: Callable[[EventWords | None], Vocabulary],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        # The vocabulary for some words (None: read them from the file now), with the session's people.
        self._vocabulary_source = vocabulary
        self._vocabulary = Vocabulary([], [], [])
        self._vocabulary_session: str | None = None  # whose people rank first in it
        self._recent: list[str] = []  # names and tags this rapporteur sent, newest first
        self._session_id: str | None = None
        self.setPlaceholderText(self.tr(PLACEHOLDER))
        self.setAccessibleName(self.tr("Capture line"))
        self.setAccessibleDescription(
            self.tr(
                "Type a note and press Enter to add it to the session. Start with ! for an action, ~ for a"
                " synergy, = for a decision, ? for a question, * for a key point, a quote mark for a quote."
            )
        )
        self.setClearButtonEnabled(True)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._box_text: str | None = None  # while the multi-line box is open, what it holds
        self._draft_timer.setInterval(DRAFT_THROTTLE_MS)
        self._draft_timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire 5% late
        self._draft_timer.timeout.connect(self.save_draft)
        self.textChanged.connect(self._schedule_draft)
        self.textChanged.connect(self._check_line)
        self._single_line = ""  # the text before a paste brought line breaks in
        self._warnings: list[str] = []
        self.textEdited.connect(self._on_edited)
        self.returnPressed.connect(self._on_return)

        # The capture line ranks the matches itself; the completer only shows them in order.
        self._matches = QStringListModel(self)
        self._completer = QCompleter(self._matches, self)
        self._completer.setWidget(self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.setMaxVisibleItems(8)
        self._completer.activated.connect(self.insert_completion)
        self._vocabulary_stale = True
        self._new_items: list[str] = []  # notes added or changed since the vocabulary was read
        # A new note only adds words: merging it costs one indexed read, where re-reading every name
        # and tag costs tens of milliseconds on a 10,000-note event, at the first "@" after each Enter.
        document.item_added.connect(self._note_item)
        document.item_changed.connect(self._note_item)
        document.people_changed.connect(self._mark_vocabulary_stale)
        document.reloaded.connect(self._mark_vocabulary_stale)
        document.words_read.connect(self._adopt_words)

    # ---------------------------------------------------------------- session and drafts

    @property
    def session_id(self) -> str | None:
        return self._session_id

    def set_session(self, session_id: str | None) -> bool:
        """Switch to another session's line; returns True when a draft found in the file was put back."""
        self.save_draft()
        self._session_id = session_id
        draft = self._document.draft(session_id) if session_id else ""
        self._box_text = None
        self.setEnabled(session_id is not None and not self._document.read_only)
        if "\n" in draft:  # a note being written in the multi-line box: it goes back there
            self.setText("")
            self.set_box_text(draft)
            self.expand_requested.emit(draft)
        else:
            self.setText(draft)  # setText also clears the line's own undo history
        return bool(draft.strip())

    def set_box_text(self, text: str | None) -> None:
        """The multi-line box's text is the draft while the box is open (None: the box closed)."""
        self._box_text = text
        self._schedule_draft("")

    def save_draft(self) -> None:
        """Write the line being typed to the file now (it also happens 0.25 s after any change)."""
        self._draft_timer.stop()
        if self._session_id is not None and not self._document.closed:
            text = self.text() if self._box_text is None else self._box_text
            self._document.save_draft(self._session_id, text)

    def accept_submission(self) -> None:
        """The note is stored: empty the line and its draft at once, not a quarter second later."""
        self.setText("")
        self.save_draft()

    def _schedule_draft(self, _text: str) -> None:
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def _check_line(self, text: str) -> None:
        if "\n" in text or "\r" in text:
            # A line edit would send several lines as one garbled note: give the choice to the owner.
            self.setText(self._single_line)
            self.lines_pasted.emit(text)
            return
        self._single_line = text
        warnings = list(parse(text).warnings) if text.strip() else []
        if warnings != self._warnings:
            self._warnings = warnings
            self.warnings_changed.emit(warnings)

    def warnings(self) -> list[str]:
        return list(self._warnings)

    def toggle_marker(self, tag: Tag) -> None:
        """Add or take away the tag's leading marker on the line being typed (Ctrl+1..6 here)."""
        cursor_from_end = len(self.text()) - self.cursorPosition()
        toggled = toggle_marker(self.text(), tag)
        # Through the selection, so Ctrl+Z in the line takes the marker back.
        self.selectAll()
        self.insert(toggled)
        self.setCursorPosition(max(0, len(toggled) - cursor_from_end))

    def _on_edited(self, _text: str) -> None:
        self._update_completion()

    def _on_return(self) -> None:
        text = self.text()
        if text.strip() and self._session_id is not None:
            self._remember(text)
            self.submitted.emit(text)

    def _remember(self, text: str) -> None:
        entry = parse(text)
        used = [*entry.mentions, *entry.tags]
        self._recent = [*used, *(r for r in self._recent if r not in used)][:100]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shift and self._session_id is not None:
            completer_popup(self._completer).hide()
            self.expand_requested.emit(self.text())
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # Popup completion takes focus briefly; that is not the user leaving the line.
        if not completer_popup(self._completer).isVisible():
            self.save_draft()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        # With the popup open the completer hands every key to the line first; taking Enter and Tab here
        # means the popup never swallows Enter (it sends the line as typed) and Tab accepts a completion.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.completer_popup_visible()
            and self._popup_key(event)
        ):
            event.accept()
            return True
        # In an empty line Ctrl+Z undoes the last note (what the user just sent), not nothing at all.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and not self.text():
            undo = event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable()
            redo = event.matches(QKeySequence.StandardKey.Redo) and not self.isRedoAvailable()
            if undo or redo:
                event.ignore()  # not ours: the window's Undo/Redo action gets the key
                return False
        return super().event(event)

    # ---------------------------------------------------------------- completion

    def _mark_vocabulary_stale(self, *_args: object) -> None:
        self._vocabulary_stale = True

    def _note_item(self, item_id: str) -> None:
        self._new_items.append(item_id)

    def _adopt_words(self, words: EventWords) -> None:
        """The event's words, read on a thread after launch: the first "@" does not read them here
        (most of a second on a congress). Notes sent meanwhile are merged in at the next completion."""
        if self._vocabulary_stale:
            self._vocabulary = self._vocabulary_source(words)
            self._vocabulary_session = self._session_id
            self._vocabulary_stale = False

    def _refresh_vocabulary(self) -> None:
        if self._vocabulary_stale:
            self._vocabulary = self._vocabulary_source(None)
            self._vocabulary_session = self._session_id
            self._vocabulary_stale = False
            self._new_items.clear()
            return
        if self._vocabulary_session != self._session_id:  # another session: its own people rank first
            words = EventWords(self._vocabulary.names, self._vocabulary.tags)
            self._vocabulary = self._vocabulary_source(words)
            self._vocabulary_session = self._session_id
        new, self._new_items = self._new_items, []
        names, tags = self._vocabulary.names, self._vocabulary.tags
        for item_id in dict.fromkeys(new):
            try:
                item = self._document.store.item(item_id)
            except UserError:  # undone since
                continue
            named = [item.speaker, item.action.owner if item.action else ""]
            named += list(item.synergy.parties) if item.synergy else []
            known = {n.casefold() for n in names}
            names += [n for n in dict.fromkeys(named) if n and n.casefold() not in known]
            tags += [t for t in item.tags if t not in tags]

    def _popup_key(self, event: QKeyEvent) -> bool:
        """Handle Enter or Tab while the popup is open; False for every other key."""
        key = event.key()
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            return False  # Shift+Enter opens the multi-line box, popup or not (keyPressEvent)
        popup = completer_popup(self._completer)
        chosen = popup.currentIndex()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if chosen.isValid():  # the user went down into the list: Enter picks what they chose
                self.insert_completion(str(chosen.data()))
            else:
                self._on_return()  # the note is committed first; hiding the popup window comes after
                popup.hide()
            return True
        if key == Qt.Key.Key_Tab and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            row = chosen.row() if chosen.isValid() else 0
            self.insert_completion(str(self._matches.index(row).data()))
            return True
        return False

    def ranked_completions(self, token: str) -> list[str]:
        """What the popup offers for `token` (`@Me`, `@[Emil`, `#tra`), best first."""
        self._refresh_vocabulary()
        vocabulary = self._vocabulary
        if token.startswith("@"):
            typed = token[2:] if token.startswith("@[") else token[1:]
            names = rank_completions(
                typed, vocabulary.names, session=vocabulary.session_names, recent=self._recent
            )
            return [mention(n) for n in names[:MAX_COMPLETIONS]]
        tags = rank_completions(token[1:], vocabulary.tags, recent=self._recent)
        return [f"#{t}" for t in tags[:MAX_COMPLETIONS]]

    def current_token(self) -> str:
        match = _TOKEN_AT_END.search(self.text()[: self.cursorPosition()])
        return match.group("token") if match else ""

    def _update_completion(self) -> None:
        token = self.current_token()
        if len(token) < 2:  # "@" or "#" alone would list everyone
            completer_popup(self._completer).hide()
            return
        offered = self.ranked_completions(token)
        if not offered or offered == [token]:  # nothing to offer, or exactly what is typed
            completer_popup(self._completer).hide()
            return
        self._matches.setStringList(offered)
        self._completer.setCompletionPrefix("")
        rect = self.cursorRect()
        rect.setWidth(max(240, completer_popup(self._completer).sizeHintForColumn(0) + 24))
        self._completer.complete(rect)

    def insert_completion(self, completion: str) -> None:
        """Replace the token at the cursor with `completion` (`@[Emilia Saiz]`, `#governance`)."""
        token = self.current_token()
        cursor = self.cursorPosition()
        spacer = "" if self.text()[cursor:].startswith(" ") else " "
        # Replacing through the selection keeps the line's own undo history (Ctrl+Z takes it back).
        self.setSelection(cursor - len(token), len(token))
        self.insert(completion + spacer)
        completer_popup(self._completer).hide()

    def completer_popup_visible(self) -> bool:
        return completer_popup(self._completer).isVisible()
