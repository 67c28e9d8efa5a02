"""Interface languages: the catalogues are complete and compiled, and a view speaks French or Spanish when asked."""

from __future__ import annotations

import ast
import datetime as dt
import re
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
    previous = QLocale()
    translators = install_translators(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


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


# Calls that put a string on screen, and widgets whose first argument is one.
_SHOWN_BY = frozenset(
    {
        "setText",
        "setPlaceholderText",
        "setToolTip",
        "setWindowTitle",
        "setStatusTip",
        "setAccessibleName",
        "setAccessibleDescription",
        "setTitle",
        "addItem",
        "addTab",
        "setHeaderLabels",
        "setSuffix",
        "setPrefix",
        "setInformativeText",
        "showMessage",
        "addRow",
        "setTabText",
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QToolButton",
        "QMenu",
    }
)
# Shown as they are in every language, each with its reason.
_SAME_IN_EVERY_LANGUAGE = {
    "meetingkit",  # the product's name
    "name@example.org",  # the shape of an e-mail address
    "meetingkit://192.168.1.20:8765/…",  # the shape of a join code
    "Ctrl+{}",  # a key, spelled as Qt spells keys everywhere
}


def _literals(node: ast.expr) -> Iterator[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):  # its own words only, not the names of what it formats
        yield "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _literals(element)


def test_no_visible_string_bypasses_the_catalogue() -> None:
    """A word shown on screen but not wrapped in tr() would stay English in French and Spanish."""
    found = []
    for path in sorted((ROOT / "meetingkit" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in _SHOWN_BY:
                continue
            for text in _literals(node.args[0]):
                words = re.sub(r"<[^>]*>", "", text)  # markup around translated text is no word
                if re.search(r"[A-Za-z]{3,}", words) and text not in _SAME_IN_EVERY_LANGUAGE:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    assert found == []


@pytest.mark.parametrize("code", ["fr", "es"])
def test_the_capture_syntax_shown_is_the_one_that_works(code: str) -> None:
    """The placeholder and the shortcuts list give the horizon words of their own language (the parser takes them)."""
    from meetingkit.core.quickentry import parse

    for message in _messages(FOLDER / f"meetingkit_{code}.ts"):
        source, shown = message.findtext("source") or "", message.findtext("translation") or ""
        if "^short" in source:
            words = re.findall(r"\^(\w+)", shown)
            assert words and "short" not in words, shown
            for word in words:
                assert parse(f"! x ^{word}").horizon is not None, word


def test_dates_and_times_speak_the_interface_language(
    qtbot: QtBot, french: None, document: EventDocument, settings: Settings
) -> None:
    from meetingkit.core.model import Day
    from meetingkit.ui.formatting import moment
    from meetingkit.ui.models.navigator_model import day_label
    from meetingkit.ui.widgets.session_header import when_and_where

    day = Day(id="d", index=1, date=dt.date(2017, 9, 12), theme="")
    assert day_label(day) == "Jour 1 · mar. 12 sept."
    session = document.store.sessions()[0]
    assert "mardi 12 septembre" in when_and_where(session, day)
    assert moment(dt.datetime(2017, 9, 12, 7, 41, tzinfo=dt.UTC), "Europe/Madrid") == "mar. 12 sept., 09:41"
    view = ActionsView(document, settings)
    qtbot.addWidget(view)
    due = view.model.index(0, 3).data()
    assert re.fullmatch(r"\d{1,2} \w+\.? \d{4}", due) and not re.search(r"[A-Z][a-z]{2} ", due), due


def test_languages_are_named_in_their_own_language(qtbot: QtBot, french: None, settings: Settings) -> None:
    from meetingkit.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    names = [dialog.app_language.itemText(n) for n in range(dialog.app_language.count())]
    assert {"English", "Français", "Español"} <= set(names)
    assert not dialog.restart_note.isVisibleTo(dialog)
    dialog.app_language.setCurrentIndex(dialog.app_language.findData("es"))
    assert dialog.restart_note.isVisibleTo(dialog)
    assert "redémarrage" in dialog.restart_note.text()
