"""Photos resized on several cores come back in order, with progress, and a bad photo stops the batch by name."""

from __future__ import annotations

import contextlib
import io
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image

from meetingkit.media.files import MediaError
from meetingkit.media.pool import ResizeJob, resize_many


def _photo(path: Path, width: int, height: int, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (width, height), colour).save(path, "JPEG", quality=90)
    return path


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    sizes = [(400, 300), (300, 400), (500, 100), (120, 80), (640, 480)]
    return [
        _photo(tmp_path / f"p{i}.jpg", w, h, (40 * i, 200 - 30 * i, 90)) for i, (w, h) in enumerate(sizes)
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_back_in_input_order(photos: list[Path], workers: int) -> None:
    seen: list[tuple[int, int]] = []
    jobs = [ResizeJob(p, long_side=200) for p in photos]
    jobs.append(ResizeJob(photos[0].read_bytes(), long_side=50, name="from-bytes.jpg"))

    results = resize_many(jobs, workers=workers, progress=lambda done, total: seen.append((done, total)))

    sizes = [Image.open(io.BytesIO(data)).size for data in results]
    assert sizes == [(200, 150), (150, 200), (200, 40), (120, 80), (200, 150), (50, 38)]
    assert seen == [(i, 6) for i in range(7)]


def test_a_bad_photo_stops_the_batch_naming_it(photos: list[Path], tmp_path: Path) -> None:
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"not a jpeg at all")
    jobs = [ResizeJob(p) for p in photos[:2]] + [ResizeJob(bad)] + [ResizeJob(p) for p in photos[2:]]

    with pytest.raises(MediaError, match=r"broken\.jpg is not a photo"):
        resize_many(jobs, workers=2)


def test_progress_can_cancel_the_batch(photos: list[Path]) -> None:
    class Cancelled(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        resize_many([ResizeJob(p) for p in photos], workers=2, progress=progress)


def test_empty_batch_reports_nothing_to_do() -> None:
    seen: list[tuple[int, int]] = []
    assert resize_many([], progress=lambda d, t: seen.append((d, t))) == []
    assert seen == [(0, 0)]


# Workers that would sleep for minutes: only stopping them makes these scripts end in time.
_POOL_SCRIPT = """
import signal, sys, time
from meetingkit.media.pool import map_in_processes
# As in a terminal: a process started in the background of a script (as CI may be) inherits Ctrl-C ignored.
signal.signal(signal.SIGINT, signal.default_int_handler)

class Cancelled(Exception):
    pass

def cancel_after_first(done, total):
    if done == 1:
        raise Cancelled

mode = sys.argv[1]
try:
    if mode == "cancel":
        map_in_processes(time.sleep, [0, 300, 300], workers=2, progress=cancel_after_first)
    else:
        print("started", flush=True)
        map_in_processes(time.sleep, [300, 300], workers=2)
except Cancelled:
    print("cancelled", flush=True)
except KeyboardInterrupt:
    print("interrupted", flush=True)
"""


def _session_members(session: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            if fields[0] != "Z" and int(fields[3]) == session:
                members.append(int(entry.name))
    return members


def _ignores_sigint(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    ignored = next(line.split()[1] for line in status.splitlines() if line.startswith("SigIgn:"))
    return bool(int(ignored, 16) & (1 << (signal.SIGINT - 1)))


def _wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


@pytest.fixture
def pool_run(tmp_path: Path) -> Iterator[Callable[[str], subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []

    def start(mode: str) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-c", _POOL_SCRIPT, mode],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        started.append(process)
        return process

    yield start
    for process in started:  # whatever a failed test left: never a process outliving the test
        for pid in _session_members(process.pid):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="lists processes through /proc")
def test_workers_exit_when_their_parent_is_killed(pool_run: Callable[[str], subprocess.Popen[str]]) -> None:
    process = pool_run("run")
    # The parent, the fork server and the resource tracker, then the two workers.
    assert _wait_for(lambda: len(_session_members(process.pid)) >= 5, 60)
    process.kill()
    process.wait()
    assert _wait_for(lambda: not _session_members(process.pid), 5), "photo workers outlived their parent"


def test_cancel_stops_the_running_work(pool_run: Callable[[str], subprocess.Popen[str]]) -> None:
    process = pool_run("cancel")
    out, err = process.communicate(timeout=60)  # the sleeping jobs would take 300 s
    assert out.strip() == "cancelled"
    assert "Traceback" not in err


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="lists processes through /proc")
def test_ctrl_c_stops_the_pool_without_worker_tracebacks(
    pool_run: Callable[[str], subprocess.Popen[str]],
) -> None:
    process = pool_run("run")

    def workers_ready() -> bool:
        # A worker ignores Ctrl-C once its start-up ran (SigIgn bit of SIGINT in /proc/PID/status).
        others = [pid for pid in _session_members(process.pid) if pid != process.pid]
        return len(others) >= 4 and all(_ignores_sigint(pid) for pid in others)

    assert _wait_for(workers_ready, 60)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group
    out, err = process.communicate(timeout=60)
    assert out.split() == ["started", "interrupted"]
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert _wait_for(lambda: not _session_members(process.pid), 5)
