"""The event's glossary of acronyms: one `ABBR = Expansion` a line, and which of them a text uses."""

from __future__ import annotations

import re
from collections.abc import Iterable

_LINE = re.compile(r"^\s*([^=]+?)\s*[=:]\s*(.+?)\s*$")


def parse_acronyms(text: str) -> tuple[tuple[str, str], ...]:
    """(acronym, expansion) pairs in the order typed; a line without '=' or ':' is ignored, the last
    definition of an acronym wins."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        match = _LINE.match(line)
        if match:
            found[match.group(1)] = match.group(2)
    return tuple(found.items())


def used_acronyms(glossary: str, texts: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """The glossary's acronyms that appear as whole words in `texts` (case as typed), alphabetically."""
    pairs = parse_acronyms(glossary)
    if not pairs:
        return ()
    corpus = "\n".join(texts)
    used = [
        (abbr, meaning)
        for abbr, meaning in pairs
        # Whole words only: "UN" is not in "UNESCO" nor in "fun".
        if re.search(rf"(?<!\w){re.escape(abbr)}(?!\w)", corpus)
    ]
    return tuple(sorted(used, key=lambda pair: pair[0].casefold()))
