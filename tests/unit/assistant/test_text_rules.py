"""The small rules under the drafts: cleaning, sentences, ranking, near-duplicates, comparing drafts."""

from __future__ import annotations

from meetingkit.assistant.cleaning import cleaned, plain, sentences
from meetingkit.assistant.duplicates import groups
from meetingkit.assistant.notes import stems
from meetingkit.assistant.ranking import ranked, textrank
from meetingkit.assistant.review import changes, summary_sentences
from meetingkit.core.drafts import Draft, DraftScope, DraftSection, DraftSentence, merged_acceptance


def test_markdown_links_emphasis_and_shorthand_are_removed() -> None:
    assert plain("-> **Bold** and [the guide](https://x.org) with `code`") == "Bold and the guide with code"
    assert plain("NB: check *this*") == "check this"
    assert cleaned("a list:\n\n- one\n    - two") == "A list: one; two."


def test_sentences_end_at_full_stops_but_not_at_abbreviations() -> None:
    assert sentences("Dr. Smith spoke, e.g. on trust. Then others asked") == [
        "Dr. Smith spoke, e.g. on trust.",
        "Then others asked.",
    ]
    assert sentences("We agreed to meet in March") == ["Participants agreed to meet in March."]
    # Only the room speaking becomes the participants; a quote-like "we think" stays as noted.
    assert sentences("We think it works") == ["We think it works."]


def test_textrank_prefers_the_sentence_the_others_resemble() -> None:
    docs = [
        stems("peer learning between cities builds trust"),
        stems("coffee break at eleven"),
        stems("trust between cities grows with peer learning"),
        stems("peer learning needs trust"),
    ]
    order = ranked(docs)
    assert order[-1] == 1
    assert textrank([]) == [] and ranked([[]]) == [0]
    assert textrank(docs) == textrank(docs)


def test_near_duplicates_group_transitively_and_distinct_points_stay_apart() -> None:
    sets = [
        set(stems("study visits work with a concrete question")),
        set(stems("study visits fail without follow-up")),
        set(stems("study visits work when teams bring a concrete question")),
        set(stems("a concrete question makes study visits work")),
    ]
    assert groups(sets) == [[0, 2, 3], [1]]


def _draft(*texts: str) -> Draft:
    sentences = tuple(DraftSentence(t, (f"n{i}",)) for i, t in enumerate(texts))
    return Draft(DraftScope.SESSION, "s1", "S", "en", (DraftSection("key-issues", "Key issues", sentences),))


def test_changes_between_a_new_draft_and_what_a_person_has() -> None:
    summary = "**Key issues**\n\n- Trust matters.\n- Money is short."
    assert summary_sentences(summary) == ["Key issues.", "Trust matters.", "Money is short."]
    diff = changes(summary_sentences(summary), _draft("Trust matters!", "Peers help."))
    assert [s.text for s in diff.added] == ["Peers help."]
    assert diff.gone == ("Key issues.", "Money is short.")
    assert not changes(["Trust matters."], _draft("trust matters"))


def test_accepting_sentence_by_sentence_adds_to_what_was_accepted() -> None:
    draft = _draft("One.", "Two.", "Three.")
    first = draft.only({1})
    both = merged_acceptance(first, draft.only({3, 1}))
    assert [s.text for s in both.sentences()] == ["One.", "Three."]
    assert Draft.loads(both.dumps()) == both
    assert draft.markdown() == "**Key issues**\n\n- One.\n- Two.\n- Three."
