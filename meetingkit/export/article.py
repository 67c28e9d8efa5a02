"""The web article: the short public news piece organisers post after the meeting, in Markdown and HTML."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path, PurePath

from babel.dates import format_date, format_skeleton

from meetingkit.assistant.compose import without_count
from meetingkit.assistant.synthesis import draft_day, draft_event, draft_sessions
from meetingkit.core.atomic import write_atomically
from meetingkit.core.model import Attachment, AttachmentKind, Day, EventSnapshot, Role, Session
from meetingkit.core.roadmap import build_roadmap
from meetingkit.core.text import clean_line, is_rtl, xml_safe
from meetingkit.export.html_writer import CONTENT_SECURITY_POLICY
from meetingkit.export.labels import Labels
from meetingkit.export.markdown_safe import (
    document_href,
    escape_markdown,
    neutralise_markdown,
    render_markdown,
)
from meetingkit.export.outline import (
    ExportOptions,
    KeyFigures,
    Outline,
    build_outline,
    plain_text,
)

__all__ = [
    "Article",
    "ArticleLink",
    "RoadmapGroup",
    "article_html",
    "article_markdown",
    "build_article",
    "write_article",
]


@dataclass(frozen=True, slots=True)
class ArticleLink:
    """One outcome under "For more information"; href is "" when there is nothing to link to yet."""

    text: str
    href: str = ""


@dataclass(frozen=True, slots=True)
class RoadmapGroup:
    """One horizon of the roadmap and its focus areas (or strategic actions without one)."""

    horizon: str
    entries: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Article:
    """The article's parts, all plain text except `conclusions`, which is the organisers' Markdown."""

    language: str
    title: str
    lead: str
    context: str
    days: tuple[str, ...]
    roadmap_intro: str
    roadmap: tuple[RoadmapGroup, ...]
    conclusions: str
    more_intro: str
    links: tuple[ArticleLink, ...]
    # The step forward drafted from the notes' open actions, used when the organisers wrote no conclusions.
    step_forward_intro: str = ""
    step_forward: tuple[str, ...] = ()


# ------------------------------------------------------------------------------------------- phrases


@dataclass(frozen=True, slots=True)
class _Phrases:
    """The article's sentences in one language: `{placeholders}` are filled with str.format.

    Pairs are (singular, plural) where the verb agrees with the number of people or organisations.
    """

    open_quote: str
    close_quote: str
    organised: tuple[str, str]
    took_place: str
    at_venue_city: str
    at_venue: str
    in_city: str
    on_day: str
    from_to: str
    participants: tuple[str, str]
    day_theme: str
    day_plain: str
    programme: str
    presented: str
    roadmap_intro: str
    more_intro: str
    step_forward: str
    summaries: str
    photos: str
    presentation_by: str
    presentation: str


_EN = _Phrases(
    open_quote="“",
    close_quote="”",
    organised=("{org} organised {title}", "{org} organised {title}"),
    took_place="{title} took place",
    at_venue_city=" at {venue}, {city},",
    at_venue=" at {venue}",
    in_city=" in {city}",
    on_day=" on {date}",
    from_to=" from {start} to {end}",
    participants=(
        "The meeting brought together {n} participant.",
        "The meeting brought together {n} participants.",
    ),
    day_theme="On {date}, day {n} focused on {theme}",
    day_plain="Day {n} took place on {date}.",
    programme="The programme included {titles}.",
    presented="{names} presented {title}",
    roadmap_intro="The roadmap agreed during the meeting sets out focus areas and strategic actions by horizon:",
    more_intro="For more information, find the outcomes of the meeting here:",
    step_forward="As a step forward, the sessions noted these next steps:",
    summaries="Full written summaries of all the sessions",
    photos="Selected photos",
    presentation_by="{names}’s presentation on {title}",
    presentation="Presentation: {title}",
)

_NB = "\u00a0"

_FR = _Phrases(
    open_quote=f"«{_NB}",
    close_quote=f"{_NB}»",
    organised=("{org} a organisé {title}", "{org} ont organisé {title}"),
    took_place="{title} a eu lieu",
    at_venue_city=" à {venue}, {city},",
    at_venue=" à {venue}",
    in_city=" à {city}",
    on_day=" le {date}",
    from_to=" du {start} au {end}",
    participants=("La rencontre a réuni {n} participant.", "La rencontre a réuni {n} participants."),
    day_theme="Le {date}, le jour {n} a porté sur {theme}",
    day_plain="Le jour {n} s’est tenu le {date}.",
    programme=f"Au programme{_NB}: {{titles}}.",
    presented="{names} a présenté {title}",
    roadmap_intro=(
        "La feuille de route adoptée lors de la rencontre fixe les axes prioritaires et les actions "
        f"stratégiques par horizon{_NB}:"
    ),
    more_intro=f"Pour en savoir plus, retrouvez les résultats de la rencontre ici{_NB}:",
    step_forward=f"Pour la suite, les sessions ont noté ces prochaines étapes{_NB}:",
    summaries="Comptes rendus complets de toutes les sessions",
    photos="Sélection de photos",
    presentation_by="Présentation de {names} sur {title}",
    presentation=f"Présentation{_NB}: {{title}}",
)

_ES = _Phrases(
    open_quote="«",
    close_quote="»",
    organised=("{org} organizó {title}", "{org} organizaron {title}"),
    took_place="{title} tuvo lugar",
    at_venue_city=" en {venue}, {city},",
    at_venue=" en {venue}",
    in_city=" en {city}",
    on_day=" el {date}",
    from_to=" del {start} al {end}",
    participants=("El encuentro reunió a {n} participante.", "El encuentro reunió a {n} participantes."),
    day_theme="El {date}, el día {n} se centró en {theme}",
    day_plain="El día {n} tuvo lugar el {date}.",
    programme="El programa incluyó {titles}.",
    presented="{names} presentó {title}",
    roadmap_intro=(
        "La hoja de ruta acordada durante el encuentro establece áreas prioritarias y acciones "
        "estratégicas por horizonte:"
    ),
    more_intro="Para más información, consulte los resultados del encuentro aquí:",
    step_forward="Como paso adelante, las sesiones anotaron estos próximos pasos:",
    summaries="Relatorías completas de todas las sesiones",
    photos="Selección de fotos",
    presentation_by="Presentación de {names} sobre {title}",
    presentation="Presentación: {title}",
)

_PHRASES: dict[str, _Phrases] = {"en": _EN, "fr": _FR, "es": _ES}

# ------------------------------------------------------------------------------------------ sentences

_SENTENCE_END = re.compile(r"[.!?…][\"”»’)\]]*\s+")
# A full stop after these is not the end of a sentence.
_ABBREVIATIONS = frozenset(
    {
        "e.g",
        "i.e",
        "etc",
        "dr",
        "mr",
        "mrs",
        "ms",
        "st",
        "no",
        "vs",
        "approx",
        "p",
        "pp",
        "ca",
        "cf",
        "sr",
        "sra",
    }
)
_FIRST_SENTENCE_LIMIT = 320
# Key issues of the day's synthesis told in its paragraph: a news piece, not the report.
DAY_ISSUES = 3


def first_sentence(text: str) -> str:
    """The first sentence of plain `text` (cut at a word with an ellipsis when very long)."""
    text = " ".join(text.split())
    for m in _SENTENCE_END.finditer(text):
        following = text[m.end() : m.end() + 2].lstrip('"“«¿¡(')
        if not following or not (following[0].isupper() or following[0].isdigit()):
            continue
        word = text[: m.start()].rsplit(" ", 1)[-1].lower().strip("([\"“«'.")
        if text[m.start()] == "." and (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
            continue
        text = text[: m.end()].rstrip()
        break
    if len(text) > _FIRST_SENTENCE_LIMIT:
        text = text[:_FIRST_SENTENCE_LIMIT].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return text


def _end(sentence: str) -> str:
    """A sentence with its final full stop, unless it already ends in punctuation."""
    sentence = sentence.rstrip()
    stripped = sentence.rstrip('”»’"' + _NB + " ")
    return sentence if stripped.endswith((".", "!", "?", "…")) else sentence + "."


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------------------------------------- build


class _ArticleBuilder:
    def __init__(
        self, snapshot: EventSnapshot, options: ExportOptions, summaries_href: str, photos_href: str
    ) -> None:
        self.snap = snapshot
        self.options = options
        self.outline: Outline = build_outline(snapshot, options)
        self.labels: Labels = self.outline.labels
        self.say = _PHRASES[self.labels.language]
        self.session_drafts = draft_sessions(snapshot, self.labels.language)
        self.summaries_href = summaries_href
        self.photos_href = photos_href

    def quote(self, text: str) -> str:
        return f"{self.say.open_quote}{text}{self.say.close_quote}"

    def long_date(self, day: dt.date) -> str:
        return format_date(day, "full", locale=self.labels.locale)

    def period(self) -> str:
        ev = self.snap.event
        start, end = sorted((ev.start, ev.end))
        locale = self.labels.locale
        if start == end:
            return self.say.on_day.format(date=format_date(start, "long", locale=locale))
        if (start.year, start.month) == (end.year, end.month):
            first = str(start.day)
        elif start.year == end.year:
            # The locale's own day-and-month form: "12 September", "12 septembre", "12 de septiembre".
            first = format_skeleton("MMMMd", start, locale=locale)
        else:
            first = format_date(start, "long", locale=locale)
        return self.say.from_to.format(start=first, end=format_date(end, "long", locale=locale))

    def participants(self) -> int:
        for block in self.outline.walk():
            if isinstance(block, KeyFigures):
                for row in block.rows:
                    if row.label == self.labels.participants and row.value.isdigit():
                        return int(row.value)
        return 0

    def lead(self) -> str:
        ev = self.snap.event
        say = self.say
        title = self.quote(clean_line(ev.title))
        organisers = [clean_line(o) for o in ev.organisers if o.strip()]
        if organisers:
            form = say.organised[0 if len(organisers) == 1 else 1]
            sentence = form.format(org=self.labels.join(organisers), title=title)
        else:
            sentence = say.took_place.format(title=title)
        venue, city = clean_line(ev.venue).strip(), clean_line(ev.city).strip()
        if venue and city:
            sentence += say.at_venue_city.format(venue=venue, city=city)
        elif venue:
            sentence += say.at_venue.format(venue=venue)
        elif city:
            sentence += say.in_city.format(city=city)
        sentence = _end(sentence + self.period())
        count = self.participants()
        if count:
            sentence += " " + say.participants[0 if count == 1 else 1].format(n=count)
        return sentence

    def context(self) -> str:
        description = plain_text(self.snap.event.description)
        return first_sentence(description) if description else ""

    def speakers(self, session: Session) -> list[str]:
        return [clean_line(p.name) for p in session.people_with(Role.SPEAKER) if p.name.strip()]

    def day_paragraph(self, number: int, day: Day, sessions: list[Session]) -> str:
        say = self.say
        when = self.long_date(day.date)
        theme = clean_line(day.theme).strip()
        description = day.description
        if theme:
            sentences = [_end(say.day_theme.format(date=when, n=number, theme=self.quote(theme)))]
        else:
            sentences = [say.day_plain.format(date=when, n=number)]
        if description.strip():
            # The organisers' own framing of the day is kept whole when short: its first sentence
            # alone may stop in the middle of a list of questions.
            framing = plain_text(description)
            sentences.append(
                _end(framing if len(framing) <= _FIRST_SENTENCE_LIMIT else first_sentence(framing))
            )
        # What the day said, from the assistant's synthesis of its notes (ranked key issues), rather
        # than the first sentence of each summary stitched together.
        synthesis = draft_day(self.snap, day, self.labels.language, self.session_drafts)
        issues = [s for sec in synthesis.sections if sec.key == "key-issues" for s in sec.sentences]
        summarised = bool(issues)
        sentences.extend(without_count(s.text) for s in issues[:DAY_ISSUES])
        for s in sessions:
            names = self.speakers(s)
            # A session with a single speaker is a keynote or a presentation worth naming (a panel's
            # list of names is not news), unless the day's sentences already named them.
            if len(names) == 1 and names[0] not in " ".join(sentences):
                sentences.append(
                    _end(say.presented.format(names=names[0], title=self.quote(clean_line(s.title))))
                )
        if not summarised and not description.strip() and sessions:
            titles = [self.quote(clean_line(s.title)) for s in sessions]
            sentences.append(say.programme.format(titles=self.labels.join(titles)))
        return " ".join(sentences)

    def days(self) -> tuple[str, ...]:
        days = sorted(self.snap.days, key=lambda d: (d.index, d.date))
        by_day: dict[str, list[Session]] = {d.id: [] for d in days}
        for s in sorted(self.snap.sessions, key=lambda s: (s.order, s.start or dt.time.min, s.title)):
            if s.day_id in by_day:
                by_day[s.day_id].append(s)
        return tuple(self.day_paragraph(n, d, by_day[d.id]) for n, d in enumerate(days, start=1))

    def roadmap(self) -> tuple[RoadmapGroup, ...]:
        """Horizons and their focus areas (or strategic actions without one), by the document's own rule."""
        refs = self.outline.refs
        # The actions the document numbers, in its reading order (A1, A2...).
        in_document = sorted(
            (i for i in self.snap.items if i.id in refs), key=lambda i: int(refs[i.id][1:] or 0)
        )
        known = (f.name for f in sorted(self.snap.focus_areas, key=lambda f: (f.order, f.name)))
        groups: list[RoadmapGroup] = []
        for horizon, areas in build_roadmap(in_document, known).by_horizon():
            entries: list[str] = []
            for area, items in areas:
                if area:
                    entries.append(clean_line(area))
                else:
                    entries.extend(plain_text(i.text) for i in items)
            groups.append(RoadmapGroup(self.labels.horizon_name(horizon), tuple(entries)))
        return tuple(groups)

    def presentation_text(self, attachment: Attachment, per_session: dict[str | None, int]) -> str:
        session = None
        if attachment.session_id is not None:
            session = next((s for s in self.snap.sessions if s.id == attachment.session_id), None)
        if session is not None and per_session[attachment.session_id] == 1:
            title = self.quote(clean_line(session.title))
        else:
            title = self.quote(clean_line(PurePath(attachment.filename).stem or attachment.filename))
        names = self.speakers(session) if session is not None else []
        if attachment.kind is AttachmentKind.PRESENTATION and 1 <= len(names) <= 2:
            return self.say.presentation_by.format(names=self.labels.join(names), title=title)
        return self.say.presentation.format(title=title)

    def links(self) -> tuple[ArticleLink, ...]:
        links = [ArticleLink(self.say.summaries, self.summaries_href)]
        if self.outline.figures:
            links.append(ArticleLink(self.say.photos, self.photos_href))
        files = sorted(
            (a for a in self.snap.attachments if a.kind is not AttachmentKind.PHOTO),
            key=lambda a: (a.order, a.filename.casefold()),
        )
        per_session: dict[str | None, int] = {}
        for a in files:
            per_session[a.session_id] = per_session.get(a.session_id, 0) + 1
        link_for = self.options.link_for
        for a in files:
            href = (link_for(a) or "") if link_for is not None else ""
            links.append(ArticleLink(self.presentation_text(a, per_session), href))
        return tuple(links)

    def build(self) -> Article:
        roadmap = self.roadmap()
        written = plain_text(self.snap.event.conclusions).casefold()
        if roadmap and all(e.casefold() in written for g in roadmap for e in g.entries):
            # The organisers already set the roadmap out in their conclusions: say it once.
            roadmap = ()
        step_forward: tuple[str, ...] = ()
        if not self.snap.event.conclusions.strip():
            drafted = draft_event(self.snap, self.labels.language, self.session_drafts)
            step_forward = tuple(
                without_count(s.text)
                for sec in drafted.sections
                if sec.key == "next-steps"
                for s in sec.sentences
            )
        return Article(
            language=self.labels.language,
            title=clean_line(self.snap.event.title),
            lead=self.lead(),
            context=self.context(),
            days=self.days(),
            roadmap_intro=self.say.roadmap_intro if roadmap else "",
            roadmap=roadmap,
            conclusions=self.snap.event.conclusions,
            more_intro=self.say.more_intro,
            step_forward_intro=self.say.step_forward if step_forward else "",
            step_forward=step_forward,
            links=self.links(),
        )


def build_article(
    snapshot: EventSnapshot,
    options: ExportOptions | None = None,
    *,
    summaries_href: str = "",
    photos_href: str = "",
) -> Article:
    """The news article of `snapshot` in `options.language`. Presentations are linked through
    `options.link_for`; the summaries and the photos through `summaries_href` and `photos_href`
    (e.g. "full-written-summaries.docx" and "photos/" inside an outcome pack)."""
    return _ArticleBuilder(snapshot, options or ExportOptions(), summaries_href, photos_href).build()


# --------------------------------------------------------------------------------------------- render


def article_markdown(article: Article) -> str:
    """The article as Markdown: a title, paragraphs, the roadmap as lists and the links."""
    parts = [f"# {escape_markdown(article.title)}", escape_markdown(article.lead)]
    if article.context:
        parts.append(escape_markdown(article.context))
    parts.extend(escape_markdown(day) for day in article.days)
    if article.roadmap:
        parts.append(escape_markdown(article.roadmap_intro))
        for group in article.roadmap:
            if group.horizon:
                parts.append(f"**{escape_markdown(group.horizon)}**")
            parts.append("\n".join(f"- {escape_markdown(e)}" for e in group.entries))
    conclusions = neutralise_markdown(article.conclusions, flatten_headings=True).strip()
    if conclusions:
        parts.append(conclusions)
    if article.step_forward:
        parts.append(escape_markdown(article.step_forward_intro))
        parts.append("\n".join(f"- {escape_markdown(step)}" for step in article.step_forward))
    parts.append(escape_markdown(article.more_intro))
    lines = []
    for link in article.links:
        target = document_href(link.href) if link.href else None
        text = escape_markdown(link.text)
        lines.append(f"- [{text}]({target})" if target else f"- {text}")
    parts.append("\n".join(lines))
    return "\n\n".join(p for p in parts if p) + "\n"


def _esc(text: str) -> str:
    return html.escape(xml_safe(text), quote=True)


def _p(text: str) -> str:
    direction = ' dir="rtl"' if is_rtl(text) else ""
    return f"<p{direction}>{_esc(text)}</p>"


_ARTICLE_CSS = """
body { margin: 0 auto; max-width: 42rem; padding: 2.5rem 1.5rem 4rem; color: #1d232b; background: #fff;
  font: 1.0625rem/1.6 "Source Serif 4", Charter, Georgia, Cambria, "Noto Serif", serif; }
h1 { font: 700 2.1rem/1.2 "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1f4e79;
  margin: 0 0 1.2rem; }
p { margin: 0 0 1rem; }
.lead { font-size: 1.15rem; }
.horizon { font-weight: 700; margin: 1rem 0 0.3rem; }
ul { margin: 0 0 1rem; padding-inline-start: 1.4rem; }
li { margin: 0.2rem 0; }
a { color: #1f4e79; }
@media print { body { max-width: none; padding: 0; font-size: 11pt; } a { color: inherit; } }
"""


def article_html(article: Article, *, standalone: bool = True) -> str:
    """The article as HTML: a whole page (CSP, no scripts) or, with standalone=False, the <article>
    element alone, ready to paste into a website's editor."""
    body = [f'<article lang="{_esc(article.language)}">', f"<h1>{_esc(article.title)}</h1>"]
    body.append(_p(article.lead).replace("<p", '<p class="lead"', 1))
    if article.context:
        body.append(_p(article.context))
    body.extend(_p(day) for day in article.days)
    if article.roadmap:
        body.append(_p(article.roadmap_intro))
        for group in article.roadmap:
            if group.horizon:
                body.append(f'<p class="horizon">{_esc(group.horizon)}</p>')
            body.append("<ul>" + "".join(f"<li>{_esc(e)}</li>" for e in group.entries) + "</ul>")
    conclusions = render_markdown(article.conclusions, heading_offset=2)
    if conclusions:
        body.append(conclusions)
    if article.step_forward:
        body.append(_p(article.step_forward_intro))
        body.append("<ul>" + "".join(f"<li>{_esc(step)}</li>" for step in article.step_forward) + "</ul>")
    body.append(_p(article.more_intro))
    items = []
    for link in article.links:
        target = document_href(link.href) if link.href else None
        text = _esc(link.text)
        items.append(f'<li><a href="{_esc(target)}">{text}</a></li>' if target else f"<li>{text}</li>")
    body.append("<ul>" + "".join(items) + "</ul>")
    body.append("</article>")
    fragment = "\n".join(body)
    if not standalone:
        return fragment + "\n"
    return "\n".join(
        (
            "<!DOCTYPE html>",
            f'<html lang="{_esc(article.language)}">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_esc(article.title)}</title>",
            f"<style>{_ARTICLE_CSS}</style>",
            "</head>",
            "<body>",
            fragment,
            "</body>",
            "</html>",
            "",
        )
    )


def write_article(article: Article, path: Path | str) -> Path:
    """Write the article to `path`: HTML for a .html/.htm name, Markdown otherwise."""
    target = Path(path)
    text = article_html(article) if target.suffix.lower() in {".html", ".htm"} else article_markdown(article)
    return write_atomically(target, text)
