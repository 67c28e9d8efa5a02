"""The source check: a drafted sentence may only use words of the notes it cites (and the fixed phrases).

Used by the tests on every drafted sentence, and the gate any future rewording (a local model) must pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from meetingkit.assistant.phrases import phrases_for
from meetingkit.assistant.words import content_words, vocabulary
from meetingkit.core.drafts import Draft, DraftSentence
from meetingkit.core.model import Item


def note_texts(item: Item, language: str) -> list[str]:
    """Everything a note says: its text, tags and fields (owner, due date as drafts write it, parties...)."""
    texts = [item.text, item.speaker, *item.tags]
    if item.action is not None:
        texts += [item.action.owner, item.action.focus_area]
        if item.action.due is not None:
            texts.append(phrases_for(language).date(item.action.due))
    if item.synergy is not None:
        texts += [*item.synergy.parties, item.synergy.theme]
    return texts


def unsupported(sentence: DraftSentence, notes: Mapping[str, Item], language: str) -> list[str]:
    """The content words of `sentence` found neither in its cited notes nor in the fixed phrases."""
    texts: list[str] = list(phrases_for(language).fixed_texts())
    for source in sentence.sources:
        item = notes.get(source)
        if item is not None:
            texts += note_texts(item, language)
    known = vocabulary(texts)
    # A count ("3 notes", "2 sessions") never exceeds the notes cited; any other number must be in them.
    known.update(str(n) for n in range(2, len(sentence.sources) + 1))
    return [w for w in content_words(sentence.text) if w not in known]


def problems(draft: Draft, items: Iterable[Item]) -> list[str]:
    """One line per unfaithful sentence: no source, an unknown source, or words from nowhere."""
    notes = {i.id: i for i in items}
    found: list[str] = []
    for sentence in draft.sentences():
        if not sentence.sources:
            found.append(f"no source: {sentence.text}")
        elif any(s not in notes for s in sentence.sources):
            found.append(f"unknown source: {sentence.text}")
        else:
            extra = unsupported(sentence, notes, draft.language)
            if extra:
                found.append(f"{', '.join(extra)} not in its notes: {sentence.text}")
    return found
