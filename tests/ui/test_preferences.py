"""Preferences through the one typed schema; event settings as one undo step; the pages join the main window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings)

from meetingkit.store import EventStore
from meetingkit.ui.dialogs.event_settings import EventSettingsDialog
from meetingkit.ui.dialogs.preferences import PreferencesDialog
from meetingkit.ui.document import EventDocument
from meetingkit.ui.settings import SCHEMA, Settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_only_values_that_differ_from_defaults_are_stored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(path)
    assert settings.photo_long_side == 2048 and settings.document_language == "en"
    settings.set_value("photo_long_side", 1600)
    settings.set_value("document_language", "en")
    assert json.loads(path.read_text(encoding="utf-8")) == {"photo_long_side": 1600}
    settings.reset("photo_long_side")
    assert json.loads(path.read_text(encoding="utf-8")) == {}
    with pytest.raises(ValueError, match="document_language must be one of"):
        settings.set_value("document_language", "de")
    assert all(s.description and s.check(s.default) == s.default for s in SCHEMA)


def test_a_damaged_or_foreign_settings_file_falls_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"jpeg_quality": "high", "photo_long_side": 1024, "unknown": 1}', encoding="utf-8")
    settings = Settings(path)
    assert settings.jpeg_quality == 85 and settings.photo_long_side == 1024
    path.write_text("{not json", encoding="utf-8")
    assert Settings(path).photo_long_side == 2048


def test_preferences_dialog_writes_the_schema_values(qtbot: QtBot, settings: Settings) -> None:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.author.clear()
    qtbot.keyClicks(dialog.author, "Grace Mwangi")
    dialog.app_language.setCurrentIndex(dialog.app_language.findData("fr"))
    assert dialog.restart_note.isVisibleTo(dialog)
    dialog.long_side.setValue(1536)
    with qtbot.waitSignal(settings.changed):
        dialog.accept()
    assert (settings.author_name, settings.app_language, settings.photo_long_side) == (
        "Grace Mwangi",
        "fr",
        1536,
    )
    assert Settings(settings.path).stored() == {
        "author_name": "Grace Mwangi",
        "app_language": "fr",
        "photo_long_side": 1536,
    }


def test_event_settings_apply_as_one_undo_step(
    qtbot: QtBot, document: EventDocument, store: EventStore
) -> None:
    dialog = EventSettingsDialog(document)
    qtbot.addWidget(dialog)
    dialog.venue.setText("Palau Macaya, Obra Social la Caixa")
    dialog.organisers.setPlainText("UCLG\nMetropolis\nBarcelona City Council")
    dialog.accept()
    event = store.event()
    assert event.venue == "Palau Macaya, Obra Social la Caixa"
    assert event.organisers == ("UCLG", "Metropolis", "Barcelona City Council")
    document.undo_stack.undo()
    event = store.event()
    assert (event.venue, event.organisers) == ("Palau Macaya", ("UCLG", "Metropolis"))


def test_pages_and_menus_join_the_main_window(
    qtbot: QtBot, document: EventDocument, settings: Settings
) -> None:
    from meetingkit.ui.main_window import MainWindow
    from meetingkit.ui.views import install

    window = MainWindow(document, settings=settings)
    qtbot.addWidget(window)
    install(window)
    for key in ("actions", "synergies", "roadmap", "participants", "media", "outcomes"):
        assert window.view(key) is not None
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[-2:] == ["E&vent", "&Help"]
    roadmap = window.view("roadmap")
    item_id = next(iter(roadmap.cards))  # type: ignore[union-attr]
    roadmap.jump_requested.emit(item_id)  # type: ignore[union-attr]
    assert window.current_view_key() == "sessions"
