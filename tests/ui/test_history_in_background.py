"""The event's replicated history is read on a pool thread once the window is up and the rapporteur has
paused: capture never waits for it, and the first edit of an old note's text does not read it on the
window's thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.store import replica
from meetingkit.ui import document as document_module
from meetingkit.ui.commands import EditItem
from meetingkit.ui.main_window import MainWindow


def test_an_old_note_is_edited_without_reading_the_history_on_the_window_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The read's end is signalled after its result: both, then no background read is left to race the edit.
    qtbot.waitUntil(
        lambda: window.document.history_adopted and not document_module._BACKGROUND_TASKS, timeout=30_000
    )
    window_thread = threading.get_ident()
    reads_here: list[int] = []
    original = replica.load_doc

    def counting(*args: Any, **kwargs: Any) -> Any:
        if threading.get_ident() == window_thread:
            reads_here.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(replica, "load_doc", counting)
    store = window.document.store
    note = store.items()[0]
    assert window.document.push(EditItem(window.document, note.id, text=note.text + ", corrected"))
    assert store.item(note.id).text == note.text + ", corrected"
    assert reads_here == []
