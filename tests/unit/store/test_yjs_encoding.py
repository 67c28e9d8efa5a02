"""A replica's own writes encoded without pycrdt are the bytes pycrdt gives, and a colleague's document
reads them as the same entries and texts."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetingkit.store.replica import new_doc
from meetingkit.store.yjs_encoding import EMPTY_STATE, EMPTY_UPDATE, NewKeys, varuint

# Any Unicode a note can hold (surrogates do not encode in UTF-8 and are cleaned from every line).
WORDS = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
KEYS = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30)
WRITE = st.tuples(KEYS, WORDS, st.lists(st.tuples(KEYS, WORDS), max_size=2))


def _write_with_pycrdt(doc: Any, writes: list[tuple[str, str, list[tuple[str, str]]]]) -> None:
    entries, texts = doc["entries"], doc["texts"]
    with doc.transaction() as transaction:
        txn = transaction._txn
        for entry_id, body, made in writes:
            for key, words in made:
                texts.integrated.insert_text_prelim(txn, key).insert(txn, 0, words)
            entries.integrated.insert(txn, entry_id, body)


def _unique(batches: list[list[tuple[str, str, list[tuple[str, str]]]]]) -> bool:
    # Entry ids and text keys are new keys (a stamp and a replica id): never written twice.
    entry_ids = [w[0] for batch in batches for w in batch]
    text_keys = [k for batch in batches for w in batch for k, _words in w[2]]
    return len(set(entry_ids)) == len(entry_ids) and len(set(text_keys)) == len(text_keys)


@settings(max_examples=150, deadline=None)
@given(
    client_id=st.integers(1, 2**53 - 1),
    batches=st.lists(st.lists(WRITE, max_size=4), min_size=1, max_size=3).filter(_unique),
)
def test_the_update_of_each_transaction_is_the_bytes_pycrdt_writes(
    client_id: int, batches: list[list[tuple[str, str, list[tuple[str, str]]]]]
) -> None:
    doc, own = new_doc(client_id=client_id), NewKeys(client_id)
    assert own.get_state() == bytes(doc.get_state())
    for batch in batches:
        since_doc, since_own = doc.get_state(), own.get_state()
        _write_with_pycrdt(doc, batch)
        for entry_id, body, made in batch:
            own.put(entry_id, body, made)
        assert own.get_update(since_own) == bytes(doc.get_update(since_doc))
        assert own.get_state() == bytes(doc.get_state())
    assert own.get_update() == bytes(doc.get_update())


@settings(max_examples=60, deadline=None)
@given(batch=st.lists(WRITE, min_size=1, max_size=5).filter(lambda b: _unique([b])))
def test_a_colleague_reads_the_entries_and_texts_written(
    batch: list[tuple[str, str, list[tuple[str, str]]]],
) -> None:
    own = NewKeys(424242)
    for entry_id, body, made in batch:
        own.put(entry_id, body, made)
    colleague = new_doc(client_id=7)
    colleague["entries"]["theirs"] = "written before"
    colleague.apply_update(own.get_update())
    entries, texts = colleague["entries"], colleague["texts"]
    assert {key: entries[key] for key in entries if key != "theirs"} == {w[0]: w[1] for w in batch}
    assert {key: str(texts[key]) for key in texts} == {k: words for w in batch for k, words in w[2]}


def test_nothing_written_is_the_empty_update() -> None:
    own = NewKeys(99)
    assert (own.get_state(), own.get_update()) == (EMPTY_STATE, EMPTY_UPDATE)
    own.put("1@a", "{}", [("1@a/text", "Opening words")])
    assert own.get_update(own.get_state()) == EMPTY_UPDATE


def test_a_state_inside_a_write_is_refused() -> None:
    own = NewKeys(5)
    own.put("1@a", "{}", [("1@a/text", "four")])
    inside = b"\x01" + varuint(5) + varuint(2)  # the type struct is clock 0, its words clocks 1 to 4
    with pytest.raises(ValueError, match="inside"):
        own.get_update(inside)


@pytest.mark.parametrize(
    ("number", "encoded"), [(0, "00"), (127, "7f"), (128, "8001"), (123456789, "959aef3a")]
)
def test_numbers_are_lib0_varuints(number: int, encoded: str) -> None:
    assert varuint(number).hex() == encoded
