"""The editor lock: a second app instance is told who has the event open; a crash never leaves it locked."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from meetingkit.store import EventStore, FileLockedError
from meetingkit.store.lock import EditorLock, lock_path


def test_a_second_editor_is_refused_and_told_who_holds_the_file(store: EventStore, event_path: Path) -> None:
    store.close()
    first = EventStore.open(event_path, lock=True)
    try:
        with pytest.raises(FileLockedError) as info:
            EventStore.open(event_path, lock=True)
        message = str(info.value)
        assert message.startswith(f"{event_path.name} is already open by ")
        assert f"(process {os.getpid()})" in message
        assert f" on {socket.gethostname()} (process" in message  # the machine, as anyone would name it
        assert info.value.holder and info.value.holder in message
    finally:
        first.close()


def test_the_locked_file_can_still_be_read(store: EventStore, event_path: Path) -> None:
    store.close()
    with EventStore.open(event_path, lock=True), EventStore.open(event_path, read_only=True) as reader:
        assert reader.event().title == "Learning Meeting"


def test_close_releases_the_lock(store: EventStore, event_path: Path) -> None:
    store.close()
    EventStore.open(event_path, lock=True).close()
    assert not lock_path(event_path).exists()
    with EventStore.open(event_path, lock=True) as again:
        assert again.event().title == "Learning Meeting"


def test_a_refused_open_leaves_the_holder_locked(store: EventStore, event_path: Path) -> None:
    store.close()
    with EventStore.open(event_path, lock=True):
        for _ in range(2):
            with pytest.raises(FileLockedError):
                EventStore.open(event_path, lock=True)
        assert lock_path(event_path).exists()


_HOLD_AND_WAIT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from meetingkit.store import EventStore
    store = EventStore.open(Path(sys.argv[1]), lock=True)
    print("locked", flush=True)
    sys.stdin.read()  # hold the lock until killed
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_lock_held_by_a_killed_process_does_not_block(store: EventStore, event_path: Path) -> None:
    store.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_AND_WAIT, str(event_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(FileLockedError, match=f"process {holder.pid}"):
            EventStore.open(event_path, lock=True)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        for stream in (holder.stdin, holder.stdout):
            if stream is not None:
                stream.close()
    assert lock_path(event_path).exists()  # the killed process could not clean up
    with EventStore.open(event_path, lock=True) as after:
        assert after.event().title == "Learning Meeting"


class _WindowsByteLocks:
    """msvcrt.locking as Windows does it: a lock covers bytes from the handle's current position, and
    every open handle (here: every EditorLock, as if in its own process) competes per byte."""

    LK_NBLCK = 2

    def __init__(self) -> None:
        self.locked: dict[tuple[int, int], int] = {}  # (inode, offset) -> fd holding it

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        assert mode == self.LK_NBLCK and nbytes == 1
        key = (os.fstat(fd).st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        if key in self.locked:
            raise OSError("Permission denied: the byte is locked")
        self.locked[key] = fd


def test_on_windows_every_instance_locks_the_same_byte(
    store: EventStore, event_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lock file already holding the first holder's text must not move the byte the second one locks."""
    store.close()
    fake = _WindowsByteLocks()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    first = EditorLock(event_path)
    first.acquire()
    try:
        with pytest.raises(FileLockedError, match=f"process {os.getpid()}"):
            EditorLock(event_path).acquire()
        assert len(fake.locked) == 1
    finally:
        first.release()
