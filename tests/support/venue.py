"""A relay on 127.0.0.1 in a thread of the test process, and rapporteurs' copies that sync with it."""

from __future__ import annotations

import asyncio
import contextlib
import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from meetingkit.store import EventStore
from meetingkit.venue import client, joincode
from meetingkit.venue.endpoint import StoreEndpoint
from meetingkit.venue.joincode import JoinCode
from meetingkit.venue.relay import Relay, credentials

TIMEOUT = 60.0  # generous: six other jobs share this machine's two cores


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until(condition: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    """Poll an observable condition (a file's content, a process's output) until it holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


class RelayThread:
    """`meetingkit relay` in a thread: its own event loop, its own connection to the file (opened there)."""

    def __init__(self, path: Path, port: int = 0, max_clients: int | None = None) -> None:
        self.path, self.port, self.max_clients = path, port, max_clients
        self._codes: queue.Queue[JoinCode | BaseException] = queue.Queue()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._main, daemon=True)

    def _main(self) -> None:
        try:
            with EventStore.open(self.path, author="organiser", lock=True) as store:
                relay = Relay(
                    StoreEndpoint(store), store.event().id, credentials(store), "127.0.0.1", self.port
                )
                if self.max_clients is not None:
                    relay.max_clients = self.max_clients

                async def run() -> None:
                    self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()
                    await relay.run(self._stop, self._codes.put, refresh_every=0.05)

                asyncio.run(run())
        except BaseException as exc:  # handed to the test through the queue
            self._codes.put(exc)

    def start(self) -> JoinCode:
        self._thread.start()
        code = self._codes.get(timeout=TIMEOUT)
        if isinstance(code, BaseException):
            raise code
        return code

    def stop(self) -> None:
        assert self._loop is not None and self._stop is not None
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(TIMEOUT)
        assert not self._thread.is_alive()

    def __enter__(self) -> JoinCode:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def relay_process(path: Path) -> Iterator[JoinCode]:
    """The real `meetingkit relay` as a process of its own (as on the organiser's laptop); SIGTERM at the end."""
    relay = subprocess.Popen(
        [sys.executable, "-m", "meetingkit", "relay", str(path), "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert relay.stdout is not None
        yield joincode.parse(relay.stdout.readline())
    finally:
        relay.terminate()
        assert relay.wait(TIMEOUT) == 0


def sync(path: Path, code: JoinCode, author: str = "rapporteur") -> client.Exchanged:
    """`meetingkit sync FILE --relay CODE`, in process."""
    with EventStore.open(path, author=author) as store:
        return asyncio.run(client.sync_once(StoreEndpoint(store), code, author))


def add_notes(path: Path, session_id: str, texts: list[str], author: str = "rapporteur") -> None:
    with EventStore.open(path, author=author) as store:
        for text in texts:
            store.add_item(session_id, text)


def notes(path: Path) -> set[str]:
    with EventStore.open(path, read_only=True) as store:
        return {item.text for item in store.items()}
