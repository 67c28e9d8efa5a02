"""Work the first screen does not show, put off until a widget has first painted.

At launch every module imported and every widget built before the first paint delays it; what is out of
sight (a hidden dock, a status-bar count that starts empty, a feature's actions' handlers) is built just
after it instead: a moment after the paint (keys typed during the launch and a first click go first), then
one job per turn of the event loop, so a key pressed meanwhile waits for one job at most.
Whatever needs such a part before then builds it itself (the window's properties do): nothing waits on the
paint to work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# How long after the first paint the first job waits (the jobs take ~20 ms in all).
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
