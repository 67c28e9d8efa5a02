"""The programme calendar carries the event's time zone, so a remote attendee sees the right hour."""

from __future__ import annotations

import dataclasses
import datetime as dt

from icalendar import Calendar

from meetingkit.export.calendar_ics import programme_calendar

from .conftest import build_snapshot


def test_sessions_are_timed_in_the_events_zone_with_its_vtimezone() -> None:
    base = build_snapshot()
    snapshot = dataclasses.replace(base, event=dataclasses.replace(base.event, timezone="Europe/Madrid"))
    parsed = Calendar.from_ical(programme_calendar(snapshot).to_ical())
    assert [str(tz.get("TZID")) for tz in parsed.walk("VTIMEZONE")] == ["Europe/Madrid"]
    first = next(
        e for e in parsed.walk("VEVENT") if e.get("DTSTART") and isinstance(e.get("DTSTART").dt, dt.datetime)
    )
    start = first.get("DTSTART").dt
    assert start.utcoffset() == dt.timedelta(hours=2)  # September in Madrid: CEST


def test_without_a_zone_times_float() -> None:
    parsed = Calendar.from_ical(programme_calendar(build_snapshot()).to_ical())
    assert list(parsed.walk("VTIMEZONE")) == []
    starts = [e.get("DTSTART").dt for e in parsed.walk("VEVENT")]
    assert all(getattr(s, "tzinfo", None) is None for s in starts)
