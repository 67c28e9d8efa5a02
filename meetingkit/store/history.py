"""The replicated history read whole on another thread: the app reads it after the window shows, so the
first merge or conflict does not stall the window; apart from `replica` because no command needs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from meetingkit.store.connection import connect
from meetingkit.store.replica import doc_of

if TYPE_CHECKING:
    from pycrdt import Doc


@dataclass(frozen=True)
class History:
    """The whole document as read on another thread, and the (seq, size) of the log rows it was read from."""

    doc: Doc[Any]
    log: tuple[tuple[int, int], ...]
    client_id: int


def read_history(path: Path, *, client_id: int) -> History:
    """Read a file's whole document through a connection of this thread's own, in one read transaction.

    The file is the one the store already opened and checked; this only reads its update log.
    """
    conn = connect(path, read_only=True)
    try:
        # Rows first, decoding after: a reader's lock holds back the window's next commit (rollback
        # journal), so it is held only while the bytes are read.
        conn.execute("BEGIN")
        rows = conn.execute("SELECT seq, data FROM replica_update ORDER BY seq").fetchall()
        conn.execute("COMMIT")
    finally:
        conn.close()
    doc = doc_of((row[1] for row in rows), client_id=client_id)
    return History(doc, tuple((int(r[0]), len(r[1])) for r in rows), client_id)
