"""The summary assistant's drafts as records: sentences that cite their notes, and what a human accepted.

They live in core because three layers share them: the assistant writes them, the store keeps them apart
from the human summary, and the exporters put the accepted (or, marked, the unreviewed) ones in documents.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

# Defined with the domain's enums: the window asks the store for a session's draft with it at launch,
# which must not make the drafts' records when there is none.
from meetingkit.core.model import DraftScope as DraftScope


@dataclass(frozen=True, slots=True)
class DraftSentence:
    """One drafted sentence and the ids of the notes it was made from (never empty)."""

    text: str
    sources: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "sources": list(self.sources)}


@dataclass(frozen=True, slots=True)
class DraftSection:
    """A part of a draft ('key-issues', 'decisions'...) with its heading in the draft's language."""

    key: str
    title: str
    sentences: tuple[DraftSentence, ...]

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "sentences": [s.to_json() for s in self.sentences]}


@dataclass(frozen=True, slots=True)
class Draft:
    """What the assistant drafted for one session, one day or the whole event."""

    scope: DraftScope
    ref: str  # the session's, the day's or the event's id
    title: str
    language: str
    sections: tuple[DraftSection, ...]

    def sentences(self) -> tuple[DraftSentence, ...]:
        return tuple(s for section in self.sections for s in section.sentences)

    def numbered(self) -> tuple[tuple[int, DraftSection, DraftSentence], ...]:
        """Every sentence with its number (from 1, across sections): how a rapporteur picks them."""
        found: list[tuple[int, DraftSection, DraftSentence]] = []
        for section in self.sections:
            for sentence in section.sentences:
                found.append((len(found) + 1, section, sentence))
        return tuple(found)

    def only(self, numbers: set[int]) -> Draft:
        """The same draft keeping only the sentences whose numbers are given (empty sections dropped)."""
        kept: dict[str, list[DraftSentence]] = {}
        for number, section, sentence in self.numbered():
            if number in numbers:
                kept.setdefault(section.key, []).append(sentence)
        sections = tuple(
            DraftSection(s.key, s.title, tuple(kept[s.key])) for s in self.sections if s.key in kept
        )
        return Draft(self.scope, self.ref, self.title, self.language, sections)

    def to_json(self) -> dict[str, Any]:
        return {
            "scope": self.scope.value,
            "ref": self.ref,
            "title": self.title,
            "language": self.language,
            "sections": [s.to_json() for s in self.sections],
        }

    def dumps(self) -> str:
        """Canonical JSON: the same draft gives the same bytes on every run and machine."""
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Draft:
        return cls(
            scope=DraftScope(data["scope"]),
            ref=str(data["ref"]),
            title=str(data.get("title", "")),
            language=str(data.get("language", "en")),
            sections=tuple(
                DraftSection(
                    key=str(section["key"]),
                    title=str(section["title"]),
                    sentences=tuple(
                        DraftSentence(str(s["text"]), tuple(str(i) for i in s["sources"]))
                        for s in section["sentences"]
                    ),
                )
                for section in data["sections"]
            ),
        )

    @classmethod
    def loads(cls, text: str) -> Draft:
        return cls.from_json(json.loads(text))

    def markdown(self) -> str:
        """The draft as Markdown: a bold heading per section, a bullet per sentence."""
        parts: list[str] = []
        for section in self.sections:
            if section.sentences:
                lines = "\n".join(f"- {_escape(s.text)}" for s in section.sentences)
                parts.append(f"**{_escape(section.title)}**\n\n{lines}")
        return "\n\n".join(parts)


def _escape(text: str) -> str:
    # Notes are cleaned of Markdown before drafting; what is left is literal and must stay so.
    return "".join("\\" + ch if ch in "\\`*_[]<>#" else ch for ch in text)


@dataclass(frozen=True, slots=True)
class SummaryDraft:
    """A stored draft: the latest generated one and, apart, the sentences a human accepted from a draft."""

    generated: Draft
    generated_at: str
    accepted: Draft | None = None
    accepted_at: str = ""
    author: str = ""

    @property
    def scope(self) -> DraftScope:
        return self.generated.scope

    @property
    def ref(self) -> str:
        return self.generated.ref


def merged_acceptance(earlier: Draft | None, chosen: Draft) -> Draft:
    """Sentences accepted before plus the newly chosen ones, in `chosen`'s section order, without repeats."""
    if earlier is None:
        return chosen
    by_key: dict[str, list[DraftSentence]] = {s.key: list(s.sentences) for s in earlier.sections}
    titles = {s.key: s.title for s in earlier.sections}
    order = [s.key for s in earlier.sections]
    for section in chosen.sections:
        if section.key not in by_key:
            by_key[section.key] = []
            order.append(section.key)
        titles[section.key] = section.title
        for sentence in section.sentences:
            if sentence not in by_key[section.key]:
                by_key[section.key].append(sentence)
    sections = tuple(DraftSection(k, titles[k], tuple(by_key[k])) for k in order if by_key[k])
    return Draft(chosen.scope, chosen.ref, chosen.title, chosen.language, sections)
