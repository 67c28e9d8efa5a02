"""Longest event-loop stall of the window while it builds a congress's outcome pack, paired in the same run
with the same timer in a window that only waits while a plain Pillow loop resizes the same photos.

    .venv/bin/python benchmarks/bench_pack_stall.py [--items 20000] [--photos 24] [--runs 3]
        [--dir /dev/shm/meetingkit-stall] [--baseline DIR] [--history benchmarks/README.md]

A QTimer ticks every 5 ms on the window's thread and records the largest gap between two ticks, from
just before the pack is asked for (the Outcomes page's own path: the selected photos' check, then
`build_pack`) until the pack is written. The floor is the largest gap of the same timer in the same
window while nothing of meetingkit runs but a plain resize of the same photos on as many processes as
the pack uses (the machine's own jitter, its cores busy alike). The event: `event_files.write_congress`
(20,000 notes over 100 sessions) plus --photos real 12 MP JPEGs (bench_resize.make_photos), selected,
captioned, credited and with consent, so the pack resizes and publishes every one. Each figure is a whole
process; medians of --runs. `--baseline DIR` runs the pack child with PYTHONPATH=DIR first (the code
before a change, e.g. `git archive BASE meetingkit | tar -x -C DIR`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from processes import code_trees, run_child, tree_env

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TICK_MS = 5


def _window(path: Path) -> tuple[object, object]:
    from PySide6.QtWidgets import QApplication

    from meetingkit.ui.app import AppController

    app = QApplication.instance() or QApplication([sys.argv[0]])
    controller = AppController.start(app, ask=lambda *_: True, ask_name=lambda _p: "", settings=None)
    window = controller.open_path(path)
    assert window is not None
    window.show()
    app.processEvents()
    return app, window


class _Gaps:
    """The largest gap between two ticks of a 5 ms timer on the calling thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.largest = 0.0
        self.ticks = 0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.largest = max(self.largest, now - self._last)
        self._last = now
        self.ticks += 1

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()


def child_pack(path: Path, target: Path) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer

    from meetingkit.ui.views import outcomes_view
    from meetingkit.ui.views.outcomes_view import OutcomesView

    app, window = _window(path)
    view = window.show_view("outcomes")  # type: ignore[attr-defined]
    assert isinstance(view, OutcomesView)
    app.processEvents()  # type: ignore[attr-defined]
    loop = QEventLoop()
    done: list[str] = []
    view.job_finished.connect(lambda _p: (done.append("ok"), loop.quit()))
    view.job_failed.connect(lambda message: (done.append(message), loop.quit()))
    gaps = _Gaps()
    started = 0.0

    # The user's path: the Build pack button, the selected photos' check, then the folder (asked here
    # without a dialog).
    outcomes_view.save_file = lambda *_args, **_kwargs: target

    def ask() -> None:
        nonlocal started
        started = time.perf_counter()
        view.pack_button.click()

    gaps.start()
    QTimer.singleShot(50, ask)
    loop.exec()
    took = time.perf_counter() - started
    gaps.timer.stop()
    window.close()  # type: ignore[attr-defined]
    assert done == ["ok"], done
    return {"stall": gaps.largest, "seconds": took, "ticks": gaps.ticks}


def _plain_resize(task: tuple[str, str]) -> None:
    from PIL import Image

    source, out = task
    with Image.open(source) as im:
        im.thumbnail((2048, 2048))
        im.convert("RGB").save(out, "JPEG", quality=85)


def child_floor(path: Path, photos: Path, out: Path, workers: int) -> dict[str, float]:
    from concurrent.futures import ProcessPoolExecutor

    from PySide6.QtCore import QEventLoop

    app, window = _window(path)
    window.show_view("outcomes")  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    out.mkdir(parents=True, exist_ok=True)
    tasks = [(str(p), str(out / p.name)) for p in sorted(photos.glob("*.jpg"))]
    gaps = _Gaps()
    loop = QEventLoop()
    with ProcessPoolExecutor(workers) as pool:
        gaps.start()
        started = time.perf_counter()
        futures = [pool.submit(_plain_resize, t) for t in tasks]
        left = len(futures)

        def one_done(_f: object) -> None:
            nonlocal left
            left -= 1

        for future in futures:
            future.add_done_callback(one_done)
        while left:
            loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        took = time.perf_counter() - started
    gaps.timer.stop()
    window.close()  # type: ignore[attr-defined]
    return {"stall": gaps.largest, "seconds": took, "ticks": gaps.ticks}


# ---------------------------------------------------------------- the parent


def build_event(folder: Path, items: int, photos: int) -> tuple[Path, Path]:
    """The congress with `photos` selected 12 MP photos (cached in `folder`), and the photos' folder."""
    sys.path.insert(0, str(HERE))
    from bench_resize import make_photos
    from event_files import write_congress

    from meetingkit.attach import attach_file
    from meetingkit.core.model import Consent
    from meetingkit.store import EventStore

    event = folder / f"congress-{items}-{photos}photos.meeting"
    pictures = folder / f"photos-{photos}"
    if not pictures.exists():
        partial = folder / f"photos-{photos}.partial"
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        make_photos(partial, photos)
        partial.rename(pictures)
    if not event.exists():
        base = write_congress(folder / f"congress-{items}.meeting", items=items, photos=0)
        partial_event = event.with_name(event.name + ".partial")
        shutil.copyfile(base, partial_event)
        with EventStore.open(partial_event) as store, store.batch():
            sessions = store.sessions()
            for n, photo in enumerate(sorted(pictures.glob("*.jpg"))):
                attach_file(
                    store,
                    photo,
                    session_id=sessions[n % len(sessions)].id,
                    caption=f"Photo {n + 1} of the congress",
                    credit="Congress staff",
                    selected=True,
                    consent=Consent.AGREED,
                )
        partial_event.replace(event)
    return event, pictures


def _child(args: list[str], env: dict[str, str]) -> dict[str, float]:
    return run_child(str(Path(__file__).resolve()), args, env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--photos", type=int, default=24)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", type=Path)
    parser.add_argument("--dir", type=Path, default=Path("/dev/shm/meetingkit-stall"))
    parser.add_argument("--history", type=Path)
    parser.add_argument("--child", choices=("pack", "floor"))
    parser.add_argument("--file", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--pictures", type=Path)
    args = parser.parse_args()
    workers = max(1, os.cpu_count() or 1)

    if args.child:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if args.child == "pack":
            result = child_pack(args.file, args.out)
        else:
            result = child_floor(args.file, args.pictures, args.out, workers)
        print(json.dumps(result))
        return 0

    os.environ["MEETINGKIT_HOME"] = tempfile.mkdtemp(prefix="meetingkit-stall-home-")
    trees = code_trees(args.baseline)
    args.dir.mkdir(parents=True, exist_ok=True)
    event, pictures = build_event(args.dir, args.items, args.photos)
    work = Path(tempfile.mkdtemp(prefix="run-", dir=args.dir))
    results: dict[str, list[dict[str, float]]] = {"floor": []}
    for label, _tree in trees:
        results[label] = []
    try:
        for run in range(args.runs):
            copy = work / "event.meeting"
            shutil.copyfile(event, copy)
            floor_out = work / f"floor-{run}"
            results["floor"].append(
                _child(
                    [
                        "--child",
                        "floor",
                        "--file",
                        str(copy),
                        "--pictures",
                        str(pictures),
                        "--out",
                        str(floor_out),
                    ],
                    tree_env(None),
                )
            )
            shutil.rmtree(floor_out, ignore_errors=True)
            for label, tree in trees:
                shutil.copyfile(event, copy)
                # An empty resize cache for every pack: each pays for its photos.
                env = tree_env(tree) | {
                    "MEETINGKIT_HOME": tempfile.mkdtemp(prefix=f"home-{label}-", dir=work)
                }
                out = work / f"pack-{label}-{run}"
                results[label].append(
                    _child(["--child", "pack", "--file", str(copy), "--out", str(out)], env)
                )
                shutil.rmtree(out, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    lines = []
    for label, runs in results.items():
        stall = statistics.median(r["stall"] for r in runs) * 1000
        worst = max(r["stall"] for r in runs) * 1000
        took = statistics.median(r["seconds"] for r in runs)
        what = (
            "plain Pillow resize, window idle" if label == "floor" else f"{label}: pack built from the window"
        )
        lines.append(
            f"{what}, {args.items} items, {args.photos} photos: longest stall median {stall:.0f} ms"
            f" (worst {worst:.0f} ms), {took:.1f} s"
        )
    for line in lines:
        print(line, flush=True)
    if args.history is not None:
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        with args.history.open("a", encoding="utf-8") as fh:
            fh.write(f"\n- {stamp}, {os.cpu_count()} cores, load {load}, `bench_pack_stall.py`:\n")
            for line in lines:
                fh.write(f"  - {line}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
