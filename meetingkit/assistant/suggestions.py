"""Suggestions while capturing, never silent changes: a tag an untagged note seems to call for, and the
same point captured by two rapporteurs. The app offers them; only the rapporteur applies them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from meetingkit.assistant import duplicates
from meetingkit.assistant.notes import Note, prepare
from meetingkit.core.model import BUILTIN_TAGS, Item, Tag

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
)
# Read like an action: someone will do something, or something is due by a date.
_ACTION = re.compile(
    rf"\b(?:will|shall|to do|follow[- ]up|needs? to|must|by (?:the end of |end of )?(?:{_MONTHS}|\d{{1,2}}[/.]\d{{1,2}}|next week|\d{{4}})|"
    rf"d'ici (?:fin |la fin )?(?:{_MONTHS})|va |vont |se encargar[áa]|antes de (?:{_MONTHS}))\b",
    re.IGNORECASE,
)
# Read like a decision: the room agreed, decided, adopted.
_DECISION = re.compile(
    r"\b(?:agreed|decided|adopted|approved|resolved|consensus|it was agreed|"
    r"accord|décid[ée]|adopt[ée]|approuv[ée]|acord[óa]|decidi[óo]|aprob[óa]|adopt[óa])\b",
    re.IGNORECASE,
)
_QUESTION = re.compile(
    r"(?:\?\s*$|^(?:who|what|why|how|when|where|which|can|could|should|is|are|do|does|"
    r"qui|que|quoi|pourquoi|comment|quand|où|quel|quelle|est-ce|"
    r"quién|qué|por qué|cómo|cuándo|dónde|cuál)\b)",
    re.IGNORECASE,
)


def suggested_tag(item: Item) -> Tag | None:
    """The built-in tag an untagged note reads like, or None (a tagged note gets no suggestion)."""
    if any(item.has(tag) for tag in BUILTIN_TAGS):
        return None
    text = item.text.strip()
    if _QUESTION.search(text):
        return Tag.QUESTION
    if _DECISION.search(text):
        return Tag.DECISION
    if _ACTION.search(text):
        return Tag.ACTION
    return None


@dataclass(frozen=True, slots=True)
class SamePoint:
    """Notes of different rapporteurs that make the same point (ids in capture order)."""

    notes: tuple[str, ...]
    authors: tuple[str, ...]


def same_points(items: Sequence[Item]) -> list[SamePoint]:
    """Groups of near-identical notes captured by at least two different authors."""
    if len({item.author for item in items}) < 2:
        return []  # one rapporteur's session (the usual case): no note can be another's same point
    notes: list[Note] = prepare(items)
    found: list[SamePoint] = []
    for group in duplicates.groups([set(n.words) for n in notes]):
        authors = tuple(dict.fromkeys(notes[i].item.author for i in group))
        if len(group) > 1 and len(authors) > 1:
            found.append(SamePoint(tuple(notes[i].id for i in group), authors))
    return found
