"""Undoable edits of the summary assistant's drafts: accepting sentences (the draft itself is not an edit)."""

from __future__ import annotations

from collections.abc import Sequence

from meetingkit.core.model import DraftScope
from meetingkit.ui.commands import DocumentCommand
from meetingkit.ui.document import EventDocument


class AcceptSessionDraft(DocumentCommand):
    """Accept the whole stored draft (no numbers) or the numbered sentences; undo puts back what was
    accepted before. Reported as session_changed: the session's document text changed."""

    def __init__(self, document: EventDocument, session_id: str, numbers: Sequence[int] = ()) -> None:
        super().__init__(document, "Accept the draft" if not numbers else "Accept drafted sentences")
        self.session_id = session_id
        self.numbers = tuple(numbers)
        stored = self.store.summary_draft(DraftScope.SESSION, session_id)
        self.before = stored.accepted if stored else None

    def forward(self) -> None:
        self.store.accept_summary_draft(DraftScope.SESSION, self.session_id, self.numbers)
        self.document.session_changed.emit(self.session_id)

    def backward(self) -> None:
        self.store.set_accepted_summary(DraftScope.SESSION, self.session_id, self.before)
        self.document.session_changed.emit(self.session_id)
