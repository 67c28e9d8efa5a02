"""Attaching a file to an event: check it is a regular file, detect its kind, probe photos, store the blob.

Shared by `meetingkit attach`, the app's drag and drop and the sample; sits above store and media.
"""

from __future__ import annotations

from pathlib import Path

from meetingkit.core.model import Attachment, AttachmentKind, Consent
from meetingkit.media.files import PHOTO_TYPES, FileType, MediaError, check_regular_file, detect_kind
from meetingkit.media.images import probe_image
from meetingkit.store.eventstore import EventStore

PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".jpe", ".png", ".webp", ".heic", ".heif"})


def _checked_type(file_type: FileType, filename: str) -> FileType:
    """A file named like a photo must be one: a renamed text or document is refused, not filed away."""
    if Path(filename).suffix.lower() in PHOTO_SUFFIXES and file_type.media_type not in PHOTO_TYPES:
        raise MediaError(
            f"{filename} is named like a photo but its content is not a JPEG, PNG, WebP or HEIC image."
        )
    return file_type


def attach_file(
    store: EventStore,
    path: Path,
    *,
    session_id: str | None = None,
    caption: str = "",
    credit: str = "",
    selected: bool = False,
    consent: Consent = Consent.UNKNOWN,
    filename: str | None = None,
) -> Attachment:
    """Attach the file at `path`; a photo that cannot be decoded safely is refused with a clear message."""
    check_regular_file(path)
    return _attach(store, path, filename or path.name, session_id, caption, credit, selected, consent)


def attach_bytes(
    store: EventStore,
    data: bytes,
    filename: str,
    *,
    session_id: str | None = None,
    caption: str = "",
    credit: str = "",
    selected: bool = False,
    consent: Consent = Consent.UNKNOWN,
) -> Attachment:
    """Attach generated content (the sample's photos and slides) through the same checks as a file."""
    return _attach(store, data, filename, session_id, caption, credit, selected, consent)


def _attach(
    store: EventStore,
    source: Path | bytes,
    filename: str,
    session_id: str | None,
    caption: str,
    credit: str,
    selected: bool,
    consent: Consent,
) -> Attachment:
    shown = source.name if isinstance(source, Path) else filename
    file_type = _checked_type(detect_kind(source, filename), shown)
    is_photo = file_type.kind is AttachmentKind.PHOTO
    info = probe_image(source, shown) if is_photo else None
    return store.add_attachment(
        source,
        filename=filename,
        kind=file_type.kind,
        media_type=file_type.media_type,
        session_id=session_id,
        caption=caption,
        credit=credit,
        selected=selected and is_photo,  # "selected photos": nothing else can be selected
        consent=consent,
        width=info.width if info else None,
        height=info.height if info else None,
        taken_at=info.taken_at if info else None,
    )
