"""Spell checking: unknown words of long notes are underlined, the event's own names are not."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from meetingkit.ui.main_window import MainWindow

pytest.importorskip("spellchecker")


def test_unknown_words_are_underlined_in_the_inspector(qtbot: QtBot, window: MainWindow) -> None:
    assert window.spelling is not None
    window.spelling.load(wait=True)
    highlighter = window._highlighters[0]
    assert highlighter.misspelled("The mayor sayd the budjet doubles for Metropolis and UCLG") == [
        "sayd",
        "budjet",
    ]
    assert highlighter.misspelled("@Octavi asked about #logistcs") == []  # names and tags are not words

    item = window.document.store.items(window.session_view.session_id)[0]
    window.session_view.select_item(item.id)
    editor = window.inspector.text
    editor.setPlainText("Welcome by the hostts")
    underlined = [
        (r.start, r.length)
        for r in editor.document().firstBlock().layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]
    assert underlined == [(len("Welcome by the "), len("hostts"))]
