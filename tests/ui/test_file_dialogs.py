"""File dialogs open where people keep files: the folder last used for that kind, else Documents, never the
app's own data folder; suggested names end on a whole word."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings, pool)

from meetingkit.core.paths import data_dir, ensure
from meetingkit.ui.document import EventDocument
from meetingkit.ui.file_dialogs import (
    NAME_LIMIT,
    FileKind,
    documents_folder,
    remember_folder,
    short_name,
    start_folder,
)
from meetingkit.ui.settings import Settings
from meetingkit.ui.thumbnails import ThumbnailLoader
from meetingkit.ui.views.actions_view import ActionsView
from meetingkit.ui.views.media_view import MediaView


@pytest.fixture
def documents(_isolated_home: Path) -> Path:
    return ensure(_isolated_home / "Documents")


class _Dialogs:
    """Stands in for the system's file dialogs: records where each opened, answers with `answer`."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.answer = ""

    def save(self, _parent: Any, _caption: str, start: str, _filters: str = "") -> tuple[str, str]:
        self.opened.append(start)
        return self.answer, ""

    def open_many(self, _parent: Any, _caption: str, start: str, _filters: str = "") -> tuple[list[str], str]:
        self.opened.append(start)
        return ([self.answer] if self.answer else []), ""


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> _Dialogs:
    fake = _Dialogs()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake.save)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake.open_many)
    return fake


def test_dialogs_start_in_documents_then_in_the_last_folder_of_their_kind(
    qtbot: QtBot,
    documents: Path,
    dialogs: _Dialogs,
    document: EventDocument,
    settings: Settings,
    pool: QThreadPool,
    tmp_path: Path,
) -> None:
    actions = ActionsView(document, settings, pool=pool)
    qtbot.addWidget(actions)
    qtbot.mouseClick(actions.csv_button, Qt.MouseButton.LeftButton)  # cancelled
    assert dialogs.opened == [str(documents / "actions.csv")]

    reports = tmp_path / "reports"
    reports.mkdir()
    dialogs.answer = str(reports / "actions.csv")
    with qtbot.waitSignal(actions.export_finished, timeout=30_000):
        qtbot.mouseClick(actions.csv_button, Qt.MouseButton.LeftButton)
    assert (reports / "actions.csv").is_file()
    dialogs.answer = ""
    qtbot.mouseClick(actions.ics_button, Qt.MouseButton.LeftButton)
    assert dialogs.opened[-1] == str(reports / "actions.ics")  # exports: where the last export went

    media = MediaView(
        document, settings, pool=pool, thumbnails=ThumbnailLoader(document.store.path, pool=pool)
    )
    qtbot.addWidget(media)
    qtbot.mouseClick(media.add_button, Qt.MouseButton.LeftButton)
    assert dialogs.opened[-1] == str(documents)  # attachments have their own folder, not the exports'
    media.shutdown()


def test_the_app_data_folder_is_never_a_start_folder(documents: Path) -> None:
    hidden = ensure(data_dir() / "sample")
    remember_folder(FileKind.EVENTS, hidden / "barcelona.meeting")
    assert start_folder(FileKind.EVENTS) == documents == documents_folder()


def test_suggested_names_end_on_a_whole_word() -> None:
    title = "UCLG and Metropolis: Connecting with a world of learners"
    assert short_name(title, "-outcomes") == "uclg-and-metropolis-connecting-with-a-outcomes"
    assert short_name("Réunion d'apprentissage / 2024", ".meeting") == "réunion-d-apprentissage-2024.meeting"
    assert short_name("", ".meeting") == "event.meeting"


@given(st.text(alphabet=st.sampled_from("abcdéfg XYZ-:/1"), max_size=120))
def test_short_names_are_a_prefix_of_the_title_words(title: str) -> None:
    words = re.findall(r"\w+", title.casefold())
    name = short_name(title)
    if not words:
        assert name == "event"
        return
    kept = name.split("-")
    if len(kept) == 1:
        assert words[0].startswith(kept[0]) and len(name) <= NAME_LIMIT
    else:
        assert kept == words[: len(kept)] and len(name) <= NAME_LIMIT  # whole words, in order
