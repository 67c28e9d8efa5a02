"""Editing an organisation by hand: its name, kind and country, its participants following a rename."""

from __future__ import annotations

from meetingkit.core import validation as v
from meetingkit.core.errors import NotFoundError
from meetingkit.core.model import Organisation
from meetingkit.store import rows
from meetingkit.store.errors import StoreUserError
from meetingkit.store.eventstore import EventStore


def update_organisation(
    store: EventStore, organisation_id: str, *, name: str, kind: str, country: str
) -> Organisation:
    """Set all three fields; on a rename the participants who named the old organisation name the new one."""
    name = v.title("organisation", name)
    kind = v.short("kind", kind)
    country = v.short("country", country)
    with store.transaction() as conn:
        old = conn.execute(
            "SELECT name FROM organisation WHERE id = ? AND deleted_at IS NULL", (organisation_id,)
        ).fetchone()
        if old is None:
            raise NotFoundError(f"No organisation with id {organisation_id} in {store.path.name}.")
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
            (name, kind, country, rows.now(), store.author, organisation_id),
        )
        if name != old["name"]:
            members = conn.execute(
                "SELECT id FROM person WHERE deleted_at IS NULL AND organisation = ? COLLATE NOCASE",
                (old["name"],),
            ).fetchall()
            for member in members:
                store.update_person(member["id"], organisation=name)
        return rows.organisation_from(
            conn.execute("SELECT * FROM organisation WHERE id = ?", (organisation_id,)).fetchone()
        )
