"""Photo order: by drag (through the model's drop, as the list view hands it over), keys and the context menu;
undo; the outcome pack names the photos in that order."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings, pool, photos)

from meetingkit.core.model import AttachmentKind, Consent
from meetingkit.publish import pack
from meetingkit.store import EventStore
from meetingkit.ui.commands import EditAttachment
from meetingkit.ui.document import EventDocument
from meetingkit.ui.settings import Settings
from meetingkit.ui.thumbnails import ThumbnailLoader
from meetingkit.ui.views.media_view import MediaView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _view(qtbot: QtBot, document: EventDocument, settings: Settings, pool: QThreadPool) -> MediaView:
    path = document.store.path
    view = MediaView(
        document,
        settings,
        pool=pool,
        thumbnails=ThumbnailLoader(path, pool=pool),
        preview_loader=ThumbnailLoader(path, side=400, pool=pool),
    )
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def _shown(view: MediaView) -> list[str]:
    return [view.model.attachment(n).caption for n in range(view.model.rowCount())]


def _pack_order(store: EventStore, target: Path) -> list[str]:
    """The photos' files in the pack, and their captions in the order the summaries document shows them."""
    pack(store.snapshot(), store.path, target)
    document = (target / "full-written-summaries.md").read_text(encoding="utf-8")
    captions = sorted(("Photo 1", "Photo 2", "Photo 3"), key=document.index)
    files = sorted(p.name for p in (target / "photos").iterdir() if p.suffix == ".jpg")
    return files + captions


def _click(qtbot: QtBot, view: MediaView, row: int) -> None:
    rect = view.grid.visualRect(view.model.index(row))
    qtbot.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_drag_keys_and_menu_reorder_photos_with_undo_and_the_pack_follows(
    qtbot: QtBot,
    document: EventDocument,
    settings: Settings,
    pool: QThreadPool,
    store: EventStore,
    photos: list[str],
    tmp_path: Path,
) -> None:
    for photo_id in photos:
        assert document.push(EditAttachment(document, photo_id, selected=True, consent=Consent.AGREED))
    view = _view(qtbot, document, settings, pool)
    assert _shown(view) == ["Photo 1", "Photo 2", "Photo 3"]

    # Drag: Photo 3 dropped before Photo 1. The drop goes through the model's dropMimeData with the
    # mime data the model makes for the dragged photo (a real QDrag cannot run on the offscreen platform).
    model = view.model
    mime = model.mimeData([model.index(2)])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert _shown(view) == ["Photo 3", "Photo 1", "Photo 2"]
    # Qt 6's list view first offers the move as moveRows: the same order change.
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert _shown(view) == ["Photo 1", "Photo 2", "Photo 3"]
    document.undo_stack.undo()
    assert _shown(view) == ["Photo 3", "Photo 1", "Photo 2"]

    # Keys on the selected photo: Ctrl+Right moves it later, Alt+Left earlier.
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # shortcuts reach the focused widget of the active window
    _click(qtbot, view, 1)  # Photo 1
    view.grid.setFocus()
    qtbot.waitUntil(view.grid.hasFocus)
    qtbot.keyClick(view.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _shown(view) == ["Photo 3", "Photo 2", "Photo 1"]
    assert view.caption.text() == "Photo 1"  # still the selected photo
    qtbot.keyClick(view.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert _shown(view) == ["Photo 1", "Photo 3", "Photo 2"]
    qtbot.keyClick(view.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # already first
    assert _shown(view) == ["Photo 1", "Photo 3", "Photo 2"]

    # The context menu's "Move to last" on Photo 1.
    menu = {a.text().replace("&", ""): a for a in view.grid.actions()}
    menu["Move to last"].trigger()
    assert _shown(view) == ["Photo 3", "Photo 2", "Photo 1"]
    _click(qtbot, view, 1)  # Photo 2
    menu["Move to first"].trigger()
    assert _shown(view) == ["Photo 2", "Photo 3", "Photo 1"]
    assert [a.caption for a in store.attachments(AttachmentKind.PHOTO)] == ["Photo 2", "Photo 3", "Photo 1"]
    assert _pack_order(store, tmp_path / "pack") == [
        "01-photo-2.jpg",
        "02-photo-3.jpg",
        "03-photo-1.jpg",
        "Photo 2",
        "Photo 3",
        "Photo 1",
    ]

    document.undo_stack.undo()  # "Move to first" undone
    assert _shown(view) == ["Photo 3", "Photo 2", "Photo 1"]
    assert _pack_order(store, tmp_path / "again") == [
        "01-photo-3.jpg",
        "02-photo-2.jpg",
        "03-photo-1.jpg",
        "Photo 3",
        "Photo 2",
        "Photo 1",
    ]
