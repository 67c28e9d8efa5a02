"""Validation of user-supplied values: each failure is a ValidationError naming the field and the fix."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

from meetingkit.core.errors import ValidationError
from meetingkit.core.text import clean_line, xml_safe

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeVar

    E = TypeVar("E", bound=StrEnum)

MAX_TITLE = 300
MAX_EVENT_DAYS = 31
MAX_TEXT = 10_000_000  # a 10 MB note is a paste accident, not a note


def title(field: str, value: str, *, max_len: int = MAX_TITLE) -> str:
    cleaned = " ".join(clean_line(value).split())
    if not cleaned:
        raise ValidationError(field, "must not be empty")
    if len(cleaned) > max_len:
        raise ValidationError(field, f"is {len(cleaned)} characters long; keep it under {max_len}")
    return cleaned


def short(field: str, value: str, *, max_len: int = MAX_TITLE) -> str:
    """An optional one-line field (room, owner, credit...): cleaned, may be empty."""
    cleaned = " ".join(clean_line(value).split())
    if len(cleaned) > max_len:
        raise ValidationError(field, f"is {len(cleaned)} characters long; keep it under {max_len}")
    return cleaned


def long_text(field: str, value: str) -> str:
    """Markdown text (notes, summaries): XML-safe, newlines kept."""
    cleaned = xml_safe(value).replace("\r\n", "\n").replace("\r", "\n")
    if len(cleaned) > MAX_TEXT:
        raise ValidationError(field, "is larger than 10 MB; split it into several notes")
    return cleaned


def date(field: str, value: str | dt.date) -> dt.date:
    if isinstance(value, dt.date):
        return value
    text = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValidationError(field, f"'{value}' is not a date; use YYYY-MM-DD, e.g. 2017-09-12")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, f"'{value}' is not a real calendar date") from None


def optional_date(field: str, value: str | dt.date | None) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return date(field, value)


def time(field: str, value: str | dt.time | None) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    text = value.strip()
    if not text:
        return None
    match = re.fullmatch(r"(\d{1,2})[:.h](\d{2})", text)
    if not match:
        raise ValidationError(field, f"'{value}' is not a time; use HH:MM, e.g. 09:30")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValidationError(field, f"'{value}' is not a time of day")
    return dt.time(hour, minute)


def date_range(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ValidationError("end", f"{end.isoformat()} is before the start {start.isoformat()}")
    days = (end - start).days + 1
    if days > MAX_EVENT_DAYS:
        raise ValidationError(
            "end", f"the event would last {days} days; meetingkit handles up to {MAX_EVENT_DAYS}"
        )


def time_range(start: dt.time | None, end: dt.time | None) -> None:
    if start and end and end <= start:
        raise ValidationError("end", f"{end:%H:%M} is not after the start {start:%H:%M}")


def choice(field: str, value: str | E, kind: type[E]) -> E:
    if isinstance(value, kind):
        return value
    try:
        return kind(str(value).strip().lower())
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise ValidationError(field, f"'{value}' is not one of {allowed}") from None


def language(field: str, value: str) -> str:
    code = value.strip().lower()
    if not re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]{2,8})?", code):
        raise ValidationError(field, f"'{value}' is not a language code such as en, fr or es")
    return code
