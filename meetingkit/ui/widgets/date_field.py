"""A date typed in full: ISO (2017-10-05) or the locale's short format, committed exactly as shown.

QDateEdit edits a date section by section: typing "2017-10-05" over a date already shown moved the
cursor between sections and saved 2017-11-10; typing over "none" saved 2017-01-15 for 2018-01-15.
This field is a plain line: what is typed is read as a whole when editing finishes, a date that
cannot be read is never saved (the field says so and keeps the text for correcting), and a read
date is shown back in ISO form, so the date saved is always the date on screen.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from meetingkit.ui.icons import icon
from meetingkit.ui.qt_types import python_date
from meetingkit.ui.theme import warning_colour

ISO_FORMAT = "yyyy-MM-dd"
TWO_DIGIT_PIVOT = 70  # "15" is 2015 and "85" is 1985 when a locale writes two-digit years


def _four_digit_year(pattern: str) -> str:
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)


def read_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """The date `text` names (ISO or the locale's short format, typed in full); None if it names none."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
        year, month, day = (int(part) for part in text.split("-"))
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    locale = locale or QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    for pattern in dict.fromkeys([_four_digit_year(short), short]):
        parsed = locale.toDate(text, pattern)
        if parsed.isValid():
            year = parsed.year()
            if "yyyy" not in pattern and year < 1900 + TWO_DIGIT_PIVOT:
                year += 100  # QLocale reads "yy" as 19yy
            return dt.date(year, parsed.month(), parsed.day())
    return None


class DateField(QLineEdit):
    """A date in a line (optionally empty), with a calendar button; `dateChanged` fires on each commit."""

    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = True) -> None:
        super().__init__(parent)
        self._allow_empty = allow_empty
        self._date: dt.date | None = None
        self._locale_hint = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.setPlaceholderText(self.tr("YYYY-MM-DD") if allow_empty else "")
        self.setToolTip(
            self.tr("Type a date in full: {0} or {1}").format(
                ISO_FORMAT.upper(), _four_digit_year(self._locale_hint)
            )
        )
        calendar = self.addAction(icon("day"), QLineEdit.ActionPosition.TrailingPosition)
        calendar.setToolTip(self.tr("Choose a date on a calendar"))
        calendar.triggered.connect(self._show_calendar)
        self.editingFinished.connect(self.commit)

    # ---------------------------------------------------------------- the QDateEdit-like interface

    def date(self) -> QDate:
        """The committed date; an invalid QDate when the field is empty."""
        return QDate(self._date.year, self._date.month, self._date.day) if self._date else QDate()

    def setDate(self, value: QDate | dt.date | None) -> None:
        """Show and commit `value` (None or an invalid QDate: empty)."""
        if isinstance(value, QDate):
            self._set(python_date(value) if value.isValid() else None)
        else:
            self._set(value)

    def is_valid(self) -> bool:
        """False while the text names no date (it is then not saved anywhere)."""
        text = self.text().strip()
        return (not text and self._allow_empty) or read_date(text) is not None

    def commit(self) -> None:
        text = self.text().strip()
        if not text and self._allow_empty:
            self._set(None)
            return
        value = read_date(text)
        if value is None:
            self.setStyleSheet(f"QLineEdit {{ border: 2px solid {warning_colour().name()}; }}")
            self.setToolTip(self.tr("“{0}” is not a date: type it as {1}").format(text, ISO_FORMAT.upper()))
            return
        self._set(value)

    def _set(self, value: dt.date | None) -> None:
        self.setStyleSheet("")
        self.setText(value.isoformat() if value else "")
        if value != self._date:
            self._date = value
            self.dateChanged.emit(self.date())

    # ---------------------------------------------------------------- calendar

    def _show_calendar(self) -> None:
        # Imported when first opened: PySide6 makes each class the first time it is named (~0.3 ms).
        from PySide6.QtWidgets import QCalendarWidget, QWidgetAction

        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setSelectedDate(self.date() if self._date else QDate.currentDate())
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def picked(value: QDate) -> None:
            menu.close()
            self.setDate(value)

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        menu.popup(self.mapToGlobal(QPoint(0, self.height())))
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)
