"""Turning what a user types into a safe FTS5 query: every token quoted, so no input is FTS syntax."""

from __future__ import annotations

from meetingkit.core.text import xml_safe


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
