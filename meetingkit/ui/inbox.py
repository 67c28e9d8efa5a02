"""The inbox folder: rapporteurs' update files (and copies) that a sync tool drops into one folder are merged
into the open event as they arrive.

Syncthing, Nextcloud and OneDrive either write a file under a temporary name and rename it into place, or
write it in place; either way a file is taken only once its size and modification time are the same at two
looks a poll apart, and hidden or temporary names (partial downloads) are never taken. Each file goes
through EventStore.merge (checked first, backed up, one transaction). What was merged or refused is
remembered per event by content hash in the data folder, so a file is never merged twice and a bad one is
named once. Nothing in the folder is changed, renamed or deleted.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from meetingkit.core.errors import UserError
from meetingkit.core.paths import data_dir, ensure
from meetingkit.store import updates
from meetingkit.store.merging import MergeReport
from meetingkit.ui.document import EventDocument

log = logging.getLogger(__name__)

INBOX_FILE = "inboxes.json"
POLL_MS = 3000
TAKEN_SUFFIXES = (".meeting", updates.SUFFIX)
# Names sync tools give files they are still writing (besides hidden names, which cover Syncthing's
# `.syncthing.NAME.tmp` and our own `.NAME.partial-…`).
_IN_PROGRESS = ("~", ".tmp", ".part", ".partial", ".crdownload", ".download")


class InboxBook:
    """Per event: its inbox folder and the hashes of the files already merged or refused (a JSON file)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else data_dir() / INBOX_FILE
        self._data: dict[str, dict[str, Any]] = {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(raw, dict):
                self._data = {k: v for k, v in raw.items() if isinstance(v, dict)}
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:
            # A convenience record: lost, the next look merges again, which changes nothing (merging is idempotent).
            log.warning("ignoring unreadable inbox record %s: %s", self.path, exc)

    def folder(self, event_id: str) -> Path | None:
        value = self._data.get(event_id, {}).get("folder")
        return Path(value) if isinstance(value, str) and value else None

    def set_folder(self, event_id: str, folder: Path | None) -> None:
        entry = self._data.setdefault(event_id, {})
        entry["folder"] = str(folder) if folder else ""
        self._save()

    def handled(self, event_id: str) -> set[str]:
        return set(self._data.get(event_id, {}).get("handled", []))

    def mark(self, event_id: str, digest: str) -> None:
        entry = self._data.setdefault(event_id, {})
        entry["handled"] = sorted({*entry.get("handled", []), digest})
        self._save()

    def _save(self) -> None:
        folder = ensure(self.path.parent)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".inboxes-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._data, handle, indent=1, sort_keys=True)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


@dataclass(frozen=True)
class _Look:
    """How an update file looked when last seen (size, time): a file still being written changes."""

    size: int
    mtime_ns: int


def candidate(path: Path) -> bool:
    name = path.name
    return (
        not name.startswith(".") and name.endswith(TAKEN_SUFFIXES) and not name.lower().endswith(_IN_PROGRESS)
    )


def digest_of(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


class Inbox(QObject):
    """Looks at one event's inbox folder every `poll_ms` while the event is open and writable."""

    merged = Signal(list)  # list[MergeReport] of one file
    refused = Signal(str)  # one sentence naming the file

    def __init__(
        self,
        document: EventDocument,
        book: InboxBook,
        *,
        poll_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.book = book
        self.event_id = document.store.event().id
        self._looks: dict[Path, _Look] = {}
        self._digests: dict[tuple[Path, _Look], str] = {}  # a file is hashed once while it does not change
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.look)
        if self.folder is not None and not document.read_only:
            self.timer.start()

    @property
    def folder(self) -> Path | None:
        return self.book.folder(self.event_id)

    def set_folder(self, folder: Path | None) -> None:
        self.book.set_folder(self.event_id, folder)
        self._looks.clear()
        if folder is None or self.document.read_only:
            self.timer.stop()
        else:
            self.timer.start()
            self.look()

    def stop(self) -> None:
        self.timer.stop()

    def _stable(self) -> list[Path]:
        """Files whose size and time did not change since the previous look (the first look only notes them)."""
        folder = self.folder
        if folder is None:
            return []
        try:
            entries = sorted(p for p in folder.iterdir() if candidate(p))
        except OSError:
            return []  # the folder is gone for now (an unplugged drive): look again later
        own = self.document.store.path.resolve()
        ready: list[Path] = []
        looks: dict[Path, _Look] = {}
        for path in entries:
            try:
                info = path.stat()
            except OSError:
                continue
            if not os.path.isfile(path) or path.resolve() == own:
                continue
            looks[path] = _Look(info.st_size, info.st_mtime_ns)
            if self._looks.get(path) == looks[path]:
                ready.append(path)
        self._looks = looks
        return ready

    def look(self) -> None:
        """Merge every complete file not merged or refused before; a file waiting for an earlier one waits."""
        if self.document.closed or self.document.read_only:
            return
        handled = self.book.handled(self.event_id)
        waiting: list[tuple[Path, str]] = []
        for path in self._stable():
            key = (path, self._looks[path])
            if key not in self._digests:
                try:
                    self._digests[key] = digest_of(path)
                except OSError:
                    continue
            digest = self._digests[key]
            if digest not in handled:
                waiting.append((path, digest))
        progress = True
        while waiting and progress:  # an update that follows another merges once that one has
            progress = False
            for path, digest in list(waiting):
                if self._take(path, digest):
                    waiting.remove((path, digest))
                    progress = True

    def _take(self, path: Path, digest: str) -> bool:
        """Merge one file; True when it is done with (merged, or refused for good)."""
        store = self.document.store
        try:
            preview = store.merge([path], dry_run=True)
            brings = any(r.added or r.changed or r.conflicts for r in preview)
            reports: list[MergeReport] = store.merge([path]) if brings else []
        except updates.NotYetError:
            return False
        except UserError as error:
            self.book.mark(self.event_id, digest)
            self.refused.emit(str(error))
            return True
        self.book.mark(self.event_id, digest)
        if reports:
            self.document.undo_stack.clear()  # as after any merge (dialogs/merge_files.py says why)
            self.document.refresh_all()
            self.merged.emit(reports)
        return True
