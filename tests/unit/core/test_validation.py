"""Validation: a bad value is refused with a message that names the field and says what would fit."""

from __future__ import annotations

import datetime as dt

import pytest

from meetingkit.core import validation as v
from meetingkit.core.errors import UserError, ValidationError
from meetingkit.core.model import Horizon


def _refused(call: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        call(*args)  # type: ignore[operator]
    assert isinstance(info.value, UserError)
    assert "\n" not in str(info.value)
    return info.value


def test_an_empty_title_names_the_field() -> None:
    error = _refused(v.title, "session title", " \t\n ")
    assert error.field == "session title"
    assert str(error).startswith("session title:")
    assert "empty" in str(error)


def test_a_too_long_title_says_the_limit() -> None:
    error = _refused(v.title, "title", "x" * (v.MAX_TITLE + 1))
    assert str(v.MAX_TITLE) in str(error)


def test_titles_are_cleaned_to_one_line() -> None:
    assert v.title("title", "  Smart\x00 Cities\n and\tbeyond ") == "Smart Cities and beyond"


@pytest.mark.parametrize("value", ["12/09/2017", "2017-9-12", "tomorrow", ""])
def test_a_date_that_is_not_a_date_shows_the_format(value: str) -> None:
    error = _refused(v.date, "start", value)
    assert error.field == "start"
    assert "YYYY-MM-DD" in str(error)


def test_an_impossible_calendar_date_is_named() -> None:
    error = _refused(v.date, "due", "2017-02-30")
    assert str(error) == "due: '2017-02-30' is not a real calendar date"


def test_dates_and_times_are_parsed() -> None:
    assert v.date("start", " 2017-09-12 ") == dt.date(2017, 9, 12)
    assert v.optional_date("due", "") is None
    assert v.time("start", "9:30") == dt.time(9, 30)
    assert v.time("start", "14h05") == dt.time(14, 5)
    assert v.time("start", "") is None


@pytest.mark.parametrize("value", ["25:00", "09:75", "9", "half past nine"])
def test_a_bad_time_names_the_field(value: str) -> None:
    error = _refused(v.time, "end", value)
    assert error.field == "end"
    assert value in str(error)


def test_an_end_before_the_start_is_refused() -> None:
    error = _refused(v.date_range, dt.date(2017, 9, 14), dt.date(2017, 9, 12))
    assert error.field == "end"
    assert "2017-09-12" in str(error) and "2017-09-14" in str(error)
    error = _refused(v.time_range, dt.time(10), dt.time(9))
    assert "09:00" in str(error)


def test_a_too_long_event_is_refused() -> None:
    error = _refused(v.date_range, dt.date(2017, 1, 1), dt.date(2017, 3, 1))
    assert str(v.MAX_EVENT_DAYS) in str(error)


def test_a_choice_lists_the_allowed_values() -> None:
    assert v.choice("horizon", " Medium ", Horizon) is Horizon.MEDIUM
    error = _refused(v.choice, "horizon", "soon", Horizon)
    assert str(error) == "horizon: 'soon' is not one of short, medium, long"


def test_language_codes() -> None:
    assert v.language("language", "FR") == "fr"
    assert v.language("language", "pt-br") == "pt-br"
    assert _refused(v.language, "language", "French").field == "language"


def test_long_text_keeps_lines_and_normalises_line_ends() -> None:
    assert v.long_text("summary", "a\r\nb\rc\x00") == "a\nb\nc"
