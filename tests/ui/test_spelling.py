"""Spell checking: unknown words of long notes are underlined, the event's own names are not."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from meetingkit.ui import document as document_module
from meetingkit.ui.app import AppController
from meetingkit.ui.event_words import EventWords, read_event_words
from meetingkit.ui.main_window import MainWindow

pytest.importorskip("spellchecker")


def test_unknown_words_are_underlined_in_the_inspector(qtbot: QtBot, window: MainWindow) -> None:
    assert window.spelling is not None
    window.spelling.load(read_event_words(window.document.store.path).names, wait=True)
    highlighter = window._highlighters[0]
    assert highlighter.misspelled("The mayor sayd the budjet doubles for Metropolis and UCLG") == [
        "sayd",
        "budjet",
    ]
    assert highlighter.misspelled("@Octavi asked about #logistcs") == []  # names and tags are not words

    item = window.document.store.items(window.session_view.session_id)[0]
    window.session_view.select_item(item.id)
    editor = window.inspector.form.text
    editor.setPlainText("Welcome by the hostts")
    underlined = [
        (r.start, r.length)
        for r in editor.document().firstBlock().layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]
    assert underlined == [(len("Welcome by the "), len("hostts"))]


def _underlined(editor: QTextEdit) -> list[str]:
    block = editor.document().firstBlock()
    return [
        block.text()[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]


def test_the_word_list_and_the_event_names_arrive_after_a_pause_not_at_launch(
    qtbot: QtBot, controller: AppController, event_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[Path] = []

    def counting_read(path: Path) -> EventWords:
        reads.append(path)
        return read_event_words(path)

    monkeypatch.setattr(document_module, "read_event_words", counting_read)
    # No event loop runs between launch and the page: what a click in the first second meets.
    window = controller.open_path(event_path)
    assert window is not None and window.spelling is not None
    item = window.document.store.items(window.session_view.session_id)[0]
    window.session_view.select_item(item.id)
    editor = window.inspector.form.text
    editor.setPlainText("Emilia Saiz sayd")
    assert reads == [] and "spelling" not in {t.name for t in threading.enumerate()}
    assert not window.spelling.loaded and _underlined(editor) == []  # built without them

    # Nothing asked for: the pause alone brings the list, and the shown text is underlined then.
    qtbot.waitUntil(lambda: window.spelling is not None and window.spelling.loaded, timeout=30_000)
    qtbot.waitUntil(lambda: _underlined(editor) == ["sayd"], timeout=10_000)
    assert reads == [event_path]  # "Saiz", a speaker of the event, is a word of it
