"""The notes stream list: rows sized to their text, inline editing on F2 or double-click, follows new notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QPaintEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyleOptionViewItem, QWidget

from meetingkit.ui.widgets.stream_delegate import PAD, StreamDelegate

# Notes measured per turn of the event loop after the first paint (~10 ms of wrapped text at a time).
MEASURED_PER_TURN = 200


class StreamView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tail_only = False  # until the next paint, only the last screenful is measured
        self._measuring = False  # a slice of the measuring after the paint is on its way
        self._unmeasured: int | None = None  # the rows above this one are not measured yet
        self._after_paint: list[Callable[[], object]] = []  # run once the view has next painted
        self._own_viewport()
        self._delegate = StreamDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # delete or tag several
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setAccessibleName(self.tr("Notes stream"))
        self.setAccessibleDescription(self.tr("The notes of this session, oldest first"))
        self._follow = True
        self._bottom_when_shown = False
        self._bar_pinned = False

    def _own_viewport(self) -> None:
        """The viewport made here, as Qt makes its own: one made in C++ is a plain QWidget, and PySide
        finds its Python class by setting up every QWidget subclass it has not met yet (QWizard,
        QMdiArea...), ~15 ms on the first call of viewport() at launch."""
        viewport = QWidget(self)
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)

    def scroll_to_newest(self) -> None:
        """Bring the last note into sight; before the view is first shown, once it is.

        Scrolling lays out every row: done before the window is shown, it measures a session's notes at
        a width the window is about to change, a whole pass of text measuring thrown away at launch.
        """
        self.measure_tail_first()
        if self.isVisible():
            self.scrollToBottom()
        else:
            self._bottom_when_shown = True

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._bottom_when_shown:
            # QAbstractItemView lays the rows out as it handles Show, before showEvent, at the width it
            # has then. When the notes are surely taller than the view, the scroll bar is put there
            # first: otherwise the rows are measured without it and at once again with it (narrower).
            model = self.model()
            rows = model.rowCount() if model is not None else 0
            if (
                rows * (self.fontMetrics().height() + 2 * PAD) > self.viewport().height()
                and self.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
            ):
                self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
                self._bar_pinned = True
        return super().event(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._bottom_when_shown:
            self._bottom_when_shown = False
            self.scrollToBottom()
            if self._bar_pinned:  # the rows overflow: the bar stays, the width does not change again
                self._bar_pinned = False
                self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def measure_tail_first(self) -> None:
        """Lay out the notes the view opens on (the newest) exactly, the others right after the next paint.

        Measuring wrapped text is most of a session's first layout (1,000 notes at 100,000): the rows
        above the last screenful only size the scroll bar's handle until then (at the bottom, and at
        its smallest for a long session), so each counts as one line of text.
        """
        self._tail_only = True
        self._unmeasured = None

    def after_next_paint(self, job: Callable[[], object]) -> None:
        """Run `job` once the notes have next painted (what is on screen first, the rest right after)."""
        self._after_paint.append(job)
        self.viewport().update()

    def _run_after_paint(self) -> None:
        jobs, self._after_paint = self._after_paint, []
        for job in jobs:
            job()

    def _tail_start(self) -> int:
        """The first row of the last screenful, however short its rows (their padding alone)."""
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        return max(0, rows - (self.viewport().height() // (2 * PAD) + 2))

    def doItemsLayout(self) -> None:
        if self._tail_only:
            self._delegate.estimate_before = self._tail_start()
            self._delegate.estimated_size = QSize(
                self.viewport().width(), self.fontMetrics().lineSpacing() + 2 * PAD
            )
        else:
            self._delegate.estimate_before = 0
        super().doItemsLayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._after_paint:
            QTimer.singleShot(0, self._run_after_paint)
        if self._tail_only and not self._measuring:
            self._measuring = True
            QTimer.singleShot(0, self._measure_some)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if self._after_paint and dy and not self._at_bottom():
            self._run_after_paint()  # scrolled up at once: the older notes are wanted now
        if self._tail_only and dy and not self._at_bottom():
            # Scrolled up (the wheel, the bar) before every note was measured: the notes coming into
            # sight are shown at their real height, so all are measured now.
            self._measure_the_rest()

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        self._measure_the_rest()  # a note above the last screenful: its place must be the real one
        super().scrollTo(index, hint)

    def _measure_some(self) -> None:
        """Measure the next notes up from the last screenful, a slice per turn of the event loop (a key
        pressed meanwhile waits for one slice, not all of them), then lay them all out from what the
        delegate remembers."""
        self._measuring = False
        model = self.model()
        if not self._tail_only or model is None:
            return
        if not self.isVisible():
            # Another page came in front meanwhile (opened right after launch): it waits for no measuring
            # of notes out of sight; the next paint of this view comes back here.
            return
        end = self._tail_start() if self._unmeasured is None else self._unmeasured
        start = max(0, min(end, model.rowCount()) - MEASURED_PER_TURN)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        for row in range(start, min(end, model.rowCount())):
            self._delegate.measured_size(option, model.index(row, 0))
        self._unmeasured = start
        if start > 0:
            self._measuring = True
            QTimer.singleShot(0, self._measure_some)
        else:
            self._measure_the_rest()

    def _measure_the_rest(self) -> None:
        if not self._tail_only:
            return
        self._tail_only = False
        self._unmeasured = None
        if not self._delegate.estimate_before:
            return  # a short session: every note was measured already (a layout to come measures all)
        at_bottom = self._at_bottom()
        top = QPersistentModelIndex(self.indexAt(QPoint(0, 0)))
        self.scheduleDelayedItemsLayout()
        self.executeDelayedItemsLayout()
        if at_bottom:
            self.scrollToBottom()
        elif top.isValid():  # the rows above changed height: the note at the top stays there
            super().scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)

    def _at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def resizeEvent(self, event: QResizeEvent) -> None:
        at_bottom = self._at_bottom()
        super().resizeEvent(event)
        # Row heights depend on the width (wrapped text): recompute them.
        self.scheduleDelayedItemsLayout()
        if at_bottom and event.size().height() < event.oldSize().height():
            # A warning or the multi-line box took room under the notes: the newest stays in sight.
            self.executeDelayedItemsLayout()
            self.scrollToBottom()

    def rowsInserted(self, parent: QModelIndex | QPersistentModelIndex, start: int, end: int) -> None:
        if self._unmeasured is not None and start <= self._unmeasured:
            self._unmeasured += end - start + 1  # older notes put above: the measured ones moved down
        self._follow = self._at_bottom()
        super().rowsInserted(parent, start, end)
        if self._follow:
            # Live capture: the newest note stays in sight unless the user scrolled back to read.
            self.scrollToBottom()
