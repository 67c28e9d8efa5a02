"""Undo commands of the organiser views that commands.py does not have: worker-attached files, programme import."""

from __future__ import annotations

from collections.abc import Sequence

from meetingkit.store.csv_import import CsvPreview, apply
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


class ImportProgramme(DocumentCommand):
    """Create the sessions of a checked programme CSV preview; undo removes them all in one step."""

    def __init__(
        self, document: EventDocument, preview: CsvPreview, parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, f"Import {len(preview.rows)} sessions", parent)
        self.preview = preview
        self.session_ids: list[str] | None = None

    def forward(self) -> None:
        if self.session_ids is None:
            before = {s.id for s in self.store.sessions()}
            apply(self.store, self.preview)
            self.session_ids = [s.id for s in self.store.sessions() if s.id not in before]
        else:
            with self.store.transaction():
                for session_id in self.session_ids:
                    self.store.restore_session(session_id)
        for session_id in self.session_ids:
            self.document.session_added.emit(session_id)
        self.document.people_changed.emit()

    def backward(self) -> None:
        assert self.session_ids is not None
        with self.store.transaction():
            for session_id in self.session_ids:
                self.store.delete_session(session_id)
        for session_id in self.session_ids:
            self.document.session_removed.emit(session_id)
