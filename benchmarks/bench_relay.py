"""At the venue: a note typed on one laptop -> visible on another, through the relay, over loopback.

Run:
    .venv/bin/python benchmarks/bench_relay.py [--clients 20] [--notes 200] [--dir DIR]

The relay is the real `meetingkit relay` process on 127.0.0.1; every laptop is a copy of the event with its own
connection, thread and event loop running the live client (`meetingkit sync --watch`'s loop), all in this
process. One note at a time: a writer (round robin) saves a note (EventStore.add_item: committed) and is nudged
to send it, as the app does after each save; the time runs until the note is committed in another laptop's
file (the next one round the table). Every laptop receives every note, so the relay fans each one out to all.
Paired in the same run: the same with 2 laptops, and the writer's bare save (add_item alone), the floor.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from meetingkit.store import EventStore
from meetingkit.venue import client, joincode
from meetingkit.venue.endpoint import StoreEndpoint

TIMEOUT = 120.0


class Laptop:
    """One rapporteur's copy, live-synced from a thread of its own."""

    def __init__(self, path: Path, name: str, code: joincode.JoinCode, session: str) -> None:
        self.path, self.name, self.code, self.session = path, name, code, session
        self.seen: dict[str, float] = {}  # note text -> when it was committed here
        self.saved: list[float] = []  # the writer's bare save times
        self.connected = threading.Event()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.thread = threading.Thread(target=self._main, daemon=True)
        self.thread.start()

    def _main(self) -> None:
        with EventStore.open(self.path, author=self.name) as store:
            self.store = store
            laptop = self

            class Watching(StoreEndpoint):
                def receive(self, update: bytes) -> int:
                    touched = super().receive(update)
                    now = time.perf_counter()
                    for (text,) in store.query("SELECT text FROM item WHERE text LIKE 'bench %'"):
                        laptop.seen.setdefault(text, now)
                    return touched

            async def run() -> None:
                self.loop, self.stop, self.nudge = (
                    asyncio.get_running_loop(),
                    asyncio.Event(),
                    asyncio.Event(),
                )

                def status(s: client.Status) -> None:
                    if s.connected:
                        self.connected.set()

                await client.watch(
                    Watching(store), self.code, self.name, self.stop, on_status=status, nudge=self.nudge
                )

            asyncio.run(run())

    def type(self, text: str) -> float:
        """Save a note here and send it; returns when the save began (perf_counter)."""
        done = threading.Event()
        began = [0.0]

        def save() -> None:
            began[0] = time.perf_counter()
            self.store.add_item(self.session, text)
            self.saved.append(time.perf_counter() - began[0])
            self.nudge.set()
            done.set()

        assert self.loop is not None
        self.loop.call_soon_threadsafe(save)
        done.wait(TIMEOUT)
        return began[0]

    def close(self) -> None:
        assert self.loop is not None
        self.loop.call_soon_threadsafe(self.stop.set)
        self.thread.join(TIMEOUT)


def measure(
    folder: Path, base: Path, session: str, clients: int, notes: int
) -> tuple[list[float], list[float]]:
    relay_file = folder / f"relay-{clients}.meeting"
    shutil.copyfile(base, relay_file)
    relay = subprocess.Popen(
        [sys.executable, "-m", "meetingkit", "relay", str(relay_file), "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert relay.stdout is not None
        code = joincode.parse(relay.stdout.readline())
        laptops = []
        for n in range(clients):
            path = folder / f"laptop-{clients}-{n}.meeting"
            shutil.copyfile(base, path)
            laptops.append(Laptop(path, f"r{n}", code, session))
        for laptop in laptops:
            assert laptop.connected.wait(TIMEOUT), "a laptop could not connect"
        latencies: list[float] = []
        for k in range(notes):
            writer, reader = laptops[k % clients], laptops[(k + 1) % clients]
            text = f"bench {clients} {k}"
            began = writer.type(text)
            deadline = time.monotonic() + TIMEOUT
            while text not in reader.seen:
                if time.monotonic() > deadline:
                    raise SystemExit(f"note {k} never arrived")
                time.sleep(0.0005)
            latencies.append(reader.seen[text] - began)
        saves = [s for laptop in laptops for s in laptop.saved]
        for laptop in laptops:
            laptop.close()
        return latencies, saves
    finally:
        relay.terminate()
        relay.wait(TIMEOUT)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--notes", type=int, default=200)
    parser.add_argument("--dir", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        base = folder / "base.meeting"
        with EventStore.create(base, title="Bench congress", start="2026-03-02", end="2026-03-04") as store:
            session = store.add_session(store.days()[0].id, "Plenary").id
        for clients in (2, args.clients):
            latencies, saves = measure(folder, base, session, clients, args.notes)
            print(
                f"{clients:>3} laptops: typed -> visible on another p50 {pct(latencies, 0.5):.1f} ms,"
                f" p99 {pct(latencies, 0.99):.1f} ms (n={len(latencies)});"
                f" the writer's bare save p50 {statistics.median(saves) * 1000:.1f} ms"
            )


if __name__ == "__main__":
    main()
