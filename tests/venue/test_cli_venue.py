"""`meetingkit relay` and `meetingkit sync` as a user's shell runs them: join code, exit codes, clean stops."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from support.cli import assert_user_error
from support.replicas import copies
from support.venue import TIMEOUT, RelayThread, add_notes, free_port, notes, wait_until

from meetingkit.venue import joincode


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "MEETINGKIT_HOME": str(home), "PYTHONUTF8": "1"}


def _meetingkit(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "meetingkit", *map(str, args)],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


def _start(home: Path, *args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "meetingkit", *map(str, args)],
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_relay_prints_the_join_code_first_and_stops_cleanly_on_sigterm(
    event: tuple[Path, str], _isolated_home: Path
) -> None:
    relay_file, session = event
    (ana,) = copies(relay_file, ["ana"])
    add_notes(ana, session, ["typed at the venue"], "Ana")
    relay = _start(_isolated_home, "relay", relay_file, "--host", "127.0.0.1", "--port", "0")
    try:
        assert relay.stdout is not None
        code = joincode.parse(relay.stdout.readline())
        assert (code.host, code.event_id) == ("127.0.0.1", _event_id(relay_file))
        synced = _meetingkit(_isolated_home, "sync", ana, "--relay", str(code))
        assert synced.returncode == 0, synced.stderr
        assert "sent" in synced.stdout
    finally:
        relay.send_signal(signal.SIGTERM)
        _out, err = relay.communicate(timeout=TIMEOUT)
    assert relay.returncode == 0, err
    assert "Traceback" not in err
    assert "Relay stopped" in err
    assert notes(relay_file) == {"typed at the venue"}


def _event_id(path: Path) -> str:
    from meetingkit.store import EventStore

    with EventStore.open(path, read_only=True) as store:
        return store.event().id


@pytest.mark.parametrize(
    "mangle, words",
    [
        (lambda c: "not a code", ["join code"]),
        (lambda c: str(c).replace("key=", "key=x"), ["wrong secret"]),
        (lambda c: str(c).replace(f":{c.port}/", f":{free_port()}/"), ["cannot reach"]),
    ],
)
def test_sync_with_a_wrong_code_or_no_relay_is_one_line_and_exit_2(
    event: tuple[Path, str], _isolated_home: Path, mangle: object, words: list[str]
) -> None:
    relay_file, _session = event
    (ana,) = copies(relay_file, ["ana"])
    with RelayThread(relay_file) as code:
        result = _meetingkit(_isolated_home, "sync", ana, "--relay", mangle(code))  # type: ignore[operator]
    assert_user_error(result, *words)


def test_sync_refuses_a_code_for_another_event(
    event: tuple[Path, str], tmp_path: Path, _isolated_home: Path
) -> None:
    relay_file, _session = event
    other = tmp_path / "other.meeting"
    assert (
        _meetingkit(
            _isolated_home, "new", other, "--title", "Other", "--start", "2026-05-01", "--end", "2026-05-01"
        ).returncode
        == 0
    )
    with RelayThread(relay_file) as code:
        assert_user_error(_meetingkit(_isolated_home, "sync", other, "--relay", str(code)), "another event")


def test_watch_keeps_syncing_and_offline_edits_flow_when_the_relay_is_back(
    event: tuple[Path, str], _isolated_home: Path
) -> None:
    relay_file, session = event
    ana, ben = copies(relay_file, ["ana", "ben"])
    port = free_port()
    relay = RelayThread(relay_file, port)
    code = relay.start()
    watcher = _start(_isolated_home, "sync", ana, "--relay", str(code), "--watch")
    try:
        add_notes(ben, session, ["from Ben, live"], "Ben")
        from support.venue import sync

        sync(ben, code, "Ben")
        wait_until(lambda: "from Ben, live" in notes(ana))  # arrived while watching
        relay.stop()
        # The relay is away: Ana keeps typing (another `meetingkit add` on her file); it waits in her file.
        assert (
            _meetingkit(
                _isolated_home, "add", ana, "--session", "Opening plenary", "typed offline"
            ).returncode
            == 0
        )
        relay = RelayThread(relay_file, port)
        relay.start()
        wait_until(lambda: "typed offline" in notes(relay_file))
    finally:
        watcher.send_signal(signal.SIGINT)
        _out, err = watcher.communicate(timeout=TIMEOUT)
        relay.stop()
    assert watcher.returncode == 0, err
    assert "Traceback" not in err
    assert "Connected to the relay" in err and "Offline" in err
