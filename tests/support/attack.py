"""Running `meetingkit` against hostile and damaged files: the size knob, timeouts, and the tally.

MEETINGKIT_ATTACK_SIZE (a whole number, default 1) scales every attack case: CI sets a size that
still damages and kills hundreds of times; 1 keeps a local run quick.
"""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from meetingkit.store import EventStore, interchange

# Far above what any command needs on a healthy file of this size: reaching it means a hang.
COMMAND_TIMEOUT = 90.0


def attack_size() -> int:
    raw = os.environ.get("MEETINGKIT_ATTACK_SIZE", "1")
    try:
        size = int(raw)
    except ValueError:
        raise ValueError(f"MEETINGKIT_ATTACK_SIZE must be a whole number, not {raw!r}") from None
    if size < 1:
        raise ValueError(f"MEETINGKIT_ATTACK_SIZE must be 1 or more, not {size}")
    return size


@dataclass
class Tally:
    """What a case did: every command run, and each one that crashed, hung or printed a traceback."""

    case: str
    commands: int = 0
    crashes: list[str] = field(default_factory=list)
    tracebacks: list[str] = field(default_factory=list)
    lost_lines: int = 0

    def record(self, args: Sequence[str], outcome: subprocess.CompletedProcess[str] | None) -> None:
        self.commands += 1
        shown = " ".join(args)
        if outcome is None:
            self.crashes.append(f"{shown}: no answer within {COMMAND_TIMEOUT:.0f} s")
            return
        if outcome.returncode not in (0, 2):
            self.crashes.append(f"{shown}: exit {outcome.returncode}: {outcome.stderr.strip()[-300:]}")
        if "Traceback" in outcome.stderr or "Traceback" in outcome.stdout:
            self.tracebacks.append(f"{shown}: {outcome.stderr.strip()[-300:]}")
        if outcome.returncode == 2 and len(outcome.stderr.strip().splitlines()) != 1:
            self.crashes.append(f"{shown}: exit 2 without exactly one line on stderr: {outcome.stderr!r}")

    def write(self) -> None:
        """Append this case's figures to $MEETINGKIT_ATTACK_REPORT (for the README table), if set."""
        target = os.environ.get("MEETINGKIT_ATTACK_REPORT")
        if target:
            with open(target, "a", encoding="utf-8") as fh:
                fh.write(
                    f"{self.case}\t{self.commands}\t{len(self.crashes)}\t{len(self.tracebacks)}\t{self.lost_lines}\n"
                )

    def assert_clean(self) -> None:
        self.write()
        problems = self.crashes + self.tracebacks
        assert not problems, f"{len(problems)} of {self.commands} commands failed:\n" + "\n".join(
            problems[:10]
        )
        assert self.lost_lines == 0, f"{self.lost_lines} acknowledged lines lost"


def meetingkit(
    args: Sequence[str | Path], *, cwd: Path, home: Path, timeout: float = COMMAND_TIMEOUT
) -> subprocess.CompletedProcess[str] | None:
    """The real command in a subprocess; None when it did not finish in time (it is killed)."""
    env = {**os.environ, "MEETINGKIT_HOME": str(home), "PYTHONUTF8": "1"}
    try:
        return subprocess.run(
            [sys.executable, "-m", "meetingkit", *map(str, args)],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return None


def run_all(tally: Tally, commands: Sequence[Sequence[str | Path]], *, cwd: Path, home: Path) -> None:
    """Run independent commands two at a time (the machine has two cores) and tally each outcome."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(lambda args: meetingkit(args, cwd=cwd, home=home), commands))
    for args, outcome in zip(commands, outcomes, strict=True):
        tally.record([str(a) for a in args], outcome)


NOTES = 8


@dataclass(frozen=True)
class Event:
    """A healthy event file (NOTES notes in the session "Plenary") and a JSON export of it."""

    path: Path
    json: Path
    photo: Path

    def copy_to(self, folder: Path, name: str = "event.meeting") -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name
        shutil.copyfile(self.path, target)
        return target


def build_event(folder: Path, notes: int = NOTES) -> Event:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "healthy.meeting"
    photo = folder / "photo.png"
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), "teal").save(buffer, format="PNG")
    photo.write_bytes(buffer.getvalue())
    with EventStore.create(
        path, title="Learning Meeting", start="2017-09-12", end="2017-09-14", author="ana"
    ) as store:
        session = store.add_session(
            store.day(1).id, "Plenary", start="09:30", end="11:00", people=[("Ana Lopez", "speaker")]
        )
        store.add_session(store.day(2).id, "Workshop", questions=["What do cities share?"])
        for n in range(notes):
            store.add_entry(session.id, f"! note {n}: circulate the calendar @UCLG due:2017-10-01 ^short")
        store.add_attachment(
            photo.read_bytes(), filename="photo.png", kind="photo", media_type="image/png", selected=True
        )
        export = folder / "healthy.json"
        interchange.export_json(store, export)
    return Event(path, export, photo)


def count_rows(path: Path, table: str) -> int:
    """Rows of `table`, read from a copy of the file alone: no planted -journal or -wal beside it is
    touched, and the raw connection runs none of the file's triggers or views."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.db"
        shutil.copyfile(path, copy)
        conn = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
        try:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        finally:
            conn.close()


def every_command(make_target: Callable[[Path], Path], event: Event, work: Path) -> list[list[str | Path]]:
    """Each command of the CLI that reads an event file, each on a fresh attacked file of its own.

    `make_target(folder)` puts the attacked file in `folder` and returns its path.
    """

    def fresh(label: str) -> tuple[Path, Path]:
        folder = work / label
        folder.mkdir(parents=True, exist_ok=True)
        return make_target(folder), folder

    commands: list[list[str | Path]] = []
    target, _ = fresh("check")
    commands.append(["check", target])
    target, _ = fresh("add")
    commands.append(["add", target, "--session", "Plenary", "* added to an attacked file"])
    target, _ = fresh("session")
    commands.append(["session", target, "--day", "1", "--title", "Added session"])
    for kind in ("md", "json", "docx"):
        target, folder = fresh(f"export-{kind}")
        commands.append(["export", target, "--to", kind, "-o", folder / f"out.{kind}"])
    target, folder = fresh("merge-into")
    commands.append(["merge", target, event.copy_to(folder, "other.meeting")])
    target, folder = fresh("merge-from")
    commands.append(["merge", event.copy_to(folder, "clean.meeting"), target])
    target, _ = fresh("import")
    commands.append(["import", target, event.json])
    target, _ = fresh("attach")
    commands.append(["attach", target, event.photo, "--caption", "attacked"])
    target, folder = fresh("pack")
    commands.append(["pack", target, "-o", folder / "pack", "--workers", "1"])
    return commands
