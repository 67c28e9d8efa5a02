"""Several rapporteurs: merging copies, probable duplicate sessions, conflicts, and the backup ring."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from meetingkit.core.model import Session
from meetingkit.store.base import verify_references
from meetingkit.store.connection import connect, inspect_file
from meetingkit.store.errors import StoreUserError, translate
from meetingkit.store.records.attachments import AttachmentRecords
from meetingkit.store.records.items import ItemRecords

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    # Merging, update files, conflicts and backups are imported by the methods that use them: every
    # command and the window's start import this module, and most never merge (`add`: ~9 ms less).
    from meetingkit.store import backups, merging
    from meetingkit.store.conflicts import Resolution
    from meetingkit.store.merging import MergeReport
    from meetingkit.store.register_conflicts import Conflict


class _RollBack(Exception):
    """Leaves a write transaction without committing it (a dry run), carrying what it found."""

    def __init__(self, reports: list[MergeReport]) -> None:
        super().__init__("dry run")
        self.reports = reports


class RapporteurRecords(ItemRecords, AttachmentRecords):
    """Folding other copies in, duplicate sessions, conflicts and backups."""

    def merge(self, others: Sequence[Path], *, dry_run: bool = False) -> list[MergeReport]:
        """Fold other copies of this event into this file, all or nothing; one report per input.

        Every input is checked before anything changes (damaged, foreign, newer, another event: refused),
        the file is backed up, and all inputs are applied in one transaction.
        """
        from pathlib import Path

        from meetingkit.store import backups, merging, updates

        event = self.event()
        # A reference already broken here is named as this file's damage, not the inputs'. Records are
        # not read whole here: the ones a merge writes are read back whole as written (merging.fold).
        verify_references(self._conn, self.path)
        known = merging.known_entries(self._conn)
        opened: list[sqlite3.Connection] = []
        try:
            inputs: list[merging.Input] = []
            for other in map(Path, others):
                if other.resolve() == self.path.resolve():
                    raise StoreUserError(f"{other.name} is the file being merged into; name the other files.")
                if updates.is_update_file(other):
                    inputs.append(updates.read_input(other, event.id, event.title, self.path.name))
                    opened.append(inputs[-1].conn)
                    continue
                inspect_file(other)
                try:
                    conn = connect(other, read_only=True)
                except sqlite3.Error as exc:
                    raise (translate(exc, other) or exc) from None
                opened.append(conn)
                theirs = conn.execute("SELECT id, title FROM event").fetchone()
                if theirs is None or theirs["id"] != event.id:
                    title = theirs["title"] if theirs is not None else "no event"
                    raise StoreUserError(
                        f"{other.name} holds another event ('{title}') than {self.path.name}"
                        f" ('{event.title}'); nothing was merged."
                    )
                # A handed-in file: every replicated entry FILE lacks must read cleanly first.
                inputs.append(merging.read_input(other, conn, known))
            inputs = updates.prepare(inputs, self._replica.doc(), self.path.name)
            if not dry_run:
                backups.take(self._conn, self.path, event.id, "merge")
            try:
                with self._write() as conn:
                    reports = merging.fold(conn, self._replica, inputs)
                    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        table, _rowid, parent, _fk = problems[0]
                        raise StoreUserError(
                            f"The files do not fit together: a {table} refers to a {parent} none of them holds;"
                            " nothing was merged."
                        )
                    if dry_run:
                        raise _RollBack(reports)
            except _RollBack as rolled:
                return rolled.reports
            return reports
        finally:
            for conn in opened:
                conn.close()

    def probable_duplicates(self) -> list[tuple[Session, Session]]:
        """Sessions of one day with the same title: two rapporteurs who each created the session they covered."""
        seen: dict[tuple[str, str], Session] = {}
        pairs: list[tuple[Session, Session]] = []
        for session in self.sessions():
            key = (session.day_id, " ".join(session.title.casefold().split()))
            if key in seen:
                pairs.append((seen[key], session))
            else:
                seen[key] = session
        return pairs

    def merge_sessions(self, keep_id: str, other_id: str) -> Session:
        """Fold session `other_id` into `keep_id` in one transaction: its notes (after keep's, in their order,
        with their authors and times), photos, people and roles, the details keep lacks, and its summary
        (appended when both have one); then `other_id` is deleted."""
        if keep_id == other_id:
            raise StoreUserError("Choose two different sessions to merge.")
        keep, other = self.session(keep_id), self.session(other_id)
        with self._write() as conn:
            moved = [item.id for item in self.items(other_id)]
            for item_id in moved:
                self._touch(conn, "item", item_id, session_id=keep_id)
            self._renumber(
                conn, "item", [*(item.id for item in self.items(keep_id) if item.id not in moved), *moved]
            )
            for row in conn.execute(
                "SELECT id FROM attachment WHERE session_id = ? AND deleted_at IS NULL", (other_id,)
            ).fetchall():
                self._touch(conn, "attachment", row["id"], session_id=keep_id)
            summary = keep.summary
            if other.summary.strip() and other.summary.strip() not in summary:
                summary = (
                    f"{summary.rstrip()}\n\n{other.summary.strip()}" if summary.strip() else other.summary
                )
            people = [(p.name, p.role) for p in keep.people]
            people += [(p.name, p.role) for p in other.people if (p.name, p.role) not in people]
            self.update_session(
                keep_id,
                start=keep.start or other.start,
                end=keep.end or other.end,
                room=keep.room or other.room,
                format=keep.format or other.format,
                questions=list(dict.fromkeys([*keep.questions, *other.questions])),
                summary=summary,
                people=people,
            )
            self.delete_session(other_id)
            self._reindex_record(conn, "session", keep_id)
        return self.session(keep_id)

    def conflicts(self) -> list[Conflict]:
        """Every open conflict of the event, by record kind and record."""
        with self._read() as conn:
            return self._replica.all_conflicts(conn)

    def describe(self, conflict: Conflict) -> str:
        from meetingkit.store import conflicts as conflicts_module

        return conflicts_module.describe(self._conn, conflict.table, conflict.record)

    def resolve(self, conflict_id: str, *, take: int | None = None, value: str | None = None) -> Resolution:
        """Settle one conflict (ids as `conflicts()` gives them, or an unambiguous start of one)."""
        if (take is None) == (value is None):
            raise StoreUserError("Say how to resolve it: --take N or --value V.")
        from meetingkit.store import conflicts as conflicts_module

        with self._write() as conn:
            conflict = conflicts_module.find(self._replica.all_conflicts(conn), conflict_id)
            return conflicts_module.resolve(conn, self._replica, conflict, take=take, value=value)

    def backup(self, reason: str = "manual") -> backups.Backup:
        from meetingkit.store import backups

        return backups.take(self._conn, self.path, self.event().id, reason)

    def backups(self) -> list[backups.Backup]:
        from meetingkit.store import backups

        return backups.ring(self.event().id, stem=self.path.stem)
