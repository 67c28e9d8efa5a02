"""EventStore.items_tagged gives exactly the notes that carry a tag, in programme order, whatever the tag's characters."""

from __future__ import annotations

import pytest

from meetingkit.core.model import Session, Tag
from meetingkit.store import EventStore

LINES = [
    "! Circulate the calendar @UCLG",
    "~ @Metropolis and @UCLG align agendas",
    "Plain note #action-plan",
    "Note #50% #a_b",
    "= decided #x",
    "! second action #50%",
]


@pytest.mark.parametrize(
    "tag", [Tag.ACTION, Tag.SYNERGY, Tag.DECISION, "action-plan", "50%", "a_b", "5", "a%b"]
)
def test_the_notes_of_a_tag_are_those_that_carry_it_in_programme_order(
    store: EventStore, session: Session, tag: Tag | str
) -> None:
    later = store.add_session(store.day(2).id, "Afterwards")
    for n, line in enumerate(LINES):
        store.add_entry(later.id if n % 2 else session.id, line)
    deleted = store.add_entry(session.id, "! a deleted action")
    store.delete_item(deleted.id)
    assert store.items_tagged(tag) == [i for i in store.items() if i.has(tag)]
