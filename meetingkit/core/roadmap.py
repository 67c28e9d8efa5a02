"""The one roadmap rule: which actions are on the roadmap, under which focus area, in which order.

The board, the document's roadmap section, the web article and the board's row commands all group
actions through `build_roadmap`, so a focus area spelled "peer learning" by one rapporteur and
"Peer learning" on the board is one row everywhere, and a dropped action is nowhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from meetingkit.core.model import ActionStatus, Horizon, Item, Tag


def area_key(name: str) -> str:
    """What makes two spellings of a focus area the same row."""
    return " ".join(name.split()).casefold()


def on_roadmap(item: Item) -> bool:
    """An action that was not dropped, placed on a horizon or not yet."""
    return item.has(Tag.ACTION) and (item.action is None or item.action.status is not ActionStatus.DROPPED)


def filed_under(items: Iterable[Item], name: str) -> list[Item]:
    """Every action filed under the focus area `name`, in any spelling, dropped ones included."""
    key = area_key(name)
    return [
        i
        for i in items
        if i.action is not None and i.action.focus_area and area_key(i.action.focus_area) == key
    ]


@dataclass(frozen=True, slots=True)
class RoadmapPlace:
    """Where a card sits: its horizon (None: not placed yet) and its focus area ("" for none)."""

    horizon: Horizon | None
    focus_area: str


@dataclass(frozen=True, slots=True)
class Roadmap:
    """The actions on the roadmap and their places.

    `areas` are the rows: the event's focus areas in their order, then areas only named by actions
    (alphabetically), spelled as the event spells them; "" (no focus area) is not among them.
    """

    areas: tuple[str, ...]
    actions: tuple[Item, ...]
    places: dict[str, RoadmapPlace] = field(default_factory=dict)

    def place_of(self, item_id: str) -> RoadmapPlace:
        return self.places[item_id]

    def by_horizon(self) -> list[tuple[Horizon, list[tuple[str, list[Item]]]]]:
        """Horizons short to long, each with its non-empty focus areas in row order ("" last)."""
        cells: dict[RoadmapPlace, list[Item]] = {}
        for item in self.actions:
            cells.setdefault(self.places[item.id], []).append(item)
        result: list[tuple[Horizon, list[tuple[str, list[Item]]]]] = []
        for horizon in Horizon:
            groups = [
                (area, cells[RoadmapPlace(horizon, area)])
                for area in (*self.areas, "")
                if RoadmapPlace(horizon, area) in cells
            ]
            if groups:
                result.append((horizon, groups))
        return result


def build_roadmap(items: Iterable[Item], focus_areas: Iterable[str]) -> Roadmap:
    """Group the actions among `items` by horizon and focus area (`focus_areas`: the event's, in order)."""
    spelling: dict[str, str] = {}
    for name in focus_areas:
        if name.strip():
            spelling.setdefault(area_key(name), name)
    known = list(spelling.values())
    actions = tuple(i for i in items if on_roadmap(i))
    named: dict[str, str] = {}
    for item in actions:
        name = item.action.focus_area if item.action else ""
        if name.strip() and area_key(name) not in spelling:
            named.setdefault(area_key(name), name)
    spelling.update(named)
    areas = (*known, *sorted(named.values(), key=str.casefold))
    places = {
        i.id: RoadmapPlace(
            i.action.horizon if i.action else None,
            spelling.get(area_key(i.action.focus_area if i.action else ""), ""),
        )
        for i in actions
    }
    return Roadmap(areas, actions, places)


__all__ = ["Roadmap", "RoadmapPlace", "area_key", "build_roadmap", "filed_under", "on_roadmap"]
