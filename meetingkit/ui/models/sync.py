"""Bring a model's rows in line with a fresh store query using the smallest begin/end row operations.

A model that re-reads the store after a change signal calls sync_rows: views keep their
selection and scroll position because rows are moved, inserted or removed, never reset.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

from meetingkit.core.errors import UserError
from meetingkit.core.model import Item
from meetingkit.store import EventStore

Row = TypeVar("Row")
Record = TypeVar("Record")

ParentIndex = QModelIndex | QPersistentModelIndex


def sync_rows(
    model: QAbstractItemModel,
    parent: ParentIndex,
    rows: list[Row],
    records: list[Record],
    *,
    row_key: Callable[[Row], Hashable],
    record_key: Callable[[Record], Hashable],
    make: Callable[[Record], Row],
    update: Callable[[Row, Record], bool],
    changed_roles: Sequence[int],
    last_column: int = 0,
) -> None:
    """Mutate `rows` (the model's own list under `parent`) to match `records`, announcing each step.

    `update(row, record)` refreshes a kept row and returns True when what it shows changed.
    """
    wanted = {record_key(r) for r in records}
    for position in range(len(rows) - 1, -1, -1):
        if row_key(rows[position]) not in wanted:
            model.beginRemoveRows(parent, position, position)
            del rows[position]
            model.endRemoveRows()
    changed: list[int] = []
    for position, record in enumerate(records):
        if position >= len(rows):
            # The rest are new (a first fill): one insertion, not one announcement per row.
            model.beginInsertRows(parent, position, len(records) - 1)
            rows.extend(make(r) for r in records[position:])
            model.endInsertRows()
            break
        key = record_key(record)
        if position < len(rows) and row_key(rows[position]) == key:
            if update(rows[position], record):
                changed.append(position)
            continue
        found = next((j for j in range(position + 1, len(rows)) if row_key(rows[j]) == key), None)
        if found is None:
            model.beginInsertRows(parent, position, position)
            rows.insert(position, make(record))
            model.endInsertRows()
            continue
        # Qt's destination index counts rows before the move: moving up to `position` is exact.
        model.beginMoveRows(parent, found, found, parent, position)
        rows.insert(position, rows.pop(found))
        model.endMoveRows()
        if update(rows[position], record):
            changed.append(position)
    for position in changed:
        model.dataChanged.emit(
            model.index(position, 0, parent), model.index(position, last_column, parent), list(changed_roles)
        )


def read_item(store: EventStore, item_id: str) -> Item | None:
    """The one note a change signal names, or None when it is gone (deleted, or undone by another window)."""
    try:
        return store.item(item_id)
    except UserError:
        return None
