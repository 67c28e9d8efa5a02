"""Undo commands of the organiser views that commands.py does not have.

Worker-attached files, programme and participants import, people, the event's dates and the
roadmap's rows (focus areas renamed or deleted together with the actions filed under them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from meetingkit.core.model import Organisation, Person
from meetingkit.core.roadmap import area_key, filed_under
from meetingkit.store.csv_import import CsvPreview, apply
from meetingkit.ui.commands import (
    CompoundCommand,
    DeleteFocusArea,
    DocumentCommand,
    RenameFocusArea,
    SetActionFields,
)
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
    """Create the sessions of a checked programme CSV preview; undo removes them all in one step.

    The speakers, moderators and rapporteurs the programme named for the first time go with them.
    """

    def __init__(
        self, document: EventDocument, preview: CsvPreview, parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, f"Import {len(preview.rows)} sessions", parent)
        self.preview = preview
        self.session_ids: list[str] | None = None
        self.person_ids: list[str] = []

    def forward(self) -> None:
        if self.session_ids is None:
            before = {s.id for s in self.store.sessions()}
            people = {p.id for p in self.store.people()}
            apply(self.store, self.preview)
            self.session_ids = [s.id for s in self.store.sessions() if s.id not in before]
            self.person_ids = [p.id for p in self.store.people() if p.id not in people]
        else:
            with self.store.batch():
                for person_id in self.person_ids:
                    self.store.restore_person(person_id)  # with their roles in these sessions
                for session_id in self.session_ids:
                    self.store.restore_session(session_id)
        for session_id in self.session_ids:
            self.document.session_added.emit(session_id)
        self.document.people_changed.emit()

    def backward(self) -> None:
        assert self.session_ids is not None
        with self.store.batch():
            for session_id in self.session_ids:
                self.store.delete_session(session_id)
            for person_id in self.person_ids:
                self.store.delete_person(person_id)
        for session_id in self.session_ids:
            self.document.session_removed.emit(session_id)
        self.document.people_changed.emit()


# -------------------------------------------------------------------- people


def _sessions_of(document: EventDocument, person_id: str) -> list[str]:
    return [s.id for s in document.store.sessions() if any(p.person_id == person_id for p in s.people)]


def _person_fields(person: Person) -> dict[str, str]:
    return {
        "name": person.name,
        "organisation": person.organisation,
        "title": person.title,
        "email": person.email,
    }


class EditPerson(DocumentCommand):
    """Change a participant's name, organisation, title or e-mail; their sessions show the change."""

    def __init__(
        self,
        document: EventDocument,
        person_id: str,
        changes: Mapping[str, str],
        *,
        parent: DocumentCommand | None = None,
    ) -> None:
        super().__init__(document, "Edit participant", parent)
        self.person_id = person_id
        self.changes = dict(changes)
        self.before: dict[str, str] | None = None

    def _apply(self, values: dict[str, str]) -> None:
        self.store.update_person(self.person_id, **values)
        self.document.people_changed.emit()
        for session_id in _sessions_of(self.document, self.person_id):
            self.document.session_changed.emit(session_id)

    def forward(self) -> None:
        if self.before is None:
            current = next(p for p in self.store.people() if p.id == self.person_id)
            fields = _person_fields(current)
            self.before = {key: fields[key] for key in self.changes}
        self._apply(self.changes)

    def backward(self) -> None:
        assert self.before is not None
        self._apply(self.before)


class DeletePerson(DocumentCommand):
    """Tombstone a participant with their roles in sessions; undo brings both back."""

    def __init__(
        self, document: EventDocument, person_id: str, parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, "Delete participant", parent)
        self.person_id = person_id
        self.session_ids: list[str] = []

    def forward(self) -> None:
        self.session_ids = _sessions_of(self.document, self.person_id)
        self.store.delete_person(self.person_id)
        self._announce()

    def backward(self) -> None:
        self.store.restore_person(self.person_id)
        self._announce()

    def _announce(self) -> None:
        self.document.people_changed.emit()
        for session_id in self.session_ids:
            self.document.session_changed.emit(session_id)


class ImportParticipants(DocumentCommand):
    """Add or update the participants of a checked CSV preview as one step.

    Undo tombstones the people (and organisations) the import created and gives the people it
    updated their previous organisation, title and e-mail; redo brings the import back.
    """

    def __init__(
        self, document: EventDocument, preview: CsvPreview, parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, f"Import {len(preview.rows)} participants", parent)
        self.preview = preview
        self.created: list[str] | None = None
        self.created_organisations: list[str] = []
        self.updated: dict[str, tuple[dict[str, str], dict[str, str]]] = {}  # id: (before, after)

    def forward(self) -> None:
        if self.created is None:
            before = {p.id: p for p in self.store.people()}
            organisations = {o.id for o in self.store.organisations()}
            apply(self.store, self.preview)
            after = self.store.people()
            self.created = [p.id for p in after if p.id not in before]
            self.created_organisations = [
                o.id for o in self.store.organisations() if o.id not in organisations
            ]
            for person in after:
                old = before.get(person.id)
                if old is not None and old != person:
                    self.updated[person.id] = (_person_fields(old), _person_fields(person))
        else:
            with self.store.batch():
                for organisation_id in self.created_organisations:
                    self.store.restore_organisation(organisation_id)
                for person_id in self.created:
                    self.store.restore_person(person_id)
                for person_id, (_, after_fields) in self.updated.items():
                    self.store.update_person(person_id, **after_fields)
        self.document.people_changed.emit()

    def backward(self) -> None:
        assert self.created is not None
        with self.store.batch():
            for person_id, (before_fields, _) in self.updated.items():
                self.store.update_person(person_id, **before_fields)
            for person_id in self.created:
                self.store.delete_person(person_id)
            for organisation_id in self.created_organisations:
                self.store.delete_organisation(organisation_id)
        self.document.people_changed.emit()


# -------------------------------------------------------------------- the event's dates


class ChangeEventDates(DocumentCommand):
    """Move or resize the event (the store refuses to drop a day that holds sessions)."""

    def __init__(
        self, document: EventDocument, start: dt.date, end: dt.date, parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, "Change the event's dates", parent)
        self.dates = (start, end)
        self.before: tuple[dt.date, dt.date] | None = None

    def _apply(self, dates: tuple[dt.date, dt.date]) -> None:
        self.store.change_dates(*dates)
        self.document.event_changed.emit()
        for day in self.store.days():
            self.document.day_changed.emit(day.id)

    def forward(self) -> None:
        if self.before is None:
            event = self.store.event()
            self.before = (event.start, event.end)
        self._apply(self.dates)

    def backward(self) -> None:
        assert self.before is not None
        self._apply(self.before)


# -------------------------------------------------------------------- roadmap rows


def _filed_under(document: EventDocument, name: str) -> list[tuple[str, str]]:
    """(item id, spelling) of every action filed under `name`, any case, dropped ones included."""
    return [
        (item.id, item.action.focus_area) for item in filed_under(document.store.items(), name) if item.action
    ]


def rename_roadmap_row(document: EventDocument, name: str, new_name: str) -> CompoundCommand:
    """One undo step: the focus area `name` (stored or only named by actions) becomes `new_name`."""
    group = CompoundCommand(document, "Rename focus area")
    area = next((a for a in document.store.focus_areas() if area_key(a.name) == area_key(name)), None)
    for item_id, spelling in _filed_under(document, name):
        # The store renames exact spellings only; other spellings of the same row follow explicitly.
        if area is None or spelling != area.name:
            SetActionFields(
                document, item_id, focus_area=new_name if area is None else area.name, parent=group
            )
    if area is not None:
        RenameFocusArea(document, area.id, new_name, parent=group)
    return group


def delete_roadmap_row(document: EventDocument, name: str) -> CompoundCommand:
    """One undo step: the actions filed under `name` go to "no focus area", then the area goes."""
    group = CompoundCommand(document, "Delete focus area")
    for item_id, _ in _filed_under(document, name):
        SetActionFields(document, item_id, focus_area="", parent=group)
    area = next((a for a in document.store.focus_areas() if area_key(a.name) == area_key(name)), None)
    if area is not None:
        DeleteFocusArea(document, area.id, parent=group)
    return group


class AddPerson(DocumentCommand):
    """Add one participant by hand (and their organisation when it is new); undo takes both away."""

    def __init__(
        self, document: EventDocument, fields: dict[str, str], parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, "Add participant", parent)
        self.fields = fields
        self.person_id: str | None = None
        self.organisation_ids: list[str] = []

    def forward(self) -> None:
        if self.person_id is None:
            before = {o.id for o in self.store.organisations()}
            self.person_id = self.store.add_person(**self.fields).id
            self.organisation_ids = [o.id for o in self.store.organisations() if o.id not in before]
        else:
            with self.store.batch():
                for organisation_id in self.organisation_ids:
                    self.store.restore_organisation(organisation_id)
                self.store.restore_person(self.person_id)
        self.document.people_changed.emit()

    def backward(self) -> None:
        assert self.person_id is not None
        with self.store.batch():
            self.store.delete_person(self.person_id)
            for organisation_id in self.organisation_ids:
                self.store.delete_organisation(organisation_id)
        self.document.people_changed.emit()


def _organisation_fields(organisation: Organisation) -> dict[str, str]:
    return {"name": organisation.name, "kind": organisation.kind, "country": organisation.country}


class AddOrganisation(DocumentCommand):
    def __init__(
        self, document: EventDocument, fields: dict[str, str], parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, "Add organisation", parent)
        self.fields = fields
        self.organisation_id: str | None = None

    def forward(self) -> None:
        if self.organisation_id is None:
            self.organisation_id = self.store.add_organisation(**self.fields).id
        else:
            self.store.restore_organisation(self.organisation_id)
        self.document.people_changed.emit()

    def backward(self) -> None:
        assert self.organisation_id is not None
        self.store.delete_organisation(self.organisation_id)
        self.document.people_changed.emit()


class EditOrganisation(DocumentCommand):
    """Change an organisation's name, kind or country; on a rename its participants follow (and back on undo)."""

    def __init__(
        self,
        document: EventDocument,
        organisation_id: str,
        fields: dict[str, str],
        parent: DocumentCommand | None = None,
    ) -> None:
        super().__init__(document, "Edit organisation", parent)
        self.organisation_id = organisation_id
        self.after = fields
        self.before: dict[str, str] | None = None

    def _apply(self, fields: dict[str, str]) -> None:
        self.store.update_organisation(self.organisation_id, **fields)
        self.document.people_changed.emit()

    def forward(self) -> None:
        if self.before is None:
            current = next(o for o in self.store.organisations() if o.id == self.organisation_id)
            self.before = _organisation_fields(current)
        self._apply(self.after)

    def backward(self) -> None:
        assert self.before is not None
        self._apply(self.before)


class DeleteOrganisation(DocumentCommand):
    """Tombstone an organisation; its participants keep the name they were given."""

    def __init__(
        self, document: EventDocument, organisation_id: str, parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, "Delete organisation", parent)
        self.organisation_id = organisation_id

    def forward(self) -> None:
        self.store.delete_organisation(self.organisation_id)
        self.document.people_changed.emit()

    def backward(self) -> None:
        self.store.restore_organisation(self.organisation_id)
        self.document.people_changed.emit()
