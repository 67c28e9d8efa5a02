"""The records written out (core/frozen.py) behave as the frozen dataclasses they replace, field by field."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import functools
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetingkit.core.frozen import Frozen
from meetingkit.core.model import ActionFields, Horizon, Item, Role, SessionPerson, SynergyFields
from meetingkit.core.quickentry import ParsedEntry
from meetingkit.store.registers import Entry


@functools.cache
def _twin(record: type[Frozen]) -> type:
    """The frozen dataclass `record` was, with the same fields in the same order."""
    hints = {name: object for name in record._FIELDS}
    twin = dataclasses.make_dataclass(record.__name__, hints.items(), frozen=True, slots=True)
    twin.__qualname__ = record.__qualname__
    return twin


_TEXT = st.text(max_size=8)
_TAGS = st.lists(_TEXT, max_size=3).map(tuple)
_ITEMS = st.builds(
    Item,
    id=_TEXT,
    session_id=_TEXT,
    order=st.integers(),
    text=_TEXT,
    captured_at=st.datetimes(timezones=st.just(dt.UTC)),
    author=_TEXT,
    tags=_TAGS,
    action=st.none() | st.builds(ActionFields, owner=_TEXT, horizon=st.sampled_from(Horizon) | st.none()),
    synergy=st.none() | st.builds(SynergyFields, parties=_TAGS, theme=_TEXT),
    speaker=_TEXT,
)
_PEOPLE = st.builds(
    SessionPerson, person_id=_TEXT, name=_TEXT, role=st.sampled_from(Role), organisation=_TEXT
)
_PARSED = st.builds(ParsedEntry, text=_TEXT, tags=_TAGS, mentions=_TAGS, due=st.dates() | st.none())
_RECORDS = _ITEMS | _PEOPLE | _PARSED
# A register entry holds mappings, so neither it nor the dataclass it was hashes: compared apart.
_ENTRIES = st.builds(
    Entry,
    id=_TEXT,
    record=_TEXT,
    table=_TEXT,
    stamp=_TEXT,
    author=_TEXT,
    values=st.dictionaries(_TEXT, _TEXT | st.none() | st.integers(), max_size=2),
    supersedes=st.none() | st.dictionaries(_TEXT, _TAGS, max_size=2),
    seen=_TAGS,
    children=_TAGS,
    created=st.booleans(),
)


@given(_RECORDS, _RECORDS)
def test_a_record_compares_hashes_and_shows_as_its_dataclass_did(a: Frozen, b: Frozen) -> None:
    twin_a, twin_b = (_twin(type(r))(*r._values()) for r in (a, b))
    assert (a == b) == (twin_a == twin_b) and (a != b) == (twin_a != twin_b)
    assert repr(a) == repr(twin_a)
    if a == b:
        assert hash(a) == hash(b)
    assert hash(a) == hash(twin_a)


@given(_RECORDS)
def test_a_record_pickles_copies_and_stays_as_it_was_made(record: Frozen) -> None:
    assert pickle.loads(pickle.dumps(record)) == record
    assert copy.copy(record) == record and copy.deepcopy(record) == record
    name = record._FIELDS[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, name, "changed")
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(record, name)
    assert record != record._values()  # a record is not the tuple of its fields


def test_an_item_is_made_with_the_dataclasss_defaults_by_position_or_by_name() -> None:
    at = dt.datetime(2025, 10, 6, 9, 30, tzinfo=dt.UTC)
    item = Item("i1", "s1", 3, "A note", at, tags=("action",))
    assert item == Item(id="i1", session_id="s1", order=3, text="A note", captured_at=at, tags=("action",))
    assert (item.author, item.action, item.synergy, item.speaker) == ("", None, None, "")
    assert item.has("action") and item.free_tags == ()
    with pytest.raises(TypeError):
        Item("i1", "s1", 3, "A note")  # type: ignore[call-arg]


@given(_ENTRIES, _ENTRIES)
def test_a_register_entry_compares_shows_and_pickles_as_its_dataclass_did(a: Entry, b: Entry) -> None:
    twin_a, twin_b = (_twin(Entry)(*r._values()) for r in (a, b))
    assert (a == b) == (twin_a == twin_b) and repr(a) == repr(twin_a)
    assert pickle.loads(pickle.dumps(a)) == a and copy.deepcopy(a) == a
    with pytest.raises(TypeError):
        hash(a)  # its values are a mapping, as they were


def test_an_entry_made_without_supersedes_has_an_empty_mapping_of_its_own() -> None:
    first, second = (Entry("e@r", "r1", "item", "h", "Ana", {"text": "x"}) for _ in range(2))
    assert first.supersedes == {} and first.supersedes is not second.supersedes
    assert (first.seen, first.children, first.created) == ((), (), False)
