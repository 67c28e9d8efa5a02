"""Before the outcome pack is built: the selected photos without a caption, a credit or the consent of the people shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.model import Attachment
from meetingkit.export.pack import PhotoGap
from meetingkit.ui.qt_types import top_level_item

IdRole = Qt.ItemDataRole.UserRole


class PackReviewDialog(QDialog):
    """Lists what the selected photos lack; Fix… shows a photo on the Media page, Build anyway goes on."""

    fix_requested = Signal(str)  # the attachment id to show on the Media page

    def __init__(
        self,
        gaps: Sequence[tuple[Attachment, tuple[PhotoGap, ...]]],
        include_not_asked: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the selected photos"))
        intro = QLabel(
            self.tr("Before the pack is built, %n selected photo(s) need a look:", "", len(gaps)), self
        )
        intro.setWordWrap(True)
        self.photos = QTreeWidget(self)
        self.photos.setRootIsDecorated(False)
        self.photos.setHeaderLabels([self.tr("Photo"), self.tr("Missing")])
        self.photos.setAccessibleName(self.tr("Photos that need a look"))
        for photo, missing in gaps:
            row = QTreeWidgetItem(
                [photo.caption or photo.filename, self._describe(missing, include_not_asked)]
            )
            row.setData(0, IdRole, photo.id)
            self.photos.addTopLevelItem(row)
        self.photos.resizeColumnToContents(0)
        if gaps:
            self.photos.setCurrentItem(top_level_item(self.photos, 0))
        self.photos.itemActivated.connect(lambda *_: self._fix())

        buttons = QDialogButtonBox(self)
        self.fix_button = QPushButton(self.tr("Fix on the Media page"), self)
        self.fix_button.setDefault(True)
        self.fix_button.clicked.connect(self._fix)
        self.build_button = QPushButton(self.tr("Build anyway…"), self)
        self.build_button.clicked.connect(self.accept)
        buttons.addButton(self.fix_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.build_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.photos, 1)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def _describe(self, missing: tuple[PhotoGap, ...], include_not_asked: bool) -> str:
        words = []
        if PhotoGap.CAPTION in missing:
            words.append(self.tr("no caption"))
        if PhotoGap.CREDIT in missing:
            words.append(self.tr("no credit"))
        if PhotoGap.CONSENT in missing:
            words.append(
                self.tr("consent not asked (included)")
                if include_not_asked
                else self.tr("consent not asked (left out)")
            )
        return ", ".join(words)

    def _fix(self) -> None:
        current = self.photos.currentItem()
        if current is None:
            return
        self.fix_requested.emit(str(current.data(0, IdRole)))
        self.reject()  # fixing comes first; the user builds again afterwards
