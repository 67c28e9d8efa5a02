"""The session page: header, notes stream with its filter, the capture line, and the rapporteur's summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.errors import UserError
from meetingkit.core.model import DraftScope, Tag
from meetingkit.ui.actions import TAG_ACTIONS, ActionId, ActionRegistry
from meetingkit.ui.commands import (
    AddEntry,
    AddItem,
    CompoundCommand,
    DeleteItem,
    EditItem,
    MoveItem,
    ToggleTag,
)
from meetingkit.ui.document import EventDocument
from meetingkit.ui.event_words import EventWords
from meetingkit.ui.models.stream_model import ITEM_ID_ROLE, TAG_FILTERS, StreamFilter, StreamModel
from meetingkit.ui.qt_types import QT_TRANSLATE_NOOP
from meetingkit.ui.widgets.banner import Banner
from meetingkit.ui.widgets.capture_box import CaptureBox
from meetingkit.ui.widgets.capture_line import CaptureLine, Vocabulary
from meetingkit.ui.widgets.session_header import SessionHeader
from meetingkit.ui.widgets.stream_view import StreamView
from meetingkit.ui.widgets.summary_editor import SummaryEditor

if TYPE_CHECKING:  # made when their tab is first opened
    from meetingkit.ui.widgets.draft_panel import DraftPanel
    from meetingkit.ui.widgets.suggestions_panel import SuggestionsPanel

DRAFT_TAB, SUGGESTIONS_TAB = 1, 2  # the summary pane's tabs, after the rapporteur's summary
RECOVERED_MESSAGE = QT_TRANSLATE_NOOP(
    "SessionView", "Recovered an unsent line: it is back in the capture line."
)


class SessionView(QWidget):
    """Shows one session; `current_item_changed` follows the stream's selection (for the inspector)."""

    current_item_changed = Signal(object)  # item id or None
    session_shown = Signal(object)  # session id or None

    def __init__(
        self, document: EventDocument, actions: ActionRegistry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._actions = actions
        self._session_id: str | None = None
        self._left_drafts: dict[str, str] = {}  # drafts this window saved when leaving a session
        self._recovery_shown = False  # the banner says a line came back from the file
        self._zoom = 0
        self.setObjectName("session_view")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = SessionHeader(actions[ActionId.SESSION_DETAILS], self)
        layout.addWidget(self.header)
        self.banner = Banner(self)
        layout.addWidget(self.banner)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("session_splitter")
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        stream_side = QWidget(self.splitter)
        stream_layout = QVBoxLayout(stream_side)
        stream_layout.setContentsMargins(8, 4, 4, 8)
        filters = QHBoxLayout()
        self.filter_text = QLineEdit(stream_side)
        self.filter_text.setPlaceholderText(self.tr("Filter this session's notes (Ctrl+F)"))
        self.filter_text.setAccessibleName(self.tr("Filter notes"))
        self.filter_text.setClearButtonEnabled(True)
        filters.addWidget(self.filter_text, 1)
        self.tag_filter = QComboBox(stream_side)
        self.tag_filter.setAccessibleName(self.tr("Show notes tagged"))
        self.tag_filter.addItem(self.tr("All notes"), None)
        for tag in Tag:
            self.tag_filter.addItem(QCoreApplication.translate("Notes", TAG_FILTERS[tag]), str(tag))
        tag_label = QLabel(self.tr("&Show"), stream_side)
        tag_label.setBuddy(self.tag_filter)
        filters.addWidget(tag_label)
        filters.addWidget(self.tag_filter)
        stream_layout.addLayout(filters)

        self.model = StreamModel(document, self)
        self.proxy = StreamFilter(self)
        self.proxy.setSourceModel(self.model)
        self.stream = StreamView(stream_side)
        self.stream.setModel(self.proxy)
        stream_layout.addWidget(self.stream, 1)
        self.count = QLabel(stream_side)
        self.count.setAccessibleName(self.tr("Number of notes"))
        stream_layout.addWidget(self.count)

        self.capture = CaptureLine(document, self._vocabulary, stream_side)
        stream_layout.addWidget(self.capture)
        self.capture_box = CaptureBox(stream_side)
        self.capture_box.hide()
        stream_layout.addWidget(self.capture_box)
        self.capture_warning = QLabel(stream_side)
        self.capture_warning.setObjectName("capture_warning")
        self.capture_warning.setWordWrap(True)
        self.capture_warning.setAccessibleName(self.tr("Capture line warning"))
        self.capture_warning.hide()
        stream_layout.addWidget(self.capture_warning)
        # The rapporteur's summary and, in the next tab, the summary assistant's draft of it.
        self.summary_tabs = QTabWidget(self.splitter)
        self.summary = SummaryEditor(document, self.summary_tabs)
        self.summary_tabs.addTab(self.summary, self.tr("Summary"))
        # The draft's and the suggestions' panels are made when their tab is first opened, or when the
        # session shown has a stored draft: neither is on the first screen (~4 ms of the launch).
        self._assistant: DraftPanel | None = None
        self._suggestions: SuggestionsPanel | None = None
        self.summary_tabs.addTab(QWidget(), self.tr("Draft"))
        self.summary_tabs.setTabToolTip(
            DRAFT_TAB, self.tr("The summary assistant's draft, each sentence with its notes")
        )
        self.summary_tabs.addTab(QWidget(), self.tr("Suggestions"))
        self.summary_tabs.currentChanged.connect(self._make_tab)
        # Every tab's name stays whole: the pane is never narrower than its tabs (a scrolled tab bar hid one).
        tab_bar = self.summary_tabs.tabBar()
        self.summary_tabs.setMinimumWidth(
            sum(tab_bar.tabSizeHint(n).width() for n in range(tab_bar.count())) + 8
        )
        self.splitter.addWidget(stream_side)
        self.splitter.addWidget(self.summary_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        for action_id in (
            ActionId.EDIT_ITEM,
            ActionId.DELETE_ITEM,
            ActionId.MOVE_ITEM_UP,
            ActionId.MOVE_ITEM_DOWN,
            ActionId.JOIN_ITEM,
        ):
            self.stream.addAction(actions[action_id])
        # Right-click on a note offers what the keys do: edit, delete, move, and the six tags.
        separator = QAction(self.stream)
        separator.setSeparator(True)
        self.stream.addAction(separator)
        for action_id in TAG_ACTIONS:
            self.stream.addAction(actions[action_id])
        self.stream.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.filter_text.textChanged.connect(self._on_filter_changed)
        self.tag_filter.currentIndexChanged.connect(lambda _i: self._on_filter_changed())
        self.capture.submitted.connect(self.add_line)
        self.capture.textChanged.connect(self._on_capture_text)
        self.capture.warnings_changed.connect(self._show_capture_warnings)
        self.capture.lines_pasted.connect(self._ask_about_lines)
        self.capture.expand_requested.connect(self._open_box)
        self.capture_box.textChanged.connect(
            lambda: (
                self.capture.set_box_text(self.capture_box.toPlainText())
                if self.capture_box.isVisible()
                else None
            )
        )
        self.capture_box.submitted.connect(self._send_box)
        self.capture_box.collapse_requested.connect(self._close_box)
        selection = self.stream.selectionModel()
        selection.currentChanged.connect(lambda current, _previous: self._emit_current(current))
        # The source model's signals too: the proxy drops its rows while the source is only about to,
        # so the proxy's rowsRemoved comes before the total has changed (the count stayed one too high).
        for model in (self.proxy, self.model):
            model.rowsInserted.connect(self._update_count)
            model.rowsRemoved.connect(self._update_count)
            model.modelReset.connect(self._update_count)
            model.layoutChanged.connect(self._update_count)
        document.session_changed.connect(self._on_session_changed)
        # The session clock runs on the event's time zone, which event settings may change.
        document.event_changed.connect(lambda: self._on_session_changed(self._session_id or ""))
        self.show_session(None)

    # ---------------------------------------------------------------- the draft's and suggestions' tabs

    @property
    def assistant(self) -> DraftPanel:
        """The summary assistant's tab (made now if it was not yet)."""
        if self._assistant is None:
            from meetingkit.ui.widgets.draft_panel import DraftPanel

            panel = self._assistant = DraftPanel(self.document, self)
            panel.draft_without_summary.connect(lambda _sid: self.summary_tabs.setCurrentWidget(panel))
            self._put_tab(DRAFT_TAB, panel)
            panel.set_session(self._session_id)
        return self._assistant

    @property
    def suggestions(self) -> SuggestionsPanel:
        """The suggestions' tab (made now if it was not yet)."""
        if self._suggestions is None:
            from meetingkit.ui.widgets.suggestions_panel import SuggestionsPanel

            self._suggestions = SuggestionsPanel(self.document, self)
            self._put_tab(SUGGESTIONS_TAB, self._suggestions)
        return self._suggestions

    def _put_tab(self, index: int, panel: QWidget) -> None:
        """`panel` in the place of the tab's stand-in, the tab in front staying in front."""
        tabs = self.summary_tabs
        current = tabs.currentIndex()
        stand_in, title, tip = tabs.widget(index), tabs.tabText(index), tabs.tabToolTip(index)
        with QSignalBlocker(tabs):
            tabs.removeTab(index)
            tabs.insertTab(index, panel, title)
            tabs.setTabToolTip(index, tip)
            tabs.setCurrentIndex(current)
        if stand_in is not None:
            stand_in.deleteLater()

    def _make_tab(self, index: int) -> None:
        if index == DRAFT_TAB:
            self.assistant  # noqa: B018  (made as its tab opens)
        elif index == SUGGESTIONS_TAB:
            self.suggestions  # noqa: B018

    # ---------------------------------------------------------------- which session

    @property
    def session_id(self) -> str | None:
        return self._session_id

    def show_session(self, session_id: str | None) -> None:
        """Open a session: save what was typed for the previous one, bring back this one's draft."""
        if self._session_id is not None and not self.document.closed:
            self._left_drafts[self._session_id] = (
                self.capture_box.toPlainText() if self.capture_box.isVisible() else self.capture.text()
            )
        self.summary.save_now()
        if self.capture_box.isVisible():
            self.capture.save_draft()  # the box's text, for the session being left
            self.capture_box.hide()
            self.capture.show()
        self._session_id = session_id
        self.banner.hide()
        self._recovery_shown = False
        # Before the rows change: whatever lays them out next (the count, the selection) measures only
        # the newest screenful, where the view opens.
        self.stream.measure_tail_first()
        # A long session opens on its newest notes, the older ones put above them once these have painted;
        # a filter shows what matches among all of them at once.
        self.model.set_session(session_id, newest_first=not self.proxy.is_filtering())
        if self.model.note_count > self.model.rowCount():
            self.stream.after_next_paint(self.model.read_older)
        session = day = None
        if session_id is not None:
            session = self.document.store.session(session_id)
            day = next((d for d in self.document.store.days() if d.id == session.day_id), None)
        self.header.show_session(session, day, self._zone_name())
        recovered = self.capture.set_session(session_id)
        self.summary.set_session(session_id)
        typed = self.capture_box.toPlainText() if self.capture_box.isVisible() else self.capture.text()
        if recovered and session_id is not None and self._left_drafts.get(session_id) != typed:
            self.banner.show_message(
                self.tr(RECOVERED_MESSAGE), ((self.tr("&Discard it"), self.discard_draft),)
            )
            self._recovery_shown = True
        if self.document.read_only and session_id is not None:
            self.banner.show_message(
                self.tr("{0} is open read-only: you can read and search, not edit.").format(
                    self.document.path_name
                )
            )
        self._update_count()
        if session_id is not None:
            last = self.proxy.rowCount() - 1
            if last >= 0:
                self.stream.scroll_to_newest()
        self._emit_current(self.stream.currentIndex())
        if (
            self._assistant is None
            and session_id is not None
            and self.document.store.summary_draft(DraftScope.SESSION, session_id) is not None
        ):
            self.assistant  # noqa: B018  (made to show the stored draft, in front if nobody summarised)
        self.session_shown.emit(session_id)

    def _zone_name(self) -> str:
        return "" if self.document.closed else self.document.store.event().timezone

    def _on_session_changed(self, session_id: str) -> None:
        if session_id == self._session_id and not self.document.closed:
            try:
                session = self.document.store.session(session_id)
            except UserError:
                return
            day = next((d for d in self.document.store.days() if d.id == session.day_id), None)
            self.header.show_session(session, day, self._zone_name())

    # ---------------------------------------------------------------- zoom

    ZOOM_RANGE = (-4, 12)  # steps of one point: small laptop screens to a projector across the room

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        self._zoom = max(self.ZOOM_RANGE[0], min(self.ZOOM_RANGE[1], steps))
        for widget in (self.stream, self.capture):
            font = QFont(self.font())
            font.setPointSizeF(max(6.0, self.font().pointSizeF() + self._zoom))
            widget.setFont(font)
        self.stream.scheduleDelayedItemsLayout()  # row heights follow the new font

    def _on_capture_text(self, text: str) -> None:
        # The recovered line is dealt with once it is sent, discarded or erased: the banner has said its piece.
        if self._recovery_shown and not text:
            self._recovery_shown = False
            self.banner.hide()

    # ---------------------------------------------------------------- the multi-line box

    def _open_box(self, text: str) -> None:
        """Shift+Enter: the note goes on in a box of several lines (the line hides until it is sent)."""
        if self._session_id is None:
            return
        self.capture_box.setReadOnly(self.document.read_only)
        opening = text if "\n" in text else text + "\n"
        self.capture.setText("")
        self.capture.hide()
        self.capture_box.open_with(opening)
        self.capture.set_box_text(opening)

    def _close_box(self, text: str) -> None:
        self.capture.set_box_text(None)
        self.capture_box.hide()
        self.capture.show()
        self.capture.setText(text.strip("\n"))
        self.capture.setFocus()

    def _send_box(self, text: str) -> None:
        if self.add_lines([text.strip("\n")]):
            self.capture_box.clear()
            self._close_box("")
            self.capture.save_draft()
            self._on_capture_text("")

    def _show_capture_warnings(self, warnings: list[str]) -> None:
        self.capture_warning.setText("⚠ " + "  ·  ".join(warnings) if warnings else "")
        self.capture_warning.setVisible(bool(warnings))

    def _ask_about_lines(self, text: str) -> None:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) < 2:
            self.capture.setText(" ".join(text.split()) if not lines else lines[0])
            return
        self._recovery_shown = False
        self.banner.show_message(
            self.tr("Pasted {0} lines: add them as {0} notes, one per line, or as one note?").format(
                len(lines)
            ),
            (
                (self.tr("{0} &notes").format(len(lines)), lambda: self.add_lines(lines)),
                (self.tr("&One note"), lambda: self.add_lines(["\n".join(lines)])),
            ),
        )

    def add_lines(self, lines: list[str]) -> bool:
        """Store several lines at once (a multi-line paste), each parsed on its own; one undo takes them back."""
        if self._session_id is None or not lines:
            return False
        if len(lines) == 1:
            entry = AddEntry(self.document, self._session_id, lines[0])
            command: AddEntry | CompoundCommand = entry
            children = [entry]
        else:
            command = CompoundCommand(self.document, self.tr("Add {0} notes").format(len(lines)))
            children = [AddEntry(self.document, self._session_id, line, command) for line in lines]
        if not self.document.push(command):
            return False
        last = children[-1].item_id
        if last is not None:
            self.select_item(last, scroll=True)
        self.capture.setFocus()
        return True

    def split_item(self, item_id: str, text: str, position: int) -> bool:
        """Cut a note in two at `position` of `text` (its text as the inspector shows it); one undo step."""
        first, second = text[:position].rstrip(), text[position:].strip()
        if self._session_id is None or not first or not second:
            return False
        item = self.document.store.item(item_id)
        split = CompoundCommand(self.document, self.tr("Split note"))
        EditItem(self.document, item_id, text=first, parent=split)
        # The second half is a note of its own, right after; the fields (owner, due...) stay with the first.
        AddItem(
            self.document,
            item.session_id,
            second,
            tags=item.free_tags,
            index=self.model.row_of(item_id) + 1,
            parent=split,
        )
        return self.document.push(split)

    def join_with_next(self, item_id: str) -> bool:
        """Make a note and the one after it a single note (text, tags and fields); one undo step."""
        row = self.model.row_of(item_id)
        if row < 0 or row + 1 >= self.model.rowCount():
            return False
        first, second = self.model.item_at(row), self.model.item_at(row + 1)
        join = CompoundCommand(self.document, self.tr("Join notes"))
        EditItem(
            self.document,
            first.id,
            text=f"{first.text} {second.text}".strip(),
            tags=[*first.tags, *(t for t in second.tags if t not in first.tags)],
            action=first.action or second.action,
            synergy=first.synergy or second.synergy,
            speaker=first.speaker or second.speaker,
            parent=join,
        )
        DeleteItem(self.document, second.id, parent=join)
        if not self.document.push(join):
            return False
        self.select_item(first.id)
        return True

    def toggle_marker_or_tag(self, tag: Tag) -> bool:
        """Ctrl+1..6: in a capture line with text, the marker on the line; otherwise the selected note's tag."""
        if self.capture.hasFocus() and self.capture.text().strip():
            self.capture.toggle_marker(tag)
            return True
        return self.toggle_tag(tag)

    def discard_draft(self) -> None:
        if self.capture_box.isVisible():
            self.capture_box.clear()
            self._close_box("")
        self.capture.accept_submission()
        self.capture.setFocus()

    def save_drafts(self) -> None:
        """Write the capture line's draft and any pending summary edit (close, quit, focus changes)."""
        self.capture.save_draft()
        self.summary.save_now()

    # ---------------------------------------------------------------- capture

    def _vocabulary(self, words: EventWords | None) -> Vocabulary:
        """What the capture line completes in this session: `words` (read now from the store if None),
        built-in tags first, and this session's people."""
        store = self.document.store
        if words is None:
            words = EventWords(store.known_names(), store.known_tags())
        tags = [str(t) for t in Tag]
        tags += [t for t in words.tags if t not in tags]
        here: list[str] = []
        if self._session_id is not None:
            for person in store.session(self._session_id).people:
                here += [person.name, person.organisation] if person.organisation else [person.name]
        return Vocabulary(names=list(words.names), tags=tags, session_names=here)

    def add_line(self, line: str) -> bool:
        """Store one quick-entry line as a note of this session (the capture line's Enter)."""
        if self._session_id is None:
            return False
        command = AddEntry(self.document, self._session_id, line)
        if not self.document.push(command):
            return False
        self.capture.accept_submission()
        if command.item_id is not None:
            self.select_item(command.item_id, scroll=True)
        return True

    def focus_capture(self) -> None:
        self.capture.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_filter(self) -> None:
        self.filter_text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_text.selectAll()

    # ---------------------------------------------------------------- the selected note

    def selected_item_id(self) -> str | None:
        index = self.stream.currentIndex()
        return str(index.data(ITEM_ID_ROLE)) if index.isValid() else None

    def select_item(self, item_id: str, *, scroll: bool = True) -> bool:
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():  # hidden by the filter: show everything rather than hide the target
            self.filter_text.clear()
            self.tag_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row))
        self.stream.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if scroll:
            self.stream.scrollTo(index)
        return True

    def selected_item_ids(self) -> list[str]:
        """Every selected note, in stream order (Ctrl+click and Shift+click select several)."""
        rows = sorted(self.stream.selectionModel().selectedRows(), key=lambda index: index.row())
        chosen = [str(index.data(ITEM_ID_ROLE)) for index in rows]
        current = self.selected_item_id()
        return chosen or ([current] if current else [])

    def toggle_tag(self, tag: Tag) -> bool:
        """The tag on every selected note: added to all unless all have it, then taken off all; one undo."""
        ids = self.selected_item_ids()
        if not ids:
            return False
        if len(ids) == 1:
            return self.document.push(ToggleTag(self.document, ids[0], tag))
        store = self.document.store
        have = [item_id for item_id in ids if store.item(item_id).has(str(tag))]
        targets = have if len(have) == len(ids) else [i for i in ids if i not in have]
        group = CompoundCommand(self.document, self.tr("Tag {0} notes").format(len(targets)))
        for item_id in targets:
            ToggleTag(self.document, item_id, tag, group)
        return self.document.push(group)

    def delete_selected(self) -> bool:
        ids = self.selected_item_ids()
        if not ids:
            return False
        row = self.stream.currentIndex().row()
        if len(ids) == 1:
            command: DeleteItem | CompoundCommand = DeleteItem(self.document, ids[0])
        else:
            command = CompoundCommand(self.document, self.tr("Delete {0} notes").format(len(ids)))
            for item_id in ids:
                DeleteItem(self.document, item_id, command)
        done = self.document.push(command)
        if done and self.proxy.rowCount():
            self.stream.setCurrentIndex(self.proxy.index(min(row, self.proxy.rowCount() - 1), 0))
        return done

    def move_selected(self, delta: int) -> bool:
        item_id = self.selected_item_id()
        if item_id is None:
            return False
        row = self.model.row_of(item_id)
        target = row + delta
        if not 0 <= target < self.model.rowCount():
            return False
        done = self.document.push(MoveItem(self.document, item_id, target))
        if done:
            self.select_item(item_id)
        return done

    def edit_selected(self) -> None:
        index = self.stream.currentIndex()
        if index.isValid():
            self.stream.edit(index)

    def _emit_current(self, index: QModelIndex) -> None:
        self.current_item_changed.emit(str(index.data(ITEM_ID_ROLE)) if index.isValid() else None)

    # ---------------------------------------------------------------- filtering

    def _on_filter_changed(self) -> None:
        self.model.read_older()  # a filter looks through every note of the session
        self.proxy.set_text(self.filter_text.text())
        self.proxy.set_tag(self.tag_filter.currentData())
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        total = self.model.note_count
        shown = self.proxy.rowCount()
        if self._session_id is None:
            self.count.setText("")
        elif self.proxy.is_filtering():
            self.count.setText(self.tr("{0} of {1} notes shown").format(shown, total))
        else:
            self.count.setText(self.tr("1 note") if total == 1 else self.tr("{0} notes").format(total))
