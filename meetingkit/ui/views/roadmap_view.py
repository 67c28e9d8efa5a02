"""The roadmap board: horizons as columns, focus areas as rows, a card per strategic action, moved by drag or keys."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.model import ActionStatus, Horizon, Item, Tag
from meetingkit.core.roadmap import build_roadmap
from meetingkit.ui.commands import AddFocusArea, DocumentCommand, SetActionFields
from meetingkit.ui.document import EventDocument
from meetingkit.ui.formatting import day_month_year
from meetingkit.ui.models.sync import read_item
from meetingkit.ui.organiser_commands import delete_roadmap_row, rename_roadmap_row
from meetingkit.ui.settings import Settings
from meetingkit.ui.theme import ROADMAP_CELL_TINT, css_rgba
from meetingkit.ui.views.common import (
    horizon_label,
    no_focus_area_label,
    session_labels,
    show_error,
    status_label,
)

MIME_TYPE = "application/x-meetingkit-item-id"
# Columns left to right; None holds the actions not yet placed on a horizon.
COLUMNS: tuple[Horizon | None, ...] = (None, Horizon.SHORT, Horizon.MEDIUM, Horizon.LONG)
# The four columns and the focus areas' names fit a 1280-pixel window (the pages bar beside them).
CARD_WIDTH = 204
ROW_HEADER_WIDTH = 136
CARD_TEXT = 140  # characters on a card; the whole text is in its tooltip
# Cards built per cell until the user asks for more: a card is a few widgets that Qt lays out and styles
# one by one (~4 ms each), so a congress's 11,000 actions in one cell took a minute to show.
CELL_CARDS = 12
MORE_CARDS = 48  # added by each "Show more" click

STYLE = """
#roadmapCard { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }
#roadmapCard[selected="true"] { border: 2px solid palette(highlight); }
#roadmapCard[done="true"] { background: palette(alternate-base); }
#roadmapCell { background: CELL_TINT; border: 1px dashed transparent; border-radius: 6px; }
#roadmapCell[dropTarget="true"] { border: 1px dashed palette(highlight); }
#roadmapColumnHeader { font-weight: bold; padding: 4px; }
#roadmapRowHeader { border-radius: 4px; }
#roadmapRowHeader:focus { border: 1px solid palette(highlight); }
#roadmapRowName { font-weight: bold; padding: 4px; }
""".replace("CELL_TINT", css_rgba(ROADMAP_CELL_TINT))


@dataclass(frozen=True, slots=True)
class Place:
    """Where an action sits on the roadmap: its horizon and its focus area."""

    horizon: Horizon | None
    focus_area: str  # "" for no focus area


class Card(QFrame):
    """One strategic action: its text, owner and due date, and where it came from (a link to the note)."""

    def __init__(self, board: RoadmapBoard, item: Item, provenance: str) -> None:
        super().__init__()
        self.board = board
        self.item = item
        self.setObjectName("roadmapCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFixedWidth(CARD_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        self.setProperty("selected", False)
        fields = item.action
        done = fields is not None and fields.status is ActionStatus.DONE
        self.setProperty("done", done)
        self._press: QPoint | None = None

        shown = item.text if len(item.text) <= CARD_TEXT else item.text[: CARD_TEXT - 1].rstrip() + "…"
        text = QLabel(shown, self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        details = []
        if fields is not None:
            if fields.owner:
                details.append(fields.owner)
            if fields.due:
                details.append(day_month_year(fields.due))
            if fields.status is not ActionStatus.OPEN:
                details.append(status_label(fields.status))
        meta = QLabel(" · ".join(details), self)
        meta.setEnabled(False)  # drawn in the palette's muted colour
        meta.setWordWrap(True)
        self.source = QLabel(f'<a href="#">{_escape(provenance)}</a>', self)
        self.source.setObjectName("roadmapCardSource")
        self.source.setToolTip(self.tr("Open the note in its session"))
        self.source.setWordWrap(True)
        self.source.linkActivated.connect(lambda _: self.board.jump_requested.emit(self.item.id))
        small = self.source.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.source.setFont(small)
        meta.setFont(small)

        # Word-wrapped labels get their height for a known width only: fix it so no line is cut off.
        for label in (text, meta, self.source):
            label.setFixedWidth(CARD_WIDTH - 18)
            label.setMinimumHeight(max(0, label.heightForWidth(CARD_WIDTH - 18)))  # -1 for an empty label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addWidget(text)
        if details:
            layout.addWidget(meta)
        else:
            meta.hide()
        layout.addWidget(self.source)
        self.setAccessibleName(item.text)
        self.setAccessibleDescription(
            self.tr("Strategic action from %1. Ctrl+arrows move it.").replace("%1", provenance)
        )
        self.setToolTip(item.text)

    def set_selected(self, selected: bool) -> None:
        self.setProperty("selected", selected)
        self.style().unpolish(self)
        self.style().polish(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.board.select(self.item.id)
        super().focusInEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.board.select(self.item.id)
            event.accept()  # taken here: the cell under the card would take the click as one beside it
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        mime = QMimeData()
        mime.setData(MIME_TYPE, self.item.id.encode("utf-8"))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.grab())
        drag.setHotSpot(event.position().toPoint())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.board.jump_requested.emit(self.item.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = {
                Qt.Key.Key_Left: (-1, 0),
                Qt.Key.Key_Right: (1, 0),
                Qt.Key.Key_Up: (0, -1),
                Qt.Key.Key_Down: (0, 1),
            }.get(Qt.Key(event.key()))
            if step is not None:
                self.board.move_by(self.item.id, *step)
                return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.board.jump_requested.emit(self.item.id)
            return
        if event.key() == Qt.Key.Key_Escape and self.board.selected == self.item.id:
            self.board.select(None)
            return
        super().keyPressEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _NameEditor(QLineEdit):
    """The in-place editor of a row's name: Enter (or leaving it) keeps the new name, Escape gives up."""

    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class RowHeader(QFrame):
    """A focus area's name. F2 (or the context menu) renames it in place; Delete deletes it after asking."""

    def __init__(self, board: RoadmapBoard, area: str, count: int) -> None:
        super().__init__()
        self.board = board
        self.area = area
        self.setObjectName("roadmapRowHeader")
        self.setFixedWidth(ROW_HEADER_WIDTH)
        self.label = QLabel(area or no_focus_area_label(), self)
        self.label.setObjectName("roadmapRowName")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.editor = _NameEditor(self)
        self.editor.setAccessibleName(self.tr("New name of the focus area"))
        self.editor.hide()
        self.editor.editingFinished.connect(self.finish_rename)  # Enter, or leaving the field
        self.editor.cancelled.connect(self.cancel_rename)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.editor)
        layout.addStretch(1)
        self.rename_action = QAction(self.tr("Rename…"), self)
        self.rename_action.setShortcut(Qt.Key.Key_F2)
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.rename_action.triggered.connect(self.start_rename)
        self.delete_action = QAction(self.tr("Delete…"), self)
        self.delete_action.setShortcut(Qt.Key.Key_Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(lambda: self.board.ask_delete_focus_area(self.area))
        if area:  # "No focus area" is where actions go, not a row one can rename or delete
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            self.addAction(self.rename_action)
            self.addAction(self.delete_action)
            editable = not board.document.read_only
            self.rename_action.setEnabled(editable)
            self.delete_action.setEnabled(editable)
            self.setAccessibleName(area)
            self.setAccessibleDescription(
                self.tr("Focus area with %n action(s). F2 renames it, Delete deletes it.", "", count)
            )
            self.setToolTip(self.tr("Right-click or F2 to rename, Delete to delete"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The actions' shortcuts answer when Qt routes the key through them; a key sent straight to
        # the widget (assistive tools, tests) arrives here instead.
        if self.area and event.key() == Qt.Key.Key_F2 and self.rename_action.isEnabled():
            self.start_rename()
            return
        if self.area and event.key() == Qt.Key.Key_Delete and self.delete_action.isEnabled():
            self.board.ask_delete_focus_area(self.area)
            return
        super().keyPressEvent(event)

    @property
    def renaming(self) -> bool:
        return self.editor.isVisible()

    def start_rename(self) -> None:
        if not self.area or self.board.document.read_only:
            return
        self.editor.setText(self.area)
        self.label.hide()
        self.editor.show()
        self.editor.selectAll()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_rename(self) -> None:
        self.editor.hide()
        self.label.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def finish_rename(self) -> None:
        if not self.renaming:
            return
        name = " ".join(self.editor.text().split())
        self.cancel_rename()
        if name and name != self.area:
            self.board.rename_focus_area(self.area, name)


class Cell(QFrame):
    """Where cards of one horizon and focus area sit; cards dropped here take its place."""

    def __init__(self, board: RoadmapBoard, place: Place) -> None:
        super().__init__()
        self.board = board
        self.place = place
        self.setObjectName("roadmapCell")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click here takes the focus off a card
        self.setAcceptDrops(True)
        self.setProperty("dropTarget", False)
        self.setMinimumWidth(CARD_WIDTH + 12)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.cards_layout = QVBoxLayout(self)
        self.cards_layout.setContentsMargins(5, 5, 5, 5)
        self.cards_layout.setSpacing(6)
        self.cards_layout.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.more: QPushButton | None = None  # "Show more" under the cards, while some are not built
        self.setAccessibleName(
            self.tr("%1, %2")
            .replace("%1", place.focus_area or no_focus_area_label())
            .replace("%2", horizon_label(place.horizon))
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A click beside the cards selects nothing: the detail pane empties.
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.board.select(None)
        super().mousePressEvent(event)

    def _highlight(self, on: bool) -> None:
        self.setProperty("dropTarget", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE) and not self.board.document.read_only:
            event.acceptProposedAction()
            self._highlight(True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        data = event.mimeData().data(MIME_TYPE)
        if not data:
            return
        item_id = bytes(data.data()).decode("utf-8")
        event.acceptProposedAction()
        self.board.move_to(item_id, self.place)


class RoadmapBoard(QWidget):
    """The board. Every move is one undoable edit of the action's horizon or focus area."""

    jump_requested = Signal(str)  # item id
    moved = Signal(str)  # item id, after the store took the move
    current_item_changed = Signal(object)  # item id or None: the inspector follows the selected card

    def __init__(self, document: EventDocument, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.setObjectName("roadmapView")
        self.setStyleSheet(STYLE)
        self.cards: dict[str, Card] = {}
        self.cells: dict[Place, Cell] = {}
        self.headers: dict[str, RowHeader] = {}
        self.rows: list[str] = []
        self.confirmation: QMessageBox | None = None
        self._batching = False
        self._focus_row: str | None = None
        self._places: dict[str, Place] = {}
        self._selected: str | None = None
        self._in_cell: dict[Place, list[Item]] = {}  # every action of each cell, in order, built or not
        self._cell_cards: dict[Place, int] = {}  # cards the user asked to see in a cell, kept across rebuilds
        self._provenance: dict[str, str] = {}  # session id -> label, for cards built after the rebuild

        title = QLabel(self.tr("Roadmap"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(
            self.tr(
                "Drag a card to another horizon or focus area, or select it and press Ctrl+Left/Right"
                " (horizon) or Ctrl+Up/Down (focus area). Enter opens the note it came from."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.add_area_button = QPushButton(self.tr("Add focus area…"), self)
        self.add_area_button.setToolTip(self.tr("Add a row to the roadmap"))
        self.add_area_button.clicked.connect(self._ask_focus_area)
        self.add_area_button.setEnabled(not document.read_only)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.add_area_button)

        # Not "scroll": that name would hide QWidget.scroll()
        self.board_scroll = QScrollArea(self)
        self.board_scroll.setWidgetResizable(True)
        self.board_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.grid_host: QWidget | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.board_scroll, 1)

        for signal in (document.item_added, document.item_changed, document.item_removed):
            signal.connect(self._item_touched)
        for signal in (document.session_added, document.session_changed, document.session_removed):
            signal.connect(self.refresh)
        document.focus_areas_changed.connect(self.refresh)
        document.reloaded.connect(self.refresh)
        self._stale = False
        self._actions: set[str] = set()  # ids of the actions the board was last built from
        self.rebuild()

    # ---------------------------------------------------------------- building the board

    def refresh(self, *_: object) -> None:
        """Rebuild now if the board is on screen, else when it is next shown (capture stays fast)."""
        if self.isVisible() and not self._batching:
            self.rebuild()
        else:
            self._stale = True

    def _item_touched(self, item_id: str) -> None:
        """A note that is not and was not an action leaves the board as it is (the common Enter)."""
        if self._stale or self.document.closed:
            return
        item = read_item(self.document.store, item_id)
        if item_id in self._actions or (item is not None and item.has(Tag.ACTION)):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.rebuild()
        super().showEvent(event)

    def rebuild(self) -> None:
        self._stale = False
        if self.document.closed:
            return
        store = self.document.store
        labels = session_labels(store)
        roadmap = build_roadmap(store.items_tagged(Tag.ACTION), (a.name for a in store.focus_areas()))
        actions = roadmap.actions
        self._actions = {i.id for i in actions}
        self.rows = [*roadmap.areas, ""]

        host = QWidget()
        grid = QGridLayout(host)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        for column, horizon in enumerate(COLUMNS, start=1):
            column_header = QLabel(horizon_label(horizon), host)
            column_header.setObjectName("roadmapColumnHeader")
            column_header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(column_header, 0, column)
            grid.setColumnStretch(column, 1)  # a wide window widens the horizons alike
        self.cells = {}
        self.headers = {}
        counts: dict[str, int] = {}
        for item in actions:
            name = roadmap.place_of(item.id).focus_area
            counts[name] = counts.get(name, 0) + 1
        for row, area in enumerate(self.rows, start=1):
            header = RowHeader(self, area, counts.get(area, 0))
            self.headers[area] = header
            grid.addWidget(header, row, 0)
            for column, horizon in enumerate(COLUMNS, start=1):
                place = Place(horizon, area)
                cell = Cell(self, place)
                self.cells[place] = cell
                grid.addWidget(cell, row, column)
        grid.setRowStretch(len(self.rows) + 1, 1)

        self.cards = {}
        self._places = {}
        self._provenance = labels
        self._in_cell = {}
        for item in actions:
            where = roadmap.place_of(item.id)
            place = Place(where.horizon, where.focus_area)
            self._places[item.id] = place
            self._in_cell.setdefault(place, []).append(item)
        for place, items in self._in_cell.items():
            wanted = self._cell_cards.get(place, CELL_CARDS)
            if self._selected is not None and self._places.get(self._selected) == place:
                # The card just moved or selected stays in sight, however far down its cell it went.
                wanted = max(wanted, next(n for n, i in enumerate(items) if i.id == self._selected) + 1)
            self._build_cards(place, wanted)

        old = self.board_scroll.takeWidget()
        self.board_scroll.setWidget(host)
        self.grid_host = host
        if old is not None:
            old.deleteLater()
        if self._focus_row is not None:
            focus_row, self._focus_row = self._focus_row, None
            if focus_row in self.headers:
                self.headers[focus_row].setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if self._selected in self.cards:
            card = self.cards[self._selected]
            card.set_selected(True)
            card.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._selected = None

    def _build_cards(self, place: Place, count: int) -> None:
        """Build the cell's cards up to `count`, then a "Show more" button if some are left."""
        cell = self.cells[place]
        items = self._in_cell.get(place, [])
        built = sum(1 for i in items if i.id in self.cards)
        if cell.more is not None:
            cell.cards_layout.removeWidget(cell.more)
            cell.more.deleteLater()
            cell.more = None
        for item in items[built:count]:
            card = Card(self, item, self._provenance.get(item.session_id, ""))
            cell.cards_layout.addWidget(card)
            self.cards[item.id] = card
        left = len(items) - min(count, len(items))
        if left:
            more = QPushButton(self.tr("Show %n more", "", min(left, MORE_CARDS)), cell)
            more.setToolTip(self.tr("%n action(s) of this cell are not shown yet", "", left))
            more.clicked.connect(lambda _checked=False, p=place: self.show_more(p))
            cell.cards_layout.addWidget(more)
            cell.more = more

    def show_more(self, place: Place) -> None:
        """Build the next cards of a cell (the board keeps showing that many after a rebuild)."""
        shown = sum(1 for i in self._in_cell.get(place, []) if i.id in self.cards)
        self._cell_cards[place] = shown + MORE_CARDS
        self._build_cards(place, shown + MORE_CARDS)

    # ---------------------------------------------------------------- selection and moves

    def place_of(self, item_id: str) -> Place:
        return self._places[item_id]

    def select(self, item_id: str | None) -> None:
        """Select a card (None: none); the detail pane follows."""
        if self._selected == item_id:
            return
        if self._selected in self.cards:
            self.cards[self._selected].set_selected(False)
        self._selected = item_id
        if item_id is not None and item_id in self.cards:
            self.cards[item_id].set_selected(True)
        self.current_item_changed.emit(item_id)

    @property
    def selected(self) -> str | None:
        return self._selected

    def selected_item_id(self) -> str | None:
        return self._selected

    def move_by(self, item_id: str, columns: int, rows: int) -> bool:
        """The keyboard equivalent of a drag: one column (horizon) or one row (focus area) over."""
        place = self._places[item_id]
        column = COLUMNS.index(place.horizon) + columns
        row = self.rows.index(place.focus_area) + rows
        if not (0 <= column < len(COLUMNS) and 0 <= row < len(self.rows)):
            return False
        return self.move_to(item_id, Place(COLUMNS[column], self.rows[row]))

    def move_to(self, item_id: str, place: Place) -> bool:
        current = self._places.get(item_id)
        if current is None or current == place or self.document.read_only:
            return False
        changes: dict[str, object] = {}
        if place.horizon != current.horizon:
            changes["horizon"] = place.horizon
        if place.focus_area != current.focus_area:
            changes["focus_area"] = place.focus_area
        self._selected = item_id
        if not self.document.push(SetActionFields(self.document, item_id, **changes)):  # type: ignore[arg-type]
            return False
        self.moved.emit(item_id)
        return True

    # ---------------------------------------------------------------- rows (focus areas)

    @contextmanager
    def _one_rebuild(self) -> Iterator[None]:
        """A compound edit sends a signal per record: rebuild once, when it is done."""
        self._batching = True
        try:
            yield
        finally:
            self._batching = False
            self.refresh()

    def _push(self, command: DocumentCommand) -> bool:
        with self._one_rebuild():
            return self.document.push(command)

    def rename_focus_area(self, name: str, new_name: str) -> bool:
        """Rename the row `name` and every action filed under it, as one undoable edit."""
        new_name = " ".join(new_name.split())
        if self.document.read_only or not name or not new_name or new_name == name:
            return False
        taken = next(
            (row for row in self.rows if row and row != name and row.casefold() == new_name.casefold()),
            None,
        )
        if taken is not None:
            show_error(
                self,
                self.tr("There is already a focus area named “%1”; choose another name.").replace(
                    "%1", taken
                ),
            )
            return False
        self._focus_row = new_name
        return self._push(rename_roadmap_row(self.document, name, new_name))

    def delete_focus_area(self, name: str) -> bool:
        """Delete the row `name`; its actions move to "No focus area" in the same undo step."""
        if self.document.read_only or not name or name not in self.rows:
            return False
        return self._push(delete_roadmap_row(self.document, name))

    def ask_delete_focus_area(self, name: str) -> QMessageBox | None:
        """Ask before deleting (without blocking: the answer arrives through the box's signal)."""
        if self.document.read_only or not name or name not in self.rows:
            return None
        count = sum(1 for place in self._places.values() if place.focus_area == name)
        text = self.tr("Delete the focus area “%1”?").replace("%1", name)
        if count:
            text += " " + self.tr("Its %n action(s) will move to “%1”.", "", count).replace(
                "%1", no_focus_area_label()
            )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete focus area"), text, parent=self)
        box.setInformativeText(self.tr("You can undo this."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            self.confirmation = None
            if box.clickedButton() is delete:
                self.delete_focus_area(name)
            elif name in self.headers:
                self.headers[name].setFocus(Qt.FocusReason.OtherFocusReason)
            box.deleteLater()

        box.finished.connect(answered)
        self.confirmation = box
        box.open()
        return box

    def add_focus_area(self, name: str) -> bool:
        return bool(name.strip()) and self.document.push(AddFocusArea(self.document, name.strip()))

    def _ask_focus_area(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Add focus area"), self.tr("Name of the new focus area:")
        )
        if ok:
            self.add_focus_area(name)
