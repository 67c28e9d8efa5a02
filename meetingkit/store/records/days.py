"""Days of the event, and moving or resizing its date range."""

from __future__ import annotations

import datetime as dt

from meetingkit.core import validation as v
from meetingkit.core.errors import NotFoundError
from meetingkit.store import rows
from meetingkit.store.errors import StoreUserError
from meetingkit.store.records.event import EventRecords
from meetingkit.store.unset import UNSET, Unset

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from meetingkit.core.model import Day, Event


class DayRecords(EventRecords):
    """Days, numbered from 1 as users count them."""

    def days(self) -> list[Day]:
        with self._decoding("day"):
            return [
                rows.day_from(r)
                for r in self._conn.execute("SELECT * FROM day WHERE deleted_at IS NULL ORDER BY idx")
            ]

    def day(self, number: int) -> Day:
        """Day by its 1-based number, as users count them."""
        days = self.days()
        if not 1 <= number <= len(days):
            raise NotFoundError(f"There is no day {number}; {self.path.name} has days 1 to {len(days)}.")
        return days[number - 1]

    def update_day(self, day_id: str, *, theme: str | Unset = UNSET, description: str | Unset = UNSET) -> Day:
        values: dict[str, Any] = {}
        if not isinstance(theme, Unset):
            values["theme"] = v.short("theme", theme)
        if not isinstance(description, Unset):
            values["description"] = v.long_text("description", description)
        with self._write() as conn:
            self._touch(conn, "day", day_id, **values)
        return next(d for d in self.days() if d.id == day_id)

    def change_dates(self, start: dt.date | str, end: dt.date | str) -> Event:
        """Move or resize the event in one transaction: day N takes the N-th date of the new range.

        Days past the new end are tombstoned, and only if no session sits on them: otherwise a
        UserError names the first such day and its sessions. Days added at the end bring back the
        tombstoned day of that position when there is one (its theme returns, and an undo finds the
        same day again), else they are new.
        """
        start_d, end_d = v.date("start", start), v.date("end", end)
        v.date_range(start_d, end_d)
        count = (end_d - start_d).days + 1
        with self._write() as conn:
            days = self.days()
            for day in days[count:]:
                titles = [
                    str(r["title"])
                    for r in conn.execute(
                        "SELECT title FROM session WHERE day_id = ? AND deleted_at IS NULL ORDER BY ord",
                        (day.id,),
                    )
                ]
                if titles:
                    listed = "; ".join(titles[:4]) + ("; …" if len(titles) > 4 else "")
                    raise StoreUserError(
                        f"Day {day.index} ({day.date.isoformat()}) would disappear but holds"
                        f" {len(titles)} session{'s' if len(titles) != 1 else ''} ({listed});"
                        f" move or delete {'them' if len(titles) != 1 else 'it'} first."
                    )
            stamp = rows.now()
            for day in days[count:]:
                self._touch(conn, "day", day.id, deleted_at=stamp)
            kept = days[:count]
            for position, day in enumerate(kept):
                date = start_d + dt.timedelta(days=position)
                if day.date != date:
                    self._touch(conn, "day", day.id, date=date.isoformat())
            next_index = (kept[-1].index if kept else 0) + 1
            for position in range(len(kept), count):
                added = (start_d + dt.timedelta(days=position)).isoformat()
                old = conn.execute(
                    "SELECT id FROM day WHERE idx = ? AND deleted_at IS NOT NULL ORDER BY deleted_at DESC LIMIT 1",
                    (next_index,),
                ).fetchone()
                if old is not None:
                    conn.execute(
                        "UPDATE day SET deleted_at = NULL, date = ?, updated_at = ?, author = ? WHERE id = ?",
                        (added, stamp, self.author, old["id"]),
                    )
                else:
                    day_id = rows.stable_id("day", self.event().id, str(next_index))
                    self._insert_or_revive(
                        conn,
                        "day",
                        {"id": day_id, "idx": next_index, "date": added, "theme": "", "description": ""},
                    )
                next_index += 1
            self._touch(
                conn, "event", self.event().id, start_date=start_d.isoformat(), end_date=end_d.isoformat()
            )
        return self.event()
