"""Congress scale, whole processes, each figure paired in the same run with its floor and, optionally,
with the same measurement on a baseline source tree (the code before a change).

    .venv/bin/python benchmarks/bench_scale.py [--items 20000] [--runs 5] [--enters 100]
        [--baseline DIR] [--dir DIR] [--history benchmarks/README.md] [--python PATH] [--straight]

Measures, on a generated event of --items notes over 100 sessions (no photos: these figures are about
records; the photo figures are bench_pack.py's):
- Enter → "Saved" in the real window (offscreen) after every organiser page was opened once, p50 / p99,
  paired with a bare SQLite insert + commit (synchronous=FULL) in the same folder;
- building the Actions page (the time `show_view("actions")` takes), median over --runs processes;
- `meetingkit add` and `meetingkit check` as new processes, with `/usr/bin/time -v` peaks, paired with a
  Python process that opens the file with sqlite3 and inserts one row (add's floor; `add` also by kind of
  note, as the runs alternate a plain note, an action, a synergy and a decision) or runs
  integrity_check and reads every row (check's floor); and add's floor with the replication library (the
  same insert, plus importing pycrdt and storing one Yjs update in the same transaction);
- with `--steps switch`, another session opened from the navigator until its notes have painted (--enters
  times over twenty sessions, 1,000 notes each at 100,000 items), medians over --runs processes;
- with `--steps edit`, a note edited where it stands (its text, through the store, the middle note of the
  middle session), p50 / p99 of --enters edits, medians over --runs processes, beside the bare insert + commit.
`--baseline DIR` runs every child with PYTHONPATH=DIR first (e.g. `git archive BASE | tar -x -C DIR`),
so "before" and "after" share the run, the disk and the load (the CLI figures alternate them process by
process, and give each process's CPU time beside its wall time). Bytecode is compiled before anything is
timed. `--python PATH` names the interpreter whose processes the CLI figures time, their floors' too (default:
this one): e.g. a venv that finds meetingkit through a plain path entry, as a wheel installs it, without the
editable install's path finder, which imports pathlib and re into every process of this checkout's venv and so
hides their cost from `add`'s ratio. `--straight` times the CLI figures' processes without /usr/bin/time
around each (it adds ~3.5 ms to both sides of a ratio; no peaks then). `--history FILE` appends one line per figure to FILE with the date, core count and load average.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from processes import code_trees, run_child, timed_process, tree_env

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LINES = [
    "The mayor stressed the role of technical staff in every exchange",
    "! Circulate the peer-learning calendar @UCLG due:2026-10-15 ^short",
    "~ @Metropolis and @UCLG align their training agendas #training",
    "= The next meeting is hosted by Montevideo",
]

# ---------------------------------------------------------------- children (one measurement each)


def child_enter(path: Path, enters: int) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from meetingkit.ui.app import AppController

    app = QApplication.instance() or QApplication([sys.argv[0]])
    controller = AppController.start(app, ask=lambda *_: True, ask_name=lambda _p: "", settings=None)
    window = controller.open_path(path)
    assert window is not None
    for key in ("actions", "synergies", "roadmap", "participants", "media", "outcomes", "sessions"):
        window.show_view(key)
        app.processEvents()
    session = window.document.store.sessions()[len(window.document.store.sessions()) // 2]
    window.navigator.select_record(session.id)
    line = window.session_view.capture
    line.setFocus()
    said: list[float] = []
    window.document.saved.connect(lambda _text: said.append(time.perf_counter()))
    # The first note of a window pays one-offs (counting the update log, SQLite preparing its statements;
    # in trees of before 2026-11-30 importing pycrdt, earlier still loading the whole replication document):
    # a warm-up note keeps them out of the keystroke percentiles.
    line.setText(LINES[0])
    QTest.keyClick(line, Qt.Key.Key_Return)
    app.processEvents()
    times = []
    for n in range(enters):
        line.setText(LINES[n % len(LINES)])
        said.clear()
        start = time.perf_counter()
        QTest.keyClick(line, Qt.Key.Key_Return)
        assert said and line.text() == ""
        times.append(said[0] - start)
        app.processEvents()
    window.close()
    ordered = sorted(times)
    return {"p50": statistics.median(times), "p99": ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]}


def child_switch(path: Path, switches: int) -> dict[str, float]:
    """Another session opened from the navigator until its notes have painted, `switches` times over the
    first twenty sessions after the first (1,000 notes each at 100,000 items); then the queue is drained
    (what follows the paint: the older notes, the measuring), outside the figure."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject
    from PySide6.QtWidgets import QApplication

    from meetingkit.ui.app import AppController

    app = QApplication.instance() or QApplication([sys.argv[0]])
    controller = AppController.start(
        app, ask=lambda *_: True, ask_name=lambda _p: "", settings=None, install_pages=lambda _w: None
    )
    window = controller.open_path(path)
    assert window is not None
    painted: list[float] = []

    class Painted(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
            return False

    spy = Painted()
    window.session_view.stream.viewport().installEventFilter(spy)
    while not painted:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    ids = window.navigator.nav_model.session_ids()
    times = []
    for n in range(switches):
        painted.clear()
        start = time.perf_counter()
        window.navigator.select_record(ids[1 + n % min(20, len(ids) - 1)])
        while not painted:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        times.append(painted[0] - start)
        for _ in range(5):
            app.processEvents()
    notes = window.session_view.model.rowCount()
    window.close()
    return {"median": statistics.median(times), "notes": notes}


def child_edit(path: Path, edits: int) -> dict[str, float]:
    """A note edited where it stands (its text), through the store as the window's edit goes: the middle
    note of the middle session, `edits` times, each its own transaction."""
    from meetingkit.store import EventStore

    with EventStore.open(path, author="Benchmark") as store:
        sessions = store.sessions()
        session = sessions[len(sessions) // 2]
        notes = store.items(session.id)
        note = notes[len(notes) // 2]
        # The first edit of an existing text loads the replicated history (a one-off the window does at
        # its first pause): kept out of the percentiles.
        store.update_item(note.id, text=f"{note.text} (warm-up)")
        times = []
        for n in range(edits):
            start = time.perf_counter()
            store.update_item(note.id, text=f"{note.text} ({n})")
            times.append(time.perf_counter() - start)
    ordered = sorted(times)
    return {
        "p50": statistics.median(times),
        "p99": ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))],
        "notes": len(notes),
    }


def child_actions_page(path: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from meetingkit.ui.app import AppController

    app = QApplication.instance() or QApplication([sys.argv[0]])
    controller = AppController.start(app, ask=lambda *_: True, ask_name=lambda _p: "", settings=None)
    window = controller.open_path(path)
    assert window is not None
    app.processEvents()
    start = time.perf_counter()
    window.show_view("actions")
    app.processEvents()
    took = time.perf_counter() - start
    window.close()
    return {"seconds": took}


PAGES = ("sessions", "actions", "synergies", "roadmap", "participants", "media", "outcomes")


def child_page(path: Path, key: str) -> dict[str, float]:
    """Build one page in a fresh window (first show), then show it again after another page.

    Sessions is timed as the user meets it: selecting a session (the middle one) in the navigator.
    Each step ends once the event queue is drained (paints and queued refreshes included).
    """
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from meetingkit.ui.app import AppController

    app = QApplication.instance() or QApplication([sys.argv[0]])
    controller = AppController.start(app, ask=lambda *_: True, ask_name=lambda _p: "", settings=None)
    window = controller.open_path(path)
    assert window is not None
    window.show()
    app.processEvents()
    if os.environ.get("BENCH_PAGES_SETTLED"):
        # What a user who clicks a page a few seconds after launch meets: the work of the pauses (the
        # event's words and the spelling list, the replicated history, the first-use imports) is done.
        # (`warmed_up` is absent from code trees before the warm-up existed.)
        deadline = time.perf_counter() + 60
        while time.perf_counter() < deadline and not (
            window.document.history_adopted
            and getattr(window.document, "warmed_up", True)
            and (window.spelling is None or window.spelling.loaded)
        ):
            app.processEvents()
            time.sleep(0.01)
        QThreadPool.globalInstance().waitForDone(60_000)
        app.processEvents()
    store = window.document.store
    other = "media" if key != "media" else "actions"
    if key == "sessions":
        middle = store.sessions()[len(store.sessions()) // 2].id  # 1,000 notes at 100,000 items
        start = time.perf_counter()
        window.navigator.select_record(middle)
        app.processEvents()
        first = time.perf_counter() - start
        window.show_view(other)
        app.processEvents()
        start = time.perf_counter()
        window.show_view(key)
        app.processEvents()
        again = time.perf_counter() - start
        rows = window.session_view.stream.model().rowCount()
    else:
        start = time.perf_counter()
        window.show_view(key)
        app.processEvents()
        first = time.perf_counter() - start
        window.show_view("sessions")
        app.processEvents()
        start = time.perf_counter()
        window.show_view(key)
        app.processEvents()
        again = time.perf_counter() - start
        rows = -1
    window.close()
    return {"first": first, "again": again, "rows": rows}


def child_bare_commits(folder: Path, n: int) -> dict[str, float]:
    import sqlite3

    path = folder / "bare.db"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, text TEXT)")
    times = []
    for i in range(n):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO item(text) VALUES (?)", (LINES[i % len(LINES)],))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    ordered = sorted(times)
    return {"p50": statistics.median(times), "p99": ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]}


# Floors as whole processes: what any program must do for the same result.
FLOOR_ADD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA synchronous = FULL")
conn.execute("CREATE TABLE IF NOT EXISTS bench_floor (text TEXT)")
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO bench_floor VALUES (?)", (sys.argv[2],))
conn.execute("COMMIT")
"""
# The same insert plus what any replicated write needs: importing the replication library (pycrdt) and
# storing one Yjs update of one map entry in the same transaction.
FLOOR_ADD_YJS = """
import sqlite3, sys
from pycrdt import Doc, Map
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA synchronous = FULL")
conn.execute("CREATE TABLE IF NOT EXISTS bench_floor (text TEXT)")
conn.execute("CREATE TABLE IF NOT EXISTS bench_floor_update (data BLOB)")
doc = Doc()
doc["entries"] = entries = Map()
entries["entry"] = sys.argv[2]
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO bench_floor VALUES (?)", (sys.argv[2],))
conn.execute("INSERT INTO bench_floor_update VALUES (?)", (doc.get_update(),))
conn.execute("COMMIT")
"""
FLOOR_CHECK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'").fetchall():
    for _ in conn.execute(f'SELECT * FROM "{table}"'):
        pass
"""


# ---------------------------------------------------------------- the parent


def _timed_with_cpu(argv: list[str], env: dict[str, str]) -> tuple[float, int, float]:
    """timed_process's wall seconds and peak, and the process's CPU seconds (user + system): on a machine
    others share, CPU time shows a change that the wall time's scheduling noise can hide."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    took, peak = timed_process(argv, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return took, peak, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def _timed_straight(argv: list[str], env: dict[str, str]) -> tuple[float, int, float]:
    """The wall and CPU seconds of the process without /usr/bin/time around it (it adds ~3.5 ms to both
    sides of a ratio); its peak is not measured (-1): os.wait4's counts the forking parent's pages too."""
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, env=env, cwd=tempfile.gettempdir(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    took = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(
            f"{' '.join(argv)} failed (exit status {process.returncode}); run it by hand to see why"
        )
    return took, -1, usage.ru_utime + usage.ru_stime


def _peak(figures: list[tuple[float, int, float]]) -> str:
    peaks = [figure[1] for figure in figures]
    return f"{max(peaks) / 1024:.0f} MiB" if min(peaks) >= 0 else "not measured"


def _child(step: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    return run_child(str(Path(__file__).resolve()), ["--child", step, *args], env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--enters", type=int, default=100)
    parser.add_argument("--baseline", type=Path)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "meetingkit-bench")
    parser.add_argument("--history", type=Path)
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="the interpreter of the CLI figures' processes, floors included (default: this one)",
    )
    parser.add_argument(
        "--straight",
        action="store_true",
        help="time the CLI figures' processes without /usr/bin/time around them (peak and CPU from os.wait4)",
    )
    parser.add_argument(
        "--steps",
        choices=("all", "enter", "pages", "cli", "edit", "switch"),
        default="all",
        help="pages: every page, first build and shown again; enter: Enter and the Actions page; cli: `add` and"
        " `check`; edit: a note edited where it stands, in the store; all: enter and the CLI",
    )
    parser.add_argument("--child")
    parser.add_argument("--file", type=Path)
    parser.add_argument("--page", choices=PAGES)
    args = parser.parse_args()

    if args.child:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        result = {
            "enter": lambda: child_enter(args.file, args.enters),
            "actions_page": lambda: child_actions_page(args.file),
            "bare": lambda: child_bare_commits(args.file, args.enters),
            "page": lambda: child_page(args.file, args.page),
            "edit": lambda: child_edit(args.file, args.enters),
            "switch": lambda: child_switch(args.file, args.enters),
        }[args.child]()
        print(json.dumps(result))
        return 0

    os.environ["MEETINGKIT_HOME"] = tempfile.mkdtemp(prefix="meetingkit-bench-home-")
    trees = code_trees(args.baseline)
    args.dir.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(HERE))
    from event_files import write_congress

    source = write_congress(args.dir / f"congress-{args.items}.meeting", items=args.items, photos=0)
    work = Path(tempfile.mkdtemp(prefix="meetingkit-scale-", dir=args.dir))
    figures: list[str] = []

    def report(line: str) -> None:
        print(line, flush=True)
        figures.append(line)

    try:
        if args.steps == "pages":
            copies = {label: work / f"{label}.meeting" for label, _ in trees}
            for copy in copies.values():
                shutil.copyfile(source, copy)
            for key in PAGES:
                shown: dict[str, list[dict[str, float]]] = {label: [] for label, _ in trees}
                for _ in range(args.runs):
                    for label, tree in trees:  # alternating: before and after meet the same load
                        # A fresh home each process: the window would reopen the session it showed last.
                        home = tempfile.mkdtemp(prefix="home-", dir=work)
                        shown[label].append(
                            _child(
                                "page",
                                ["--page", key, "--file", str(copies[label])],
                                tree_env(tree) | {"MEETINGKIT_HOME": home},
                            )
                        )
                for label, runs in shown.items():
                    report(
                        f"{label}: {key} page, {args.items} items: first build median"
                        f" {statistics.median(r['first'] for r in runs) * 1000:.0f} ms"
                        f" (worst {max(r['first'] for r in runs) * 1000:.0f} ms), shown again median"
                        f" {statistics.median(r['again'] for r in runs) * 1000:.0f} ms"
                    )
        if args.steps == "switch":
            switched: dict[str, list[dict[str, float]]] = {label: [] for label, _ in trees}
            for label, _tree in trees:
                shutil.copyfile(source, work / f"{label}.meeting")
            for _ in range(args.runs):
                for label, tree in trees:  # alternating: before and after meet the same load
                    home = tempfile.mkdtemp(prefix="home-", dir=work)
                    switched[label].append(
                        _child(
                            "switch",
                            ["--file", str(work / f"{label}.meeting"), "--enters", str(args.enters)],
                            tree_env(tree) | {"MEETINGKIT_HOME": home},
                        )
                    )
            for label, runs in switched.items():
                report(
                    f"{label}: another session opened until its notes paint ({int(runs[0]['notes'])} notes),"
                    f" {args.items} items: median {statistics.median(r['median'] for r in runs) * 1000:.1f} ms"
                )
        if args.steps == "edit":
            bare = _child("bare", ["--file", str(work), "--enters", str(args.enters)], tree_env(None))
            report(
                f"bare SQLite insert+commit: p50 {bare['p50'] * 1000:.2f} ms, p99 {bare['p99'] * 1000:.2f} ms"
            )
            edited: dict[str, list[dict[str, float]]] = {label: [] for label, _ in trees}
            for _ in range(args.runs):
                for label, tree in trees:  # alternating: before and after meet the same load
                    copy = work / f"{label}.meeting"
                    shutil.copyfile(source, copy)
                    edited[label].append(
                        _child("edit", ["--file", str(copy), "--enters", str(args.enters)], tree_env(tree))
                    )
            for label, runs in edited.items():
                report(
                    f"{label}: a note edited where it stands, {args.items} items ({int(runs[0]['notes'])}-note"
                    f" session): p50 {statistics.median(r['p50'] for r in runs) * 1000:.2f} ms,"
                    f" p99 {statistics.median(r['p99'] for r in runs) * 1000:.2f} ms (medians of {args.runs})"
                )
        session = "Session 50"
        if args.steps in ("all", "enter"):
            bare = _child("bare", ["--file", str(work), "--enters", str(args.enters)], tree_env(None))
            report(
                f"bare SQLite insert+commit: p50 {bare['p50'] * 1000:.2f} ms, p99 {bare['p99'] * 1000:.2f} ms"
            )
            for label, tree in trees:
                copy = work / f"{label}.meeting"
                shutil.copyfile(source, copy)
                env = tree_env(tree)
                enter = _child("enter", ["--file", str(copy), "--enters", str(args.enters)], env)
                report(
                    f"{label}: Enter → Saved, every organiser page opened once, {args.items} items:"
                    f" p50 {enter['p50'] * 1000:.1f} ms, p99 {enter['p99'] * 1000:.1f} ms"
                )
                pages = [
                    _child("actions_page", ["--file", str(copy)], env)["seconds"] for _ in range(args.runs)
                ]
                report(f"{label}: Actions page built: median {statistics.median(pages) * 1000:.0f} ms")
        cli_trees = trees if args.steps in ("all", "cli") else []  # the CLI figures
        runs: dict[str, dict[str, list[tuple[float, int, float]]]] = {
            label: {"add": [], "check": [], "add_floor": [], "add_yjs_floor": [], "check_floor": []}
            for label, _tree in cli_trees
        }
        if cli_trees and args.python != sys.executable:
            report(f"CLI figures with {args.python}")
        for label, _tree in cli_trees:
            copy = work / f"{label}.meeting"
            if not copy.exists():
                shutil.copyfile(source, copy)
            # The floors write to a copy of their own: their table must not reach the event.
            shutil.copyfile(copy, work / f"{label}-floor.meeting")
        timer = _timed_straight if args.straight else _timed_with_cpu
        for n in range(args.runs):
            for label, tree in cli_trees:  # alternating: before and after meet the same load
                env = tree_env(tree)
                copy, floor_copy = work / f"{label}.meeting", work / f"{label}-floor.meeting"
                timed = runs[label]
                timed["add"].append(
                    timer(
                        [
                            args.python,
                            "-m",
                            "meetingkit",
                            "add",
                            str(copy),
                            "--session",
                            session,
                            LINES[n % 4],
                        ],
                        env,
                    )
                )
                timed["add_floor"].append(
                    timer([args.python, "-c", FLOOR_ADD, str(floor_copy), LINES[0]], env)
                )
                timed["add_yjs_floor"].append(
                    timer([args.python, "-c", FLOOR_ADD_YJS, str(floor_copy), LINES[0]], env)
                )
                timed["check"].append(timer([args.python, "-m", "meetingkit", "check", str(copy)], env))
                timed["check_floor"].append(timer([args.python, "-c", FLOOR_CHECK, str(floor_copy)], env))
        for label, timed in runs.items():

            def median(
                what: str, at: int, figures: dict[str, list[tuple[float, int, float]]] = timed
            ) -> float:
                return statistics.median(f[at] for f in figures[what])

            for what in ("add", "check"):
                took, base = median(what, 0), median(f"{what}_floor", 0)
                report(
                    f"{label}: meetingkit {what}: median {took * 1000:.0f} ms (CPU {median(what, 2) * 1000:.0f} ms),"
                    f" peak {_peak(timed[what])}; floor {base * 1000:.0f} ms"
                    f" (CPU {median(f'{what}_floor', 2) * 1000:.0f} ms), peak"
                    f" {_peak(timed[f'{what}_floor'])} ({took / base:.2f}x)"
                )
            # The notes alternate (run n captures LINES[n % 4]): a plain note, an action, a synergy, a decision.
            # Each kind's own median, against the floor's median of the whole run.
            base, base_cpu = median("add_floor", 0), median("add_floor", 2)
            for kind, name in enumerate(("plain note", "action", "synergy", "decision")):
                own = timed["add"][kind::4]
                if own:
                    wall, cpu = statistics.median(f[0] for f in own), statistics.median(f[2] for f in own)
                    report(
                        f"{label}: meetingkit add, {name} ({len(own)} runs): median {wall * 1000:.0f} ms"
                        f" ({wall / base:.2f}x), CPU {cpu * 1000:.0f} ms ({cpu / base_cpu:.2f}x)"
                    )
            yjs = median("add_yjs_floor", 0)
            report(
                f"{label}: add's floor with the replication library (pycrdt imported, one Yjs update stored):"
                f" {yjs * 1000:.0f} ms (CPU {median('add_yjs_floor', 2) * 1000:.0f} ms), peak"
                f" {_peak(timed['add_yjs_floor'])} (add {median('add', 0) / yjs:.2f}x,"
                f" CPU {median('add', 2) / median('add_yjs_floor', 2):.2f}x)"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.history is not None:
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        python = f" --python {args.python}" if args.python != sys.executable else ""
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        with args.history.open("a", encoding="utf-8") as fh:
            fh.write(
                f"\n- {stamp}, {os.cpu_count()} cores, load {load}, `bench_scale.py --items {args.items}{python}`:\n"
            )
            for line in figures:
                fh.write(f"  - {line}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
