"""Participants and organisations."""

from __future__ import annotations

import sqlite3

from meetingkit.core import validation as v
from meetingkit.core.errors import NotFoundError, ValidationError
from meetingkit.store import rows
from meetingkit.store.errors import StoreUserError
from meetingkit.store.records.event import EventRecords
from meetingkit.store.unset import UNSET, Unset

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from meetingkit.core.model import Organisation, Person


class PeopleRecords(EventRecords):
    """Participants (identified by name in notes) and organisations."""

    def people(self) -> list[Person]:
        with self._decoding("person"):
            return [
                rows.person_from(r)
                for r in self._conn.execute(
                    "SELECT * FROM person WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE"
                )
            ]

    def organisations(self) -> list[Organisation]:
        with self._decoding("organisation"):
            return [
                rows.organisation_from(r)
                for r in self._conn.execute(
                    "SELECT * FROM organisation WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE"
                )
            ]

    def add_organisation(self, name: str, *, kind: str = "", country: str = "") -> Organisation:
        name = v.title("organisation", name)
        with self._write() as conn:
            row = conn.execute(
                "SELECT * FROM organisation WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE", (name,)
            ).fetchone()
            if row is not None:
                if kind or country:
                    self._touch(
                        conn,
                        "organisation",
                        row["id"],
                        kind=v.short("kind", kind) or row["kind"],
                        country=v.short("country", country) or row["country"],
                    )
                return rows.organisation_from(
                    conn.execute("SELECT * FROM organisation WHERE id = ?", (row["id"],)).fetchone()
                )
            org_id = rows.stable_id("organisation", self.event().id, name.casefold())
            self._insert_or_revive(
                conn,
                "organisation",
                {
                    "id": org_id,
                    "name": name,
                    "kind": v.short("kind", kind),
                    "country": v.short("country", country),
                },
            )
        from meetingkit.core.model import Organisation  # made on first use (core/model.py says why)

        return Organisation(org_id, name, kind, country)

    def add_person(self, name: str, *, organisation: str = "", title: str = "", email: str = "") -> Person:
        """Add a participant, or update the one with the same name (names identify people in notes)."""
        name = v.title("name", name)
        organisation = v.short("organisation", organisation)
        title = v.short("title", title)
        email = v.short("email", email)
        if email and "@" not in email:
            raise ValidationError("email", f"'{email}' is not an e-mail address")
        with self._write() as conn:
            if organisation:
                self.add_organisation(organisation)
            row = conn.execute(
                "SELECT * FROM person WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE", (name,)
            ).fetchone()
            if row is not None:
                self._touch(
                    conn,
                    "person",
                    row["id"],
                    organisation=organisation or row["organisation"],
                    title=title or row["title"],
                    email=email or row["email"],
                )
                person_id = row["id"]
            else:
                person_id = rows.stable_id("person", self.event().id, name.casefold())
                self._insert_or_revive(
                    conn,
                    "person",
                    {
                        "id": person_id,
                        "name": name,
                        "organisation": organisation,
                        "title": title,
                        "email": email,
                    },
                )
            return rows.person_from(
                conn.execute("SELECT * FROM person WHERE id = ?", (person_id,)).fetchone()
            )

    def update_person(
        self,
        person_id: str,
        *,
        name: str | Unset = UNSET,
        organisation: str | Unset = UNSET,
        title: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> Person:
        """Change a participant's fields; their roles in sessions follow (they refer to the person, not the name)."""
        values: dict[str, Any] = {}
        if not isinstance(name, Unset):
            values["name"] = v.title("name", name)
        if not isinstance(organisation, Unset):
            values["organisation"] = v.short("organisation", organisation)
        if not isinstance(title, Unset):
            values["title"] = v.short("title", title)
        if not isinstance(email, Unset):
            values["email"] = v.short("email", email)
            if values["email"] and "@" not in values["email"]:
                raise ValidationError("email", f"'{values['email']}' is not an e-mail address")
        with self._write() as conn:
            if "name" in values:
                # Names identify people in notes and in add_person: two live people never share one.
                clash = conn.execute(
                    "SELECT name FROM person WHERE deleted_at IS NULL AND id != ? AND name = ? COLLATE NOCASE",
                    (person_id, values["name"]),
                ).fetchone()
                if clash is not None:
                    raise StoreUserError(
                        f"{clash['name']} is already in the participants list; choose another name."
                    )
            if values.get("organisation"):
                self.add_organisation(values["organisation"])
            self._touch(conn, "person", person_id, **values)
            return rows.person_from(
                conn.execute("SELECT * FROM person WHERE id = ?", (person_id,)).fetchone()
            )

    def delete_person(self, person_id: str) -> None:
        """Tombstone a participant and their roles in sessions, with one stamp (restore_person finds them by it)."""
        with self._write() as conn:
            stamp = rows.now()
            self._touch(conn, "person", person_id, deleted_at=stamp)
            conn.execute(
                "UPDATE session_person SET deleted_at = ?, updated_at = ?, author = ?"
                " WHERE person_id = ? AND deleted_at IS NULL",
                (stamp, stamp, self.author, person_id),
            )

    def restore_person(self, person_id: str) -> Person:
        """Bring back a deleted participant and the session roles that went with them."""
        with self._write() as conn:
            row = conn.execute("SELECT * FROM person WHERE id = ?", (person_id,)).fetchone()
            if row is None:
                raise NotFoundError(f"No person with id {person_id} in {self.path.name}.")
            deleted_at = row["deleted_at"]
            if deleted_at is not None:
                clash = conn.execute(
                    "SELECT 1 FROM person WHERE deleted_at IS NULL AND id != ? AND name = ? COLLATE NOCASE",
                    (person_id, row["name"]),
                ).fetchone()
                if clash is not None:
                    raise StoreUserError(
                        f"{row['name']} cannot come back: another participant now has that name."
                    )
                stamp = rows.now()
                conn.execute(
                    "UPDATE session_person SET deleted_at = NULL, updated_at = ?, author = ?"
                    " WHERE person_id = ? AND deleted_at = ?",
                    (stamp, self.author, person_id, deleted_at),
                )
                conn.execute(
                    "UPDATE person SET deleted_at = NULL, updated_at = ?, author = ? WHERE id = ?",
                    (stamp, self.author, person_id),
                )
            return rows.person_from(
                conn.execute("SELECT * FROM person WHERE id = ?", (person_id,)).fetchone()
            )

    def delete_organisation(self, organisation_id: str) -> None:
        """Tombstone an organisation (people keep the name they were given)."""
        with self._write() as conn:
            self._touch(conn, "organisation", organisation_id, deleted_at=rows.now())

    def restore_organisation(self, organisation_id: str) -> Organisation:
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE organisation SET deleted_at = NULL, updated_at = ?, author = ? WHERE id = ?",
                (rows.now(), self.author, organisation_id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"No organisation with id {organisation_id} in {self.path.name}.")
            return rows.organisation_from(
                conn.execute("SELECT * FROM organisation WHERE id = ?", (organisation_id,)).fetchone()
            )

    def update_organisation(
        self, organisation_id: str, *, name: str, kind: str, country: str
    ) -> Organisation:
        """Set all three fields; on a rename the participants who named the old organisation name the new one."""
        name = v.title("organisation", name)
        kind = v.short("kind", kind)
        country = v.short("country", country)
        with self._write() as conn:
            old = conn.execute(
                "SELECT name FROM organisation WHERE id = ? AND deleted_at IS NULL", (organisation_id,)
            ).fetchone()
            if old is None:
                raise NotFoundError(f"No organisation with id {organisation_id} in {self.path.name}.")
            clash = conn.execute(
                "SELECT name FROM organisation WHERE deleted_at IS NULL AND id != ? AND name = ? COLLATE NOCASE",
                (organisation_id, name),
            ).fetchone()
            if clash is not None:
                raise StoreUserError(
                    f"{clash['name']} is already in the organisations list; choose another name."
                )
            conn.execute(
                "UPDATE organisation SET name = ?, kind = ?, country = ?, updated_at = ?, author = ? WHERE id = ?",
                (name, kind, country, rows.now(), self.author, organisation_id),
            )
            if name != old["name"]:
                members = conn.execute(
                    "SELECT id FROM person WHERE deleted_at IS NULL AND organisation = ? COLLATE NOCASE",
                    (old["name"],),
                ).fetchall()
                for member in members:
                    self.update_person(member["id"], organisation=name)
            return rows.organisation_from(
                conn.execute("SELECT * FROM organisation WHERE id = ?", (organisation_id,)).fetchone()
            )

    def _person_id(self, conn: sqlite3.Connection, name: str) -> str:
        row = conn.execute(
            "SELECT id FROM person WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE", (name,)
        ).fetchone()
        return str(row["id"]) if row else self.add_person(name).id
