"""Item delegates of the organiser tables: a date editor that can be empty, fixed choices, text with completion."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from meetingkit.ui.widgets.date_field import DateField
from meetingkit.ui.widgets.in_place_edit import InPlaceLineEdit

Index = QModelIndex | QPersistentModelIndex


class DateDelegate(QStyledItemDelegate):
    """A date typed in full (ISO or the locale's short format) or picked on a calendar; empty clears it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DateField(parent)
        editor.setAccessibleName(QCoreApplication.translate("DateDelegate", "Due date"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateField)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(value if isinstance(value, QDate) and value.isValid() else None)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DateField)
        editor.commit()
        if editor.is_valid():  # text that names no date is never saved as some other date
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)


class ChoiceDelegate(QStyledItemDelegate):
    """A fixed list of (value, label) choices in a combo box."""

    def __init__(self, choices: Callable[[], Sequence[tuple[str, str]]], parent: Any = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for value, label in self._choices():
            editor.addItem(label, value)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, position))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CompletingDelegate(QStyledItemDelegate):
    """Free text with completion from names already in the event (people, organisations, focus areas)."""

    def __init__(self, names: Callable[[], Sequence[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._names = names

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = InPlaceLineEdit(parent)
        completer = QCompleter(list(self._names()), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor
