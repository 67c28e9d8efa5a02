"""The live notes that carry one tag, in programme order, decoding only those (the organiser pages show
actions or synergies: a tenth of a congress's notes, where reading every note cost seconds)."""

from __future__ import annotations

from meetingkit.core.model import Item, Tag
from meetingkit.store import rows
from meetingkit.store.eventstore import EventStore


def items_tagged(store: EventStore, tag: Tag | str) -> list[Item]:
    # Tags are stored as a JSON list, so the quoted name finds every candidate; a LIKE cannot fail on a
    # damaged value as json_each would, and decoding then keeps only the notes that really carry it.
    quoted = '%"' + str(tag).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + '"%'
    found = store.query(
        "SELECT i.* FROM item i JOIN session s ON s.id = i.session_id JOIN day d ON d.id = s.day_id"
        " WHERE i.deleted_at IS NULL AND s.deleted_at IS NULL AND i.tags LIKE ? ESCAPE '\\'"
        " ORDER BY d.idx, s.ord, i.ord",
        (quoted,),
        kind="item",
    )
    with rows.decoding("item", store.path.name):
        decoded = [rows.item_from(r) for r in found]
    return [item for item in decoded if item.has(tag)]
