"""Dates and times as the interface language writes them (QLocale), for labels on screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from meetingkit.core.zones import wall_clock


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def short_day(value: dt.date) -> str:
    """'Tue 12 Sep' (in French 'mar. 12 sept.')."""
    return QLocale().toString(_qdate(value), "ddd d MMM")


def long_day(value: dt.date) -> str:
    """'Tuesday 12 September'."""
    return QLocale().toString(_qdate(value), "dddd d MMMM")


def full_date(value: dt.date) -> str:
    """'Tuesday 12 September 2017'."""
    return QLocale().toString(_qdate(value), "dddd d MMMM yyyy")


def day_month_year(value: dt.date) -> str:
    """'15 Oct 2017'."""
    return QLocale().toString(_qdate(value), "d MMM yyyy")


def clock(value: dt.time | dt.datetime, *, seconds: bool = False) -> str:
    """'09:30' (24-hour clock: meeting programmes are written that way in every language we ship)."""
    return QLocale().toString(
        QTime(value.hour, value.minute, value.second), "HH:mm:ss" if seconds else "HH:mm"
    )


def clock_span(start: dt.time, end: dt.time | None) -> str:
    """'09:30–10:45', or '09:30' without an end."""
    return clock(start) + (f"–{clock(end)}" if end else "")


def moment(value: dt.datetime, zone_name: str = "") -> str:
    """A captured-at instant on the meeting's clock (the event's zone, else the computer's): 'Tue 12 Sep, 09:41'."""
    local = wall_clock(value, zone_name)
    stamp = QDateTime(_qdate(local.date()), QTime(local.hour, local.minute, local.second))
    return QLocale().toString(stamp, "ddd d MMM, HH:mm")
