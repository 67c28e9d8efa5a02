"""The assistant's own words in English, French and Spanish: section headings and the few fixed phrases
that join a note's facts (owner, due date, speaker) into a sentence. Nothing here states a fact."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.dates import format_date

from meetingkit.core.errors import UserError
from meetingkit.core.model import ActionStatus, Horizon

LANGUAGES = ("en", "fr", "es")
_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES"}


@dataclass(frozen=True, slots=True)
class Phrases:
    """The words a draft is written with, in one language: headings, counts, and how actions are told."""

    language: str
    headings: dict[str, str]
    notes_count: str  # "{n} notes": how many notes made the point
    sessions_count: str
    colon: str  # French puts a no-break space before it
    owner: str
    due: str
    horizons: dict[Horizon, str]
    statuses: dict[ActionStatus, str]  # done and dropped; an open action says nothing
    answer: str
    unanswered: str
    said: str  # "{speaker}: {quote}"
    open_quote: str
    close_quote: str
    named_together: str  # "{a} and {b} named together"
    and_word: str

    def date(self, day: dt.date) -> str:
        return format_date(day, "long", locale=_LOCALES[self.language])

    def quoted(self, text: str) -> str:
        return f"{self.open_quote}{text}{self.close_quote}"

    def fixed_texts(self) -> tuple[str, ...]:
        """Every fixed phrase, for the source check: words from here need no note behind them."""
        return (
            *self.headings.values(),
            self.notes_count,
            self.sessions_count,
            self.owner,
            self.due,
            *self.horizons.values(),
            *self.statuses.values(),
            self.answer,
            self.unanswered,
            self.said,
            self.named_together,
            self.and_word,
            "Participants",  # the third-person rule's subject (cleaning.third_person)
        )


_EN = Phrases(
    language="en",
    headings={
        "key-issues": "Key issues raised",
        "presentations": "Presentations",
        "discussion": "Discussion",
        "decisions": "Decisions",
        "actions": "Actions and commitments",
        "synergies": "Synergies",
        "questions": "Questions and answers",
        "quotes": "Quotes",
        "themes": "Cross-session themes",
        "roadmap": "Roadmap",
        "synergy-candidates": "Synergy candidates",
        "open-actions": "Open actions",
        "next-steps": "Next steps",
    },
    notes_count="{n} notes",
    sessions_count="{n} sessions",
    colon=": ",
    owner="owner",
    due="due",
    horizons={Horizon.SHORT: "short term", Horizon.MEDIUM: "medium term", Horizon.LONG: "long term"},
    statuses={ActionStatus.DONE: "done", ActionStatus.DROPPED: "dropped"},
    answer="Answer",
    unanswered="no answer noted",
    said="{speaker}: {quote}",
    open_quote="“",
    close_quote="”",
    named_together="{a} and {b} named together",
    and_word="and",
)

_FR = Phrases(
    language="fr",
    headings={
        "key-issues": "Principaux enjeux soulevés",
        "presentations": "Présentations",
        "discussion": "Discussion",
        "decisions": "Décisions",
        "actions": "Actions et engagements",
        "synergies": "Synergies",
        "questions": "Questions et réponses",
        "quotes": "Citations",
        "themes": "Thèmes transversaux",
        "roadmap": "Feuille de route",
        "synergy-candidates": "Synergies possibles",
        "open-actions": "Actions en cours",
        "next-steps": "Prochaines étapes",
    },
    notes_count="{n} notes",
    sessions_count="{n} sessions",
    colon="\u00a0: ",
    owner="responsable",
    due="échéance",
    horizons={Horizon.SHORT: "court terme", Horizon.MEDIUM: "moyen terme", Horizon.LONG: "long terme"},
    statuses={ActionStatus.DONE: "fait", ActionStatus.DROPPED: "abandonné"},
    answer="Réponse",
    unanswered="pas de réponse notée",
    said="{speaker}\u00a0: {quote}",
    open_quote="«\u00a0",
    close_quote="\u00a0»",
    named_together="{a} et {b} cités ensemble",
    and_word="et",
)

_ES = Phrases(
    language="es",
    headings={
        "key-issues": "Principales cuestiones planteadas",
        "presentations": "Presentaciones",
        "discussion": "Debate",
        "decisions": "Decisiones",
        "actions": "Acciones y compromisos",
        "synergies": "Sinergias",
        "questions": "Preguntas y respuestas",
        "quotes": "Citas",
        "themes": "Temas transversales",
        "roadmap": "Hoja de ruta",
        "synergy-candidates": "Posibles sinergias",
        "open-actions": "Acciones pendientes",
        "next-steps": "Próximos pasos",
    },
    notes_count="{n} notas",
    sessions_count="{n} sesiones",
    colon=": ",
    owner="responsable",
    due="plazo",
    horizons={Horizon.SHORT: "corto plazo", Horizon.MEDIUM: "medio plazo", Horizon.LONG: "largo plazo"},
    statuses={ActionStatus.DONE: "hecho", ActionStatus.DROPPED: "abandonado"},
    answer="Respuesta",
    unanswered="sin respuesta anotada",
    said="{speaker}: {quote}",
    open_quote="«",
    close_quote="»",
    named_together="{a} y {b} citados juntos",
    and_word="y",
)

_ALL = {p.language: p for p in (_EN, _FR, _ES)}


def phrases_for(language: str) -> Phrases:
    try:
        return _ALL[language]
    except KeyError:
        raise UserError(f"Unknown language {language!r}; use one of {', '.join(LANGUAGES)}.") from None
