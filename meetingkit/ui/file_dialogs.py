"""Every file dialog of the app: it opens where people keep files, and suggests short, whole-word names.

Each kind of file (events, exports, attachments, templates) starts in the folder last used for that kind,
else in the user's Documents folder (platformdirs), never in the app's own hidden data, config or cache
folders (where the sample event lives).
"""

from __future__ import annotations

import os
import re
from enum import StrEnum
from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtWidgets import QFileDialog, QWidget

from meetingkit.core.paths import cache_dir, config_dir, data_dir
from meetingkit.export.safepaths import safe_filename
from meetingkit.ui.window_state import load_text, save_value

STATE_GROUP = "file_dialogs"
NAME_LIMIT = 40  # characters of a suggested name before its extension


class FileKind(StrEnum):
    EVENTS = "events"  # .meeting files (open, new, merge, send my notes) and the CSV lists imported into them
    EXPORTS = "exports"  # documents, the pack, CSV, calendars, PDF
    ATTACHMENTS = "attachments"  # photos and presentations to attach
    TEMPLATES = "templates"  # Word templates


def documents_folder() -> Path:
    """The user's Documents folder (inside MEETINGKIT_HOME when set, so tests never see a real home)."""
    home = os.environ.get("MEETINGKIT_HOME")
    folder = Path(home) / "Documents" if home else Path(user_documents_dir())
    return folder if folder.is_dir() else folder.parent if folder.parent.is_dir() else Path.home()


def _app_folder(folder: Path) -> bool:
    """Inside the app's own data, config or cache folder: not where people keep their files."""
    resolved = folder.resolve()
    return any(resolved.is_relative_to(own.resolve()) for own in (data_dir(), config_dir(), cache_dir()))


def start_folder(kind: FileKind) -> Path:
    """Where a dialog for `kind` opens: the folder last used for it, else Documents."""
    remembered = load_text(STATE_GROUP, str(kind))
    if remembered:
        folder = Path(remembered)
        if folder.is_dir() and not _app_folder(folder):
            return folder
    return documents_folder()


def remember_folder(kind: FileKind, chosen: Path) -> None:
    """The next dialog for `kind` opens where this file (or folder) was chosen."""
    folder = chosen if chosen.is_dir() else chosen.parent
    if not _app_folder(folder):
        save_value(STATE_GROUP, str(kind), str(folder))


def short_name(title: str, suffix: str = "", limit: int = NAME_LIMIT) -> str:
    """A file name from a title, cut after a whole word: 'UCLG and Metropolis: Connecting…' -> 'uclg-and-metropolis'."""
    words = re.findall(r"\w+", title.casefold())
    kept: list[str] = []
    for word in words:
        if kept and len("-".join([*kept, word])) > limit:
            break
        kept.append(word[:limit])  # only a single word longer than the limit is cut
    return safe_filename("-".join(kept or ["event"]) + suffix, fallback="event" + suffix)


def save_file(
    parent: QWidget | None, kind: FileKind, caption: str, name: str, filters: str = ""
) -> Path | None:
    """Ask where to save `name`; None when cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, caption, str(start_folder(kind) / name), filters)
    if not chosen:
        return None
    remember_folder(kind, Path(chosen))
    return Path(chosen)


def open_file(
    parent: QWidget | None, kind: FileKind, caption: str, filters: str = "", current: str = ""
) -> Path | None:
    """Ask for one existing file (starting at `current` when it names one); None when cancelled."""
    start = current if current and Path(current).exists() else str(start_folder(kind))
    chosen, _filter = QFileDialog.getOpenFileName(parent, caption, start, filters)
    if not chosen:
        return None
    remember_folder(kind, Path(chosen))
    return Path(chosen)


def open_files(parent: QWidget | None, kind: FileKind, caption: str, filters: str = "") -> list[Path]:
    """Ask for existing files; [] when cancelled."""
    chosen, _filter = QFileDialog.getOpenFileNames(parent, caption, str(start_folder(kind)), filters)
    if chosen:
        remember_folder(kind, Path(chosen[0]))
    return [Path(name) for name in chosen]
