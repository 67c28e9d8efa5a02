"""Reading the glossary and finding the acronyms a text uses."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from meetingkit.core.glossary import parse_acronyms, used_acronyms


def test_lines_without_a_definition_are_ignored_and_the_last_definition_wins() -> None:
    text = "UN = United Nations\n\nnonsense\nICT: Information technologies\nUN = Nations Unies\n"
    assert parse_acronyms(text) == (("UN", "Nations Unies"), ("ICT", "Information technologies"))


def test_only_whole_words_count_and_the_result_is_alphabetical() -> None:
    glossary = "UN = United Nations\nICT = Information technologies\nEU = European Union\nC40 = C40 Cities"
    used = used_acronyms(glossary, ["UNESCO and fun", "the EU and ICT.", "(C40)"])
    assert [abbr for abbr, _ in used] == ["C40", "EU", "ICT"]


@given(st.lists(st.from_regex(r"[A-Z]{2,5}", fullmatch=True), min_size=1, max_size=8, unique=True))
def test_every_acronym_written_in_the_text_is_listed_once(abbrs: list[str]) -> None:
    glossary = "\n".join(f"{a} = meaning of {a}" for a in abbrs)
    used = used_acronyms(glossary, [" ".join(abbrs)])
    assert sorted(a for a, _ in used) == sorted(abbrs)
