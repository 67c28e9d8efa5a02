"""Date ranges as a reader sees them: the numbers, words and dash in order, whatever spacing CLDR chooses.

CLDR decides the spacing around a range's dash (Babel 2.19 puts thin spaces around it in English, which is
correct typography); the documents follow CLDR, so tests compare only what a reader reads.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+|[–-]")


def range_tokens(text: str) -> list[str]:
    """'12 – 14 September 2024' -> ['12', '–', '14', 'September', '2024']."""
    return _TOKEN.findall(text)


def assert_same_range(actual: str, expected: str) -> None:
    assert range_tokens(actual) == range_tokens(expected), f"{actual!r} does not read as {expected!r}"
    assert not re.search(r"[^\w\s–-]", actual.replace(",", "")), f"unexpected characters in {actual!r}"
