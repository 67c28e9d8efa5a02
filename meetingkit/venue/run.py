"""The `relay` and `sync` commands' running: an event loop, Ctrl+C and SIGTERM as a clean stop, the messages."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import sys
from collections.abc import Iterator
from typing import TextIO

from meetingkit.core.errors import UserError
from meetingkit.store.eventstore import EventStore
from meetingkit.venue import client, discovery, joincode
from meetingkit.venue.endpoint import StoreEndpoint
from meetingkit.venue.relay import DEFAULT_PORT, Relay, credentials

REFRESH_EVERY = 1.0  # seconds between looks for edits other processes saved into the file


def lan_address() -> str:
    """The address other laptops reach this one at (the interface of the default route); loopback without one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET: no packet is sent, the kernel only picks a route
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


@contextlib.contextmanager
def _stop_on_signals(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> Iterator[None]:
    wanted = [signal.SIGINT, signal.SIGTERM]
    installed = []
    for sig in wanted:
        try:
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
        except (NotImplementedError, RuntimeError):
            pass  # Windows: Ctrl+C arrives as KeyboardInterrupt, handled by the CLI
    try:
        yield
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)


def relay(store: EventStore, host: str, port: int | None, out: TextIO = sys.stdout) -> int:
    """Serve the event until interrupted. The join code is the first line of `out`; the log goes to stderr."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    logging.getLogger("meetingkit.relay.websockets").setLevel(logging.WARNING)
    endpoint = StoreEndpoint(store)
    server = Relay(
        endpoint,
        store.event().id,
        credentials(store),
        host=host,
        port=DEFAULT_PORT if port is None else port,
        advertised_host=lan_address() if host in ("0.0.0.0", "::", "") else host,
    )

    announced: list[discovery.Announcement] = []

    def ready(code: joincode.JoinCode) -> None:
        print(code, file=out, flush=True)
        if code.host.count(".") == 3 and not code.host.startswith("127."):
            announced.append(discovery.Announcement(code, store.event().title))
        print(
            f"Serving {store.path.name} at {code.host}:{code.port}; share the line above. Ctrl+C stops.",
            file=sys.stderr,
            flush=True,
        )

    async def main() -> None:
        stop = asyncio.Event()
        with _stop_on_signals(asyncio.get_running_loop(), stop):
            await server.run(stop, ready, refresh_every=REFRESH_EVERY)

    try:
        asyncio.run(main())
    except OSError as exc:
        raise UserError(
            f"Cannot listen on {host}:{server.port} ({exc.strerror or exc}); choose another with --port."
        ) from None
    finally:
        for announcement in announced:
            announcement.close()
    print("Relay stopped; everything received is in the event file.", file=sys.stderr)
    return 0


def sync(store: EventStore, code_text: str, *, watch: bool, author: str) -> int:
    try:
        code = joincode.parse(code_text)
    except joincode.JoinCodeError as exc:
        raise UserError(str(exc)) from None
    event = store.event()
    if code.event_id != event.id:
        raise UserError(f"This join code is for another event than {store.path.name} ('{event.title}').")
    endpoint = StoreEndpoint(store)

    def show(status: client.Status) -> None:
        if status.connected:
            others = ", ".join(status.peers) or "nobody else yet"
            print(f"Connected to the relay ({others}).", file=sys.stderr, flush=True)
        else:
            print(f"Offline; {status.waiting} changes waiting.", file=sys.stderr, flush=True)

    async def main() -> client.Exchanged | None:
        if not watch:
            return await client.sync_once(endpoint, code, author)
        stop = asyncio.Event()
        with _stop_on_signals(asyncio.get_running_loop(), stop):
            await client.watch(endpoint, code, author, stop, on_status=show, refresh_every=REFRESH_EVERY)
        return None

    try:
        done = asyncio.run(main())
    except client.SyncError as exc:
        raise UserError(str(exc)) from None
    if done is not None:
        print(
            f"Synced {store.path.name} with the relay at {code.host}:{code.port}:"
            f" sent {done.sent} changes, received changes to {done.received} records."
        )
    else:
        print("Stopped syncing; edits made from now on wait in the file.", file=sys.stderr)
    return 0
