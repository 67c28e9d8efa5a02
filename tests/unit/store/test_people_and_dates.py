"""Editing and deleting participants, and moving or resizing the event's dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from meetingkit.core.errors import UserError
from meetingkit.core.model import Role
from meetingkit.store import EventStore


@pytest.fixture
def store(tmp_path: Path) -> EventStore:
    return EventStore.create(tmp_path / "e.meeting", title="Retreat", start="2017-09-12", end="2017-09-14")


def test_update_person_changes_fields_and_keeps_roles(store: EventStore) -> None:
    session = store.add_session(store.day(1).id, "Opening", people=[("Ana Ruiz", Role.MODERATOR)])
    ana = store.people()[0]
    store.update_person(ana.id, organisation="UCLG", email="ana@example.org")
    updated = next(p for p in store.people() if p.id == ana.id)
    assert (updated.organisation, updated.email) == ("UCLG", "ana@example.org")
    assert [p.name for p in store.session(session.id).people] == ["Ana Ruiz"]


def test_delete_person_takes_their_roles_and_restore_brings_both_back(store: EventStore) -> None:
    session = store.add_session(
        store.day(1).id, "Panel", people=[("Ana Ruiz", Role.MODERATOR), ("Li Wei", Role.SPEAKER)]
    )
    ana = next(p for p in store.people() if p.name == "Ana Ruiz")
    store.delete_person(ana.id)
    assert [p.name for p in store.people()] == ["Li Wei"]
    assert [p.name for p in store.session(session.id).people] == ["Li Wei"]
    store.restore_person(ana.id)
    assert [(p.name, p.role) for p in store.session(session.id).people] == [
        ("Ana Ruiz", Role.MODERATOR),
        ("Li Wei", Role.SPEAKER),
    ]


def test_change_dates_moves_days_and_adds_new_ones(store: EventStore) -> None:
    first = store.day(1)
    store.update_day(first.id, theme="Methodologies")
    store.change_dates("2017-10-02", "2017-10-05")
    days = store.days()
    assert [d.date for d in days] == [dt.date(2017, 10, 2) + dt.timedelta(days=i) for i in range(4)]
    assert days[0].id == first.id and days[0].theme == "Methodologies"
    assert store.event().start == dt.date(2017, 10, 2)


def test_change_dates_refuses_to_drop_a_day_with_sessions(store: EventStore) -> None:
    store.add_session(store.day(3).id, "Conclusions")
    with pytest.raises(UserError, match="Conclusions"):
        store.change_dates("2017-09-12", "2017-09-13")
    assert len(store.days()) == 3 and store.event().end == dt.date(2017, 9, 14)
