"""The inspector's form: every field of the shown note (text, tags, action, synergy, quote), each edit undoable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    QSignalBlocker,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.errors import UserError
from meetingkit.core.model import ActionStatus, Horizon, Item, Tag
from meetingkit.ui.commands import EditItem, SetActionFields, SetSynergyFields, ToggleTag
from meetingkit.ui.document import EventDocument
from meetingkit.ui.icons import icon
from meetingkit.ui.models.stream_model import HORIZON_LABELS, STATUS_LABELS, tag_label
from meetingkit.ui.widgets.date_field import DateField


def split_list(text: str) -> list[str]:
    """`UCLG, Metropolis; Barcelona` -> ['UCLG', 'Metropolis', 'Barcelona']."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class _NoteText(QPlainTextEdit):
    """Commits on leaving the field or on Ctrl+Enter; Enter alone starts a new line."""

    committed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.committed.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.committed.emit()
        super().focusOutEvent(event)


class NoteForm(QWidget):
    """The fields of one note; made by the inspector when it first shows a note."""

    shown = Signal(object)  # the Item now shown, or None

    def __init__(
        self,
        document: EventDocument,
        item_actions: tuple[QAction, ...],
        names: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._item: Item | None = None
        self._names = names
        body = self
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)

        self.text = _NoteText(body)
        self.text.setAccessibleName(self.tr("Note text"))
        self.text.setToolTip(self.tr("The note's text (Markdown); Ctrl+Enter or leaving the field saves it"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(120)
        self.text.committed.connect(self._commit_text)
        layout.addWidget(self.text)

        tags_box = QGroupBox(self.tr("Tags"), body)
        grid = QGridLayout(tags_box)
        self.tag_boxes: dict[str, QCheckBox] = {}
        for position, tag in enumerate(Tag):
            label = tag_label(tag)
            box = QCheckBox(label[:1].upper() + label[1:], tags_box)
            box.setAccessibleName(self.tr("Tag {0}").format(label))
            box.setToolTip(f"Ctrl+{position + 1}")
            box.clicked.connect(lambda _checked, t=tag: self._toggle(t))
            grid.addWidget(box, position // 2, position % 2)
            self.tag_boxes[tag] = box
        self.free_tags = QLineEdit(tags_box)
        self.free_tags.setPlaceholderText(self.tr("other tags, separated by commas"))
        self.free_tags.setAccessibleName(self.tr("Other tags"))
        self.free_tags.editingFinished.connect(self._commit_free_tags)
        grid.addWidget(self.free_tags, 3, 0, 1, 2)
        layout.addWidget(tags_box)

        self.action_box = QGroupBox(self.tr("Action"), body)
        form = QFormLayout(self.action_box)
        self.owner = QLineEdit(self.action_box)
        self.owner.setAccessibleName(self.tr("Action owner"))
        self.owner.editingFinished.connect(lambda: self._set_action(owner=self.owner.text().strip()))
        form.addRow(self.tr("&Owner"), self.owner)
        due_row = QHBoxLayout()
        self.due = DateField(self.action_box)
        self.due.setAccessibleName(self.tr("Action due date"))
        self.due.editingFinished.connect(self._commit_due)
        self.due.dateChanged.connect(self._due_picked)
        due_row.addWidget(self.due, 1)
        clear_due = QToolButton(self.action_box)
        clear_due.setIcon(icon("close"))
        clear_due.setToolTip(self.tr("No due date"))
        clear_due.setAccessibleName(self.tr("Clear due date"))
        clear_due.clicked.connect(self._clear_due)
        due_row.addWidget(clear_due)
        due_label = QLabel(self.tr("&Due"), self.action_box)
        due_label.setBuddy(self.due)
        form.addRow(due_label, due_row)
        self.horizon = QComboBox(self.action_box)
        self.horizon.addItem("—", None)
        for horizon in Horizon:
            self.horizon.addItem(QCoreApplication.translate("Notes", HORIZON_LABELS[horizon]), horizon)
        self.horizon.setAccessibleName(self.tr("Action horizon"))
        self.horizon.activated.connect(lambda _i: self._set_action(horizon=self.horizon.currentData()))
        form.addRow(self.tr("&Horizon"), self.horizon)
        self.status = QComboBox(self.action_box)
        for status in ActionStatus:
            self.status.addItem(QCoreApplication.translate("Notes", STATUS_LABELS[status]), status)
        self.status.setAccessibleName(self.tr("Action status"))
        self.status.activated.connect(lambda _i: self._set_action(status=self.status.currentData()))
        form.addRow(self.tr("&Status"), self.status)
        self.focus_area = QComboBox(self.action_box)
        self.focus_area.setEditable(True)
        self.focus_area.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.focus_area.setAccessibleName(self.tr("Roadmap focus area"))
        line = self.focus_area.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("roadmap focus area"))
        line.editingFinished.connect(self._commit_focus_area)
        self.focus_area.activated.connect(lambda _i: self._commit_focus_area())
        form.addRow(self.tr("&Focus area"), self.focus_area)
        layout.addWidget(self.action_box)

        self.synergy_box = QGroupBox(self.tr("Synergy"), body)
        form = QFormLayout(self.synergy_box)
        self.parties = QLineEdit(self.synergy_box)
        self.parties.setPlaceholderText(self.tr("UCLG, Metropolis"))
        self.parties.setAccessibleName(self.tr("Synergy parties"))
        self.parties.editingFinished.connect(
            lambda: self._set_synergy(parties=tuple(split_list(self.parties.text())))
        )
        form.addRow(self.tr("&Parties"), self.parties)
        self.theme = QLineEdit(self.synergy_box)
        self.theme.setAccessibleName(self.tr("Synergy theme"))
        self.theme.editingFinished.connect(lambda: self._set_synergy(theme=self.theme.text().strip()))
        form.addRow(self.tr("&Theme"), self.theme)
        layout.addWidget(self.synergy_box)

        self.quote_box = QGroupBox(self.tr("Quote"), body)
        form = QFormLayout(self.quote_box)
        self.speaker = QLineEdit(self.quote_box)
        self.speaker.setAccessibleName(self.tr("Quote speaker"))
        self.speaker.editingFinished.connect(self._commit_speaker)
        form.addRow(self.tr("S&peaker"), self.speaker)
        layout.addWidget(self.quote_box)
        # What a note without a selection (or a read-only file) disables: the boxes take their fields along.
        self._fields: tuple[QWidget, ...] = (
            self.text,
            tags_box,
            self.action_box,
            self.synergy_box,
            self.quote_box,
        )

        buttons = QHBoxLayout()
        for action in item_actions:
            button = QToolButton(body)
            button.setDefaultAction(action)
            button.setAccessibleName(action.text().replace("&", ""))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        # Names for completion are read when a name field is entered, not on every selection:
        # on a congress-sized event the query costs more than showing the note.
        self._name_list = QStringListModel(self)
        for field in (self.owner, self.speaker):
            completer = QCompleter(self._name_list, field)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            field.setCompleter(completer)
            field.installEventFilter(self)

        document.item_changed.connect(self._on_item_changed)
        document.item_removed.connect(self._on_item_removed)
        document.focus_areas_changed.connect(self._load_focus_areas)
        document.reloaded.connect(lambda: self.show_item(self._item.id if self._item else None))
        self.show_item(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (self.owner, self.speaker):
            self._name_list.setStringList(self._names())
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- showing

    @property
    def item_id(self) -> str | None:
        return self._item.id if self._item else None

    def show_item(self, item_id: str | None) -> None:
        item: Item | None = None
        if item_id is not None and not self._document.closed:
            try:
                item = self._document.store.item(item_id)
            except UserError:
                item = None
        self._item = item
        editable = item is not None and not self._document.read_only
        for field in self._fields:
            field.setEnabled(editable)
        self.shown.emit(item)
        if item is None:
            self.action_box.hide()
            self.synergy_box.hide()
            self.quote_box.hide()
            with QSignalBlocker(self.text):
                self.text.setPlainText("")
            return
        self._load(item)

    def _load(self, item: Item) -> None:
        # Fields the user is typing in keep their text; the rest show the file's values.
        if not self.text.hasFocus():
            with QSignalBlocker(self.text):
                self.text.setPlainText(item.text)
        for tag, box in self.tag_boxes.items():
            box.setChecked(item.has(tag))
        if not self.free_tags.hasFocus():
            self.free_tags.setText(", ".join(item.free_tags))
        self.action_box.setVisible(item.action is not None)
        if item.action is not None:
            a = item.action
            if not self.owner.hasFocus():
                self.owner.setText(a.owner)
            with QSignalBlocker(self.due):
                self.due.setDate(a.due)
            self.horizon.setCurrentIndex(max(0, self.horizon.findData(a.horizon)))
            self.status.setCurrentIndex(max(0, self.status.findData(a.status)))
            self._load_focus_areas()
            self.focus_area.setEditText(a.focus_area)
        self.synergy_box.setVisible(item.synergy is not None)
        if item.synergy is not None:
            if not self.parties.hasFocus():
                self.parties.setText(", ".join(item.synergy.parties))
            if not self.theme.hasFocus():
                self.theme.setText(item.synergy.theme)
        self.quote_box.setVisible(item.has(Tag.QUOTE))
        if not self.speaker.hasFocus():
            self.speaker.setText(item.speaker)

    def _load_focus_areas(self) -> None:
        text = self.focus_area.currentText()
        with QSignalBlocker(self.focus_area):
            self.focus_area.clear()
            self.focus_area.addItems([area.name for area in self._document.store.focus_areas()])
            self.focus_area.setEditText(text)

    def _on_item_changed(self, item_id: str) -> None:
        if self._item is not None and item_id == self._item.id:
            self.show_item(item_id)

    def _on_item_removed(self, item_id: str) -> None:
        if self._item is not None and item_id == self._item.id:
            self.show_item(None)

    # ---------------------------------------------------------------- editing

    def _push(self, command: EditItem) -> None:
        self._document.push(command)

    def _commit_text(self) -> None:
        if self._item is None or self._document.read_only:
            return
        text = self.text.toPlainText()
        if text != self._item.text:
            self._push(EditItem(self._document, self._item.id, text=text))

    def _toggle(self, tag: Tag) -> None:
        if self._item is not None:
            self._push(ToggleTag(self._document, self._item.id, tag))
            self.show_item(self._item.id)  # a refused toggle puts the box back

    def _commit_free_tags(self) -> None:
        if self._item is None:
            return
        builtin = [t for t in self._item.tags if t not in self._item.free_tags]
        free = [t.lstrip("#").lower() for t in split_list(self.free_tags.text())]
        if tuple(free) != self._item.free_tags:
            self._push(
                EditItem(self._document, self._item.id, tags=[*builtin, *free], label=self.tr("Edit tags"))
            )

    def _set_action(self, **changes: object) -> None:
        if self._item is None or self._item.action is None:
            return
        current = self._item.action
        if all(getattr(current, key) == value for key, value in changes.items()):
            return
        self._push(SetActionFields(self._document, self._item.id, **changes))  # type: ignore[arg-type]

    def _due_value(self) -> object:
        date = self.due.date()
        return date.toPython() if date.isValid() else None

    def _commit_due(self) -> None:
        self._set_action(due=self._due_value())

    def _clear_due(self) -> None:
        self.due.setDate(None)
        self._commit_due()

    def _due_picked(self, _date: QDate) -> None:
        # The calendar popup and the clear button change the date without "editing finished".
        if not self.due.hasFocus():
            self._commit_due()

    def _commit_focus_area(self) -> None:
        self._set_action(focus_area=self.focus_area.currentText().strip())

    def _set_synergy(self, **changes: object) -> None:
        if self._item is None or self._item.synergy is None:
            return
        current = self._item.synergy
        if all(getattr(current, key) == value for key, value in changes.items()):
            return
        self._push(SetSynergyFields(self._document, self._item.id, **changes))  # type: ignore[arg-type]

    def _commit_speaker(self) -> None:
        if self._item is None:
            return
        speaker = self.speaker.text().strip()
        if speaker != self._item.speaker:
            self._push(
                EditItem(self._document, self._item.id, speaker=speaker, label=self.tr("Edit speaker"))
            )
