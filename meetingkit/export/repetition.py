"""Near-duplicates between what the document already says and what it would say again.

A key point the rapporteur's summary already makes is left out of the document (the summary wins). The
test is directional: most of the key point's content words inside one sentence of the summary. On the
sample event the key points the summary repeats share 0.83-1.00 of their words with one summary sentence,
the closest key point that adds something shares 0.60: `SAID_ALREADY` sits between the two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from meetingkit.assistant.words import content_words

SAID_ALREADY = 0.75
# Too few words to tell a repetition from a shared phrase ("Peer learning first").
MIN_WORDS = 3

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def sentences(markdown: str) -> list[frozenset[str]]:
    """The content words of each sentence (or list item, or line) of `markdown`."""
    # Markdown marks and link targets are no words of a key point, so they cannot make one look repeated.
    found = (frozenset(content_words(part)) for part in _SENTENCE_END.split(markdown))
    return [words for words in found if words]


def said_in(point: str, said: Iterable[frozenset[str]]) -> bool:
    """Whether one of the sentences already `said` makes `point` (Markdown)."""
    words = frozenset(content_words(point))
    if len(words) < MIN_WORDS:
        return False
    return any(len(words & sentence) / len(words) >= SAID_ALREADY for sentence in said)


__all__ = ["SAID_ALREADY", "said_in", "sentences"]
