"""Sessions: their details, people and roles, order within a day, deletion and restoring."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from meetingkit.core import validation as v
from meetingkit.core.errors import NotFoundError
from meetingkit.core.model import Role, SessionPerson
from meetingkit.store import rows
from meetingkit.store.indexing import SearchIndex
from meetingkit.store.records.people import PeopleRecords
from meetingkit.store.unset import UNSET, Unset

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from meetingkit.core.model import Session


class SessionRecords(PeopleRecords, SearchIndex):
    """Sessions and the people with a role in them."""

    def _session_people(
        self, conn: sqlite3.Connection, session_ids: Sequence[str] | None = None
    ) -> dict[str, list[SessionPerson]]:
        sql = (
            "SELECT sp.session_id, sp.person_id, sp.role, p.name, p.organisation FROM session_person sp"
            " JOIN person p ON p.id = sp.person_id WHERE sp.deleted_at IS NULL"
        )
        params: tuple[str, ...] = ()
        if session_ids is not None and len(session_ids) == 1:
            sql += " AND sp.session_id = ?"
            params = (session_ids[0],)
        sql += " ORDER BY sp.ord"
        result: dict[str, list[SessionPerson]] = {}
        with self._decoding("session role"):
            for row in conn.execute(sql, params):
                result.setdefault(rows.text_of(row, "session_id"), []).append(rows.session_person_from(row))
        return result

    def sessions(self, day_id: str | None = None) -> list[Session]:
        with self._read() as conn:
            sql = "SELECT s.* FROM session s JOIN day d ON d.id = s.day_id WHERE s.deleted_at IS NULL"
            params: tuple[str, ...] = ()
            if day_id is not None:
                sql += " AND s.day_id = ?"
                params = (day_id,)
            sql += " ORDER BY d.idx, s.ord"
            with self._decoding("session"):
                found = conn.execute(sql, params).fetchall()
            people = self._session_people(conn)
        with self._decoding("session"):
            return [rows.session_from(r, tuple(people.get(r["id"], ()))) for r in found]

    def session(self, session_id: str) -> Session:
        with self._read() as conn:
            with self._decoding("session"):
                row = conn.execute(
                    "SELECT * FROM session WHERE id = ? AND deleted_at IS NULL", (session_id,)
                ).fetchone()
            if row is None:
                raise NotFoundError(f"No session with id {session_id} in {self.path.name}.")
            people = self._session_people(conn, [session_id])
        with self._decoding("session"):
            return rows.session_from(row, tuple(people.get(session_id, ())))

    def find_session(self, ref: str) -> Session:
        """A session by id, exact title or unambiguous start of its title (case-insensitive)."""
        return self.session(self.find_session_id(ref))

    def find_session_id(self, ref: str) -> str:
        """find_session's session's id, without reading the session (`add` needs no more)."""
        ref = ref.strip()
        # Ids and titles only (find_session reads the one found whole): decoding every session with its
        # people cost a one-line `add` ~3 ms on a congress.
        with self._read() as conn, self._decoding("session"):
            listed = [
                (rows.text_of(r, "id"), rows.text_of(r, "title"))
                for r in conn.execute(
                    "SELECT s.id, s.title FROM session s JOIN day d ON d.id = s.day_id"
                    " WHERE s.deleted_at IS NULL ORDER BY d.idx, s.ord"
                )
            ]
        if any(sid == ref for sid, _title in listed):
            return ref
        folded = ref.casefold()
        exact = [(sid, title) for sid, title in listed if title.casefold() == folded]
        if len(exact) == 1:
            return exact[0][0]
        partial = (
            exact
            or [(sid, title) for sid, title in listed if title.casefold().startswith(folded)]
            or [(sid, title) for sid, title in listed if folded in title.casefold()]
        )
        if len(partial) == 1:
            return partial[0][0]
        if not partial:
            raise NotFoundError(f"No session matches '{ref}'; `meetingkit check` lists the sessions.")
        names = "; ".join(title for _sid, title in partial[:4])
        raise NotFoundError(
            f"'{ref}' matches {len(partial)} sessions ({names}); give more of the title or the id."
        )

    def add_session(
        self,
        day_id: str,
        title: str,
        *,
        start: dt.time | str | None = None,
        end: dt.time | str | None = None,
        room: str = "",
        format: str = "",
        questions: Sequence[str] = (),
        summary: str = "",
        people: Sequence[tuple[str, Role | str]] = (),
        index: int | None = None,
        session_id: str | None = None,
    ) -> Session:
        title = v.title("title", title)
        start_t, end_t = v.time("start", start), v.time("end", end)
        v.time_range(start_t, end_t)
        clean_questions = [v.title("question", q, max_len=1000) for q in questions if q.strip()]
        with self._write() as conn:
            if (
                conn.execute("SELECT 1 FROM day WHERE id = ? AND deleted_at IS NULL", (day_id,)).fetchone()
                is None
            ):
                raise NotFoundError(f"No day with id {day_id} in {self.path.name}.")
            existing = [
                r["id"]
                for r in conn.execute(
                    "SELECT id FROM session WHERE day_id = ? AND deleted_at IS NULL ORDER BY ord", (day_id,)
                )
            ]
            if index is None:
                # Sessions with a start time go in time order; others at the end.
                index = len(existing)
                if start_t is not None:
                    for position, sid in enumerate(existing):
                        other = conn.execute("SELECT start_time FROM session WHERE id = ?", (sid,)).fetchone()
                        if other["start_time"] and other["start_time"] > start_t.isoformat(
                            timespec="minutes"
                        ):
                            index = position
                            break
            new_id = session_id or rows.new_id()
            conn.execute(
                "INSERT INTO session(id, day_id, ord, title, start_time, end_time, room, format, questions,"
                " summary, created_at, updated_at, author) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    new_id,
                    day_id,
                    0,
                    title,
                    start_t.isoformat(timespec="minutes") if start_t else None,
                    end_t.isoformat(timespec="minutes") if end_t else None,
                    v.short("room", room),
                    v.short("format", format),
                    rows.dumps(clean_questions),
                    v.long_text("summary", summary),
                    *self._stamp(),
                ),
            )
            order = existing[:]
            order.insert(max(0, min(index, len(order))), new_id)
            self._renumber(conn, "session", order)
            self._set_session_people(conn, new_id, people)
            self._index_session(conn, new_id)
        return self.session(new_id)

    def _set_session_people(
        self, conn: sqlite3.Connection, session_id: str, people: Sequence[tuple[str, Role | str]]
    ) -> None:
        # A role is keyed by (session, person, role): the same person given the same role on two laptops
        # is one record, and a list edited twice never names anyone twice.
        wanted: dict[str, tuple[str, str]] = {}
        for name, role in people:
            person_id = self._person_id(conn, v.title("person", name))
            role_value = v.choice("role", role, Role).value
            wanted.setdefault(
                rows.stable_id("role", session_id, person_id, role_value), (person_id, role_value)
            )
        stamp = rows.now()
        for row in conn.execute(
            "SELECT id FROM session_person WHERE session_id = ? AND deleted_at IS NULL", (session_id,)
        ).fetchall():
            if row["id"] not in wanted:
                conn.execute(
                    "UPDATE session_person SET deleted_at = ?, updated_at = ?, author = ? WHERE id = ?",
                    (stamp, stamp, self.author, row["id"]),
                )
        for position, (role_id, (person_id, role_value)) in enumerate(wanted.items()):
            self._insert_or_revive(
                conn,
                "session_person",
                {
                    "id": role_id,
                    "session_id": session_id,
                    "person_id": person_id,
                    "role": role_value,
                    "ord": position,
                },
            )

    def update_session(
        self,
        session_id: str,
        *,
        title: str | Unset = UNSET,
        start: dt.time | str | Unset | None = UNSET,
        end: dt.time | str | Unset | None = UNSET,
        room: str | Unset = UNSET,
        format: str | Unset = UNSET,
        questions: Sequence[str] | Unset = UNSET,
        summary: str | Unset = UNSET,
        people: Sequence[tuple[str, Role | str]] | Unset = UNSET,
    ) -> Session:
        current = self.session(session_id)
        values: dict[str, Any] = {}
        if not isinstance(title, Unset):
            values["title"] = v.title("title", title)
        start_t = current.start if isinstance(start, Unset) else v.time("start", start)
        end_t = current.end if isinstance(end, Unset) else v.time("end", end)
        v.time_range(start_t, end_t)
        if not isinstance(start, Unset):
            values["start_time"] = start_t.isoformat(timespec="minutes") if start_t else None
        if not isinstance(end, Unset):
            values["end_time"] = end_t.isoformat(timespec="minutes") if end_t else None
        if not isinstance(room, Unset):
            values["room"] = v.short("room", room)
        if not isinstance(format, Unset):
            values["format"] = v.short("format", format)
        if not isinstance(questions, Unset):
            values["questions"] = rows.dumps(
                [v.title("question", q, max_len=1000) for q in questions if q.strip()]
            )
        if not isinstance(summary, Unset):
            values["summary"] = v.long_text("summary", summary)
        with self._write() as conn:
            self._touch(conn, "session", session_id, **values)
            if not isinstance(people, Unset):
                self._set_session_people(conn, session_id, people)
            self._index_session(conn, session_id)
        return self.session(session_id)

    def delete_session(self, session_id: str) -> None:
        """Tombstone the session; its items stay in the file (restore_session brings all back)."""
        with self._write() as conn:
            self._touch(conn, "session", session_id, deleted_at=rows.now())
            conn.execute("DELETE FROM search WHERE session_id = ?", (session_id,))

    def restore_session(self, session_id: str) -> Session:
        with self._write() as conn:
            stamp = rows.now()
            conn.execute(
                "UPDATE session SET deleted_at = NULL, updated_at = ?, author = ? WHERE id = ?",
                (stamp, self.author, session_id),
            )
            self._index_session(conn, session_id)
            for row in conn.execute(
                "SELECT id FROM item WHERE session_id = ? AND deleted_at IS NULL", (session_id,)
            ).fetchall():
                self._index_item(conn, row["id"])
            for row in conn.execute(
                "SELECT id FROM attachment WHERE session_id = ? AND deleted_at IS NULL", (session_id,)
            ).fetchall():
                self._index_attachment(conn, row["id"])
        return self.session(session_id)

    def move_session(self, session_id: str, day_id: str, index: int) -> Session:
        with self._write() as conn:
            self.session(session_id)
            if (
                conn.execute("SELECT 1 FROM day WHERE id = ? AND deleted_at IS NULL", (day_id,)).fetchone()
                is None
            ):
                raise NotFoundError(f"No day with id {day_id} in {self.path.name}.")
            self._touch(conn, "session", session_id, day_id=day_id)
            order = [
                r["id"]
                for r in conn.execute(
                    "SELECT id FROM session WHERE day_id = ? AND deleted_at IS NULL AND id != ? ORDER BY ord",
                    (day_id, session_id),
                )
            ]
            order.insert(max(0, min(index, len(order))), session_id)
            self._renumber(conn, "session", order)
        return self.session(session_id)

    def _renumber(self, conn: sqlite3.Connection, table: str, ids: Sequence[str]) -> None:
        conn.executemany(f"UPDATE {table} SET ord = ? WHERE id = ?", [(i, rid) for i, rid in enumerate(ids)])
