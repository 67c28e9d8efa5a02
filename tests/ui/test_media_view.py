"""Media library: thumbnails come from a worker, photos are selected and captioned with undo, files attach by drop."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings, pool, photos)
from ui.organiser_fixtures import jpeg_bytes

from meetingkit.core.model import AttachmentKind, Consent
from meetingkit.media.images import THUMBNAIL_QUALITY
from meetingkit.media.resize_cache import ResizeCache
from meetingkit.store import EventStore
from meetingkit.ui.document import EventDocument
from meetingkit.ui.settings import Settings
from meetingkit.ui.thumbnails import ThumbnailLoader
from meetingkit.ui.views.media_view import MediaView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself (its label may stretch across the form)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _view(qtbot: QtBot, document: EventDocument, settings: Settings, pool: QThreadPool) -> MediaView:
    path = document.store.path
    view = MediaView(
        document,
        settings,
        pool=pool,
        thumbnails=ThumbnailLoader(path, pool=pool),
        preview_loader=ThumbnailLoader(path, side=800, pool=pool),
    )
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_thumbnails_arrive_from_a_worker_and_are_cached(
    qtbot: QtBot, document: EventDocument, settings: Settings, pool: QThreadPool, photos: list[str]
) -> None:
    view = _view(qtbot, document, settings, pool)
    assert view.model.rowCount() == 3
    qtbot.waitUntil(lambda: all(view.thumbnails.pixmap(view.model.attachment(n).sha256) for n in range(3)))
    pixmap = view.thumbnails.pixmap(view.model.attachment(0).sha256)
    assert pixmap is not None and (pixmap.width(), pixmap.height()) == (320, 213)  # 1200 x 800 to 320 px
    icon = view.model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert icon.availableSizes() == [pixmap.size()]
    # A second loader (as after a restart) finds them on disk without reading the event file.
    again = ThumbnailLoader(Path("/nonexistent.meeting"), pool=pool)
    with qtbot.waitSignal(again.ready):
        assert again.pixmap(view.model.attachment(0).sha256) is None


def test_a_thumbnail_made_as_its_page_closed_is_kept_on_disk_and_nothing_else_happens(
    tmp_path: Path, document: EventDocument, pool: QThreadPool, photos: list[str]
) -> None:
    disk = ResizeCache(tmp_path / "thumbnails")
    loader = ThumbnailLoader(document.store.path, pool=pool, disk=disk)
    sha256 = document.store.attachment(photos[0]).sha256
    assert loader.pixmap(sha256) is None  # on its way from a worker
    shiboken6.delete(loader)  # the page closes meanwhile, and its loader with it
    pool.waitForDone()
    QCoreApplication.processEvents()  # the worker's answer arrives: no loader left to take it (no error)
    assert disk.get(sha256, 320, THUMBNAIL_QUALITY) is not None


def test_select_caption_and_consent_reach_the_store_with_undo(
    qtbot: QtBot,
    document: EventDocument,
    settings: Settings,
    pool: QThreadPool,
    store: EventStore,
    photos: list[str],
) -> None:
    view = _view(qtbot, document, settings, pool)
    assert view.select_photo(photos[1])
    _tick(qtbot, view.selected_box)
    assert store.attachment(photos[1]).selected
    assert view.model.index(1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    view.caption.selectAll()
    qtbot.keyClicks(view.caption, "Tables at work")
    qtbot.keyClick(view.caption, Qt.Key.Key_Return)
    assert store.attachment(photos[1]).caption == "Tables at work"

    assert store.attachment(photos[1]).consent is Consent.UNKNOWN  # nobody asked yet
    view.consent_box.setFocus()
    qtbot.keyClick(view.consent_box, Qt.Key.Key_Down)  # "Agreed to publication"
    assert store.attachment(photos[1]).consent is Consent.AGREED

    view.selected_only.setChecked(True)
    assert view.model.rowCount() == 1
    document.undo_stack.undo()  # consent
    document.undo_stack.undo()  # caption
    document.undo_stack.undo()  # selection
    assert store.attachment(photos[1]).caption == "Photo 2"
    assert view.model.rowCount() == 0


def test_drop_files_attaches_them_and_reports_each_bad_file(
    qtbot: QtBot,
    document: EventDocument,
    settings: Settings,
    pool: QThreadPool,
    store: EventStore,
    photos: list[str],
    tmp_path: Path,
) -> None:
    view = _view(qtbot, document, settings, pool)
    workshop = store.sessions()[1]
    view.set_session(workshop.id)
    good = tmp_path / "flipchart.jpg"
    good.write_bytes(jpeg_bytes(900, 600, (240, 240, 230)))
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"\xff\xd8\xff this is not really a photo")

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(bad))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(view.attach_finished, timeout=60_000) as finished:
        view.dropEvent(drop)
    added, errors = finished.args
    assert len(added) == 1 and [name for name, _ in errors] == ["broken.jpg"]
    assert "broken.jpg:" in view.messages.text()
    attached = store.attachment(added[0])
    assert (attached.filename, attached.session_id, attached.kind) == (
        "flipchart.jpg",
        workshop.id,
        AttachmentKind.PHOTO,
    )
    assert view.model.rowCount() == 1  # the workshop's photos

    document.undo_stack.undo()
    assert view.model.rowCount() == 0
    assert len(store.attachments(AttachmentKind.PHOTO)) == 3


def test_photos_reorder_and_model_passes_the_tester(
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
    document: EventDocument,
    settings: Settings,
    pool: QThreadPool,
    store: EventStore,
    photos: list[str],
) -> None:
    view = _view(qtbot, document, settings, pool)
    assert view.model.move_photo(photos[2], 0)
    assert [a.id for a in store.attachments(AttachmentKind.PHOTO)] == [photos[2], photos[0], photos[1]]
    assert [view.model.attachment(n).id for n in range(3)] == [photos[2], photos[0], photos[1]]
    qtmodeltester.check(view.model)
