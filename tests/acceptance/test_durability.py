"""Every acknowledged capture survives a kill -9, and concurrent writers all succeed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from support.cli import Run

from meetingkit.store import EventStore

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from meetingkit.store import EventStore

    store = EventStore.open(Path(sys.argv[1]), author="writer")
    session_id = sys.argv[2]
    n = 0
    while True:
        item = store.add_entry(session_id, f"! line {sys.argv[3]}-{n} @UCLG ^short")
        # Printed only after add_entry returned, i.e. after COMMIT: this is the acknowledgement.
        print(item.id, flush=True)
        n += 1
    """
)


def _event(tmp_path: Path) -> tuple[Path, str]:
    file = tmp_path / "x.meeting"
    with EventStore.create(file, title="Durability", start="2017-09-12", end="2017-09-12") as store:
        session = store.add_session(store.day(1).id, "Plenary")
    return file, session.id


@pytest.mark.slow
def test_acknowledged_adds_survive_kill_9(tmp_path: Path) -> None:
    file, session_id = _event(tmp_path)
    acknowledged: list[str] = []
    # Kill after a varying number of acknowledgements, so the kill lands at different points of a write.
    for round_number, wait_for in enumerate((1, 3, 7, 12, 20, 33, 50, 5)):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(file), session_id, str(round_number)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        for _ in range(wait_for):
            acknowledged.append(proc.stdout.readline().strip())
        os.kill(proc.pid, signal.SIGKILL)
        # Lines already printed before the kill were acknowledged too.
        acknowledged += [line.strip() for line in proc.stdout.read().splitlines() if line.strip()]
        proc.wait()
    with EventStore.open(file) as store:
        stored = {item.id for item in store.items(session_id)}
        assert [r[0] for r in store.query("PRAGMA integrity_check")] == ["ok"]
    missing = [a for a in acknowledged if a not in stored]
    assert not missing, f"{len(missing)} acknowledged items lost"
    assert len(acknowledged) >= 131


def test_concurrent_cli_adds_all_succeed(run: Run, tmp_path: Path) -> None:
    file, _ = _event(tmp_path)
    env = {**os.environ, "PYTHONUTF8": "1"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "meetingkit", "add", str(file), "--session", "Plenary", f"* point {n}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(8)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 8, results
    with EventStore.open(file) as store:
        texts = sorted(item.text for item in store.items())
    assert texts == sorted(f"point {n}" for n in range(8))
