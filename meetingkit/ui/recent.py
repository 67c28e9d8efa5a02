"""The recently opened events (and the session last open in each), kept as JSON in the config folder."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import NamedTuple

from meetingkit.core.paths import config_dir, ensure

RECENT_FILE = "recent.json"
MAX_RECENT = 10


# A NamedTuple, not a dataclass: made at every launch, where a frozen dataclass costs ~0.5 ms to create.
class RecentEvent(NamedTuple):
    path: Path
    session_id: str = ""
    title: str = ""


class RecentEvents:
    """Most recent first; a damaged or missing list is simply empty (it is a convenience, not data)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / RECENT_FILE

    def load(self) -> list[RecentEvent]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        found: list[RecentEvent] = []
        for entry in raw if isinstance(raw, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("path"), str):
                found.append(
                    RecentEvent(
                        Path(entry["path"]), str(entry.get("session", "")), str(entry.get("title", ""))
                    )
                )
        return found

    def existing(self) -> list[RecentEvent]:
        return [entry for entry in self.load() if entry.path.is_file()]

    def last(self) -> RecentEvent | None:
        entries = self.existing()
        return entries[0] if entries else None

    def find(self, path: Path) -> RecentEvent | None:
        target = _key(path)
        return next((e for e in self.load() if _key(e.path) == target), None)

    def remember(self, path: Path, *, session_id: str | None = None, title: str | None = None) -> None:
        """Put `path` first; keeps its known session and title unless new ones are given."""
        previous = self.find(path)
        entry = RecentEvent(
            path.resolve(),
            session_id if session_id is not None else (previous.session_id if previous else ""),
            title if title is not None else (previous.title if previous else ""),
        )
        others = [e for e in self.load() if _key(e.path) != _key(path)]
        self._save([entry, *others][:MAX_RECENT])

    def forget(self, path: Path) -> None:
        self._save([e for e in self.load() if _key(e.path) != _key(path)])

    def _save(self, entries: list[RecentEvent]) -> None:
        data = [{"path": str(e.path), "session": e.session_id, "title": e.title} for e in entries]
        folder = ensure(self.path.parent)
        # Written aside and renamed: two windows closing at once never leave half a file.
        handle, temp = tempfile.mkstemp(prefix=".recent-", suffix=".json", dir=folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1)
            os.replace(temp, self.path)
        except OSError:
            Path(temp).unlink(missing_ok=True)


def _key(path: Path) -> str:
    return os.path.normcase(str(path.resolve()))
