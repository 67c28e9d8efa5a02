"""Synergies as Qt models: a tree grouped by party and a matrix organisation x organisation with counts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from meetingkit.core.model import Item, Person
from meetingkit.ui.document import EventDocument
from meetingkit.ui.theme import NEUTRAL_TINT, rgba, synergy_heat

ItemIdRole = Qt.ItemDataRole.UserRole + 1
SynergyIdsRole = Qt.ItemDataRole.UserRole + 2
CountRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class SynergyRecord:
    """One synergy note, with its session, the parties it links and their organisations."""

    item: Item
    session: str
    parties: tuple[str, ...]  # as written, in the order given
    organisations: tuple[str, ...]  # people replaced by their organisation, duplicates dropped


def _organisation_of(people: list[Person]) -> dict[str, str]:
    return {p.name.casefold(): p.organisation for p in people if p.organisation}


class SynergyReader:
    """Turns synergy notes into records with what one read of the people and the programme gives.

    Kept by the view between changes, so a note's signal costs that note alone.
    """

    def __init__(self, document: EventDocument, session_labels: dict[str, str]) -> None:
        self._org_of = _organisation_of(document.store.people())
        self._labels = session_labels
        self._places = {session_id: n for n, session_id in enumerate(session_labels)}
        self._spelling: dict[str, str] = {}  # one spelling per name, the first met: "UCLG" and "uclg" meet

    def record(self, item: Item) -> SynergyRecord:
        parties = tuple(p for p in (item.synergy.parties if item.synergy else ()) if p.strip())
        organisations: list[str] = []
        for party in parties:
            name = self._org_of.get(party.casefold(), party)
            name = self._spelling.setdefault(name.casefold(), name)
            if name not in organisations:
                organisations.append(name)
        return SynergyRecord(item, self._labels.get(item.session_id, ""), parties, tuple(organisations))

    def rank(self, record: SynergyRecord) -> tuple[int, int]:
        """Programme order: the session's place, then the note's place in it."""
        return self._places.get(record.item.session_id, len(self._places)), record.item.order


class SynergiesTreeModel(QAbstractItemModel):
    """Party -> its synergies (text, session); a synergy appears under each of its parties.

    A model over plain lists, answering for the rows Qt asks about: one QStandardItem per cell cost
    about a second for a congress's 11,000 synergies.
    """

    COLUMNS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[SynergyRecord]]] = []
        self._headers = [
            QCoreApplication.translate("SynergiesModel", "Party / synergy"),
            QCoreApplication.translate("SynergiesModel", "Theme"),
            QCoreApplication.translate("SynergiesModel", "Session"),
        ]

    def rebuild(self, records: list[SynergyRecord]) -> None:
        groups: dict[str, list[SynergyRecord]] = defaultdict(list)
        spelling: dict[str, str] = {}
        unnamed: list[SynergyRecord] = []
        for record in records:
            if not record.parties:
                unnamed.append(record)
            for party in record.parties:
                groups[spelling.setdefault(party.casefold(), party)].append(record)
        ordered = sorted(groups.items(), key=lambda kv: kv[0].casefold())
        if unnamed:
            ordered.append((QCoreApplication.translate("SynergiesModel", "No party named"), unnamed))
        self.beginResetModel()
        self._groups = ordered
        self.endResetModel()

    # A child's internal id is its group's row + 1; a group's is 0.
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < self.COLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0 or not 0 <= parent.row() < len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0 and 0 <= parent.row() < len(self._groups):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < self.COLUMNS else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = index.internalId()
        if group == 0:
            if index.row() >= len(self._groups):
                return None
            party, records = self._groups[index.row()]
            if index.column() != 0:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{party} ({len(records)})"
            if role == SynergyIdsRole:
                return [r.item.id for r in records]
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        records = self._groups[group - 1][1]
        if index.row() >= len(records):
            return None
        record = records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return record.item.text
            if column == 1:
                return record.item.synergy.theme if record.item.synergy else ""
            return record.session
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.item.text
        if role == ItemIdRole:
            return record.item.id
        return None


class SynergyMatrixModel(QAbstractTableModel):
    """Organisations on both axes; a cell counts the synergies naming both (the diagonal: all of one's)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        self._cells: dict[tuple[int, int], list[str]] = {}
        self._max = 0

    def rebuild(self, records: list[SynergyRecord]) -> None:
        self.beginResetModel()
        names = sorted({o for r in records for o in r.organisations}, key=str.casefold)
        position = {name: n for n, name in enumerate(names)}
        cells: dict[tuple[int, int], list[str]] = defaultdict(list)
        for record in records:
            ids = sorted(position[o] for o in record.organisations)
            for n in ids:
                cells[(n, n)].append(record.item.id)
            for a, b in combinations(ids, 2):
                cells[(a, b)].append(record.item.id)
                cells[(b, a)].append(record.item.id)
        self._names = names
        self._cells = dict(cells)
        self._max = max((len(v) for (a, b), v in self._cells.items() if a != b), default=0)
        self.endResetModel()

    @property
    def names(self) -> list[str]:
        return list(self._names)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and 0 <= section < len(
            self._names
        ):
            return self._names[section]
        return None

    def synergy_ids(self, row: int, column: int) -> list[str]:
        return list(self._cells.get((row, column), ()))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._names) and 0 <= column < len(self._names)):
            return None
        ids = self._cells.get((row, column), [])
        if role == Qt.ItemDataRole.DisplayRole:
            return str(len(ids)) if ids else ""
        if role == CountRole:
            return len(ids)
        if role == SynergyIdsRole:
            return list(ids)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and ids:
            if row == column:
                return QBrush(rgba(NEUTRAL_TINT))
            # Deeper blue for more synergies: the strongest pairs stand out at a glance.
            strength = len(ids) / self._max if self._max else 0
            return QBrush(synergy_heat(strength))
        if role == Qt.ItemDataRole.ToolTipRole:
            if row == column:
                return QCoreApplication.translate(
                    "SynergiesModel", "%1: %n synergy(ies) in all", "", len(ids)
                ).replace("%1", self._names[row])
            return (
                QCoreApplication.translate("SynergiesModel", "%1 and %2: %n synergy(ies)", "", len(ids))
                .replace("%1", self._names[row])
                .replace("%2", self._names[column])
            )
        return None
