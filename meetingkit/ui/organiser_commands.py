"""Undo commands of the organiser views that commands.py does not have: files attached on a worker."""

from __future__ import annotations

from collections.abc import Sequence

from meetingkit.ui.commands import DocumentCommand
from meetingkit.ui.document import EventDocument


class AdoptAttachments(DocumentCommand):
    """Files a worker already attached through its own connection become one undoable step.

    The first apply only announces them; undo tombstones them, redo restores them.
    """

    def __init__(
        self, document: EventDocument, attachment_ids: Sequence[str], parent: DocumentCommand | None = None
    ) -> None:
        count = len(attachment_ids)
        super().__init__(document, f"Attach {count} file{'s' if count != 1 else ''}", parent)
        self.attachment_ids = list(attachment_ids)
        self._applied = False

    def forward(self) -> None:
        for attachment_id in self.attachment_ids:
            if self._applied:
                self.store.restore_attachment(attachment_id)
            self.document.attachment_added.emit(attachment_id)
        self._applied = True

    def backward(self) -> None:
        for attachment_id in reversed(self.attachment_ids):
            self.store.delete_attachment(attachment_id)
            self.document.attachment_removed.emit(attachment_id)
