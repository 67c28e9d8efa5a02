"""Searching the event: what a user types as a safe FTS5 query (every token quoted, so no input is FTS
syntax), and what a search finds."""

from __future__ import annotations

from dataclasses import dataclass

from meetingkit.core.text import xml_safe


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One match of a search: what was found, in which session, and the text around it."""

    kind: str  # "item", "session" or "attachment"
    ref: str
    session_id: str | None
    snippet: str


def fts_query(text: str, *, prefix_last: bool = True) -> str | None:
    """Quote each whitespace-separated token as an FTS5 string; all tokens must match (AND).

    `"x`, `title:`, `-x`, `NEAR(` or `AND` become plain words to look for, never operators.
    The last token matches as a prefix so results follow the user's typing. None: nothing to search.
    """
    # What no note can hold (NUL, lone surrogates from a broken paste) cannot match, and sqlite3 cannot even encode it.
    tokens = xml_safe(text).split()
    tokens = [t for t in tokens if t.strip('"')]
    if not tokens:
        return None
    quoted = ['"' + token.replace('"', '""') + '"' for token in tokens]
    if prefix_last:
        quoted[-1] += "*"
    return " ".join(quoted)
