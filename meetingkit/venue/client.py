"""A rapporteur's side: exchange with the relay (once, or live with --watch / in the app), using Yjs' own sync
protocol as pycrdt speaks it (state vector, the update the other side lacks, then updates as they happen).

A relay answers a client's messages in order, and saves each update before reading the next message, so the
reply to our state request means everything we sent before it is on the relay's disk.
"""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from pycrdt import (
    Decoder,
    YMessageType,
    YSyncMessageType,
    create_update_message,
    read_message,
    write_message,
)
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from meetingkit.store.live import entries_in
from meetingkit.store.yjs_encoding import EMPTY_UPDATE
from meetingkit.venue import tls
from meetingkit.venue.endpoint import Endpoint
from meetingkit.venue.joincode import JoinCode
from meetingkit.venue.relay import AUTHOR_HEADER, MAX_MESSAGE, PING_INTERVAL, PING_TIMEOUT

CONNECT_TIMEOUT = 10.0  # seconds: venue Wi-Fi is slow, a dead address should still answer within this
RETRY_DELAYS = (1.0, 2.0, 5.0, 10.0)  # --watch and the app: between attempts while the relay is away


class SyncError(Exception):
    """The relay cannot be used with this code; the message is one sentence for the user."""


@dataclass(frozen=True)
class Status:
    """What the status bar shows."""

    connected: bool
    waiting: int  # changes of this file the relay has not received
    peers: tuple[str, ...] = ()  # who is connected to the relay (this laptop included)


@dataclass(frozen=True)
class Exchanged:
    """What one sync with the venue relay did: changes sent and records touched here."""

    sent: int  # changes (register entries) sent
    received: int  # records the relay's changes touched here


def _step1(state: bytes) -> bytes:
    return bytes([YMessageType.SYNC, YSyncMessageType.SYNC_STEP1]) + write_message(state)


async def open_connection(code: JoinCode, author: str, timeout: float | None = None) -> ClientConnection:
    timeout = timeout or CONNECT_TIMEOUT
    where = f"{code.host}:{code.port}"
    unreachable = SyncError(
        f"Cannot reach the relay at {where}: is it running, and is this laptop on the venue's network?"
    )
    try:
        context = await tls.pinned_context(code.host, code.port, code.fingerprint, timeout)
    except tls.CertificateMismatch:
        raise SyncError(
            f"The relay at {where} is not the one this join code names (its certificate differs);"
            " ask the organiser for the current code."
        ) from None
    except (OSError, TimeoutError, ssl.SSLError):
        raise unreachable from None
    try:
        return await connect(
            code.url,
            ssl=context,
            additional_headers={"Authorization": f"Bearer {code.secret}", AUTHOR_HEADER: quote(author)},
            max_size=MAX_MESSAGE,
            open_timeout=timeout,
            ping_interval=PING_INTERVAL,
            ping_timeout=PING_TIMEOUT,
            proxy=None,  # the relay is on the local network, never behind a proxy
        )
    except InvalidStatus as exc:
        status = exc.response.status_code
        if status == 401:
            raise SyncError(
                "The relay refused this join code (wrong secret); ask the organiser for the current code."
            ) from None
        if status == 403:
            raise SyncError("The relay serves another event than this join code names.") from None
        if status == 503:
            raise SyncError(f"The relay at {where} is full; try again when someone has left.") from None
        raise SyncError(f"The relay at {where} refused the connection ({status}).") from None
    except (OSError, TimeoutError, InvalidHandshake, ssl.SSLError):
        raise unreachable from None


class Link:
    """One connection to the relay, bound to the event file through `endpoint`."""

    def __init__(self, connection: ClientConnection, endpoint: Endpoint) -> None:
        self.connection = connection
        self.endpoint = endpoint
        self.peers: tuple[str, ...] = ()
        self.sent_state = b""
        self._waiting_step2 = 0
        self._received = 0

    async def exchange(self, timeout: float | None = None) -> Exchanged:
        """Send what the relay lacks, receive what this file lacks, and wait until the relay has saved ours."""
        timeout = timeout or CONNECT_TIMEOUT * 6  # a large first exchange is saved on both sides meanwhile
        server_state: bytes | None = None
        while server_state is None:
            server_state = self._handle(await asyncio.wait_for(self.connection.recv(), timeout))
        ours = self.endpoint.update_since(server_state)
        sent = 0
        if ours != EMPTY_UPDATE:
            sent = entries_in(ours)
            await self.connection.send(create_update_message(ours))
        self.sent_state = self.endpoint.state()
        received = await self.confirm(timeout)
        return Exchanged(sent, received)

    async def confirm(self, timeout: float) -> int:
        """Ask for what the relay has that this file lacks; the answer also means our updates are saved."""
        self._waiting_step2 += 1
        self._received = 0
        await self.connection.send(_step1(self.endpoint.state()))
        while self._waiting_step2:
            self._handle(await asyncio.wait_for(self.connection.recv(), timeout))
        return self._received

    def _handle(self, message: Any) -> bytes | None:
        """Act on one message; returns the relay's state vector when the message is its state request."""
        if not isinstance(message, bytes) or len(message) < 2:
            return None
        if message[0] == YMessageType.SYNC:
            kind, body = message[1], message[2:]
            if kind == YSyncMessageType.SYNC_STEP1:
                return bytes(read_message(body))
            update = bytes(read_message(body))
            if update != EMPTY_UPDATE:
                self._received += self.endpoint.receive(update)
            if kind == YSyncMessageType.SYNC_STEP2 and self._waiting_step2:
                self._waiting_step2 -= 1
        elif message[0] == YMessageType.AWARENESS:
            self.peers = _connected(bytes(read_message(message[1:]))) or self.peers
        return None

    async def push(self) -> None:
        """Send this file's changes since the last send (edits typed while connected)."""
        update = self.endpoint.update_since(self.sent_state or None)
        if update != EMPTY_UPDATE:
            await self.connection.send(create_update_message(update))
        self.sent_state = self.endpoint.state()

    async def listen(self) -> None:
        """Apply the relay's updates as they come, until the connection closes."""
        try:
            async for message in self.connection:
                self._handle(message)
        except ConnectionClosed:
            pass


def _connected(awareness: bytes) -> tuple[str, ...]:
    """The relay's awareness state names who is connected."""
    decoder = Decoder(awareness)
    found: tuple[str, ...] = ()
    for _ in range(decoder.read_var_uint()):
        decoder.read_var_uint()  # client id
        decoder.read_var_uint()  # clock
        text = decoder.read_var_string()
        state = json.loads(text) if text else None
        if isinstance(state, dict) and state.get("relay") and isinstance(state.get("connected"), list):
            found = tuple(str(n) for n in state["connected"])
    return found


async def sync_once(endpoint: Endpoint, code: JoinCode, author: str) -> Exchanged:
    connection = await open_connection(code, author)
    try:
        return await Link(connection, endpoint).exchange()
    except (ConnectionClosed, TimeoutError):
        raise SyncError(
            f"The relay at {code.host}:{code.port} closed the connection before the exchange ended."
        ) from None
    finally:
        await connection.close()


async def watch(
    endpoint: Endpoint,
    code: JoinCode,
    author: str,
    stop: asyncio.Event,
    *,
    on_status: Callable[[Status], None] = lambda _s: None,
    nudge: asyncio.Event | None = None,
    refresh_every: float | None = 1.0,
) -> None:
    """Stay in sync until `stop`: reconnect when the relay comes back, push edits as they are saved.

    Only the first connection's failure is raised (a wrong code); later drops are waited out, the edits
    queue in the file, and the status says offline with the number of changes waiting.
    """
    nudge = nudge or asyncio.Event()
    first = True
    acked = b""  # the file's state the relay last confirmed
    attempt = 0
    while not stop.is_set():
        try:
            connection = await open_connection(code, author)
        except SyncError:
            if first:
                raise
            on_status(Status(False, endpoint.waiting(acked) if acked else 0))
            delay = RETRY_DELAYS[min(attempt, len(RETRY_DELAYS) - 1)]
            attempt += 1
            await _wait_any(stop, nudge, delay)
            nudge.clear()
            continue
        first, attempt = False, 0
        link = Link(connection, endpoint)
        try:
            await link.exchange()
            acked = link.sent_state
            on_status(Status(True, 0, link.peers))
            reader = asyncio.ensure_future(link.listen())
            shown = link.peers
            while not stop.is_set() and not reader.done():
                await _wait_any(stop, nudge, refresh_every, reader)
                nudge.clear()
                if endpoint.changed_elsewhere() or endpoint.waiting(link.sent_state):
                    await link.push()
                    acked = link.sent_state
                if link.peers != shown:
                    shown = link.peers
                    on_status(Status(True, 0, shown))
            reader.cancel()
        except (ConnectionClosed, TimeoutError, OSError):
            pass
        finally:
            await connection.close()
        if not stop.is_set():
            on_status(Status(False, endpoint.waiting(acked) if acked else 0))


async def _wait_any(
    stop: asyncio.Event, nudge: asyncio.Event, timeout: float | None, *others: asyncio.Future[Any]
) -> None:
    waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(nudge.wait()), *others]
    try:
        await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters[:2]:
            waiter.cancel()
