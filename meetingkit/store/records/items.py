"""Items: the notes captured in a session, with their tags and action or synergy fields."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from meetingkit.core import validation as v
from meetingkit.core.errors import NotFoundError, ValidationError
from meetingkit.core.model import ActionStatus, Horizon, Item, Tag
from meetingkit.core.quickentry import parse
from meetingkit.store import rows
from meetingkit.store.records.sessions import SessionRecords
from meetingkit.store.unset import UNSET, Unset

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from meetingkit.core.model import ActionFields, SynergyFields


class ItemRecords(SessionRecords):
    """Captured notes, in their session's order."""

    def items(self, session_id: str | None = None) -> list[Item]:
        cursor = self._conn.cursor()
        cursor.row_factory = None  # tuples: rows.items_from reads them
        if session_id is None:
            cursor.execute(
                f"SELECT {rows.ITEM_SELECT} FROM item JOIN session s ON s.id = item.session_id"
                " JOIN day d ON d.id = s.day_id"
                " WHERE item.deleted_at IS NULL AND s.deleted_at IS NULL ORDER BY d.idx, s.ord, item.ord"
            )
        else:
            cursor.execute(
                f"SELECT {rows.ITEM_SELECT} FROM item WHERE session_id = ? AND deleted_at IS NULL ORDER BY ord",
                (session_id,),
            )
        with self._decoding("item"):
            return rows.items_from(cursor)

    def newest_items(self, session_id: str, count: int) -> tuple[list[Item], int]:
        """The session's last `count` live notes (oldest first), and how many it holds: one snapshot, so
        another program's write between the two reads cannot make them disagree."""
        with self._read() as conn:
            total = int(
                conn.execute(
                    "SELECT count(*) FROM item WHERE session_id = ? AND deleted_at IS NULL", (session_id,)
                ).fetchone()[0]
            )
            cursor = conn.cursor()
            cursor.row_factory = None  # tuples: rows.items_from reads them
            cursor.execute(
                f"SELECT {rows.ITEM_SELECT} FROM item WHERE session_id = ? AND deleted_at IS NULL"
                " ORDER BY ord DESC LIMIT ?",
                (session_id, max(0, count)),
            )
            with self._decoding("item"):
                newest = rows.items_from(cursor)
        newest.reverse()
        return newest, total

    def items_tagged(self, tag: Tag | str) -> list[Item]:
        """The live notes that carry `tag`, in programme order, decoding only those (the organiser pages show
        actions or synergies: a tenth of a congress's notes, where decoding every note cost seconds)."""
        # Tags are stored as a JSON list, so the quoted name finds every candidate; a LIKE cannot fail on a
        # damaged value as json_each would, and decoding then keeps only the notes that really carry it.
        quoted = '%"' + str(tag).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + '"%'
        cursor = self._conn.cursor()
        cursor.row_factory = None  # tuples: rows.items_from reads them
        cursor.execute(
            f"SELECT {rows.ITEM_SELECT} FROM item JOIN session s ON s.id = item.session_id"
            " JOIN day d ON d.id = s.day_id"
            " WHERE item.deleted_at IS NULL AND s.deleted_at IS NULL AND item.tags LIKE ? ESCAPE '\\'"
            " ORDER BY d.idx, s.ord, item.ord",
            (quoted,),
        )
        with self._decoding("item"):
            decoded = rows.items_from(cursor)
        return [item for item in decoded if item.has(tag)]

    def item(self, item_id: str) -> Item:
        with self._decoding("item"):
            row = self._conn.execute(
                "SELECT * FROM item WHERE id = ? AND deleted_at IS NULL", (item_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(f"No item with id {item_id} in {self.path.name}.")
            return rows.item_from(row)

    def add_entry(self, session_id: str, line: str, *, captured_at: dt.datetime | None = None) -> Item:
        """Capture one quick-entry line (the GUI capture line and `meetingkit add` both come here)."""
        entry = parse(line)
        if not entry.text.strip():
            raise ValidationError("text", "the line has markers but no text; type what was said after them")
        return self.add_item(
            session_id,
            entry.text,
            tags=entry.tags,
            action=entry.action_fields(),
            synergy=entry.synergy_fields(),
            speaker=entry.speaker(),
            captured_at=captured_at,
        )

    def add_item(
        self,
        session_id: str,
        text: str,
        *,
        tags: Sequence[str] = (),
        action: ActionFields | None = None,
        synergy: SynergyFields | None = None,
        speaker: str = "",
        captured_at: dt.datetime | None = None,
        index: int | None = None,
        item_id: str | None = None,
    ) -> Item:
        text = v.long_text("text", text)
        if not text.strip():
            raise ValidationError("text", "an item needs some text")
        values = _item_values(tags, action, synergy, speaker)
        new_id = item_id or rows.new_id()
        with self._write() as conn:
            if (
                conn.execute(
                    "SELECT 1 FROM session WHERE id = ? AND deleted_at IS NULL", (session_id,)
                ).fetchone()
                is None
            ):
                raise NotFoundError(f"No session with id {session_id} in {self.path.name}.")
            last = conn.execute(
                "SELECT COALESCE(MAX(ord), -1) FROM item WHERE session_id = ? AND deleted_at IS NULL",
                (session_id,),
            ).fetchone()[0]
            conn.execute(
                "INSERT INTO item(id, session_id, ord, text, captured_at, tags, owner, due, horizon, status,"
                " focus_area, parties, theme, speaker, created_at, updated_at, author)"
                " VALUES (:id, :session_id, :ord, :text, :captured_at, :tags, :owner, :due, :horizon, :status,"
                " :focus_area, :parties, :theme, :speaker, :created_at, :updated_at, :author)",
                {
                    "id": new_id,
                    "session_id": session_id,
                    "ord": last + 1,
                    "text": text,
                    "captured_at": rows.ts(captured_at) if captured_at else rows.now(),
                    "created_at": rows.now(),
                    "updated_at": rows.now(),
                    "author": self.author,
                    **values,
                },
            )
            if index is not None:
                self._move_item(conn, new_id, session_id, index)
            self._index_item(conn, new_id)
        return self.item(new_id)

    def update_item(
        self,
        item_id: str,
        *,
        text: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        action: ActionFields | Unset | None = UNSET,
        synergy: SynergyFields | Unset | None = UNSET,
        speaker: str | Unset = UNSET,
    ) -> Item:
        current = self.item(item_id)
        new_tags = list(current.tags if isinstance(tags, Unset) else tags)
        new_action = current.action if isinstance(action, Unset) else action
        new_synergy = current.synergy if isinstance(synergy, Unset) else synergy
        new_speaker = current.speaker if isinstance(speaker, Unset) else speaker
        values = _item_values(new_tags, new_action, new_synergy, new_speaker)
        if not isinstance(text, Unset):
            values["text"] = v.long_text("text", text)
            if not values["text"].strip():
                raise ValidationError("text", "an item needs some text; delete it instead")
        with self._write() as conn:
            self._touch(conn, "item", item_id, **values)
            self._index_item(conn, item_id)
        return self.item(item_id)

    def set_tag(self, item_id: str, tag: Tag | str, on: bool) -> Item:
        """Add or remove one tag; removing `action` or `synergy` also clears that tag's fields."""
        item = self.item(item_id)
        tags = [t for t in item.tags if t != str(tag)]
        if on:
            tags.append(str(tag))
            return self.update_item(item_id, tags=tags)
        if str(tag) == Tag.ACTION:
            return self.update_item(item_id, tags=tags, action=None)
        if str(tag) == Tag.SYNERGY:
            return self.update_item(item_id, tags=tags, synergy=None)
        return self.update_item(item_id, tags=tags)

    def delete_item(self, item_id: str) -> None:
        with self._write() as conn:
            self._touch(conn, "item", item_id, deleted_at=rows.now())
            self._unindex(conn, "item", item_id)

    def restore_item(self, item_id: str) -> Item:
        with self._write() as conn:
            stamp = rows.now()
            cursor = conn.execute(
                "UPDATE item SET deleted_at = NULL, updated_at = ?, author = ? WHERE id = ?",
                (stamp, self.author, item_id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"No item with id {item_id} in {self.path.name}.")
            self._index_item(conn, item_id)
        return self.item(item_id)

    def move_item(self, item_id: str, index: int, session_id: str | None = None) -> Item:
        """Move an item to position `index` of its session (or of another session)."""
        with self._write() as conn:
            item = self.item(item_id)
            target = session_id or item.session_id
            if target != item.session_id:
                self.session(target)
                self._touch(conn, "item", item_id, session_id=target)
            self._move_item(conn, item_id, target, index)
            self._index_item(conn, item_id)
        return self.item(item_id)

    def _move_item(self, conn: sqlite3.Connection, item_id: str, session_id: str, index: int) -> None:
        order = [
            r["id"]
            for r in conn.execute(
                "SELECT id FROM item WHERE session_id = ? AND deleted_at IS NULL AND id != ? ORDER BY ord",
                (session_id, item_id),
            )
        ]
        order.insert(max(0, min(index, len(order))), item_id)
        self._renumber(conn, "item", order)


def _item_values(
    tags: Sequence[str], action: ActionFields | None, synergy: SynergyFields | None, speaker: str
) -> dict[str, Any]:
    clean_tags: list[str] = []
    for tag in tags:
        tag = " ".join(str(tag).split()).lower()
        if tag and tag not in clean_tags:
            clean_tags.append(tag)
    if action is not None and str(Tag.ACTION) not in clean_tags:
        clean_tags.append(str(Tag.ACTION))
    if synergy is not None and str(Tag.SYNERGY) not in clean_tags:
        clean_tags.append(str(Tag.SYNERGY))
    # A plain note's columns hold the fields' defaults: ActionFields() and SynergyFields() spelled out, so that
    # capturing one makes neither class (core/action_fields.py says why).
    owner, due, horizon, status, focus_area = "", None, None, ActionStatus.OPEN, ""
    if action is not None:
        owner, due, focus_area = action.owner, action.due, action.focus_area
        horizon = v.choice("horizon", action.horizon, Horizon) if action.horizon else None
        status = v.choice("status", action.status, ActionStatus)
    parties, theme = (synergy.parties, synergy.theme) if synergy is not None else ((), "")
    return {
        "tags": rows.dumps(clean_tags),
        "owner": v.short("owner", owner),
        "due": due.isoformat() if due else None,
        "horizon": horizon.value if horizon else None,
        "status": status.value,
        "focus_area": v.short("focus area", focus_area),
        "parties": rows.dumps([v.short("party", p) for p in parties if p.strip()]),
        "theme": v.short("theme", theme),
        "speaker": v.short("speaker", speaker),
    }
