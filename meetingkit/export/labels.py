"""Every fixed label and heading of the written summaries in English, French and Spanish, and date formatting.

Dates, weekdays, month names and list joining come from Babel's CLDR data, never from hand-written tables.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_interval, parse_pattern
from babel.lists import format_list

from meetingkit.core.errors import UserError
from meetingkit.core.model import ActionStatus, Horizon, Role

# English uses the day-month-year order international organisations write in ("12 September 2024").
_LOCALES: dict[str, str] = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES"}

LANGUAGES: tuple[str, ...] = tuple(_LOCALES)


@dataclass(frozen=True, slots=True)
class Labels:
    """The fixed texts of one language; `{placeholders}` are filled with str.format by the caller."""

    language: str
    locale: str
    # Punctuation: French puts a no-break space before a colon.
    colon: str
    # Cover and table of contents
    document_label: str
    organised_by: str
    contents: str
    toc_placeholder: str
    # Overview
    overview: str
    key_figures: str
    days: str
    sessions: str
    participants: str
    actions: str
    synergies: str
    # Day by day
    day_number: str
    time: str
    day: str
    room: str
    session_format: str
    moderator: str
    moderators: str
    speaker: str
    speakers: str
    rapporteur: str
    rapporteurs: str
    guiding_questions: str
    summary: str
    key_points: str
    decisions: str
    quotes: str
    questions: str
    answer: str
    notes: str
    presentations: str
    # Actions and synergies
    owner: str
    due: str
    horizon: str
    status: str
    focus_area: str
    parties: str
    theme: str
    with_parties: str
    no_party: str
    synergies_by_party: str
    actions_register: str
    ref: str
    action: str
    session: str
    short_term: str
    medium_term: str
    long_term: str
    status_open: str
    status_done: str
    status_dropped: str
    # Roadmap, conclusions, annexes
    roadmap: str
    strategic_actions: str
    no_focus_area: str
    no_sessions: str
    prepared_by: str
    issued: str
    version: str
    status_draft: str
    status_final: str
    executive_summary: str
    key_messages: str
    way_forward: str
    programme_at_a_glance: str
    acronyms: str
    igf_session: str
    igf_key_issues: str
    igf_takeaways: str
    igf_call_to_action: str
    igf_participation: str
    igf_rapporteur: str
    acronym: str
    meaning: str
    conclusions: str
    annexes: str
    participants_by_organisation: str
    organisation: str
    no_organisation: str
    selected_photos: str
    figure: str
    photo_credit: str
    file: str
    whole_event: str
    # The summary assistant: a draft nobody reviewed yet, and the annex its reference numbers point into
    unreviewed_draft: str
    notes_cited: str
    day_synthesis: str
    # Page furniture: "Page 3 of 12" is written as page_prefix, PAGE, page_of, NUMPAGES.
    page_prefix: str
    page_of: str

    def horizon_name(self, horizon: Horizon) -> str:
        return {
            Horizon.SHORT: self.short_term,
            Horizon.MEDIUM: self.medium_term,
            Horizon.LONG: self.long_term,
        }[horizon]

    def status_name(self, status: ActionStatus) -> str:
        return {
            ActionStatus.OPEN: self.status_open,
            ActionStatus.DONE: self.status_done,
            ActionStatus.DROPPED: self.status_dropped,
        }[status]

    def role_name(self, role: Role, count: int = 1) -> str:
        singular, plural = {
            Role.MODERATOR: (self.moderator, self.moderators),
            Role.SPEAKER: (self.speaker, self.speakers),
            Role.RAPPORTEUR: (self.rapporteur, self.rapporteurs),
        }[role]
        return singular if count == 1 else plural

    def day_title(self, number: int) -> str:
        return self.day_number.format(n=number)

    def join(self, names: list[str] | tuple[str, ...]) -> str:
        """'A, B and C' in this language (Babel's CLDR list patterns)."""
        return format_list(list(names), locale=self.locale) if names else ""

    def date_long(self, day: dt.date) -> str:
        return _date(day, "long", self.locale)

    def date_short(self, day: dt.date) -> str:
        return _date(day, "medium", self.locale)

    def date_full(self, day: dt.date) -> str:
        """Weekday and date, capitalised because it stands alone on its line ('Jeudi 12 septembre 2024')."""
        text = _date(day, "full", self.locale)
        return text[:1].upper() + text[1:]

    def date_range(self, start: dt.date, end: dt.date) -> str:
        return date_range(start, end, self.locale)

    def time_range(self, start: dt.time | None, end: dt.time | None) -> str:
        if start is None and end is None:
            return ""
        if start is None or end is None:
            only = start or end
            assert only is not None
            return only.strftime("%H:%M")
        return format_interval(start, end, "Hm", locale=self.locale)


@lru_cache(maxsize=4096)
def _date(day: dt.date, form: str, locale: str) -> str:
    # Cached: a 10,000-action register repeats a handful of due dates, and Babel formatting is not free.
    return format_date(day, form, locale=locale)


_SHORT_MONTH = re.compile(r"(?<!M)MMM(?!M)")


@lru_cache(maxsize=256)
def date_range(start: dt.date, end: dt.date, locale: str) -> str:
    """'12–14 September 2024' in the locale's own interval pattern, with full month names."""
    if end < start:
        start, end = end, start
    if start == end:
        return format_date(start, "long", locale=locale)
    intervals = Locale.parse(locale).interval_formats
    if "yMMMMd" in intervals:
        formats = {k: list(v) for k, v in intervals["yMMMMd"].items()}
    elif "yMMMd" in intervals:
        # CLDR often only has the abbreviated-month skeleton; widening MMM to MMMM keeps the
        # locale's order and separators while spelling the month out.
        formats = {k: [_SHORT_MONTH.sub("MMMM", p) for p in v] for k, v in intervals["yMMMd"].items()}
    else:
        return format_interval(start, end, "yMMMMd", locale=locale)
    field = "y" if start.year != end.year else "M" if start.month != end.month else "d"
    patterns = formats.get(field)
    if not patterns:
        return format_interval(start, end, "yMMMMd", locale=locale)
    return "".join(parse_pattern(p).apply(d, locale) for p, d in zip(patterns, (start, end), strict=True))


_EN = Labels(
    language="en",
    locale=_LOCALES["en"],
    colon=": ",
    document_label="Full written summaries",
    organised_by="Organised by {names}",
    contents="Contents",
    toc_placeholder=(
        "Page numbers appear when Word updates this table, which it offers to do on opening; "
        "you can also right-click the table and choose Update Field (F9)."
    ),
    overview="Overview",
    key_figures="Key figures",
    days="Days",
    sessions="Sessions",
    participants="Participants",
    actions="Actions",
    synergies="Synergies",
    day_number="Day {n}",
    time="Time",
    day="Day",
    room="Room",
    session_format="Format",
    moderator="Moderator",
    moderators="Moderators",
    speaker="Speaker",
    speakers="Speakers",
    rapporteur="Rapporteur",
    rapporteurs="Rapporteurs",
    guiding_questions="Guiding questions",
    summary="Summary",
    key_points="Key points",
    decisions="Decisions",
    quotes="Quotes",
    questions="Questions raised",
    answer="Answer",
    notes="Notes",
    presentations="Presentations",
    owner="Owner",
    due="Due",
    horizon="Horizon",
    status="Status",
    focus_area="Focus area",
    parties="Parties",
    theme="Theme",
    with_parties="with {names}",
    no_party="Parties not named",
    synergies_by_party="Synergies by party",
    actions_register="Actions register",
    ref="Ref.",
    action="Action",
    session="Session",
    short_term="Short term",
    medium_term="Medium term",
    long_term="Long term",
    status_open="Open",
    status_done="Done",
    status_dropped="Dropped",
    roadmap="Roadmap",
    strategic_actions="Strategic actions",
    no_focus_area="Other actions",
    no_sessions="no sessions",
    prepared_by="Prepared by {name}",
    issued="Issued {date}",
    version="Version {version}",
    status_draft="Draft",
    status_final="Final",
    executive_summary="Executive summary",
    key_messages="The decisions taken during the meeting, where they were taken:",
    way_forward="Way forward",
    programme_at_a_glance="Programme at a glance",
    acronyms="Acronyms",
    igf_session="Session type and title",
    igf_key_issues="Key issues raised",
    igf_takeaways="Key takeaways and way forward",
    igf_call_to_action="Call to action",
    igf_participation="Participation",
    igf_rapporteur="Rapporteur",
    acronym="Acronym",
    meaning="Meaning",
    conclusions="Conclusions and next steps",
    annexes="Annexes",
    participants_by_organisation="Participants by organisation",
    organisation="Organisation",
    no_organisation="No organisation given",
    selected_photos="Selected photos",
    figure="Figure",
    photo_credit="Photo: {credit}",
    file="File",
    whole_event="Whole event",
    unreviewed_draft="Draft by the summary assistant from the notes, not yet reviewed",
    notes_cited="Notes cited",
    day_synthesis="Synthesis of the day",
    page_prefix="Page ",
    page_of=" of ",
)

_NB = "\u00a0"

_FR = Labels(
    language="fr",
    locale=_LOCALES["fr"],
    colon=f"{_NB}: ",
    document_label="Comptes rendus complets des sessions",
    organised_by="Organisé par {names}",
    contents="Sommaire",
    toc_placeholder=(
        "Les numéros de page s’ajoutent quand Word met cette table à jour : il le propose à l’ouverture, "
        f"ou cliquez sur la table avec le bouton droit et choisissez «{_NB}Mettre à jour les champs{_NB}» (F9)."
    ),
    overview="Vue d’ensemble",
    key_figures="Chiffres clés",
    days="Journées",
    sessions="Sessions",
    participants="Participants",
    actions="Actions",
    synergies="Synergies",
    day_number="Jour {n}",
    time="Horaire",
    day="Jour",
    room="Salle",
    session_format="Format",
    moderator="Modération",
    moderators="Modération",
    speaker="Intervenant",
    speakers="Intervenants",
    rapporteur="Rapporteur",
    rapporteurs="Rapporteurs",
    guiding_questions="Questions directrices",
    summary="Synthèse",
    key_points="Points clés",
    decisions="Décisions",
    quotes="Citations",
    questions="Questions soulevées",
    answer="Réponse",
    notes="Notes",
    presentations="Présentations",
    owner="Responsable",
    due="Échéance",
    horizon="Horizon",
    status="Statut",
    focus_area="Axe prioritaire",
    parties="Parties",
    theme="Thème",
    with_parties="avec {names}",
    no_party="Parties non précisées",
    synergies_by_party="Synergies par partie",
    actions_register="Registre des actions",
    ref="Réf.",
    action="Action",
    session="Session",
    short_term="Court terme",
    medium_term="Moyen terme",
    long_term="Long terme",
    status_open="En cours",
    status_done="Réalisée",
    status_dropped="Abandonnée",
    roadmap="Feuille de route",
    strategic_actions="Actions stratégiques",
    no_focus_area="Autres actions",
    no_sessions="aucune session",
    prepared_by="Préparé par {name}",
    issued="Publié le {date}",
    version="Version {version}",
    status_draft="Projet",
    status_final="Version finale",
    executive_summary="Résumé",
    key_messages=f"Les décisions prises pendant la rencontre, là où elles ont été prises{_NB}:",
    way_forward="Suites à donner",
    programme_at_a_glance="Le programme en un coup d’œil",
    acronyms="Sigles et acronymes",
    igf_session="Type et titre de la session",
    igf_key_issues="Principales questions soulevées",
    igf_takeaways="Principaux enseignements et suites à donner",
    igf_call_to_action="Appel à l’action",
    igf_participation="Participation",
    igf_rapporteur="Rapporteur",
    acronym="Sigle",
    meaning="Signification",
    conclusions="Conclusions et prochaines étapes",
    annexes="Annexes",
    participants_by_organisation="Participants par organisation",
    organisation="Organisation",
    no_organisation="Organisation non précisée",
    selected_photos="Sélection de photos",
    figure="Figure",
    photo_credit=f"Photo{_NB}: {{credit}}",
    file="Fichier",
    whole_event="Ensemble de l’événement",
    unreviewed_draft="Brouillon de l’assistant de synthèse, établi à partir des notes, pas encore relu",
    notes_cited="Notes citées",
    day_synthesis="Synthèse de la journée",
    page_prefix="Page ",
    page_of=" sur ",
)

_ES = Labels(
    language="es",
    locale=_LOCALES["es"],
    colon=": ",
    document_label="Relatorías completas de las sesiones",
    organised_by="Organizado por {names}",
    contents="Índice",
    toc_placeholder=(
        "Los números de página se añaden cuando Word actualiza este índice: lo propone al abrir el documento; "
        "también puede hacer clic derecho en el índice y elegir «Actualizar campos» (F9)."
    ),
    overview="Panorama general",
    key_figures="Cifras clave",
    days="Jornadas",
    sessions="Sesiones",
    participants="Participantes",
    actions="Acciones",
    synergies="Sinergias",
    day_number="Día {n}",
    time="Horario",
    day="Día",
    room="Sala",
    session_format="Formato",
    moderator="Moderación",
    moderators="Moderación",
    speaker="Ponente",
    speakers="Ponentes",
    rapporteur="Relatoría",
    rapporteurs="Relatoría",
    guiding_questions="Preguntas orientadoras",
    summary="Resumen",
    key_points="Puntos clave",
    decisions="Decisiones",
    quotes="Citas",
    questions="Preguntas planteadas",
    answer="Respuesta",
    notes="Notas",
    presentations="Presentaciones",
    owner="Responsable",
    due="Plazo",
    horizon="Horizonte",
    status="Estado",
    focus_area="Área prioritaria",
    parties="Partes",
    theme="Tema",
    with_parties="con {names}",
    no_party="Partes sin especificar",
    synergies_by_party="Sinergias por parte",
    actions_register="Registro de acciones",
    ref="Ref.",
    action="Acción",
    session="Sesión",
    short_term="Corto plazo",
    medium_term="Medio plazo",
    long_term="Largo plazo",
    status_open="Abierta",
    status_done="Realizada",
    status_dropped="Descartada",
    roadmap="Hoja de ruta",
    strategic_actions="Acciones estratégicas",
    no_focus_area="Otras acciones",
    no_sessions="sin sesiones",
    prepared_by="Preparado por {name}",
    issued="Emitido el {date}",
    version="Versión {version}",
    status_draft="Borrador",
    status_final="Versión final",
    executive_summary="Resumen ejecutivo",
    key_messages="Las decisiones tomadas durante el encuentro, dónde se tomaron:",
    way_forward="Próximos pasos",
    programme_at_a_glance="El programa de un vistazo",
    acronyms="Siglas y acrónimos",
    igf_session="Tipo y título de la sesión",
    igf_key_issues="Principales cuestiones planteadas",
    igf_takeaways="Conclusiones clave y próximos pasos",
    igf_call_to_action="Llamado a la acción",
    igf_participation="Participación",
    igf_rapporteur="Relator",
    acronym="Sigla",
    meaning="Significado",
    conclusions="Conclusiones y próximos pasos",
    annexes="Anexos",
    participants_by_organisation="Participantes por organización",
    organisation="Organización",
    no_organisation="Sin organización indicada",
    selected_photos="Selección de fotos",
    figure="Figura",
    photo_credit="Foto: {credit}",
    file="Archivo",
    whole_event="Todo el evento",
    unreviewed_draft="Borrador del asistente de resúmenes a partir de las notas, aún sin revisar",
    notes_cited="Notas citadas",
    day_synthesis="Síntesis del día",
    page_prefix="Página ",
    page_of=" de ",
)

_ALL: dict[str, Labels] = {"en": _EN, "fr": _FR, "es": _ES}


def labels_for(language: str) -> Labels:
    """The labels of `language` ('en', 'fr', 'es'; 'fr-CA' or 'es_MX' fall back to their base language)."""
    key = language.strip().lower().replace("_", "-").split("-")[0]
    try:
        return _ALL[key]
    except KeyError:
        raise UserError(
            f"Unknown language {language!r}: the summaries can be written in {', '.join(LANGUAGES)}."
        ) from None
