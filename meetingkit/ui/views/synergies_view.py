"""Synergies: grouped by party, and as a matrix organisation x organisation whose cells list their synergies."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.model import Tag
from meetingkit.ui.document import EventDocument
from meetingkit.ui.models.sync import read_item
from meetingkit.ui.models.synergies_model import (
    ItemIdRole,
    SynergiesTreeModel,
    SynergyMatrixModel,
    SynergyReader,
    SynergyRecord,
)
from meetingkit.ui.settings import Settings
from meetingkit.ui.views.common import session_labels


class SynergiesView(QWidget):
    """Double-click a synergy (in the tree or in a cell's list) to open it in its session."""

    jump_requested = Signal(str)  # item id
    current_item_changed = Signal(object)  # item id or None: the inspector follows the selected synergy

    def __init__(self, document: EventDocument, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.setObjectName("synergiesView")
        self._records: dict[str, SynergyRecord] = {}
        self._current_item: str | None = None

        self.tree_model = SynergiesTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("synergiesTree")
        self.tree.setAccessibleName(self.tr("Synergies by party"))
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.activated.connect(self._jump_from_tree)
        self.tree.selectionModel().currentChanged.connect(
            lambda current, _previous: self._follow(current.data(ItemIdRole) if current.isValid() else None)
        )

        self.matrix_model = SynergyMatrixModel(self)
        self.matrix = QTableView(self)
        self.matrix.setObjectName("synergyMatrix")
        self.matrix.setAccessibleName(self.tr("Synergy matrix, organisation by organisation"))
        self.matrix.setModel(self.matrix_model)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.clicked.connect(self.show_cell)
        self.matrix.selectionModel().currentChanged.connect(lambda current, _: self.show_cell(current))

        self.cell_title = QLabel(self.tr("Click a cell to list its synergies."), self)
        self.cell_title.setWordWrap(True)
        self.cell_list = QTreeWidget(self)
        self.cell_list.setObjectName("synergyCellList")
        self.cell_list.setAccessibleName(self.tr("Synergies of the selected pair"))
        self.cell_list.setHeaderLabels([self.tr("Synergy"), self.tr("Parties"), self.tr("Session")])
        self.cell_list.setRootIsDecorated(False)
        self.cell_list.setAlternatingRowColors(True)
        self.cell_list.itemActivated.connect(self._jump_from_cell_list)
        self.cell_list.currentItemChanged.connect(
            lambda current, _previous: self._follow(
                current.data(0, Qt.ItemDataRole.UserRole) if current else None
            )
        )

        matrix_page = QSplitter(Qt.Orientation.Vertical, self)
        matrix_page.addWidget(self.matrix)
        below = QWidget(matrix_page)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.cell_title)
        below_layout.addWidget(self.cell_list)
        matrix_page.addWidget(below)
        matrix_page.setStretchFactor(0, 3)
        matrix_page.setStretchFactor(1, 2)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.tree, self.tr("By party"))
        self.tabs.addTab(matrix_page, self.tr("Matrix"))

        title = QLabel(self.tr("Synergies"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

        self._reader: SynergyReader | None = None
        self._stale = False  # the programme or the people changed while hidden: re-read when shown
        self._unshown = False  # records changed while hidden: rebuild the models when shown
        for signal in (document.item_added, document.item_changed, document.item_removed):
            signal.connect(self._item_touched)
        for signal in (document.session_changed, document.session_removed, document.session_added):
            signal.connect(self.refresh)
        document.people_changed.connect(self.refresh)
        document.reloaded.connect(self.refresh)
        self.rebuild()

    def refresh(self, *_: object) -> None:
        """Re-read every synergy now if the page is on screen, else when it is next shown."""
        if self.isVisible():
            self.rebuild()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.rebuild()
        elif self._unshown:
            self._show_records()
        super().showEvent(event)

    def rebuild(self) -> None:
        self._stale = False
        if self.document.closed:
            return
        self._reader = SynergyReader(self.document, session_labels(self.document.store))
        reader = self._reader
        self._records = {i.id: reader.record(i) for i in self.document.store.items_tagged(Tag.SYNERGY)}
        self._show_records()

    def _item_touched(self, item_id: str) -> None:
        """One note changed: read it alone; the models are rebuilt from memory only if it is a synergy."""
        if self._stale or self._reader is None or self.document.closed:
            return
        item = read_item(self.document.store, item_id)
        if item is not None and item.has(Tag.SYNERGY):
            self._records[item_id] = self._reader.record(item)
        elif self._records.pop(item_id, None) is None:
            return
        if self.isVisible():
            self._show_records()
        else:
            self._unshown = True

    def _show_records(self) -> None:
        self._unshown = False
        reader = self._reader
        assert reader is not None
        records = sorted(self._records.values(), key=reader.rank)
        self.tree_model.rebuild(records)
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(1, 200)
        self.tree.setColumnWidth(2, 240)
        self.matrix_model.rebuild(records)
        self.summary.setText(
            self.tr("%n synergy(ies)", "", len(records))
            + " · "
            + self.tr("%n organisation(s)", "", len(self.matrix_model.names))
        )
        self.cell_list.clear()

    def show_cell(self, index: QModelIndex) -> None:
        """List the synergies of the pair under `index` with their sessions."""
        self.cell_list.clear()
        if not index.isValid():
            return
        names = self.matrix_model.names
        a, b = names[index.row()], names[index.column()]
        if a == b:
            self.cell_title.setText(self.tr("All synergies of %1").replace("%1", a))
        else:
            self.cell_title.setText(self.tr("Synergies between %1 and %2").replace("%1", a).replace("%2", b))
        for item_id in self.matrix_model.synergy_ids(index.row(), index.column()):
            record = self._records[item_id]
            row = QTreeWidgetItem([record.item.text, ", ".join(record.parties), record.session])
            row.setData(0, Qt.ItemDataRole.UserRole, item_id)
            row.setToolTip(0, record.item.text)
            self.cell_list.addTopLevelItem(row)
        self.cell_list.setColumnWidth(0, max(420, self.cell_list.width() // 2))
        self.cell_list.resizeColumnToContents(1)

    def _follow(self, item_id: object) -> None:
        self._current_item = str(item_id) if item_id else None
        self.current_item_changed.emit(self._current_item)

    def selected_item_id(self) -> str | None:
        return self._current_item

    def _jump_from_tree(self, index: QModelIndex) -> None:
        item_id = index.data(ItemIdRole)
        if item_id:
            self.jump_requested.emit(str(item_id))

    def _jump_from_cell_list(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        item_id = row.data(0, Qt.ItemDataRole.UserRole)
        if item_id:
            self.jump_requested.emit(str(item_id))
