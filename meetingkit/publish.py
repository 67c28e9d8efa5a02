"""Exports of an open event file: binds the store (snapshot, blobs) to the export writers.

The export package never sees the store (DESIGN.md layers); this module, beside the CLI, takes a
snapshot and hands writers the photo bytes they ask for.
"""

from __future__ import annotations

from pathlib import Path

from meetingkit.core.errors import UserError
from meetingkit.store.eventstore import EventStore


def _check_target(target: Path) -> None:
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name to write, e.g. {target / 'summary'}.")
    if not target.parent.exists():
        raise UserError(f"The folder {target.parent} does not exist.")


def export(
    store: EventStore,
    fmt: str,
    target: Path,
    *,
    language: str = "en",
    template: Path | None = None,
    include_notes: bool = True,
    include_timestamps: bool = False,
    include_participants: bool = True,
    include_photos: bool = True,
) -> Path:
    """Write the event as `fmt` to `target`; returns the path written."""
    _check_target(target)
    if fmt == "json":
        from meetingkit.store.interchange import export_json

        export_json(store, target)
        return target
    raise UserError(f"Export to {fmt} is not available in this version.")
