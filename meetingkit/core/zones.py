"""The event's time zone: notes are stamped in UTC and read in the wall-clock time of the meeting."""

from __future__ import annotations

import datetime as dt

from meetingkit.core.errors import ValidationError


def zone(name: str) -> dt.tzinfo | None:
    """The zone called `name`, or None (the computer's own zone) for "" or a name this system lacks."""
    if not name:
        return None
    import zoneinfo  # here, not at import: `add` and an event without a zone never need it (~2 ms)

    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        # OSError: a name too long for a file name (zoneinfo looks the name up as a path).
        return None


def check_zone(name: str) -> str:
    """`name` stripped, if it is a time zone this system knows (or empty); a ValidationError otherwise."""
    name = name.strip()
    if name and zone(name) is None:
        raise ValidationError("timezone", f"'{name}' is not a time zone; use a name such as Europe/Madrid")
    return name


def wall_clock(moment: dt.datetime, name: str) -> dt.datetime:
    """`moment` as the meeting's wall clock showed it (the computer's zone when the event has none)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(zone(name))
