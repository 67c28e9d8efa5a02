"""The keyboard shortcuts help (F1, Ctrl+/): every action with its keys, grouped as in the menus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from meetingkit.ui.actions import SPECS, ActionId, shortcut_text

CAPTURE_SYNTAX = (
    ("! at the start", "action"),
    ("~ at the start", "synergy"),
    ("= at the start", "decision"),
    ("? at the start", "question"),
    ("* at the start", "key point"),
    ('" at the start', "quote"),
    ("@Name or @[Two Words]", "owner, party or speaker"),
    ("#tag", "a free tag"),
    ("due:2017-10-15", "action due date"),
    ("^short ^medium ^long", "action horizon"),
    ("Ctrl+Z in an empty capture line", "take back the last note"),
)


class ShortcutsDialog(QDialog):
    def __init__(
        self, actions: list[tuple[ActionId, QAction]], extra: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(["Action", "Keys"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName("Keyboard shortcuts")
        sections: dict[str, QTreeWidgetItem] = {}
        for action_id, action in actions:
            keys = shortcut_text(action)
            if not keys:
                continue
            section = SPECS[action_id].section
            if section not in sections:
                sections[section] = self._section(section)
            QTreeWidgetItem(sections[section], [action.text().replace("&", ""), keys])
        views = self._section("Pages") if extra else None
        for action in extra:
            QTreeWidgetItem(views, [action.text().replace("&", ""), shortcut_text(action)])
        syntax = self._section("Capture line")
        for typed, meaning in CAPTURE_SYNTAX:
            QTreeWidgetItem(syntax, [meaning, typed])
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
