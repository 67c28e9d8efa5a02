"""Every domain record is imported from core.model, wherever it is defined (core/model.py says why)."""

from __future__ import annotations

import datetime as dt
import pickle
import subprocess
import sys

import pytest

from meetingkit.core import model

RECORDS = (
    "Attachment",
    "Day",
    "Event",
    "EventSnapshot",
    "FocusArea",
    "Organisation",
    "Person",
    "Item",
    "Session",
)


@pytest.mark.parametrize("name", RECORDS)
def test_every_record_is_imported_from_core_model(name: str) -> None:
    exec(f"from meetingkit.core.model import {name}", {})
    assert getattr(model, name).__name__ == name


def test_a_name_core_model_lacks_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Stamp'"):
        model.Stamp  # noqa: B018


def test_a_record_made_apart_pickles_and_compares_as_before() -> None:
    day = model.Day(id="d1", index=1, date=dt.date(2025, 10, 6), theme="Cities")
    assert pickle.loads(pickle.dumps(day)) == day


def test_importing_core_model_makes_only_the_records_of_a_capture() -> None:
    code = (
        "import sys, meetingkit.core.model;"
        " print(sorted({'meetingkit.core.event_records', 'meetingkit.core.organiser_records'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr


def test_the_event_and_its_days_do_not_make_the_organiser_pages_records() -> None:
    code = (
        "import sys; from meetingkit.core.model import Day, Event, EventSnapshot;"
        " print('meetingkit.core.organiser_records' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr
