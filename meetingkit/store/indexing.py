"""The full-text search index: keeping each record's entry in line with its row, and searching it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from meetingkit.core.model import Tag
from meetingkit.store import rows
from meetingkit.store.base import StoreBase

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Final

    from meetingkit.store.search import SearchHit

# Which slot of the search index's rowid space each kind of record uses (see _search_rowid).
_SEARCH_SLOTS: Final = {"item": 0, "session": 1, "attachment": 2}
# Records indexed per statement batch when the whole index is made again.
_BATCH: Final = 1000


class SearchIndex(StoreBase):
    """Search entries of items, sessions and attachments."""

    @staticmethod
    def _search_rowid(conn: sqlite3.Connection, kind: str, ref: str) -> int | None:
        # An FTS5 table is indexed by rowid only: filtering on its UNINDEXED `ref` column scans every
        # row (5 ms a note on a 10,000-item event). Each record's entry gets a rowid derived from its
        # own table's rowid instead, so replacing or removing it is one indexed lookup.
        slot = _SEARCH_SLOTS[kind]
        row = conn.execute(f"SELECT rowid FROM {kind} WHERE id = ?", (ref,)).fetchone()
        return int(row[0]) * len(_SEARCH_SLOTS) + slot if row else None

    def _unindex(self, conn: sqlite3.Connection, kind: str, ref: str) -> None:
        rowid = self._search_rowid(conn, kind, ref)
        if rowid is not None:
            conn.execute("DELETE FROM search WHERE rowid = ?", (rowid,))

    def _index(
        self, conn: sqlite3.Connection, kind: str, ref: str, session_id: str | None, body: str
    ) -> None:
        rowid = self._search_rowid(conn, kind, ref)
        if rowid is None:
            return
        conn.execute("DELETE FROM search WHERE rowid = ?", (rowid,))
        if body.strip():
            conn.execute(
                "INSERT INTO search(rowid, kind, ref, session_id, body) VALUES (?,?,?,?,?)",
                (rowid, kind, ref, session_id, body),
            )

    def _reindex_record(self, conn: sqlite3.Connection, table: str, record: str) -> None:
        """Bring one record's search entries in line with its row (after a merge wrote it)."""
        if table == "item":
            self._unindex(conn, "item", record)
            self._index_item(conn, record)
        elif table == "attachment":
            self._unindex(conn, "attachment", record)
            self._index_attachment(conn, record)
        elif table == "session":
            rowid = self._search_rowid(conn, "session", record)
            # A session's own entry is there exactly while it is live (its title is never empty), and its
            # notes and photos are searched only while it is live: they follow only when that changed.
            was_live = rowid is not None and (
                conn.execute("SELECT 1 FROM search WHERE rowid = ?", (rowid,)).fetchone() is not None
            )
            self._unindex(conn, "session", record)
            self._index_session(conn, record)
            is_live = (
                conn.execute(
                    "SELECT 1 FROM session WHERE id = ? AND deleted_at IS NULL", (record,)
                ).fetchone()
                is not None
            )
            if was_live == is_live:
                return
            for kind in ("item", "attachment"):
                for row in conn.execute(
                    f"SELECT id FROM {kind} WHERE session_id = ? AND deleted_at IS NULL", (record,)
                ).fetchall():
                    self._reindex_record(conn, kind, row["id"])

    @staticmethod
    def _item_entry(row: sqlite3.Row) -> tuple[str | None, str]:
        item = rows.item_from(row)
        extra = [*item.tags, item.speaker]
        if item.action:
            extra += [item.action.owner, item.action.focus_area]
        if item.synergy:
            extra += [*item.synergy.parties, item.synergy.theme]
        return item.session_id, "\n".join([item.text, *filter(None, extra)])

    @staticmethod
    def _session_entry(row: sqlite3.Row) -> tuple[str | None, str]:
        session = rows.session_from(row, ())
        return session.id, "\n".join([session.title, *session.questions, session.summary])

    @staticmethod
    def _attachment_entry(row: sqlite3.Row) -> tuple[str | None, str]:
        attachment = rows.attachment_from(row)
        return attachment.session_id, "\n".join(
            filter(None, [attachment.caption, attachment.credit, attachment.filename])
        )

    def _index_one(self, conn: sqlite3.Connection, kind: str, record: str) -> None:
        with self._decoding(kind):
            row = conn.execute(f"{_LIVE[kind]} AND r.id = ?", (record,)).fetchone()
            if row is None:
                return
            session_id, body = _ENTRY[kind](row)
        self._index(conn, kind, record, session_id, body)

    def _index_item(self, conn: sqlite3.Connection, item_id: str) -> None:
        self._index_one(conn, "item", item_id)

    def _index_session(self, conn: sqlite3.Connection, session_id: str) -> None:
        self._index_one(conn, "session", session_id)

    def _index_attachment(self, conn: sqlite3.Connection, attachment_id: str) -> None:
        self._index_one(conn, "attachment", attachment_id)

    def search(self, text: str, *, session_id: str | None = None, limit: int = 200) -> list[SearchHit]:
        """Full-text search; any user text is safe (it is quoted token by token, never FTS syntax)."""
        from meetingkit.store.search import SearchHit, fts_query  # a capture never searches

        query = fts_query(text)
        if query is None:
            return []
        sql = (
            "SELECT kind, ref, session_id, snippet(search, 3, '[', ']', '…', 12) AS snip FROM search"
            " WHERE search MATCH ?"
        )
        params: list[Any] = [query]
        if session_id is not None:
            sql += " AND session_id = ?"
            params.append(session_id)
        sql += " ORDER BY rank LIMIT ?"
        params.append(limit)
        with self._decoding("search entry"):
            return [
                SearchHit(
                    rows.text_of(r, "kind"), rows.text_of(r, "ref"), r["session_id"], rows.text_of(r, "snip")
                )
                for r in self._conn.execute(sql, params)
            ]

    def rebuild_search(self) -> None:
        with self._write() as conn:
            self.reindex_all(conn)

    def reindex_all(self, conn: sqlite3.Connection) -> None:
        """Every search entry made again: one query per kind of record and inserts in batches (an import
        of a congress indexes 100,000 notes; a query or two per note was most of the time)."""
        conn.execute("DELETE FROM search")
        slots = len(_SEARCH_SLOTS)
        # Notes, the bulk of an event, in one statement: their entry is made by SQLite from the columns
        # (_ITEM_ENTRIES, the same text as _item_entry), a tenth of decoding each note in Python.
        conn.execute(_ITEM_ENTRIES, {"slots": slots, "slot": _SEARCH_SLOTS["item"], "blank": WHITESPACE})
        for kind in ("session", "attachment"):
            slot, entry = _SEARCH_SLOTS[kind], _ENTRY[kind]
            cursor = conn.execute(_LIVE[kind])
            while True:
                with self._decoding(kind):
                    batch = cursor.fetchmany(_BATCH)
                    found = []
                    for row in batch:
                        session_id, body = entry(row)
                        if body.strip():
                            found.append(
                                (row["search_rowid"] * slots + slot, kind, row["id"], session_id, body)
                            )
                if not batch:
                    break
                conn.executemany(
                    "INSERT INTO search(rowid, kind, ref, session_id, body) VALUES (?,?,?,?,?)", found
                )


# The live records of each kind, as `r`, with the rowid their entry's is derived from (_search_rowid): the
# notes and photos of a deleted session are kept (restoring it brings them back) but not searched.
_LIVE: Final = {
    "item": (
        "SELECT r.rowid AS search_rowid, r.* FROM item r JOIN session s ON s.id = r.session_id"
        " WHERE r.deleted_at IS NULL AND s.deleted_at IS NULL"
    ),
    "session": "SELECT r.rowid AS search_rowid, r.* FROM session r WHERE r.deleted_at IS NULL",
    "attachment": (
        "SELECT r.rowid AS search_rowid, r.* FROM attachment r LEFT JOIN session s ON s.id = r.session_id"
        " WHERE r.deleted_at IS NULL AND s.deleted_at IS NULL"
    ),
}
# Every character str.strip() drops: an entry that is only these is not indexed (as `body.strip()` below).
# Written out: computing it walks every code point, ~0.3 s of every command's start (a test compares).
WHITESPACE: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _lines(sql: str) -> str:
    """Each non-empty value of `sql` (a column or a json_each's values) as a line of its own."""
    return f"coalesce((SELECT group_concat(char(10) || value, '') FROM ({sql}) WHERE value <> ''), '')"


def _if_tagged(tag: Tag, sql: str) -> str:
    return f"CASE WHEN EXISTS (SELECT 1 FROM json_each(r.tags) WHERE value = '{tag}') THEN {sql} ELSE '' END"


# _item_entry's text, column by column: the note's text, then each non-empty tag, speaker, an action's
# owner and focus area, a synergy's parties and theme, one a line (group_concat keeps json_each's order).
_ITEM_BODY: Final = " || ".join(
    [
        "r.text",
        _lines("SELECT value FROM json_each(r.tags)"),
        _lines("SELECT r.speaker AS value"),
        _if_tagged(Tag.ACTION, _lines("SELECT r.owner AS value UNION ALL SELECT r.focus_area")),
        _if_tagged(Tag.SYNERGY, _lines("SELECT value FROM json_each(r.parties) UNION ALL SELECT r.theme")),
    ]
)
_ITEM_ENTRIES: Final = (
    "INSERT INTO search(rowid, kind, ref, session_id, body)"
    " SELECT search_rowid * :slots + :slot, 'item', id, session_id, body FROM"
    f" (SELECT r.search_rowid, r.id, r.session_id, {_ITEM_BODY} AS body"
    f" FROM ({_LIVE['item']}) r) WHERE trim(body, :blank) <> ''"
)
# Each kind's search entry: the session it is searched in, and its text.
_ENTRY: Final[dict[str, Callable[[sqlite3.Row], tuple[str | None, str]]]] = {
    "item": SearchIndex._item_entry,
    "session": SearchIndex._session_entry,
    "attachment": SearchIndex._attachment_entry,
}
