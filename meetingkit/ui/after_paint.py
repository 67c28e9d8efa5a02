"""Work put off until a widget has first painted.

At launch every module imported, widget built and file written before the first paint delays it. What the
first screen needs soon after but not for the paint (the recent list's entry; the Conflicts dock left open)
runs a moment after the paint (keys typed during the launch and a first click go first), then one job per
turn of the event loop, so a key pressed meanwhile waits for one job at most. What the first screen does not
show at all waits longer, for the rapporteur's first pause (EventDocument.when_idle): built here, it met the
first Enters. Whatever needs such a part before then builds it itself (the window's properties do): nothing
waits on the paint to work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# How long after the first paint the first job waits.
SETTLE_MS = 250


class AfterFirstPaint(QObject):
    """Runs the jobs given to `later` once `widget` has first painted (at once when it already has)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._jobs: list[Callable[[], object]] = []
        self._painted = False
        widget.installEventFilter(self)

    @property
    def painted(self) -> bool:
        return self._painted

    @property
    def done(self) -> bool:
        """Painted, and every job given so far has run."""
        return self._painted and not self._jobs

    def later(self, job: Callable[[], object]) -> None:
        self._jobs.append(job)
        if self._painted and len(self._jobs) == 1:
            QTimer.singleShot(0, self._run_next)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(SETTLE_MS, self._run_next)
        return False

    def _run_next(self) -> None:
        if not self._jobs:
            return
        self._jobs.pop(0)()
        if self._jobs:
            QTimer.singleShot(0, self._run_next)
