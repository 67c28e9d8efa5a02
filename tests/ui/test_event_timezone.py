"""The event's time zone: chosen in event settings, it sets the clock notes are shown and exported on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings)

from meetingkit.core.errors import ValidationError
from meetingkit.export.md_writer import render_markdown_document
from meetingkit.export.outline import ExportOptions, build_outline
from meetingkit.store import EventStore
from meetingkit.ui.dialogs.event_settings import EventSettingsDialog
from meetingkit.ui.document import EventDocument
from meetingkit.ui.models.stream_model import TIME_ROLE, StreamModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

UTC_NOON = dt.datetime(2017, 9, 12, 12, 0, tzinfo=dt.UTC)


def test_notes_read_on_the_event_clock_in_the_app_and_the_document(
    qtbot: QtBot, document: EventDocument, store: EventStore
) -> None:
    session = store.sessions()[0]
    store.add_item(session.id, "Captured at noon UTC", captured_at=UTC_NOON)
    model = StreamModel(document)
    model.set_session(session.id)
    row = next(
        r for r in range(model.rowCount()) if "noon" in model.index(r).data(Qt.ItemDataRole.DisplayRole)
    )

    dialog = EventSettingsDialog(document)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.timezone.setCurrentIndex(dialog.timezone.findData("Asia/Seoul"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    assert store.event().timezone == "Asia/Seoul"
    assert model.index(row).data(TIME_ROLE) == "21:00"  # noon UTC is 21:00 in Seoul
    markdown = render_markdown_document(
        build_outline(store.snapshot(), ExportOptions(include_timestamps=True))
    )
    assert "21:00" in markdown
    document.undo_stack.undo()
    assert store.event().timezone == ""


def test_an_unknown_time_zone_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Mars/Olympus"):
        EventStore.create(
            tmp_path / "e.meeting", title="T", start="2017-09-12", end="2017-09-12", timezone="Mars/Olympus"
        )
