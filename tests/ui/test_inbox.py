"""The inbox folder: update files a sync tool drops in are merged as they arrive; a damaged one is named once."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.store import EventStore, updates
from meetingkit.ui.actions import ActionId
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.replication import NO_INBOX


@pytest.fixture
def staged(event_path: Path, tmp_path: Path) -> dict[str, Path]:
    """Ana's and Ben's update files for the event (each a note in the first session), and a damaged one."""
    staging = tmp_path / "staging"
    staging.mkdir()
    made: dict[str, Path] = {}
    with EventStore.open(event_path, read_only=True) as organiser:
        event_id = organiser.event().id
    for name in ("Ana", "Ben"):
        copy = tmp_path / f"{name}.meeting"
        shutil.copy(event_path, copy)
        with EventStore.open(copy, author=name) as store:
            store.add_entry(store.sessions()[0].id, f"{name}'s note from the inbox")
        baseline = updates.baseline_of(event_path, event_id)
        made[name] = updates.write(copy, staging / f"{name}.mkupdate", author=name, baseline=baseline).path
    damaged = staging / "Cleo.mkupdate"
    damaged.write_bytes(made["Ana"].read_bytes()[:1500])  # cut off mid-way, as a failed download would be
    made["Cleo"] = damaged
    return made


def _drop(source: Path, inbox: Path) -> Path:
    """As a sync tool does: written under a temporary hidden name, then renamed into place."""
    target = inbox / source.name
    partial = inbox / f".syncthing.{source.name}.tmp"
    shutil.copyfile(source, partial)
    os.replace(partial, target)
    return target


def _stream_texts(window: MainWindow) -> list[str]:
    model = window.session_view.stream.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_update_files_dropped_in_the_inbox_are_merged_and_a_damaged_one_is_named_once(
    qtbot: QtBot, staged: dict[str, Path], window: MainWindow, tmp_path: Path
) -> None:
    inbox_folder = tmp_path / "inbox"
    inbox_folder.mkdir()
    replication = window.replication
    replication.choose_folder = lambda _parent, _current: inbox_folder
    window.action_of[ActionId.INBOX_FOLDER].trigger()
    inbox = replication.inbox
    assert inbox.folder == inbox_folder
    inbox.timer.setInterval(50)
    refusals: list[str] = []
    inbox.refused.connect(refusals.append)
    first_session = window.document.store.sessions()[0].id
    window.open_session(first_session)
    backups_before = len(window.document.store.backups())

    dropped = [_drop(staged[name], inbox_folder) for name in ("Ana", "Ben", "Cleo")]

    qtbot.waitUntil(
        lambda: {"Ana's note from the inbox", "Ben's note from the inbox"} <= set(_stream_texts(window)),
        timeout=20_000,
    )
    qtbot.waitUntil(lambda: bool(refusals), timeout=20_000)
    assert "Cleo.mkupdate" in window.session_view.banner.text
    assert len(window.document.store.backups()) == backups_before + 2  # one before each merge

    # Later looks change nothing: nothing merged twice, the damaged file not named again, nothing deleted.
    looked = 0

    def count() -> None:
        nonlocal looked
        looked += 1

    inbox.timer.timeout.connect(count)
    qtbot.waitUntil(lambda: looked >= 5, timeout=20_000)
    assert len(refusals) == 1 and "Cleo.mkupdate" in refusals[0]
    texts = [i.text for i in window.document.store.items()]
    assert texts.count("Ana's note from the inbox") == 1 and texts.count("Ben's note from the inbox") == 1
    assert len(window.document.store.backups()) == backups_before + 2
    assert all(path.exists() for path in dropped)

    replication.choose_folder = lambda _parent, _current: NO_INBOX
    window.action_of[ActionId.INBOX_FOLDER].trigger()
    assert inbox.folder is None and not inbox.timer.isActive()


def test_the_open_event_file_s_own_folder_is_refused_as_an_inbox(qtbot: QtBot, window: MainWindow) -> None:
    window.replication.choose_folder = lambda _parent, _current: window.document.store.path.parent
    window.action_of[ActionId.INBOX_FOLDER].trigger()
    assert window.replication.inbox.folder is None
    assert "holds the open event file itself" in window.last_error
