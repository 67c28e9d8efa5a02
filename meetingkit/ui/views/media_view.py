"""The media library: photo thumbnails, the selected photos with caption, credit and consent, and presentations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.model import Attachment, AttachmentKind, Consent
from meetingkit.ui.commands import EditAttachment
from meetingkit.ui.document import EventDocument
from meetingkit.ui.file_dialogs import FileKind, open_files
from meetingkit.ui.models.media_model import MediaModel
from meetingkit.ui.organiser_commands import AdoptAttachments
from meetingkit.ui.settings import Settings
from meetingkit.ui.thumbnails import ThumbnailLoader
from meetingkit.ui.views.common import consent_choices, human_size, session_labels
from meetingkit.ui.workers import Task, attach_job, run_task

PREVIEW_SIDE = 1600
DETAIL_WIDTH = 340
# The scope entry that follows the session open in the window (MainWindow's session page).
THIS_SESSION = "@this-session"


class _Preview(QLabel):
    """The large preview, scaled to the space it has."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._pixmap: QPixmap | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(240, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_pixmap(self, pixmap: QPixmap | None, text: str = "") -> None:
        self._pixmap = pixmap
        if pixmap is None:
            self.setPixmap(QPixmap())
            self.setText(text)
        else:
            self._rescale()

    def _rescale(self) -> None:
        if self._pixmap is not None and not self._pixmap.isNull():
            self.setPixmap(
                self._pixmap.scaled(
                    self.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()


class MediaView(QWidget):
    """Drop photos or presentations here (from the file manager) to attach them to the session shown."""

    attach_finished = Signal(list, list)  # attachment ids, [(file name, error)]

    def __init__(
        self,
        document: EventDocument,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        pool: QThreadPool | None = None,
        thumbnails: ThumbnailLoader | None = None,
        preview_loader: ThumbnailLoader | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.setObjectName("mediaView")
        self.setAcceptDrops(True)
        self._pool = pool or QThreadPool(self)
        self._task: Task | None = None
        path = document.store.path
        self.thumbnails = thumbnails or ThumbnailLoader(path, self)
        self.previews = preview_loader or ThumbnailLoader(path, self, side=PREVIEW_SIDE)
        self.previews.ready.connect(self._preview_ready)
        self._current: Attachment | None = None
        self._followed: str | None = None  # the session open in the window, for "This session"

        title = QLabel(self.tr("Media library"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)

        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Photos of"))
        self.scope.currentIndexChanged.connect(self._scope_changed)
        # Session titles are long: the box elides them rather than pushing the buttons out of sight.
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope.setMinimumContentsLength(24)
        self.selected_only = QCheckBox(self.tr("Selected photos only"), self)
        self.selected_only.toggled.connect(self._scope_changed)
        self.add_button = QPushButton(self.tr("Add files…"), self)
        self.add_button.setToolTip(self.tr("Attach photos or presentations (you can also drop them here)"))
        self.add_button.clicked.connect(self._choose_files)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.scope)
        top.addWidget(self.selected_only)
        top.addWidget(self.add_button)

        self.model = MediaModel(document, self.thumbnails, self.attach_files, self)
        self.grid = QListView(self)
        self.grid.setObjectName("photoGrid")
        self.grid.setAccessibleName(self.tr("Photos; tick a photo to select it for the outcomes"))
        self.grid.setModel(self.model)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(160, 107))
        self.grid.setGridSize(QSize(190, 170))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        # Static: with Snap the icon view moved a dragged photo on screen only, never in the event's order.
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setWordWrap(True)
        self.grid.setUniformItemSizes(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.grid.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.grid.setDropIndicatorShown(True)
        self.grid.selectionModel().selectionChanged.connect(self._selection_changed)
        self.move_actions = self._order_actions()

        self.preview = _Preview(self)
        self.preview.setObjectName("photoPreview")
        self.caption = QLineEdit(self)
        self.caption.setAccessibleName(self.tr("Caption"))
        self.caption.editingFinished.connect(lambda: self._edit_current(caption=self.caption.text()))
        self.credit = QLineEdit(self)
        self.credit.setAccessibleName(self.tr("Credit"))
        self.credit.setPlaceholderText(self.tr("Photo: name / organisation"))
        self.credit.editingFinished.connect(lambda: self._edit_current(credit=self.credit.text()))
        self.selected_box = QCheckBox(self.tr("Selected for the outcomes"), self)
        self.selected_box.clicked.connect(lambda on: self._edit_current(selected=bool(on)))
        self.consent_box = QComboBox(self)
        self.consent_box.setAccessibleName(self.tr("Consent of the people shown"))
        for value, label in consent_choices():
            self.consent_box.addItem(label, value.value)
        self.consent_box.activated.connect(
            lambda index: self._edit_current(consent=Consent(self.consent_box.itemData(index)))
        )
        self.file_label = QLabel(self)
        self.file_label.setEnabled(False)
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.preview, 1)
        details_layout.addWidget(self.file_label)
        form = QFormLayout()
        details_layout.addLayout(form)
        form.addRow(self.tr("Caption:"), self.caption)
        form.addRow(self.tr("Credit:"), self.credit)
        form.addRow(self.selected_box)
        form.addRow(self.tr("Consent:"), self.consent_box)
        self._show_nothing()

        self.presentations = QTreeWidget(self)
        self.presentations.setObjectName("presentationList")
        self.presentations.setAccessibleName(self.tr("Presentations and documents"))
        self.presentations.setHeaderLabels(
            [self.tr("File"), self.tr("Type"), self.tr("Size"), self.tr("Session")]
        )
        self.presentations.setRootIsDecorated(False)
        self.presentations.setAlternatingRowColors(True)

        self.messages = QLabel(self)
        self.messages.setObjectName("attachMessages")
        self.messages.setWordWrap(True)
        self.messages.setTextFormat(Qt.TextFormat.PlainText)

        upper = QSplitter(Qt.Orientation.Horizontal, self)
        upper.addWidget(self.grid)
        upper.addWidget(details)
        # The grid takes the width; the detail pane keeps what a preview and its fields need.
        upper.setObjectName("mediaSplit")
        upper.setStretchFactor(0, 1)
        upper.setStretchFactor(1, 0)
        upper.setSizes([900, DETAIL_WIDTH])
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Presentations and documents"), lower))
        lower_layout.addWidget(self.presentations)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.messages)

        for signal in (document.attachment_added, document.attachment_changed, document.attachment_removed):
            signal.connect(self._attachments_changed)
        for signal in (document.session_added, document.session_changed, document.session_removed):
            signal.connect(self._fill_scope)
        document.reloaded.connect(self._fill_scope)
        document.reloaded.connect(self._attachments_changed)
        self._fill_scope()
        self._attachments_changed()

    # ---------------------------------------------------------------- scope

    def _fill_scope(self, *_: object) -> None:
        if self.document.closed:
            return
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        labels = session_labels(self.document.store)
        lost = self._followed is not None and self._followed not in labels
        if lost:
            self._followed = None  # the open session was deleted
        self.scope.addItem(self.tr("The whole event"), None)
        self.scope.addItem(self._this_session_label(labels), THIS_SESSION)
        self.scope.setItemData(
            1,
            self.tr("The session open on the Sessions page; follows it as you change sessions"),
            Qt.ItemDataRole.ToolTipRole,
        )
        for session_id, label in labels.items():
            self.scope.addItem(label, session_id)
        self.scope.setCurrentIndex(max(0, self.scope.findData(current)))
        self.scope.blockSignals(False)
        if lost and self.following:
            self._scope_changed()

    def _this_session_label(self, labels: dict[str, str]) -> str:
        if self._followed is None:
            return self.tr("This session (none open)")
        return self.tr("This session: %1").replace("%1", labels.get(self._followed, ""))

    def set_session(self, session_id: str | None) -> None:
        """Show the photos of one session (None: the whole event); drops attach to it."""
        self.scope.setCurrentIndex(max(0, self.scope.findData(session_id)))

    def follow_session(self, session_id: str | None) -> None:
        """The session open in the window changed (SessionView.session_shown): "This session" shows it."""
        if session_id == self._followed or self.document.closed:
            return
        self._followed = session_id
        self.scope.setItemText(1, self._this_session_label(session_labels(self.document.store)))
        if self.scope.currentData() == THIS_SESSION:
            self._scope_changed()

    @property
    def following(self) -> bool:
        return bool(self.scope.currentData() == THIS_SESSION)

    @property
    def session_id(self) -> str | None:
        """The session whose photos are shown and to which dropped files attach (None: the event)."""
        value = self.scope.currentData()
        if value == THIS_SESSION:
            return self._followed
        return str(value) if value else None

    def _scope_changed(self, *_: object) -> None:
        self.model.set_scope(self.session_id, self.selected_only.isChecked())

    # ---------------------------------------------------------------- order

    def _order_actions(self) -> list[QAction]:
        """Keys and the context menu that move the selected photo; each move is one undo step."""
        made: list[QAction] = []
        for text, keys, where in (
            (self.tr("Move &earlier"), ("Ctrl+Left", "Alt+Left"), "earlier"),
            (self.tr("Move &later"), ("Ctrl+Right", "Alt+Right"), "later"),
            (self.tr("Move to &first"), ("Ctrl+Home",), "first"),
            (self.tr("Move to l&ast"), ("Ctrl+End",), "last"),
        ):
            action = QAction(text, self.grid)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, w=where: self.move_selected(w))
            action.setEnabled(not self.document.read_only)
            self.grid.addAction(action)
            made.append(action)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return made

    def move_selected(self, where: str) -> bool:
        """Move the selected photo "earlier", "later", "first" or "last" among the photos shown."""
        photo = self._current
        if photo is None or self.document.read_only:
            return False
        row = self.model.row_of(photo.id)
        target = {
            "earlier": row - 1,
            "later": row + 2,  # before the photo after the next one
            "first": 0,
            "last": self.model.rowCount(),
        }[where]
        if row < 0 or target < 0:
            return False
        moved = self.model.move_photo(photo.id, min(target, self.model.rowCount()))
        self.select_photo(photo.id)  # the selection stays on the photo that moved
        return moved

    # ---------------------------------------------------------------- the photo shown in detail

    def _set_details_enabled(self, on: bool) -> None:
        editable = on and not self.document.read_only
        for widget in (self.caption, self.credit, self.selected_box, self.consent_box):
            widget.setEnabled(editable)

    def select_photo(self, attachment_id: str) -> bool:
        row = self.model.row_of(attachment_id)
        if row < 0:
            return False
        self.grid.setCurrentIndex(self.model.index(row))
        return True

    def _selection_changed(self, *_: QItemSelection) -> None:
        rows = self.grid.selectionModel().selectedRows()
        if not rows:
            self._current = None
            self._show_nothing()
            return
        self._current = self.model.attachment(rows[0].row())
        self._show_current()

    def _show_nothing(self) -> None:
        """No photo selected: the detail pane is empty, not the last photo's fields greyed out."""
        self._set_details_enabled(False)
        for field in (self.caption, self.credit):
            field.clear()
        self.selected_box.setChecked(False)
        self.consent_box.setCurrentIndex(-1)
        self.file_label.clear()
        self.preview.show_pixmap(None, self.tr("Select a photo to see it large."))

    def _show_current(self) -> None:
        photo = self._current
        if photo is None:
            return
        self._set_details_enabled(True)
        self.caption.setText(photo.caption)
        self.credit.setText(photo.credit)
        self.selected_box.setChecked(photo.selected)
        self.consent_box.setCurrentIndex(self.consent_box.findData(photo.consent.value))
        size = f" · {photo.width} × {photo.height}" if photo.width and photo.height else ""
        self.file_label.setText(f"{photo.filename}{size} · {human_size(photo.size)}")
        large = self.previews.pixmap(photo.sha256, photo.filename)
        if large is None:
            # The thumbnail stands in until the large version is made.
            small = self.thumbnails.pixmap(photo.sha256, photo.filename)
            self.preview.show_pixmap(small, self.tr("Loading…"))
        else:
            self.preview.show_pixmap(large)

    def _preview_ready(self, sha256: str) -> None:
        if self._current is not None and self._current.sha256 == sha256:
            self.preview.show_pixmap(self.previews.pixmap(sha256))

    def _edit_current(self, **changes: Any) -> None:
        photo = self._current
        if photo is None or self.document.read_only:
            return
        changes = {k: v for k, v in changes.items() if getattr(photo, k) != v}
        if changes:
            self.document.push(EditAttachment(self.document, photo.id, **changes))

    def _attachments_changed(self, *_: object) -> None:
        if self.document.closed:
            return
        if self._current is not None:
            row = self.model.row_of(self._current.id)
            self._current = self.model.attachment(row) if row >= 0 else None
            if self._current is None:
                self._show_nothing()
            else:
                self._show_current()
        self._fill_presentations()

    def _fill_presentations(self) -> None:
        store = self.document.store
        labels = session_labels(store)
        self.presentations.clear()
        for attachment in store.attachments():
            if attachment.kind is AttachmentKind.PHOTO:
                continue
            session = labels.get(attachment.session_id or "", self.tr("The whole event"))
            kind = (
                self.tr("Presentation")
                if attachment.kind is AttachmentKind.PRESENTATION
                else self.tr("Document")
            )
            row = QTreeWidgetItem(
                [
                    attachment.filename,
                    f"{kind} ({attachment.media_type})",
                    human_size(attachment.size),
                    session,
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, attachment.id)
            self.presentations.addTopLevelItem(row)
        for column in range(3):
            self.presentations.resizeColumnToContents(column)

    # ---------------------------------------------------------------- attaching files

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self.document.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach_files(paths)

    def _choose_files(self) -> None:
        paths = open_files(
            self,
            FileKind.ATTACHMENTS,
            self.tr("Attach photos or presentations"),
            self.tr(
                "Photos and presentations (*.jpg *.jpeg *.png *.webp *.heic *.pdf *.pptx *.ppt *.odp *.docx *.key);;All files (*)"
            ),
        )
        if paths:
            self.attach_files(paths)

    def attach_files(self, paths: list[Path], session_id: str | None = None) -> Task | None:
        """Attach `paths` to `session_id` (default: the session shown) on a worker; one undo step."""
        if self.document.read_only or self._task is not None:
            return None
        target = session_id if session_id is not None else self.session_id
        self.messages.setText(self.tr("Attaching %n file(s)…", "", len(paths)))
        self.add_button.setEnabled(False)

        def done(result: tuple[list[str], list[tuple[str, str]]]) -> None:
            added, errors = result
            self._task = None
            self.add_button.setEnabled(True)
            if added:
                self.document.push(AdoptAttachments(self.document, added))
            lines = [self.tr("%n file(s) attached.", "", len(added))] if added else []
            lines += [f"{name}: {message}" for name, message in errors]
            self.messages.setText("\n".join(lines))
            self.attach_finished.emit(list(added), list(errors))

        def failed(message: str) -> None:
            self._task = None
            self.add_button.setEnabled(True)
            self.messages.setText(message)
            self.attach_finished.emit([], [("", message)])

        self._task = run_task(
            self._pool,
            attach_job(self.document.store.path, paths, target, self.document.store.author),
            name=self.tr("Attaching files"),
            succeeded=done,
            failed=failed,
        )
        return self._task

    def shutdown(self) -> None:
        self._pool.waitForDone()
        self.thumbnails.shutdown()
        self.previews.shutdown()
