"""mDNS (zeroconf): the relay announces itself on the venue's network; the app lists the relays it hears.

The announcement names the event, its title, the address and the certificate's fingerprint, never the secret:
a laptop that finds a relay still needs the join code, but finds the relay again when the organiser's laptop
got a new address from the venue's Wi-Fi.
"""

from __future__ import annotations

import logging
import socket
import threading
from dataclasses import dataclass

from zeroconf import ServiceBrowser, ServiceInfo, ServiceListener, Zeroconf

from meetingkit.venue.joincode import JoinCode

SERVICE = "_meetingkit._tcp.local."
log = logging.getLogger("meetingkit.relay")


@dataclass(frozen=True)
class Found:
    """A relay heard on the network."""

    title: str
    event_id: str
    host: str
    port: int
    fingerprint: str

    def code_with(self, code: JoinCode) -> JoinCode:
        """The join code for this event at the address the relay announces now."""
        return JoinCode(self.host, self.port, code.event_id, code.secret, code.fingerprint)


class Announcement:
    """Announce a relay while it runs, from a thread of its own (zeroconf's blocking calls would stall the
    relay's event loop); a network without multicast only costs a line in the log."""

    def __init__(self, code: JoinCode, title: str) -> None:
        self._zeroconf: Zeroconf | None = None
        self._done = threading.Event()
        name = "".join(c for c in title if c.isalnum() or c in " -")[:40].strip() or "meetingkit"
        self._info = ServiceInfo(
            SERVICE,
            f"{name} {code.event_id[:8]}.{SERVICE}",
            addresses=[socket.inet_aton(code.host)],
            port=code.port,
            properties={"event": code.event_id, "title": title[:120], "tls": code.fingerprint},
        )
        self._thread = threading.Thread(target=self._register, name="mdns-announce", daemon=True)
        self._thread.start()

    def _register(self) -> None:
        try:
            self._zeroconf = Zeroconf()
            self._zeroconf.register_service(self._info)
        except Exception as exc:  # no multicast on this network: the join code still works
            log.warning("could not announce the relay on the network (%s); share the join code", exc)
        finally:
            self._done.set()

    def close(self) -> None:
        self._done.wait(10)
        if self._zeroconf is not None:
            try:
                self._zeroconf.unregister_service(self._info)
            except Exception:  # leaving the network is best effort; the record expires on its own
                pass
            self._zeroconf.close()
            self._zeroconf = None


class _Listener(ServiceListener):
    def __init__(self) -> None:
        self.found: dict[str, Found] = {}
        self.lock = threading.Lock()

    def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        info = zc.get_service_info(type_, name, timeout=2000)
        if info is None or not info.parsed_addresses() or info.port is None:
            return
        props = {k.decode(): (v or b"").decode("utf-8", "replace") for k, v in info.properties.items()}
        found = Found(
            props.get("title", ""),
            props.get("event", ""),
            info.parsed_addresses()[0],
            info.port,
            props.get("tls", ""),
        )
        with self.lock:
            self.found[name] = found

    def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self.add_service(zc, type_, name)

    def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        with self.lock:
            self.found.pop(name, None)


class Browser:
    """Listen for relays in the background; `found()` is what has been heard so far."""

    def __init__(self) -> None:
        self._listener = _Listener()
        self._zeroconf: Zeroconf | None = None
        try:
            self._zeroconf = Zeroconf()
            self._browser = ServiceBrowser(self._zeroconf, SERVICE, listener=self._listener)
        except Exception as exc:  # no multicast here: the pasted code is the way in
            log.warning("cannot look for relays on this network (%s)", exc)
            self._zeroconf = None

    def found(self) -> list[Found]:
        with self._listener.lock:
            return sorted(self._listener.found.values(), key=lambda f: (f.title.casefold(), f.host))

    def close(self) -> None:
        if self._zeroconf is not None:
            self._browser.cancel()
            self._zeroconf.close()
            self._zeroconf = None
