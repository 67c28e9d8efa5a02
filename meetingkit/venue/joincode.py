"""The join code a rapporteur pastes (or scans) to reach the relay: address, event, secret, certificate.

Format (one line, also the QR code's text)::

    meetingkit://HOST:PORT/EVENT_ID?key=SECRET&tls=FINGERPRINT

HOST:PORT is where the relay listens, EVENT_ID the event's id (the only room the relay serves), SECRET the
shared secret every connection must present, FINGERPRINT the base64url SHA-256 of the relay's certificate
(the client refuses any other certificate before it sends the secret).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

SCHEME = "meetingkit"
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,128}$")
_EVENT = re.compile(r"^[A-Za-z0-9-]{1,64}$")


class JoinCodeError(ValueError):
    """A join code that does not read; its message is one sentence for the user."""


@dataclass(frozen=True)
class JoinCode:
    """A join code: the relay's address, the event, the shared secret and the fingerprint of its certificate."""

    host: str
    port: int
    event_id: str
    secret: str
    fingerprint: str

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{SCHEME}://{host}:{self.port}/{self.event_id}?key={self.secret}&tls={self.fingerprint}"

    @property
    def url(self) -> str:
        """The websocket address of the event's room."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"wss://{host}:{self.port}/{self.event_id}"


def parse(text: str) -> JoinCode:
    bad = JoinCodeError(
        "That is not a join code: it looks like meetingkit://HOST:PORT/EVENT?key=…&tls=… (copy it whole)."
    )
    try:
        parts = urlsplit(text.strip())
        port = parts.port
    except ValueError:
        raise bad from None
    if parts.scheme != SCHEME or not parts.hostname or port is None:
        raise bad
    query = parse_qs(parts.query)
    secret = query.get("key", [""])[0]
    fingerprint = query.get("tls", [""])[0]
    event_id = parts.path.strip("/")
    if not (_EVENT.match(event_id) and _TOKEN.match(secret) and _TOKEN.match(fingerprint)):
        raise bad
    return JoinCode(parts.hostname, port, event_id, secret, fingerprint)
