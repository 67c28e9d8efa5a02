"""The summary assistant beside a session's notes: its draft, sentence by sentence, each with its notes.

Selecting or hovering a sentence highlights the notes it came from in the stream; double-clicking jumps to
the first of them. Drafting never changes the rapporteur's summary: sentences are accepted (undoable), or
copied into the summary to be edited there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.errors import UserError
from meetingkit.core.model import DraftScope
from meetingkit.ui.commands import SetSessionSummary
from meetingkit.ui.document import EventDocument
from meetingkit.ui.draft_commands import AcceptSessionDraft

if TYPE_CHECKING:  # the drafts' records are made when a draft is first shown or made, not at launch
    from meetingkit.core.drafts import Draft
    from meetingkit.ui.views.session_view import SessionView

SOURCES_ROLE = Qt.ItemDataRole.UserRole + 1  # tuple of note ids
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2  # the sentence's number in the draft (1...)
ACCEPTED_MARK = "✓ "
MIN_BUTTON_WIDTH = 40


class DraftPanel(QWidget):
    """The assistant's tab of the session page."""

    sources_highlighted = Signal(list)  # note ids now selected in the stream
    # A session was opened that nobody summarised but the assistant drafted: worth showing first.
    draft_without_summary = Signal(str)  # session id

    def __init__(self, document: EventDocument, view: SessionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft_panel")
        self._document = document
        self._view = view
        self._session_id: str | None = None
        self._draft: Draft | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QGridLayout()
        self.draft_button = QPushButton(self.tr("&Draft from the notes"), self)
        self.draft_button.setToolTip(
            self.tr("Draft this session's summary from its notes (your summary is kept)")
        )
        self.accept_button = QPushButton(self.tr("&Accept selected"), self)
        self.accept_all_button = QPushButton(self.tr("Accept a&ll"), self)
        self.copy_button = QPushButton(self.tr("Copy into the summary"), self)
        self.copy_button.setToolTip(
            self.tr("Append the selected sentences (or all) to the summary, to edit there")
        )
        # The two long labels on a row each, the two short ones side by side: whole at the pane's usual
        # width (two by two, the long ones were clipped). Still allowed to shrink, so that the tab never
        # widens a small window: an explicit minimum width overrides the one a button computes from its text.
        for row, column, span, button in (
            (0, 0, 2, self.draft_button),
            (1, 0, 2, self.copy_button),
            (2, 0, 1, self.accept_button),
            (2, 1, 1, self.accept_all_button),
        ):
            button.setMinimumWidth(MIN_BUTTON_WIDTH)
            buttons.addWidget(button, row, column, 1, span)
        layout.addLayout(buttons)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.sentences = QListWidget(self)
        self.sentences.setObjectName("draft_sentences")
        self.sentences.setAccessibleName(self.tr("Drafted sentences"))
        self.sentences.setWordWrap(True)
        self.sentences.setMouseTracking(True)
        self.sentences.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.sentences, 1)
        self.changes = QLabel(self)
        self.changes.setWordWrap(True)
        layout.addWidget(self.changes)

        self.draft_button.clicked.connect(self.draft_now)
        self.accept_button.clicked.connect(self.accept_selected)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.copy_button.clicked.connect(self.copy_into_summary)
        self.sentences.currentItemChanged.connect(lambda current, _previous: self._highlight(current))
        self.sentences.itemEntered.connect(self._highlight)
        self.sentences.itemDoubleClicked.connect(self._jump)
        self.sentences.itemSelectionChanged.connect(self._update_buttons)
        view.session_shown.connect(self.set_session)
        document.session_changed.connect(self._on_session_changed)
        document.reloaded.connect(lambda: self.set_session(self._session_id))
        # The view's session is shown by the view once it has put this panel in its tab (set_session).

    # ---------------------------------------------------------------- showing

    def set_session(self, session_id: str | None) -> None:
        self._session_id = session_id
        self._show()
        if (
            session_id is not None
            and self._draft is not None
            and self._draft.sentences()
            and not self._document.store.session(session_id).summary.strip()
        ):
            self.draft_without_summary.emit(session_id)

    def _on_session_changed(self, session_id: str) -> None:
        if session_id == self._session_id:
            self._show()

    def _show(self) -> None:
        self.sentences.clear()
        self._draft = None
        self.changes.clear()
        if self._session_id is None or self._document.closed:
            self.status.setText("")
            self._update_buttons()
            return
        stored = self._document.store.summary_draft(DraftScope.SESSION, self._session_id)
        if stored is None:
            self.status.setText(
                self.tr("No draft yet: “Draft from the notes” drafts this session's summary.")
            )
            self._update_buttons()
            return
        self._draft = stored.generated
        accepted = set(stored.accepted.sentences()) if stored.accepted else set()
        bold = QFont(self.font())
        bold.setBold(True)
        for number, section, sentence in stored.generated.numbered():
            if sentence is section.sentences[0]:
                heading = QListWidgetItem(section.title, self.sentences)
                heading.setFont(bold)
                heading.setFlags(Qt.ItemFlag.NoItemFlags | Qt.ItemFlag.ItemIsEnabled)
            mark = ACCEPTED_MARK if sentence in accepted else ""
            row = QListWidgetItem(f"{mark}{number}. {sentence.text}", self.sentences)
            row.setData(SOURCES_ROLE, sentence.sources)
            row.setData(NUMBER_ROLE, number)
            row.setToolTip(
                self.tr("From %n note(s); double-click to see the first", "", len(sentence.sources))
            )
        count = len(stored.generated.sentences())
        self.status.setText(
            self.tr("Draft: %1 sentences, %2 accepted. Hover or select a sentence to see its notes.")
            .replace("%1", str(count))
            .replace("%2", str(len(accepted)))
        )
        summary = self._document.store.session(self._session_id).summary
        if summary.strip():
            # The assistant (and babel with it) is imported when first used: not a cost of every launch.
            from meetingkit.assistant.review import changes, summary_sentences

            diff = changes(summary_sentences(summary), stored.generated)
            self.changes.setText(
                self.tr(
                    "The session has a written summary, which documents use. Compared with it: %1 new, %2 not in the draft."
                )
                .replace("%1", str(len(diff.added)))
                .replace("%2", str(len(diff.gone)))
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self._session_id is not None and not self._document.read_only
        self.draft_button.setEnabled(editable)
        has_draft = editable and self._draft is not None
        self.accept_all_button.setEnabled(has_draft)
        self.copy_button.setEnabled(has_draft)
        self.accept_button.setEnabled(has_draft and bool(self.selected_numbers()))

    def selected_numbers(self) -> list[int]:
        return sorted(int(i.data(NUMBER_ROLE)) for i in self.sentences.selectedItems() if i.data(NUMBER_ROLE))

    # ---------------------------------------------------------------- sources in the stream

    def _highlight(self, item: QListWidgetItem | None) -> None:
        sources = list(item.data(SOURCES_ROLE) or ()) if item is not None else []
        if not sources:
            return
        view = self._view
        selection = QItemSelection()
        for note_id in sources:
            row = view.model.row_of(note_id)
            if row < 0:
                continue
            index = view.proxy.mapFromSource(view.model.index(row))
            if index.isValid():
                selection.select(index, index)
        view.stream.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if not selection.isEmpty():
            view.stream.scrollTo(selection.indexes()[0])
        self.sources_highlighted.emit(sources)

    def _jump(self, item: QListWidgetItem) -> None:
        sources = item.data(SOURCES_ROLE) or ()
        if sources and self._view.select_item(sources[0]):
            self._view.stream.setFocus()

    # ---------------------------------------------------------------- actions

    def draft_now(self) -> None:
        """Draft (again) from the notes as they are now; what was accepted and the summary stay."""
        if self._session_id is None:
            return
        from meetingkit.assistant.session import draft_session

        store = self._document.store
        try:
            snapshot = store.snapshot()
            store.save_summary_draft(draft_session(snapshot, snapshot.session(self._session_id)))
        except UserError as error:
            self._document.report_error(error)
            return
        self._document.notify_saved()
        self._show()

    def accept_selected(self) -> None:
        numbers = self.selected_numbers()
        if self._session_id is not None and numbers:
            self._document.push(AcceptSessionDraft(self._document, self._session_id, numbers))

    def accept_all(self) -> None:
        if self._session_id is not None and self._draft is not None:
            self._document.push(AcceptSessionDraft(self._document, self._session_id))

    def copy_into_summary(self) -> None:
        if self._session_id is None or self._draft is None:
            return
        numbers = set(self.selected_numbers()) or {n for n, _, _ in self._draft.numbered()}
        text = self._draft.only(numbers).markdown()
        current = self._document.store.session(self._session_id).summary.rstrip()
        summary = f"{current}\n\n{text}" if current else text
        self._document.push(SetSessionSummary(self._document, self._session_id, summary))
