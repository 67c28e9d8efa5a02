"""Drafts beside what a person already has: which drafted sentences are new, which are gone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from meetingkit.assistant.cleaning import plain, sentences
from meetingkit.assistant.words import tokens
from meetingkit.core.drafts import Draft, DraftSentence


@dataclass(frozen=True, slots=True)
class Changes:
    """What a new draft adds to a text and what it no longer says, sentence by sentence."""

    added: tuple[DraftSentence, ...]  # in the new draft, not in the text it is compared with
    gone: tuple[str, ...]  # in that text, no longer in the new draft

    def __bool__(self) -> bool:
        return bool(self.added or self.gone)


def _key(text: str) -> str:
    return " ".join(tokens(text))


def summary_sentences(markdown: str) -> list[str]:
    """The sentences of a human summary (Markdown), one list item or paragraph line at a time."""
    found: list[str] = []
    for line in markdown.splitlines():
        found += sentences(plain(line))
    return found


def changes(previous: Sequence[str], draft: Draft) -> Changes:
    """Compare a new draft with the sentences a person accepted or wrote (ignoring case and punctuation)."""
    before = {_key(t): t for t in previous if _key(t)}
    now = {_key(s.text) for s in draft.sentences()}
    added = tuple(s for s in draft.sentences() if _key(s.text) not in before)
    gone = tuple(t for k, t in before.items() if k not in now)
    return Changes(added, gone)
