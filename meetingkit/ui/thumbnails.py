"""Photo thumbnails made off the UI thread, kept in memory by sha256 and on disk in the user's cache."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap

from meetingkit.core.paths import cache_dir
from meetingkit.media.images import THUMBNAIL_QUALITY, thumbnail
from meetingkit.media.resize_cache import ResizeCache
from meetingkit.store.eventstore import BlobReader
from meetingkit.ui.workers import Reporter, Task, run_task

THUMBNAIL_SIDE = 320  # pixels: sharp at 160 logical pixels on a 2x screen
MEMORY_ITEMS = 400  # about 120 MB of pixmaps at most


class ThumbnailLoader(QObject):
    """Ask with `pixmap(sha256)`: the thumbnail if it is ready, else None and `ready(sha256)` later."""

    ready = Signal(str)
    failed = Signal(str, str)  # sha256, one sentence

    def __init__(
        self,
        event_path: Path,
        parent: QObject | None = None,
        *,
        side: int = THUMBNAIL_SIDE,
        pool: QThreadPool | None = None,
        disk: ResizeCache | None = None,
    ) -> None:
        super().__init__(parent)
        self.event_path = event_path
        self.side = side
        self._pool = pool or QThreadPool(self)
        self._disk = disk if disk is not None else ResizeCache(cache_dir() / "thumbnails")
        self._memory: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: dict[str, Task] = {}
        self._broken: dict[str, str] = {}

    def pixmap(self, sha256: str, name: str = "") -> QPixmap | None:
        found = self._memory.get(sha256)
        if found is not None:
            self._memory.move_to_end(sha256)
            return found
        if sha256 not in self._pending and sha256 not in self._broken:
            self._request(sha256, name)
        return None

    def error(self, sha256: str) -> str | None:
        return self._broken.get(sha256)

    def _request(self, sha256: str, name: str) -> None:
        event_path, side, disk = self.event_path, self.side, self._disk

        def make(reporter: Reporter) -> bytes:
            cached = disk.get(sha256, side, THUMBNAIL_QUALITY)
            if cached is not None:
                return cached.read_bytes()
            with BlobReader(event_path) as blobs:
                data = thumbnail(blobs.blob_bytes(sha256), side, name=name)
            disk.put(sha256, side, THUMBNAIL_QUALITY, data)
            return data

        def done(data: object) -> None:
            self._pending.pop(sha256, None)
            assert isinstance(data, bytes)
            image = QImage.fromData(data)
            self._memory[sha256] = QPixmap.fromImage(image)
            while len(self._memory) > MEMORY_ITEMS:
                self._memory.popitem(last=False)
            self.ready.emit(sha256)

        def broken(message: str) -> None:
            self._pending.pop(sha256, None)
            self._broken[sha256] = message
            self.failed.emit(sha256, message)

        # A thumbnail made as its page was closing arrives after the loader went with the page: dropped.
        self._pending[sha256] = run_task(
            self._pool, make, name=self.tr("The thumbnail"), succeeded=done, failed=broken, receiver=self
        )

    def wait(self) -> None:
        """Block until every requested thumbnail is made (tests and shutdown)."""
        self._pool.waitForDone()

    def shutdown(self) -> None:
        self._pool.clear()
        self._pool.waitForDone()
