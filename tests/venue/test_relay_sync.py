"""Rapporteurs' copies syncing through a relay on 127.0.0.1: convergence, restarts, catching up, refusals."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from support.replicas import canonical, copies
from support.venue import RelayThread, add_notes, free_port, notes, relay_process, sync

from meetingkit.store import EventStore
from meetingkit.venue import client
from meetingkit.venue.joincode import JoinCode


def _canonical(path: Path) -> object:
    with EventStore.open(path, read_only=True) as store:
        return canonical(store)


def test_two_clients_converge_through_the_relay(event: tuple[Path, str]) -> None:
    relay_file, session = event
    ana, ben = copies(relay_file, ["ana", "ben"])
    add_notes(ana, session, ["Ana: mobility is the first priority", "Ana: draft the charter"], "Ana")
    add_notes(ben, session, ["Ben: housing came up three times"], "Ben")
    with RelayThread(relay_file) as code:
        first = sync(ana, code, "Ana")
        sync(ben, code, "Ben")
        sync(ana, code, "Ana")
    assert first.sent > 0
    expected = {
        "Ana: mobility is the first priority",
        "Ana: draft the charter",
        "Ben: housing came up three times",
    }
    assert notes(ana) == notes(ben) == notes(relay_file) == expected
    assert _canonical(ana) == _canonical(ben) == _canonical(relay_file)


def test_a_relay_restart_loses_nothing_and_keeps_its_join_code(event: tuple[Path, str]) -> None:
    relay_file, session = event
    ana, ben = copies(relay_file, ["ana", "ben"])
    port = free_port()
    add_notes(ana, session, ["before the restart"], "Ana")
    with RelayThread(relay_file, port) as first_code:
        sync(ana, first_code, "Ana")
    assert notes(relay_file) == {"before the restart"}  # on the relay's disk once it stopped
    add_notes(ben, session, ["after the restart"], "Ben")
    with RelayThread(relay_file, port) as code:
        assert code == first_code  # same secret, same certificate, same address: nobody needs a new code
        sync(ben, code, "Ben")
        sync(ana, code, "Ana")
    assert notes(ana) == notes(ben) == notes(relay_file) == {"before the restart", "after the restart"}
    assert _canonical(ana) == _canonical(ben) == _canonical(relay_file)


def test_a_client_offline_for_500_edits_catches_up(event: tuple[Path, str]) -> None:
    relay_file, session = event
    ana, cleo = copies(relay_file, ["ana", "cleo"])
    with RelayThread(relay_file) as code:
        sync(cleo, code, "Cleo")
        add_notes(ana, session, [f"offline note {n}" for n in range(500)], "Ana")  # Ana was offline
        exchanged = sync(ana, code, "Ana")
        sync(cleo, code, "Cleo")
    assert exchanged.sent >= 500
    assert notes(cleo) == notes(relay_file) == {f"offline note {n}" for n in range(500)}
    assert _canonical(ana) == _canonical(cleo) == _canonical(relay_file)


def test_a_wrong_secret_is_refused_and_logged(
    event: tuple[Path, str], caplog: pytest.LogCaptureFixture
) -> None:
    relay_file, session = event
    (ana,) = copies(relay_file, ["ana"])
    add_notes(ana, session, ["must not leak"], "Ana")
    caplog.set_level(logging.WARNING, logger="meetingkit.relay")
    with RelayThread(relay_file) as code:
        for secret in ("x" * 32, replace(code, secret=code.secret[:-1] + "A").secret):
            with pytest.raises(client.SyncError, match="wrong secret"):
                sync(ana, replace(code, secret=secret), "Mallory")
    assert notes(relay_file) == set()
    assert any("wrong secret" in r.getMessage() for r in caplog.records)


def test_a_client_cannot_open_another_events_room(event: tuple[Path, str], tmp_path: Path) -> None:
    relay_file, _session = event
    with EventStore.create(
        tmp_path / "other.meeting", title="Other", start="2026-05-01", end="2026-05-01"
    ) as o:
        other_id = o.event().id
    with RelayThread(relay_file) as code, pytest.raises(client.SyncError, match="another event"):
        sync(tmp_path / "other.meeting", replace(code, event_id=other_id), "Ana")


def test_a_relay_with_another_certificate_gets_no_secret(event: tuple[Path, str]) -> None:
    relay_file, _session = event
    (ana,) = copies(relay_file, ["ana"])
    with RelayThread(relay_file) as code, pytest.raises(client.SyncError, match="certificate differs"):
        sync(ana, replace(code, fingerprint="A" * 43), "Ana")


def test_connections_beyond_the_bound_are_refused(event: tuple[Path, str]) -> None:
    relay_file, _session = event
    (ana,) = copies(relay_file, ["ana"])

    async def two(code: JoinCode) -> None:
        first = await client.open_connection(code, "Ana")
        try:
            with pytest.raises(client.SyncError, match="full"):
                await client.open_connection(code, "Ben")
        finally:
            await first.close()

    with RelayThread(relay_file, max_clients=1) as code:
        asyncio.run(two(code))
        sync(ana, code, "Ana")  # the place is free again once the first left


CLIENTS = int(os.environ.get("MEETINGKIT_RELAY_CLIENTS", "4"))
NOTES = int(os.environ.get("MEETINGKIT_RELAY_NOTES", "20"))
ROUNDS = 4


def test_load_many_clients_many_notes_end_identical(
    event: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """CLIENTS laptops each type NOTES notes in ROUNDS bursts, syncing after each burst, all at once.

    The relay is a process of its own, as on the organiser's laptop; the laptops share this one and its
    interpreter lock, so under a large size each answers slower than a laptop of its own would: the waits
    are stretched accordingly.
    """
    monkeypatch.setattr(client, "CONNECT_TIMEOUT", 600.0)
    relay_file, session = event
    names = [f"r{n}" for n in range(CLIENTS)]
    paths = copies(relay_file, names)
    errors: list[BaseException] = []

    def laptop(path: Path, name: str, code: JoinCode) -> None:
        try:
            per_round = -(-NOTES // ROUNDS)
            for start in range(0, NOTES, per_round):
                add_notes(
                    path,
                    session,
                    [f"{name} note {n}" for n in range(start, min(NOTES, start + per_round))],
                    name,
                )
                sync(path, code, name)
        except BaseException as exc:
            errors.append(exc)

    with relay_process(relay_file) as code:
        threads = [
            threading.Thread(target=laptop, args=(p, n, code)) for p, n in zip(paths, names, strict=True)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors, errors
        for path, name in zip(paths, names, strict=True):
            sync(path, code, name)  # a last round: everyone gets the bursts that came after theirs
    expected = {f"{name} note {n}" for name in names for n in range(NOTES)}
    assert notes(relay_file) == expected
    reference = _canonical(relay_file)
    for path in paths:
        assert _canonical(path) == reference
