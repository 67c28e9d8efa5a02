"""Typed doors to the few PySide6 calls whose stubs say less than Qt guarantees, so the UI stays mypy strict."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate

if TYPE_CHECKING:  # PySide6 makes a class the first time it is named: these are the callers' to make
    from PySide6.QtWidgets import QAbstractItemView, QCompleter, QTreeWidget, QTreeWidgetItem


# The name must stay QT_TRANSLATE_NOOP: lupdate finds the strings to translate by this call name.
# PySide6's stub types the result as object; Qt returns the source text unchanged.
def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation in `context`; the text is translated where it is shown."""
    return source


def python_date(value: QDate) -> dt.date:
    """A valid QDate as a datetime.date (the stub types toPython() as object)."""
    converted = value.toPython()
    if not isinstance(converted, dt.date):
        raise ValueError(f"not a valid date: {value.toString()}")
    return converted


def top_level_item(tree: QTreeWidget, row: int) -> QTreeWidgetItem:
    """The tree's top-level item at `row`, which the caller knows exists."""
    item = tree.topLevelItem(row)
    if item is None:
        raise IndexError(f"no top-level item {row} in a tree of {tree.topLevelItemCount()}")
    return item


def completer_popup(completer: QCompleter) -> QAbstractItemView:
    """The list a completer shows; Qt creates it on first use, so it always exists."""
    popup = completer.popup()
    if popup is None:
        raise RuntimeError("the completer has no popup")
    return popup
