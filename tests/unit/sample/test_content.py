"""The sample event holds the seed's Barcelona meeting, and every line a rapporteur typed means what it says."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from meetingkit.core.model import ActionStatus, Consent, Horizon, Tag
from meetingkit.core.quickentry import LEADING_MARKERS, ParsedEntry, parse
from meetingkit.sample.content import (
    MEDIUM_LONG_TERM_FOCUS_AREAS,
    SAMPLE_DAYS,
    SAMPLE_EVENT,
    SAMPLE_FOCUS_AREAS,
    SAMPLE_PHOTOS,
    SAMPLE_SESSIONS,
    SAMPLE_SLIDES,
    SHORT_TERM_FOCUS_AREAS,
    PhotoSpec,
    SampleItem,
    SampleSession,
)
from meetingkit.sample.people import SAMPLE_ORGANISATIONS, SAMPLE_PEOPLE

# The roadmap exactly as the seed summarises it.
SEED_SHORT_TERM = (
    "Facilitate peer learning",
    "Communication and visibility",
    "Knowledge management",
    "Brokering/Intermediation",
)
SEED_MEDIUM_LONG_TERM = (
    "Research: Monitor and evaluate learning outcomes",
    "Joint efforts for resource mobilization",
)

ALL_ITEMS: list[tuple[SampleSession, SampleItem]] = [(s, i) for s in SAMPLE_SESSIONS for i in s.items]
PERSON_NAMES = {p.name for p in SAMPLE_PEOPLE}
ORGANISATION_NAMES = {o.name for o in SAMPLE_ORGANISATIONS}


def _session(title: str) -> SampleSession:
    return next(s for s in SAMPLE_SESSIONS if s.title == title)


def _parsed(session: SampleSession) -> list[tuple[SampleItem, ParsedEntry]]:
    return [(item, parse(item.line)) for item in session.items]


def _actions() -> list[tuple[SampleSession, SampleItem, ParsedEntry]]:
    return [(s, i, p) for s, i in ALL_ITEMS if (p := parse(i.line)).has(Tag.ACTION)]


# --- the event, its days and sessions ---------------------------------------------------------------


def test_event_is_the_barcelona_meeting_of_the_seed() -> None:
    assert SAMPLE_EVENT.title == "UCLG and Metropolis: Connecting with a world of learners"
    assert SAMPLE_EVENT.city == "Barcelona"
    assert SAMPLE_EVENT.organisers == ("UCLG", "Metropolis")
    assert (SAMPLE_EVENT.start, SAMPLE_EVENT.end) == (dt.date(2017, 9, 12), dt.date(2017, 9, 14))
    assert SAMPLE_EVENT.languages[0] == "en"
    assert {"fr", "es"} <= set(SAMPLE_EVENT.languages)
    assert "60 high-level urban thinkers" in SAMPLE_EVENT.description
    for step in ("strategy of learning more precisely", "calendar of decision making", "specify activities"):
        assert step in SAMPLE_EVENT.conclusions


def test_three_consecutive_days_with_the_seed_themes() -> None:
    assert [d.index for d in SAMPLE_DAYS] == [1, 2, 3]
    assert [d.date for d in SAMPLE_DAYS] == [dt.date(2017, 9, 12), dt.date(2017, 9, 13), dt.date(2017, 9, 14)]
    assert "Methodologies" in SAMPLE_DAYS[0].theme
    assert "roadmap" in SAMPLE_DAYS[1].theme and "role of UCLG" in SAMPLE_DAYS[1].theme
    assert "synergies" in SAMPLE_DAYS[2].theme.lower()


def test_sessions_fit_their_day_in_order_without_overlap() -> None:
    assert 9 <= len(SAMPLE_SESSIONS) <= 10
    for day in SAMPLE_DAYS:
        sessions = [s for s in SAMPLE_SESSIONS if s.day == day.index]
        assert sessions, f"day {day.index} has no session"
        for earlier, later in itertools.pairwise(sessions):
            assert earlier.end_time <= later.start_time, (earlier.title, later.title)
        for session in sessions:
            assert session.start_time < session.end_time
            assert session.date == day.date
    assert len({s.title for s in SAMPLE_SESSIONS}) == len(SAMPLE_SESSIONS)


def test_day_one_is_built_on_the_three_guiding_questions() -> None:
    titles = [s.title for s in SAMPLE_SESSIONS if s.day == 1]
    assert titles[1:] == [
        "How are networks and cities learning?",
        "What is being learned?",
        "Who needs to learn?",
    ]
    assert titles[0].startswith("Opening")


@pytest.mark.parametrize("session", SAMPLE_SESSIONS, ids=lambda s: s.title)
def test_every_session_is_fully_described(session: SampleSession) -> None:
    assert session.room and session.format and session.questions
    named = (session.moderator, session.rapporteur, *session.speakers)
    assert all(name in PERSON_NAMES for name in named), named


def test_three_sessions_are_left_to_the_summary_assistant() -> None:
    # Their notes are all there is: the assistant's draft is what the sample shows for them.
    unsummarised = [s for s in SAMPLE_SESSIONS if not s.summary]
    assert len(unsummarised) >= 3
    assert all(len(s.items) >= 12 for s in unsummarised)


@pytest.mark.parametrize("session", [s for s in SAMPLE_SESSIONS if s.summary], ids=lambda s: s.title)
def test_written_summaries_are_real_markdown(session: SampleSession) -> None:
    # The rapporteur's summary is real Markdown: bold, a list and a link.
    assert "**" in session.summary
    assert re.search(r"^(- |\d\. )", session.summary, re.MULTILINE)
    assert re.search(r"\[[^\]]+\]\(https://[^)]+\)", session.summary)
    assert 2 <= session.summary.count("\n\n") + 1 <= 6


def test_tim_campbell_gives_the_keynote_with_the_seed_quotes() -> None:
    keynote = _session("Smart Cities and beyond")
    assert keynote.speakers == ("Tim Campbell",)
    assert keynote.format == "keynote" and keynote.day == 2
    quotes = [
        p.text.lower() for _, p in _parsed(keynote) if p.has(Tag.QUOTE) and p.speaker() == "Tim Campbell"
    ]
    assert any("opening and partnering with others" in q for q in quotes)
    assert any("clouds of trust" in q for q in quotes)
    assert len(quotes) >= 4


# --- the items: quick-entry lines ---------------------------------------------------------------------


def test_item_count_is_rich_but_plausible() -> None:
    assert 150 <= len(ALL_ITEMS) <= 250
    for session in SAMPLE_SESSIONS:
        assert len(session.items) >= 10, session.title


@pytest.mark.parametrize("line", [i.line for _, i in ALL_ITEMS])
def test_every_line_parses_cleanly_with_its_intended_tags(line: str) -> None:
    parsed = parse(line)
    assert parsed.warnings == ()
    if line[0] in LEADING_MARKERS:
        assert parsed.has(LEADING_MARKERS[line[0]])
    else:
        assert not set(parsed.tags) & {str(t) for t in Tag}, "a plain note got a built-in tag"
    for tag in re.findall(r"(?<!\S)#([A-Za-z][\w-]*)", line):
        assert tag.lower() in parsed.tags
    # Nothing of the syntax is left in the stored text.
    assert not re.search(r"@\[|focus:|due:|\^(short|medium|long)|(?<!\S)#[A-Za-z]", parsed.text)
    assert parsed.text and parsed.text[0] not in LEADING_MARKERS


def test_every_mention_is_a_participant_or_an_organisation() -> None:
    for _, item in ALL_ITEMS:
        for name in parse(item.line).mentions:
            assert name in PERSON_NAMES | ORGANISATION_NAMES, f"{name!r} in {item.line!r}"


def test_items_are_captured_in_order_during_their_session() -> None:
    for session in SAMPLE_SESSIONS:
        minutes = [i.minute for i in session.items]
        assert minutes == sorted(minutes), session.title
        for item in session.items:
            assert session.starts_at() <= session.captured_at(item) <= session.ends_at()


def test_status_and_theme_belong_to_actions_and_synergies_only() -> None:
    for _, item in ALL_ITEMS:
        parsed = parse(item.line)
        if item.status is not ActionStatus.OPEN:
            assert parsed.has(Tag.ACTION), item.line
        assert bool(item.theme) == parsed.has(Tag.SYNERGY), item.line


def test_every_kind_of_item_is_there() -> None:
    counts = {tag: sum(parse(i.line).has(tag) for _, i in ALL_ITEMS) for tag in Tag}
    assert all(count >= 8 for count in counts.values()), counts
    plain = [i for _, i in ALL_ITEMS if not set(parse(i.line).tags) & {str(t) for t in Tag}]
    assert len(plain) >= 10


# --- the roadmap, synergies and follow-up -------------------------------------------------------------


def test_roadmap_focus_areas_are_exactly_the_seeds() -> None:
    assert SHORT_TERM_FOCUS_AREAS == SEED_SHORT_TERM
    assert MEDIUM_LONG_TERM_FOCUS_AREAS == SEED_MEDIUM_LONG_TERM
    assert SAMPLE_FOCUS_AREAS == SEED_SHORT_TERM + SEED_MEDIUM_LONG_TERM
    used = {p.focus_area for _, _, p in _actions() if p.focus_area}
    assert used == set(SAMPLE_FOCUS_AREAS)


@pytest.mark.parametrize("area", SEED_SHORT_TERM + SEED_MEDIUM_LONG_TERM)
def test_each_focus_area_has_owned_strategic_actions_on_its_horizon(area: str) -> None:
    actions = [p for _, _, p in _actions() if p.focus_area == area]
    assert 1 <= len(actions) <= 3
    allowed = {Horizon.SHORT} if area in SEED_SHORT_TERM else {Horizon.MEDIUM, Horizon.LONG}
    for parsed in actions:
        assert parsed.horizon in allowed, parsed.text
        fields = parsed.action_fields()
        assert fields is not None and fields.owner
        assert "roadmap" in parsed.tags


def test_roadmap_actions_have_due_dates_and_some_are_done() -> None:
    roadmap = [(i, p) for _, i, p in _actions() if p.focus_area]
    dated = [p.due for _, p in roadmap if p.due is not None]
    assert len(dated) >= len(roadmap) // 2
    assert all(dt.date(2017, 9, 14) < d <= dt.date(2018, 12, 31) for d in dated)
    assert any(i.status is ActionStatus.DONE for i, _ in roadmap)
    assert any(i.status is ActionStatus.OPEN for i, _ in roadmap)


def test_day_three_outlines_synergies_between_uclg_and_metropolis() -> None:
    synergies = [
        (i, p) for i, p in _parsed(_session("Synergies between UCLG and Metropolis")) if p.has(Tag.SYNERGY)
    ]
    assert len(synergies) >= 8
    between_organisers = [p for _, p in synergies if {"UCLG", "Metropolis"} <= set(p.mentions)]
    assert len(between_organisers) >= 8
    assert len({i.theme for i, _ in synergies}) >= 8
    for _, parsed in synergies:
        fields = parsed.synergy_fields()
        assert fields is not None and len(fields.parties) >= 2


def test_follow_up_actions_of_the_seeds_last_paragraph() -> None:
    actions = [p for _, p in _parsed(_session("Closing and follow-up")) if p.has(Tag.ACTION)]
    texts = " | ".join(p.text.lower() for p in actions)
    for step in (
        "strategy of learning more precisely",
        "calendar of decision making",
        "specify activities",
        "working groups",
        "more partners and members",
    ):
        assert step in texts, step
    for parsed in actions:
        fields = parsed.action_fields()
        assert fields is not None and fields.owner and fields.due is not None


# --- people and organisations -------------------------------------------------------------------------


def test_about_sixty_participants_with_unique_names_and_addresses() -> None:
    assert 55 <= len(SAMPLE_PEOPLE) <= 65
    assert len(PERSON_NAMES) == len(SAMPLE_PEOPLE)
    emails = [p.email for p in SAMPLE_PEOPLE]
    assert len(set(emails)) == len(emails)
    assert all(re.fullmatch(r"[a-z0-9.'-]+@example\.org", e) for e in emails), emails
    assert all(p.organisation in ORGANISATION_NAMES and p.title for p in SAMPLE_PEOPLE)
    assert "Tim Campbell" in PERSON_NAMES


def test_organisations_are_of_real_kinds() -> None:
    assert 20 <= len(SAMPLE_ORGANISATIONS) <= 25
    assert {"UCLG", "Metropolis"} <= ORGANISATION_NAMES
    kinds = {o.kind for o in SAMPLE_ORGANISATIONS}
    assert {
        "city government",
        "metropolitan government",
        "network",
        "development partner",
        "university",
        "foundation",
    } <= kinds
    assert all(o.country for o in SAMPLE_ORGANISATIONS)
    used = {p.organisation for p in SAMPLE_PEOPLE}
    assert used == ORGANISATION_NAMES, "an organisation nobody belongs to"


# --- photo and slide specs ----------------------------------------------------------------------------


def test_photo_specs_are_a_plausible_selection() -> None:
    assert 9 <= len(SAMPLE_PHOTOS) <= 12
    assert len({p.filename for p in SAMPLE_PHOTOS}) == len(SAMPLE_PHOTOS)
    assert [p.order for p in SAMPLE_PHOTOS] == list(range(1, len(SAMPLE_PHOTOS) + 1))
    assert 5 <= sum(p.selected for p in SAMPLE_PHOTOS) <= 7
    no_consent = [p for p in SAMPLE_PHOTOS if p.consent is not Consent.AGREED]
    assert len(no_consent) == 1 and not no_consent[0].selected
    assert all(p.caption and p.credit.startswith("Photo:") for p in SAMPLE_PHOTOS)
    assert any(p.orientation == 6 and p.selected for p in SAMPLE_PHOTOS)
    assert any(p.gps is not None for p in SAMPLE_PHOTOS)


@pytest.mark.parametrize("photo", SAMPLE_PHOTOS, ids=lambda p: p.filename)
def test_each_photo_was_taken_during_its_session(photo: PhotoSpec) -> None:
    event_start = dt.datetime.combine(SAMPLE_EVENT.start, dt.time(8), tzinfo=photo.taken_at.tzinfo)
    event_end = dt.datetime.combine(SAMPLE_EVENT.end, dt.time(20), tzinfo=photo.taken_at.tzinfo)
    assert event_start <= photo.taken_at <= event_end
    if photo.session is not None:
        session = _session(photo.session)
        assert session.starts_at() <= photo.taken_at <= session.ends_at()


def test_slides_belong_to_the_keynote() -> None:
    assert SAMPLE_SLIDES.session == "Smart Cities and beyond"
    assert SAMPLE_SLIDES.author == "Tim Campbell"
    assert SAMPLE_SLIDES.filename.endswith(".pdf")
    assert 7 <= len(SAMPLE_SLIDES.slides) <= 10
    titles = [s.title for s in SAMPLE_SLIDES.slides]
    assert titles[0] == "Smart Cities and beyond"
    assert "Opening and partnering with others" in titles and "Clouds of trust" in titles


def _our_sentences() -> list[str]:
    texts = [SAMPLE_EVENT.description, SAMPLE_EVENT.conclusions]
    texts += [d.description for d in SAMPLE_DAYS]
    texts += [s.summary for s in SAMPLE_SESSIONS] + [i.line for _, i in ALL_ITEMS]
    return texts


def test_the_sample_links_only_to_real_sites() -> None:
    links = [url for text in _our_sentences() for url in re.findall(r"\]\((\S+?)\)", text)]
    assert links, "the sample shows what links look like"
    assert not [u for u in links if "example." in u or not u.startswith("https://")], links


def test_the_sample_keeps_the_seeds_facts_not_its_typos() -> None:
    text = " ".join(_our_sentences()).lower()
    assert "precise the" not in text and "precise its" not in text
    assert "strategy of learning more precisely" in text
