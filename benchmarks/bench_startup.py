"""Time from launch to a usable window on an event, against a bare PySide6 QMainWindow start in the same run.

Each run is a fresh Python process (interpreter start and imports included). "Usable" means the
window is shown and the notes stream of the first session has painted, with the capture line focused.
The bare start creates a QApplication and an empty QMainWindow and waits for its first paint.
Prints the median of --runs for each, and each process's peak RSS (`/usr/bin/time -v`).

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--dir DIR] [--event ...] [--items N]
        [--pages all|sessions] [--baseline DIR] [--phases]

`--baseline DIR` also launches the code in DIR (e.g. `git archive BASE meetingkit | tar -x -C DIR`) with
PYTHONPATH=DIR, alternating with this checkout run by run, so before and after share the load.
`--phases` prints instead where a launch spends its time up to that paint: the median CPU time of each
phase (the store's modules, PySide6, the `Qt` namespace, the window's modules, QApplication, the
controller, opening the file, building and showing the window, the paint). CPU time, not wall time: it
varies less on a shared machine. PySide6 and `Qt` are imported on their own there to split them out.
Runs offscreen (QT_QPA_PLATFORM=offscreen) unless a display is set: same for all, so the ratios hold.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_files import write_barcelona, write_congress
from processes import code_trees, tree_env

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("ready", flush=True)
            app.quit()
        return False
spy = Painted()
window.installEventFilter(spy)
window.show()
app.exec()
"""

# The app's module first, as `meetingkit FILE` imports it (cli.py, then meetingkit.ui.app): what it
# imports before Qt is not read again by PySide6's import hook, which a harness importing Qt first would add.
APP = """
import gc
import sys
from pathlib import Path
gc.disable()  # as `meetingkit` launches the app (cli._open_app)
import meetingkit.ui.app
from meetingkit.ui.app import AppController
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
import meetingkit.ui.theme
app = getattr(meetingkit.ui.theme, "fusion_application", lambda program: QApplication([program]))(sys.argv[0])
only_sessions = sys.argv[2] == "sessions"
controller = AppController.start(
    app, ask_name=lambda _parent: "Benchmark", install_pages=(lambda window: None) if only_sessions else None
)
window = controller.open_path(Path(sys.argv[1]))
stream = window.session_view.stream.viewport()
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and window.session_view.model.rowCount():
            print("ready", flush=True)
            app.quit()
        return False
spy = Painted()
stream.installEventFilter(spy)
# The app's own step before its event loop; a tree without it (a baseline before it) gets the collector
# back here, having launched without it too: its figure is, if anything, flattered.
getattr(meetingkit.ui.app, "collect_from_now_on", gc.enable)()
app.exec()
"""

# The app's launch as APP does it, cut into phases by CPU-time marks; prints them as one JSON line.
PHASES = """
import time
CLOCKS = [("", time.process_time())]
def mark(phase):
    CLOCKS.append((phase, time.process_time()))
import gc
import json
import sys
from pathlib import Path
gc.disable()
import meetingkit.store
from meetingkit.store import EventStore  # what meetingkit.ui.app imports first (the package alone makes it lazily)
mark("the store's modules")
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
mark("PySide6")
from PySide6.QtCore import Qt
mark("the Qt namespace")
import meetingkit.ui.app
from meetingkit.ui.app import AppController
mark("the window's modules")
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
import meetingkit.ui.theme
app = getattr(meetingkit.ui.theme, "fusion_application", lambda program: QApplication([program]))(sys.argv[0])
mark("QApplication")
controller = AppController.start(app, ask_name=lambda _parent: "Benchmark")
mark("the controller")
store = EventStore.open(Path(sys.argv[1]), lock=True, author="Benchmark")
mark("opening the file")
window = controller._show(store)  # what open_path does once the file is open
mark("building and showing the window")
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and window.session_view.model.rowCount() and len(CLOCKS) < 10:
            mark("the paint")
            spent = {phase: 1000 * (now - CLOCKS[n][1]) for n, (phase, now) in enumerate(CLOCKS[1:])}
            print(json.dumps(spent), flush=True)
            app.quit()
        return False
spy = Painted()
window.session_view.stream.viewport().installEventFilter(spy)
getattr(meetingkit.ui.app, "collect_from_now_on", gc.enable)()
app.exec()
"""


def phases(path: Path, env: dict[str, str]) -> dict[str, float]:
    """Milliseconds of CPU time of each phase of one launch on `path`."""
    done = subprocess.run(
        [sys.executable, "-c", PHASES, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=tempfile.gettempdir(),
    )
    if done.returncode != 0 or not done.stdout.strip():
        raise SystemExit(f"the app did not get ready:\n{done.stderr[-2000:]}")
    spent: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return spent


def launch(code: str, args: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds until the process printed "ready", and its peak RSS in KiB."""
    start = time.perf_counter()
    process = subprocess.Popen(
        ["/usr/bin/time", "-v", sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tempfile.gettempdir(),  # not the checkout: `-c` puts the working folder first on sys.path
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    _out, err = process.communicate(timeout=60)
    if line.strip() != "ready":
        raise SystemExit(
            f"the app did not get ready (exit status {process.returncode}); run it by hand to see why"
        )
    peak = next(int(row.split(":")[1]) for row in err.splitlines() if "Maximum resident set size" in row)
    return elapsed, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "meetingkit-bench")
    parser.add_argument("--event", choices=("congress", "barcelona", "both"), default="both")
    parser.add_argument("--items", type=int, default=10_000, help="notes of the generated congress event")
    parser.add_argument(
        "--pages",
        choices=("all", "sessions"),
        default="all",
        help="all: the app as shipped; sessions: without the organiser pages (the capture window alone)",
    )
    parser.add_argument("--baseline", type=Path, help="a source tree of the code before a change")
    parser.add_argument("--phases", action="store_true", help="the CPU time of each phase of a launch")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    home = tempfile.mkdtemp(prefix="meetingkit-bench-home-")
    env["MEETINGKIT_HOME"] = home  # no remembered layout or recent list from the user
    trees = code_trees(args.baseline)  # compiled first: no figure includes compilation

    events: list[tuple[str, Path]] = []
    if args.event in ("barcelona", "both"):
        events.append(("barcelona", write_barcelona(args.dir / "barcelona.meeting")))
    if args.event in ("congress", "both"):
        print("writing the congress event once (a minute or so)…", file=sys.stderr)
        name = "congress.meeting" if args.items == 10_000 else f"congress-{args.items}.meeting"
        events.append(("congress", write_congress(args.dir / name, items=args.items)))

    launch(BARE, [], env)  # warm the file cache for the Qt libraries
    if args.phases:
        return print_phases(events, trees, home, args.runs)
    print(
        f"platform: {env.get('QT_QPA_PLATFORM', 'native')}, pages: {args.pages}, {args.runs} runs each,"
        " medians, peak RSS; the bare window launched between the app's runs, so each ratio pairs runs"
        " made under the same load"
    )
    for name, path in events:
        envs = {label: tree_env(tree) | {"MEETINGKIT_HOME": home} for label, tree in trees}
        runs: dict[str, list[tuple[float, int]]] = {label: [] for label, _ in trees}
        bare: list[tuple[float, int]] = []
        for label in runs:
            launch(APP, [str(path), args.pages], envs[label])  # warm the file cache
        for _ in range(args.runs):
            bare.append(launch(BARE, [], env))
            for label in runs:  # alternating: bare, before and after meet the same load
                runs[label].append(launch(APP, [str(path), args.pages], envs[label]))
        bare_median = statistics.median(t for t, _ in bare)
        print(f"bare QMainWindow ({name} runs):  {bare_median * 1000:7.0f} ms  {_peak(bare)}")
        size = path.stat().st_size / 1e6
        for label, taken in runs.items():
            median = statistics.median(t for t, _ in taken)
            who = f"{label}: " if len(runs) > 1 else ""
            print(
                f"{who}meetingkit on {name:<10} ({size:6.0f} MB): {median * 1000:7.0f} ms"
                f"  ({median / bare_median:.1f}x bare)  {_peak(taken)}"
            )
    return 0


def print_phases(
    events: list[tuple[str, Path]], trees: list[tuple[str, Path | None]], home: str, runs: int
) -> int:
    print(f"CPU time of each phase of a launch (ms), medians of {runs} processes, trees alternated")
    for name, path in events:
        envs = {label: tree_env(tree) | {"MEETINGKIT_HOME": home} for label, tree in trees}
        spent: dict[str, list[dict[str, float]]] = {label: [] for label, _ in trees}
        for label in spent:
            phases(path, envs[label])  # warm the file cache
        for _ in range(runs):
            for label in spent:
                spent[label].append(phases(path, envs[label]))
        print(f"{name}: " + " | ".join(label for label in spent))
        for phase in [*spent[trees[0][0]][0], "total"]:
            medians = [
                statistics.median(sum(r.values()) if phase == "total" else r[phase] for r in taken)
                for taken in spent.values()
            ]
            print(f"  {phase:<32} " + " | ".join(f"{m:6.1f}" for m in medians))
    return 0


def _peak(runs: list[tuple[float, int]]) -> str:
    return f"peak {max(p for _, p in runs) / 1024:.0f} MiB"


if __name__ == "__main__":
    sys.exit(main())
