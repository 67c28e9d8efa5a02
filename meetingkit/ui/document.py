"""EventDocument: the one Qt adapter over an open EventStore, its undo stack and its change signals."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QUndoStack

from meetingkit.core.errors import UserError
from meetingkit.core.zones import wall_clock
from meetingkit.store import EventStore
from meetingkit.ui.event_words import EventWords, read_event_words
from meetingkit.ui.formatting import clock
from meetingkit.ui.warm_up import import_first_use_modules
from meetingkit.ui.workers import Task, run_task

if TYPE_CHECKING:
    from meetingkit.store.history import History  # read at a pause, after the first paint
    from meetingkit.ui.commands import DocumentCommand

# Another process (the CLI `add`, a second read-only window) may commit to the file; checking
# PRAGMA data_version costs microseconds, so once a second is responsive and free.
EXTERNAL_POLL_MS = 1000


_Result = TypeVar("_Result")
_BACKGROUND_TASKS: set[Task] = set()  # background reads (the history, the event's words) until they end
# Work put off until the rapporteur pauses (`when_idle`) waits this long after the last save.
IDLE_AFTER_MS = 2000


class EventDocument(QObject):
    """Owns the store and the undo stack; every edit arrives through push() and leaves as a signal.

    Signals are past tense and carry record ids. Moves are reported as `*_changed` of the moved
    record: models re-read the order from the store.
    """

    item_added = Signal(str)
    item_changed = Signal(str)
    item_removed = Signal(str)
    session_added = Signal(str)
    session_changed = Signal(str)
    session_removed = Signal(str)
    day_changed = Signal(str)
    attachment_added = Signal(str)
    attachment_changed = Signal(str)
    attachment_removed = Signal(str)
    event_changed = Signal()
    focus_areas_changed = Signal()
    people_changed = Signal()
    draft_saved = Signal(str)  # session id
    words_read = Signal(object)  # EventWords, read on a pool thread after launch (read_words_when_idle)
    saved = Signal(str)  # status text for the indicator, emitted after the commit returned
    reloaded = Signal()  # another process changed the file: re-read everything
    error_occurred = Signal(str)  # one sentence for a dialog

    def __init__(self, store: EventStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._undo_stack = QUndoStack(self)
        self._data_version = store.data_version()
        self._poll = QTimer(self)
        self._poll.setInterval(EXTERNAL_POLL_MS)
        self._poll.timeout.connect(self.check_external_changes)
        self._poll.start()
        self._closed = False
        self._zone_name = store.event().timezone
        self.event_changed.connect(self._read_zone)
        self.reloaded.connect(self._read_zone)
        self.history_adopted = False
        self.warmed_up = False
        # Background reads at launch (the history, the spelling list's names) hold the interpreter for most
        # of a second on a congress: they must not meet a keystroke, an Enter or a page being built.
        self._idle_jobs: list[Callable[[], None]] = []
        self._idle_wait = QTimer(self)
        self._idle_wait.setSingleShot(True)
        self._idle_wait.setInterval(IDLE_AFTER_MS)
        self._idle_wait.timeout.connect(self._run_idle_job)
        for signal in (self.saved, self.draft_saved):
            signal.connect(self._postpone_idle_jobs)
        self._words_generation = 0  # a change of people or of the whole file makes a read under way stale
        for signal in (self.people_changed, self.reloaded):
            signal.connect(self._words_changed)

    def when_idle(self, job: Callable[[], None]) -> None:
        """Run `job` on this thread once nothing was saved for IDLE_AFTER_MS (typing puts it off).

        For jobs that start a background read: each job waits for a pause of its own, so two such
        reads never share the interpreter with each other either. Nothing runs after close().
        """
        if self._closed:
            return
        self._idle_jobs.append(job)
        if not self._idle_wait.isActive():
            self._idle_wait.start()

    def _postpone_idle_jobs(self) -> None:
        if self._idle_wait.isActive():
            self._idle_wait.start()  # restarts the wait: the rapporteur is typing

    def _run_idle_job(self) -> None:
        if self._closed or not self._idle_jobs:
            return
        job = self._idle_jobs.pop(0)
        if self._idle_jobs:
            self._idle_wait.start()
        job()

    def read_history_when_idle(self) -> None:
        """Read the event's replicated history on a pool thread once the rapporteur pauses
        (`when_idle`), and hand it to the store.

        Capture never needs it; merging, conflicts and editing an existing note's text do, and on a
        congress reading it takes most of a second: read ahead, it is ready by then. A failure is left
        for that first use to report (the damaged-file sentence), as without this.
        """
        if not self._closed and not self.history_adopted:
            self.when_idle(self._read_history)

    def read_words_when_idle(self) -> None:
        """Read the event's names and tags on a pool thread once the rapporteur pauses (`when_idle`),
        then emit `words_read`: the first "@" typed and the spell checker then find them ready.

        On a congress the read is most of a second of Python: on the window's thread it stalled the
        first "@" after launch; at launch it slowed the first page opened.
        """
        self.when_idle(self._read_words)

    def warm_up_when_idle(self) -> None:
        """Import what the first page, preview or draft needs on a pool thread at a pause (warm_up.py)."""

        def warmed(_count: int) -> None:
            self.warmed_up = True

        self.when_idle(lambda: self._run_in_background("warm-up", import_first_use_modules, warmed))

    def _words_changed(self) -> None:
        self._words_generation += 1

    def _read_words(self) -> None:
        if self._closed:
            return
        generation = self._words_generation
        path = self._store.path

        def read(words: EventWords) -> None:
            if self._closed:
                return
            if generation != self._words_generation:  # people changed meanwhile: read again
                self.read_words_when_idle()
                return
            self.words_read.emit(words)

        self._run_in_background("words", lambda: read_event_words(path), read)

    def _run_in_background(
        self, name: str, job: Callable[[], _Result], done: Callable[[_Result], None]
    ) -> None:
        started: list[Task] = []

        def ended() -> None:  # queued to this thread: runs after `started` holds the task
            _BACKGROUND_TASKS.difference_update(started)

        # Connected before it starts (run_task), and held until it ends whatever becomes of this document:
        # a pool thread must not outlive its task.
        task = run_task(
            QThreadPool.globalInstance(),
            lambda _reporter: job(),
            name=name,
            succeeded=done,
            finished=ended,
        )
        started.append(task)
        _BACKGROUND_TASKS.add(task)

    def _read_history(self) -> None:
        if self._closed or self.history_adopted:
            return
        job = self._store.history_job()

        def adopt(history: History) -> None:
            if not self._closed:
                self.history_adopted = self._store.adopt_history(history)

        self._run_in_background("history", job, adopt)

    def _read_zone(self) -> None:
        if not self._closed:
            self._zone_name = self._store.event().timezone

    # ---------------------------------------------------------------- what the document holds

    @property
    def store(self) -> EventStore:
        return self._store

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo_stack

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    @property
    def title(self) -> str:
        return self._store.event().title

    @property
    def path_name(self) -> str:
        return self._store.path.name

    # ---------------------------------------------------------------- editing

    def push(self, command: DocumentCommand) -> bool:
        """Apply `command` and put it on the undo stack; False (and a dialog) if the store refused it.

        The command is applied here rather than by QUndoStack.push so that a refused edit never
        reaches the stack.
        """
        if not command.apply_first():
            return False
        self._undo_stack.push(command)
        return True

    def report_error(self, error: UserError) -> None:
        self.error_occurred.emit(str(error))

    def notify_saved(self) -> None:
        """Called by commands after a store write returned (the commit is on disk)."""
        self._data_version = self._store.data_version()
        # On the meeting's clock, like the notes' times: a laptop still on its home zone shows the same.
        now = wall_clock(dt.datetime.now(dt.UTC), self._zone_name)
        self.saved.emit(self.tr("Saved %1").replace("%1", clock(now, seconds=True)))

    def refresh_all(self) -> None:
        """This window changed the file outside the undo stack (a merge, a settled conflict): views re-read."""
        self.notify_saved()
        self.reloaded.emit()

    def save_draft(self, session_id: str, text: str) -> bool:
        """Keep the line being typed in the file; drafts are not undoable edits."""
        if self._closed or self._store.read_only:
            return False
        try:
            if self._store.draft(session_id) == text or (
                not text.strip() and not self._store.draft(session_id)
            ):
                return True
            self._store.save_draft(session_id, text)
        except UserError as error:
            self.report_error(error)
            return False
        self.draft_saved.emit(session_id)
        self.notify_saved()
        return True

    def draft(self, session_id: str) -> str:
        return self._store.draft(session_id)

    # ---------------------------------------------------------------- other processes

    def check_external_changes(self) -> bool:
        """Emit reloaded() if another connection committed since we last looked; True if it did."""
        if self._closed:
            return False
        try:
            version = self._store.data_version()
        except sqlite3.ProgrammingError:
            # The store was closed behind the document's back (a test, or a shutdown in progress):
            # nothing more can change, so stop asking.
            self._poll.stop()
            return False
        if version == self._data_version:
            return False
        self._data_version = version
        self.reloaded.emit()
        return True

    # ---------------------------------------------------------------- closing

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Release the file and its lock; the undo history goes with it."""
        if self._closed:
            return
        self._closed = True
        self._poll.stop()
        self._idle_wait.stop()
        self._idle_jobs.clear()
        self._undo_stack.clear()
        self._store.close()
