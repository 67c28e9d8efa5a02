"""The outline of the full written summaries: built once from an EventSnapshot, walked by every writer.

`build_outline(snapshot, options)` returns an `Outline`: a cover, a table of contents and a tree of
`Section`s, each a `Heading` followed by blocks (and sub-sections). Every decision about *what* the
document says -- order, grouping, numbering of actions (A1...) and synergies (S1...), figure numbers,
labels in the chosen language, dates -- is taken here, so the DOCX, Markdown and HTML writers only decide
*how* a block looks and can never disagree.

Conventions the writers rely on:
- Text in `Span`, `Heading`, `Field`, `Cell`, `Figure` and `FileEntry` is literal: writers escape it.
  Text in `Markdown`, `ListEntry.markdown` and `Quote.markdown` is the user's Markdown: writers convert it
  (raw HTML inside it is shown as text; only http, https and mailto links survive).
- A `ListEntry` reads: `lead` spans, then the first paragraph of its Markdown inline, then `trail` spans;
  any further blocks of the Markdown (paragraphs, nested lists) go below the entry, indented.
- `Field(label, value)` is written as label + `outline.labels.colon` + value.
- `Span.anchor` links to the `Heading.anchor` of the same document; `Span.href`/`Cell.href`/
  `FileEntry.href`/`Figure.href` are links from `ExportOptions.link_for` (pack-relative paths), or "".
- Anchors are lowercase ASCII letters, digits and hyphens, start with a letter, at most 40 characters
  (DOCX writers turn hyphens into underscores for Word bookmark names).
- `Section.new_page` starts the section on a new page (paged formats); `Section.landscape` asks for a
  landscape page for the whole section (wide tables); non-paged writers ignore both.
- Photo bytes are not in the outline: `Figure.attachment` and `Cover.logo` are `Attachment` records the
  caller resolves to bytes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from meetingkit.assistant.session import ANSWER_MARK, answers
from meetingkit.core.drafts import DraftScope
from meetingkit.core.glossary import used_acronyms
from meetingkit.core.model import (
    Attachment,
    AttachmentKind,
    Day,
    EventSnapshot,
    Item,
    Person,
    Role,
    Session,
    SessionPerson,
    Tag,
)
from meetingkit.core.roadmap import build_roadmap
from meetingkit.core.text import clean_line
from meetingkit.core.zones import wall_clock
from meetingkit.export.labels import Labels, labels_for
from meetingkit.export.repetition import said_in, sentences

# --------------------------------------------------------------------------------------------- options


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What the organiser chose to put in the document."""

    language: str = "en"
    include_notes: bool = True
    include_timestamps: bool = False
    include_participants: bool = True
    include_photos: bool = True
    # The programme at a glance (every session on one line) opens the annexes.
    include_programme: bool = True
    # "igf": each session follows the IGF session-report headings (session type and title, key issues
    # raised, key takeaways and way forward, call to action, participation, rapporteur).
    layout: str = "standard"
    include_not_asked: bool = False  # selected photos whose consent nobody asked for
    # Sessions nobody summarised show the assistant's draft even when nobody accepted it, marked as such.
    unreviewed_drafts: bool = False
    # Drafted sentences end with reference numbers into an annex of the notes they came from.
    cite_sources: bool = False
    # Who prepared the document (Preferences' name, --author): on the cover and in the file's properties.
    author: str = ""
    # The report's edition, on its cover: the date of issue (None: today), a version ("1.2") and a status
    # ("draft" or "final"; "" says nothing).
    issued: dt.date | None = None
    version: str = ""
    status: str = ""
    # Where an attachment will be found next to the document (e.g. "photos/03-plenary.jpg" inside an
    # outcome pack); None, or a callable returning None, means "not linked".
    link_for: Callable[[Attachment], str | None] | None = None


# ---------------------------------------------------------------------------------------------- blocks


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of literal text with light formatting; `muted` marks secondary information."""

    text: str
    strong: bool = False
    emphasis: bool = False
    muted: bool = False
    anchor: str = ""
    href: str = ""


Inline = tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading of the document, at its level, with the anchor links point to."""

    level: int
    text: str
    anchor: str = ""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Literal text. role: 'body', 'meta' (date or time/room line under a heading) or 'lead' (cover)."""

    spans: Inline
    role: str = "body"


@dataclass(frozen=True, slots=True)
class Markdown:
    """User-written Markdown (description, summary, conclusions): one or more blocks."""

    source: str


@dataclass(frozen=True, slots=True)
class Field:
    """A label and its value ("Owner: UCLG"), set as one line."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Fields:
    """Label/value lines, e.g. the people of a session and their roles."""

    rows: tuple[Field, ...]


@dataclass(frozen=True, slots=True)
class KeyFigures:
    """The overview's figures (days, sessions, participants, actions, synergies)."""

    rows: tuple[Field, ...]


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One bullet: its Markdown, with what goes before and after it and its anchor."""

    markdown: str = ""
    lead: Inline = ()
    trail: Inline = ()
    anchor: str = ""


@dataclass(frozen=True, slots=True)
class BulletList:
    """kind names what the list holds ('key-points', 'actions', 'guiding-questions'...), for styling."""

    entries: tuple[ListEntry, ...]
    numbered: bool = False
    kind: str = ""


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation, with who said it."""

    markdown: str
    speaker: str = ""
    lead: Inline = ()


@dataclass(frozen=True, slots=True)
class Cell:
    """Literal text; '\\n' inside is a line break within the cell."""

    text: str
    anchor: str = ""
    href: str = ""


@dataclass(frozen=True, slots=True)
class Table:
    """A register. widths are relative column widths (writers scale them to the page)."""

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]
    kind: str = ""


@dataclass(frozen=True, slots=True)
class Figure:
    """A selected photo: 'Figure 3: caption', then the credit line."""

    attachment: Attachment
    number: int
    label: str
    caption: str
    credit: str = ""
    context: str = ""
    href: str = ""


@dataclass(frozen=True, slots=True)
class FileEntry:
    """A presentation or document: its file name and where it was shown."""

    attachment: Attachment
    filename: str
    context: str = ""
    anchor: str = ""
    href: str = ""


@dataclass(frozen=True, slots=True)
class FileList:
    """The files of the pack, listed in the document."""

    entries: tuple[FileEntry, ...]


Block = Paragraph | Markdown | Fields | KeyFigures | BulletList | Quote | Table | Figure | FileList


@dataclass(frozen=True, slots=True)
class Section:
    """A part of the document: its heading and what it holds, on a new page or landscape when asked."""

    heading: Heading
    children: tuple[Block | Section, ...]
    new_page: bool = False
    landscape: bool = False
    kind: str = ""


@dataclass(frozen=True, slots=True)
class Cover:
    """The cover page: title, organisers, venue, dates, logo and who prepared it."""

    title: str
    subtitle: str
    document_label: str
    organisers: str
    venue: str
    dates: str
    logo: Attachment | None = None
    prepared_by: str = ""
    # "Issued 30 November 2026 · Version 1.2 · Draft"
    edition: str = ""


@dataclass(frozen=True, slots=True)
class TableOfContents:
    """Where the table of contents goes, and how deep it lists headings."""

    title: str
    placeholder: str
    max_level: int = 3


@dataclass(frozen=True, slots=True)
class Outline:
    """The whole document, before any writer: every writer (Word, Markdown, HTML) renders this one outline."""

    language: str
    labels: Labels
    title: str
    cover: Cover
    toc: TableOfContents
    sections: tuple[Section, ...]
    figures: tuple[Figure, ...] = field(default=())
    # Item id -> its number in the registers ("A3", "S1"), so the CSV and calendar exports cite the
    # same references as the document.
    refs: dict[str, str] = field(default_factory=dict)
    # What the document is about, for its file properties: organisers, city, focus areas.
    keywords: tuple[str, ...] = ()
    author: str = ""

    def walk(self) -> Iterator[Heading | Block | Section]:
        """Depth first: each Section, then its Heading, then its children in order."""

        def visit(section: Section) -> Iterator[Heading | Block | Section]:
            yield section
            yield section.heading
            for child in section.children:
                if isinstance(child, Section):
                    yield from visit(child)
                else:
                    yield child

        for section in self.sections:
            yield from visit(section)

    def headings(self, max_level: int = 3) -> tuple[Heading, ...]:
        """The headings a table of contents lists (Markdown and HTML build theirs from this)."""
        return tuple(b for b in self.walk() if isinstance(b, Heading) and b.level <= max_level)


# --------------------------------------------------------------------------------------------- helpers

# Where an item is shown in its session when it carries several built-in tags: first match wins,
# so an item never appears twice in the same session.
_PRECEDENCE: tuple[Tag, ...] = (
    Tag.ACTION,
    Tag.SYNERGY,
    Tag.DECISION,
    Tag.KEY_POINT,
    Tag.QUOTE,
    Tag.QUESTION,
)

NOTE = "note"


def person_label(person: SessionPerson) -> str:
    """'Ana Ruiz (UCLG)', or the name alone when no organisation is known."""
    name = clean_line(person.name)
    return f"{name} ({clean_line(person.organisation)})" if person.organisation.strip() else name


def category(item: Item) -> str:
    """The one place an item takes in its session: a built-in tag's value, or 'note'."""
    for tag in _PRECEDENCE:
        if item.has(tag):
            return str(tag)
    return NOTE


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_MD_EMPHASIS = re.compile(r"(\*\*|\*|~~|`+)(?=\S)(.+?)(?<=\S)\1")
# Underscores inside words (snake_case) are not emphasis in Python-Markdown either.
_MD_UNDERSCORE = re.compile(r"(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_MD_LINE_MARK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+)", re.MULTILINE)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_SPACES = re.compile(r"\s+")


def plain_text(markdown: str) -> str:
    """Markdown flattened to one line of text, for table cells (fast: no Markdown parse)."""
    text = _MD_LINE_MARK.sub("", markdown)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_AUTOLINK.sub(r"\1", text)
    for _ in range(3):  # nested emphasis such as ***both***
        text = _MD_UNDERSCORE.sub(r"\2", _MD_EMPHASIS.sub(r"\2", text))
    text = _MD_ESCAPE.sub(r"\1", text)
    return _SPACES.sub(" ", clean_line(text)).strip()


# Fields that hold identifiers or styling, not words a reader sees.
_NOT_TEXT = frozenset({"kind", "anchor", "href", "role", "language"})


def _strings(value: object) -> Iterator[str]:
    """Every piece of text a block holds, however deeply (for finding the acronyms a document uses)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list):
        for part in value:
            yield from _strings(part)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type | Attachment):
        for f in dataclasses.fields(value):
            if f.name not in _NOT_TEXT:
                yield from _strings(getattr(value, f.name))


def _anchor(*parts: object) -> str:
    return "-".join(str(p) for p in parts)[:40]


# A credit typed as "Photo: Ana Ruiz", "Foto : ..." or "© Ana Ruiz" already says what it is.
_LABELLED_CREDIT = re.compile(r"^\s*(?:©|\(c\)|[^\W\d_]{2,20}\s?:)", re.IGNORECASE)


def _credit_line(credit: str, labels: Labels) -> str:
    credit = clean_line(credit).strip()
    if not credit:
        return ""
    return credit if _LABELLED_CREDIT.match(credit) else labels.photo_credit.format(credit=credit)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _local_time(moment: dt.datetime, zone_name: str = "") -> str:
    # Items are stamped in UTC; the reader wants the wall-clock time of the meeting: the event's
    # time zone, or the exporting computer's when the event has none.
    return wall_clock(moment, zone_name).strftime("%H:%M")


def issue_date() -> dt.date:
    """Today, or the day of SOURCE_DATE_EPOCH when set (reproducible documents)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.date.today()


def _unbroken(text: str) -> str:
    """Spaces that never break a line: "15 Sept 2017" stays on one line in a narrow column."""
    return text.replace(" ", "\u00a0")


_DASH = " — "
_DOT = " · "


# --------------------------------------------------------------------------------------------- builder


@dataclass(frozen=True, slots=True)
class _Raised:
    """An action or synergy with its number and the session it was raised in."""

    item: Item
    ref: str
    session: Session
    session_ref: str
    session_anchor: str


class _Builder:
    def __init__(self, snapshot: EventSnapshot, options: ExportOptions) -> None:
        self.snap = snapshot
        self.opt = options
        self.labels = labels_for(options.language)
        self.days = sorted(snapshot.days, key=lambda d: (d.index, d.date))
        day_rank = {d.id: i for i, d in enumerate(self.days)}
        self.day_number = {d.id: i + 1 for i, d in enumerate(self.days)}
        self.sessions = sorted(
            (s for s in snapshot.sessions if s.day_id in day_rank),
            key=lambda s: (day_rank[s.day_id], s.order, s.start or dt.time.min, s.title),
        )
        self.sessions_by_day: dict[str, list[Session]] = defaultdict(list)
        for s in self.sessions:
            self.sessions_by_day[s.day_id].append(s)
        self.items_by_session: dict[str, list[Item]] = defaultdict(list)
        for it in snapshot.items:
            self.items_by_session[it.session_id].append(it)
        for group in self.items_by_session.values():
            group.sort(key=lambda i: (i.order, i.captured_at))
        self.attachments_by_session: dict[str | None, list[Attachment]] = defaultdict(list)
        for a in sorted(snapshot.attachments, key=lambda a: (a.order, a.filename.casefold())):
            self.attachments_by_session[a.session_id].append(a)
        self.item_by_id = {it.id: it for it in snapshot.items}
        # Note id -> its number in the annex of cited notes, in the order the document first cites it.
        self.cited: dict[str, int] = {}
        self.session_anchor: dict[str, str] = {}
        self.session_ref: dict[str, str] = {}
        per_day: dict[str, int] = defaultdict(int)
        for s in self.sessions:
            per_day[s.day_id] += 1
            n = self.day_number[s.day_id]
            self.session_anchor[s.id] = _anchor("day", n, "session", per_day[s.day_id])
            self.session_ref[s.id] = f"{self.labels.day_title(n)}{_DOT}{clean_line(s.title)}"
        # Number actions and synergies in reading order, so A3 in a session is A3 in the register.
        self.actions: list[_Raised] = []
        self.synergies: list[_Raised] = []
        self.raised: dict[str, _Raised] = {}
        for s in self.sessions:
            for it in self.items_by_session.get(s.id, ()):
                kind = category(it)
                if kind == Tag.ACTION:
                    r = _Raised(
                        it,
                        f"A{len(self.actions) + 1}",
                        s,
                        self.session_ref[s.id],
                        self.session_anchor[s.id],
                    )
                    self.actions.append(r)
                elif kind == Tag.SYNERGY:
                    r = _Raised(
                        it,
                        f"S{len(self.synergies) + 1}",
                        s,
                        self.session_ref[s.id],
                        self.session_anchor[s.id],
                    )
                    self.synergies.append(r)
                else:
                    continue
                self.raised[it.id] = r

    # ---------------------------------------------------------------------------------- small pieces

    def field(self, label: str, value: str) -> Field:
        return Field(label, clean_line(value))

    def lead_time(self, item: Item) -> Inline:
        if not self.opt.include_timestamps:
            return ()
        return (Span(_local_time(item.captured_at, self.snap.event.timezone) + " ", muted=True),)

    def link(self, attachment: Attachment) -> str:
        if self.opt.link_for is None:
            return ""
        return self.opt.link_for(attachment) or ""

    def action_details(self, item: Item) -> list[str]:
        lab = self.labels
        fields = item.action
        if fields is None:
            return []
        parts: list[str] = []
        if fields.owner:
            parts.append(f"{lab.owner}{lab.colon}{clean_line(fields.owner)}")
        if fields.due:
            parts.append(f"{lab.due}{lab.colon}{lab.date_short(fields.due)}")
        if fields.horizon:
            parts.append(lab.horizon_name(fields.horizon))
        if fields.focus_area:
            parts.append(f"{lab.focus_area}{lab.colon}{clean_line(fields.focus_area)}")
        if fields.status.value != "open":
            parts.append(lab.status_name(fields.status))
        return parts

    def synergy_details(self, item: Item, *, except_party: str | None = None) -> list[str]:
        lab = self.labels
        fields = item.synergy
        parts: list[str] = []
        if fields is None:
            return parts
        parties = [clean_line(p) for p in fields.parties if p.strip()]
        if except_party is None:
            if parties:
                parts.append(f"{lab.parties}{lab.colon}{lab.join(parties)}")
        else:
            others = [p for p in parties if p != except_party]
            if others:
                parts.append(lab.with_parties.format(names=lab.join(others)))
        if fields.theme:
            parts.append(f"{lab.theme}{lab.colon}{clean_line(fields.theme)}")
        return parts

    def way_forward(self, by_kind: dict[str, list[Item]]) -> Paragraph | None:
        """ "Way forward: Decisions: 2 · Actions: A9, A10 and A11", under the summary, when there are any."""
        lab = self.labels
        parts: list[str] = []
        decisions = by_kind.get(Tag.DECISION, [])
        if decisions:
            parts.append(f"{lab.decisions}{lab.colon}{len(decisions)}")
        actions = [self.raised[it.id].ref for it in by_kind.get(Tag.ACTION, [])]
        if actions:
            parts.append(f"{lab.actions}{lab.colon}{lab.join(actions)}")
        if not parts:
            return None
        return Paragraph((Span(f"{lab.way_forward}{lab.colon}", strong=True), Span(_DOT.join(parts))))

    def with_answer(self, question: Item, answer: Item | None) -> str:
        """The question's Markdown, and its answer as a paragraph below it ("Answer: ..." unless it says so)."""
        if answer is None:
            return question.text
        text = answer.text.strip()
        if not ANSWER_MARK.match(text):
            text = f"*{self.labels.answer}*{self.labels.colon}{text}"
        return f"{question.text.strip()}\n\n{text}"

    @staticmethod
    def trail(parts: list[str], *extra: Span) -> Inline:
        spans: list[Span] = []
        if parts or extra:
            spans.append(Span(_DASH, muted=True))
        if parts:
            spans.append(Span(_DOT.join(parts), muted=True))
        if extra:
            if parts:
                spans.append(Span(_DOT, muted=True))
            spans.extend(extra)
        return tuple(spans)

    def citation(self, sources: tuple[str, ...]) -> Inline:
        if not self.opt.cite_sources:
            return ()
        numbers = [self.cited.setdefault(i, len(self.cited) + 1) for i in sources if i in self.item_by_id]
        return (Span(" [" + ", ".join(map(str, numbers)) + "]", muted=True),) if numbers else ()

    def drafted(self, scope: DraftScope, ref: str) -> list[Block]:
        """The accepted draft (or, when asked, the unreviewed one, marked) where nobody wrote the text."""
        stored = self.snap.summary_draft(scope, ref)
        if stored is None:
            return []
        if stored.accepted is not None:
            draft, unreviewed = stored.accepted, False
        elif self.opt.unreviewed_drafts and stored.generated.sentences():
            draft, unreviewed = stored.generated, True
        else:
            return []
        blocks: list[Block] = []
        if unreviewed:
            blocks.append(Paragraph((Span(self.labels.unreviewed_draft, emphasis=True),), role="meta"))
        for part in draft.sections:
            if not part.sentences:
                continue
            blocks.append(Paragraph((Span(clean_line(part.title), strong=True),)))
            entries = tuple(
                ListEntry(lead=(Span(clean_line(s.text)),), trail=self.citation(s.sources))
                for s in part.sentences
            )
            blocks.append(BulletList(entries, kind="draft"))
        return blocks

    def cited_notes(self) -> Section | None:
        if not self.cited:
            return None
        entries: list[ListEntry] = []
        for note_id, number in sorted(self.cited.items(), key=lambda kv: kv[1]):
            it = self.item_by_id[note_id]
            where = [self.session_ref.get(it.session_id, "")]
            where.append(_local_time(it.captured_at, self.snap.event.timezone))
            entries.append(
                ListEntry(
                    markdown=it.text,
                    lead=(Span(f"[{number}]", strong=True), Span(" ")),
                    trail=self.trail([w for w in where if w]),
                )
            )
        return Section(
            Heading(2, self.labels.notes_cited, "notes-cited"),
            (BulletList(tuple(entries), kind="notes-cited"),),
            kind="notes-cited",
        )

    # -------------------------------------------------------------------------------------- sections

    def cover(self) -> Cover:
        ev = self.snap.event
        lab = self.labels
        organisers = [clean_line(o) for o in ev.organisers if o.strip()]
        venue = _DOT.join(clean_line(v) for v in (ev.venue, ev.city) if v.strip())
        logo = None
        if ev.logo_attachment_id:
            logo = next((a for a in self.snap.attachments if a.id == ev.logo_attachment_id), None)
        return Cover(
            title=clean_line(ev.title),
            subtitle=clean_line(ev.subtitle),
            document_label=lab.document_label,
            organisers=lab.organised_by.format(names=lab.join(organisers)) if organisers else "",
            venue=venue,
            dates=lab.date_range(ev.start, ev.end),
            logo=logo,
            prepared_by=lab.prepared_by.format(name=clean_line(self.opt.author))
            if self.opt.author.strip()
            else "",
            edition=self.edition(),
        )

    def participants(self) -> list[tuple[str, str, str]]:
        """(name, organisation, title) of everyone, from the participants list or else the sessions."""
        org_names = {o.id: o.name for o in self.snap.organisations}
        people: list[Person] = list(self.snap.people)
        if people:
            return [
                (
                    clean_line(p.name),
                    clean_line(org_names.get(p.organisation, p.organisation)),
                    clean_line(p.title),
                )
                for p in people
            ]
        seen: dict[str, tuple[str, str, str]] = {}
        for s in self.sessions:
            for sp in s.people:
                key = sp.person_id or sp.name
                if key not in seen:
                    seen[key] = (
                        clean_line(sp.name),
                        clean_line(org_names.get(sp.organisation, sp.organisation)),
                        "",
                    )
        return list(seen.values())

    def overview(self) -> Section:
        lab = self.labels
        ev = self.snap.event
        children: list[Block | Section] = []
        if ev.description.strip():
            children.append(Markdown(ev.description))
        figures = (
            Field(lab.days, str(len(self.days))),
            Field(lab.sessions, str(len(self.sessions))),
            Field(lab.participants, str(len(self.participants()))),
            Field(lab.actions, str(len(self.actions))),
            Field(lab.synergies, str(len(self.synergies))),
        )
        children.append(
            Section(Heading(2, lab.key_figures, "key-figures"), (KeyFigures(figures),), kind="key-figures")
        )
        return Section(Heading(1, lab.overview, "overview"), tuple(children), kind="overview")

    def day(self, day: Day) -> Section:
        lab = self.labels
        n = self.day_number[day.id]
        theme = clean_line(day.theme)
        title = f"{lab.day_title(n)}{_DASH}{theme}" if theme else lab.day_title(n)
        children: list[Block | Section] = [Paragraph((Span(lab.date_full(day.date)),), role="meta")]
        if day.description.strip():
            children.append(Markdown(day.description))
        synthesis = self.drafted(DraftScope.DAY, day.id)
        if synthesis:
            children.append(
                Section(
                    Heading(2, lab.day_synthesis, _anchor("day", n, "synthesis")),
                    tuple(synthesis),
                    kind="day-synthesis",
                )
            )
        sessions = self.sessions_by_day.get(day.id, [])
        children.extend(self.session(s) for s in sessions)
        if len(children) == 1:
            # A day nobody wrote anything for is one line under its heading, not a page of its own.
            children[0] = Paragraph((Span(f"{lab.date_full(day.date)}{_DOT}{lab.no_sessions}"),), role="meta")
        return Section(
            Heading(1, title, _anchor("day", n)), tuple(children), new_page=len(children) > 1, kind="day"
        )

    def sub(self, title: str, *blocks: Block) -> Section:
        return Section(Heading(4, title), tuple(blocks), kind="session-part")

    def session(self, s: Session) -> Section:
        lab = self.labels
        children: list[Block | Section] = []
        where = (lab.time_range(s.start, s.end), clean_line(s.room), _capitalised(clean_line(s.format)))
        meta = [m for m in where if m.strip()]
        if meta:
            children.append(Paragraph((Span(_DOT.join(meta)),), role="meta"))
        people_rows: list[Field] = []
        for role in (Role.MODERATOR, Role.SPEAKER, Role.RAPPORTEUR):
            named = s.people_with(role)
            if named:
                names = [person_label(p) for p in named]
                people_rows.append(Field(lab.role_name(role, len(named)), lab.join(names)))
        if people_rows:
            children.append(Fields(tuple(people_rows)))
        questions = [clean_line(q) for q in s.questions if q.strip()]
        if questions:
            children.append(
                self.sub(
                    lab.guiding_questions,
                    BulletList(
                        tuple(ListEntry(lead=(Span(q),)) for q in questions), kind="guiding-questions"
                    ),
                )
            )
        if s.summary.strip():
            children.append(self.sub(lab.summary, Markdown(s.summary)))
        else:
            drafted = self.drafted(DraftScope.SESSION, s.id)
            if drafted:
                children.append(self.sub(lab.summary, *drafted))

        by_kind: dict[str, list[Item]] = defaultdict(list)
        said = sentences(s.summary)
        mine = self.items_by_session.get(s.id, [])
        by_id = {it.id: it for it in mine}
        # An answer is printed under its question, not again among the notes; a quote stays a quote.
        answered = {
            q: by_id[a]
            for q, a in answers(mine, marked_only=True).items()
            if category(by_id[a]) in (NOTE, Tag.KEY_POINT)
        }
        placed = {a.id for a in answered.values()}
        for it in mine:
            kind = category(it)
            if it.id in placed or (kind == Tag.KEY_POINT and said_in(it.text, said)):
                continue  # said under its question, or the summary already makes this point: say it once
            by_kind[kind].append(it)

        if self.opt.layout == "igf":
            return self.igf_session(s, by_kind, answered, children)

        def simple(kind: str, title: str) -> None:
            entries = tuple(
                ListEntry(markdown=it.text, lead=self.lead_time(it), anchor="")
                for it in by_kind.get(kind, ())
            )
            if entries:
                children.append(self.sub(title, BulletList(entries, kind=kind)))

        forward = self.way_forward(by_kind)
        if forward is not None:
            children.append(forward)
        simple(Tag.KEY_POINT, lab.key_points)
        simple(Tag.DECISION, lab.decisions)
        quotes = by_kind.get(Tag.QUOTE, [])
        if quotes:
            children.append(
                self.sub(
                    lab.quotes,
                    *(Quote(it.text, clean_line(it.speaker), self.lead_time(it)) for it in quotes),
                )
            )
        raised_questions = by_kind.get(Tag.QUESTION, [])
        if raised_questions:
            entries = tuple(
                ListEntry(markdown=self.with_answer(it, answered.get(it.id)), lead=self.lead_time(it))
                for it in raised_questions
            )
            children.append(self.sub(lab.questions, BulletList(entries, kind=Tag.QUESTION)))
        if self.opt.include_notes:
            simple(NOTE, lab.notes)

        actions = by_kind.get(Tag.ACTION, [])
        if actions:
            entries = tuple(
                ListEntry(
                    markdown=it.text,
                    lead=(*self.lead_time(it), Span(self.raised[it.id].ref, strong=True), Span(" ")),
                    trail=self.trail(self.action_details(it)),
                )
                for it in actions
            )
            children.append(self.sub(lab.actions, BulletList(entries, kind="actions")))
        synergies = by_kind.get(Tag.SYNERGY, [])
        if synergies:
            entries = tuple(
                ListEntry(
                    markdown=it.text,
                    lead=(*self.lead_time(it), Span(self.raised[it.id].ref, strong=True), Span(" ")),
                    trail=self.trail(self.synergy_details(it)),
                )
                for it in synergies
            )
            children.append(self.sub(lab.synergies, BulletList(entries, kind="synergies")))

        files = [a for a in self.attachments_by_session.get(s.id, ()) if a.kind is not AttachmentKind.PHOTO]
        if files:
            children.append(
                self.sub(
                    lab.presentations,
                    FileList(tuple(FileEntry(a, clean_line(a.filename), href=self.link(a)) for a in files)),
                )
            )
        return Section(
            Heading(2, clean_line(s.title), self.session_anchor[s.id]), tuple(children), kind="session"
        )

    def igf_session(
        self,
        s: Session,
        by_kind: dict[str, list[Item]],
        answered: dict[str, Item],
        standard: list[Block | Section],
    ) -> Section:
        """A session under the IGF session-report headings, each filled from what the notes hold."""
        lab = self.labels

        def entries(kind: str) -> list[ListEntry]:
            return [ListEntry(markdown=it.text, lead=self.lead_time(it)) for it in by_kind.get(kind, ())]

        def raised(kind: str, details: Callable[[Item], list[str]]) -> list[ListEntry]:
            return [
                ListEntry(
                    markdown=it.text,
                    lead=(*self.lead_time(it), Span(self.raised[it.id].ref, strong=True), Span(" ")),
                    trail=self.trail(details(it)),
                )
                for it in by_kind.get(kind, ())
            ]

        def part(title: str, blocks: list[Block]) -> Section:
            if not blocks:
                blocks = [Paragraph((Span(_DASH.strip(), muted=True),))]
            return self.sub(title, *blocks)

        kind_title = _DASH.join(t for t in (_capitalised(clean_line(s.format)), clean_line(s.title)) if t)
        # The time/room line and the summary (or its draft) as the standard layout has them.
        meta = [c for c in standard if isinstance(c, Paragraph) and c.role == "meta"]
        issues: list[Block] = [
            b
            for c in standard
            if isinstance(c, Section) and c.heading.text == lab.summary
            for b in c.children
            if not isinstance(b, Section)
        ]
        points = entries(Tag.KEY_POINT) + [
            ListEntry(markdown=self.with_answer(it, answered.get(it.id)), lead=self.lead_time(it))
            for it in by_kind.get(Tag.QUESTION, ())
        ]
        if self.opt.include_notes:
            points += entries(NOTE)
        if points:
            issues.append(BulletList(tuple(points), kind="key-points"))
        issues.extend(
            Quote(it.text, clean_line(it.speaker), self.lead_time(it)) for it in by_kind.get(Tag.QUOTE, ())
        )
        takeaways: list[Block] = []
        forward = self.way_forward(by_kind)
        if forward is not None:
            takeaways.append(forward)
        takeaway_entries = entries(Tag.DECISION) + raised(Tag.SYNERGY, self.synergy_details)
        if takeaway_entries:
            takeaways.append(BulletList(tuple(takeaway_entries), kind="decisions"))
        calls = raised(Tag.ACTION, self.action_details)
        people: list[Field] = []
        for role in (Role.MODERATOR, Role.SPEAKER):
            named = s.people_with(role)
            if named:
                people.append(
                    Field(lab.role_name(role, len(named)), lab.join([person_label(p) for p in named]))
                )
        participation: list[Block] = [Fields(tuple(people))] if people else []
        heading: list[Block] = [Paragraph((Span(kind_title),))]
        questions = [clean_line(q) for q in s.questions if q.strip()]
        if questions:
            heading.append(
                BulletList(tuple(ListEntry(lead=(Span(q),)) for q in questions), kind="guiding-questions")
            )
        # The rapporteur named in the programme, else whoever wrote the session's notes.
        rapporteurs = [person_label(p) for p in s.people_with(Role.RAPPORTEUR)] or list(
            dict.fromkeys(
                clean_line(it.author) for it in self.items_by_session.get(s.id, ()) if it.author.strip()
            )
        )
        children: list[Block | Section] = [
            *meta,
            part(lab.igf_session, heading),
            part(lab.igf_key_issues, issues),
            part(lab.igf_takeaways, takeaways),
            part(lab.igf_call_to_action, [BulletList(tuple(calls), kind="actions")] if calls else []),
            part(lab.igf_participation, participation),
            part(lab.igf_rapporteur, [Paragraph((Span(lab.join(rapporteurs)),))] if rapporteurs else []),
        ]
        return Section(
            Heading(2, clean_line(s.title), self.session_anchor[s.id]), tuple(children), kind="session"
        )

    def synergies_section(self) -> Section | None:
        if not self.synergies:
            return None
        lab = self.labels
        groups: dict[str, list[_Raised]] = defaultdict(list)
        unnamed: list[_Raised] = []
        for r in self.synergies:
            parties = [clean_line(p) for p in (r.item.synergy.parties if r.item.synergy else ()) if p.strip()]
            if not parties:
                unnamed.append(r)
            for party in dict.fromkeys(parties):
                groups[party].append(r)
        ordered = sorted(groups.items(), key=lambda kv: kv[0].casefold())
        if unnamed:
            ordered.append((lab.no_party, unnamed))
        # One line per party with the numbers of its synergies, each linked to the session where it is
        # written in full: the text itself is said once, where it was raised.
        entries: list[ListEntry] = []
        for party, raised in ordered:
            refs: list[Span] = []
            for r in raised:
                if refs:
                    refs.append(Span(", "))
                refs.append(Span(r.ref, anchor=r.session_anchor))
            entries.append(ListEntry(lead=(Span(party, strong=True), Span(lab.colon)), trail=tuple(refs)))
        children: list[Block | Section] = [BulletList(tuple(entries), kind="synergies-by-party")]
        return Section(Heading(1, lab.synergies_by_party, "synergies"), tuple(children), kind="synergies")

    def register(self) -> Section | None:
        if not self.actions:
            return None
        lab = self.labels
        rows: list[tuple[Cell, ...]] = []
        for r in self.actions:
            f = r.item.action
            rows.append(
                (
                    Cell(r.ref),
                    Cell(plain_text(r.item.text)),
                    Cell(clean_line(f.owner) if f else ""),
                    Cell(_unbroken(lab.date_short(f.due)) if f and f.due else ""),
                    Cell(lab.horizon_name(f.horizon) if f and f.horizon else ""),
                    Cell(lab.status_name(f.status) if f else lab.status_open),
                    Cell(clean_line(f.focus_area) if f else ""),
                    Cell(r.session_ref, anchor=r.session_anchor),
                )
            )
        table = Table(
            header=(
                lab.ref,
                lab.action,
                lab.owner,
                lab.due,
                lab.horizon,
                lab.status,
                lab.focus_area,
                lab.session,
            ),
            rows=tuple(rows),
            widths=(0.5, 3.6, 1.3, 1.0, 0.95, 0.75, 1.5, 2.4),
            kind="actions-register",
        )
        return Section(
            Heading(1, lab.actions_register, "actions"),
            (table,),
            landscape=True,
            kind="actions-register",
        )

    def roadmap(self) -> Section | None:
        lab = self.labels
        known = (f.name for f in sorted(self.snap.focus_areas, key=lambda f: (f.order, f.name)))
        # Reading order, so the strategic actions of a focus area follow their numbers (A2 before A5).
        plan = build_roadmap((r.item for r in self.actions), known)
        # Horizon -> focus areas as a list, each with the numbers of its strategic actions: the actions are
        # written in full where they were raised and in the register just before.
        horizons: list[Block | Section] = []
        for horizon, groups in plan.by_horizon():
            entries: list[ListEntry] = []
            for area, items in groups:
                refs: list[Span] = [Span(_DASH, muted=True)]
                for n, it in enumerate(items):
                    raised = self.raised[it.id]
                    refs.extend(
                        ([Span(", ")] if n else []) + [Span(raised.ref, anchor=raised.session_anchor)]
                    )
                entries.append(
                    ListEntry(
                        lead=(Span(clean_line(area) or lab.no_focus_area, strong=True),), trail=tuple(refs)
                    )
                )
            horizons.append(
                Section(
                    Heading(2, lab.horizon_name(horizon), _anchor("roadmap", horizon.value)),
                    (BulletList(tuple(entries), kind="roadmap"),),
                    kind="roadmap-horizon",
                )
            )
        if not horizons:
            return None
        return Section(Heading(1, lab.roadmap, "roadmap"), tuple(horizons), kind="roadmap")

    def conclusions(self) -> Section | None:
        text = self.snap.event.conclusions
        blocks: list[Block] = (
            [Markdown(text)] if text.strip() else self.drafted(DraftScope.EVENT, self.snap.event.id)
        )
        if not blocks:
            return None
        return Section(
            Heading(1, self.labels.conclusions, "conclusions"),
            tuple(blocks),
            kind="conclusions",
        )

    def annexes(self) -> tuple[Section | None, tuple[Figure, ...]]:
        lab = self.labels
        children: list[Block | Section] = []
        programme = self.programme() if self.opt.include_programme else None
        if programme is not None:
            children.append(programme)
        if self.opt.include_participants:
            people = self.participants()
            if people:
                by_org: dict[str, list[tuple[str, str]]] = defaultdict(list)
                for name, org, title in people:
                    by_org[org].append((name, title))
                rows: list[tuple[Cell, ...]] = []
                for org in sorted(by_org, key=lambda o: (o == "", o.casefold())):
                    names = sorted(by_org[org], key=lambda p: p[0].casefold())
                    text = "\n".join(f"{n}{_DASH}{t}" if t else n for n, t in names)
                    rows.append((Cell(org or lab.no_organisation), Cell(text)))
                table = Table(
                    header=(lab.organisation, lab.participants),
                    rows=tuple(rows),
                    widths=(2.4, 4.6),
                    kind="participants",
                )
                children.append(
                    Section(
                        Heading(2, lab.participants_by_organisation, "participants"),
                        (table,),
                        kind="participants",
                    )
                )
        cited = self.cited_notes()
        if cited is not None:
            children.append(cited)
        figures: list[Figure] = []
        if self.opt.include_photos:
            photos = self.snap.published_photos(include_not_asked=self.opt.include_not_asked)
            for n, a in enumerate(photos, start=1):
                figures.append(
                    Figure(
                        attachment=a,
                        number=n,
                        label=lab.figure,
                        caption=clean_line(a.caption),
                        credit=_credit_line(a.credit, lab),
                        context=self.session_ref.get(a.session_id or "", ""),
                        href=self.link(a),
                    )
                )
            if figures:
                children.append(
                    Section(
                        Heading(2, lab.selected_photos, "photos"),
                        tuple(figures),
                        kind="photos",
                    )
                )
        files = [a for a in self.snap.attachments if a.kind is not AttachmentKind.PHOTO]
        if files:
            rank = {s.id: i for i, s in enumerate(self.sessions)}
            ordered = sorted(
                files, key=lambda a: (rank.get(a.session_id or "", -1), a.order, a.filename.casefold())
            )
            entries = tuple(
                FileEntry(
                    a,
                    clean_line(a.filename),
                    context=self.session_ref.get(a.session_id or "", lab.whole_event),
                    anchor=self.session_anchor.get(a.session_id or "", ""),
                    href=self.link(a),
                )
                for a in ordered
            )
            children.append(
                Section(
                    Heading(2, lab.presentations, "presentations"), (FileList(entries),), kind="presentations"
                )
            )
        if not children:
            return None, ()
        return (
            Section(Heading(1, lab.annexes, "annexes"), tuple(children), kind="annexes"),
            tuple(figures),
        )

    def edition(self) -> str:
        lab = self.labels
        issued = self.opt.issued or issue_date()
        parts = [lab.issued.format(date=lab.date_long(issued))]
        if self.opt.version.strip():
            parts.append(lab.version.format(version=clean_line(self.opt.version)))
        if self.opt.status in ("draft", "final"):
            parts.append(lab.status_draft if self.opt.status == "draft" else lab.status_final)
        return _DOT.join(parts)

    def executive_summary(self) -> Section | None:
        """Key messages: the decisions, one line each, linked to the session that took them."""
        entries: list[ListEntry] = []
        for s in self.sessions:
            for it in self.items_by_session.get(s.id, ()):
                if category(it) == Tag.DECISION:
                    where = Span(self.session_ref[s.id], muted=True, anchor=self.session_anchor[s.id])
                    entries.append(ListEntry(markdown=it.text, trail=(Span(_DASH, muted=True), where)))
        if not entries:
            return None
        lab = self.labels
        return Section(
            Heading(1, lab.executive_summary, "executive-summary"),
            (Paragraph((Span(lab.key_messages),)), BulletList(tuple(entries), kind="key-messages")),
            kind="executive-summary",
        )

    def programme(self) -> Section | None:
        """The programme at a glance: every session on one line, by day."""
        if not self.sessions:
            return None
        lab = self.labels
        rows: list[tuple[Cell, ...]] = []
        for day in self.days:
            for i, s in enumerate(self.sessions_by_day.get(day.id, ())):
                rows.append(
                    (
                        Cell(lab.day_title(self.day_number[day.id]) if i == 0 else ""),
                        Cell(_unbroken(lab.time_range(s.start, s.end))),
                        Cell(clean_line(s.title), anchor=self.session_anchor[s.id]),
                        Cell(clean_line(s.room)),
                    )
                )
        table = Table(
            header=(lab.day, lab.time, lab.session, lab.room),
            rows=tuple(rows),
            widths=(1.0, 1.3, 4.2, 1.5),
            kind="programme",
        )
        return Section(Heading(2, lab.programme_at_a_glance, "programme"), (table,), kind="programme")

    def acronyms(self, sections: list[Section], annexes: Section | None) -> Section | None:
        """The glossary's acronyms the document uses, alphabetically (none used: no annex)."""
        if not self.snap.acronyms.strip():
            return None
        texts = _strings((self.snap.event.title, self.cover(), sections, annexes))
        used = used_acronyms(self.snap.acronyms, texts)
        if not used:
            return None
        lab = self.labels
        table = Table(
            header=(lab.acronym, lab.meaning),
            rows=tuple((Cell(clean_line(abbr)), Cell(clean_line(meaning))) for abbr, meaning in used),
            widths=(1.5, 5.5),
            kind="acronyms",
        )
        return Section(Heading(2, lab.acronyms, "acronyms"), (table,), kind="acronyms")

    def keywords(self) -> tuple[str, ...]:
        ev = self.snap.event
        words = [
            *ev.organisers,
            ev.city,
            *(f.name for f in sorted(self.snap.focus_areas, key=lambda f: f.order)),
        ]
        return tuple(dict.fromkeys(clean_line(w) for w in words if w.strip()))

    def build(self) -> Outline:
        lab = self.labels
        sections: list[Section | None] = [self.overview(), self.executive_summary()]
        sections.extend(self.day(d) for d in self.days)
        sections.extend((self.synergies_section(), self.register(), self.roadmap(), self.conclusions()))
        annexes, figures = self.annexes()
        glossary = self.acronyms([s for s in sections if s is not None], annexes)
        if glossary is not None:
            # The acronyms open the annexes: a reader looks them up first.
            if annexes is None:
                annexes = Section(Heading(1, lab.annexes, "annexes"), (glossary,), kind="annexes")
            else:
                annexes = dataclasses.replace(annexes, children=(glossary, *annexes.children))
        sections.append(annexes)
        return Outline(
            language=lab.language,
            labels=lab,
            title=clean_line(self.snap.event.title),
            cover=self.cover(),
            toc=TableOfContents(lab.contents, lab.toc_placeholder),
            sections=tuple(s for s in sections if s is not None),
            figures=figures,
            refs={item_id: raised.ref for item_id, raised in self.raised.items()},
            keywords=self.keywords(),
            author=clean_line(self.opt.author),
        )


def build_outline(snapshot: EventSnapshot, options: ExportOptions | None = None) -> Outline:
    """The outline of the full written summaries of `snapshot` (UserError for an unknown language)."""
    return _Builder(snapshot, options or ExportOptions()).build()
