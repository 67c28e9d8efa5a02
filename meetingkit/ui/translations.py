"""Interface languages: install the translators at start, and the maintainer's lupdate/lrelease step.

`.ts` sources live in resources/translations and are edited with Qt Linguist; the compiled `.qm` files
beside them are committed (a few kilobytes each) because a setuptools build cannot count on Qt's
lrelease being installed. `python -m meetingkit.ui.translations` refreshes both after UI strings change;
tests/ui/test_translations.py fails when a `.qm` is older than its `.ts`.
"""

from __future__ import annotations

import os
import shutil
import sys
from contextlib import ExitStack
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# Languages the interface is translated into; English is the source (its .qm holds plural forms only).
LANGUAGES = ("en", "fr", "es")
CATALOGUE = "meetingkit"


def interface_language(setting: str, system: QLocale | None = None) -> str:
    """The language to use: the preference when it is set, else the system's when we have it, else English."""
    if setting in LANGUAGES:
        return setting
    code = (system or QLocale.system()).name().split("_", 1)[0]
    return code if code in LANGUAGES else "en"


def interface_locale(language: str, system: QLocale | None = None) -> QLocale:
    """Dates and times in the interface language: the system's own variant when it speaks it (en_GB, fr_CA)."""
    system = system or QLocale.system()
    if system.name().split("_", 1)[0] == language:
        return system
    return QLocale(language)


def install_translators(app: QCoreApplication, setting: str = "") -> list[QTranslator]:
    """Load meetingkit's and Qt's own catalogues for the chosen language; keep the returned list alive.

    The default QLocale follows, so every date, weekday, month and time the interface writes
    (ui/formatting.py) is in the same language as its words.
    """
    language = interface_language(setting)
    QLocale.setDefault(interface_locale(language))
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    with ExitStack() as stack:
        folder = stack.enter_context(
            resources.as_file(resources.files("meetingkit.resources") / "translations")
        )
        if ours.load(f"{CATALOGUE}_{language}", str(folder)):
            app.installTranslator(ours)
            installed.append(ours)
    if language != "en":
        # Qt's own strings (standard buttons, file dialogs) from the Qt installation.
        qt = QTranslator(app)
        if qt.load(
            QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt)
            installed.append(qt)
    return installed


# -------------------------------------------------------------------- maintainer's step


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the PySide6 wheel, next to this Python first."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} was not found; install PySide6-Essentials in this environment.")
    return found


def update(root: Path) -> None:
    """Re-extract the UI strings into the .ts files (keeping translations) and compile the .qm files."""
    import subprocess  # the maintainer's step only: the app's launch does not import it (~3 ms)

    folder = root / "resources" / "translations"
    ui = root / "meetingkit" / "ui"
    common = ["-extensions", "py", "-no-obsolete", "-locations", "none", "-silent", str(ui)]
    translated = [str(folder / f"{CATALOGUE}_{code}.ts") for code in LANGUAGES if code != "en"]
    subprocess.run([_tool("lupdate"), *common, "-ts", *translated], check=True)
    subprocess.run(
        [_tool("lupdate"), *common, "-pluralonly", "-ts", str(folder / f"{CATALOGUE}_en.ts")], check=True
    )
    release(folder)


def release(folder: Path, target: Path | None = None) -> list[Path]:
    """Compile every .ts in `folder` into a .qm (in `target`, default beside it); returns the .qm paths."""
    import subprocess

    out = target or folder
    made = []
    for source in sorted(folder.glob(f"{CATALOGUE}_*.ts")):
        qm = out / source.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), "-silent", str(source), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def main() -> int:
    update(Path(os.environ.get("MEETINGKIT_SOURCE", Path.cwd())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
