"""The keyboard shortcuts help (F1, Ctrl+/): every action with its keys, grouped as in the menus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from meetingkit.ui.actions import SPECS, ActionId, shortcut_text
from meetingkit.ui.qt_types import QT_TRANSLATE_NOOP

CAPTURE_SYNTAX = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "! at the start"), QT_TRANSLATE_NOOP("ShortcutsDialog", "action")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "~ at the start"), QT_TRANSLATE_NOOP("ShortcutsDialog", "synergy")),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "= at the start"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "decision"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "? at the start"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "question"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "* at the start"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "key point"),
    ),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", '" at the start'), QT_TRANSLATE_NOOP("ShortcutsDialog", "quote")),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "@Name or @[Two Words]"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "owner, party or speaker"),
    ),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "#tag"), QT_TRANSLATE_NOOP("ShortcutsDialog", "a free tag")),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "due:2017-10-15"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "action due date"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "^short ^medium ^long"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "action horizon"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Z in an empty capture line"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "take back the last note"),
    ),
)


class ShortcutsDialog(QDialog):
    def __init__(
        self, actions: list[tuple[ActionId, QAction]], extra: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        sections: dict[str, QTreeWidgetItem] = {}
        for action_id, action in actions:
            keys = shortcut_text(action)
            if not keys:
                continue
            section = SPECS[action_id].section
            if section not in sections:
                sections[section] = self._section(QCoreApplication.translate("Actions", section))
            QTreeWidgetItem(sections[section], [action.text().replace("&", ""), keys])
        if extra:
            views = self._section(self.tr("Pages"))
            for action in extra:
                QTreeWidgetItem(views, [action.text().replace("&", ""), shortcut_text(action)])
        syntax = self._section(self.tr("Capture line"))
        for typed, meaning in CAPTURE_SYNTAX:
            QTreeWidgetItem(
                syntax,
                [
                    QCoreApplication.translate("ShortcutsDialog", meaning),
                    QCoreApplication.translate("ShortcutsDialog", typed),
                ],
            )
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def _section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        return item
