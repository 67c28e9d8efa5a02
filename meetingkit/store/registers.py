"""Multi-value registers: every field of every record remembers who wrote what, and what they had seen.

An *entry* is one write of one or more fields of one record: the values, the author, a hybrid logical clock
stamp, and for each field the entries it supersedes (the heads that writer saw). A field's *heads* are the
entries that wrote it and that no other entry supersedes. One head: that is the value. Several heads with
different values: the field is **in conflict**; the head with the highest stamp (then the highest entry id)
shows until someone resolves it. A causally later edit supersedes what its writer saw, so it wins whatever
the wall clocks said; nothing is ever decided by a clock alone, and nothing concurrent is dropped silently.

Deletion is a field too (``deleted``). A delete records every entry of the record its writer had seen; an
edit of the record that no standing deletion had seen makes the record *deleted and edited*: a conflict as well.
Pure functions over entries, no SQLite and no Yjs: the replica stores and ships the entries.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence

from meetingkit.core.frozen import Frozen

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# One encoder for every entry and compared value: json.dumps with options builds a new one per call,
# which is a third of the cost of writing an entry (an import writes 100,000).
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)

DELETED = "deleted"
POSITION = "pos"
# Not worth a conflict: concurrent moves of one record land where the later stamp put it, and two
# deletions of one record are dated by the later one.
# The assistant's generated drafts are made again from the notes at will: the newest stands. A record that
# stands for one thing (a person, a role) created on two laptops has two creation times: no one's choice.
UNLISTED = frozenset({POSITION, "deleted_at", "created_at", "generated", "generated_at"})


class Entry(Frozen):
    """One write of one replica to one record: the fields it set, and the entries it supersedes.

    A frozen record (core/frozen.py says why it is not a dataclass: every write of every command makes one).
    """

    __slots__ = (
        "author",
        "children",
        "created",
        "id",
        "record",
        "seen",
        "stamp",
        "supersedes",
        "table",
        "values",
    )
    _FIELDS = (
        "id",
        "record",
        "table",
        "stamp",
        "author",
        "values",
        "supersedes",
        "seen",
        "children",
        "created",
    )

    id: str  # "<stamp>@<replica>": unique across every replica
    record: str
    table: str
    stamp: str
    author: str
    values: Mapping[str, Any]
    supersedes: Mapping[str, Sequence[str]]
    seen: Sequence[str]  # deletions only: the record's entries the deleter had
    children: Sequence[str]  # session deletions only: the notes the session held
    created: bool  # the record's first write on its replica (its empty fields are only defaults)

    def __init__(
        self,
        id: str,
        record: str,
        table: str,
        stamp: str,
        author: str,
        values: Mapping[str, Any],
        supersedes: Mapping[str, Sequence[str]] | None = None,  # None: a new empty mapping
        seen: Sequence[str] = (),
        children: Sequence[str] = (),
        created: bool = False,
    ) -> None:
        set_field = object.__setattr__
        set_field(self, "id", id)
        set_field(self, "record", record)
        set_field(self, "table", table)
        set_field(self, "stamp", stamp)
        set_field(self, "author", author)
        set_field(self, "values", values)
        set_field(self, "supersedes", {} if supersedes is None else supersedes)
        set_field(self, "seen", seen)
        set_field(self, "children", children)
        set_field(self, "created", created)

    def to_json(self) -> str:
        body: dict[str, Any] = {
            "r": self.record,
            "t": self.table,
            "h": self.stamp,
            "a": self.author,
            "v": dict(self.values),
        }
        if self.supersedes:
            body["s"] = {k: list(v) for k, v in self.supersedes.items() if v}
        if self.seen:
            body["seen"] = list(self.seen)
        if self.children:
            body["children"] = list(self.children)
        if self.created:
            body["c"] = 1
        return _CANONICAL.encode(body)

    @classmethod
    def from_json(cls, entry_id: str, text: str) -> Entry:
        body = json.loads(text)
        return cls(
            id=entry_id,
            record=str(body["r"]),
            table=str(body["t"]),
            stamp=str(body["h"]),
            author=str(body.get("a", "")),
            values=dict(body.get("v", {})),
            supersedes={k: tuple(v) for k, v in body.get("s", {}).items()},
            seen=tuple(body.get("seen", ())),
            children=tuple(body.get("children", ())),
            created=bool(body.get("c")),
        )


def canonical(value: Any) -> str:
    return _CANONICAL.encode(value)


def newest_first(entries: Iterable[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.stamp, e.id), reverse=True)


BLANK = (None, "", "[]")


def heads(entries: Iterable[Entry], name: str) -> list[Entry]:
    """The entries that wrote `name` and that nothing supersedes, newest first (the first one shows).

    A record created on two laptops (the same person, the same role, a session's draft) starts with empty
    defaults on both: an empty default is no one's choice, so it never competes with a value someone set.
    """
    writers = [e for e in entries if name in e.values]
    superseded = {s for e in writers for s in e.supersedes.get(name, ())}
    found = [e for e in writers if e.id not in superseded]
    if len(found) > 1:
        chosen = [e for e in found if not (e.created and e.values[name] in BLANK)]
        found = chosen or found
    return newest_first(found)


def fields_of(entries: Iterable[Entry]) -> set[str]:
    return {name for e in entries for name in e.values}


def current_values(entries: Sequence[Entry]) -> dict[str, Any]:
    """Each field's shown value: its newest head."""
    return {name: found[0].values[name] for name in fields_of(entries) if (found := heads(entries, name))}
