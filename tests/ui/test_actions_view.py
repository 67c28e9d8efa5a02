"""The actions register: edit in place with undo, overdue actions stand out, filters narrow the table."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings, pool)
from ui.organiser_fixtures import TODAY

from meetingkit import publish
from meetingkit.core.model import ActionStatus, Tag
from meetingkit.store import EventStore
from meetingkit.ui.document import EventDocument
from meetingkit.ui.models.actions_model import COL_DUE, COL_OWNER, COL_STATUS, COL_TEXT, OverdueRole
from meetingkit.ui.settings import Settings
from meetingkit.ui.views.actions_view import ActionsView

# The offscreen platform warns that it lacks window-system features (size hints, raise, grabs).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _view(qtbot: QtBot, document: EventDocument, settings: Settings) -> ActionsView:
    view = ActionsView(document, settings, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def _action(store: EventStore) -> str:
    return next(i.id for i in store.items() if i.has(Tag.ACTION))


def _edit_cell(qtbot: QtBot, view: ActionsView, item_id: str, column: int) -> QLineEdit | QComboBox:
    row = view.model.row_of(item_id)
    index = view.proxy.mapFromSource(view.model.index(row, column))
    view.table.setCurrentIndex(index)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editors = [w for w in view.table.viewport().findChildren(QWidget) if isinstance(w, QLineEdit | QComboBox)]
    assert len(editors) == 1, editors
    return editors[0]


def test_edit_owner_in_place_reaches_the_store_and_undo_restores_it(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore
) -> None:
    view = _view(qtbot, document, settings)
    item_id = _action(store)
    assert store.item(item_id).action.owner == "UCLG"  # type: ignore[union-attr]

    editor = _edit_cell(qtbot, view, item_id, COL_OWNER)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Metropolis")
    with qtbot.waitSignal(document.item_changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    assert store.item(item_id).action.owner == "Metropolis"  # type: ignore[union-attr]
    row = view.model.row_of(item_id)
    assert view.model.index(row, COL_OWNER).data() == "Metropolis"

    document.undo_stack.undo()
    assert store.item(item_id).action.owner == "UCLG"  # type: ignore[union-attr]
    assert view.model.index(row, COL_OWNER).data() == "UCLG"


def test_status_combo_marks_an_action_done_and_it_is_no_longer_overdue(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore
) -> None:
    view = _view(qtbot, document, settings)
    item_id = _action(store)
    row = view.model.row_of(item_id)
    due = view.model.index(row, COL_DUE)
    assert due.data(OverdueRole) is True
    assert isinstance(due.data(Qt.ItemDataRole.ForegroundRole), QBrush)
    assert due.data(Qt.ItemDataRole.FontRole).bold()
    assert not due.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "1 overdue" in view.summary.text()

    editor = _edit_cell(qtbot, view, item_id, COL_STATUS)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(ActionStatus.DONE.value))
    with qtbot.waitSignal(document.item_changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    assert store.item(item_id).action.status is ActionStatus.DONE  # type: ignore[union-attr]
    assert view.model.index(row, COL_DUE).data(OverdueRole) is False
    assert "overdue" not in view.summary.text()


def test_filters_narrow_the_register(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore
) -> None:
    view = _view(qtbot, document, settings)
    opening = store.sessions()[0].id
    store.add_entry(opening, "! Draft the joint training calendar @Metropolis ^medium")
    document.item_added.emit(store.items(opening)[-1].id)
    assert view.proxy.rowCount() == 2

    qtbot.keyClicks(view.search, "training")
    assert view.proxy.rowCount() == 1
    assert "training" in view.proxy.index(0, COL_TEXT).data()
    assert view.summary.text().startswith("1 of 2")

    view.search.clear()
    view.status_filter.setCurrentIndex(view.status_filter.findData("overdue"))
    assert view.proxy.rowCount() == 1
    assert "peer-learning calendar" in view.proxy.index(0, COL_TEXT).data()


def test_actions_model_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester,
    document: EventDocument,
    settings: Settings,  # type: ignore[no-untyped-def]
) -> None:
    view = _view(qtbot, document, settings)
    # The tester walks what is there: an empty model would pass without checking anything.
    assert view.model.rowCount() > 0 and view.proxy.rowCount() > 0
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)


def test_an_edited_action_reaches_the_word_document_and_the_csv_export(
    qtbot: QtBot,
    document: EventDocument,
    settings: Settings,
    pool: QThreadPool,
    store: EventStore,
    tmp_path: Path,
) -> None:
    view = ActionsView(document, settings, today=lambda: TODAY, pool=pool)
    qtbot.addWidget(view)
    item_id = _action(store)
    row = view.model.row_of(item_id)
    assert view.model.setData(view.model.index(row, COL_OWNER), "Barcelona City Council")

    target = tmp_path / "summaries.docx"
    publish.export(store, "docx", target)
    register = [
        [cell.text for cell in table_row.cells]
        for table in docx.Document(str(target)).tables
        for table_row in table.rows
        if any("peer-learning calendar" in cell.text for cell in table_row.cells)
    ]
    assert register and "Barcelona City Council" in register[0]

    csv_path = tmp_path / "actions.csv"
    with qtbot.waitSignal(view.export_finished, timeout=60_000):
        view.export_to("csv", csv_path)
    assert "Barcelona City Council" in csv_path.read_text(encoding="utf-8-sig")
    assert "Saved actions.csv" in view.summary.text()


def test_ctrl_end_while_editing_an_owner_stays_in_the_owner_and_leaves_other_actions_alone(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore
) -> None:
    # Qt's own line editor passed Ctrl+End to the table: it moved to the last action and closed the editor,
    # and the next letters (the table edits on any key) replaced that action's cell.
    view = _view(qtbot, document, settings)
    view.activateWindow()
    actions = [i for i in store.items() if i.has(Tag.ACTION)]
    item_id = actions[0].id
    before = {i.id: (i.text, i.action) for i in actions[1:]}
    editor = _edit_cell(qtbot, view, item_id, COL_OWNER)
    qtbot.keyClick(editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "City of Barcelona and ")
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, " (lead)")
    with qtbot.waitSignal(document.item_changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert store.item(item_id).action.owner == "City of Barcelona and UCLG (lead)"  # type: ignore[union-attr]
    assert {i.id: (i.text, i.action) for i in store.items() if i.id in before} == before
