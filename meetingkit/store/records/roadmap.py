"""Focus areas: the rows of the roadmap."""

from __future__ import annotations

from meetingkit.core import validation as v
from meetingkit.core.errors import NotFoundError
from meetingkit.store import rows
from meetingkit.store.records.event import EventRecords

TYPE_CHECKING = False
if TYPE_CHECKING:
    from meetingkit.core.model import FocusArea


class RoadmapRecords(EventRecords):
    """Focus areas, in the roadmap's order."""

    def focus_areas(self) -> list[FocusArea]:
        with self._decoding("focus area"):
            return [
                rows.focus_area_from(r)
                for r in self._conn.execute("SELECT * FROM focus_area WHERE deleted_at IS NULL ORDER BY ord")
            ]

    def add_focus_area(self, name: str, *, description: str = "") -> FocusArea:
        name = v.title("focus area", name)
        with self._write() as conn:
            for area in self.focus_areas():
                if area.name.casefold() == name.casefold():
                    return area
            last = conn.execute(
                "SELECT COALESCE(MAX(ord), -1) FROM focus_area WHERE deleted_at IS NULL"
            ).fetchone()[0]
            area_id = rows.stable_id("focus_area", self.event().id, name.casefold())
            self._insert_or_revive(
                conn,
                "focus_area",
                {
                    "id": area_id,
                    "name": name,
                    "ord": last + 1,
                    "description": v.long_text("description", description),
                },
            )
        from meetingkit.core.model import FocusArea  # made on first use (core/model.py says why)

        return FocusArea(area_id, name, last + 1, description)

    def rename_focus_area(self, area_id: str, name: str) -> FocusArea:
        """Rename a focus area and every action filed under it, in one transaction."""
        name = v.title("focus area", name)
        with self._write() as conn:
            old = conn.execute("SELECT name FROM focus_area WHERE id = ?", (area_id,)).fetchone()
            if old is None:
                raise NotFoundError(f"No focus area with id {area_id}.")
            self._touch(conn, "focus_area", area_id, name=name)
            stamp = rows.now()
            conn.execute(
                "UPDATE item SET focus_area = ?, updated_at = ?, author = ?"
                " WHERE focus_area = ? AND deleted_at IS NULL",
                (name, stamp, self.author, old["name"]),
            )
        return next(a for a in self.focus_areas() if a.id == area_id)

    def delete_focus_area(self, area_id: str) -> None:
        with self._write() as conn:
            self._touch(conn, "focus_area", area_id, deleted_at=rows.now())

    def restore_focus_area(self, area_id: str) -> None:
        with self._write() as conn:
            conn.execute(
                "UPDATE focus_area SET deleted_at = NULL, updated_at = ?, author = ? WHERE id = ?",
                (rows.now(), self.author, area_id),
            )
