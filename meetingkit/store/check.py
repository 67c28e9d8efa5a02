"""`meetingkit check`: the integrity and consistency report of an event file."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from meetingkit.core.model import Tag
from meetingkit.store.eventstore import EventStore


@dataclass
class CheckReport:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def check(store: EventStore, *, verify_blobs: bool = True) -> CheckReport:
    report = CheckReport()
    integrity = [r[0] for r in store.query("PRAGMA integrity_check(20)")]
    if integrity != ["ok"]:
        report.errors += [f"database: {line}" for line in integrity]
    for row in store.query("PRAGMA foreign_key_check"):
        report.errors.append(f"a {row[0]} record refers to a missing {row[2]}")

    snapshot = store.snapshot()
    event = snapshot.event
    report.facts.append(
        f"{event.title}: {len(snapshot.days)} days, {len(snapshot.sessions)} sessions, {len(snapshot.items)} items,"
        f" {len(snapshot.people)} people, {len(snapshot.attachments)} attachments"
    )
    for day in snapshot.days:
        expected = event.start + dt.timedelta(days=day.index - 1)
        if day.date != expected:
            report.warnings.append(f"day {day.index} is dated {day.date}, expected {expected}")
    for session in snapshot.sessions:
        if not snapshot.items_of(session) and not session.summary.strip():
            report.warnings.append(f"session '{session.title}' has no notes and no summary yet")
    for item in snapshot.actions():
        assert item.action is not None
        if not item.action.owner:
            report.warnings.append(f"action '{_short(item.text)}' has no owner")
    for item in snapshot.tagged(Tag.SYNERGY):
        assert item.synergy is not None
        if len(item.synergy.parties) < 2:
            report.warnings.append(f"synergy '{_short(item.text)}' names fewer than two parties")
    if verify_blobs:
        for row in store.query("SELECT sha256, size, chunks FROM blob"):
            digest = hashlib.sha256()
            size = 0
            for chunk in store.blob_chunks(row["sha256"]):
                digest.update(chunk)
                size += len(chunk)
            if digest.hexdigest() != row["sha256"] or size != row["size"]:
                report.errors.append(f"attachment data {row['sha256'][:12]}… does not match its checksum")
    for row in store.query(
        "SELECT a.filename FROM attachment a LEFT JOIN blob b ON b.sha256 = a.sha256"
        " WHERE a.deleted_at IS NULL AND b.sha256 IS NULL"
    ):
        report.errors.append(f"attachment {row['filename']} has no data")
    return report


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 50 else flat[:49] + "…"
