"""The conflicts a record's register entries hold: fields whose heads disagree, and an edit a deletion never saw.

Apart from `registers` because only reading or settling conflicts needs them: a capture's write (`add`) does
not pay for these classes (each frozen dataclass costs ~0.5 ms to make at import).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from meetingkit.store.registers import DELETED, UNLISTED, Entry, canonical, fields_of, heads, newest_first


@dataclass(frozen=True)
class Candidate:
    """One of a conflict's concurrent values, with who wrote it and when."""

    value: Any  # what the user sees (texts resolved)
    author: str
    stamp: str
    entry: str


@dataclass(frozen=True)
class Conflict:
    """A field two replicas set concurrently: the candidates stand until someone settles it."""

    id: str
    record: str
    table: str
    field: str
    candidates: tuple[Candidate, ...]


def conflict_id(record: str, name: str, entry_ids: Iterable[str]) -> str:
    import hashlib  # only conflicts need it: not at import (OpenSSL's hashes, ~3 ms of every start)

    digest = hashlib.sha256("|".join([record, name, *sorted(entry_ids)]).encode()).hexdigest()
    return digest[:12]


Resolve = Callable[[str, Any], Any]


def _plain(_name: str, value: Any) -> Any:
    return value


def conflicts(entries: Sequence[Entry], resolve: Resolve = _plain) -> list[Conflict]:
    """The open conflicts of one record: fields whose heads disagree, and an edit its deleter never saw."""
    if len(entries) < 2:
        return []  # one write: one head per field, and nothing a deletion could have missed
    record, table = entries[0].record, entries[0].table
    found: list[Conflict] = []
    for name in sorted(fields_of(entries) - UNLISTED):
        current = heads(entries, name)
        if len(current) < 2:
            continue
        distinct: dict[str, Entry] = {}
        for entry in current:  # newest first: the newest entry speaks for an equal value
            distinct.setdefault(canonical(resolve(name, entry.values[name])), entry)
        if len(distinct) > 1:
            chosen = list(distinct.values())
            candidates = tuple(
                Candidate(resolve(name, e.values[name]), e.author, e.stamp, e.id) for e in chosen
            )
            found.append(
                Conflict(conflict_id(record, name, [e.id for e in current]), record, table, name, candidates)
            )
    deleted_and_edited = _unseen_edits(entries)
    if deleted_and_edited is not None:
        delete, edits = deleted_and_edited
        newest = edits[0]
        edited = sorted({name for e in edits for name in e.values} - {DELETED} - UNLISTED)
        found.append(
            Conflict(
                conflict_id(record, DELETED, [delete.id, *(e.id for e in edits)]),
                record,
                table,
                DELETED,
                (
                    Candidate("deleted", delete.author, delete.stamp, delete.id),
                    Candidate("edited: " + ", ".join(edited), newest.author, newest.stamp, newest.id),
                ),
            )
        )
    return found


def _unseen_edits(entries: Sequence[Entry]) -> tuple[Entry, list[Entry]] | None:
    shown = heads(entries, DELETED)
    if not shown or shown[0].values[DELETED] is None:
        return None
    # Every deletion standing counts: what any deleter saw is no surprise to the deletions, and an entry that
    # deletes the record itself (a copy's fresh write of a record it holds deleted) agrees with them.
    deletes = [e for e in shown if e.values[DELETED] is not None]
    known = {entry for d in deletes for entry in (*d.seen, d.id)}
    edits = [
        e
        for e in entries
        if e.id not in known and e.values.get(DELETED) is None and set(e.values) - {DELETED} - UNLISTED
    ]
    return (shown[0], newest_first(edits)) if edits else None
