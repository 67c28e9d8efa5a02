"""The day's synthesis and the event's conclusions, drafted from the sessions' notes and drafts:
cross-session themes, the ranked key issues, decisions, the roadmap, synergy candidates, open actions."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations

from meetingkit.assistant import compose, duplicates, ranking
from meetingkit.assistant.cleaning import plain
from meetingkit.assistant.notes import Note, prepare, stems
from meetingkit.assistant.phrases import Phrases, phrases_for
from meetingkit.assistant.session import draft_session, names_in
from meetingkit.core.drafts import Draft, DraftScope, DraftSection, DraftSentence
from meetingkit.core.model import ActionStatus, Day, EventSnapshot, Horizon, Session, Tag

DAY_KEY_ISSUES = 6
EVENT_KEY_ISSUES = 8
MAX_THEMES = 5


class _Synthesis:
    def __init__(
        self,
        snapshot: EventSnapshot,
        sessions: Sequence[Session],
        say: Phrases,
        drafted: Mapping[str, Draft] | None = None,
    ) -> None:
        self.snap = snapshot
        self.say = say
        self.sessions = list(sessions)
        self.notes_of: dict[str, list[Note]] = {s.id: prepare(snapshot.items_of(s)) for s in self.sessions}
        self.notes: list[Note] = [n for s in self.sessions for n in self.notes_of[s.id]]
        # Session drafts made earlier in the same language may be passed in (the article drafts every
        # day and the event from the same sessions).
        self.drafts = [
            drafted[s.id] if drafted and s.id in drafted else draft_session(snapshot, s, say.language)
            for s in self.sessions
        ]

    def section(self, drafts: Sequence[Draft], key: str) -> list[DraftSentence]:
        return [s for d in drafts for sec in d.sections if sec.key == key for s in sec.sentences]

    def themes(self) -> list[DraftSentence]:
        """Free tags found in several sessions, most widespread first, each with its best-ranked note."""
        sessions_with: dict[str, set[str]] = defaultdict(set)
        notes_with: dict[str, list[Note]] = defaultdict(list)
        for note in self.notes:
            for tag in note.item.free_tags:
                sessions_with[tag].add(note.item.session_id)
                notes_with[tag].append(note)
        shared = [t for t in sessions_with if len(sessions_with[t]) >= 2]
        shared.sort(key=lambda t: (-len(sessions_with[t]), -len(notes_with[t]), t))
        found: list[DraftSentence] = []
        for tag in shared[:MAX_THEMES]:
            notes = notes_with[tag]
            best = notes[ranking.ranked([sorted(n.words) for n in notes])[0]]
            label = tag.replace("-", " ")
            count = self.say.sessions_count.format(n=len(sessions_with[tag]))
            text = f"{label[:1].upper()}{label[1:]} ({count}): {best.sentences[0]}"
            found.append(DraftSentence(text, tuple(n.id for n in notes)))
        return found

    def key_issues(self, candidates: Sequence[DraftSentence], limit: int) -> list[DraftSentence]:
        """The sessions' key issues ranked together; the same point from several sessions said once."""
        if not candidates:
            return []
        words = [stems(s.text) for s in candidates]
        order = ranking.ranked(words)
        groups = duplicates.groups([set(w) for w in words])
        position = {i: r for r, i in enumerate(order)}
        groups.sort(key=lambda g: min(position[i] for i in g))
        chosen = sorted(groups[:limit], key=lambda g: g[0])
        found: list[DraftSentence] = []
        for group in chosen:
            lead = candidates[min(group, key=lambda i: position[i])]
            sources = tuple(dict.fromkeys(src for i in group for src in candidates[i].sources))
            text = (
                lead.text
                if len(group) == 1
                else compose.counted(compose.without_count(lead.text), len(sources), self.say)
            )
            found.append(DraftSentence(text, sources))
        return found

    def roadmap(self) -> list[DraftSentence]:
        strategic = [
            n
            for n in self.notes
            if n.item.action is not None
            and n.item.action.horizon is not None
            and n.item.action.status is not ActionStatus.DROPPED
        ]
        rank = {h: i for i, h in enumerate(Horizon)}
        strategic.sort(
            key=lambda n: (rank[n.item.action.horizon], n.item.action.focus_area.casefold())  # type: ignore[union-attr,index]
        )
        found: list[DraftSentence] = []
        for note in strategic:
            sentence = compose.action([note], self.say)
            area = plain(note.item.action.focus_area) if note.item.action else ""
            found.append(
                DraftSentence(f"{area}: {sentence.text}" if area else sentence.text, sentence.sources)
            )
        return found

    def open_actions(self, *, with_horizon: bool) -> list[DraftSentence]:
        open_ = [
            n
            for n in self.notes
            if n.item.action is not None
            and n.item.action.status is ActionStatus.OPEN
            and (with_horizon or n.item.action.horizon is None)
        ]
        position = {n.id: i for i, n in enumerate(self.notes)}

        def by_due(note: Note) -> tuple[dt.date, int]:
            due = note.item.action.due if note.item.action else None
            return (due or dt.date.max, position[note.id])

        open_.sort(key=by_due)
        return [compose.action([n], self.say) for n in open_]

    def organisations(self) -> list[str]:
        names = [o.name for o in self.snap.organisations] + list(self.snap.event.organisers)
        for item in self.snap.synergies():
            names += list(item.synergy.parties if item.synergy else ())
        return sorted({n.strip() for n in names if n.strip()}, key=str.casefold)

    def synergy_candidates(self) -> list[DraftSentence]:
        """Organisations named together in notes that no synergy between them covers yet."""
        covered: set[frozenset[str]] = set()
        for item in self.snap.synergies():
            parties = [p.casefold() for p in (item.synergy.parties if item.synergy else ())]
            covered.update(frozenset(pair) for pair in combinations(parties, 2))
        orgs = self.organisations()
        together: dict[tuple[str, str], list[Note]] = defaultdict(list)
        for note in self.notes:
            if note.kind == Tag.SYNERGY:
                continue
            named = [o for o in orgs if names_in(note.text, o, person=False)]
            for a, b in combinations(named, 2):
                if frozenset((a.casefold(), b.casefold())) not in covered:
                    together[(a, b)].append(note)
        found: list[DraftSentence] = []
        for (a, b), notes in sorted(together.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            best = notes[ranking.ranked([sorted(n.words) for n in notes])[0]]
            head = compose.counted(self.say.named_together.format(a=a, b=b), len(notes), self.say)
            found.append(DraftSentence(f"{head}: {best.sentences[0]}", tuple(n.id for n in notes)))
        return found

    def synergies(self) -> list[DraftSentence]:
        return self.section(self.drafts, "synergies")


def _draft(
    scope: DraftScope, ref: str, title: str, say: Phrases, parts: dict[str, list[DraftSentence]]
) -> Draft:
    sections = tuple(DraftSection(k, say.headings[k], tuple(v)) for k, v in parts.items() if v)
    return Draft(scope, ref, title, say.language, sections)


def _day_sessions(snapshot: EventSnapshot, day: Day) -> list[Session]:
    return sorted(snapshot.sessions_of(day), key=lambda s: (s.order, s.title, s.id))


def draft_sessions(snapshot: EventSnapshot, language: str = "en") -> dict[str, Draft]:
    """Every session's draft, by session id: to share between several syntheses of the same event."""
    return {s.id: draft_session(snapshot, s, language) for s in snapshot.sessions}


def draft_day(
    snapshot: EventSnapshot, day: Day, language: str = "en", drafted: Mapping[str, Draft] | None = None
) -> Draft:
    """The synthesis of one day across its sessions (`drafted`: session drafts already made)."""
    say = phrases_for(language)
    work = _Synthesis(snapshot, _day_sessions(snapshot, day), say, drafted)
    parts = {
        "themes": work.themes(),
        "key-issues": work.key_issues(work.section(work.drafts, "key-issues"), DAY_KEY_ISSUES),
        "decisions": work.section(work.drafts, "decisions"),
        "roadmap": work.roadmap(),
        "synergy-candidates": work.synergy_candidates(),
        "open-actions": work.open_actions(with_horizon=False),
    }
    title = plain(day.theme) or str(day.index)
    return _draft(DraftScope.DAY, day.id, title, say, parts)


def draft_event(
    snapshot: EventSnapshot, language: str = "en", drafted: Mapping[str, Draft] | None = None
) -> Draft:
    """The event's conclusions and next steps across all its days (`drafted`: session drafts already made)."""
    say = phrases_for(language)
    days = sorted(snapshot.days, key=lambda d: (d.index, d.date))
    sessions = [s for d in days for s in _day_sessions(snapshot, d)]
    work = _Synthesis(snapshot, sessions, say, drafted)
    day_issues: list[DraftSentence] = []
    for day in days:
        day_work = [d for s, d in zip(sessions, work.drafts, strict=True) if s.day_id == day.id]
        day_issues += work.key_issues(work.section(day_work, "key-issues"), DAY_KEY_ISSUES)
    parts = {
        "themes": work.themes(),
        "key-issues": work.key_issues(day_issues, EVENT_KEY_ISSUES),
        "decisions": work.section(work.drafts, "decisions"),
        "roadmap": work.roadmap(),
        "synergies": work.synergies(),
        "synergy-candidates": work.synergy_candidates(),
        "next-steps": work.open_actions(with_horizon=False),
    }
    return _draft(DraftScope.EVENT, snapshot.event.id, plain(snapshot.event.title), say, parts)
