"""A long session cannot exhaust None or the bools: shiboken6 6.12 on Python 3.11 drops references to them."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt


class _Model(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return None


def test_a_million_void_calls_and_none_returns_do_not_abort_the_app() -> None:
    import meetingkit.ui  # noqa: F401 - applies the workaround, as every UI import does

    target = QObject()
    model = _Model()
    index = model.index(0)
    # About three days of repainting a busy notes stream; without the workaround the process
    # aborts ("none_dealloc") after a few thousand calls and this test never returns.
    for _ in range(500_000):
        target.setObjectName("x")
        index.data()
    assert sys.getrefcount(None) > 1_000  # still far from zero after a million dropped references
