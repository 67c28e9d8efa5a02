"""The actions register: every action of the event in one sortable, filterable table, edited in place with undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QThreadPool, Signal
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.model import ActionStatus, Horizon
from meetingkit.publish import DocumentOptions
from meetingkit.ui.document import EventDocument
from meetingkit.ui.file_dialogs import FileKind, save_file
from meetingkit.ui.models.actions_model import (
    COL_DUE,
    COL_FOCUS,
    COL_HORIZON,
    COL_OWNER,
    COL_SESSION,
    COL_STATUS,
    COL_TEXT,
    ActionsFilter,
    ActionsModel,
    ItemIdRole,
    OverdueRole,
)
from meetingkit.ui.settings import Settings
from meetingkit.ui.views.common import (
    fit_columns,
    horizon_label,
    session_labels,
    show_error,
    status_label,
)
from meetingkit.ui.views.delegates import ChoiceDelegate, CompletingDelegate, DateDelegate
from meetingkit.ui.widgets.in_place_edit import InPlaceDelegate
from meetingkit.ui.workers import Task, export_job, run_task

Index = QModelIndex | QPersistentModelIndex


class _OverdueModel(ActionsModel):
    """Adds the warning icon in the Due column of overdue actions (the icon needs the app's style)."""

    _icon: QIcon | None = None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == COL_DUE:
            if super().data(index, OverdueRole):
                if _OverdueModel._icon is None:
                    _OverdueModel._icon = QApplication.style().standardIcon(
                        QStyle.StandardPixmap.SP_MessageBoxWarning
                    )
                return _OverdueModel._icon
            return None
        return super().data(index, role)


class ActionsView(QWidget):
    """The register; double-click on the session column (or "Go to note") asks the window to show the note."""

    jump_requested = Signal(str)  # item id
    current_item_changed = Signal(object)  # item id or None: the inspector follows the table's selection
    export_finished = Signal(str)  # path written
    export_failed = Signal(str)

    def __init__(
        self,
        document: EventDocument,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self._pool = pool or QThreadPool(self)
        self._task: Task | None = None
        self.setObjectName("actionsView")

        self.model = _OverdueModel(document, lambda: session_labels(document.store), today, self)
        self.model.is_shown = self.isVisible  # hidden, it re-reads the event when next shown
        self.proxy = ActionsFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter actions by text, owner, session or focus area…"))
        self.search.setAccessibleName(self.tr("Filter actions"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)

        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), ActionsFilter.STATUS_ALL)
        self.status_filter.addItem(self.tr("Overdue"), ActionsFilter.STATUS_OVERDUE)
        for status in ActionStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_status(self.status_filter.currentData())
        )

        self.horizon_filter = QComboBox(self)
        self.horizon_filter.setAccessibleName(self.tr("Horizon filter"))
        self.horizon_filter.addItem(self.tr("All horizons"), None)
        for horizon in Horizon:
            self.horizon_filter.addItem(horizon_label(horizon), horizon.value)
        self.horizon_filter.addItem(horizon_label(None), "")
        self.horizon_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_horizon(self.horizon_filter.currentData())
        )

        self.table = QTableView(self)
        self.table.setObjectName("actionsTable")
        self.table.setAccessibleName(self.tr("Actions register"))
        self.table.setModel(self.proxy)
        self.table.selectionModel().selectionChanged.connect(self._emit_current)
        self.proxy.modelReset.connect(self._emit_current)
        self.proxy.rowsRemoved.connect(self._emit_current)
        # The indicator first: enabling sorting then sorts once, by it (sortByColumn would sort again).
        self.table.horizontalHeader().setSortIndicator(COL_SESSION, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self._fit_columns()
        # Sized again once rows arrive or change wholesale (an import, a reload), never on each edit.
        self.proxy.modelReset.connect(self._fit_columns)

        store = document.store
        self.table.setItemDelegate(InPlaceDelegate(self.table))
        self.table.setItemDelegateForColumn(COL_DUE, DateDelegate(self.table))
        self.table.setItemDelegateForColumn(
            COL_HORIZON,
            ChoiceDelegate(
                lambda: [("", horizon_label(None))] + [(h.value, horizon_label(h)) for h in Horizon], self
            ),
        )
        self.table.setItemDelegateForColumn(
            COL_STATUS, ChoiceDelegate(lambda: [(s.value, status_label(s)) for s in ActionStatus], self)
        )
        self.table.setItemDelegateForColumn(
            COL_OWNER,
            CompletingDelegate(
                lambda: sorted({p.name for p in store.people()} | {o.name for o in store.organisations()}),
                self,
            ),
        )
        self.table.setItemDelegateForColumn(
            COL_FOCUS, CompletingDelegate(lambda: [a.name for a in store.focus_areas()], self)
        )
        self.table.doubleClicked.connect(self._double_clicked)

        self.summary = QLabel(self)
        self.summary.setObjectName("actionsSummary")

        self.go_button = QPushButton(self.tr("Go to note"), self)
        self.go_button.setToolTip(self.tr("Show the selected action in its session"))
        self.go_button.clicked.connect(self.go_to_selected)
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.csv_button.setToolTip(self.tr("Save the actions as a spreadsheet (opens in Excel)"))
        self.csv_button.clicked.connect(lambda: self._choose_and_export("csv"))
        self.ics_button = QPushButton(self.tr("Export calendar…"), self)
        self.ics_button.setToolTip(self.tr("Save the actions with a due date as calendar entries (.ics)"))
        self.ics_button.clicked.connect(lambda: self._choose_and_export("ics"))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.horizon_filter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.go_button)
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.ics_button)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Actions register"), self)
        title.setObjectName("viewTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        for signal in (
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.dataChanged,
            self.model.modelReset,
        ):
            signal.connect(self._update_summary)
        self.proxy.layoutChanged.connect(self._update_summary)
        self.proxy.rowsInserted.connect(self._update_summary)
        self.proxy.rowsRemoved.connect(self._update_summary)
        self._update_summary()

    def showEvent(self, event: QShowEvent) -> None:
        self.model.refresh_if_stale()
        super().showEvent(event)

    # ---------------------------------------------------------------- what the user sees

    def _fit_columns(self, *_: object) -> None:
        # Session titles and focus areas can be long: they elide so the Action column keeps its room.
        fit_columns(self.table, COL_TEXT, {COL_SESSION: 190, COL_OWNER: 160, COL_FOCUS: 160})

    def _update_summary(self, *_: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        overdue = self.model.overdue_count()
        text = self.tr("%n action(s)", "", total)
        if shown != total:
            text = self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", text)
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        self.summary.setText(text)

    def _emit_current(self, *_args: object) -> None:
        self.current_item_changed.emit(self.selected_item_id())

    def selected_item_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ItemIdRole)
        return str(value) if value else None

    def select_item(self, item_id: str) -> bool:
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, COL_TEXT))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def go_to_selected(self) -> None:
        item_id = self.selected_item_id()
        if item_id:
            self.jump_requested.emit(item_id)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == COL_SESSION:
            self.jump_requested.emit(str(index.data(ItemIdRole)))

    # ---------------------------------------------------------------- exports

    def _choose_and_export(self, fmt: str) -> None:
        if fmt == "csv":
            caption, pattern, name = self.tr("Export actions"), self.tr("CSV files (*.csv)"), "actions.csv"
        else:
            caption, pattern, name = (
                self.tr("Export actions calendar"),
                self.tr("Calendar files (*.ics)"),
                "actions.ics",
            )
        path = save_file(self, FileKind.EXPORTS, caption, name, pattern)
        if path is not None:
            self.export_to(fmt, path)

    def export_to(self, fmt: str, target: Path) -> Task:
        """Write the actions as `fmt` ("csv" or "ics") to `target` on a worker thread."""
        self.csv_button.setEnabled(False)
        self.ics_button.setEnabled(False)
        self.summary.setText(self.tr("Exporting…"))

        def finished() -> None:
            self.csv_button.setEnabled(True)
            self.ics_button.setEnabled(True)
            self._task = None

        def succeeded(path: object) -> None:
            self._update_summary()
            self.summary.setText(
                self.summary.text() + " · " + self.tr("Saved %1").replace("%1", Path(str(path)).name)
            )
            self.export_finished.emit(str(path))

        def failed(message: str) -> None:
            self._update_summary()
            show_error(self, message)
            self.export_failed.emit(message)

        self._task = run_task(
            self._pool,
            export_job(
                self.document.store.snapshot(),
                self.document.store.path,
                fmt,
                target,
                DocumentOptions(language=self.settings.document_language),
            ),
            name=self.tr("The export"),
            succeeded=succeeded,
            failed=failed,
            finished=finished,
        )
        return self._task

    def shutdown(self) -> None:
        """Wait for a running export (the window calls it before the document closes)."""
        if self._task is not None:
            self._task.cancel()
        self._pool.waitForDone()
