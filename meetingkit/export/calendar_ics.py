"""iCalendar (RFC 5545) exports: actions with a due date as all-day events, and the programme of sessions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event

from meetingkit.core.atomic import write_atomically
from meetingkit.core.model import ActionStatus, EventSnapshot, Role
from meetingkit.core.text import clean_line
from meetingkit.core.zones import zone
from meetingkit.export.actions_csv import numbered_actions
from meetingkit.export.labels import Labels, labels_for
from meetingkit.export.outline import person_label, plain_text

__all__ = [
    "PRODID",
    "actions_calendar",
    "programme_calendar",
    "write_actions_ics",
    "write_programme_ics",
]

PRODID = "-//meetingkit//EN"
UID_DOMAIN = "meetingkit"


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    # Outlook and others import a file without METHOD as an invitation; PUBLISH says "just events".
    cal.add("method", "PUBLISH")
    # An X- property is written as given: a line break in the event's title would end the content line
    # (icalendar refuses it with an AssertionError), so the name is one line.
    cal.add("x-wr-calname", " ".join(clean_line(name).split()))
    return cal


def _stamp(stamp: dt.datetime | None) -> dt.datetime:
    moment = stamp or dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def _line(lab: Labels, label: str, value: str) -> str:
    return f"{label}{lab.colon}{value}"


def actions_calendar(
    snapshot: EventSnapshot, *, language: str = "en", stamp: dt.datetime | None = None
) -> Calendar:
    """One all-day event per action with a due date, on that date. `stamp` is the DTSTAMP of every
    event (now when None); pass a fixed one for byte-identical output."""
    actions, lab = numbered_actions(snapshot, language)
    title = clean_line(snapshot.event.title)
    cal = _calendar(f"{title} — {lab.actions}")
    when = _stamp(stamp)
    for a in actions:
        fields = a.item.action
        if fields is None or fields.due is None:
            continue
        event = Event()
        event.add("uid", f"{a.item.id}@{UID_DOMAIN}")
        event.add("dtstamp", when)
        event.add("dtstart", fields.due)
        event.add("dtend", fields.due + dt.timedelta(days=1))
        event.add("summary", f"{a.ref}: {plain_text(a.item.text)}")
        lines = [title]
        if fields.owner.strip():
            lines.append(_line(lab, lab.owner, clean_line(fields.owner)))
        lines.append(_line(lab, lab.session, clean_line(a.session.title)))
        lines.append(f"{lab.day_title(a.day_number)}{lab.colon}{lab.date_full(a.day.date)}")
        if fields.horizon is not None:
            lines.append(_line(lab, lab.horizon, lab.horizon_name(fields.horizon)))
        lines.append(_line(lab, lab.status, lab.status_name(fields.status)))
        if fields.focus_area.strip():
            lines.append(_line(lab, lab.focus_area, clean_line(fields.focus_area)))
        event.add("description", "\n".join(lines))
        # A reminder, not a meeting: it must not block the owner's day.
        event.add("transp", "TRANSPARENT")
        if fields.status is ActionStatus.DROPPED:
            event.add("status", "CANCELLED")
        if fields.focus_area.strip():
            event.add("categories", [clean_line(fields.focus_area)])
        cal.add_component(event)
    return cal


def programme_calendar(
    snapshot: EventSnapshot, *, language: str = "en", stamp: dt.datetime | None = None
) -> Calendar:
    """The sessions as timed events in the event's time zone (with its VTIMEZONE), or in floating local
    time when the event has none. Sessions without a start time are all-day."""
    lab = labels_for(language)
    ev = snapshot.event
    title = clean_line(ev.title)
    cal = _calendar(title)
    when = _stamp(stamp)
    days = sorted(snapshot.days, key=lambda d: (d.index, d.date))
    number = {d.id: n for n, d in enumerate(days, start=1)}
    meeting_zone = zone(ev.timezone)
    place = [clean_line(p) for p in (ev.venue, ev.city) if p.strip()]
    sessions = sorted(
        (s for s in snapshot.sessions if s.day_id in number),
        key=lambda s: (number[s.day_id], s.order, s.start or dt.time.min, s.title),
    )
    for s in sessions:
        day = snapshot.day(s.day_id)
        event = Event()
        event.add("uid", f"{s.id}@{UID_DOMAIN}")
        event.add("dtstamp", when)
        if s.start is not None:
            start = dt.datetime.combine(day.date, s.start, tzinfo=meeting_zone)
            event.add("dtstart", start)
            if s.end is not None and s.end > s.start:
                event.add("dtend", dt.datetime.combine(day.date, s.end, tzinfo=meeting_zone))
        else:
            event.add("dtstart", day.date)
            event.add("dtend", day.date + dt.timedelta(days=1))
        event.add("summary", clean_line(s.title))
        location = [clean_line(s.room)] if s.room.strip() else []
        if location or place:
            event.add("location", ", ".join(location + place))
        theme = clean_line(day.theme)
        lines = [f"{lab.day_title(number[s.day_id])} — {theme}" if theme else lab.day_title(number[s.day_id])]
        if s.format.strip():
            lines.append(_line(lab, lab.session_format, clean_line(s.format)))
        for role in (Role.MODERATOR, Role.SPEAKER, Role.RAPPORTEUR):
            named = s.people_with(role)
            if named:
                names = [person_label(p) for p in named]
                lines.append(_line(lab, lab.role_name(role, len(named)), lab.join(names)))
        questions = [clean_line(q) for q in s.questions if q.strip()]
        if questions:
            lines.append("")
            lines.append(lab.guiding_questions + lab.colon.rstrip())
            lines.extend(f"- {q}" for q in questions)
        event.add("description", "\n".join(lines))
        cal.add_component(event)
    if meeting_zone is not None:
        cal.add_missing_timezones()  # the VTIMEZONE a TZID needs, so every calendar reads the same time
    return cal


def _write(cal: Calendar, path: Path | str) -> Path:
    return write_atomically(Path(path), cal.to_ical())


def write_actions_ics(
    snapshot: EventSnapshot, path: Path | str, *, language: str = "en", stamp: dt.datetime | None = None
) -> Path:
    """Write actions.ics (one all-day event per action with a due date); returns the path."""
    return _write(actions_calendar(snapshot, language=language, stamp=stamp), path)


def write_programme_ics(
    snapshot: EventSnapshot, path: Path | str, *, language: str = "en", stamp: dt.datetime | None = None
) -> Path:
    """Write programme.ics (the sessions as timed events); returns the path."""
    return _write(programme_calendar(snapshot, language=language, stamp=stamp), path)
