"""What the JSON interchange format is made of: its name, version, tables, limits and JSON Schema.

Shared by the streaming writer (interchange_writer.py), the streaming reader (interchange_reader.py) and
the import into an event file (interchange.py).
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any, Final

FORMAT: Final = "meetingkit-event"
VERSION: Final = 2  # 2: photo consent is unknown / agreed / refused, not a yes/no

# Tables in dependency order (a row only refers to rows of earlier tables), with their JSON columns.
TABLES: Final[dict[str, tuple[str, ...]]] = {
    "event": ("organisers", "languages"),
    "day": (),
    "organisation": (),
    "person": (),
    "focus_area": (),
    "session": ("questions",),
    "session_person": (),
    "item": ("tags", "parties"),
    "attachment": (),
}
# The file's key for each table, in the order the writer puts them.
KEYS: Final = {
    "event": "event",
    "day": "days",
    "organisation": "organisations",
    "person": "people",
    "focus_area": "focus_areas",
    "session": "sessions",
    "session_person": "session_people",
    "item": "items",
    "attachment": "attachments",
}
BOOL_COLUMNS: Final = {"attachment": ("selected",)}

# Bounds checked while the file is read, so a hostile file costs a clear sentence, not memory or a crash.
# The largest real file is an event with a few hundred photos inside (base64): well under 2 GiB.
MAX_FILE_BYTES: Final = 2 * 1024**3
# The format nests five levels deep; deeper is not a meetingkit file (and would cost the validator).
MAX_DEPTH: Final = 32
# Every integer of the format (positions, sizes, dimensions) fits in SQLite's 64-bit integer with room.
MAX_INTEGER: Final = 2**53
MAX_NUMBER_CHARS: Final = 40

# The schema checks only the shape of these values; a calendar or clock must accept them too.
DATES: Final = ("start_date", "end_date", "date", "due")
TIMES: Final = ("start_time", "end_time")
STAMPS: Final = ("created_at", "updated_at", "deleted_at", "captured_at", "taken_at")


@cache
def _schema_text() -> str:
    return files("meetingkit.resources").joinpath("schema", "event.schema.json").read_text(encoding="utf-8")


def schema() -> dict[str, Any]:
    """The format's JSON Schema (a fresh copy: callers may change it)."""
    result: dict[str, Any] = json.loads(_schema_text())
    return result
