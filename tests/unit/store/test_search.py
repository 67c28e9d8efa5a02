"""Full-text search: finds notes, summaries and captions; anything a user types gives results or nothing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from meetingkit.core.model import Session
from meetingkit.store import EventStore
from meetingkit.store.search import fts_query

HOSTILE = [
    '"x',
    "title:",
    "-x",
    "NEAR(",
    "AND",
    "*",
    '""',
    "(",
    ")",
    "OR",
    "NOT x",
    "x AND",
    "body:x",
    "^x",
    "+",
    "NEAR(x y)",
    '"',
    "'",
    "x*",
    "{x}",
    "[",
    ":",
    "\x00",
    "x\x00y",
    "🎉",
    "\ud800",  # a lone surrogate, as a broken paste can give
    "x\udfff y",
]


@pytest.fixture
def filled(store: EventStore, session: Session) -> EventStore:
    store.add_entry(session.id, "! Circulate the learning calendar @UCLG")
    store.add_item(session.id, "Mayors want peer exchanges on housing")
    store.update_session(session.id, summary="The group agreed on a **roadmap** for capacity building.")
    store.add_attachment(
        b"jpeg",
        filename="IMG_0001.jpg",
        kind="photo",
        media_type="image/jpeg",
        caption="Participants at the Fabra i Coats",
    )
    return store


def test_finds_items_summaries_and_captions(filled: EventStore) -> None:
    assert [h.kind for h in filled.search("calendar")] == ["item"]
    assert [h.kind for h in filled.search("roadmap")] == ["session"]
    assert [h.kind for h in filled.search("Fabra")] == ["attachment"]


def test_all_words_must_match_and_the_last_is_a_prefix(filled: EventStore) -> None:
    assert len(filled.search("peer housing")) == 1
    assert filled.search("peer calendar") == []
    assert len(filled.search("hous")) == 1  # results follow the typing


def test_search_ignores_case_and_accents(filled: EventStore, session: Session) -> None:
    filled.add_item(session.id, "Ajuntament de Barcelona: participación ciudadana")
    assert len(filled.search("PARTICIPACION")) == 1


def test_search_within_one_session(filled: EventStore, session: Session) -> None:
    other = filled.add_session(filled.day(2).id, "Other session")
    filled.add_item(other.id, "calendar for the other session")
    assert len(filled.search("calendar")) == 2
    hits = filled.search("calendar", session_id=other.id)
    assert [h.session_id for h in hits] == [other.id]


def test_snippet_marks_the_match(filled: EventStore) -> None:
    (hit,) = filled.search("calendar")
    assert "[calendar]" in hit.snippet


def test_fts_syntax_is_searched_as_words(filled: EventStore, session: Session) -> None:
    filled.add_item(session.id, "Session NEAR the AND gate: title with -dash")
    assert len(filled.search("NEAR")) == 1
    assert len(filled.search("AND")) >= 1
    assert len(filled.search("title:")) == 1
    assert len(filled.search('"gate')) == 1


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_fail(filled: EventStore, query: str) -> None:
    hits = filled.search(query)
    assert isinstance(hits, list)


def test_an_empty_query_finds_nothing(filled: EventStore) -> None:
    assert filled.search("") == []
    assert filled.search('  "" ') == []
    assert fts_query("   ") is None


def test_fts_query_quotes_every_token() -> None:
    assert fts_query('say "hi" NEAR(') == '"say" """hi""" "NEAR("*'


def test_any_text_searches_without_error(filled: EventStore) -> None:
    # A store made once for all examples (hypothesis runs the inner test many times).
    every_code_point = st.text(alphabet=st.characters(exclude_categories=()))
    hostile_mix = st.lists(st.sampled_from(HOSTILE) | st.text(max_size=4)).map(" ".join)

    @settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
    @given(st.one_of(st.text(), every_code_point, hostile_mix))
    @example('"x NEAR( title: -x AND * "" (')
    def search_any(text: str) -> None:
        hits = filled.search(text)
        assert all(h.kind in {"item", "session", "attachment"} for h in hits)

    search_any()


def test_words_from_the_notes_always_find_their_item(store: EventStore, session: Session) -> None:
    @settings(suppress_health_check=[HealthCheck.too_slow], deadline=None, max_examples=30)
    @given(st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=12))
    def find_back(word: str) -> None:
        item = store.add_item(session.id, f"note about {word} here")
        try:
            assert item.id in {h.ref for h in store.search(word)}
        finally:
            store.delete_item(item.id)

    find_back()
