"""The quick-entry parser: what a rapporteur types becomes the right text, tags and fields, and never an error."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from meetingkit.core.model import Horizon, Tag
from meetingkit.core.quickentry import LEADING_MARKERS, ParsedEntry, parse, rank_completions, toggle_marker

MARKER_CHARS = "".join(LEADING_MARKERS)


# ---------------------------------------------------------------- the documented examples


def test_synergy_mentions_inside_the_sentence_keep_their_words() -> None:
    entry = parse("~ @UCLG and @Metropolis align agendas")
    assert entry.text == "UCLG and Metropolis align agendas"
    assert entry.tags == ("synergy",)
    assert entry.mentions == ("UCLG", "Metropolis")
    synergy = entry.synergy_fields()
    assert synergy is not None and synergy.parties == ("UCLG", "Metropolis")


def test_a_trailing_mention_only_annotates_and_is_removed() -> None:
    entry = parse("! Circulate calendar @UCLG")
    assert entry.text == "Circulate calendar"
    assert entry.has(Tag.ACTION)
    action = entry.action_fields()
    assert action is not None and action.owner == "UCLG"


def test_an_action_with_every_field() -> None:
    entry = parse("! Send the report @[Ana Pérez] due:2017-10-01 ^short focus:[Urban Innovation]")
    assert entry.text == "Send the report"
    action = entry.action_fields()
    assert action is not None
    assert action.owner == "Ana Pérez"
    assert action.due == dt.date(2017, 10, 1)
    assert action.horizon is Horizon.SHORT
    assert action.focus_area == "Urban Innovation"


def test_quote_with_underscored_speaker_and_closing_quote() -> None:
    entry = parse('" Cities are made of people" @Tim_Campbell')
    assert entry.text == "Cities are made of people"
    assert entry.has(Tag.QUOTE)
    assert entry.speaker() == "Tim Campbell"


def test_typographic_opening_quote_marks_a_quote() -> None:
    assert parse("“Smart cities and beyond").has(Tag.QUOTE)


@pytest.mark.parametrize(
    ("line", "tag"),
    [
        ("! a", Tag.ACTION),
        ("~ a", Tag.SYNERGY),
        ("= a", Tag.DECISION),
        ("? a", Tag.QUESTION),
        ("* a", Tag.KEY_POINT),
        ('" a', Tag.QUOTE),
    ],
)
def test_each_leading_marker_gives_its_tag(line: str, tag: Tag) -> None:
    entry = parse(line)
    assert entry.tags == (str(tag),)
    assert entry.text == "a"


def test_several_leading_markers_in_any_order() -> None:
    entry = parse("?! Who drafts the roadmap?")
    assert set(entry.tags) == {"action", "question"}
    assert entry.text == "Who drafts the roadmap?"


def test_quoted_and_bracketed_mentions() -> None:
    entry = parse('~ @"UN Habitat" with @[Cities Alliance] on housing')
    assert entry.mentions == ("UN Habitat", "Cities Alliance")
    assert entry.text == "UN Habitat with Cities Alliance on housing"


def test_free_tags_are_lower_cased_and_kept_in_order() -> None:
    entry = parse("Housing is #Central to the #agenda today")
    assert entry.tags == ("central", "agenda")
    assert entry.text == "Housing is Central to the agenda today"


def test_a_builtin_tag_written_as_hashtag_counts() -> None:
    entry = parse("Mayors must lead #keypoint")
    assert entry.tags == ("key-point",)
    assert entry.text == "Mayors must lead"


@pytest.mark.parametrize("marker", ["^soon", "due:tomorrow", "a@b.org", "#1", "due:2017-02-30", "@", "#"])
def test_unknown_markers_stay_text(marker: str) -> None:
    entry = parse(f"check {marker} later")
    assert entry.text == f"check {marker} later"
    assert entry.tags == ()
    assert entry.due is None and entry.horizon is None


def test_a_bad_due_date_warns_instead_of_failing() -> None:
    entry = parse("! Send report due:tomorrow")
    assert entry.due is None
    assert any("due:tomorrow" in w for w in entry.warnings)
    assert "due:tomorrow" in entry.text


def test_a_horizon_or_due_date_makes_the_line_an_action() -> None:
    assert parse("Review statutes ^long").has(Tag.ACTION)
    assert parse("Review statutes due:2018-01-31").has(Tag.ACTION)


def test_backslash_turns_leading_markers_off() -> None:
    entry = parse("\\! is how a rapporteur marks an action")
    assert entry.text == "! is how a rapporteur marks an action"
    assert entry.tags == ()


def test_a_marker_after_a_removed_token_is_not_left_in_the_text() -> None:
    entry = parse("^short ! Map existing learning programmes")
    assert entry.text == "Map existing learning programmes"
    assert entry.has(Tag.ACTION)
    assert entry.horizon is Horizon.SHORT


def test_punctuation_glued_to_a_trailing_mention_stays_with_the_sentence() -> None:
    entry = parse("! Joint training @Metropolis.")
    assert entry.mentions == ("Metropolis",)
    assert entry.text == "Joint training."  # the mention trails, its full stop stays


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("~ Work with @Metropolis", "Work with Metropolis"),
        (
            "~ Joint training between @UCLG and @Metropolis ^short",
            "Joint training between UCLG and Metropolis",
        ),
        ("! Formation commune avec @Metropolis", "Formation commune avec Metropolis"),
        ("~ Intercambio con @UCLG @Metropolis", "Intercambio con UCLG Metropolis"),
        ("! Send the calendar @UCLG due:2017-10-01", "Send the calendar"),
    ],
)
def test_a_sentence_leading_into_trailing_names_keeps_them(line: str, text: str) -> None:
    assert parse(line).text == text


def test_markers_only_gives_an_empty_text() -> None:
    assert parse("! #agenda").text == ""


# ---------------------------------------------------------------- properties

_FRAGMENTS = st.sampled_from(
    [
        *MARKER_CHARS,
        "\\",
        "#",
        "@",
        "^",
        "due:",
        "focus:",
        "#tag",
        "#keypoint",
        "#action",
        "@Ana",
        "@[Two Words]",
        '@"Q"',
        "@Tim_Campbell.",
        "due:2017-10-01",
        "due:2017-13-01",
        "due:x",
        "^short",
        "^long",
        "^soon",
        "focus:[Area]",
        "focus:Area",
        "a@b.org",
        "#1",
        " ",
        "  ",
        "\t",
        "\n",
        "\r",
        "\x00",
        "\x1c",
        "\u00a0",
        "\u2028",
        "word",
        "Word,",
        ".",
        "?",
        "”",
        "[",
        "]",
        '"',
    ],
)
_LINES = st.one_of(
    st.text(),
    st.lists(st.one_of(_FRAGMENTS, st.text(max_size=3)), max_size=12).map("".join),
)


@given(_LINES)
@example("\ud7ff\U0010ffff\x7f")
def test_parse_never_raises_and_is_consistent(line: str) -> None:
    entry = parse(line)
    assert isinstance(entry, ParsedEntry)
    assert entry.text == entry.text.strip()
    assert len(set(entry.tags)) == len(entry.tags)
    if entry.due is not None or entry.horizon is not None or entry.focus_area:
        assert entry.has(Tag.ACTION)
    if entry.has(Tag.ACTION):
        assert entry.action_fields() is not None


@given(_LINES.filter(lambda line: "\\" not in line))
def test_stored_text_never_reads_as_leading_markers_again(line: str) -> None:
    # A marker glued to a word is the word's ("*italic*", "=HYPERLINK("); a marker followed by a space,
    # or an opening quote mark, would tag the note again if the text were ever parsed again.
    text = parse(line).text
    run = re.match(f"[{re.escape(MARKER_CHARS)}]+", text)
    if run:
        assert run.end() < len(text) and not text[run.end()].isspace(), text
        assert run.group()[-1] not in '"“', text


@given(st.sampled_from(MARKER_CHARS), st.text())
def test_an_escaped_marker_is_kept_as_typed(marker: str, rest: str) -> None:
    assert parse("\\" + marker + "x " + rest).text.startswith(marker + "x")


_WORDS = st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=8)
_PLAIN = st.lists(_WORDS, min_size=1, max_size=6).map(" ".join)


@given(st.lists(st.sampled_from(MARKER_CHARS), min_size=1, max_size=4), _PLAIN)
def test_leading_markers_give_their_tags_and_leave_the_words(markers: list[str], words: str) -> None:
    entry = parse(" ".join(markers) + " " + words)
    assert {str(LEADING_MARKERS[m]) for m in markers} <= set(entry.tags)
    if '"' not in markers and "“" not in markers:
        assert entry.text == words


@given(_PLAIN, st.lists(st.sampled_from(["alpha", "Beta", "urban-lab", "keypoint"]), min_size=1, max_size=3))
def test_hashtags_give_their_tags(words: str, hashtags: list[str]) -> None:
    entry = parse(words + " " + " ".join("#" + t for t in hashtags))
    expected = {"key-point" if t == "keypoint" else t.lower() for t in hashtags}
    assert expected <= set(entry.tags)


@given(
    _PLAIN,
    st.sampled_from(["^soon", "due:tomorrow", "a@b.org", "#1", "due:2017-99-99", "x#y", "^", "^mid"]),
    _PLAIN,
)
def test_unknown_markers_always_stay_in_the_text(before: str, marker: str, after: str) -> None:
    assert marker in parse(f"{before} {marker} {after}").text


@given(_LINES)
def test_parsing_the_stored_text_of_a_plain_line_gives_the_same_text(line: str) -> None:
    entry = parse(line)
    # Plain: no marker was understood, and no leading backslash escaped anything.
    plain = entry == ParsedEntry(text=entry.text) and not line.lstrip().startswith("\\")
    if plain:
        assert parse(entry.text) == entry


def _has_no_markers(text: str) -> bool:
    return not (
        text != text.strip()
        or text[:1] in (*MARKER_CHARS, "\\")
        or any(sign in text for sign in ("@", "#", "^", "due:", "focus:"))
    )


@given(st.text())
@example("Pourquoi ? Parce que « les villes » apprennent : oui ; non !")
@example("Two  spaces,\tand a tab ;\nnew line  ")
def test_text_without_markers_is_stored_byte_for_byte(text: str) -> None:
    assume(_has_no_markers(text))
    entry = parse(text)
    assert entry.text == text
    assert entry.tags == () and entry.mentions == () and entry.warnings == ()


@pytest.mark.parametrize(
    ("line", "text", "tags"),
    [
        ("* *italic* matters", "*italic* matters", ("key-point",)),
        ("**Bold** claim from the floor", "**Bold** claim from the floor", ()),
        ("*italic*", "*italic*", ()),
        (
            '! =HYPERLINK("https://example.org","slides")',
            '=HYPERLINK("https://example.org","slides")',
            ("action",),
        ),
        ("? Pourquoi maintenant ?", "Pourquoi maintenant ?", ("question",)),
        ("= Le budget : « doublé » ; enfin !", "Le budget : « doublé » ; enfin !", ("decision",)),
        ("Why due:2018-01-15?", "Why?", ("action",)),
        ("Pourquoi due:2018-01-15 ?", "Pourquoi ?", ("action",)),
        ("Send it #budget , today", "Send it budget , today", ("budget",)),
    ],
)
def test_markdown_formulas_and_french_spacing_are_kept(line: str, text: str, tags: tuple[str, ...]) -> None:
    entry = parse(line)
    assert (entry.text, entry.tags) == (text, tags)


@pytest.mark.parametrize("line", ["Send the report due:tomorrow", "Review ^soon", "?Who funds it"])
def test_markers_that_mean_nothing_warn_and_stay_text(line: str) -> None:
    entry = parse(line)
    assert entry.warnings
    assert entry.text == line


# ---------------------------------------------------------------- completion ranking


def test_completions_rank_prefix_then_session_then_recent_then_the_rest() -> None:
    names = ["Zoe Amat", "Amy Ross", "Carla Puig", "Jordi Amela", "Ana Mendes", "Emilia Saiz"]
    ranked = rank_completions("am", names, session=["Emilia Saiz", "Zoe Amat"], recent=["Jordi Amela"])
    assert ranked == ["Amy Ross", "Zoe Amat", "Jordi Amela"]
    assert rank_completions("A", names, session=["Emilia Saiz"]) == [
        "Amy Ross",
        "Ana Mendes",
        "Emilia Saiz",
        "Carla Puig",
        "Jordi Amela",
        "Zoe Amat",
    ]


@given(st.text(max_size=3), st.lists(st.text(max_size=8), max_size=12))
def test_completions_are_exactly_the_candidates_containing_what_is_typed(
    typed: str, names: list[str]
) -> None:
    ranked = rank_completions(typed, names)
    assert sorted(ranked) == sorted(n for n in names if typed.casefold() in n.casefold())


@pytest.mark.parametrize(
    ("line", "tag", "toggled"),
    [
        ("Do it", Tag.ACTION, "! Do it"),
        ("! Do it", Tag.ACTION, "Do it"),
        ("! Do it", Tag.QUESTION, "!? Do it"),
        ("?! Who drafts it", Tag.QUESTION, "! Who drafts it"),
        ("*italic* point", Tag.KEY_POINT, "* *italic* point"),
        ('" Cities are people', Tag.QUOTE, "Cities are people"),
    ],
)
def test_toggle_marker_on_the_line(line: str, tag: Tag, toggled: str) -> None:
    assert toggle_marker(line, tag) == toggled


@given(_PLAIN, st.sampled_from(list(Tag)[:6]))
def test_toggling_a_marker_twice_gives_the_line_back(words: str, tag: Tag) -> None:
    once = toggle_marker(words, tag)
    assert tag.value in parse(once).tags
    assert toggle_marker(once, tag) == words


@pytest.mark.parametrize(
    ("word", "horizon"),
    [
        ("court", Horizon.SHORT),
        ("moyen", Horizon.MEDIUM),
        ("long", Horizon.LONG),
        ("corto", Horizon.SHORT),
        ("medio", Horizon.MEDIUM),
        ("largo", Horizon.LONG),
        ("Court", Horizon.SHORT),
    ],
)
def test_horizons_in_the_interface_languages(word: str, horizon: Horizon) -> None:
    """The French and Spanish capture placeholders show ^court and ^corto: typing them works."""
    entry = parse(f"! Cartographier les programmes ^{word}")
    assert entry.horizon is horizon and entry.text == "Cartographier les programmes" and not entry.warnings


def test_a_parsed_line_compares_shows_and_stays_as_a_frozen_dataclass_would() -> None:
    entry = parse("! Circulate the calendar @UCLG due:2025-11-01 ^short")
    assert entry == parse("! Circulate the calendar @UCLG due:2025-11-01 ^short")
    assert hash(entry) == hash(parse("! Circulate the calendar @UCLG due:2025-11-01 ^short"))
    assert entry != parse("! Circulate the calendar @UCLG due:2025-11-02 ^short")
    assert entry != ("Circulate the calendar",)
    assert repr(ParsedEntry("a", tags=("quote",))) == (
        "ParsedEntry(text='a', tags=('quote',), mentions=(), due=None, horizon=None, focus_area='',"
        " warnings=())"
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.text = "changed"  # type: ignore[misc]


@given(st.text())
def test_a_line_without_a_tokens_start_holds_no_token(line: str) -> None:
    # parse skips the token pattern (and its compiling) for such a line: it must find nothing there.
    from meetingkit.core import quickentry

    found = list(quickentry._tokens().finditer(line))
    if not any(start in line for start in quickentry._TOKEN_STARTS):
        assert found == []
    else:
        assert all(any(m.group().startswith(s) for s in quickentry._TOKEN_STARTS) for m in found)
