"""Undo commands: each user edit is one small QUndoCommand whose redo/undo call store methods.

Push them with ``document.push(command)``. A command with children (``parent=`` in the child's
constructor) applies its children in order and undoes them in reverse, so one undo restores a
compound edit. A store refusal (UserError) becomes one sentence in a dialog through the document;
a command that fails is never left on the stack.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtGui import QUndoCommand

from meetingkit.core.errors import UserError
from meetingkit.core.model import (
    ActionFields,
    ActionStatus,
    AttachmentKind,
    Horizon,
    Item,
    Role,
    Session,
    SynergyFields,
    Tag,
)
from meetingkit.store import UNSET, Unset
from meetingkit.ui.document import EventDocument

# mergeWith ids: consecutive edits of the same text field become one undo step.
MERGE_SESSION_SUMMARY = 1
MERGE_EVENT_TEXT = 2


class DocumentCommand(QUndoCommand):
    """Base of every edit. Subclasses implement forward() and backward() with store calls and signals."""

    def __init__(self, document: EventDocument, text: str, parent: DocumentCommand | None = None) -> None:
        # Children are kept in Python only: a Qt-side parent would make C++ delete them under
        # their Python wrappers when an unpushed compound is dropped (a crash in PySide6).
        super().__init__(text)
        self.document = document
        self.store = document.store
        self._children: list[DocumentCommand] = []
        self._skip_next_redo = False
        if parent is not None:
            parent._children.append(self)

    # ---------------------------------------------------------------- what subclasses write

    def forward(self) -> None:
        """Make the change in the store (first apply and every redo)."""

    def backward(self) -> None:
        """Take it back."""

    # ---------------------------------------------------------------- the machinery

    def _run_forward(self) -> None:
        done: list[DocumentCommand] = []
        try:
            for child in self._children:
                child._run_forward()
                done.append(child)
            self.forward()
        except BaseException:
            for child in reversed(done):
                child._run_backward()
            raise

    def _run_backward(self) -> None:
        self.backward()
        done: list[DocumentCommand] = []
        try:
            for child in reversed(self._children):
                child._run_backward()
                done.append(child)
        except BaseException:
            for child in reversed(done):
                child._run_forward()
            self.forward()
            raise

    def apply_first(self) -> bool:
        """Apply before the stack sees the command (EventDocument.push); False if the store refused."""
        try:
            self._run_forward()
        except UserError as error:
            self.document.report_error(error)
            return False
        self._skip_next_redo = True  # QUndoStack.push calls redo(): the change is already made
        self.document.notify_saved()
        return True

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._guarded(self._run_forward)

    def undo(self) -> None:
        self._guarded(self._run_backward)

    def _guarded(self, step: Any) -> None:
        try:
            step()
        except UserError as error:
            # An obsolete command is dropped by QUndoStack after this undo/redo returns, so the
            # stack never offers a step the file no longer matches.
            self.setObsolete(True)
            self.document.report_error(error)
            return
        self.document.notify_saved()


class CompoundCommand(DocumentCommand):
    """A named group: create it, pass it as `parent` to the children, push the group."""


# -------------------------------------------------------------------- items


class AddEntry(DocumentCommand):
    """Capture one quick-entry line (the capture line): undo tombstones the item, redo restores it."""

    def __init__(
        self, document: EventDocument, session_id: str, line: str, parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, "Add note", parent)
        self.session_id = session_id
        self.line = line
        self.item_id: str | None = None

    def forward(self) -> None:
        if self.item_id is None:
            self.item_id = self.store.add_entry(self.session_id, self.line).id
        else:
            self.store.restore_item(self.item_id)
        self.document.item_added.emit(self.item_id)

    def backward(self) -> None:
        assert self.item_id is not None
        self.store.delete_item(self.item_id)
        self.document.item_removed.emit(self.item_id)


class AddItem(DocumentCommand):
    """Add an item from explicit fields (views that create items without the quick-entry syntax)."""

    def __init__(
        self,
        document: EventDocument,
        session_id: str,
        text: str,
        *,
        tags: Sequence[str] = (),
        action: ActionFields | None = None,
        synergy: SynergyFields | None = None,
        speaker: str = "",
        index: int | None = None,
        parent: DocumentCommand | None = None,
    ) -> None:
        super().__init__(document, "Add note", parent)
        self.session_id = session_id
        self.fields: dict[str, Any] = {
            "tags": tuple(tags),
            "action": action,
            "synergy": synergy,
            "speaker": speaker,
            "index": index,
        }
        self.text_value = text
        self.item_id: str | None = None

    def forward(self) -> None:
        if self.item_id is None:
            self.item_id = self.store.add_item(self.session_id, self.text_value, **self.fields).id
        else:
            self.store.restore_item(self.item_id)
        self.document.item_added.emit(self.item_id)

    def backward(self) -> None:
        assert self.item_id is not None
        self.store.delete_item(self.item_id)
        self.document.item_removed.emit(self.item_id)


def _item_fields(item: Item) -> dict[str, Any]:
    return {
        "text": item.text,
        "tags": item.tags,
        "action": item.action,
        "synergy": item.synergy,
        "speaker": item.speaker,
    }


class EditItem(DocumentCommand):
    """Change some of an item's fields; undo puts every field back as it was."""

    def __init__(
        self,
        document: EventDocument,
        item_id: str,
        *,
        text: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        action: ActionFields | Unset | None = UNSET,
        synergy: SynergyFields | Unset | None = UNSET,
        speaker: str | Unset = UNSET,
        label: str = "Edit note",
        parent: DocumentCommand | None = None,
    ) -> None:
        super().__init__(document, label, parent)
        self.item_id = item_id
        self.changes: dict[str, Any] = {
            key: value
            for key, value in (
                ("text", text),
                ("tags", tags),
                ("action", action),
                ("synergy", synergy),
                ("speaker", speaker),
            )
            if value is not UNSET
        }
        self.before: dict[str, Any] | None = None

    def compute(self, item: Item) -> dict[str, Any]:
        """The fields to write, decided against the item as it is on first apply."""
        return self.changes

    def forward(self) -> None:
        if self.before is None:
            current = self.store.item(self.item_id)
            self.before = _item_fields(current)
            self.changes = self.compute(current)
        self.store.update_item(self.item_id, **self.changes)
        self.document.item_changed.emit(self.item_id)

    def backward(self) -> None:
        assert self.before is not None
        self.store.update_item(self.item_id, **self.before)
        self.document.item_changed.emit(self.item_id)


class ToggleTag(EditItem):
    """Switch one tag on or off; switching off `action`/`synergy` clears their fields (undo restores them)."""

    def __init__(
        self, document: EventDocument, item_id: str, tag: Tag | str, parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, item_id, label=f"Toggle {tag}", parent=parent)
        self.tag = str(tag)

    def compute(self, item: Item) -> dict[str, Any]:
        if item.has(self.tag):
            changes: dict[str, Any] = {"tags": tuple(t for t in item.tags if t != self.tag)}
            # The store re-adds `action`/`synergy` while their fields are set, so clear them too.
            if self.tag == Tag.ACTION:
                changes["action"] = None
            elif self.tag == Tag.SYNERGY:
                changes["synergy"] = None
            return changes
        return {"tags": (*item.tags, self.tag)}


class SetActionFields(EditItem):
    """Change owner, due, horizon, status or focus area of an action (tags the item `action` if needed)."""

    def __init__(
        self,
        document: EventDocument,
        item_id: str,
        *,
        owner: str | Unset = UNSET,
        due: dt.date | Unset | None = UNSET,
        horizon: Horizon | Unset | None = UNSET,
        status: ActionStatus | Unset = UNSET,
        focus_area: str | Unset = UNSET,
        parent: DocumentCommand | None = None,
    ) -> None:
        super().__init__(document, item_id, label="Edit action", parent=parent)
        self.field_changes: dict[str, Any] = {
            key: value
            for key, value in (
                ("owner", owner),
                ("due", due),
                ("horizon", horizon),
                ("status", status),
                ("focus_area", focus_area),
            )
            if value is not UNSET
        }

    def compute(self, item: Item) -> dict[str, Any]:
        return {"action": dataclasses.replace(item.action or ActionFields(), **self.field_changes)}


class SetSynergyFields(EditItem):
    """Change the parties or theme of a synergy (tags the item `synergy` if needed)."""

    def __init__(
        self,
        document: EventDocument,
        item_id: str,
        *,
        parties: Sequence[str] | Unset = UNSET,
        theme: str | Unset = UNSET,
        parent: DocumentCommand | None = None,
    ) -> None:
        super().__init__(document, item_id, label="Edit synergy", parent=parent)
        self.field_changes: dict[str, Any] = {}
        if not isinstance(parties, Unset):
            self.field_changes["parties"] = tuple(parties)
        if not isinstance(theme, Unset):
            self.field_changes["theme"] = theme

    def compute(self, item: Item) -> dict[str, Any]:
        return {"synergy": dataclasses.replace(item.synergy or SynergyFields(), **self.field_changes)}


class DeleteItem(DocumentCommand):
    """Tombstone an item; undo restores it where it was."""

    def __init__(self, document: EventDocument, item_id: str, parent: DocumentCommand | None = None) -> None:
        super().__init__(document, "Delete note", parent)
        self.item_id = item_id

    def forward(self) -> None:
        self.store.delete_item(self.item_id)
        self.document.item_removed.emit(self.item_id)

    def backward(self) -> None:
        self.store.restore_item(self.item_id)
        self.document.item_added.emit(self.item_id)


class MoveItem(DocumentCommand):
    """Move an item to `index` in its session (or another session's list)."""

    def __init__(
        self,
        document: EventDocument,
        item_id: str,
        index: int,
        session_id: str | None = None,
        parent: DocumentCommand | None = None,
    ) -> None:
        super().__init__(document, "Move note", parent)
        self.item_id = item_id
        self.index = index
        self.session_id = session_id
        self.origin: tuple[str, int] | None = None

    def forward(self) -> None:
        if self.origin is None:
            item = self.store.item(self.item_id)
            ids = [i.id for i in self.store.items(item.session_id)]
            self.origin = (item.session_id, ids.index(item.id))
        self.store.move_item(self.item_id, self.index, self.session_id)
        self.document.item_changed.emit(self.item_id)

    def backward(self) -> None:
        assert self.origin is not None
        session_id, index = self.origin
        self.store.move_item(self.item_id, index, session_id)
        self.document.item_changed.emit(self.item_id)


# -------------------------------------------------------------------- sessions and days


def _session_fields(session: Session) -> dict[str, Any]:
    return {
        "title": session.title,
        "start": session.start,
        "end": session.end,
        "room": session.room,
        "format": session.format,
        "questions": session.questions,
        "summary": session.summary,
        "people": [(p.name, p.role) for p in session.people],
    }


class AddSession(DocumentCommand):
    """Add a session to a day; undo tombstones it, redo restores it."""

    def __init__(
        self,
        document: EventDocument,
        day_id: str,
        title: str,
        *,
        index: int | None = None,
        parent: DocumentCommand | None = None,
        **fields: Any,
    ) -> None:
        super().__init__(document, "Add session", parent)
        self.day_id = day_id
        self.title_value = title
        self.index = index
        self.fields = fields
        self.session_id: str | None = None

    def forward(self) -> None:
        if self.session_id is None:
            session = self.store.add_session(self.day_id, self.title_value, index=self.index, **self.fields)
            self.session_id = session.id
        else:
            self.store.restore_session(self.session_id)
        self.document.session_added.emit(self.session_id)

    def backward(self) -> None:
        assert self.session_id is not None
        self.store.delete_session(self.session_id)
        self.document.session_removed.emit(self.session_id)


class EditSession(DocumentCommand):
    """Change session fields (title, start, end, room, format, questions, summary, people)."""

    def __init__(
        self,
        document: EventDocument,
        session_id: str,
        *,
        label: str = "Edit session",
        parent: DocumentCommand | None = None,
        **changes: Any,
    ) -> None:
        super().__init__(document, label, parent)
        self.session_id = session_id
        self.changes = changes
        self.before: dict[str, Any] | None = None

    def forward(self) -> None:
        if self.before is None:
            current = _session_fields(self.store.session(self.session_id))
            self.before = {key: current[key] for key in self.changes}
        self.store.update_session(self.session_id, **self.changes)
        self.document.session_changed.emit(self.session_id)

    def backward(self) -> None:
        assert self.before is not None
        self.store.update_session(self.session_id, **self.before)
        self.document.session_changed.emit(self.session_id)

    def id(self) -> int:
        return MERGE_SESSION_SUMMARY if set(self.changes) == {"summary"} else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditSession) or other.session_id != self.session_id:
            return False
        self.changes = other.changes
        return True


class RenameSession(EditSession):
    def __init__(
        self, document: EventDocument, session_id: str, title: str, parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, session_id, label="Rename session", parent=parent, title=title)


class SetSessionSummary(EditSession):
    """The rapporteur's summary; consecutive saves of one session merge into one undo step."""

    def __init__(
        self, document: EventDocument, session_id: str, summary: str, parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, session_id, label="Edit summary", parent=parent, summary=summary)


class SetSessionPeople(EditSession):
    def __init__(
        self,
        document: EventDocument,
        session_id: str,
        people: Sequence[tuple[str, Role | str]],
        parent: DocumentCommand | None = None,
    ) -> None:
        super().__init__(document, session_id, label="Edit people", parent=parent, people=list(people))


class MoveSession(DocumentCommand):
    """Move a session to position `index` of a day (the same or another)."""

    def __init__(
        self,
        document: EventDocument,
        session_id: str,
        day_id: str,
        index: int,
        parent: DocumentCommand | None = None,
    ) -> None:
        super().__init__(document, "Move session", parent)
        self.session_id = session_id
        self.day_id = day_id
        self.index = index
        self.origin: tuple[str, int] | None = None

    def forward(self) -> None:
        if self.origin is None:
            session = self.store.session(self.session_id)
            ids = [s.id for s in self.store.sessions(session.day_id)]
            self.origin = (session.day_id, ids.index(session.id))
        self.store.move_session(self.session_id, self.day_id, self.index)
        self.document.session_changed.emit(self.session_id)

    def backward(self) -> None:
        assert self.origin is not None
        self.store.move_session(self.session_id, *self.origin)
        self.document.session_changed.emit(self.session_id)


class DeleteSession(DocumentCommand):
    """Tombstone a session (its notes stay in the file); undo restores it with its notes."""

    def __init__(
        self, document: EventDocument, session_id: str, parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, "Delete session", parent)
        self.session_id = session_id

    def forward(self) -> None:
        self.store.delete_session(self.session_id)
        self.document.session_removed.emit(self.session_id)

    def backward(self) -> None:
        self.store.restore_session(self.session_id)
        self.document.session_added.emit(self.session_id)


class EditDay(DocumentCommand):
    """Change a day's theme or description."""

    def __init__(
        self,
        document: EventDocument,
        day_id: str,
        *,
        theme: str | Unset = UNSET,
        description: str | Unset = UNSET,
        parent: DocumentCommand | None = None,
    ) -> None:
        super().__init__(document, "Edit day", parent)
        self.day_id = day_id
        self.changes = {
            key: value
            for key, value in (("theme", theme), ("description", description))
            if value is not UNSET
        }
        self.before: dict[str, Any] | None = None

    def forward(self) -> None:
        if self.before is None:
            day = next(d for d in self.store.days() if d.id == self.day_id)
            self.before = {key: getattr(day, key) for key in self.changes}
        self.store.update_day(self.day_id, **self.changes)
        self.document.day_changed.emit(self.day_id)

    def backward(self) -> None:
        assert self.before is not None
        self.store.update_day(self.day_id, **self.before)
        self.document.day_changed.emit(self.day_id)


class EditEvent(DocumentCommand):
    """Change event fields (title, subtitle, venue, city, organisers, languages, description, conclusions)."""

    def __init__(
        self,
        document: EventDocument,
        *,
        label: str = "Edit event",
        parent: DocumentCommand | None = None,
        **changes: Any,
    ) -> None:
        super().__init__(document, label, parent)
        self.changes = changes
        self.before: dict[str, Any] | None = None

    def forward(self) -> None:
        if self.before is None:
            event = self.store.event()
            self.before = {key: getattr(event, key) for key in self.changes}
        self.store.update_event(**self.changes)
        self.document.event_changed.emit()

    def backward(self) -> None:
        assert self.before is not None
        self.store.update_event(**self.before)
        self.document.event_changed.emit()

    def id(self) -> int:
        return MERGE_EVENT_TEXT if len(self.changes) == 1 else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditEvent) or set(other.changes) != set(self.changes):
            return False
        self.changes = other.changes
        return True


class SetAcronyms(DocumentCommand):
    """Replace the event's glossary of acronyms (one `ABBR = Expansion` a line)."""

    def __init__(self, document: EventDocument, text: str, parent: DocumentCommand | None = None) -> None:
        super().__init__(document, "Edit acronyms", parent)
        self.glossary = text  # not `text`: that would hide QUndoCommand.text()
        self.before = document.store.acronyms()

    def forward(self) -> None:
        self.store.set_acronyms(self.glossary)
        self.document.event_changed.emit()

    def backward(self) -> None:
        self.store.set_acronyms(self.before)
        self.document.event_changed.emit()


# -------------------------------------------------------------------- attachments


class AddAttachment(DocumentCommand):
    """Attach a file or bytes (prepare big media on a worker first); undo tombstones, redo restores."""

    def __init__(
        self,
        document: EventDocument,
        source: Path | bytes,
        *,
        filename: str,
        kind: AttachmentKind | str,
        media_type: str,
        parent: DocumentCommand | None = None,
        **fields: Any,
    ) -> None:
        super().__init__(document, f"Attach {filename}", parent)
        self.source = source
        self.fields = {"filename": filename, "kind": kind, "media_type": media_type, **fields}
        self.attachment_id: str | None = None

    def forward(self) -> None:
        if self.attachment_id is None:
            self.attachment_id = self.store.add_attachment(self.source, **self.fields).id
            self.source = b""  # the bytes live in the file now; do not keep a copy for the undo history
        else:
            self.store.restore_attachment(self.attachment_id)
        self.document.attachment_added.emit(self.attachment_id)

    def backward(self) -> None:
        assert self.attachment_id is not None
        self.store.delete_attachment(self.attachment_id)
        self.document.attachment_removed.emit(self.attachment_id)


class EditAttachment(DocumentCommand):
    """Change caption, credit, selected, consent, session or file name of an attachment."""

    def __init__(
        self,
        document: EventDocument,
        attachment_id: str,
        *,
        label: str = "Edit attachment",
        parent: DocumentCommand | None = None,
        **changes: Any,
    ) -> None:
        super().__init__(document, label, parent)
        self.attachment_id = attachment_id
        self.changes = changes
        self.before: dict[str, Any] | None = None

    def forward(self) -> None:
        if self.before is None:
            current = self.store.attachment(self.attachment_id)
            self.before = {key: getattr(current, key) for key in self.changes}
        self.store.update_attachment(self.attachment_id, **self.changes)
        self.document.attachment_changed.emit(self.attachment_id)

    def backward(self) -> None:
        assert self.before is not None
        self.store.update_attachment(self.attachment_id, **self.before)
        self.document.attachment_changed.emit(self.attachment_id)


class MoveAttachment(DocumentCommand):
    def __init__(
        self, document: EventDocument, attachment_id: str, index: int, parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, "Move attachment", parent)
        self.attachment_id = attachment_id
        self.index = index
        self.origin: int | None = None

    def forward(self) -> None:
        if self.origin is None:
            current = self.store.attachment(self.attachment_id)
            ids = [a.id for a in self.store.attachments(current.kind)]
            self.origin = ids.index(self.attachment_id)
        self.store.move_attachment(self.attachment_id, self.index)
        self.document.attachment_changed.emit(self.attachment_id)

    def backward(self) -> None:
        assert self.origin is not None
        self.store.move_attachment(self.attachment_id, self.origin)
        self.document.attachment_changed.emit(self.attachment_id)


class DeleteAttachment(DocumentCommand):
    def __init__(
        self, document: EventDocument, attachment_id: str, parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, "Delete attachment", parent)
        self.attachment_id = attachment_id

    def forward(self) -> None:
        self.store.delete_attachment(self.attachment_id)
        self.document.attachment_removed.emit(self.attachment_id)

    def backward(self) -> None:
        self.store.restore_attachment(self.attachment_id)
        self.document.attachment_added.emit(self.attachment_id)


# -------------------------------------------------------------------- focus areas (roadmap rows)


class AddFocusArea(DocumentCommand):
    def __init__(
        self, document: EventDocument, name: str, description: str = "", parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, "Add focus area", parent)
        self.name = name
        self.description = description
        self.area_id: str | None = None
        self.existed = False

    def forward(self) -> None:
        if self.area_id is None:
            known = {a.id for a in self.store.focus_areas()}
            self.area_id = self.store.add_focus_area(self.name, description=self.description).id
            self.existed = self.area_id in known  # the store returns an existing area of that name
        elif not self.existed:
            self.store.restore_focus_area(self.area_id)
        self.document.focus_areas_changed.emit()

    def backward(self) -> None:
        assert self.area_id is not None
        if not self.existed:
            self.store.delete_focus_area(self.area_id)
        self.document.focus_areas_changed.emit()


class RenameFocusArea(DocumentCommand):
    """Rename a focus area; the store renames every action filed under it in the same transaction."""

    def __init__(
        self, document: EventDocument, area_id: str, name: str, parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, "Rename focus area", parent)
        self.area_id = area_id
        self.name = name
        self.old_name: str | None = None

    def _rename(self, name: str, from_name: str) -> None:
        affected = [i.id for i in self.store.items() if i.action and i.action.focus_area == from_name]
        self.store.rename_focus_area(self.area_id, name)
        self.document.focus_areas_changed.emit()
        for item_id in affected:
            self.document.item_changed.emit(item_id)

    def forward(self) -> None:
        if self.old_name is None:
            self.old_name = next(a.name for a in self.store.focus_areas() if a.id == self.area_id)
        self._rename(self.name, self.old_name)

    def backward(self) -> None:
        assert self.old_name is not None
        self._rename(self.old_name, self.name)


class DeleteFocusArea(DocumentCommand):
    def __init__(self, document: EventDocument, area_id: str, parent: DocumentCommand | None = None) -> None:
        super().__init__(document, "Delete focus area", parent)
        self.area_id = area_id

    def forward(self) -> None:
        self.store.delete_focus_area(self.area_id)
        self.document.focus_areas_changed.emit()

    def backward(self) -> None:
        self.store.restore_focus_area(self.area_id)
        self.document.focus_areas_changed.emit()
