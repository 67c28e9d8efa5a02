"""Notes prepared once for drafting: cleaned text, sentences, comparable words, and their kind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from meetingkit.assistant.cleaning import plain, sentences
from meetingkit.assistant.words import content_words
from meetingkit.core.model import Item, Tag

# Where a note with several built-in tags belongs; first match wins (the documents' order too).
PRECEDENCE: tuple[Tag, ...] = (Tag.ACTION, Tag.SYNERGY, Tag.DECISION, Tag.KEY_POINT, Tag.QUOTE, Tag.QUESTION)
NOTE = "note"
_SUFFIXES = ("ing", "ed", "es", "s")


def stem(word: str) -> str:
    """A crude English stem, only for comparing notes ("changes" ~ "changed"); never shown."""
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def stems(text: str) -> list[str]:
    return [stem(w) for w in content_words(text)]


@dataclass(frozen=True, slots=True)
class Note:
    """One note as the assistant reads it: its kind, its cleaned text, its sentences and the stems of its words."""

    item: Item
    kind: str  # a built-in tag's value, or "note"
    text: str  # the whole note, cleaned
    sentences: tuple[str, ...]
    words: frozenset[str]  # stems of its content words

    @property
    def id(self) -> str:
        return self.item.id


def kind_of(item: Item) -> str:
    for tag in PRECEDENCE:
        if item.has(tag):
            return str(tag)
    return NOTE


def prepare(items: Iterable[Item], *, with_words: bool = True) -> list[Note]:
    """Notes in the order they were captured (several rapporteurs' notes interleave by time).

    with_words=False leaves `words` empty and the text unsplit: cleaning, splitting and stemming are nearly all
    the cost, and pairing marked answers needs none of them.
    """
    utc_min = dt.datetime.min.replace(tzinfo=dt.UTC)

    def when(item: Item) -> tuple[dt.datetime, int, str]:
        moment = item.captured_at if item.captured_at.tzinfo else item.captured_at.replace(tzinfo=dt.UTC)
        return (moment or utc_min, item.order, item.id)

    notes: list[Note] = []
    for item in sorted(items, key=when):
        if with_words:
            split = tuple(sentences(plain(item.text)))
        else:
            split = (item.text.strip(),) if item.text.strip() else ()
        if not split:
            continue
        text = " ".join(split)
        notes.append(
            Note(item, kind_of(item), text, split, frozenset(stems(text)) if with_words else frozenset())
        )
    return notes
