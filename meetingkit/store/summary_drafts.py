"""The summary_draft table: the assistant's latest draft per session, day or event, and what was accepted.

Used through EventStore (save_summary_draft, summary_draft, summary_drafts, accept_summary_draft,
set_accepted_summary): a new
draft replaces only the generated one; the accepted sentences stay until a person accepts others.
"""

from __future__ import annotations

import sqlite3

from meetingkit.core.drafts import Draft, DraftScope, SummaryDraft
from meetingkit.store import rows


def record(row: sqlite3.Row) -> SummaryDraft:
    """The stored draft a summary_draft row holds."""
    return SummaryDraft(
        generated=Draft.loads(row["generated"]),
        generated_at=row["generated_at"],
        accepted=Draft.loads(row["accepted"]) if row["accepted"] else None,
        accepted_at=row["accepted_at"] or "",
        author=row["author"],
    )


def save(conn: sqlite3.Connection, draft: Draft, author: str) -> None:
    conn.execute(
        "INSERT INTO summary_draft(id, scope, ref, generated, generated_at, author) VALUES (?,?,?,?,?,?)"
        " ON CONFLICT(scope, ref) DO UPDATE SET generated = excluded.generated,"
        " generated_at = excluded.generated_at",
        (
            rows.stable_id("summary_draft", draft.scope.value, draft.ref),
            draft.scope.value,
            draft.ref,
            draft.dumps(),
            rows.now(),
            author,
        ),
    )


def set_accepted(
    conn: sqlite3.Connection, scope: DraftScope, ref: str, accepted: Draft | None, author: str
) -> None:
    """Record what a person accepted (None: nothing, as after undoing a first acceptance)."""
    conn.execute(
        "UPDATE summary_draft SET accepted = ?, accepted_at = ?, author = ? WHERE scope = ? AND ref = ?",
        (accepted.dumps() if accepted else None, rows.now() if accepted else None, author, scope.value, ref),
    )


def load_all(conn: sqlite3.Connection) -> list[SummaryDraft]:
    return [record(r) for r in conn.execute("SELECT * FROM summary_draft ORDER BY scope, ref")]
