"""Item delegates of the organiser tables: a date editor that can be empty, fixed choices, text with completion."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex

# QDateEdit cannot be empty: its minimum stands for "no date" and shows the special value text.
NO_DATE = QDate(1900, 1, 1)


class DateDelegate(QStyledItemDelegate):
    """A calendar popup; choosing the first entry ("No date") clears the date."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        editor.setMinimumDate(NO_DATE)
        editor.setSpecialValueText(QCoreApplication.translate("DateDelegate", "No date"))
        editor.setAccessibleName(QCoreApplication.translate("DateDelegate", "Due date"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(value, QDate) and value.isValid():
            editor.setDate(value)
        else:
            # Opening on today's date (shown as "No date" until changed) keeps the calendar useful.
            editor.setDate(NO_DATE)
            editor.calendarWidget().setSelectedDate(QDate.currentDate())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = editor.date()
        model.setData(index, QDate() if value == NO_DATE else value, Qt.ItemDataRole.EditRole)


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
        editor = QLineEdit(parent)
        completer = QCompleter(list(self._names()), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor
