"""Photos of the event (or of one session) as a list model: thumbnails, the "selected" check box, order by drag."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon, QPixmap

from meetingkit.core.model import Attachment, AttachmentKind, Consent
from meetingkit.ui.commands import EditAttachment, MoveAttachment
from meetingkit.ui.document import EventDocument
from meetingkit.ui.models.sync import sync_rows
from meetingkit.ui.theme import THUMBNAIL_PLACEHOLDER, rgba, warning_colour
from meetingkit.ui.thumbnails import ThumbnailLoader

AttachmentIdRole = Qt.ItemDataRole.UserRole + 1
SelectedRole = Qt.ItemDataRole.UserRole + 2
ConsentRole = Qt.ItemDataRole.UserRole + 3
MIME_TYPE = "application/x-meetingkit-attachment-id"
PLACEHOLDER_SIDE = 160

Index = QModelIndex | QPersistentModelIndex


class MediaModel(QAbstractListModel):
    """Photos in their order; `session_id` narrows to one session (None: the whole event)."""

    def __init__(
        self,
        document: EventDocument,
        thumbnails: ThumbnailLoader,
        files_dropped: Callable[[list[Path]], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.thumbnails = thumbnails
        self._files_dropped = files_dropped
        self.session_id: str | None = None
        self.selected_only = False
        self._rows: list[Attachment] = []
        self._placeholder = QPixmap(PLACEHOLDER_SIDE, PLACEHOLDER_SIDE * 2 // 3)
        self._placeholder.fill(rgba(THUMBNAIL_PLACEHOLDER))
        thumbnails.ready.connect(self._thumbnail_ready)
        thumbnails.failed.connect(lambda sha, _: self._thumbnail_ready(sha))
        for signal in (document.attachment_added, document.attachment_changed, document.attachment_removed):
            signal.connect(self.refresh)
        document.session_removed.connect(self.refresh)
        document.session_added.connect(self.refresh)
        document.reloaded.connect(self.refresh)
        self.refresh()

    def set_scope(self, session_id: str | None, selected_only: bool = False) -> None:
        self.session_id = session_id
        self.selected_only = selected_only
        self.refresh()

    def refresh(self, *_: object) -> None:
        if self.document.closed:
            return
        live_sessions = {s.id for s in self.document.store.sessions()}
        photos = [
            a
            for a in self.document.store.attachments(AttachmentKind.PHOTO)
            if (self.session_id is None or a.session_id == self.session_id)
            and (a.session_id is None or a.session_id in live_sessions)
            and (a.selected or not self.selected_only)
        ]
        sync_rows(
            self,
            QModelIndex(),
            self._rows,
            photos,
            row_key=lambda a: a.id,
            record_key=lambda a: a.id,
            make=lambda a: a,
            update=lambda row, record: False,
            changed_roles=(),
        )
        # Attachments are immutable records: an edited one is swapped for its new version.
        for n, record in enumerate(photos):
            if self._rows[n] != record:
                self._rows[n] = record
                self.dataChanged.emit(self.index(n), self.index(n), [])

    def _thumbnail_ready(self, sha256: str) -> None:
        for n, attachment in enumerate(self._rows):
            if attachment.sha256 == sha256:
                self.dataChanged.emit(self.index(n), self.index(n), [Qt.ItemDataRole.DecorationRole])

    def attachment(self, row: int) -> Attachment:
        return self._rows[row]

    def row_of(self, attachment_id: str) -> int:
        return next((n for n, a in enumerate(self._rows) if a.id == attachment_id), -1)

    # ---------------------------------------------------------------- reading

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        photo = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.caption or photo.filename
        if role == Qt.ItemDataRole.DecorationRole:
            # An icon, not a pixmap: the view scales icons to its icon size, pixmaps it draws as they are.
            return QIcon(self.thumbnails.pixmap(photo.sha256, photo.filename) or self._placeholder)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if photo.selected else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [photo.filename]
            if photo.caption:
                lines.append(photo.caption)
            if photo.credit:
                lines.append(photo.credit)
            if photo.consent is Consent.UNKNOWN:
                lines.append(
                    QCoreApplication.translate("MediaModel", "Consent not asked: left out of the outcomes")
                )
            elif photo.consent is Consent.REFUSED:
                lines.append(
                    QCoreApplication.translate("MediaModel", "Consent refused: never in the outcomes")
                )
            error = self.thumbnails.error(photo.sha256)
            if error:
                lines.append(error)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and photo.consent is Consent.REFUSED:
            return warning_colour()
        if role == AttachmentIdRole:
            return photo.id
        if role == SelectedRole:
            return photo.selected
        if role == ConsentRole:
            return photo.consent
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Dropping between photos (or files from the file manager) lands on the list itself.
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if not self.document.read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        photo = self._rows[index.row()]
        selected = Qt.CheckState(value) == Qt.CheckState.Checked
        if selected == photo.selected:
            return False
        label = "Select photo" if selected else "Deselect photo"
        return self.document.push(EditAttachment(self.document, photo.id, label=label, selected=selected))

    # ---------------------------------------------------------------- drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE, "text/uri-list"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(MIME_TYPE, QByteArray(self._rows[rows[0]].id.encode("utf-8")))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if self.document.read_only:
            return False
        return data.hasFormat(MIME_TYPE) or data.hasUrls()

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if data.hasUrls() and not data.hasFormat(MIME_TYPE):
            paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
            if paths:
                self._files_dropped(paths)
            return bool(paths)
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        moved = bytes(data.data(MIME_TYPE).data()).decode("utf-8")
        self.move_photo(moved, row)
        # The move is done through the store; returning False stops the view removing the source row.
        return False

    def moveRows(
        self, source_parent: Index, source_row: int, count: int, destination_parent: Index, destination: int
    ) -> bool:
        """Qt 6's list view moves a dragged photo with this; the store's order changes, as in dropMimeData."""
        if count != 1 or source_parent.isValid() or not 0 <= source_row < len(self._rows):
            return False
        return self.move_photo(self._rows[source_row].id, destination)

    def move_photo(self, attachment_id: str, row: int) -> bool:
        """Put the photo before the one now shown at `row` (or last), in the event's photo order."""
        everything = [a.id for a in self.document.store.attachments(AttachmentKind.PHOTO)]
        if attachment_id not in everything:
            return False
        if row < len(self._rows):
            anchor = self._rows[row].id
            if anchor == attachment_id:
                return False
            others = [a for a in everything if a != attachment_id]
            index = others.index(anchor)
        else:
            last = self._rows[-1].id if self._rows else None
            others = [a for a in everything if a != attachment_id]
            index = others.index(last) + 1 if last in others else len(others)
        if everything.index(attachment_id) == index:
            return False
        return self.document.push(MoveAttachment(self.document, attachment_id, index))
