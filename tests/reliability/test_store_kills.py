"""kill -9 at changing moments while several writers add notes to one event file at once.

A steady writer (the app's own capture path) runs throughout; each round starts a second writer and two
`meetingkit add` commands, kills that writer after a varying number of its acknowledgements (a note is
acknowledged once its id is printed, i.e. after COMMIT) and kills one of the two adds. At the end every
acknowledged note must be in the file and `check` must find the file healthy.
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from support.attack import COMMAND_TIMEOUT, Tally, attack_size, meetingkit

from meetingkit.store import EventStore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from meetingkit.store import EventStore

    store = EventStore.open(Path(sys.argv[1]), author=sys.argv[3])
    n = 0
    while True:
        item = store.add_entry(sys.argv[2], f"* {sys.argv[3]} line {n} #kill")
        print(item.id, flush=True)  # after COMMIT: the acknowledgement
        n += 1
    """
)


class Writer:
    def __init__(self, path: Path, session_id: str, name: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), session_id, name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self._selector = selectors.DefaultSelector()
        self._selector.register(self.proc.stdout, selectors.EVENT_READ)
        self.acknowledged: list[str] = []

    def wait_for(self, count: int) -> None:
        """Read until `count` more notes are acknowledged; a writer that stalls fails the test."""
        assert self.proc.stdout is not None
        target = len(self.acknowledged) + count
        while len(self.acknowledged) < target:
            if not self._selector.select(timeout=COMMAND_TIMEOUT):
                self.kill()
                pytest.fail(f"a writer acknowledged nothing for {COMMAND_TIMEOUT:.0f} s")
            line = self.proc.stdout.readline()
            if not line:
                pytest.fail(
                    f"a writer died on its own: {self.proc.stderr.read() if self.proc.stderr else ''}"
                )
            self.acknowledged.append(line.strip())

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        assert self.proc.stdout is not None
        # Lines printed before the kill were acknowledged too.
        self.acknowledged += [line.strip() for line in self.proc.stdout.read().splitlines() if line.strip()]
        self.proc.wait(timeout=COMMAND_TIMEOUT)
        self._selector.close()


def _cli_add(path: Path, home: Path, label: str) -> subprocess.Popen[str]:
    env = {**os.environ, "MEETINGKIT_HOME": str(home), "PYTHONUTF8": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "meetingkit", "add", str(path), "--session", "Plenary", f"= {label}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_kill_9_during_concurrent_adds_loses_no_acknowledged_line(tmp_path: Path) -> None:
    path = tmp_path / "event.meeting"
    with EventStore.create(path, title="Kills", start="2017-09-12", end="2017-09-12", author="ana") as store:
        session_id = store.add_session(store.day(1).id, "Plenary").id
    home = tmp_path / "home"
    chooser = random.Random(11)
    rounds = 8 * attack_size()
    tally = Tally("kill -9 during concurrent add")
    acknowledged: list[str] = []
    kills = 0
    steady = Writer(path, session_id, "steady")
    for round_number in range(rounds):
        victim = Writer(path, session_id, f"victim{round_number}")
        adds = [_cli_add(path, home, f"cli {round_number}-{n}") for n in range(2)]
        # The kill lands after a different number of the victim's commits each round, while the steady
        # writer and the CLI adds are in the middle of their own transactions.
        victim.wait_for(chooser.randint(1, 12))
        victim.kill()
        steady.wait_for(chooser.randint(1, 4))
        for n, add in enumerate(adds):
            if n == round_number % 2:
                add.kill()
            try:
                out, err = add.communicate(timeout=COMMAND_TIMEOUT)
            except subprocess.TimeoutExpired:
                add.kill()
                out, err = add.communicate()
                tally.crashes.append(f"add {round_number}-{n}: no answer within {COMMAND_TIMEOUT:.0f} s")
                continue
            if add.returncode == -signal.SIGKILL:
                tally.commands += 1  # killed by us before it answered: nothing was acknowledged
                kills += 1
            else:
                tally.record(
                    ["add", str(path)], subprocess.CompletedProcess(add.args, add.returncode, out, err)
                )
                if add.returncode == 0:
                    acknowledged.append(out.strip())
        acknowledged += victim.acknowledged
        tally.commands += 1
        kills += 1
    steady.kill()
    kills += 1
    acknowledged += steady.acknowledged
    tally.commands += 1

    result = meetingkit(["check", path], cwd=tmp_path, home=home)
    tally.record(["check", str(path)], result)
    assert result is not None and result.returncode == 0, result
    with EventStore.open(path) as store:
        stored = {item.id for item in store.items(session_id)}
    tally.lost_lines = len([line for line in acknowledged if line not in stored])
    tally.case = f"kill -9 during concurrent add ({kills} kills, {len(acknowledged)} acknowledged notes)"
    tally.assert_clean()
    assert len(acknowledged) >= rounds * 3
