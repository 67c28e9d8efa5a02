"""The glossary of acronyms, typed in event settings, becomes the documents' acronyms annex."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings)

from meetingkit.export.md_writer import render_markdown_document
from meetingkit.export.outline import build_outline
from meetingkit.store import EventStore
from meetingkit.ui.dialogs.event_settings import EventSettingsDialog
from meetingkit.ui.document import EventDocument

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_typed_acronyms_reach_the_document_and_undo_takes_them_back(
    qtbot: QtBot, document: EventDocument, store: EventStore
) -> None:
    session = store.sessions()[0]
    store.add_item(session.id, "The ZQX network met")
    dialog = EventSettingsDialog(document)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.acronyms.setFocus()
    qtbot.keyClicks(dialog.acronyms, "ZQX = Zone of Quiet Exchange")
    qtbot.keyClick(dialog.acronyms, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.acronyms, "QQQ = Never used")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    markdown = render_markdown_document(build_outline(store.snapshot()))
    assert "Zone of Quiet Exchange" in markdown and "Never used" not in markdown
    reopened = EventSettingsDialog(document)
    qtbot.addWidget(reopened)
    assert reopened.acronyms.toPlainText() == "ZQX = Zone of Quiet Exchange\nQQQ = Never used"
    document.undo_stack.undo()
    assert "Zone of Quiet Exchange" not in render_markdown_document(build_outline(store.snapshot()))
