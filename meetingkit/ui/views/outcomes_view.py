"""Outcomes: export the full written summaries and build the outcome pack on a worker, with progress and Cancel."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.model import AttachmentKind, Consent, EventSnapshot
from meetingkit.export.pack import PackOptions, PackResult, photo_gaps
from meetingkit.publish import DocumentOptions
from meetingkit.ui.dialogs.pack_review import PackReviewDialog
from meetingkit.ui.document import EventDocument
from meetingkit.ui.file_dialogs import FileKind, open_file, save_file, short_name
from meetingkit.ui.settings import BY_KEY, LANGUAGES, Settings
from meetingkit.ui.views.common import show_error
from meetingkit.ui.workers import Task, export_job, pack_job, run_task

# Format -> (file suffix, label); labels are translated where they are shown.
FORMATS: dict[str, str] = {"docx": ".docx", "md": ".md", "html": ".html", "article": ".md"}


# Each language by its own name, whatever the interface speaks: whoever needs it recognises it.
ENDONYMS = {"en": "English", "fr": "Français", "es": "Español"}


def language_name(code: str) -> str:
    if not code:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Labels", "As the system")
    return ENDONYMS.get(code, code)


class OutcomesView(QWidget):
    """One job at a time: its progress bar and Cancel button, then "Open folder" / "Open document"."""

    progress_changed = Signal(int, int, str)  # done, total, stage
    job_finished = Signal(str)  # the document or folder written
    job_failed = Signal(str)
    job_cancelled = Signal()
    photo_review_requested = Signal(str)  # a selected photo to fix on the Media page

    def __init__(
        self,
        document: EventDocument,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        pool: QThreadPool | None = None,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.setObjectName("outcomesView")
        self._pool = pool or QThreadPool(self)
        self._open_url = open_url
        self.task: Task | None = None
        self.last_output: Path | None = None

        title = QLabel(self.tr("Outcomes"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)

        # ---- the full written summaries
        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("Document format"))
        self.format_combo.addItem(self.tr("Word document (.docx)"), "docx")
        self.format_combo.addItem(self.tr("Markdown (.md)"), "md")
        self.format_combo.addItem(self.tr("Web page (.html)"), "html")
        self.format_combo.addItem(self.tr("Article for a newsletter (.md)"), "article")
        self.format_combo.currentIndexChanged.connect(self._format_changed)

        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Document language"))
        for code in LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.document_language)))

        # The report's status, printed on the cover of the Word document and PDF.
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Report status"))
        self.status_combo.addItem(self.tr("Not stated"), "")
        self.status_combo.addItem(self.tr("Draft"), "draft")
        self.status_combo.addItem(self.tr("Final"), "final")

        # The IGF session-report layout puts each session under the headings the IGF asks for.
        self.layout_combo = QComboBox(self)
        self.layout_combo.setAccessibleName(self.tr("Session layout"))
        self.layout_combo.addItem(self.tr("Standard"), "standard")
        self.layout_combo.addItem(self.tr("IGF session report"), "igf")

        self.template_edit = QLineEdit(self)
        self.template_edit.setAccessibleName(self.tr("Word template"))
        self.template_edit.setPlaceholderText(self.tr("Built-in template"))
        if settings.default_template is not None:
            self.template_edit.setText(str(settings.default_template))
        self.template_button = QPushButton(self.tr("Choose…"), self)
        self.template_button.clicked.connect(self._choose_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(self.template_button)

        self.include_notes = QCheckBox(self.tr("Notes of each session"), self)
        self.include_notes.setChecked(True)
        self.include_timestamps = QCheckBox(self.tr("Time of each note"), self)
        self.include_participants = QCheckBox(self.tr("Participants list"), self)
        self.include_participants.setChecked(True)
        self.include_photos = QCheckBox(self.tr("Selected photos"), self)
        self.include_photos.setChecked(True)
        options = QHBoxLayout()
        for box in (
            self.include_notes,
            self.include_timestamps,
            self.include_participants,
            self.include_photos,
        ):
            options.addWidget(box)
        options.addStretch(1)

        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Write the full written summaries to a file"))
        self.export_button.clicked.connect(self._choose_and_export)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self._print)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.pdf_button.clicked.connect(self._choose_pdf)
        doc_buttons = QHBoxLayout()
        doc_buttons.addStretch(1)
        doc_buttons.addWidget(self.print_button)
        doc_buttons.addWidget(self.pdf_button)
        doc_buttons.addWidget(self.export_button)

        summaries = QGroupBox(self.tr("Full written summaries"), self)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Word template:"), template_row)
        form.addRow(self.tr("Include:"), options)
        form.addRow(self.tr("Status:"), self.status_combo)
        form.addRow(self.tr("Sessions:"), self.layout_combo)
        summaries_layout = QVBoxLayout(summaries)
        summaries_layout.addLayout(form)
        summaries_layout.addLayout(doc_buttons)

        # ---- the outcome pack
        self.photos_label = QLabel(self)
        self.photos_label.setWordWrap(True)
        self.long_side = QSpinBox(self)
        self.long_side.setAccessibleName(self.tr("Photo size"))
        side = BY_KEY["photo_long_side"]
        self.long_side.setRange(side.minimum or 1, side.maximum or 10000)
        self.long_side.setSingleStep(256)
        self.long_side.setSuffix(self.tr(" px"))
        self.long_side.setValue(settings.photo_long_side)
        self.long_side.setMaximumWidth(160)
        self.include_not_asked = QCheckBox(self.tr("Also photos whose consent nobody asked"), self)
        self.include_not_asked.setToolTip(
            self.tr("Off: only photos whose people agreed go into the pack and the documents")
        )
        self.include_not_asked.toggled.connect(self._update_photos)
        self.review: PackReviewDialog | None = None
        self.make_zip = QCheckBox(self.tr("Also make one .zip file"), self)
        self.make_zip.setChecked(True)
        self.pack_button = QPushButton(self.tr("Build outcome pack…"), self)
        self.pack_button.setToolTip(
            self.tr(
                "A folder to hand over: the summaries, selected photos, presentations, actions and calendar"
            )
        )
        self.pack_button.clicked.connect(self._choose_and_pack)
        pack_box = QGroupBox(self.tr("Outcome pack"), self)
        pack_form = QFormLayout()
        pack_form.addRow(self.tr("Photos:"), self.photos_label)
        pack_form.addRow("", self.include_not_asked)
        pack_form.addRow(self.tr("Long side of photos:"), self.long_side)
        pack_form.addRow("", self.make_zip)
        pack_layout = QVBoxLayout(pack_box)
        pack_layout.addLayout(pack_form)
        pack_buttons = QHBoxLayout()
        pack_buttons.addStretch(1)
        pack_buttons.addWidget(self.pack_button)
        pack_layout.addLayout(pack_buttons)

        # ---- the running job
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setTextVisible(False)  # shown while a job runs; "0%" at rest reads as a stuck job
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self.tr("Nothing running."), self)
        self.status.setObjectName("outcomesStatus")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_folder_button = QPushButton(self.tr("Open folder"), self)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_document_button = QPushButton(self.tr("Open document"), self)
        self.open_document_button.clicked.connect(self.open_document)
        for button in (self.open_folder_button, self.open_document_button):
            button.setEnabled(False)
        job_row = QHBoxLayout()
        job_row.addWidget(self.progress, 1)
        job_row.addWidget(self.cancel_button)
        result_row = QHBoxLayout()
        result_row.addWidget(self.status, 1)
        result_row.addWidget(self.open_folder_button)
        result_row.addWidget(self.open_document_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summaries)
        layout.addWidget(pack_box)
        layout.addLayout(job_row)
        layout.addLayout(result_row)
        layout.addStretch(1)

        for signal in (document.attachment_added, document.attachment_changed, document.attachment_removed):
            signal.connect(self._update_photos)
        document.reloaded.connect(self._update_photos)
        self._update_photos()
        self._format_changed()

    # ---------------------------------------------------------------- options

    def _format_changed(self, *_: object) -> None:
        word = self.format_combo.currentData() == "docx"
        self.template_edit.setEnabled(word)
        self.template_button.setEnabled(word)

    def _update_photos(self, *_: object) -> None:
        if self.document.closed:
            return
        photos = self.document.store.attachments(AttachmentKind.PHOTO)
        selected = [p for p in photos if p.selected]
        left_out = [
            p
            for p in selected
            if p.consent is Consent.REFUSED
            or (p.consent is Consent.UNKNOWN and not self.include_not_asked.isChecked())
        ]
        presentations = len(self.document.store.attachments()) - len(photos)
        text = self.tr("%n selected photo(s) of %1", "", len(selected)).replace("%1", str(len(photos)))
        if left_out:
            text += " · " + self.tr("%n left out (no consent)", "", len(left_out))
        text += " · " + self.tr("%n presentation(s) or document(s)", "", presentations)
        self.photos_label.setText(text)

    def _choose_template(self) -> None:
        path = open_file(
            self,
            FileKind.TEMPLATES,
            self.tr("Word template"),
            self.tr("Word documents (*.docx)"),
            self.template_edit.text(),
        )
        if path is not None:
            self.template_edit.setText(str(path))

    def document_options(self) -> DocumentOptions:
        template = self.template_edit.text().strip()
        return DocumentOptions(
            language=str(self.language_combo.currentData()),
            template=Path(template) if template and self.format_combo.currentData() == "docx" else None,
            include_notes=self.include_notes.isChecked(),
            include_timestamps=self.include_timestamps.isChecked(),
            include_participants=self.include_participants.isChecked(),
            include_photos=self.include_photos.isChecked(),
            include_not_asked=self.include_not_asked.isChecked(),
            # Who prepared the document: the name in Preferences, else the one the event file records.
            author=self.settings.author_name or self.document.store.author or "",
            status=str(self.status_combo.currentData()),
            layout=str(self.layout_combo.currentData()),
        )

    def pack_options(self) -> PackOptions:
        template = self.template_edit.text().strip()
        return PackOptions(
            long_side=self.long_side.value(),
            quality=self.settings.jpeg_quality,
            language=str(self.language_combo.currentData()),
            template=Path(template) if template else None,
            make_zip=self.make_zip.isChecked(),
            include_notes=self.include_notes.isChecked(),
            include_timestamps=self.include_timestamps.isChecked(),
            include_participants=self.include_participants.isChecked(),
            include_not_asked=self.include_not_asked.isChecked(),
        )

    # ---------------------------------------------------------------- jobs

    @property
    def busy(self) -> bool:
        return self.task is not None

    def _start(
        self,
        function: Callable[..., object],
        name: str,
        output: Path,
        opened: Path | None,
        then: Callable[[object], None] | None = None,
    ) -> Task:
        if self.task is not None:
            raise RuntimeError("one outcome job at a time")
        for button in (self.export_button, self.pack_button, self.print_button, self.pdf_button):
            button.setEnabled(False)
        self.open_folder_button.setEnabled(False)
        self.open_document_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        # Every job reports thousandths of its work (photos resized, documents written): a real bar.
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.status.setText(self.tr("Working…"))
        self._pending_open = opened

        def progress(done: int, total: int, stage: str) -> None:
            if total > 0:
                self.progress.setRange(0, total)
                self.progress.setValue(done)
            if stage:
                self.status.setText(_stage_label(stage))
            self.progress_changed.emit(done, total, stage)

        def idle() -> None:
            # Before the outcome signals go out, so whoever hears them finds the view ready again.
            self.task = None
            self.cancel_button.setEnabled(False)
            for button in (self.export_button, self.pack_button, self.print_button, self.pdf_button):
                button.setEnabled(True)

        def succeeded(result: object) -> None:
            idle()
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
            if then is not None:
                then(result)
                return
            self.last_output = output
            done = self.tr("Done: %1").replace("%1", str(output))
            if isinstance(result, PackResult):
                done += " (" + self.tr("%n photo(s)", "", result.photos) + ", "
                done += self.tr("%n presentation(s)", "", result.presentations) + ")"
            self.status.setText(done)
            self.open_folder_button.setEnabled(True)
            self.open_document_button.setEnabled(
                self._pending_open is not None or isinstance(result, PackResult)
            )
            self.job_finished.emit(str(output))

        def failed(message: str) -> None:
            idle()
            self._reset_progress(self.tr("Stopped: %1").replace("%1", message))
            show_error(self, message)
            self.job_failed.emit(message)

        def cancelled() -> None:
            idle()
            self._reset_progress(self.tr("Cancelled; nothing was written."))
            self.job_cancelled.emit()

        self.task = run_task(
            self._pool,
            function,
            name=name,
            progress=progress,
            succeeded=succeeded,
            failed=failed,
            cancelled=cancelled,
        )
        return self.task

    def _reset_progress(self, message: str) -> None:
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(message)

    def cancel(self) -> None:
        if self.task is not None:
            self.status.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
            self.task.cancel()

    def export_document(self, fmt: str, target: Path) -> Task:
        """Write the summaries as `fmt` ("docx", "pdf", "md", "html" or "article") to `target`."""
        store = self.document.store
        function = export_job(store.snapshot(), store.path, fmt, target, self.document_options())
        return self._start(function, self.tr("The export"), target, target)

    def build_pack(self, target: Path) -> Task:
        """Build the outcome pack in the folder `target` (and `target`.zip when asked)."""
        function = pack_job(self.document.store.path, target, self.pack_options())
        return self._start(function, self.tr("The outcome pack"), target, None)

    def _choose_and_export(self) -> None:
        fmt = str(self.format_combo.currentData())
        store = self.document.store
        name = short_name(store.event().title, "-summaries" + FORMATS[fmt])
        path = save_file(self, FileKind.EXPORTS, self.tr("Export the full written summaries"), name)
        if path is not None:
            self.export_document(fmt, path)

    def _choose_and_pack(self) -> None:
        """First the selected photos that lack a caption, credit or consent, if any; then the folder."""
        gaps = photo_gaps(self._photos_only())
        if not gaps:
            self._choose_pack_folder()
            return
        self.review = PackReviewDialog(gaps, self.include_not_asked.isChecked(), self)
        self.review.fix_requested.connect(self.photo_review_requested)
        self.review.accepted.connect(self._choose_pack_folder)
        self.review.open()

    def _photos_only(self) -> EventSnapshot:
        """The event's photos alone, for the photo check: a whole snapshot (every note decoded) held the
        window still for a second at 20,000 notes before the pack even started."""
        store = self.document.store
        live = {s.id for s in store.sessions()}
        photos = tuple(
            a
            for a in store.attachments(AttachmentKind.PHOTO)
            if a.session_id is None or a.session_id in live  # as snapshot() keeps them
        )
        return EventSnapshot(event=store.event(), days=(), sessions=(), items=(), attachments=photos)

    def _choose_pack_folder(self) -> None:
        store = self.document.store
        path = save_file(
            self,
            FileKind.EXPORTS,
            self.tr("Build the outcome pack in the folder"),
            short_name(store.event().title, "-outcomes"),
            self.tr("Folder (*)"),
        )
        if path is not None:
            self.build_pack(path)

    # ---------------------------------------------------------------- opening results

    def open_folder(self) -> None:
        if self.last_output is not None:
            folder = self.last_output if self.last_output.is_dir() else self.last_output.parent
            self._open_url(QUrl.fromLocalFile(str(folder)))

    def open_document(self) -> None:
        if self.last_output is None:
            return
        target = self.last_output
        if target.is_dir():  # a pack: its Word document is the one people open
            docs = sorted(target.glob("*.docx"))
            target = docs[0] if docs else target
        self._open_url(QUrl.fromLocalFile(str(target)))

    # ---------------------------------------------------------------- print and PDF

    def _html_document(self, done: Callable[[QTextDocument], None]) -> Task:
        """Render the summaries as HTML on a worker, then lay them out in a QTextDocument here."""
        scratch = Path(tempfile.mkdtemp(prefix="meetingkit-print-"))
        target = scratch / "summaries.html"
        store = self.document.store
        options = self.document_options()
        function = export_job(store.snapshot(), store.path, "html", target, options)

        def ready(_: object) -> None:
            text = QTextDocument(self)
            text.setHtml(target.read_text(encoding="utf-8"))
            target.unlink(missing_ok=True)
            scratch.rmdir()
            done(text)

        return self._start(function, self.tr("Preparing the document"), target, None, then=ready)

    def save_pdf(self, path: Path) -> Task:
        """Write the summaries as a PDF: the Word document rendered by LibreOffice, so the table of contents
        has page numbers; without LibreOffice the job fails with one sentence saying how to install it."""
        return self.export_document("pdf", path)

    def _choose_pdf(self) -> None:
        store = self.document.store
        name = short_name(store.event().title, "-summaries.pdf")
        path = save_file(self, FileKind.EXPORTS, self.tr("Save as PDF"), name, self.tr("PDF files (*.pdf)"))
        if path is not None:
            self.save_pdf(path)

    def _print(self) -> None:
        def show_dialog(text: QTextDocument) -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() == QPrintDialog.DialogCode.Accepted:
                text.print_(printer)

        self._html_document(show_dialog)

    def shutdown(self) -> None:
        """Cancel and wait for a running job (the window calls it before the document closes)."""
        if self.task is not None:
            self.task.cancel()
        self._pool.waitForDone()


def _stage_label(stage: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "Resizing photos": QCoreApplication.translate("Labels", "Resizing photos"),
        "Writing the summaries": QCoreApplication.translate("Labels", "Writing the summaries"),
        "Rendering the PDF": QCoreApplication.translate("Labels", "Rendering the PDF"),
        "Copying presentations": QCoreApplication.translate("Labels", "Copying presentations"),
        "Writing the zip": QCoreApplication.translate("Labels", "Writing the zip"),
        "Done": QCoreApplication.translate("Labels", "Done"),
    }
    return labels.get(stage, stage)
