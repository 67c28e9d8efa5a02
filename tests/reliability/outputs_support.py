"""What the output, import and pack attacks share: the size knob, running the real CLI with a timeout,
killing it at a moment drawn from a seeded generator, and checking that no process of its session is left."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

# Every command of the suite gets this long; running out counts as a failure (a hang).
TIMEOUT = 120.0
# How long the workers of a killed job may take to notice (they watch their parent; it is immediate,
# the margin is for a loaded CI machine). Running out is a failure: a process outlived its job.
ORPHAN_GRACE = 5.0


def attack_size() -> int:
    """MEETINGKIT_ATTACK_SIZE (default 1, quick); the CI run sets a larger one. Loops scale with it."""
    value = os.environ.get("MEETINGKIT_ATTACK_SIZE", "1")
    return max(1, int(value)) if value.isdigit() else 1


def _log(args: Sequence[str | Path], outcome: str, stderr: str) -> None:
    """One line per command for the README's Reliability table, when MEETINGKIT_ATTACK_LOG names a file."""
    log = os.environ.get("MEETINGKIT_ATTACK_LOG")
    if not log:
        return
    case = os.environ.get("PYTEST_CURRENT_TEST", "?").split(" ")[0]
    crashed = outcome not in {"0", "2", "killed"}
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(f"{case}\t{args[0]}\t{outcome}\t{int(crashed)}\t{int('Traceback' in stderr)}\n")


def cli(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "meetingkit", *map(str, args)]


def run(*args: str | Path, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
    """Run `meetingkit args...`; a timeout fails the test; the exit must be 0 or 2 with no traceback."""
    try:
        result = subprocess.run(cli(*args), capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        _log(args, "hang", "")
        pytest.fail(f"meetingkit {' '.join(map(str, args))} did not finish in {timeout:.0f} s")
    _log(args, str(result.returncode), result.stderr)
    assert_contract(result)
    return result


def prepare(home: Path, *args: str | Path) -> None:
    """Run a command that sets a test up (outside any test's MEETINGKIT_HOME: module fixtures)."""
    env = {**os.environ, "MEETINGKIT_HOME": str(home)}
    try:
        subprocess.run(cli(*args), env=env, check=True, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"meetingkit {' '.join(map(str, args))} did not finish in {TIMEOUT:.0f} s")


def assert_contract(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode in {0, 2}, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert "Exception ignored" not in result.stderr, result.stderr[-2000:]
    assert "Warning" not in result.stderr, result.stderr[-2000:]
    if result.returncode == 2:
        # A pack names its stages on stderr ("Resizing photos…"); the problem is one more line.
        lines = [
            line
            for line in result.stderr.strip().splitlines()
            if line.startswith("meetingkit: ") or not line.endswith("…")
        ]
        assert len(lines) == 1, result.stderr[-2000:]
        assert lines[0].startswith("meetingkit: ") and len(lines[0]) < 400, lines[0]


def session_processes(session: int) -> list[int]:
    """Live (not zombie) processes of a session, from /proc."""
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if fields[0] != "Z" and int(fields[3]) == session:
            found.append(int(entry.name))
    return found


def assert_session_ends(session: int) -> None:
    """Every process the killed command started exits on its own; any left is killed, then the test fails."""
    deadline = time.monotonic() + ORPHAN_GRACE
    while (left := session_processes(session)) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in left:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    assert not left, f"{len(left)} process(es) outlived their job by {ORPHAN_GRACE:.0f} s"


def measure(*args: str | Path) -> float:
    """Seconds one uninterrupted run takes here: the span the kills are spread over."""
    started = time.perf_counter()
    run(*args)
    return time.perf_counter() - started


def kill_during(args: Sequence[str | Path], delay: float, env: dict[str, str] | None = None) -> int | None:
    """Start `meetingkit args` in its own session, SIGKILL it after `delay` seconds unless it ended first,
    then wait for all its processes to end. Returns its exit code when it finished before the kill."""
    process = subprocess.Popen(
        cli(*args),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        env=env,
    )
    try:
        code = process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=TIMEOUT)
        code = None
    stderr = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    _log(args, "killed" if code is None else str(code), stderr)
    assert_session_ends(process.pid)
    if code is not None:
        assert code in {0, 2}, stderr
        assert "Traceback" not in stderr, stderr
    return code


def delays(seed: str, span: float, count: int) -> Iterator[float]:
    """`count` kill moments spread over `span` seconds, reproducible from `seed`."""
    rng = random.Random(seed)
    for n in range(count):
        # Stratified: each kill lands in its own slice of the run, so small counts still cover it all.
        yield span * (n + rng.random()) / count


def leftovers(folder: Path) -> list[str]:
    """Temporary files or folders of ours left in `folder`."""
    return sorted(p.name for p in folder.iterdir() if ".partial-" in p.name or p.name.endswith(".new"))


@contextlib.contextmanager
def mounted_tmpfs(where: Path, size_kb: int, *, read_only: bool = False) -> Iterator[Path]:
    """A small tmpfs at `where` (root only; skips the test elsewhere): a real full or read-only disk."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    where.mkdir(parents=True, exist_ok=True)
    options = f"size={size_kb}k" + (",ro" if read_only else "")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
        capture_output=True,
        check=False,
        timeout=30,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False, timeout=30)
