"""Attachment bytes: content-addressed, chunked blobs inside the event file, and readers for other threads."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator

from meetingkit.core.errors import NotFoundError, UserError
from meetingkit.store import rows
from meetingkit.store.base import StoreBase
from meetingkit.store.connection import connect
from meetingkit.store.errors import translate

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Final

CHUNK_SIZE: Final = 4 * 1024 * 1024


def _blob_chunks(conn: sqlite3.Connection, sha256: str, path: Path) -> Iterator[bytes]:
    """A blob's chunks in order; NotFoundError (before the first chunk) when the file lacks it.

    Blobs are content-addressed and never rewritten, so no read transaction is needed.
    """
    if conn.execute("SELECT 1 FROM blob WHERE sha256 = ?", (sha256,)).fetchone() is None:
        raise NotFoundError(f"The attachment data {sha256[:12]}… is missing from {path.name}.")
    return _chunk_bytes(
        conn.execute("SELECT data FROM blob_chunk WHERE sha256 = ? ORDER BY seq", (sha256,)), path
    )


def _chunk_bytes(cursor: sqlite3.Cursor, path: Path) -> Iterator[bytes]:
    with rows.decoding("attachment data", path.name):
        for row in cursor:
            data = row["data"]
            if not isinstance(data, bytes):
                raise rows.BadValue("no bytes in its data")
            yield data


def _copy_chunks(chunks: Iterator[bytes], target: Path) -> None:
    """Stream chunks into a file (a presentation may be larger than memory allows)."""
    with target.open("wb") as fh:
        for chunk in chunks:
            fh.write(chunk)


def read_blob(path: str, sha256: str) -> bytes:
    """One blob of the event file at `path`, through a connection of its own (for worker processes)."""
    from pathlib import Path  # here: `add`, which imports this module, makes no Path (core.paths.StrPath)

    with BlobReader(Path(path)) as reader:
        return reader.blob_bytes(sha256)


class BlobReader:
    """Attachment bytes through a read-only connection of its own, for a worker thread.

    EventStore's connection belongs to the UI thread; thumbnails and previews read blobs elsewhere.
    Create it on the thread that uses it, and close it there.
    """

    def __init__(self, path: Path) -> None:
        from pathlib import Path

        self.path = Path(path)
        try:
            self._conn = connect(self.path, read_only=True)
        except sqlite3.Error as exc:
            raise (translate(exc, self.path) or exc) from None

    def blob_bytes(self, sha256: str) -> bytes:
        return b"".join(_blob_chunks(self._conn, sha256, self.path))

    def blob_loader(self, sha256: str) -> Callable[[], bytes]:
        """A picklable callable that reads this blob in another process (a photo worker)."""
        return functools.partial(read_blob, str(self.path), sha256)

    def copy_blob_to(self, sha256: str, target: Path) -> None:
        _copy_chunks(_blob_chunks(self._conn, sha256, self.path), target)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _iter_source(source: Path | bytes) -> Iterator[bytes]:
    if isinstance(source, bytes):
        for start in range(0, len(source), CHUNK_SIZE):
            yield source[start : start + CHUNK_SIZE]
        if not source:
            yield b""
        return
    from pathlib import Path

    try:
        with Path(source).open("rb") as fh:
            while chunk := fh.read(CHUNK_SIZE):
                yield chunk
    except OSError as exc:
        raise UserError(f"Cannot read {Path(source).name}: {exc.strerror or exc}.") from None


class BlobRecords(StoreBase):
    """Writing and reading blobs through the store's own connection."""

    def put_blob(self, source: Path | bytes) -> tuple[str, int]:
        """Store bytes content-addressed (deduplicated), streaming a file in chunks; returns (sha256, size)."""
        import hashlib  # here: OpenSSL's hashes take ~3 ms to load, and only attaching needs them

        digest = hashlib.sha256()
        size = 0
        for chunk in _iter_source(source):
            digest.update(chunk)
            size += len(chunk)
        sha = digest.hexdigest()
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM blob WHERE sha256 = ?", (sha,)).fetchone():
                return sha, size
            # The blob row goes first: blob_chunk.sha256 references it and foreign keys are checked at once.
            conn.execute("INSERT INTO blob(sha256, size, chunks) VALUES (?,?,0)", (sha, size))
            check = hashlib.sha256()
            count = 0
            for chunk in _iter_source(source):
                check.update(chunk)
                conn.execute("INSERT INTO blob_chunk(sha256, seq, data) VALUES (?,?,?)", (sha, count, chunk))
                count += 1
            if check.hexdigest() != sha:
                raise UserError("The file changed while it was being attached; attach it again.")
            conn.execute("UPDATE blob SET chunks = ? WHERE sha256 = ?", (count, sha))
        return sha, size

    def blob_chunks(self, sha256: str) -> Iterator[bytes]:
        return _blob_chunks(self._conn, sha256, self.path)

    def blob_bytes(self, sha256: str) -> bytes:
        return b"".join(self.blob_chunks(sha256))

    def blob_reader(self) -> BlobReader:
        """A reader of attachment bytes for another thread (this store's connection is not shareable)."""
        return BlobReader(self.path)

    def copy_blob_to(self, sha256: str, target: Path) -> None:
        _copy_chunks(self.blob_chunks(sha256), target)
