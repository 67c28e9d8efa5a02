"""A list of notes is decoded in one go (rows.items_from) into exactly what the one-by-one decoder makes,
and a damaged value is named exactly as it names it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetingkit.core.errors import UserError
from meetingkit.core.model import Item
from meetingkit.store import EventStore, rows

_JUNK = st.sampled_from([None, 0, 7, 1.5, b"x", "", "[", "{}", '["a", 1]', "[[[]]]", "2025-02-30", "later"])
_TEXT = st.text(max_size=5)
# A column's values as a note holds them, in ITEM_COLUMNS's order, some of them wrong in their own way.
_COLUMNS = (
    st.sampled_from(["n1", "n2"]),  # id
    st.sampled_from(["s1", "s2"]),  # session_id
    st.integers(-3, 3),  # ord
    _TEXT,  # text
    st.sampled_from(
        ["2025-10-06T09:30:00.000Z", "2025-10-06T09:30:00", "2025-13-01T00:00:00Z"]
    ),  # captured_at
    _TEXT,  # author
    st.lists(st.sampled_from(["action", "synergy", "quote", "budget"]), max_size=3).map(rows.dumps),  # tags
    _TEXT,  # speaker
    _TEXT,  # owner
    st.sampled_from([None, "", "2025-11-01", "2025-02-30"]),  # due
    st.sampled_from([None, "", "short", "medium", "long", "later"]),  # horizon
    st.sampled_from(["open", "done", "dropped", "stuck"]),  # status
    _TEXT,  # focus_area
    st.lists(st.sampled_from(["UCLG", "Metropolis"]), max_size=2).map(rows.dumps),  # parties
    _TEXT,  # theme
)


@st.composite
def _rows(draw: st.DrawFn) -> tuple[object, ...]:
    """A note's values, each one now and then replaced by what no column may hold."""
    return tuple(draw(_JUNK) if draw(st.integers(0, 7)) == 0 else draw(column) for column in _COLUMNS)


def _decoded(decode: object) -> Item | tuple[str, str]:
    try:
        with rows.decoding("item", "event.meeting"):
            return decode()  # type: ignore[operator,no-any-return]
    except UserError as exc:
        return type(exc).__name__, str(exc)


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(_rows())
def test_a_note_decoded_in_a_list_is_the_one_decoded_alone(values: tuple[object, ...]) -> None:
    assert len(values) == len(rows.ITEM_COLUMNS)
    alone = _decoded(lambda: rows.item_from(dict(zip(rows.ITEM_COLUMNS, values, strict=True))))  # type: ignore[arg-type]
    in_a_list = _decoded(lambda: rows.items_from([values])[0])
    assert in_a_list == alone


def test_a_sessions_notes_and_the_tagged_ones_read_back_as_written(tmp_path: Path) -> None:
    path = tmp_path / "event.meeting"
    with EventStore.create(path, title="T", start=dt.date(2025, 10, 6), end=dt.date(2025, 10, 6)) as store:
        day = store.days()[0].id
        opening, workshop = store.add_session(day, "Opening"), store.add_session(day, "Workshop")
        lines = [
            "a plain note",
            "! Circulate the calendar @UCLG due:2025-11-01 ^short",
            "~ @UCLG and @Metropolis",
        ]
        for line in lines:
            store.add_entry(opening.id, line)
        store.add_entry(workshop.id, '" Cities are people @Ana')
    with EventStore.open(path, read_only=True) as store:
        one_by_one = [store.item(i.id) for i in store.items()]
        assert store.items() == one_by_one
        assert [i.text for i in store.items(opening.id)] == [
            "a plain note",
            "Circulate the calendar",
            "UCLG and Metropolis",
        ]
        action = store.items_tagged("action")
        assert [(i.action.owner, i.action.due) for i in action if i.action] == [
            ("UCLG", dt.date(2025, 11, 1))
        ]
        synergy = store.items_tagged("synergy")[0].synergy
        assert synergy is not None and synergy.parties == ("UCLG", "Metropolis")
        assert store.items(workshop.id)[0].speaker == "Ana"


@pytest.mark.parametrize(("column", "value"), [("captured_at", "yesterday"), ("tags", "[1]"), ("ord", None)])
def test_a_damaged_note_in_a_list_is_named_as_alone(tmp_path: Path, column: str, value: object) -> None:
    values = [
        "n1",
        "s1",
        1,
        "text",
        "2025-10-06T09:30:00.000Z",
        "Ana",
        "[]",
        "",
        "",
        None,
        None,
        "open",
        "",
        "[]",
        "",
    ]
    values[rows.ITEM_COLUMNS.index(column)] = value
    alone = _decoded(lambda: rows.item_from(dict(zip(rows.ITEM_COLUMNS, values, strict=True))))  # type: ignore[arg-type]
    assert isinstance(alone, tuple) and "damaged" in alone[1]
    assert _decoded(lambda: rows.items_from([tuple(values)])) == alone
