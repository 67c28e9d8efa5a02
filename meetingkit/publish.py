"""Exports and packs of an event file: binds the store (snapshot, blobs) to the export writers.

The export package never sees the store (DESIGN.md layers); this module, beside the CLI, takes a
snapshot and hands the writers photo files through a read-only BlobReader. Everything here may run on
a worker thread: it opens its own read-only connection and never touches the caller's EventStore.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from meetingkit.core.atomic import write_atomically
from meetingkit.core.errors import UserError
from meetingkit.core.model import Attachment, EventSnapshot
from meetingkit.export.outline import ExportOptions, build_outline
from meetingkit.export.pack import PackOptions, PackResult, build_pack, resized_photos
from meetingkit.export.progress import CancelToken, Progress, ProgressCallback
from meetingkit.store.eventstore import BlobReader, EventStore

FORMATS = ("docx", "pdf", "md", "html", "article", "json", "csv", "ics")
# Photos placed in a standalone document: sharp on a printed A4 page, light enough to e-mail.
DOCUMENT_PHOTO_SIDE = 1600
DOCUMENT_PHOTO_QUALITY = 85
# Share of an export's progress bar given to resizing photos, when there are photos to place: with
# photos, a document's time goes there (writing it is a small part).
PHOTO_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class DocumentOptions:
    """How the full written summaries are written: language, template, what they include, and their edition."""

    language: str = "en"
    template: Path | None = None
    include_notes: bool = True
    include_timestamps: bool = False
    include_participants: bool = True
    include_photos: bool = True
    include_not_asked: bool = False
    unreviewed_drafts: bool = False
    cite_sources: bool = False
    author: str = ""
    status: str = ""
    version: str = ""
    issued: dt.date | None = None
    include_programme: bool = True
    layout: str = "standard"

    def export_options(self) -> ExportOptions:
        return ExportOptions(
            language=self.language,
            include_notes=self.include_notes,
            include_timestamps=self.include_timestamps,
            include_participants=self.include_participants,
            include_photos=self.include_photos,
            include_not_asked=self.include_not_asked,
            unreviewed_drafts=self.unreviewed_drafts,
            cite_sources=self.cite_sources,
            author=self.author,
            status=self.status,
            version=self.version,
            issued=self.issued,
            include_programme=self.include_programme,
            layout=self.layout,
        )


def _check_target(target: Path) -> None:
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name to write.")
    if not target.parent.exists():
        raise UserError(f"The folder {target.parent} does not exist.")


def _document_photos(snapshot: EventSnapshot, options: DocumentOptions) -> list[Attachment]:
    return list(snapshot.published_photos(include_not_asked=options.include_not_asked))


def _photo_files(
    snapshot: EventSnapshot,
    blobs: BlobReader,
    options: DocumentOptions,
    progress: Callable[[int, int], None] | None = None,
) -> Callable[[Attachment], Path | None]:
    files = resized_photos(
        _document_photos(snapshot, options),
        blobs,
        long_side=DOCUMENT_PHOTO_SIDE,
        quality=DOCUMENT_PHOTO_QUALITY,
        progress=progress,
    )
    return lambda attachment: files.get(attachment.id)


def export_snapshot(
    snapshot: EventSnapshot,
    event_path: Path,
    fmt: str,
    target: Path,
    options: DocumentOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Write `snapshot` as `fmt` to `target` (JSON is written by the store, see `export`).

    `progress` hears "Resizing photos" (one step a photo) and "Writing the summaries", then "Done";
    `cancel` is checked at each of those steps (export.progress.Cancelled stops the export).
    """
    from meetingkit.export.actions_csv import write_actions_csv
    from meetingkit.export.article import article_html, article_markdown, build_article
    from meetingkit.export.calendar_ics import write_actions_ics
    from meetingkit.export.docx_writer import write_docx
    from meetingkit.export.html_writer import write_html
    from meetingkit.export.md_writer import write_markdown
    from meetingkit.export.pdf import docx_to_pdf

    with writing_to(target):
        options = options or DocumentOptions()
        _check_target(target)
        if options.template is not None and fmt not in ("docx", "pdf"):
            raise UserError("--template applies to Word and PDF output only (--to docx or pdf).")
        export_options = options.export_options()
        with_photos = (
            fmt in ("docx", "pdf", "html")
            and options.include_photos
            and bool(_document_photos(snapshot, options))
        )
        photo_share = PHOTO_SHARE if with_photos else 0.0

        def report(stage: str, done: int, total: int, fraction: float) -> None:
            if cancel is not None:
                cancel.check()
            if progress is not None:
                progress(Progress(stage, done, total, fraction))

        def resizing(done: int, total: int) -> None:
            report("Resizing photos", done, total, photo_share * (done / total if total else 1.0))

        def writing() -> None:
            report("Writing the summaries", 0, 1, photo_share)

        on_photo = resizing if with_photos else None

        if not with_photos:
            writing()
        if fmt == "csv":
            write_actions_csv(snapshot, target, language=options.language)
        elif fmt == "ics":
            write_actions_ics(snapshot, target, language=options.language)
        elif fmt == "article":
            article = build_article(snapshot, export_options)
            html = target.suffix.lower() in {".html", ".htm"}
            text = article_html(article) if html else article_markdown(article)
            write_atomically(target, text)
        else:
            outline = build_outline(snapshot, export_options)
            if fmt == "md":
                write_markdown(outline, target)
            elif fmt == "html":
                with BlobReader(event_path) as blobs:
                    embedded = _embedded(snapshot, blobs, options, on_photo)
                    if with_photos:
                        writing()
                    write_html(outline, target, image_source=embedded)
            elif fmt in ("docx", "pdf"):
                with BlobReader(event_path) as blobs:
                    image_source = (
                        _photo_files(snapshot, blobs, options, on_photo) if options.include_photos else None
                    )
                    if with_photos:
                        writing()
                    if fmt == "docx":
                        write_docx(outline, target, template=options.template, image_source=image_source)
                    else:
                        # LibreOffice needs the photos' files only while the DOCX is built, not while it renders.
                        document = io.BytesIO()
                        write_docx(outline, document, template=options.template, image_source=image_source)
                if fmt == "pdf":
                    report("Rendering the PDF", 0, 1, 0.5 + photo_share / 2)
                    docx_to_pdf(document.getvalue(), target)
            else:
                raise UserError(f"Unknown format {fmt}; use one of {', '.join(FORMATS)}.")
        if progress is not None:
            progress(Progress("Done", 1, 1, 1.0))
        return target


def _embedded(
    snapshot: EventSnapshot,
    blobs: BlobReader,
    options: DocumentOptions,
    progress: Callable[[int, int], None] | None = None,
) -> Callable[[Attachment], bytes | None] | None:
    if not options.include_photos:
        return None
    files = _photo_files(snapshot, blobs, options, progress)

    def source(attachment: Attachment) -> bytes | None:
        path = files(attachment)
        return path.read_bytes() if path else None

    return source


def export(
    store: EventStore,
    fmt: str,
    target: Path,
    options: DocumentOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
) -> Path:
    """`meetingkit export`: take a snapshot of the open store and write it as `fmt`."""
    from meetingkit.store.interchange import export_json

    _check_target(target)
    if fmt == "json":
        with writing_to(target):
            export_json(store, target)
        return target
    return export_snapshot(store.snapshot(), store.path, fmt, target, options, progress=progress)


def pack(
    snapshot: EventSnapshot,
    event_path: Path,
    target: Path,
    options: PackOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> PackResult:
    """Build the outcome pack of `snapshot`, reading attachment bytes from the file at `event_path`."""
    with writing_to(target), BlobReader(event_path) as blobs:
        return build_pack(snapshot, blobs, target, options, progress=progress, cancel=cancel)


# What the user's disk or folder can make writing fail with: one sentence, not a traceback.
_ENVIRONMENT_ERRNOS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
}


@contextmanager
def writing_to(target: Path) -> Iterator[None]:
    """Turn a full disk or a forbidden folder met while writing `target` into a UserError."""
    try:
        yield
    except OSError as exc:
        reason = _ENVIRONMENT_ERRNOS.get(exc.errno or 0)
        if reason is None or isinstance(exc, UserError):
            raise
        raise UserError(f"Cannot write {target}: {reason}; nothing was left half written.") from None
