"""The relay: the event's Yjs document served with pycrdt-websocket, persisted into the event file as it comes.

One room, named by the event's id: the event is one Yjs document (store/replica.py). The room's document is a
mirror of the file's: every update a client sends is applied to the mirror by pycrdt-websocket, and the mirror's
observer hands it at once (in the same call, before the next message of that client is read) to the store's
normal path — mirrored, projected into the rows and the index, committed. So when a client's state request is
answered, everything it sent before is on disk. Local edits of the file go the other way (push_local).

The transport is `websockets` over TLS; every connection is checked before the upgrade: the secret (compared in
constant time), the room (only this event's), the number of connections; messages are bounded in size.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote

from pycrdt import Doc, TransactionEvent
from pycrdt.websocket import WebsocketServer, YRoom
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from meetingkit.store import live
from meetingkit.store.eventstore import EventStore
from meetingkit.store.yjs_encoding import EMPTY_UPDATE
from meetingkit.venue import tls
from meetingkit.venue.endpoint import Endpoint
from meetingkit.venue.joincode import JoinCode

log = logging.getLogger("meetingkit.relay")

DEFAULT_PORT = 8765
MAX_MESSAGE = 32 * 1024 * 1024  # bytes: a whole congress's document fits; a runaway client does not
MAX_CLIENTS = 64
# Keepalive: a laptop that left the Wi-Fi without a goodbye is dropped (and leaves the list of who is
# connected) after PING_INTERVAL + PING_TIMEOUT; the timeout is long because a laptop applying a large update
# (a whole congress on first connection) cannot answer a ping meanwhile.
PING_INTERVAL, PING_TIMEOUT = 30.0, 180.0
OPEN_TIMEOUT = 60.0  # seconds for a laptop's TLS and websocket handshake: venue Wi-Fi, a relay busy saving
AUTHOR_HEADER = "X-Meetingkit-Author"
SECRET_KEY, CERT_KEY, KEY_KEY = "relay_secret", "relay_certificate", "relay_key"


@dataclass(frozen=True)
class Credentials:
    """The relay's secret and its TLS certificate and key."""

    secret: str
    cert_pem: str
    key_pem: str


def credentials(store: EventStore) -> Credentials:
    """The relay's secret and certificate, made once and kept in the event file, so a restarted relay has the
    same join code and rapporteurs reconnect without a new one."""
    secret = live.local_value(store, SECRET_KEY)
    cert, key = live.local_value(store, CERT_KEY), live.local_value(store, KEY_KEY)
    if secret is None:
        secret = secrets.token_urlsafe(24)
        live.set_local_value(store, SECRET_KEY, secret)
    if cert is None or key is None:
        cert, key = tls.make_certificate()
        live.set_local_value(store, CERT_KEY, cert)
        live.set_local_value(store, KEY_KEY, key)
    return Credentials(secret, cert, key)


class _Channel:
    """A websockets connection as pycrdt's Channel: bytes in, bytes out, iteration ends when it closes."""

    def __init__(self, connection: ServerConnection, path: str, on_joined: Callable[[], None]) -> None:
        self._connection = connection
        self._path = path
        self._on_joined: Callable[[], None] | None = on_joined

    @property
    def path(self) -> str:
        return self._path

    def __aiter__(self) -> _Channel:
        return self

    async def __anext__(self) -> bytes:
        joined, self._on_joined = self._on_joined, None
        if joined is not None:
            # The room reads a client's first message once the client is in its list: announcing who is
            # connected now reaches the newcomer too.
            joined()
        try:
            message = await self._connection.recv()
        except ConnectionClosed:
            raise StopAsyncIteration from None
        return message if isinstance(message, bytes) else message.encode()

    async def send(self, message: bytes) -> None:
        try:
            await self._connection.send(message)
        except ConnectionClosed:
            pass  # the client left; its loop ends on its own

    async def recv(self) -> bytes:
        return await self.__anext__()


@dataclass
class Relay:
    """Serve one event file. `run` until `stop` is set; `on_ready` gets the join code once listening."""

    endpoint: Endpoint
    event_id: str
    creds: Credentials
    host: str = "0.0.0.0"
    port: int = DEFAULT_PORT
    advertised_host: str = ""
    max_clients: int = MAX_CLIENTS
    max_message: int = MAX_MESSAGE
    on_peers: Callable[[tuple[str, ...]], None] | None = None
    peers: dict[int, str] = field(default_factory=dict)
    _pushing: bool = False
    _room: YRoom | None = None
    _mirror: Doc[Any] | None = None

    @property
    def room_path(self) -> str:
        return f"/{self.event_id}"

    def join_code(self, port: int) -> JoinCode:
        return JoinCode(
            self.advertised_host or self.host,
            port,
            self.event_id,
            self.creds.secret,
            tls.fingerprint(self.creds.cert_pem),
        )

    # ---------------------------------------------------------------- the mirror and the file

    def _on_mirror(self, event: TransactionEvent) -> None:
        if self._pushing:
            return
        try:
            self.endpoint.receive(bytes(event.update))
        except Exception:  # a client's bad update must not stop the relay; the log names it
            log.exception("an update from a client could not be saved")

    def push_local(self) -> None:
        """Send what the file has and the room lacks (edits made in this file) to every client."""
        if self._mirror is None:
            return
        update = self.endpoint.update_since(bytes(self._mirror.get_state()))
        if update == EMPTY_UPDATE:
            return
        self._pushing = True
        try:
            self._mirror.apply_update(update)
        finally:
            self._pushing = False

    # ---------------------------------------------------------------- connections

    def _check(self, connection: ServerConnection, request: Request) -> Response | None:
        who = _peer(connection)
        if len(self.peers) >= self.max_clients:
            log.warning("refused %s: %d laptops already connected", who, self.max_clients)
            return connection.respond(HTTPStatus.SERVICE_UNAVAILABLE, "Too many connections.\n")
        given = request.headers.get("Authorization", "")
        expected = f"Bearer {self.creds.secret}"
        if not hmac.compare_digest(given.encode(), expected.encode()):
            log.warning("refused %s: %s secret", who, "wrong" if given else "missing")
            return connection.respond(HTTPStatus.UNAUTHORIZED, "Wrong or missing secret.\n")
        if request.path != self.room_path:
            log.warning("refused %s: asked for another event (%s)", who, request.path[:80])
            return connection.respond(HTTPStatus.FORBIDDEN, "This relay serves another event.\n")
        return None

    async def _serve(self, connection: ServerConnection, server: WebsocketServer) -> None:
        name = _author(connection.request.headers if connection.request else Headers())
        self.peers[id(connection)] = name
        log.info("%s connected from %s", name, _peer(connection))
        try:
            await server.serve(_Channel(connection, self.room_path, self._announce))
        finally:
            self.peers.pop(id(connection), None)
            log.info("%s left", name)
            self._announce()

    def _announce(self) -> None:
        names = tuple(sorted(self.peers.values(), key=str.casefold))
        if self._room is not None:
            # The room's awareness carries who is connected to every client (pycrdt-websocket broadcasts it).
            self._room.awareness.set_local_state({"relay": True, "connected": list(names)})
        if self.on_peers is not None:
            self.on_peers(names)

    # ---------------------------------------------------------------- running

    async def run(
        self,
        stop: asyncio.Event,
        on_ready: Callable[[JoinCode], None] | None = None,
        *,
        refresh_every: float | None = None,
    ) -> None:
        mirror: Doc[Any] = Doc()
        mirror.apply_update(self.endpoint.update_since(None))
        subscription = mirror.observe(self._on_mirror)
        self._mirror = mirror
        server = WebsocketServer(rooms_ready=True, auto_clean_rooms=False, log=log)
        context = tls.server_context(self.creds.cert_pem, self.creds.key_pem)
        try:
            async with server:
                self._room = YRoom(ready=True, ydoc=mirror, log=log)
                server.rooms[self.room_path] = self._room
                await server.start_room(self._room)
                listener: Server
                async with serve(
                    lambda c: self._serve(c, server),
                    self.host,
                    self.port,
                    ssl=context,
                    process_request=self._check,
                    max_size=self.max_message,
                    ping_interval=PING_INTERVAL,
                    ping_timeout=PING_TIMEOUT,
                    open_timeout=OPEN_TIMEOUT,
                    logger=logging.getLogger("meetingkit.relay.websockets"),
                ) as listener:
                    port = listener.sockets[0].getsockname()[1]
                    if on_ready is not None:
                        on_ready(self.join_code(port))
                    while not stop.is_set():
                        try:
                            await asyncio.wait_for(stop.wait(), refresh_every)
                        except TimeoutError:
                            if self.endpoint.changed_elsewhere():
                                self.push_local()
                    listener.close()
                await server.delete_room(room=self._room)
        finally:
            mirror.unobserve(subscription)
            self._room = None
            self._mirror = None


def _peer(connection: ServerConnection) -> str:
    address = connection.remote_address
    return str(address[0]) if address else "?"


def _author(headers: Headers) -> str:
    name = " ".join(unquote(headers.get(AUTHOR_HEADER, "")).split())[:60]
    return name or "someone"
