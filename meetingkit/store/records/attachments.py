"""Attachments: photos, presentations and documents of the event or a session."""

from __future__ import annotations

import datetime as dt

from meetingkit.core import validation as v
from meetingkit.core.errors import NotFoundError
from meetingkit.core.model import AttachmentKind, Consent
from meetingkit.store import rows
from meetingkit.store.blobs import BlobRecords
from meetingkit.store.records.sessions import SessionRecords
from meetingkit.store.unset import UNSET, Unset

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from meetingkit.core.model import Attachment


class AttachmentRecords(SessionRecords, BlobRecords):
    """Attachment metadata; the bytes are blobs (blobs.py)."""

    def add_attachment(
        self,
        source: Path | bytes,
        *,
        filename: str,
        kind: AttachmentKind | str,
        media_type: str,
        session_id: str | None = None,
        caption: str = "",
        credit: str = "",
        selected: bool = False,
        consent: Consent | str = Consent.UNKNOWN,
        width: int | None = None,
        height: int | None = None,
        taken_at: dt.datetime | None = None,
        attachment_id: str | None = None,
    ) -> Attachment:
        kind = v.choice("kind", kind, AttachmentKind)
        filename = v.title("file name", filename, max_len=255)
        with self._write() as conn:
            if session_id is not None:
                self.session(session_id)
            sha, size = self.put_blob(source)
            last = conn.execute(
                "SELECT COALESCE(MAX(ord), -1) FROM attachment WHERE deleted_at IS NULL AND kind = ?",
                (kind.value,),
            ).fetchone()[0]
            new_id = attachment_id or rows.stable_id("attachment", session_id or "event", sha)
            if conn.execute(
                "SELECT 1 FROM attachment WHERE id = ? AND deleted_at IS NULL", (new_id,)
            ).fetchone():
                return self.attachment(new_id)  # the same file attached to the same place again: one record
            self._insert_or_revive(
                conn,
                "attachment",
                {
                    "id": new_id,
                    "kind": kind.value,
                    "filename": filename,
                    "media_type": media_type,
                    "size": size,
                    "sha256": sha,
                    "session_id": session_id,
                    "caption": v.short("caption", caption, max_len=2000),
                    "credit": v.short("credit", credit),
                    "ord": last + 1,
                    "selected": int(selected),
                    "consent": v.choice("consent", consent, Consent).value,
                    "width": width,
                    "height": height,
                    "taken_at": rows.ts(taken_at) if taken_at else None,
                },
            )
            self._index_attachment(conn, new_id)
        return self.attachment(new_id)

    def attachments(self, kind: AttachmentKind | None = None) -> list[Attachment]:
        sql = "SELECT * FROM attachment WHERE deleted_at IS NULL"
        params: tuple[str, ...] = ()
        if kind is not None:
            sql += " AND kind = ?"
            params = (kind.value,)
        with self._decoding("attachment"):
            return [rows.attachment_from(r) for r in self._conn.execute(sql + " ORDER BY kind, ord", params)]

    def attachment(self, attachment_id: str) -> Attachment:
        with self._decoding("attachment"):
            row = self._conn.execute(
                "SELECT * FROM attachment WHERE id = ? AND deleted_at IS NULL", (attachment_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(f"No attachment with id {attachment_id} in {self.path.name}.")
            return rows.attachment_from(row)

    def update_attachment(
        self,
        attachment_id: str,
        *,
        caption: str | Unset = UNSET,
        credit: str | Unset = UNSET,
        selected: bool | Unset = UNSET,
        consent: Consent | str | Unset = UNSET,
        session_id: str | Unset | None = UNSET,
        filename: str | Unset = UNSET,
    ) -> Attachment:
        values: dict[str, Any] = {}
        if not isinstance(caption, Unset):
            values["caption"] = v.short("caption", caption, max_len=2000)
        if not isinstance(credit, Unset):
            values["credit"] = v.short("credit", credit)
        if not isinstance(selected, Unset):
            values["selected"] = int(selected)
        if not isinstance(consent, Unset):
            values["consent"] = v.choice("consent", consent, Consent).value
        if not isinstance(filename, Unset):
            values["filename"] = v.title("file name", filename, max_len=255)
        with self._write() as conn:
            if not isinstance(session_id, Unset):
                if session_id is not None:
                    self.session(session_id)
                values["session_id"] = session_id
            self._touch(conn, "attachment", attachment_id, **values)
            self._index_attachment(conn, attachment_id)
        return self.attachment(attachment_id)

    def move_attachment(self, attachment_id: str, index: int) -> Attachment:
        with self._write() as conn:
            current = self.attachment(attachment_id)
            order = [a.id for a in self.attachments(current.kind) if a.id != attachment_id]
            order.insert(max(0, min(index, len(order))), attachment_id)
            self._renumber(conn, "attachment", order)
        return self.attachment(attachment_id)

    def delete_attachment(self, attachment_id: str) -> None:
        with self._write() as conn:
            self._touch(conn, "attachment", attachment_id, deleted_at=rows.now())
            self._unindex(conn, "attachment", attachment_id)

    def restore_attachment(self, attachment_id: str) -> Attachment:
        with self._write() as conn:
            conn.execute(
                "UPDATE attachment SET deleted_at = NULL, updated_at = ?, author = ? WHERE id = ?",
                (rows.now(), self.author, attachment_id),
            )
            self._index_attachment(conn, attachment_id)
        return self.attachment(attachment_id)
