"""actions.ics and programme.ics parse as RFC 5545 calendars with the right events, dates and texts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event

from meetingkit.core.model import ActionFields, ActionStatus, EventSnapshot
from meetingkit.export.calendar_ics import write_actions_ics, write_programme_ics

from .conftest import build_snapshot, item

STAMP = dt.datetime(2024, 9, 20, 8, 0, tzinfo=dt.UTC)


def events(path: Path) -> list[Event]:
    cal = Calendar.from_ical(path.read_bytes())
    assert str(cal["PRODID"]) == "-//meetingkit//EN"
    assert str(cal["VERSION"]) == "2.0"
    return [c for c in cal.walk("VEVENT") if isinstance(c, Event)]


def test_one_all_day_event_per_action_with_a_due_date(snapshot: EventSnapshot, tmp_path: Path) -> None:
    found = events(write_actions_ics(snapshot, tmp_path / "actions.ics", stamp=STAMP))
    # A2 has no due date: no event.
    assert [str(e["SUMMARY"]) for e in found] == [
        "A1: Facilitate peer learning",
        "A3: Improve communication and visibility",
    ]
    first = found[0]
    assert first.decoded("DTSTART") == dt.date(2024, 12, 31)
    assert first.decoded("DTEND") == dt.date(2025, 1, 1)
    assert first["DTSTART"].params.get("VALUE") == "DATE"
    assert str(first["UID"]) == "i6@meetingkit"
    assert first.decoded("DTSTAMP") == STAMP
    description = str(first["DESCRIPTION"]).split("\n")
    assert description == [
        "UCLG and Metropolis: Connecting with a world of learners",
        "Owner: UCLG",
        "Session: Methodologies of learning",
        "Day 1: Thursday, 12 September 2024",
        "Horizon: Short term",
        "Status: Open",
        "Focus area: Facilitate peer learning",
    ]
    assert "Status: Done" in str(found[1]["DESCRIPTION"])


def test_uids_are_stable_between_exports(snapshot: EventSnapshot, tmp_path: Path) -> None:
    a = write_actions_ics(snapshot, tmp_path / "a.ics", stamp=STAMP).read_bytes()
    b = write_actions_ics(snapshot, tmp_path / "b.ics", stamp=STAMP).read_bytes()
    assert a == b
    assert b"\r\n" in a


def test_texts_with_ical_special_characters_and_dropped_actions(tmp_path: Path) -> None:
    snap = build_snapshot(
        items=(
            item(
                "x",
                "s2",
                1,
                "Agree budget; staff, rooms and **dates**\nfor 2025",
                "action",
                action=ActionFields(
                    owner="Dana, Ali; Ron", due=dt.date(2025, 2, 3), status=ActionStatus.DROPPED
                ),
            ),
        )
    )
    (event,) = events(write_actions_ics(snap, tmp_path / "actions.ics", language="fr", stamp=STAMP))
    assert str(event["SUMMARY"]) == "A1: Agree budget; staff, rooms and dates for 2025"
    assert str(event["STATUS"]) == "CANCELLED"
    assert "Responsable\u00a0: Dana, Ali; Ron" in str(event["DESCRIPTION"])
    assert "Jour 2\u00a0: Vendredi 13 septembre 2024" in str(event["DESCRIPTION"])


def test_programme_has_the_sessions_in_floating_local_time(snapshot: EventSnapshot, tmp_path: Path) -> None:
    found = events(write_programme_ics(snapshot, tmp_path / "programme.ics", stamp=STAMP))
    assert [str(e["SUMMARY"]) for e in found] == [
        "Methodologies of learning",
        "Smart Cities and beyond",
        "Building the roadmap",
        "Synergies between both organisations",
    ]
    first = found[0]
    start = first.decoded("DTSTART")
    assert start == dt.datetime(2024, 9, 12, 9, 30) and start.tzinfo is None
    assert first.decoded("DTEND") == dt.datetime(2024, 9, 12, 11, 0)
    assert "TZID" not in first["DTSTART"].params
    assert str(first["LOCATION"]) == "Sala Europa, Casa Llotja de Mar, Barcelona"
    assert str(first["UID"]) == "s1@meetingkit"
    description = str(first["DESCRIPTION"])
    assert description.startswith("Day 1 — How are networks and cities learning?\nFormat: Panel\n")
    assert "Moderator: Emilia Saiz (UCLG)" in description
    assert "Speakers: Octavi de la Varga (Metropolis) and Sara Hoeflich (UCLG)" in description
    assert (
        "Guiding questions:\n- How are networks and cities learning?\n- What is being learned?" in description
    )
    # A session without a time is an all-day event on its day.
    last = found[-1]
    assert last.decoded("DTSTART") == dt.date(2024, 9, 14)
    assert last.decoded("DTEND") == dt.date(2024, 9, 15)


def test_programme_in_spanish(snapshot: EventSnapshot, tmp_path: Path) -> None:
    found = events(write_programme_ics(snapshot, tmp_path / "programme.ics", language="es", stamp=STAMP))
    assert (
        str(found[1]["DESCRIPTION"])
        == "Día 2 — Expectations and the role of UCLG\nPonente: Tim Campbell (Urban Age)"
    )
