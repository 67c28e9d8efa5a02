"""Drafts: the line being typed in each session, and the assistant's summary drafts."""

from __future__ import annotations

from collections.abc import Sequence

from meetingkit.core import validation as v
from meetingkit.core.errors import NotFoundError, UserError
from meetingkit.store import rows
from meetingkit.store.base import StoreBase

TYPE_CHECKING = False
if TYPE_CHECKING:  # the assistant's drafts load with the code that reads them, not at every open
    from meetingkit.core.drafts import Draft, DraftScope, SummaryDraft


class DraftRecords(StoreBase):
    """The line being typed (saved as a draft) and the assistant's summary drafts."""

    def save_draft(self, session_id: str, text: str) -> None:
        """Keep the line being typed; an empty text clears the draft."""
        text = v.long_text("draft", text)
        with self._write() as conn:
            if text.strip():
                conn.execute(
                    "INSERT INTO draft(session_id, text, updated_at, author) VALUES (?,?,?,?)"
                    " ON CONFLICT(session_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at,"
                    " author = excluded.author",
                    (session_id, text, rows.now(), self.author),
                )
            else:
                conn.execute("DELETE FROM draft WHERE session_id = ?", (session_id,))

    def draft(self, session_id: str) -> str:
        with self._decoding("draft"):
            row = self._conn.execute("SELECT text FROM draft WHERE session_id = ?", (session_id,)).fetchone()
            return rows.text_of(row, "text") if row else ""

    def drafts(self) -> dict[str, str]:
        with self._decoding("draft"):
            return {
                rows.text_of(r, "session_id"): rows.text_of(r, "text")
                for r in self._conn.execute("SELECT session_id, text FROM draft")
            }

    # ---------------------------------------------------------------- the assistant's summary drafts

    def save_summary_draft(self, draft: Draft) -> SummaryDraft:
        """Store a new draft beside (never over) the human summary and the sentences accepted earlier."""
        from meetingkit.store import summary_drafts

        with self._write() as conn:
            summary_drafts.save(conn, draft, self.author)
        return self._summary_draft(draft.scope, draft.ref)

    def summary_draft(self, scope: DraftScope, ref: str) -> SummaryDraft | None:
        row = self._conn.execute(
            "SELECT * FROM summary_draft WHERE scope = ? AND ref = ?", (scope.value, ref)
        ).fetchone()
        if row is None:
            # Most sessions have none, among them the one the window opens on: that answer needs neither
            # the drafts' records (core.drafts, ~2–4 ms of the window's launch) nor their module.
            return None
        from meetingkit.store import summary_drafts

        return summary_drafts.record(row)

    def summary_drafts(self) -> list[SummaryDraft]:
        from meetingkit.store import summary_drafts

        return summary_drafts.load_all(self._conn)

    def accept_summary_draft(self, scope: DraftScope, ref: str, numbers: Sequence[int] = ()) -> SummaryDraft:
        """Accept the stored draft: all of it (no numbers), or the numbered sentences added to those
        accepted before. Documents use the accepted sentences where there is no human summary."""
        from meetingkit.core.drafts import merged_acceptance

        stored = self._summary_draft(scope, ref)
        generated = stored.generated
        if not numbers:
            accepted = generated
        else:
            count = len(generated.sentences())
            wrong = sorted(n for n in numbers if not 1 <= n <= count)
            if wrong:
                raise UserError(f"The draft has sentences 1 to {count}; there is no sentence {wrong[0]}.")
            accepted = merged_acceptance(stored.accepted, generated.only(set(numbers)))
        return self.set_accepted_summary(scope, ref, accepted)

    def set_accepted_summary(self, scope: DraftScope, ref: str, accepted: Draft | None) -> SummaryDraft:
        """Put back an earlier acceptance (undo in the app); None means nothing accepted."""
        from meetingkit.store import summary_drafts

        self._summary_draft(scope, ref)
        with self._write() as conn:
            summary_drafts.set_accepted(conn, scope, ref, accepted, self.author)
        return self._summary_draft(scope, ref)

    def _summary_draft(self, scope: DraftScope, ref: str) -> SummaryDraft:
        found = self.summary_draft(scope, ref)
        if found is None:
            raise NotFoundError(f"There is no draft of this {scope.value} yet; draft it first.")
        return found
