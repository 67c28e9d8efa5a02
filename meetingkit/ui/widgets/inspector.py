"""The inspector: a caption saying which note it shows, and that note's form (made when first needed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from meetingkit.core.model import Item
from meetingkit.ui.document import EventDocument
from meetingkit.ui.formatting import moment

if TYPE_CHECKING:  # made when the inspector first shows a note
    from meetingkit.ui.widgets.note_form import NoteForm


class Inspector(QScrollArea):
    """Says "Select a note" until a note is selected; then its form, every field editable with undo.

    The form (two dozen fields, their completers and the date picker) is made when first needed: at launch
    no note is selected, and making it cost the first paint ~7 ms.
    """

    def __init__(
        self,
        document: EventDocument,
        item_actions: tuple[QAction, ...],
        names: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._item_actions = item_actions
        self._names = names
        self._form: NoteForm | None = None
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Inspector"))
        body = QWidget(self)
        self.setWidget(body)
        self._layout = QVBoxLayout(body)
        self.caption = QLabel(body)
        self.caption.setWordWrap(True)
        self._layout.addWidget(self.caption)
        self._layout.addStretch(1)
        self._show_caption(None)

    @property
    def form(self) -> NoteForm:
        """The note's fields (made now if they were not yet)."""
        if self._form is None:
            from meetingkit.ui.widgets.note_form import NoteForm

            form = self._form = NoteForm(self._document, self._item_actions, self._names, self.widget())
            form.setVisible(False)
            form.shown.connect(self._show_caption)
            self._layout.insertWidget(1, form)
        return self._form

    @property
    def item_id(self) -> str | None:
        return self._form.item_id if self._form is not None else None

    def show_item(self, item_id: str | None) -> None:
        if item_id is None and self._form is None:
            return  # nothing shown yet, nothing to show: no form to make
        self.form.show_item(item_id)

    def _show_caption(self, item: Item | None) -> None:
        if item is None:
            self.caption.setText(self.tr("Select a note to see its fields."))
        else:
            captured = moment(item.captured_at, self._document.store.event().timezone)
            if item.author:
                self.caption.setText(self.tr("Note captured {0} by {1}").format(captured, item.author))
            else:
                self.caption.setText(self.tr("Note captured {0}").format(captured))
        if self._form is not None:
            self._form.setVisible(item is not None)
