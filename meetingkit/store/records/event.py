"""The event record: its title, venue, organisers, texts and time zone."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from meetingkit.core import validation as v
from meetingkit.core.zones import check_zone
from meetingkit.store import rows
from meetingkit.store.base import StoreBase
from meetingkit.store.errors import DamagedFileError
from meetingkit.store.unset import UNSET, Unset

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from meetingkit.core.model import Event

ACRONYMS_KEY = "acronyms"


def acronyms_text(conn: sqlite3.Connection) -> str:
    """The glossary as typed ("" when none), one `ABBR = Expansion` a line."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (ACRONYMS_KEY,)).fetchone()
    return "" if row is None else str(row[0])


class EventRecords(StoreBase):
    """The one event record of the file, and its glossary of acronyms."""

    def acronyms(self) -> str:
        """The glossary as typed, kept in the file's local meta table (not replicated: no schema change)."""
        with self._read() as conn:
            return acronyms_text(conn)

    def set_acronyms(self, text: str) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (ACRONYMS_KEY, text.strip()),
            )

    def event(self) -> Event:
        with self._decoding("event"):
            row = self._conn.execute("SELECT * FROM event WHERE deleted_at IS NULL LIMIT 1").fetchone()
            if row is None:
                raise DamagedFileError(f"{self.path.name} holds no event record.")
            return rows.event_from(row)

    def update_event(
        self,
        *,
        title: str | Unset = UNSET,
        subtitle: str | Unset = UNSET,
        venue: str | Unset = UNSET,
        city: str | Unset = UNSET,
        organisers: Sequence[str] | Unset = UNSET,
        languages: Sequence[str] | Unset = UNSET,
        description: str | Unset = UNSET,
        conclusions: str | Unset = UNSET,
        logo_attachment_id: str | Unset | None = UNSET,
        timezone: str | Unset = UNSET,
    ) -> Event:
        values: dict[str, Any] = {}
        if not isinstance(title, Unset):
            values["title"] = v.title("title", title)
        for name, value in (("subtitle", subtitle), ("venue", venue), ("city", city)):
            if not isinstance(value, Unset):
                values[name] = v.short(name, value)
        if not isinstance(organisers, Unset):
            values["organisers"] = rows.dumps([v.title("organiser", o) for o in organisers])
        if not isinstance(languages, Unset):
            values["languages"] = rows.dumps([v.language("language", code) for code in languages])
        if not isinstance(description, Unset):
            values["description"] = v.long_text("description", description)
        if not isinstance(conclusions, Unset):
            values["conclusions"] = v.long_text("conclusions", conclusions)
        if not isinstance(logo_attachment_id, Unset):
            values["logo_attachment_id"] = logo_attachment_id
        if not isinstance(timezone, Unset):
            values["timezone"] = check_zone(timezone)
        with self._write() as conn:
            if values:
                self._touch(conn, "event", self.event().id, **values)
        return self.event()
