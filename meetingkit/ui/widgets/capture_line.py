"""The capture line: type a quick-entry note and press Enter; completes @names and #tags; keeps a draft."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from meetingkit.ui.document import EventDocument

DRAFT_DELAY_MS = 700  # the line being typed reaches the file within a second

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


class CaptureLine(QLineEdit):
    """One line per note. The owner connects `submitted` and calls `accept_submission()` once it is stored."""

    submitted = Signal(str)

    def __init__(
        self,
        document: EventDocument,
        vocabulary: Callable[[], tuple[list[str], list[str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._vocabulary = vocabulary  # () -> (names, tags), read when completion starts
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
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self.textEdited.connect(self._on_edited)
        self.returnPressed.connect(self._on_return)

        self._names = QStringListModel(self)
        self._tags = QStringListModel(self)
        self._completer = QCompleter(self)
        self._completer.setWidget(self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.setMaxVisibleItems(8)
        self._completer.activated.connect(self.insert_completion)
        self._token_kind = ""
        self._vocabulary_stale = True
        for signal in (
            document.item_added,
            document.item_changed,
            document.people_changed,
            document.reloaded,
        ):
            signal.connect(self._mark_vocabulary_stale)

    # ---------------------------------------------------------------- session and drafts

    @property
    def session_id(self) -> str | None:
        return self._session_id

    def set_session(self, session_id: str | None) -> bool:
        """Switch to another session's line; returns True when a draft found in the file was put back."""
        self.save_draft()
        self._session_id = session_id
        draft = self._document.draft(session_id) if session_id else ""
        self.setText(draft)  # setText also clears the line's own undo history
        self.setEnabled(session_id is not None and not self._document.read_only)
        return bool(draft.strip())

    def save_draft(self) -> None:
        """Write the line being typed to the file now (it also happens 0.7 s after the last key)."""
        self._draft_timer.stop()
        if self._session_id is not None and not self._document.closed:
            self._document.save_draft(self._session_id, self.text())

    def accept_submission(self) -> None:
        """The note is stored: empty the line and its draft at once, not after the debounce."""
        self.setText("")
        self.save_draft()

    def _on_edited(self, _text: str) -> None:
        self._draft_timer.start()
        self._update_completion()

    def _on_return(self) -> None:
        if self._completer.popup().isVisible():
            return
        if self.text().strip() and self._session_id is not None:
            self.submitted.emit(self.text())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # Popup completion takes focus briefly; that is not the user leaving the line.
        if not self._completer.popup().isVisible():
            self.save_draft()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
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

    def _refresh_vocabulary(self) -> None:
        if not self._vocabulary_stale:
            return
        names, tags = self._vocabulary()
        self._names.setStringList([mention(n) for n in names])
        self._tags.setStringList([f"#{t}" for t in tags])
        self._vocabulary_stale = False

    def current_token(self) -> str:
        match = _TOKEN_AT_END.search(self.text()[: self.cursorPosition()])
        return match.group("token") if match else ""

    def _update_completion(self) -> None:
        token = self.current_token()
        if len(token) < 2:  # "@" or "#" alone would list everyone
            self._completer.popup().hide()
            return
        self._refresh_vocabulary()
        kind = token[0]
        if kind != self._token_kind:
            self._completer.setModel(self._names if kind == "@" else self._tags)
            self._token_kind = kind
        prefix = token[2:] if token.startswith("@[") else token[1:]
        self._completer.setCompletionPrefix(prefix)
        if self._completer.completionCount() == 0:
            self._completer.popup().hide()
            return
        rect = self.cursorRect()
        rect.setWidth(max(240, self._completer.popup().sizeHintForColumn(0) + 24))
        self._completer.complete(rect)

    def insert_completion(self, completion: str) -> None:
        """Replace the token at the cursor with `completion` (`@[Emilia Saiz]`, `#governance`)."""
        token = self.current_token()
        cursor = self.cursorPosition()
        spacer = "" if self.text()[cursor:].startswith(" ") else " "
        # Replacing through the selection keeps the line's own undo history (Ctrl+Z takes it back).
        self.setSelection(cursor - len(token), len(token))
        self.insert(completion + spacer)
        self._completer.popup().hide()
        self._draft_timer.start()

    def completer_popup_visible(self) -> bool:
        return self._completer.popup().isVisible()
