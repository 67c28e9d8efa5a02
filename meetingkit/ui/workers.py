"""Background tasks: a function run on a QThreadPool that reports progress, can be cancelled and answers by signal.

Widgets are never touched from the worker: the task talks back only through `TaskSignals`, whose
queued connections deliver on the UI thread (Picard's `run_task`, Anki's `CollectionOp`).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from meetingkit.core.errors import UserError

if TYPE_CHECKING:
    from meetingkit.core.model import EventSnapshot
    from meetingkit.export.pack import PackOptions, PackResult
    from meetingkit.publish import DocumentOptions

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel; the task cleans up and stops."""


class Reporter:
    """What a task function receives: report progress and learn whether the user cancelled."""

    def __init__(self, signals: TaskSignals, event: threading.Event) -> None:
        self._signals = signals
        self._event = event
        self._on_cancel: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Stop here if the user cancelled."""
        if self._event.is_set():
            raise Cancelled

    def progress(self, done: int, total: int, message: str = "") -> None:
        """Report progress (total 0: busy, no known end). Safe to call from library callbacks."""
        self._signals.progress.emit(int(done), int(total), message)

    def on_cancel(self, callback: Callable[[], None]) -> None:
        """Call `callback` (from the UI thread) when the user cancels: passes Cancel on to a library's token."""
        with self._lock:
            self._on_cancel.append(callback)
            already = self._event.is_set()
        if already:
            callback()

    def request_cancel(self) -> None:
        with self._lock:
            self._event.set()
            callbacks = list(self._on_cancel)
        for callback in callbacks:
            callback()


class TaskSignals(QObject):
    progress = Signal(int, int, str)  # done, total, what is being done
    succeeded = Signal(object)  # the task's return value
    failed = Signal(str)  # one sentence for the user
    cancelled = Signal()
    finished = Signal()  # after any of the three above


TaskFunction = Callable[[Reporter], Any]


class Task(QRunnable):
    """Run `function(reporter)` on a pool thread. Keep a reference until `finished` is emitted."""

    def __init__(self, function: TaskFunction, name: str = "") -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it: the view keeps it while its signals may fire
        self.function = function
        self.name = name
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.reporter = Reporter(self.signals, self._cancel)

    def cancel(self) -> None:
        self.reporter.request_cancel()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            self._run()
        except RuntimeError as error:
            # The app quit while this ran: Qt deleted the signals' object, and nobody is left to tell.
            if "deleted" not in str(error):
                raise

    def _run(self) -> None:
        try:
            result = self.function(self.reporter)
        except Cancelled:
            self.signals.cancelled.emit()
        except UserError as error:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.failed.emit(str(error))
        except Exception as error:  # a bug: logged with its traceback, the user still gets one sentence
            log.exception("task %s failed", self.name or self.function)
            self.signals.failed.emit(
                f"{self.name or 'The task'} stopped because of an unexpected error ({type(error).__name__})."
            )
        else:
            # A Cancel pressed after the work completed is too late: the result exists, say so.
            self.signals.succeeded.emit(result)
        self.signals.finished.emit()


def run_task(
    pool: QThreadPool,
    function: TaskFunction,
    *,
    name: str = "",
    progress: Callable[[int, int, str], None] | None = None,
    succeeded: Callable[[Any], None] | None = None,
    failed: Callable[[str], None] | None = None,
    cancelled: Callable[[], None] | None = None,
    finished: Callable[[], None] | None = None,
    receiver: QObject | None = None,
) -> Task:
    """Create a task, connect the callbacks (before it can emit anything), then start it on `pool`.

    `receiver`: the object the callbacks act on. An answer queued before it was deleted (its page closed
    while the task finished) is then dropped, not run against a deleted object.
    """
    task = Task(function, name)
    for signal, slot in (
        (task.signals.progress, progress),
        (task.signals.succeeded, succeeded),
        (task.signals.failed, failed),
        (task.signals.cancelled, cancelled),
        (task.signals.finished, finished),
    ):
        if slot is not None:
            signal.connect(slot if receiver is None else _while_alive(receiver, slot))
    pool.start(task)
    return task


def _while_alive(receiver: QObject, slot: Callable[..., None]) -> Callable[..., None]:
    def call(*args: Any) -> None:
        if shiboken6.isValid(receiver):
            slot(*args)

    return call


# -------------------------------------------------------------------- jobs the organiser views run


def _partial_name(target: Path) -> Path:
    # Same suffix as the target: writers may decide the format from it.
    return target.with_name(f".{target.stem}.partial-{os.getpid()}{target.suffix}")


def export_job(
    snapshot: EventSnapshot, event_path: Path, fmt: str, target: Path, options: DocumentOptions | None = None
) -> TaskFunction:
    """Write the event as `fmt` to `target` from `snapshot` (taken on the UI thread: what the user sees).

    Progress comes in thousandths of the whole export (photo resizing, then writing). The document
    is written under a temporary name and renamed when complete, so a Cancel (or a failure) never
    leaves a partial document where the user will look for it.
    """

    def job(reporter: Reporter) -> Path:
        from meetingkit import publish
        from meetingkit.export.progress import Cancelled as ExportCancelled
        from meetingkit.export.progress import CancelToken, Progress

        token = CancelToken()
        reporter.on_cancel(token.cancel)

        def progress(step: Progress) -> None:
            reporter.progress(round(step.fraction * 1000), 1000, step.stage)

        partial = _partial_name(target)
        try:
            if fmt == "json":
                from meetingkit.store import EventStore

                reporter.progress(0, 1000, "Writing the summaries")
                # The UI thread owns the document's connection; a worker reads through one of its own.
                with EventStore.open(event_path, read_only=True) as store:
                    publish.export(store, fmt, partial)
                reporter.progress(1000, 1000, "Done")
            else:
                publish.export_snapshot(
                    snapshot, event_path, fmt, partial, options, progress=progress, cancel=token
                )
            reporter.check()
            os.replace(partial, target)
        except ExportCancelled:
            partial.unlink(missing_ok=True)
            raise Cancelled from None
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return target

    return job


def pack_job(event_path: Path, target: Path, options: PackOptions) -> TaskFunction:
    """Build the outcome pack of the event at `event_path` in `target`, in a process of its own (the
    window never waits for it: ui/pack_process.py); progress in thousandths of the whole job, Cancel
    removes it all."""

    def job(reporter: Reporter) -> PackResult:
        from meetingkit.ui.pack_process import PackCancelled, build_pack_in_process

        try:
            return build_pack_in_process(
                event_path, target, options, progress=reporter.progress, on_cancel=reporter.on_cancel
            )
        except PackCancelled:
            raise Cancelled from None

    return job


def attach_job(event_path: Path, paths: list[Path], session_id: str | None, author: str) -> TaskFunction:
    """Attach files through a connection of the worker's own (big files never block the UI).

    Returns (attachment ids, [(file name, one-sentence error)]): one bad file does not stop the others.
    """

    def job(reporter: Reporter) -> tuple[list[str], list[tuple[str, str]]]:
        from meetingkit.attach import attach_file
        from meetingkit.store import EventStore

        added: list[str] = []
        errors: list[tuple[str, str]] = []
        with EventStore.open(event_path, author=author) as store:
            for done, path in enumerate(paths):
                reporter.progress(done, len(paths), path.name)
                if reporter.cancelled():
                    break
                try:
                    added.append(attach_file(store, path, session_id=session_id).id)
                except UserError as error:
                    errors.append((path.name, str(error)))
        reporter.progress(len(paths), len(paths), "")
        return added, errors

    return job
