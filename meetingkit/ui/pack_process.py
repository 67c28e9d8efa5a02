"""The outcome pack built in a process of its own, so the window's thread never waits for the pack's Python.

A worker thread of the window shares the interpreter lock with it: writing the documents of a 20,000-note
event held the window still for 100-300 ms at a time (and reading the event for the pack, on the window's
thread, for two seconds). The process reads the event through a read-only connection of its own (every
edit is committed before the window says "Saved", so it reads what the user sees), builds the pack
with `publish.pack`, and reports progress and its end through a pipe. No Qt here: the process imports
this module alone.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import signal
import threading
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.connection import wait as wait_for_handles
from pathlib import Path
from typing import TYPE_CHECKING

from meetingkit.core.errors import UserError

if TYPE_CHECKING:
    from multiprocessing.context import ForkServerContext, SpawnContext

    from meetingkit.export.pack import PackOptions, PackResult
    from meetingkit.export.progress import Progress

log = logging.getLogger(__name__)

STOP_GRACE_SECONDS = 30  # a cancelled pack removes what it wrote; past this, the process is ended


class PackCancelled(Exception):
    """The user cancelled and the process removed what it had written."""


def _context() -> ForkServerContext | SpawnContext:
    # The window's threads (Qt's, the store's) hold locks a forked child would inherit in whatever state:
    # forkserver forks from a clean single-threaded server; Windows and macOS builds only have spawn.
    if "forkserver" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")


def _watch(stop: Connection, cancel: Callable[[], None]) -> None:
    """Cancel the pack when the window asks (a message, or its end of the pipe closed), or when the
    window's process is gone."""
    # A pipe, not a multiprocessing.Event: Event.set() waits for every waiter to wake, and waits forever
    # for one in a process that has already ended.
    handles: list[Connection | int] = [stop]
    parent = multiprocessing.parent_process()
    if parent is not None:
        handles.append(parent.sentinel)
    wait_for_handles(handles)
    cancel()


def _build(
    messages: Connection, stop: Connection, event_path: Path, target: Path, options: PackOptions
) -> None:
    """Runs in the pack's process."""
    from meetingkit import publish
    from meetingkit.export.progress import Cancelled, CancelToken
    from meetingkit.store import EventStore

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the process group: the window decides
    token = CancelToken()
    threading.Thread(target=_watch, args=(stop, token.cancel), daemon=True).start()
    last = [-1, ""]

    def progress(step: Progress) -> None:
        done = round(step.fraction * 1000)
        if [done, step.stage] != last:  # a step per note would flood the window with messages
            last[:] = [done, step.stage]
            messages.send(("progress", done, step.stage))

    try:
        with EventStore.open(event_path, read_only=True) as store:
            snapshot = store.snapshot()
        result = publish.pack(snapshot, event_path, target, options, progress=progress, cancel=token)
    except Cancelled:
        messages.send(("cancelled",))
    except UserError as error:
        messages.send(("failed", str(error)))
    except Exception:  # a bug: the window logs the traceback and tells the user in one sentence
        messages.send(("bug", traceback.format_exc()))
    else:
        messages.send(("done", result))
    finally:
        messages.close()


def build_pack_in_process(
    event_path: Path,
    target: Path,
    options: PackOptions,
    *,
    progress: Callable[[int, int, str], None],
    on_cancel: Callable[[Callable[[], None]], None],
) -> PackResult:
    """Build the pack in a new process and wait for it (call from a worker thread, not the window's).

    progress(done, 1000, stage) as the process reports; on_cancel receives the function that stops
    it. Raises PackCancelled, UserError (one sentence for the user) or RuntimeError (a bug, logged).
    """
    ctx = _context()
    receive, send = ctx.Pipe(duplex=False)
    stop_here, stop_there = ctx.Pipe(duplex=False)
    process = ctx.Process(
        target=_build, args=(send, stop_here, event_path, target, options), name="meetingkit-pack"
    )
    process.start()
    send.close()  # the process holds the only writing end: its end (or death) ends our reads
    stop_here.close()

    def stop() -> None:
        # From the window's thread (Cancel) or this one; the process may be gone already.
        with contextlib.suppress(OSError, ValueError):
            stop_there.send(True)

    on_cancel(stop)
    try:
        while True:
            try:
                message = receive.recv()
            except EOFError:
                raise RuntimeError(
                    f"the pack's process ended without a result (exit {process.exitcode})"
                ) from None
            kind = message[0]
            if kind == "progress":
                progress(int(message[1]), 1000, str(message[2]))
            elif kind == "done":
                result: PackResult = message[1]
                return result
            elif kind == "cancelled":
                raise PackCancelled
            elif kind == "failed":
                raise UserError(str(message[1]))
            else:
                log.error("the outcome pack failed in its process:\n%s", message[1])
                raise RuntimeError("the outcome pack failed in its process")
    finally:
        receive.close()
        stop()
        wait_for_handles([process.sentinel], timeout=STOP_GRACE_SECONDS)
        if process.is_alive():
            process.terminate()
        process.join()
        stop_there.close()
