"""Participants as a Qt table model: name, organisation, title, e-mail (edited in place, with undo) and roles."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from meetingkit.core.model import Person, Role
from meetingkit.ui.document import EventDocument
from meetingkit.ui.models.sync import sync_rows
from meetingkit.ui.organiser_commands import EditPerson

COL_NAME, COL_ORGANISATION, COL_TITLE, COL_EMAIL, COL_ROLES = range(5)
COLUMN_COUNT = 5
# The Person field each editable column holds.
EDITABLE: dict[int, str] = {
    COL_NAME: "name",
    COL_ORGANISATION: "organisation",
    COL_TITLE: "title",
    COL_EMAIL: "email",
}
PersonIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def role_label(role: Role) -> str:
    return {
        Role.MODERATOR: QCoreApplication.translate("Labels", "Moderator"),
        Role.SPEAKER: QCoreApplication.translate("Labels", "Speaker"),
        Role.RAPPORTEUR: QCoreApplication.translate("Labels", "Rapporteur"),
    }[role]


@dataclass(slots=True)
class _Row:
    """One person of the event, with the roles they hold in its sessions."""

    person: Person
    roles: tuple[tuple[str, Role, str], ...]  # (session id, role, session title)


class ParticipantsModel(QAbstractTableModel):
    def __init__(self, document: EventDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._rows: list[_Row] = []
        self._headers = [
            QCoreApplication.translate("ParticipantsModel", "Name"),
            QCoreApplication.translate("ParticipantsModel", "Organisation"),
            QCoreApplication.translate("ParticipantsModel", "Title"),
            QCoreApplication.translate("ParticipantsModel", "E-mail"),
            QCoreApplication.translate("ParticipantsModel", "Roles in sessions"),
        ]
        document.people_changed.connect(self.refresh)
        for signal in (document.session_added, document.session_changed, document.session_removed):
            signal.connect(self.refresh)
        document.reloaded.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        if self.document.closed:
            return
        store = self.document.store
        roles: dict[str, list[tuple[str, Role, str]]] = defaultdict(list)
        for session in store.sessions():
            for person in session.people:
                roles[person.name.casefold()].append((session.id, person.role, session.title))
        records = [(p, tuple(roles.get(p.name.casefold(), ()))) for p in store.people()]

        def update(row: _Row, record: tuple[Person, tuple[tuple[str, Role, str], ...]]) -> bool:
            changed = (row.person, row.roles) != record
            row.person, row.roles = record
            return changed

        sync_rows(
            self,
            QModelIndex(),
            self._rows,
            records,
            row_key=lambda r: r.person.id,
            record_key=lambda rec: rec[0].id,
            make=lambda rec: _Row(*rec),
            update=update,
            changed_roles=(),
            last_column=COLUMN_COUNT - 1,
        )

    def person(self, row: int) -> Person:
        return self._rows[row].person

    def roles(self, row: int) -> tuple[tuple[str, Role, str], ...]:
        return self._rows[row].roles

    def row_of(self, person_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.person.id == person_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < COLUMN_COUNT else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE and not self.document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit in the table becomes one undoable EditPerson; False if the store refused it."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in EDITABLE:
            return False
        person = self._rows[index.row()].person
        field = EDITABLE[index.column()]
        text = " ".join(str(value or "").split())
        if text == getattr(person, field):
            return False
        return self.document.push(EditPerson(self.document, person.id, {field: text}))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.EditRole and index.column() in EDITABLE:
            return getattr(row.person, EDITABLE[index.column()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            person = row.person
            column = index.column()
            if column == COL_NAME:
                return person.name
            if column == COL_ORGANISATION:
                return person.organisation
            if column == COL_TITLE:
                return person.title
            if column == COL_EMAIL:
                return person.email
            if column == COL_ROLES:
                return "; ".join(f"{role_label(r)}: {title}" for _, r, title in row.roles)
        if role == PersonIdRole:
            return row.person.id
        return None


class ParticipantsFilter(QSortFilterProxyModel):
    """Every word typed must appear in the name, organisation, title, e-mail or roles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = " ".join(
            str(model.data(model.index(source_row, c, source_parent)) or "") for c in range(COLUMN_COUNT)
        ).casefold()
        return all(word in haystack for word in self._words)
