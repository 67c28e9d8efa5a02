"""Interface languages: the catalogues are complete and compiled, and a view speaks French or Spanish when asked."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings)

from meetingkit.ui.document import EventDocument
from meetingkit.ui.settings import Settings
from meetingkit.ui.translations import LANGUAGES, install_translators, interface_language, release, update
from meetingkit.ui.views.actions_view import ActionsView
from meetingkit.ui.views.outcomes_view import OutcomesView

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


@pytest.mark.parametrize("code", ["fr", "es"])
def test_every_string_is_translated(code: str) -> None:
    messages = _messages(FOLDER / f"meetingkit_{code}.ts")
    assert len(messages) > 200
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, message.findtext("source")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        assert all(forms), message.findtext("source")


def test_catalogues_hold_every_string_of_the_interface(tmp_path: Path) -> None:
    """lupdate over the sources finds nothing new: no tr() string is missing from the .ts files."""
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "meetingkit" / "ui", copy / "meetingkit" / "ui")
    shutil.copytree(FOLDER, copy / "resources" / "translations")
    update(copy)
    for code in ("fr", "es"):
        for message in _messages(copy / "resources" / "translations" / f"meetingkit_{code}.ts"):
            translation = message.find("translation")
            assert translation is not None and translation.get("type") is None, (
                code,
                message.findtext("source"),
            )


def test_compiled_catalogues_match_their_sources(tmp_path: Path) -> None:
    for made in release(FOLDER, tmp_path):
        assert made.read_bytes() == (FOLDER / made.name).read_bytes(), (
            f"run: python -m meetingkit.ui.translations ({made.name})"
        )


def test_catalogues_ship_inside_the_package() -> None:
    shipped = resources.files("meetingkit.resources") / "translations"
    assert {f"meetingkit_{code}.qm" for code in LANGUAGES} <= {entry.name for entry in shipped.iterdir()}


def test_language_choice_follows_the_preference_then_the_system() -> None:
    assert interface_language("es", QLocale("fr_FR")) == "es"
    assert interface_language("", QLocale("fr_CA")) == "fr"
    assert interface_language("", QLocale("de_DE")) == "en"


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_views_speak_french(qtbot: QtBot, french: None, document: EventDocument, settings: Settings) -> None:
    view = ActionsView(document, settings)
    qtbot.addWidget(view)
    assert view.csv_button.text() == "Exporter en CSV…"
    assert view.model.headerData(2, Qt.Orientation.Horizontal) == "Responsable"
    assert view.summary.text() == "1 action · 1 en retard"  # due in 2017, still open
    outcomes = OutcomesView(document, settings)
    qtbot.addWidget(outcomes)
    assert outcomes.pack_button.text() == "Constituer le dossier des résultats…"


def test_english_plurals(qtbot: QtBot, document: EventDocument, settings: Settings) -> None:
    view = ActionsView(document, settings)
    qtbot.addWidget(view)
    assert view.summary.text() == "1 action · 1 overdue"
