"""Drafted sentences made from notes: a point with its count, an action with owner and date, a quote."""

from __future__ import annotations

import re
from collections.abc import Sequence

from meetingkit.assistant.cleaning import finished, plain
from meetingkit.assistant.notes import Note
from meetingkit.assistant.phrases import Phrases
from meetingkit.core.drafts import DraftSentence


def counted(text: str, n: int, say: Phrases) -> str:
    """`text` with "(n notes)" before its final stop when several notes made the point."""
    if n < 2:
        return text
    note = say.notes_count.format(n=n)
    if text.endswith("."):
        return f"{text[:-1]} ({note})."
    return f"{text} ({note})"


_COUNT = re.compile(r" \(\d+ (?:notes|notas)\)(?=\.?$)")


def without_count(text: str) -> str:
    """A sentence without its "(n notes)": to count again over a wider group, or to quote it in prose."""
    return _COUNT.sub("", text)


def point(text: str, group: Sequence[Note], say: Phrases) -> DraftSentence:
    """One point, cited to every note of its group."""
    return DraftSentence(counted(text, len(group), say), tuple(n.id for n in group))


def action(group: Sequence[Note], say: Phrases) -> DraftSentence:
    """The first note's text with its owner, due date and horizon; every note of the group cited."""
    first = group[0]
    fields = first.item.action
    details: list[str] = []
    if fields is not None:
        if fields.owner.strip():
            details.append(f"{say.owner}{say.colon}{plain(fields.owner)}")
        if fields.due is not None:
            details.append(f"{say.due}{say.colon}{say.date(fields.due)}")
        if fields.horizon is not None:
            details.append(say.horizons[fields.horizon])
        if fields.status in say.statuses:
            details.append(say.statuses[fields.status])
    text = first.text.rstrip(".")
    if details:
        text += " (" + "; ".join(details) + ")"
    return point(finished(text), group, say)


def quote(note: Note, say: Phrases) -> DraftSentence:
    text = say.quoted(note.text.rstrip("."))
    speaker = plain(note.item.speaker)
    return DraftSentence(say.said.format(speaker=speaker, quote=text) if speaker else text, (note.id,))


def synergy(group: Sequence[Note], say: Phrases) -> DraftSentence:
    first = group[0]
    parties = [plain(p) for p in first.item.synergy.parties if p.strip()] if first.item.synergy else []
    missing = [p for p in parties if p.casefold() not in first.text.casefold()]
    text = first.text
    if missing:
        text = f"{text.rstrip('.')} ({', '.join(missing)})."
    return point(text, group, say)
