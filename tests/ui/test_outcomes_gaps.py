"""Outcomes: a document export shows real progress (photos resized, then writing) and can be cancelled midway."""

from __future__ import annotations

import threading
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt, QThreadPool, QUrl
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings, pool, photos)

from meetingkit import publish
from meetingkit.core.model import Consent
from meetingkit.export.progress import Cancelled, CancelToken, Progress
from meetingkit.store import EventStore
from meetingkit.ui.document import EventDocument
from meetingkit.ui.settings import Settings
from meetingkit.ui.views.outcomes_view import OutcomesView
from meetingkit.ui.workers import run_task

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

JOB_TIMEOUT_MS = 120_000  # a ceiling for slow CI machines, not a measured duration


def _view(qtbot: QtBot, document: EventDocument, settings: Settings, pool: QThreadPool) -> OutcomesView:
    opened: list[QUrl] = []
    view = OutcomesView(document, settings, pool=pool, open_url=opened.append)
    qtbot.addWidget(view)
    return view


def _select(store: EventStore, photo_ids: list[str]) -> None:
    """Selected, with the consent of the people shown: what the documents take."""
    for photo_id in photo_ids:
        store.update_attachment(photo_id, selected=True, consent=Consent.AGREED)


def test_word_export_reports_each_photo_then_the_writing_on_a_real_bar(
    qtbot: QtBot,
    document: EventDocument,
    settings: Settings,
    pool: QThreadPool,
    store: EventStore,
    photos: list[str],
    tmp_path: Path,
) -> None:
    _select(store, photos)
    view = _view(qtbot, document, settings, pool)
    seen: list[tuple[int, int, str]] = []
    view.progress_changed.connect(lambda done, total, stage: seen.append((done, total, stage)))
    target = tmp_path / "summaries.docx"
    with qtbot.waitSignal(view.job_finished, timeout=JOB_TIMEOUT_MS):
        view.export_document("docx", target)
        assert view.progress.maximum() == 1000  # a bar that fills, not a busy indicator

    stages = [stage for _, _, stage in seen]
    assert stages.count("Resizing photos") == len(photos) + 1  # at the start, then once a photo
    assert stages.index("Writing the summaries") > stages.index("Resizing photos")
    assert seen[-1] == (1000, 1000, "Done")
    values = [done for done, _, _ in seen]
    assert values == sorted(values) and values[0] == 0
    writing = next(done for done, _, stage in seen if stage == "Writing the summaries")
    assert writing == 800  # resizing is most of a Word export with photos
    assert view.progress.value() == view.progress.maximum()
    assert len(docx.Document(str(target)).inline_shapes) == len(photos)


def test_cancel_while_photos_are_resized_leaves_no_document(
    qtbot: QtBot,
    document: EventDocument,
    settings: Settings,
    store: EventStore,
    photos: list[str],
    tmp_path: Path,
) -> None:
    _select(store, photos)
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    # Hold the only worker until the test has hooked the export's progress, so the cancel lands midway.
    release = threading.Event()
    run_task(pool, lambda reporter: release.wait(JOB_TIMEOUT_MS / 1000))
    view = _view(qtbot, document, settings, pool)
    out = tmp_path / "out"
    out.mkdir()
    task = view.export_document("docx", out / "summaries.docx")

    def cancel_while_resizing(done: int, total: int, stage: str) -> None:
        if stage == "Resizing photos":
            task.cancel()

    task.signals.progress.connect(cancel_while_resizing, Qt.ConnectionType.DirectConnection)
    seen: list[str] = []
    view.progress_changed.connect(lambda _done, _total, stage: seen.append(stage))
    with qtbot.waitSignal(view.job_cancelled, timeout=JOB_TIMEOUT_MS):
        release.set()
    pool.waitForDone()
    assert "Writing the summaries" not in seen
    assert list(out.iterdir()) == []
    assert view.status.text() == "Cancelled; nothing was written."
    assert view.export_button.isEnabled() and not view.cancel_button.isEnabled()


def test_export_snapshot_reports_writing_and_honours_a_cancel(store: EventStore, tmp_path: Path) -> None:
    steps: list[Progress] = []
    target = tmp_path / "summaries.md"
    publish.export_snapshot(store.snapshot(), store.path, "md", target, progress=steps.append)
    assert [(s.stage, s.fraction) for s in steps] == [("Writing the summaries", 0.0), ("Done", 1.0)]
    assert target.read_text(encoding="utf-8").startswith("# Learning Meeting")

    token = CancelToken()
    token.cancel()
    other = tmp_path / "cancelled.md"
    with pytest.raises(Cancelled):
        publish.export_snapshot(store.snapshot(), store.path, "md", other, cancel=token)
    assert not other.exists()
