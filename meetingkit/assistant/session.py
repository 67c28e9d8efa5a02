"""The draft of one session's summary, from all its notes, in the shape of a rapporteur's session report:
key issues, what each speaker presented, the discussion, decisions, actions and commitments, synergies,
questions with their answers, quotes. Extractive and rule-based: every sentence is the notes' own."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence

from meetingkit.assistant import compose, duplicates, ranking
from meetingkit.assistant.cleaning import plain
from meetingkit.assistant.notes import NOTE, Note, prepare, stems
from meetingkit.assistant.phrases import Phrases, phrases_for
from meetingkit.assistant.words import tokens
from meetingkit.core.drafts import Draft, DraftScope, DraftSection, DraftSentence
from meetingkit.core.model import EventSnapshot, Item, Role, Session, Tag

MAX_KEY_ISSUES = 6
MIN_KEY_ISSUES = 3
POINTS_PER_SPEAKER = 2
# A speaker's slot: the notes taken in the minutes after a note names them (panel inputs run about ten).
SLOT = dt.timedelta(minutes=10)
# How far after a question its answer may be noted, and how much it must share with the question.
ANSWER_WINDOW = 4
ANSWER_OVERLAP = 0.12
ANSWER_MARK = re.compile(r"^\s*(?:a\s*:|answer\b|r[ée]ponse\b|respuesta\b|->|=>|→)", re.IGNORECASE)
# "UCLG will send...", "Seoul committed to...": a commitment even when nobody tagged it as an action.
_COMMITMENT = re.compile(
    r"\b(?:will|commits?\s+to|committed\s+to|pledged?|promised?|s'engagen?t?|se\s+comprometi[óo]|"
    r"se\s+compromete)\b",
    re.IGNORECASE,
)
# Points that stand on their own in a summary: key points first, then untagged notes.
_POINT_KINDS = (str(Tag.KEY_POINT), NOTE)


def _names(snapshot: EventSnapshot, session: Session) -> list[str]:
    names = [p.name for p in session.people] + [p.name for p in snapshot.people]
    return list(dict.fromkeys(n for n in names if n.strip()))


def names_in(text: str, name: str, *, person: bool = True) -> bool:
    """Whether `text` names `name` in full, or (a person) by a distinctive last name."""
    words = tokens(text)
    parts = tokens(name)
    if not parts:
        return False
    joined = " " + " ".join(words) + " "
    if " " + " ".join(parts) + " " in joined:
        return True
    return person and len(parts) > 1 and len(parts[-1]) >= 4 and parts[-1] in words


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0


def _answer_among(
    notes: Sequence[Note], index: int, used: set[str], *, marked_only: bool = False
) -> Note | None:
    question = notes[index]
    for candidate in notes[index + 1 : index + 1 + ANSWER_WINDOW]:
        if candidate.kind == Tag.QUESTION:
            break
        if candidate.kind not in (*_POINT_KINDS, str(Tag.QUOTE)) or candidate.id in used:
            continue
        if ANSWER_MARK.match(candidate.item.text) or (
            not marked_only and _overlap(question.words, candidate.words) >= ANSWER_OVERLAP
        ):
            return candidate
    return None


def answers(items: Iterable[Item], *, marked_only: bool = False) -> dict[str, str]:
    """Question id -> the id of the note that answers it, by the rule the drafts follow.

    marked_only: only notes that say they are an answer ("Answer: ...", "A: ...", "-> ..."); shared words
    are enough for a draft someone reviews, not for moving a note in a document.
    """
    notes = prepare(items, with_words=not marked_only)
    used: set[str] = set()
    found: dict[str, str] = {}
    for index, note in enumerate(notes):
        if note.kind == Tag.QUESTION:
            answer = _answer_among(notes, index, used, marked_only=marked_only)
            if answer is not None:
                found[note.id] = answer.id
                used.add(answer.id)
    return found


class _SessionDrafter:
    def __init__(self, snapshot: EventSnapshot, session: Session, say: Phrases) -> None:
        self.snap = snapshot
        self.session = session
        self.say = say
        self.notes = prepare(snapshot.items_of(session))
        self.used: set[str] = set()

    def of_kind(self, *kinds: str) -> list[Note]:
        return [n for n in self.notes if n.kind in kinds]

    def collapsed(self, notes: Sequence[Note]) -> list[list[Note]]:
        return [[notes[i] for i in g] for g in duplicates.groups([set(n.words) for n in notes])]

    # ------------------------------------------------------------------------------- tagged notes

    def decisions(self) -> list[DraftSentence]:
        found = [
            compose.point(g[0].text, g, self.say) for g in self.collapsed(self.of_kind(str(Tag.DECISION)))
        ]
        self.used.update(i for s in found for i in s.sources)
        return found

    def actions(self) -> list[DraftSentence]:
        tagged = self.of_kind(str(Tag.ACTION))
        found = [compose.action(g, self.say) for g in self.collapsed(tagged)]
        for note in self.of_kind(*_POINT_KINDS):
            if _COMMITMENT.search(note.text):
                found.append(DraftSentence(note.text, (note.id,)))
        self.used.update(i for s in found for i in s.sources)
        return found

    def synergies(self) -> list[DraftSentence]:
        found = [compose.synergy(g, self.say) for g in self.collapsed(self.of_kind(str(Tag.SYNERGY)))]
        self.used.update(i for s in found for i in s.sources)
        return found

    def questions(self) -> list[DraftSentence]:
        found: list[DraftSentence] = []
        for index, note in enumerate(self.notes):
            if note.kind != Tag.QUESTION:
                continue
            answer = self.answer_to(index)
            if answer is None:
                found.append(DraftSentence(f"{note.text} ({self.say.unanswered})", (note.id,)))
            else:
                found.append(
                    DraftSentence(
                        f"{note.text} {self.say.answer}{self.say.colon}{answer.text}", (note.id, answer.id)
                    )
                )
                self.used.add(answer.id)
            self.used.add(note.id)
        return found

    def answer_to(self, index: int) -> Note | None:
        return _answer_among(self.notes, index, self.used)

    def quotes(self) -> list[DraftSentence]:
        found = [compose.quote(n, self.say) for n in self.of_kind(str(Tag.QUOTE)) if n.id not in self.used]
        self.used.update(i for s in found for i in s.sources)
        return found

    # ------------------------------------------------------------------------------- ranked points

    def ranked_points(self) -> list[tuple[Note, str]]:
        """Every sentence of the free points, best first (TextRank over all of the session's sentences)."""
        pool = [(n, s) for n in self.notes for s in n.sentences]
        order = ranking.ranked([stems(s) for _, s in pool])
        return [pool[i] for i in order if pool[i][0].kind in _POINT_KINDS]

    def presentations(self, ranked: list[tuple[Note, str]]) -> list[DraftSentence]:
        """For each speaker, the notes naming them and the best points noted during their slot."""
        speakers = [p.name for p in self.session.people_with(Role.SPEAKER) if p.name.strip()]
        slot_of: dict[str, str] = {}
        naming: dict[str, list[Note]] = {name: [] for name in speakers}
        current, started = "", None
        for note in self.notes:
            named = [s for s in speakers if names_in(note.text, s)]
            if named and note.kind in _POINT_KINDS:
                current, started = named[0], note.item.captured_at
                naming[current].append(note)
            elif note.kind == Tag.QUESTION or (started and note.item.captured_at - started > SLOT):
                # The floor is open (or the talk is long over): later notes are the discussion's.
                current, started = "", None
            elif current:
                slot_of[note.id] = current
        rank = {n.id: i for i, (n, _) in reversed(list(enumerate(ranked)))}
        found: list[DraftSentence] = []
        for name in speakers:
            intro = [n for n in naming[name] if n.id not in self.used]
            if not intro:
                continue
            for note in intro:
                found.append(DraftSentence(note.text, (note.id,)))
                self.used.add(note.id)
            points = [
                n for n in self.of_kind(*_POINT_KINDS) if slot_of.get(n.id) == name and n.id not in self.used
            ]
            # The same point noted by two rapporteurs is one point, cited to both.
            groups = sorted(self.collapsed(points), key=lambda g: min(rank.get(n.id, len(rank)) for n in g))
            for group in sorted(groups[:POINTS_PER_SPEAKER], key=lambda g: self.notes.index(g[0])):
                lead = min(group, key=lambda n: rank.get(n.id, len(rank)))
                text = compose.counted(f"{plain(name)}: {lead.text}", len(group), self.say)
                found.append(DraftSentence(text, (intro[0].id, *(n.id for n in group))))
                self.used.update(n.id for n in group)
        return found

    def key_issues(self, ranked: list[tuple[Note, str]]) -> list[DraftSentence]:
        candidates: list[tuple[Note, str]] = []
        seen: set[str] = set()
        # Key points the rapporteur tagged come before untagged notes of the same rank band.
        for note, sentence in ranked:
            if note.id in seen or note.id in self.used:
                continue
            seen.add(note.id)
            candidates.append((note, sentence))
        pool = [n for n, _ in candidates]
        wanted = max(MIN_KEY_ISSUES, min(MAX_KEY_ISSUES, round(len(pool) / 3)))
        best_sentence = {n.id: s for n, s in candidates}
        groups = self.collapsed(pool)
        # Tagged key points first, then by rank; a group is as good as its best note.
        position = {n.id: i for i, n in enumerate(pool)}
        groups.sort(
            key=lambda g: (
                min(0 if n.kind == Tag.KEY_POINT else 1 for n in g),
                min(position[n.id] for n in g),
            )
        )
        chosen = groups[:wanted]
        chosen.sort(key=lambda g: min(self.notes.index(n) for n in g))
        found: list[DraftSentence] = []
        for group in chosen:
            lead = min(group, key=lambda n: position[n.id])
            found.append(compose.point(best_sentence[lead.id], group, self.say))
            self.used.update(n.id for n in group)
        return found

    def discussion(self) -> list[DraftSentence]:
        """Remaining notes that attribute a view to a named person."""
        names = _names(self.snap, self.session)
        found: list[DraftSentence] = []
        for note in self.of_kind(*_POINT_KINDS):
            if note.id not in self.used and any(names_in(note.text, name) for name in names):
                found.append(DraftSentence(note.text, (note.id,)))
                self.used.add(note.id)
        return found

    def draft(self) -> Draft:
        parts: dict[str, list[DraftSentence]] = {}
        # Rules first (they must all appear), then what the ranking chooses among the rest.
        parts["decisions"] = self.decisions()
        parts["actions"] = self.actions()
        parts["synergies"] = self.synergies()
        parts["questions"] = self.questions()
        parts["quotes"] = self.quotes()
        ranked = self.ranked_points()
        parts["presentations"] = self.presentations(ranked)
        parts["discussion"] = self.discussion()
        parts["key-issues"] = self.key_issues(ranked)
        order = (
            "key-issues",
            "presentations",
            "discussion",
            "decisions",
            "actions",
            "synergies",
            "questions",
            "quotes",
        )
        sections = tuple(
            DraftSection(key, self.say.headings[key], tuple(parts[key])) for key in order if parts[key]
        )
        return Draft(
            DraftScope.SESSION, self.session.id, plain(self.session.title), self.say.language, sections
        )


def draft_session(snapshot: EventSnapshot, session: Session, language: str = "en") -> Draft:
    """The assistant's draft of `session`'s summary; the same notes always give the same draft."""
    return _SessionDrafter(snapshot, session, phrases_for(language)).draft()
