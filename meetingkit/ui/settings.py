"""The one typed settings schema (key, type, default, description) and the JSON file that keeps user choices."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any, Final, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Signal

from meetingkit.core.paths import config_dir
from meetingkit.media.defaults import DEFAULT_LONG_SIDE, DEFAULT_QUALITY
from meetingkit.ui.qt_types import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SETTINGS_FILE: Final = "settings.json"

# Languages the interface and the documents are written in; "" for the interface follows the system.
LANGUAGES: Final = ("en", "fr", "es")


# A NamedTuple, not a dataclass: made at every launch, where a frozen dataclass costs ~0.5 ms to create.
class Setting(NamedTuple):
    """One user preference: what it is called, what it holds and what it means."""

    key: str
    type: type
    default: Any
    description: str
    choices: tuple[Any, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def check(self, value: Any) -> Any:
        """The value if it fits this setting; raises ValueError naming the problem otherwise."""
        # bool is an int in Python: keep a JSON `true` out of a number setting.
        if not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            raise ValueError(f"{self.key} must be {self.type.__name__}, not {type(value).__name__}")
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.key} must be one of {', '.join(map(repr, self.choices))}")
        # The bounds are ints: they apply to the int settings that declare them.
        if self.minimum is not None and isinstance(value, int) and value < self.minimum:
            raise ValueError(f"{self.key} must be at least {self.minimum}")
        if self.maximum is not None and isinstance(value, int) and value > self.maximum:
            raise ValueError(f"{self.key} must be at most {self.maximum}")
        return value

    def translated_description(self) -> str:
        return QCoreApplication.translate("Settings", self.description)


SCHEMA: Final[tuple[Setting, ...]] = (
    Setting(
        "author_name",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Your name, written as the author of every note and edit you make."),
    ),
    Setting(
        "default_template",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "Settings", "Word template (.docx) for the full written summaries; empty uses the built-in one."
        ),
    ),
    Setting(
        "photo_long_side",
        int,
        DEFAULT_LONG_SIDE,
        QT_TRANSLATE_NOOP("Settings", "Long side in pixels of the photos put in the outcome pack."),
        minimum=640,
        maximum=8192,
    ),
    Setting(
        "jpeg_quality",
        int,
        DEFAULT_QUALITY,
        QT_TRANSLATE_NOOP(
            "Settings", "JPEG quality of the photos put in the outcome pack (higher is larger and sharper)."
        ),
        minimum=50,
        maximum=95,  # the pack refuses more: above 95 JPEG files grow with no visible gain
    ),
    Setting(
        "app_language",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "Settings",
            "Language of the interface; empty follows the system. Applies when meetingkit restarts.",
        ),
        choices=("", *LANGUAGES),
    ),
    Setting(
        "document_language",
        str,
        "en",
        QT_TRANSLATE_NOOP("Settings", "Language of headings and labels in the documents meetingkit writes."),
        choices=LANGUAGES,
    ),
)

BY_KEY: Final = {s.key: s for s in SCHEMA}


class Settings(QObject):
    """User preferences read from and written to one JSON file; only values that differ from defaults are kept.

    Pass it to whatever needs a preference (no global instance): tests give it a file of their own.
    """

    changed = Signal(str)  # key

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path if path is not None else config_dir() / SETTINGS_FILE
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            # A damaged preferences file must not stop the app: defaults apply, the file is rewritten on save.
            log.warning("ignoring unreadable settings file %s: %s", self.path, exc)
            return
        if not isinstance(raw, dict):
            log.warning("ignoring settings file %s: not a JSON object", self.path)
            return
        for key, value in raw.items():
            setting = BY_KEY.get(key)
            if setting is None:
                continue  # a key of a newer or older version: left alone, dropped on the next save
            try:
                self._values[key] = setting.check(value)
            except ValueError as exc:
                log.warning("ignoring setting from %s: %s", self.path, exc)

    def value(self, key: str) -> Any:
        setting = BY_KEY[key]
        return self._values.get(key, setting.default)

    def set_value(self, key: str, value: Any) -> None:
        """Validate, keep and write `value`; emits changed(key) when it differs from before."""
        setting = BY_KEY[key]
        value = setting.check(value)
        before = self.value(key)
        if value == setting.default:
            self._values.pop(key, None)
        else:
            self._values[key] = value
        self._save()
        if value != before:
            self.changed.emit(key)

    def reset(self, key: str) -> None:
        self.set_value(key, BY_KEY[key].default)

    def is_default(self, key: str) -> bool:
        return key not in self._values

    def stored(self) -> dict[str, Any]:
        """What the file holds: only the values that differ from their defaults."""
        return dict(self._values)

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed, so a crash never leaves half a preferences file.
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._values, fh, ensure_ascii=False, indent=2, sort_keys=True)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # Typed accessors for the settings used in code, so a misspelt key fails at import, not at run time.

    @property
    def author_name(self) -> str:
        return str(self.value("author_name"))

    @property
    def default_template(self) -> Path | None:
        value = str(self.value("default_template"))
        return Path(value) if value else None

    @property
    def photo_long_side(self) -> int:
        return int(self.value("photo_long_side"))

    @property
    def jpeg_quality(self) -> int:
        return int(self.value("jpeg_quality"))

    @property
    def app_language(self) -> str:
        return str(self.value("app_language"))

    @property
    def document_language(self) -> str:
        return str(self.value("document_language"))
