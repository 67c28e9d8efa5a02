"""The one roadmap rule: the board, the document and the article all group actions through it."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from meetingkit.core.model import ActionFields, ActionStatus, Horizon, Item, Tag
from meetingkit.core.roadmap import RoadmapPlace, build_roadmap, filed_under

AT = dt.datetime(2024, 9, 12, 9, 0, tzinfo=dt.UTC)


def action(
    iid: str, area: str = "", horizon: Horizon | None = None, status: ActionStatus = ActionStatus.OPEN
) -> Item:
    fields = ActionFields(horizon=horizon, focus_area=area, status=status)
    return Item(iid, "s1", 0, iid, AT, tags=(str(Tag.ACTION),), action=fields)


def test_spellings_of_one_area_are_one_row_and_dropped_actions_are_nowhere() -> None:
    items = [
        action("a", "peer learning", Horizon.SHORT),
        action("b", "Zebra crossings", Horizon.LONG),
        action("c", "Alpha", None),
        action("d", "Peer  Learning", Horizon.SHORT, ActionStatus.DROPPED),
        action("e", "", Horizon.MEDIUM),
        Item("n", "s1", 0, "a note", AT),
    ]
    roadmap = build_roadmap(items, ["Peer learning", "Data"])
    # The event's areas in order, then areas only actions name, alphabetically.
    assert roadmap.areas == ("Peer learning", "Data", "Alpha", "Zebra crossings")
    assert [i.id for i in roadmap.actions] == ["a", "b", "c", "e"]
    assert roadmap.place_of("a") == RoadmapPlace(Horizon.SHORT, "Peer learning")
    assert roadmap.place_of("c") == RoadmapPlace(None, "Alpha")
    assert [(h, [(a, [i.id for i in its]) for a, its in g]) for h, g in roadmap.by_horizon()] == [
        (Horizon.SHORT, [("Peer learning", ["a"])]),
        (Horizon.MEDIUM, [("", ["e"])]),
        (Horizon.LONG, [("Zebra crossings", ["b"])]),
    ]
    # Renaming or deleting a row moves every action filed under it, dropped ones included.
    assert [i.id for i in filed_under(items, "PEER learning")] == ["a", "d"]


areas = st.sampled_from(["", "Data", "data", " DATA ", "Peer learning", "peer  learning", "Other"])
horizons = st.sampled_from([None, *Horizon])
statuses = st.sampled_from(list(ActionStatus))


@given(st.lists(st.tuples(areas, horizons, statuses), max_size=20), st.lists(areas, max_size=4))
def test_every_live_action_has_exactly_one_place_among_the_rows(
    specs: list[tuple[str, Horizon | None, ActionStatus]], known: list[str]
) -> None:
    items = [action(f"i{n}", a, h, s) for n, (a, h, s) in enumerate(specs)]
    roadmap = build_roadmap(items, known)
    live = [i for i in items if i.action and i.action.status is not ActionStatus.DROPPED]
    assert [i.id for i in roadmap.actions] == [i.id for i in live]
    folded = [a.casefold() for a in roadmap.areas]
    assert len(folded) == len(set(" ".join(a.split()) for a in folded))
    for item in live:
        assert roadmap.place_of(item.id).focus_area in (*roadmap.areas, "")
    placed = [i.id for _, groups in roadmap.by_horizon() for _, its in groups for i in its]
    assert sorted(placed) == sorted(i.id for i in live if i.action and i.action.horizon is not None)
