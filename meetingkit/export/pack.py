"""The outcome pack: one folder (and zip) with the summaries, selected photos, presentations and actions.

Built in a hidden folder beside the target and renamed into place at the end, so a crash or a Cancel
never leaves half a pack; every name is made safe and every write stays inside the folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

from meetingkit import __version__
from meetingkit.core.atomic import clear_leftovers, make_partial_folder, partial_name
from meetingkit.core.errors import UserError
from meetingkit.core.model import Attachment, Consent, EventSnapshot
from meetingkit.export.labels import labels_for
from meetingkit.export.outline import ExportOptions, build_outline
from meetingkit.export.progress import CancelToken, Progress, ProgressCallback
from meetingkit.export.safepaths import (
    create_file_safely,
    safe_filename,
    unique_names,
    write_bytes_safely,
    zip_directory,
)
from meetingkit.media.files import hash_file
from meetingkit.media.pool import ResizeJob
from meetingkit.media.resize_cache import ResizeCache

DOCX_NAME = "full-written-summaries.docx"
MD_NAME = "full-written-summaries.md"
HTML_NAME = "summary.html"
ARTICLE_MD_NAME = "article.md"
ARTICLE_HTML_NAME = "article.html"
MANIFEST_NAME = "manifest.json"
PHOTOS_DIR = "photos"
PRESENTATIONS_DIR = "presentations"

# Share of the whole job each stage takes, measured on the sample event: photo resizing dominates.
_WEIGHTS = {"photos": 0.70, "documents": 0.22, "files": 0.03, "zip": 0.05}


class BlobSource(Protocol):
    """Where attachment bytes come from (the store's BlobReader satisfies it)."""

    def copy_blob_to(self, sha256: str, target: Path) -> None: ...


class LoaderBlobSource(BlobSource, Protocol):
    """A blob source that can also hand photo workers a picklable loader, so each worker reads its
    own photo from the event file: nothing is copied to disk first and the reads run in parallel."""

    def blob_loader(self, sha256: str) -> Callable[[], bytes]: ...


@dataclass(frozen=True, slots=True)
class PackOptions:
    """How the outcome pack is built: photo size and quality, language, template, what it includes."""

    long_side: int = 2048
    quality: int = 85
    language: str = "en"
    template: Path | None = None
    make_zip: bool = False
    workers: int | None = None
    include_notes: bool = True
    include_timestamps: bool = False
    include_participants: bool = True
    include_not_asked: bool = (
        False  # photos whose consent nobody asked for: left out unless the organiser says
    )

    def check(self) -> None:
        if not 256 <= self.long_side <= 8192:
            raise UserError(
                f"The photos' long side must be between 256 and 8192 pixels, not {self.long_side}."
            )
        if not 1 <= self.quality <= 95:
            raise UserError(f"The JPEG quality must be between 1 and 95, not {self.quality}.")
        if self.workers is not None and self.workers < 1:
            raise UserError("--workers must be at least 1.")
        if self.template is not None and not self.template.is_file():
            raise UserError(f"The template {self.template} does not exist.")


@dataclass(frozen=True)
class PackResult:
    """What a pack build wrote: its folder, its zip, and how many files, photos, presentations and actions."""

    folder: Path
    zip_path: Path | None
    files: tuple[str, ...]
    photos: int
    presentations: int
    actions: int


@dataclass
class _Plan:
    """The files a pack will hold and where each goes, decided before anything is written."""

    photos: list[tuple[Attachment, str]] = field(default_factory=list)  # (attachment, relative path)
    presentations: list[tuple[Attachment, str]] = field(default_factory=list)

    def link_for(self, attachment: Attachment) -> str | None:
        for candidate, relpath in (*self.photos, *self.presentations):
            if candidate.id == attachment.id:
                return relpath
        return None


class _Reporter:
    def __init__(self, callback: ProgressCallback | None, cancel: CancelToken | None) -> None:
        self.callback = callback
        self.cancel = cancel
        self.base = 0.0

    def stage(self, name: str, key: str, done: int, total: int) -> None:
        if self.cancel is not None:
            self.cancel.check()
        if self.callback is None:
            return
        share = _WEIGHTS[key] * (done / total if total else 1.0)
        self.callback(Progress(name, done, total, min(1.0, self.base + share)))

    def finish(self, key: str) -> None:
        self.base += _WEIGHTS[key]


def _slug(text: str, limit: int = 60) -> str:
    words = re.sub(r"[^\w\s-]", "", text.lower()).split()
    slug = "-".join(words)[:limit].rstrip("-")
    return slug or "photo"


def _previous_pack(folder: Path) -> bool:
    """True for a folder we may replace: empty, or holding a meetingkit pack's manifest."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return False
    if not entries:
        return True
    manifest = folder / MANIFEST_NAME
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and str(data.get("generator", "")).startswith("meetingkit")


def _check_target(target: Path) -> None:
    if target.is_symlink():
        raise UserError(f"{target} is a symbolic link; give a real folder for the pack.")
    if not target.parent.is_dir():
        raise UserError(f"The folder {target.parent} does not exist.")
    if target.exists() and not target.is_dir():
        raise UserError(f"{target} is a file; give a folder name for the pack.")
    if target.exists() and not _previous_pack(target):
        raise UserError(
            f"{target} already holds other files; give a new or empty folder (or a previous pack)."
        )


class PhotoGap(StrEnum):
    """What a selected photo lacks before it is handed over."""

    CAPTION = "caption"
    CREDIT = "credit"
    CONSENT = "consent"  # nobody asked the people shown


def photo_gaps(snapshot: EventSnapshot) -> list[tuple[Attachment, tuple[PhotoGap, ...]]]:
    """The selected photos (refused ones aside: they never go out) that lack a caption, a credit or consent."""
    found: list[tuple[Attachment, tuple[PhotoGap, ...]]] = []
    for photo in sorted(snapshot.photos(selected_only=True), key=lambda a: (a.order, a.filename.casefold())):
        if photo.consent is Consent.REFUSED:
            continue
        gaps = tuple(
            gap
            for gap, missing in (
                (PhotoGap.CAPTION, not photo.caption.strip()),
                (PhotoGap.CREDIT, not photo.credit.strip()),
                (PhotoGap.CONSENT, photo.consent is Consent.UNKNOWN),
            )
            if missing
        )
        if gaps:
            found.append((photo, gaps))
    return found


def _plan(snapshot: EventSnapshot, *, include_not_asked: bool) -> _Plan:
    plan = _Plan()
    photos = snapshot.published_photos(include_not_asked=include_not_asked)
    photo_names = unique_names(
        f"{n:02d}-{_slug(a.caption or Path(a.filename).stem)}.jpg" for n, a in enumerate(photos, start=1)
    )
    plan.photos = [(a, f"{PHOTOS_DIR}/{name}") for a, name in zip(photos, photo_names, strict=True)]
    documents = sorted(snapshot.presentations(), key=lambda a: (a.order, a.filename))
    document_names = unique_names(a.filename for a in documents)
    plan.presentations = [
        (a, f"{PRESENTATIONS_DIR}/{name}") for a, name in zip(documents, document_names, strict=True)
    ]
    return plan


def resized_photos(
    snapshot_photos: Sequence[Attachment],
    blobs: BlobSource,
    *,
    long_side: int,
    quality: int,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cache: ResizeCache | None = None,
) -> dict[str, Path]:
    """Clean, resized copies of photos, by attachment id, from the cache or made on every core."""
    cache = cache or ResizeCache()
    loader = getattr(blobs, "blob_loader", None)
    with tempfile.TemporaryDirectory(prefix="meetingkit-src-") as scratch:
        jobs: list[ResizeJob] = []
        for attachment in snapshot_photos:
            source: Path | Callable[[], bytes]
            if loader is not None:
                source = loader(attachment.sha256)
            else:
                source = Path(scratch) / attachment.sha256
                if cache.get(attachment.sha256, long_side, quality) is None and not source.exists():
                    blobs.copy_blob_to(attachment.sha256, source)
            jobs.append(
                ResizeJob(
                    source=source,
                    long_side=long_side,
                    quality=quality,
                    name=attachment.filename,
                    sha256=attachment.sha256,
                )
            )
        paths = cache.make_many(jobs, workers=workers, progress=progress)
    return {a.id: p for a, p in zip(snapshot_photos, paths, strict=True)}


def _copy_into(root: Path, relpath: str, source: Path) -> None:
    with source.open("rb") as src, create_file_safely(root, relpath) as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())  # on disk before the pack's folder is renamed into place


def _write_text(root: Path, relpath: str, text: str) -> None:
    write_bytes_safely(root, relpath, text.encode("utf-8"))


# The pack's README speaks the pack's language; document labels live in export.labels.
_README: dict[str, dict[str, str]] = {
    "en": {
        "heading": "{title} — outcome pack",
        "organised": "Organised by {names}.",
        "inside": "What is inside",
        DOCX_NAME: "Full written summaries of all the sessions (Word). Word fills in the table of contents when"
        " the document is opened; if it asks to update fields, answer Yes.",
        MD_NAME: "The same summaries as Markdown (plain text, readable anywhere).",
        HTML_NAME: "The same summaries as one web page (open it in a browser; it prints well).",
        ARTICLE_MD_NAME: "A short web article about the meeting, ready to post (Markdown).",
        ARTICLE_HTML_NAME: "The same article as a web page.",
        "actions.csv": "The actions register: opens in Excel or LibreOffice (UTF-8).",
        "actions.ics": "Actions with a due date, as calendar entries (import them into any calendar).",
        "programme.ics": "The programme's sessions as calendar entries.",
        MANIFEST_NAME: "Every file of this pack with its size and SHA-256 checksum.",
        "photos": "the selected photos ({count}), in order, resized to {side} px on the long side, with"
        " location and camera data removed.",
        "documents": "presentations and documents ({count}), with their original names.",
        "photos_heading": "Selected photos",
        "documents_heading": "Presentations and documents",
        "session": "Session: {title}.",
        "made": "Made with meetingkit {version} on {date}.",
    },
    "fr": {
        "heading": "{title} — dossier des résultats",
        "organised": "Organisé par {names}.",
        "inside": "Contenu",
        DOCX_NAME: "Comptes rendus complets de toutes les sessions (Word). Word remplit la table des matières à"
        " l'ouverture du document ; s'il propose de mettre à jour les champs, répondez Oui.",
        MD_NAME: "Les mêmes comptes rendus en Markdown (texte brut, lisible partout).",
        HTML_NAME: "Les mêmes comptes rendus en une page web (à ouvrir dans un navigateur ; s'imprime bien).",
        ARTICLE_MD_NAME: "Un court article web sur la réunion, prêt à publier (Markdown).",
        ARTICLE_HTML_NAME: "Le même article en page web.",
        "actions.csv": "Le registre des actions : s'ouvre dans Excel ou LibreOffice (UTF-8).",
        "actions.ics": "Les actions avec une échéance, en entrées d'agenda (à importer dans tout agenda).",
        "programme.ics": "Les sessions du programme en entrées d'agenda.",
        MANIFEST_NAME: "Chaque fichier du dossier avec sa taille et sa somme de contrôle SHA-256.",
        "photos": "les photos sélectionnées ({count}), dans l'ordre, réduites à {side} px sur le grand côté,"
        " sans données de localisation ni d'appareil.",
        "documents": "présentations et documents ({count}), sous leur nom d'origine.",
        "photos_heading": "Photos sélectionnées",
        "documents_heading": "Présentations et documents",
        "session": "Session : {title}.",
        "made": "Réalisé avec meetingkit {version} le {date}.",
    },
    "es": {
        "heading": "{title} — paquete de resultados",
        "organised": "Organizado por {names}.",
        "inside": "Contenido",
        DOCX_NAME: "Relatorías completas de todas las sesiones (Word). Word completa el índice al abrir el"
        " documento; si pregunta si desea actualizar los campos, responda Sí.",
        MD_NAME: "Las mismas relatorías en Markdown (texto plano, legible en cualquier lugar).",
        HTML_NAME: "Las mismas relatorías en una página web (se abre en un navegador; se imprime bien).",
        ARTICLE_MD_NAME: "Un breve artículo web sobre la reunión, listo para publicar (Markdown).",
        ARTICLE_HTML_NAME: "El mismo artículo como página web.",
        "actions.csv": "El registro de acciones: se abre en Excel o LibreOffice (UTF-8).",
        "actions.ics": "Las acciones con fecha límite, como citas de calendario (impórtelas en cualquier calendario).",
        "programme.ics": "Las sesiones del programa como citas de calendario.",
        MANIFEST_NAME: "Cada archivo del paquete con su tamaño y su suma de verificación SHA-256.",
        "photos": "las fotos seleccionadas ({count}), en orden, reducidas a {side} px en el lado largo, sin"
        " datos de ubicación ni de cámara.",
        "documents": "presentaciones y documentos ({count}), con su nombre original.",
        "photos_heading": "Fotos seleccionadas",
        "documents_heading": "Presentaciones y documentos",
        "session": "Sesión: {title}.",
        "made": "Hecho con meetingkit {version} el {date}.",
    },
}


def _readme(snapshot: EventSnapshot, plan: _Plan, files: list[str], options: PackOptions) -> str:
    event = snapshot.event
    labels = labels_for(options.language)
    text = _README.get(labels.language, _README["en"])
    where = ", ".join(p for p in (event.venue, event.city) if p)
    lines = ["# " + text["heading"].format(title=event.title), ""]
    if event.subtitle:
        lines += [event.subtitle, ""]
    lines += [labels.date_range(event.start, event.end) + (f", {where}" if where else "") + ".", ""]
    if event.organisers:
        lines += [text["organised"].format(names=labels.join(event.organisers)), ""]
    lines += ["## " + text["inside"], ""]
    for name in (
        DOCX_NAME,
        MD_NAME,
        HTML_NAME,
        ARTICLE_MD_NAME,
        ARTICLE_HTML_NAME,
        "actions.csv",
        "actions.ics",
        "programme.ics",
        MANIFEST_NAME,
    ):
        if name in files:
            lines.append(f"- [`{name}`]({name}): {text[name]}")
    if plan.photos:
        detail = text["photos"].format(count=len(plan.photos), side=options.long_side)
        lines.append(f"- `{PHOTOS_DIR}/`: {detail}")
    if plan.presentations:
        lines.append(f"- `{PRESENTATIONS_DIR}/`: " + text["documents"].format(count=len(plan.presentations)))
    lines.append("")
    if plan.photos:
        lines += ["## " + text["photos_heading"], ""]
        for attachment, relpath in plan.photos:
            caption = _sentence(attachment.caption or Path(attachment.filename).stem)
            credit = f" {_sentence(attachment.credit)}" if attachment.credit else ""
            lines.append(f"- [`{relpath}`]({quote(relpath)}): {caption}{credit}")
        lines.append("")
    if plan.presentations:
        lines += ["## " + text["documents_heading"], ""]
        sessions = {s.id: s.title for s in snapshot.sessions}
        for attachment, relpath in plan.presentations:
            parts = [_sentence(attachment.caption)] if attachment.caption else []
            if attachment.session_id in sessions:
                parts.append(text["session"].format(title=sessions[attachment.session_id or ""]))
            lines.append(f"- [`{relpath}`]({quote(relpath)})" + (f": {' '.join(parts)}" if parts else ""))
        lines.append("")
    lines += [text["made"].format(version=__version__, date=labels.date_long(dt.date.today())), ""]
    return "\n".join(lines)


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?…”\"'" else text + "."


def _write_manifest(root: Path, snapshot: EventSnapshot) -> list[str]:
    entries = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relpath = path.relative_to(root).as_posix()
        sha256, size = hash_file(path)
        entries.append({"path": relpath, "size": size, "sha256": sha256})
    manifest = {
        "generator": f"meetingkit {__version__}",
        "event": snapshot.event.title,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "files": entries,
    }
    _write_text(root, MANIFEST_NAME, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    return [str(e["path"]) for e in entries] + [MANIFEST_NAME]


def _move_into_place(staging: Path, target: Path) -> None:
    if target.exists():
        # Named like a partial folder, so that a kill between the two renames is cleaned by the next run.
        old = make_partial_folder(target)
        os.replace(target, old / target.name)
        os.replace(staging, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, target)


def build_pack(
    snapshot: EventSnapshot,
    blobs: BlobSource,
    target: Path,
    options: PackOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    cache: ResizeCache | None = None,
) -> PackResult:
    """Build the outcome pack of `snapshot` in the folder `target` (and `target`.zip when asked)."""
    from meetingkit.export.actions_csv import write_actions_csv
    from meetingkit.export.article import article_html, article_markdown, build_article
    from meetingkit.export.calendar_ics import write_actions_ics, write_programme_ics
    from meetingkit.export.docx_writer import write_docx
    from meetingkit.export.html_writer import write_html
    from meetingkit.export.md_writer import write_markdown

    options = options or PackOptions()
    options.check()
    target = Path(target)
    _check_target(target)
    reporter = _Reporter(progress, cancel)
    plan = _plan(snapshot, include_not_asked=options.include_not_asked)
    zip_path = target.with_name(target.name + ".zip") if options.make_zip else None
    if zip_path is not None:
        clear_leftovers(zip_path)
    # Built beside the target under a hidden name; a killed run's leftovers are removed here first.
    staging = make_partial_folder(target)
    partial_zip = partial_name(zip_path) if zip_path is not None else None
    try:
        # 1. photos: resized once on every core, cached by content so the documents reuse them.
        reporter.stage("Resizing photos", "photos", 0, len(plan.photos))
        resized = resized_photos(
            [a for a, _ in plan.photos],
            blobs,
            long_side=options.long_side,
            quality=options.quality,
            workers=options.workers,
            progress=lambda done, total: reporter.stage("Resizing photos", "photos", done, total),
            cache=cache,
        )
        final_photos: list[tuple[Attachment, str]] = []
        for attachment, relpath in plan.photos:
            source = resized[attachment.id]
            if source.suffix != ".jpg":  # a photo with transparency stays PNG
                relpath = str(Path(relpath).with_suffix(source.suffix))
            _copy_into(staging, relpath, source)
            final_photos.append((attachment, relpath))
        plan.photos = final_photos
        reporter.finish("photos")

        # 2. the documents, from one outline.
        steps = 5
        reporter.stage("Writing the summaries", "documents", 0, steps)
        export_options = ExportOptions(
            language=options.language,
            include_notes=options.include_notes,
            include_timestamps=options.include_timestamps,
            include_participants=options.include_participants,
            include_photos=True,
            include_not_asked=options.include_not_asked,
            link_for=plan.link_for,
        )
        outline = build_outline(snapshot, export_options)

        def image_source(attachment: Attachment) -> Path | None:
            return resized.get(attachment.id)

        write_docx(outline, staging / DOCX_NAME, template=options.template, image_source=image_source)
        reporter.stage("Writing the summaries", "documents", 1, steps)
        write_markdown(outline, staging / MD_NAME)
        reporter.stage("Writing the summaries", "documents", 2, steps)
        write_html(outline, staging / HTML_NAME)
        reporter.stage("Writing the summaries", "documents", 3, steps)
        article = build_article(
            snapshot, export_options, summaries_href=DOCX_NAME, photos_href=f"{PHOTOS_DIR}/"
        )
        _write_text(staging, ARTICLE_MD_NAME, article_markdown(article))
        _write_text(staging, ARTICLE_HTML_NAME, article_html(article))
        reporter.stage("Writing the summaries", "documents", 4, steps)
        write_actions_csv(snapshot, staging / "actions.csv", language=options.language)
        write_actions_ics(snapshot, staging / "actions.ics", language=options.language)
        write_programme_ics(snapshot, staging / "programme.ics", language=options.language)
        reporter.stage("Writing the summaries", "documents", steps, steps)
        reporter.finish("documents")

        # 3. presentations, README, manifest.
        for n, (attachment, relpath) in enumerate(plan.presentations, start=1):
            with tempfile.TemporaryDirectory(prefix="meetingkit-doc-") as scratch:
                source = Path(scratch) / "blob"
                blobs.copy_blob_to(attachment.sha256, source)
                _copy_into(staging, relpath, source)
            reporter.stage("Copying presentations", "files", n, len(plan.presentations))
        names = sorted(p.relative_to(staging).as_posix() for p in staging.rglob("*") if p.is_file())
        _write_text(staging, "README.md", _readme(snapshot, plan, [*names, MANIFEST_NAME], options))
        files = _write_manifest(staging, snapshot)
        reporter.finish("files")

        if zip_path is not None and partial_zip is not None:
            # Zipped from the staging folder, so folder and zip appear together or not at all.
            zip_directory(
                staging,
                partial_zip,
                progress=lambda done, total: reporter.stage("Writing the zip", "zip", done, total),
            )
        if cancel is not None:
            cancel.check()
        _move_into_place(staging, target)
        if zip_path is not None and partial_zip is not None:
            os.replace(partial_zip, zip_path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if partial_zip is not None:
            with contextlib.suppress(OSError):
                partial_zip.unlink()
        raise
    reporter.finish("zip")
    if progress is not None:
        progress(Progress("Done", 1, 1, 1.0))
    return PackResult(
        folder=target,
        zip_path=zip_path,
        files=tuple(files),
        photos=len(plan.photos),
        presentations=len(plan.presentations),
        actions=len(snapshot.actions()),
    )


def safe_pack_name(title: str) -> str:
    """A folder name for an event's pack, e.g. 'uclg-and-metropolis-outcomes'."""
    return safe_filename(_slug(title, 50) + "-outcomes")
