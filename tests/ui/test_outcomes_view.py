"""Outcomes: the pack and the documents are built on a worker with progress; Cancel leaves nothing behind."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QUrl
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings, pool, photos)

from meetingkit.core.model import Consent
from meetingkit.export.pdf import find_libreoffice
from meetingkit.store import EventStore
from meetingkit.ui.commands import EditAttachment
from meetingkit.ui.document import EventDocument
from meetingkit.ui.settings import Settings
from meetingkit.ui.views.outcomes_view import OutcomesView
from meetingkit.ui.workers import run_task

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

JOB_TIMEOUT_MS = 120_000  # a ceiling for slow CI machines, not a measured duration


def _view(qtbot: QtBot, document: EventDocument, settings: Settings, pool: QThreadPool) -> OutcomesView:
    opened: list[QUrl] = []
    view = OutcomesView(document, settings, pool=pool, open_url=opened.append)
    view.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(view)
    return view


def test_select_photos_and_build_the_pack_with_progress(
    qtbot: QtBot,
    document: EventDocument,
    settings: Settings,
    pool: QThreadPool,
    store: EventStore,
    photos: list[str],
    tmp_path: Path,
) -> None:
    view = _view(qtbot, document, settings, pool)
    for photo_id in photos[:2]:
        assert document.push(
            EditAttachment(document, photo_id, label="Select photo", selected=True, consent=Consent.AGREED)
        )
    assert view.photos_label.text().startswith("2 selected photos of 3")
    view.make_zip.setChecked(False)

    target = tmp_path / "pack"
    seen: list[tuple[int, int, str]] = []
    view.progress_changed.connect(lambda done, total, stage: seen.append((done, total, stage)))
    with qtbot.waitSignal(view.job_finished, timeout=JOB_TIMEOUT_MS) as finished:
        view.build_pack(target)
        assert view.busy and view.cancel_button.isEnabled()
    assert finished.args == [str(target)]
    assert any(stage == "Resizing photos" for _, _, stage in seen)
    assert seen[-1][0] == seen[-1][1] == 1000

    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    listed = json.dumps(manifest)
    photo_files = sorted(p.name for p in (target / "photos").iterdir() if p.suffix == ".jpg")
    assert len(photo_files) == 2
    for name in photo_files:
        assert name in listed
    assert (target / "full-written-summaries.docx").is_file()
    assert not view.busy and view.open_document_button.isEnabled()
    view.open_document()
    assert view.opened[-1].toLocalFile().endswith(".docx")  # type: ignore[attr-defined]


def test_cancel_midway_leaves_no_partial_output(
    qtbot: QtBot,
    document: EventDocument,
    settings: Settings,
    store: EventStore,
    photos: list[str],
    tmp_path: Path,
) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    # Hold the only worker until the test has hooked the pack's progress, so the cancel lands midway.
    release = threading.Event()
    run_task(pool, lambda reporter: release.wait(JOB_TIMEOUT_MS / 1000))
    view = _view(qtbot, document, settings, pool)
    for photo_id in photos:
        assert document.push(EditAttachment(document, photo_id, selected=True))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "pack"
    task = view.build_pack(target)

    def cancel_after_photos(done: int, total: int, stage: str) -> None:
        if stage == "Writing the summaries":  # photos resized, documents not yet written
            task.cancel()

    from PySide6.QtCore import Qt

    task.signals.progress.connect(cancel_after_photos, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(view.job_cancelled, timeout=JOB_TIMEOUT_MS):
        release.set()
    pool.waitForDone()
    assert list(out.iterdir()) == []
    assert "Cancelled" in view.status.text()
    assert not view.open_folder_button.isEnabled()


def test_export_word_document_and_save_as_pdf(
    qtbot: QtBot,
    document: EventDocument,
    settings: Settings,
    pool: QThreadPool,
    tmp_path: Path,
) -> None:
    view = _view(qtbot, document, settings, pool)
    target = tmp_path / "summaries.docx"
    with qtbot.waitSignal(view.job_finished, timeout=JOB_TIMEOUT_MS):
        view.export_document("docx", target)
    import docx

    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Learning Meeting" in text

    if find_libreoffice() is None:
        return  # the PDF needs LibreOffice; without it, see the test below
    pdf = tmp_path / "summaries.pdf"
    with qtbot.waitSignal(view.job_finished, timeout=JOB_TIMEOUT_MS):
        view.save_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []
    assert view.status.text() == f"Done: {pdf}"


def test_save_as_pdf_without_libreoffice_says_how_to_install_it(
    qtbot: QtBot,
    document: EventDocument,
    settings: Settings,
    pool: QThreadPool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MEETINGKIT_SOFFICE", str(tmp_path / "no-such-soffice"))
    view = _view(qtbot, document, settings, pool)
    pdf = tmp_path / "summaries.pdf"
    with qtbot.waitSignal(view.job_failed, timeout=JOB_TIMEOUT_MS) as failed:
        view.save_pdf(pdf)
    assert "LibreOffice is not installed" in failed.args[0] and "libreoffice.org" in failed.args[0]
    assert view.status.text().startswith("Stopped: Cannot make a PDF")
    assert not pdf.exists()


def test_the_report_status_chosen_in_the_view_is_on_the_cover(
    qtbot: QtBot,
    document: EventDocument,
    settings: Settings,
    pool: QThreadPool,
    tmp_path: Path,
) -> None:
    view = _view(qtbot, document, settings, pool)
    view.status_combo.setFocus()
    qtbot.keyClicks(view.status_combo, "Fin")
    assert view.status_combo.currentText() == "Final"
    target = tmp_path / "summaries.docx"
    with qtbot.waitSignal(view.job_finished, timeout=JOB_TIMEOUT_MS):
        view.export_document("docx", target)
    import docx

    cover = [p.text for p in docx.Document(str(target)).paragraphs[:10]]
    assert any(line.endswith("· Final") for line in cover), cover


def test_the_igf_layout_chosen_in_the_view_gives_the_igf_headings(
    qtbot: QtBot,
    document: EventDocument,
    settings: Settings,
    pool: QThreadPool,
    tmp_path: Path,
) -> None:
    view = _view(qtbot, document, settings, pool)
    view.layout_combo.setFocus()
    qtbot.keyClicks(view.layout_combo, "IGF")
    assert view.layout_combo.currentText() == "IGF session report"
    target = tmp_path / "summaries.docx"
    with qtbot.waitSignal(view.job_finished, timeout=JOB_TIMEOUT_MS):
        view.export_document("docx", target)
    import docx

    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    assert "Key issues raised" in texts and "Call to action" in texts


def test_the_pack_first_lists_photos_missing_a_credit_or_consent(
    qtbot: QtBot,
    document: EventDocument,
    settings: Settings,
    pool: QThreadPool,
    store: EventStore,
    photos: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = _view(qtbot, document, settings, pool)
    document.push(EditAttachment(document, photos[0], label="Select", selected=True, consent=Consent.AGREED))
    document.push(EditAttachment(document, photos[1], label="Select", selected=True))
    assert "1 left out (no consent)" in view.photos_label.text()
    fixing: list[str] = []
    view.photo_review_requested.connect(fixing.append)

    qtbot.mouseClick(view.pack_button, Qt.MouseButton.LeftButton)
    review = view.review
    assert review is not None and review.isVisible()
    listed = [review.photos.topLevelItem(n) for n in range(review.photos.topLevelItemCount())]
    assert [(row.text(0), row.text(1)) for row in listed] == [
        ("Photo 1", "no credit"),
        ("Photo 2", "no credit, consent not asked (left out)"),
    ]
    review.photos.setCurrentItem(listed[1])
    qtbot.mouseClick(review.fix_button, Qt.MouseButton.LeftButton)
    assert fixing == [photos[1]] and not review.isVisible()

    target = tmp_path / "pack"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    view.include_not_asked.setChecked(True)
    qtbot.mouseClick(view.pack_button, Qt.MouseButton.LeftButton)
    assert view.review is not None
    assert view.review.photos.topLevelItem(1).text(1) == "no credit, consent not asked (included)"
    with qtbot.waitSignal(view.job_finished, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(view.review.build_button, Qt.MouseButton.LeftButton)
    assert len(list((target / "photos").glob("*.jpg"))) == 2
