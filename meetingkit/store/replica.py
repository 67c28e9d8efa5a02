"""The event replicated as a Yjs document (pycrdt), projected into the rows the rest of the app reads.

What travels between rapporteurs' files is one Yjs document per event:

* ``entries``: a map from entry id to one register entry (registers.py) — an immutable write of some fields
  of one record. Entry ids are unique, so Yjs merges the maps as a union: nothing is ever overwritten;
* ``texts``: a map of Y.Text, one per long text (a note's text, a session's summary, the event's description
  and conclusions), so two people editing one text both keep their words.

Yjs owns the state vectors, the update encoding and idempotent, order-independent application. The SQLite
rows stay the durable local store and the query model:

* every local edit, whatever store method made it, is caught by the schema's own triggers
  (``replica_change``); before the transaction commits, :meth:`Replica.flush` compares each touched row with
  its registers and writes an entry for the fields that differ — in the same transaction as the row, so
  "Saved" still means on disk;
* incoming updates are applied to the document, their entries mirrored into ``reg_entry`` and the records
  they touch projected into the rows and the search index, in one transaction.

Order is a position key per record (positions.py), deletion is a register (``deleted``), and records that
stand for the same real thing (a person of a given name, a role in a session, a photo of a session) have ids
derived from what identifies them, so two laptops that add the same thing add the same record.
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from meetingkit.store import consent, hlc
from meetingkit.store.errors import DamagedFileError
from meetingkit.store.positions import appended, in_order, initial, repair
from meetingkit.store.registers import DELETED, POSITION, Entry, canonical, current_values, heads
from meetingkit.store.yjs_encoding import EMPTY_UPDATE, NewKeys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    # pycrdt (and anyio under it) is imported when a document is first built (new_doc), not when a file
    # is opened and read: it is ~40 ms of the window's start and of every command's.
    from pycrdt import Doc, Map, Text

    from meetingkit.store.history import History
    from meetingkit.store.register_conflicts import Conflict

# Parents first: a projected row's references exist before it (the foreign keys are checked at the end too).
TABLES = (
    "event",
    "day",
    "organisation",
    "person",
    "focus_area",
    "session",
    "session_person",
    "item",
    "attachment",
    "summary_draft",
)
TEXTS: dict[str, tuple[str, ...]] = {
    "event": ("description", "conclusions"),
    "session": ("summary",),
    "item": ("text",),
}
# Sibling groups kept in order by position keys: table -> the column that names the group (None: one group).
ORDERED: dict[str, str | None] = {
    "session": "day_id",
    "item": "session_id",
    "session_person": "session_id",
    "focus_area": None,
    "attachment": "kind",
}
# Ordered tables with an index on (group, ord) (schema.py): their last rows are read without the others.
TAIL_INDEXED = frozenset({"item", "session", "session_person"})
# Columns each replica keeps for itself: derived from the registers, or local bookkeeping.
LOCAL = frozenset({"id", "ord", "updated_at", "author"})
BASE_AUTHOR = ""
COMPACT_AFTER = 256  # updates in the log before they are folded into one
MIRROR_PAGE = 2000  # entries a flush holds before copying them into the register tables
BULK_NEW = 64  # new records of one table in a page from which a flush makes their first entries set-based
# Entries a flush writes into the document of this replica's own writes before logging them as one update
# and starting another document: ~35 MiB of Yjs structures, and one update of ~10 MB to encode.
WRITES_HELD = 20_000


def _new_replica_id() -> str:
    # os.urandom as secrets.token_hex draws it: the secrets module imports hmac and OpenSSL's hashes.
    return os.urandom(8).hex()


def _trigger_name(table: str, when: str) -> str:
    return f"{table}_replica_{when.lower()}"


def _trigger_sql(table: str) -> str:
    return "".join(
        f"CREATE TRIGGER {_trigger_name(table, when)} AFTER {when} ON {table} BEGIN"
        f" INSERT OR IGNORE INTO replica_change(tbl, record) VALUES ('{table}', new.id); END;\n"
        for when in ("INSERT", "UPDATE")
    )


# The replicated history: the log of Yjs updates and the registers mirrored from it (SCHEMA below).
HISTORY_TABLES = ("replica_update", "reg_entry", "reg_text", "reg_pos")


@contextmanager
def changes_listed_at_end(conn: sqlite3.Connection) -> Iterator[None]:
    """Rows are inserted without the per-row insert triggers, and every row of the replicated tables is
    listed for the flush with one statement per table at the end: for a file whose every record is new
    (an import into a new file), where firing the triggers doubled the cost of inserting a note.

    The triggers are dropped and made again (from their stored SQL) inside the caller's transaction: a
    rollback restores them.
    """
    names = {_trigger_name(table, "INSERT"): table for table in TABLES}
    triggers = [
        (name, str(sql))
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'")
        if name in names
    ]
    for name, _sql in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    yield
    for name, sql in triggers:
        conn.execute(sql)
        table = names[name]
        conn.execute(f"INSERT OR IGNORE INTO replica_change(tbl, record) SELECT '{table}', id FROM {table}")


SCHEMA = """
-- The Yjs updates of this file's replica of the event, in the order they were applied (compacted now and then).
CREATE TABLE replica_update (seq INTEGER PRIMARY KEY, data BLOB NOT NULL) STRICT;
-- Every register entry, mirrored from the document for queries: a record's entries, its conflicts.
CREATE TABLE reg_entry (id TEXT PRIMARY KEY, record TEXT NOT NULL, body TEXT NOT NULL) STRICT;
CREATE INDEX reg_entry_record ON reg_entry(record);
-- Which record and field each Y.Text holds.
CREATE TABLE reg_text (key TEXT PRIMARY KEY, record TEXT NOT NULL, field TEXT NOT NULL) STRICT;
-- Each ordered record's current position key.
CREATE TABLE reg_pos (record TEXT PRIMARY KEY, pos TEXT NOT NULL) STRICT;
-- Records changed by the open transaction, filled by the triggers below, emptied by the flush before COMMIT.
CREATE TABLE replica_change (tbl TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (tbl, record)) STRICT, WITHOUT ROWID;
""" + "".join(_trigger_sql(t) for t in TABLES)


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")]


def replicated_fields(conn: sqlite3.Connection, table: str) -> list[str]:
    present = columns(conn, table)
    names = [c for c in present if c not in LOCAL]
    if "deleted_at" in present:
        names.append(DELETED)
    if table in ORDERED:
        names.append(POSITION)
    return names


def _utf8_offset(text: str, index: int) -> int:
    """Y.Text counts UTF-8 bytes; Python counts code points."""
    return len(text[:index].encode("utf-8"))


def apply_text_diff(target: Text, old: str, new: str) -> None:
    """Turn `old` into `new` in place with the fewest character edits, so concurrent edits elsewhere survive."""
    import difflib  # editing an old text only: not at every open

    operations = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in reversed(operations):
        if tag == "equal":
            continue
        start, end = _utf8_offset(old, i1), _utf8_offset(old, i2)
        if end > start:
            del target[start:end]
        if j2 > j1:
            target.insert(start, new[j1:j2])


class Applied:
    """What an incoming update brought (a plain class: a dataclass costs every open ~0.4 ms to create, and
    only merges and sync make one)."""

    __slots__ = ("added", "changed", "entries", "records")

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.records: set[tuple[str, str]] = set()  # (table, id) it touched
        self.added = 0  # records new to this file
        self.changed = 0  # fields of existing records whose value changed


class Replica:
    """This file's replica: the Yjs document (loaded on first use) and the flush/apply/project steps."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        author: Callable[[], str],
        reindex: Callable[[sqlite3.Connection, str, str], None],
        wall: hlc.WallClock = hlc.system_ms,
    ) -> None:
        self._conn = conn
        self._author = author
        self._reindex = reindex
        self._wall = wall
        # A fresh replica id every time a file is opened: two copies of one file never write the same ids.
        self.replica_id = _new_replica_id()
        self._doc: Doc[Any] | None = None  # the whole document, loaded when something needs to read it
        # Until then, local writes go to this replica's own writes, encoded without pycrdt (yjs_encoding.py).
        # Every local write adds a new key to a root map (entries are immutable, a new text gets a new key),
        # and a new key has no left neighbour in any replica, so the update is the one the whole document
        # would give: capturing a note never pays for loading the event's history, nor for importing pycrdt.
        self._writes: NewKeys | None = None
        self._target_maps: tuple[Doc[Any], Map[str], Map[Text]] | None = None
        self._clock: hlc.Clock | None = None
        self._local_since: bytes | None = None  # the target's state when this transaction first wrote to it
        self._logged: int | None = None  # updates in the file's log, counted when first needed
        self._fields: dict[str, list[str]] = {}

    # ------------------------------------------------------------------ the document

    @property
    def client_id(self) -> int:
        return int(self.replica_id, 16) >> 12

    def adopt(self, history: History) -> bool:
        """Take the whole document read on another thread (read_history), if the log it read is still the
        start of this file's log; the updates logged since are applied. False: it is stale, nothing changes."""
        if self._doc is not None or self._local_since is not None or history.client_id != self.client_id:
            return False
        last = history.log[-1][0] if history.log else 0
        now = self._conn.execute(
            "SELECT seq, length(data) FROM replica_update WHERE seq <= ? ORDER BY seq", (last,)
        ).fetchall()
        if tuple((int(r[0]), int(r[1])) for r in now) != history.log:
            return False  # compacted meanwhile (by this process or a `meetingkit add`): read it again later
        doc = history.doc
        for (data,) in self._conn.execute(
            "SELECT data FROM replica_update WHERE seq > ? ORDER BY seq", (last,)
        ):
            doc.apply_update(data)
        self._doc, self._writes, self._logged = doc, None, None
        return True

    def doc(self) -> Doc[Any]:
        """The whole document; local writes made before it was loaded move into it."""
        if self._doc is None:
            doc = load_doc(self._conn, client_id=self.client_id)
            if self._writes is not None and self._local_since is not None:
                # Writes of the open transaction are not in the log yet: carry them over, and measure
                # this transaction's update from the whole document from now on.
                pending = self._writes.get_update(self._local_since)
                self._local_since = doc.get_state()
                doc.apply_update(pending)
            self._doc, self._writes = doc, None
        return self._doc

    def _writable(self) -> Doc[Any] | NewKeys:
        """Where local writes go now: the whole document if loaded, else this replica's own writes."""
        if self._doc is not None:
            return self._doc
        if self._writes is None:
            self._writes = NewKeys(self.client_id)
        return self._writes

    @contextmanager
    def _writing(self) -> Iterator[Callable[[str, str, Iterable[tuple[str, str]]], None]]:
        """`put(entry_id, body, texts)`: writes one entry and its new texts (key, words) where local writes
        go now; the writes made in the block are one Yjs transaction."""
        target = self._writable()
        if isinstance(target, NewKeys):

            def put_own(entry_id: str, body: str, texts: Iterable[tuple[str, str]]) -> None:
                if self._doc is None:
                    target.put(entry_id, body, texts)
                    return
                # The whole document was loaded meanwhile: the writes moved there, and go there from now on.
                with self._writing() as put:
                    put(entry_id, body, texts)

            yield put_own
            return
        # The root maps looked up once per document (not free), and written through the shared types' own
        # inserts in one transaction: pycrdt's `map[key] = value` opens two nested ones and wraps each value
        # in Python, half the cost of an entry.
        if self._target_maps is None or self._target_maps[0] is not target:
            self._target_maps = (target, target["entries"], target["texts"])
        _doc, entries_map, text_map = self._target_maps
        with target.transaction() as transaction:
            txn = transaction._txn

            def put(entry_id: str, body: str, texts: Iterable[tuple[str, str]]) -> None:
                for key, words in texts:
                    text_map.integrated.insert_text_prelim(txn, key).insert(txn, 0, words)
                entries_map.integrated.insert(txn, entry_id, body)

            yield put

    def forget(self) -> None:
        """Drop the in-memory documents (after a rollback): the next use reloads what is committed."""
        self._doc = None
        self._new_writes()
        self._clock = None
        self._local_since = None
        self._logged = None

    def _new_writes(self) -> None:
        """Local writes go to a new document of this replica's own writes from now on. Its clock restarts
        at 0 and would reuse ids this replica already committed: it writes as a new replica instead, as
        after reopening the file."""
        self._writes = None
        self.replica_id = _new_replica_id()

    def _entries_map(self) -> Map[str]:
        entries: Map[str] = self.doc()["entries"]
        return entries

    def _texts(self) -> Map[Text]:
        texts: Map[Text] = self.doc()["texts"]
        return texts

    def state(self) -> bytes:
        return bytes(self.doc().get_state())

    @property
    def clock(self) -> hlc.Clock:
        if self._clock is None:
            self._clock = hlc.Clock(newest_stamp(self._conn), self._wall)
        return self._clock

    def fields(self, table: str) -> list[str]:
        if table not in self._fields:
            self._fields[table] = replicated_fields(self._conn, table)
        return self._fields[table]

    # ------------------------------------------------------------------ reading registers

    def entries_of(self, conn: sqlite3.Connection, record: str) -> list[Entry]:
        return [
            Entry.from_json(r[0], r[1])
            for r in conn.execute("SELECT id, body FROM reg_entry WHERE record = ?", (record,))
        ]

    def entries_by_record(self, conn: sqlite3.Connection, records: Iterable[str]) -> dict[str, list[Entry]]:
        """The entries of many records in one query (a merge touches hundreds: one query each added up)."""
        found: dict[str, list[Entry]] = defaultdict(list)
        for entry_id, record, body in conn.execute(
            "SELECT id, record, body FROM reg_entry WHERE record IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(set(records))),),
        ):
            found[record].append(Entry.from_json(entry_id, body))
        return found

    def text_of(self, value: Any) -> Any:
        """A text field's value as the user sees it: a Y.Text's content, or the plain string of an old file."""
        if isinstance(value, dict) and "y" in value:
            texts = self._texts()
            key = str(value["y"])
            return str(texts[key]) if key in texts else ""
        return value

    def _resolver(self, table: str) -> Callable[[str, Any], Any]:
        texts = set(TEXTS.get(table, ()))

        def resolve(name: str, value: Any) -> Any:
            if table == "attachment" and name == consent.FIELD:
                return consent.register_value(value)
            return self.text_of(value) if name in texts else value

        return resolve

    def conflicts_of(self, conn: sqlite3.Connection, record: str) -> list[Conflict]:
        from meetingkit.store.register_conflicts import conflicts  # not at import: a capture never needs it

        entries = self.entries_of(conn, record)
        if not entries:
            return []
        return conflicts(entries, self._resolver(entries[0].table)) + self._orphans(conn, entries)

    def all_conflicts(self, conn: sqlite3.Connection) -> list[Conflict]:
        from meetingkit.store.register_conflicts import conflicts

        by_record: dict[str, list[Entry]] = defaultdict(list)
        # A record written once has no conflict: only records with several entries are read.
        for entry_id, body in conn.execute(
            "SELECT id, body FROM reg_entry WHERE record IN"
            " (SELECT record FROM reg_entry GROUP BY record HAVING count(*) > 1) ORDER BY record"
        ):
            entry = Entry.from_json(entry_id, body)
            by_record[entry.record].append(entry)
        found: list[Conflict] = []
        for entries in by_record.values():
            found += conflicts(entries, self._resolver(entries[0].table)) + self._orphans(conn, entries)
        return sorted(found, key=lambda c: (c.table, c.record, c.field))

    def _orphans(self, conn: sqlite3.Connection, entries: Sequence[Entry]) -> list[Conflict]:
        """A session deleted on one laptop while notes were added to it on another: those notes are live."""
        from meetingkit.store.register_conflicts import Candidate, Conflict, conflict_id

        if entries[0].table != "session":
            return []
        shown = heads(entries, DELETED)
        if not shown or shown[0].values[DELETED] is None:
            return []
        delete = shown[0]
        known = set(delete.children)
        added = [
            str(r[0])
            for r in conn.execute(
                "SELECT id FROM item WHERE session_id = ? AND deleted_at IS NULL ORDER BY id",
                (delete.record,),
            )
            if r[0] not in known
        ]
        if not added:
            return []
        newest = max(
            (e for note in added for e in self.entries_of(conn, note)), key=lambda e: (e.stamp, e.id)
        )
        return [
            Conflict(
                conflict_id(delete.record, "notes", [delete.id, *added]),
                delete.record,
                "session",
                "notes",
                (
                    Candidate("deleted", delete.author, delete.stamp, delete.id),
                    Candidate(
                        f"{len(added)} note{'s' if len(added) != 1 else ''} added",
                        newest.author,
                        newest.stamp,
                        newest.id,
                    ),
                ),
            )
        ]

    # ------------------------------------------------------------------ local edits

    def flush(self, conn: sqlite3.Connection) -> None:
        """Turn the rows this transaction changed into register entries and Yjs updates (same transaction).

        A page of records at a time (rows and earlier entries read in one query each, entries written and
        mirrored, then forgotten): an import of a congress changes 100,000 records and holds a page of them.
        """
        changed = conn.execute("SELECT tbl, record FROM replica_change ORDER BY tbl, record").fetchall()
        if not changed:
            self._save_local_update(conn)
            return
        conn.execute("DELETE FROM replica_change")
        if _edits_texts(conn, changed):
            self.doc()  # an existing text is edited in place: that needs the whole document
        self._begin_local_change()
        by_table: dict[str, list[str]] = defaultdict(list)
        for table, record in changed:
            if table in TABLES:
                by_table[table].append(record)
        # Positions first (an entry carries its record's new key with its values): the groups the
        # changed records sit in now, each repaired once.
        groups: set[tuple[str, Any]] = set()
        for table, ids in by_table.items():
            if table in ORDERED:
                parent = ORDERED[table] or "NULL"
                groups.update(
                    (table, r[0])
                    for r in conn.execute(
                        f"SELECT DISTINCT {parent} FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
                        (json.dumps(ids),),
                    )
                )
        moves = {
            (table, record): key
            for (table, _parent), moved in self._reposition(conn, groups, by_table).items()
            for record, key in moved.items()
        }
        held = 0  # entries in the document of this replica's own writes

        def written(count: int) -> None:
            nonlocal held
            held += count
            if held >= WRITES_HELD and self._doc is None:
                # Logged as an update of its own and dropped, so an import's memory is bounded by this count.
                self._save_local_update(conn)
                self._new_writes()
                held = 0
                self._begin_local_change()

        def write_new(table: str, fresh: list[tuple[str, str]]) -> None:
            """The first entries of new live records (`fresh`: id, position key or ""), made by SQLite from
            their rows: each record's every field, as `_diff` and `_new_entry` make them (an import into a
            new file writes 100,000, and Python's work per entry was most of its time beyond its floor)."""
            texts = TEXTS.get(table, ())
            made = [
                (record, f"{(stamp := self.clock.tick())}@{self.replica_id}", stamp, key)
                for record, key in fresh
            ]
            # Each record's plan (id, entry id, stamp, position key) as a JSON list; json_extract, not ->>:
            # the operator needs SQLite 3.38, newer than some Pythons still bundle.
            plan = {"plan": json.dumps(made), "author": self._author()}
            of_record, of_entry, of_stamp, of_key = (f"json_extract(p.value, '$[{i}]')" for i in range(4))
            joined = f"FROM json_each(:plan) p JOIN {table} t ON t.id = {of_record}"
            values = ", ".join(
                f"'{name}', "
                + (
                    of_key
                    if name == POSITION
                    else "NULL"
                    if name == DELETED
                    else f"json_object('y', {of_entry} || '/{name}')"
                    if name in texts
                    else f"t.{name}"
                )
                for name in sorted(self.fields(table))  # the canonical order: Entry.to_json sorts keys
            )
            conn.execute(
                f"INSERT OR IGNORE INTO reg_entry(id, record, body) SELECT {of_entry}, t.id,"
                f" json_object('a', :author, 'c', 1, 'h', {of_stamp}, 'r', t.id, 't', '{table}',"
                f" 'v', json_object({values})) {joined}",
                plan,
            )
            for name in texts:
                conn.execute(
                    "INSERT OR IGNORE INTO reg_text(key, record, field)"
                    f" SELECT {of_entry} || '/{name}', {of_record}, '{name}' FROM json_each(:plan) p",
                    plan,
                )
            if table in ORDERED:
                conn.execute(
                    f"INSERT INTO reg_pos(record, pos) SELECT {of_record}, {of_key} FROM json_each(:plan) p"
                    " WHERE true ON CONFLICT(record) DO UPDATE SET pos = excluded.pos",
                    plan,
                )
            with self._writing() as put:
                for entry_id, body, *contents in conn.execute(
                    f"SELECT e.id, e.body{''.join(f', t.{name}' for name in texts)} {joined}"
                    f" JOIN reg_entry e ON e.id = {of_entry}",
                    plan,
                ):
                    put(
                        entry_id,
                        body,
                        [
                            (f"{entry_id}/{name}", content)
                            for name, content in zip(texts, contents, strict=True)
                        ],
                    )
            written(len(made))

        # New live records first, set-based a page at a time when there are many (an import); the rest, and
        # a capture's one note, are compared with their registers below.
        for table, ids in by_table.items():
            if len(ids) < BULK_NEW:
                continue
            ordered = table in ORDERED
            live = " AND t.deleted_at IS NULL" if DELETED in self.fields(table) else ""
            rest: list[str] = []
            for start in range(0, len(ids), MIRROR_PAGE):
                chunk = ids[start : start + MIRROR_PAGE]
                fresh = [
                    (record, moves.get((table, record), ""))
                    for (record,) in conn.execute(
                        f"SELECT t.id FROM {table} t WHERE t.id IN (SELECT value FROM json_each(?)){live}"
                        " AND NOT EXISTS (SELECT 1 FROM reg_entry e WHERE e.record = t.id) ORDER BY t.id",
                        (json.dumps(chunk),),
                    )
                ]
                if ordered:
                    fresh = [(record, key) for record, key in fresh if key]
                if len(fresh) < BULK_NEW:
                    rest += chunk
                    continue
                self._begin_local_change()
                write_new(table, fresh)
                done = {record for record, _key in fresh}
                for record in done:
                    moves.pop((table, record), None)
                rest += [record for record in chunk if record not in done]
            by_table[table] = rest

        def writes() -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any], list[Entry] | None]]:
            for table, ids in by_table.items():
                for start in range(0, len(ids), MIRROR_PAGE):
                    chunk = ids[start : start + MIRROR_PAGE]
                    read = self.entries_by_record(conn, chunk)
                    for row in conn.execute(
                        f"SELECT * FROM {table} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
                        (json.dumps(chunk),),
                    ):
                        record = row["id"]
                        entries = read.get(record, [])
                        values, extra = self._diff(conn, table, row, entries)
                        key = moves.pop((table, record), None)
                        if key is not None:
                            values[POSITION] = key
                        if values:
                            yield table, record, values, extra, entries
            # Records only moved by their siblings' repositioning.
            read = self.entries_by_record(conn, (record for _table, record in moves)) if moves else {}
            for (table, record), key in moves.items():
                yield table, record, {POSITION: key}, {}, read.get(record)

        pending = writes()
        page: list[tuple[Entry, str]] = []
        while True:
            with self._writing() as put:
                for table, record, values, extra, entries in itertools.islice(pending, MIRROR_PAGE):
                    entry, body, made = self._new_entry(table, record, values, extra, entries)
                    put(entry.id, body, made)
                    page.append((entry, body))
            if not page:
                break
            count = len(page)
            self._mirror_page(conn, page)
            written(count)
        self._save_local_update(conn)
        conn.execute("DELETE FROM replica_change")  # rows the flush itself touched (positions)

    def _begin_local_change(self) -> None:
        if self._local_since is None:
            self._local_since = self._writable().get_state()

    def _save_local_update(self, conn: sqlite3.Connection) -> None:
        """Store what this transaction wrote into the document as one update (before COMMIT)."""
        if self._local_since is None:
            return
        since, self._local_since = self._local_since, None
        update = self._writable().get_update(since)
        if bytes(update) == EMPTY_UPDATE:
            return  # the rows were touched but nothing changed (a deletion alone is not empty)
        self._log(conn, bytes(update))

    def _log(self, conn: sqlite3.Connection, update: bytes) -> None:
        """Append an update to the file's log; a long log is folded into one update (loads faster)."""
        conn.execute("INSERT INTO replica_update(data) VALUES (?)", (update,))
        if self._logged is None:
            self._logged = int(conn.execute("SELECT count(*) FROM replica_update").fetchone()[0])
        else:
            self._logged += 1
        if self._logged > COMPACT_AFTER:
            compact(conn, self.doc())
            self._logged = 1

    def _diff(
        self, conn: sqlite3.Connection, table: str, row: sqlite3.Row, entries: Sequence[Entry]
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The fields of `row` that differ from its registers (`entries`: the record's), and a deletion's extras."""
        texts = TEXTS.get(table, ())
        fields = self.fields(table)
        if not entries and (DELETED not in fields or row["deleted_at"] is None):
            # A new live record: every field, nothing to compare (an import makes 100,000 of them).
            created: dict[str, Any] = {n: row[n] for n in fields if n != POSITION and n != DELETED}
            for name in texts:
                if name in created:
                    created[name] = {"text": str(created[name])}
            if DELETED in fields:
                created[DELETED] = None
            return created, {}
        current = current_values(entries)
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for name in fields:
            if name == POSITION:
                continue
            if name == DELETED:
                new: Any = True if row["deleted_at"] is not None else None
            else:
                new = row[name]
            if name in texts:
                old = current.get(name)
                if isinstance(old, dict) and "y" in old and old["y"] in self._texts():
                    container: Text = self._texts()[old["y"]]
                    if str(container) != new:
                        apply_text_diff(container, str(container), str(new))
                    if len(heads(entries, name)) > 1:
                        values[name] = old  # editing a text in conflict settles it on this one
                    continue
                if name in current and old == new:
                    continue  # still the plain text of a file from before replication
                values[name] = {"text": str(new)}  # a container is made when the entry is written
                continue
            if name not in current or canonical(current[name]) != canonical(new):
                values[name] = new
        if values.get(DELETED) is True:
            extra["seen"] = [e.id for e in entries]
            if table == "session":
                extra["children"] = [
                    r[0]
                    for r in conn.execute(
                        "SELECT id FROM item WHERE session_id = ? AND deleted_at IS NULL", (row["id"],)
                    )
                ]
        return values, extra

    def _reposition(
        self,
        conn: sqlite3.Connection,
        groups: Collection[tuple[str, Any]],
        changed: Mapping[str, Sequence[str]],
    ) -> dict[tuple[str, Any], dict[str, str]]:
        """New position keys per group (`changed`: the records this transaction changed, by table)."""
        moves: dict[tuple[str, Any], dict[str, str]] = {}
        per_table = Counter(table for table, _parent in groups)
        for table, parent in groups:
            changes = None
            if table in TAIL_INDEXED and per_table[table] == 1:
                # Every changed record of the table is in this group: if they were all added at its end (a
                # note captured), the group's last rows are enough.
                changes = appended(_tail(conn, table, parent, len(changed[table]) + 2), changed[table])
                if changes is None and all(_in_order(conn, table, record) for record in changed[table]):
                    changes = {}  # edited where they stand (a note's text, a tag): no key changes
            if changes is None:
                siblings = _siblings(conn, table, parent)
                wanted = [
                    r[0] for r in sorted(siblings, key=lambda r: (r[1], r[2] is None, r[2] or "", r[0]))
                ]
                changes = repair(wanted, {r[0]: r[2] for r in siblings if r[2] is not None})
            if changes:
                moves[(table, parent)] = changes
        return moves

    def _write_entry(
        self,
        conn: sqlite3.Connection,
        table: str,
        record: str,
        values: dict[str, Any],
        extra: dict[str, Any],
        entries: list[Entry] | None = None,
    ) -> Entry:
        """Write one entry superseding the heads of `values`' fields (`entries`: the record's, if already read)."""
        if entries is None:
            entries = self.entries_of(conn, record)
        entry, body, made = self._new_entry(table, record, values, extra, entries)
        with self._writing() as put:
            put(entry.id, body, made)
        self._mirror(conn, [entry], known={record: [*entries, entry]}, bodies=[body])
        return entry

    def _new_entry(
        self,
        table: str,
        record: str,
        values: dict[str, Any],
        extra: dict[str, Any],
        entries: Sequence[Entry] | None,
    ) -> tuple[Entry, str, list[tuple[str, str]]]:
        """One new entry, its JSON and its new texts (key, words): the caller writes them (`_writing`) and
        mirrors the entry into the tables."""
        entries = entries or ()
        self._begin_local_change()
        stamp = self.clock.tick()
        entry_id = f"{stamp}@{self.replica_id}"
        made: list[tuple[str, str]] = []  # the new texts: key, content
        for name in TEXTS.get(table, ()):
            value = values.get(name)
            if isinstance(value, dict) and "text" in value:
                key = f"{entry_id}/{name}"
                made.append((key, value["text"]))
                values[name] = {"y": key}
        entry = Entry(
            id=entry_id,
            record=record,
            table=table,
            stamp=stamp,
            author=self._author(),
            values=values,
            # A new record's fields supersede nothing (and a congress import creates 100,000 of them).
            supersedes={name: [h.id for h in heads(entries, name)] for name in values} if entries else {},
            seen=tuple(extra.get("seen", ())),
            children=tuple(extra.get("children", ())),
            created=not entries,
        )
        return entry, entry.to_json(), made

    def _mirror_page(self, conn: sqlite3.Connection, page: list[tuple[Entry, str]]) -> None:
        """Mirror entries written by this flush (each record's only one), then forget them: an import of a
        congress writes 100,000 and holds a page at a time."""
        if not page:
            return
        entries = [entry for entry, _body in page]
        # A record's earlier entries are only needed for its position: read those few in one query (a new
        # record's entry is its only one).
        moved = {e.record: e for e in entries if POSITION in e.values and not e.created}
        known = {e.record: [e] for e in entries if e.created}
        for record, earlier in self.entries_by_record(conn, moved).items() if moved else ():
            known[record] = [*earlier, moved[record]]
        self._mirror(conn, entries, known=known, bodies=[body for _entry, body in page])
        page.clear()

    def _mirror(
        self,
        conn: sqlite3.Connection,
        entries: Sequence[Entry],
        *,
        known: dict[str, list[Entry]] | None = None,
        bodies: Sequence[str] | None = None,
    ) -> None:
        """Copy entries into reg_entry/reg_text/reg_pos; `known`: records whose every entry the caller holds,
        `bodies`: the entries' JSON when already made."""
        if bodies is None:
            bodies = [entry.to_json() for entry in entries]
        conn.executemany(
            "INSERT OR IGNORE INTO reg_entry(id, record, body) VALUES (?,?,?)",
            [(entry.id, entry.record, body) for entry, body in zip(entries, bodies, strict=True)],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO reg_text(key, record, field) VALUES (?,?,?)",
            [
                (value["y"], entry.record, name)
                for entry in entries
                for name in TEXTS.get(entry.table, ())
                if isinstance(value := entry.values.get(name), dict) and "y" in value
            ],
        )
        moved = {entry.record for entry in entries if POSITION in entry.values}
        if not moved:
            return
        positions = []
        known = known or {}
        by_record = {r: known[r] for r in moved if r in known}
        by_record.update(
            self.entries_by_record(conn, moved - set(by_record)) if moved - set(by_record) else {}
        )
        for record, record_entries in by_record.items():
            if len(record_entries) == 1:  # a new record (an import makes 100,000): its own key is the head
                positions.append((record, record_entries[0].values[POSITION]))
                continue
            shown = heads(record_entries, POSITION)
            if shown:
                positions.append((record, shown[0].values[POSITION]))
        conn.executemany(
            "INSERT INTO reg_pos(record, pos) VALUES (?,?) ON CONFLICT(record) DO UPDATE SET pos = excluded.pos",
            positions,
        )

    def write(
        self,
        conn: sqlite3.Connection,
        table: str,
        record: str,
        values: dict[str, Any],
        *,
        seen: Sequence[str] = (),
        children: Sequence[str] = (),
    ) -> Entry:
        """An explicit register write (a resolution): supersedes every head of the fields it writes."""
        return self._write_entry(
            conn, table, record, dict(values), {"seen": list(seen), "children": list(children)}
        )

    # ------------------------------------------------------------------ incoming updates

    def apply(self, conn: sqlite3.Connection, update: bytes) -> Applied:
        """Apply another replica's update: mirror its entries, then project what it touched. Same transaction."""
        doc = self.doc()
        new_keys: list[str] = []
        texts_changed: set[str] = set()

        def on_entries(event: Any) -> None:
            new_keys.extend(str(k) for k in event.keys)

        def on_texts(events: Any) -> None:
            for event in events:
                path = list(getattr(event, "path", []) or [])
                if path:
                    texts_changed.add(str(path[0]))

        entries_map, texts = self._entries_map(), self._texts()
        sub_entries = entries_map.observe(on_entries)
        sub_texts = texts.observe_deep(on_texts)
        try:
            doc.apply_update(update)
        finally:
            entries_map.unobserve(sub_entries)
            texts.unobserve(sub_texts)
        applied = Applied()
        known = {
            r[0]
            for r in conn.execute(
                "SELECT id FROM reg_entry WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(new_keys),),
            )
        }
        for key in new_keys:
            if key in known or key not in entries_map:
                continue
            entry = Entry.from_json(key, entries_map[key])
            applied.entries.append(entry)
            applied.records.add((entry.table, entry.record))
            self.clock.witness(entry.stamp)
        self._mirror(conn, applied.entries)
        applied.records |= self._records_of_texts(conn, texts_changed)
        if applied.entries or texts_changed:
            self._log(conn, update)
        moved = {e.record for e in applied.entries if POSITION in e.values}
        applied.added, applied.changed = self.project(conn, applied.records, moved=moved)
        return applied

    def _records_of_texts(self, conn: sqlite3.Connection, keys: Iterable[str]) -> set[tuple[str, str]]:
        """(table, record) of the records whose Y.Texts these are, in one query."""
        found: set[tuple[str, str]] = set()
        for record, body in conn.execute(
            "SELECT t.record, (SELECT e.body FROM reg_entry e WHERE e.record = t.record LIMIT 1)"
            " FROM reg_text t WHERE t.key IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(keys)),),
        ):
            if body is not None:
                found.add((str(json.loads(body)["t"]), str(record)))
        return found

    def project(
        self,
        conn: sqlite3.Connection,
        records: Iterable[tuple[str, str]],
        *,
        moved: Collection[str] | None = None,
    ) -> tuple[int, int]:
        """Write the registers' values of `records` into their rows, order their siblings, re-index them.

        Set-based: each table's rows and all the records' entries are read in one query each, rows are
        written with one statement per table, and only the records whose row changed are re-indexed.
        `moved`: the records given a new position key (None: any of them may have been). Returns how many records were new and how many fields of existing records changed.
        """
        added = changed = 0
        by_table: dict[str, list[str]] = defaultdict(list)
        for table, record in records:
            by_table[table].append(record)
        entries = self.entries_by_record(conn, (record for ids in by_table.values() for record in ids))
        groups: dict[tuple[str, Any], set[str]] = defaultdict(set)  # group -> its records that moved
        to_index: list[tuple[str, str]] = []
        for table in TABLES:
            ids = sorted(set(by_table.get(table, ())))
            if not ids:
                continue
            present = columns(conn, table)
            old_rows = {
                r["id"]: r
                for r in conn.execute(
                    f"SELECT * FROM {table} WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)
                )
            }
            written: list[dict[str, Any]] = []
            for record in ids:
                old = old_rows.get(record)
                row = self._row(table, record, entries.get(record, []), present, old)
                if row is None:
                    continue
                differs = [n for n in row if n not in LOCAL and (old is None or old[n] != row[n])]
                if old is None:
                    added += 1
                else:
                    changed += len(differs)
                if differs:
                    to_index.append((table, record))
                written.append(row)
                if table in ORDERED:
                    parent = ORDERED[table]
                    # A group is numbered again only when a record joins, leaves or moves in it.
                    if (
                        old is None
                        or (moved is None or record in moved)
                        or {parent, "deleted_at"} & set(differs)
                    ):
                        groups[(table, row[parent] if parent else None)].add(record)
                        if old is not None and parent:
                            groups[(table, old[parent])].add(record)
            if written:
                names = list(written[0])
                conn.executemany(
                    f"INSERT INTO {table}({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
                    f" ON CONFLICT(id) DO UPDATE SET {', '.join(f'{n} = excluded.{n}' for n in names if n != 'id')}",
                    [[row[n] for n in names] for row in written],
                )
        for (table, parent), moved_here in groups.items():
            _rank(conn, table, parent, moved_here)
        conn.execute("DELETE FROM replica_change")  # projecting is not a local edit
        for table, record in to_index:
            self._reindex(conn, table, record)
        return added, changed

    def _row(
        self,
        table: str,
        record: str,
        entries: Sequence[Entry],
        present: Sequence[str],
        old: sqlite3.Row | None,
    ) -> dict[str, Any] | None:
        """The row `entries` make of `record` (`present`: the table's columns; `old`: its row now, if any)."""
        if not entries:
            return None
        values = current_values(entries)
        resolve = self._resolver(table)
        row: dict[str, Any] = {"id": record}
        for name in present:
            if name in LOCAL:
                continue
            if name not in values:
                return None  # its creation has not arrived yet: project it when it does
            row[name] = resolve(name, values[name])
        newest = max(entries, key=lambda e: (e.stamp, e.id))
        deleted = heads(entries, DELETED)
        if "deleted_at" not in row:
            pass  # a table without deletion (the assistant's drafts)
        elif not deleted or not deleted[0].values[DELETED]:
            row["deleted_at"] = None
        elif row["deleted_at"] is None:
            row["deleted_at"] = hlc.to_iso(deleted[0].stamp)
        if "updated_at" in present:
            row["updated_at"] = (
                hlc.to_iso(newest.stamp) if newest.stamp != hlc.ZERO else row.get("created_at")
            )
        row["author"] = newest.author
        if table in ORDERED:
            row["ord"] = old["ord"] if old is not None else 1 << 30
        return row


# ---------------------------------------------------------------------- loading, and files without a replica


def _tail(conn: sqlite3.Connection, table: str, parent: Any, count: int) -> list[tuple[str, int, str | None]]:
    """The last `count` live records of one ordered group by order, last first: (id, ord, key or None)."""
    return [
        (str(r[0]), int(r[1]), r[2])
        for r in conn.execute(
            f"SELECT t.id, t.ord, p.pos FROM {table} t LEFT JOIN reg_pos p ON p.record = t.id"
            f" WHERE t.{ORDERED[table]} IS ? AND t.deleted_at IS NULL ORDER BY t.ord DESC LIMIT ?",
            (parent, count),
        )
    ]


def _in_order(conn: sqlite3.Connection, table: str, record: str) -> bool:
    """positions.in_order for one changed record of an indexed group, from its row and its neighbours' (a
    record no longer live has none: the records around where it stood were in order around it)."""
    column = ORDERED[table]
    row = conn.execute(
        f"SELECT t.{column}, t.ord, p.pos, t.deleted_at FROM {table} t LEFT JOIN reg_pos p ON p.record = t.id"
        " WHERE t.id = ?",
        (record,),
    ).fetchone()
    if row is None or row[3] is not None:
        return True
    parent, order, key = row[0], row[1], row[2]
    live = f"FROM {table} t WHERE t.{column} IS ? AND t.deleted_at IS NULL"
    tied = conn.execute(
        f"SELECT 1 {live} AND t.ord = ? AND t.id != ? LIMIT 1", (parent, order, record)
    ).fetchone()

    def keys_at(nearest: str, compare: str) -> list[str | None]:
        return [
            r[0]
            for r in conn.execute(
                f"SELECT p.pos FROM {table} t LEFT JOIN reg_pos p ON p.record = t.id WHERE t.{column} IS ?"
                f" AND t.deleted_at IS NULL AND t.ord = (SELECT {nearest}(t.ord) {live} AND t.ord {compare} ?)",
                (parent, parent, order),
            )
        ]

    return in_order(key, tied is not None, keys_at("max", "<"), keys_at("min", ">"))


def _siblings(conn: sqlite3.Connection, table: str, parent: Any) -> list[sqlite3.Row]:
    """The live records of one ordered group: (id, ord, position key or None)."""
    column = ORDERED[table]
    where = f"{column} IS ?" if column else "1"
    return conn.execute(
        f"SELECT t.id, t.ord, p.pos FROM {table} t LEFT JOIN reg_pos p ON p.record = t.id"
        f" WHERE {where} AND t.deleted_at IS NULL",
        (parent,) if column else (),
    ).fetchall()


def _rank(conn: sqlite3.Connection, table: str, parent: Any, moved: Collection[str]) -> None:
    """Number one ordered group's live records 0, 1, 2… by position key (then id); `moved`: the records
    that joined or moved in it.

    When the others are numbered 0…n-1 already and every moved record sorts after them (notes added at
    the end of a session, the usual merge), only the moved records are numbered, after them; otherwise
    the whole group is numbered again in one statement. Either way only the rows whose number changes
    are written.
    """
    column = ORDERED[table]
    where = f"t.{column} IS ?" if column else "1"
    group = (parent,) if column else ()
    ids = json.dumps(sorted(moved))
    others = f"FROM {table} t WHERE {where} AND t.deleted_at IS NULL AND t.id NOT IN (SELECT value FROM json_each(?))"
    count, lowest, highest, distinct = conn.execute(
        f"SELECT count(*), min(t.ord), max(t.ord), count(DISTINCT t.ord) {others}", (*group, ids)
    ).fetchone()
    last = conn.execute(
        f"SELECT coalesce((SELECT pos FROM reg_pos WHERE record = t.id), ''), t.id {others}"
        " ORDER BY t.ord DESC LIMIT 1",
        (*group, ids),
    ).fetchone()
    joining = conn.execute(
        f"SELECT coalesce(p.pos, ''), t.id FROM {table} t LEFT JOIN reg_pos p ON p.record = t.id"
        f" WHERE t.id IN (SELECT value FROM json_each(?)) AND {where} AND t.deleted_at IS NULL"
        " ORDER BY 1, 2",
        (ids, *group),
    ).fetchall()
    in_order = count == 0 or (lowest == 0 and highest == count - 1 and distinct == count)
    if in_order and (last is None or all(tuple(last) < tuple(key) for key in joining)):
        conn.executemany(
            f"UPDATE {table} SET ord = ? WHERE id = ? AND ord != ?",
            [(count + n, key[1], count + n) for n, key in enumerate(joining)],
        )
        return
    conn.execute(
        f"UPDATE {table} SET ord = ranked.rank FROM ("
        f" SELECT t.id, row_number() OVER (ORDER BY coalesce(p.pos, ''), t.id) - 1 AS rank"
        f" FROM {table} t LEFT JOIN reg_pos p ON p.record = t.id WHERE {where} AND t.deleted_at IS NULL"
        f") AS ranked WHERE {table}.id = ranked.id AND {table}.ord != ranked.rank",
        group,
    )


_DAMAGED_LOG = "The event file is damaged: its replicated changes do not read. Restore a backup (meetingkit restore FILE --list)."


def new_doc(*, client_id: int | None = None) -> Doc[Any]:
    """An empty document with the event's two root maps (None: a random client id)."""
    from pycrdt import Doc, Map

    doc: Doc[Any] = Doc(client_id=client_id)
    doc["entries"] = Map()
    doc["texts"] = Map()
    return doc


def doc_of(updates: Iterable[bytes], *, client_id: int) -> Doc[Any]:
    """A document made of a file's logged updates; one that does not decode is the damaged-log sentence."""
    doc = new_doc(client_id=client_id)
    try:
        for data in updates:
            doc.apply_update(data)
    except (ValueError, TypeError):
        raise DamagedFileError(_DAMAGED_LOG) from None
    return doc


def load_doc(conn: sqlite3.Connection, *, client_id: int) -> Doc[Any]:
    """This file's document from its update log."""
    return doc_of(
        (data for (data,) in conn.execute("SELECT data FROM replica_update ORDER BY seq")),
        client_id=client_id,
    )


def history_decodes(conn: sqlite3.Connection) -> bool:
    """Whether every update of the log decodes (read through, not built into a document: a third of the cost).

    Each update is read through SQLite's blob handle: a query would hold a compacted log's tens of MB twice
    (SQLite's copy and Python's) while it is decoded.
    """
    from pycrdt import get_state

    try:
        for (seq,) in conn.execute("SELECT seq FROM replica_update ORDER BY seq").fetchall():
            with conn.blobopen("replica_update", "data", seq, readonly=True) as update:
                data = update.read()
            get_state(data)
            del data  # before the next update is read
    except (ValueError, TypeError):
        return False
    return True


def newest_stamp(conn: sqlite3.Connection) -> str:
    """The newest stamp of the file's entries (entry ids start with their stamp)."""
    for (entry_id,) in conn.execute("SELECT max(id) FROM reg_entry"):
        if entry_id:
            return str(entry_id).split("@", 1)[0]
    return hlc.ZERO


def _edits_texts(conn: sqlite3.Connection, changed: Sequence[sqlite3.Row]) -> bool:
    """Whether a changed record already has a long text (its Y.Text is edited, not a new one made)."""
    with_texts = [record for table, record in changed if table in TEXTS]
    if not with_texts:
        return False
    found = conn.execute(
        "SELECT 1 FROM reg_entry WHERE record IN (SELECT value FROM json_each(?)) LIMIT 1",
        (json.dumps(with_texts),),
    ).fetchone()
    return found is not None


def compact(conn: sqlite3.Connection, doc: Doc[Any]) -> None:
    """Replace a long update log by one update of the whole document (same content, faster to load)."""
    conn.execute("DELETE FROM replica_update")
    conn.execute("INSERT INTO replica_update(data) VALUES (?)", (bytes(doc.get_update()),))


def base_entries(conn: sqlite3.Connection) -> list[Entry]:
    """Entries for the rows of a file that had no replica yet, the same on every copy of the same rows.

    Ids, stamps and position keys derive from the rows alone, so two rapporteurs who upgraded copies of one
    file share this base and see no false conflict; copies that differed get different entries for the
    records that differed, and those show as conflicts instead of one silently winning.
    """
    found: list[Entry] = []
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    for table in TABLES:
        if table not in present:
            continue  # a file older than that table: upgrading it would add the table empty
        names = replicated_fields(conn, table)
        positions: dict[str, str] = {}
        if table in ORDERED:
            parent = ORDERED[table]
            group_rows = conn.execute(
                f"SELECT id, {parent or 'NULL'} AS grp, ord FROM {table} ORDER BY grp, ord, id"
            ).fetchall()
            by_group: dict[Any, list[str]] = defaultdict(list)
            for r in group_rows:
                by_group[r[1]].append(r[0])
            for ids in by_group.values():
                positions.update(zip(ids, initial(len(ids)), strict=True))
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY id"):
            values: dict[str, Any] = {}
            for name in names:
                if name == DELETED:
                    values[name] = True if row["deleted_at"] is not None else None
                elif name == POSITION:
                    values[name] = positions[row["id"]]
                else:
                    values[name] = row[name]
            children: list[str] = []
            if table == "session" and values[DELETED]:
                children = [
                    r[0]
                    for r in conn.execute(
                        "SELECT id FROM item WHERE session_id = ? AND deleted_at IS NULL ORDER BY id",
                        (row["id"],),
                    )
                ]
            # Imported per row, not at import: every open derives the schema it expects by running the
            # migrations on an empty database (trust.py), and OpenSSL's hashes take ~3 ms to load.
            import hashlib

            digest = hashlib.sha256(canonical([table, row["id"], values, children]).encode()).hexdigest()[:16]
            found.append(
                Entry(
                    id=f"{hlc.ZERO}@base{digest}",
                    record=row["id"],
                    table=table,
                    stamp=hlc.ZERO,
                    author=str(row["author"] or BASE_AUTHOR),
                    values=values,
                    children=tuple(children),
                    created=True,
                )
            )
    return found


def base_update(entries: Sequence[Entry]) -> bytes:
    """The Yjs update holding `entries`, byte for byte the same for the same entries."""
    import hashlib

    digest = hashlib.sha256("\n".join(e.to_json() for e in entries).encode()).digest()
    doc = new_doc(client_id=int.from_bytes(digest[:6], "big") or 1)
    entries_map: Map[str] = doc["entries"]
    with doc.transaction():
        for entry in entries:
            entries_map[entry.id] = entry.to_json()
    return bytes(doc.get_update())


def install_base(conn: sqlite3.Connection) -> None:
    """Give a file without a replica its base: entries for every row, one update, position keys."""
    entries = base_entries(conn)
    if not entries:
        return
    conn.execute("INSERT INTO replica_update(data) VALUES (?)", (base_update(entries),))
    for entry in entries:
        conn.execute(
            "INSERT OR IGNORE INTO reg_entry(id, record, body) VALUES (?,?,?)",
            (entry.id, entry.record, entry.to_json()),
        )
        if POSITION in entry.values:
            conn.execute(
                "INSERT OR REPLACE INTO reg_pos(record, pos) VALUES (?,?)",
                (entry.record, entry.values[POSITION]),
            )


@contextmanager
def other_document(conn: sqlite3.Connection) -> Iterator[Doc[Any]]:
    """Another file's document, read-only: its update log, or the base its rows would get on upgrade."""
    has_replica = conn.execute(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'replica_update'"
    ).fetchone()
    doc = new_doc()
    if has_replica:
        for (data,) in conn.execute("SELECT data FROM replica_update ORDER BY seq"):
            doc.apply_update(data)
    else:
        doc.apply_update(base_update(base_entries(conn)))
    yield doc
