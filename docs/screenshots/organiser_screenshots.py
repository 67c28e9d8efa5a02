"""Screenshots of the organiser and staff pages on the sample event: QT_QPA_PLATFORM=offscreen python THIS [LANG]."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QItemSelectionModel, QThreadPool
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from meetingkit.sample.build import write_sample
from meetingkit.store import EventStore
from meetingkit.ui.document import EventDocument
from meetingkit.ui.settings import Settings
from meetingkit.ui.translations import install_translators
from meetingkit.ui.views.actions_view import ActionsView
from meetingkit.ui.views.media_view import MediaView
from meetingkit.ui.views.outcomes_view import OutcomesView
from meetingkit.ui.views.participants_view import ParticipantsView
from meetingkit.ui.views.roadmap_view import RoadmapBoard
from meetingkit.ui.views.synergies_view import SynergiesView

OUT = Path(__file__).resolve().parent
SIZE = (1280, 800)
MAX_BYTES = 300 * 1024


def _settle(app: QApplication, pool: QThreadPool | None = None) -> None:
    for _ in range(5):
        if pool is not None:
            pool.waitForDone()
        app.processEvents()


def _shoot(app: QApplication, widget: QWidget, name: str) -> None:
    widget.resize(*SIZE)
    widget.show()
    _settle(app)
    path = OUT / f"{name}.png"
    image = widget.grab().toImage()
    image.save(str(path), "PNG")
    if path.stat().st_size > MAX_BYTES:
        # Photo-heavy pages: 256 colours keep the sample's flat illustrations legible at a third of the size.
        image.convertToFormat(QImage.Format.Format_Indexed8).save(str(path), "PNG")
    print(f"{path} {path.stat().st_size // 1024} KB")


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    app = QApplication([])
    install_translators(app, language)
    home = Path(tempfile.mkdtemp(prefix="meetingkit-shots-"))
    os.environ["MEETINGKIT_HOME"] = str(home)
    path = write_sample(home / "barcelona.meeting")
    store = EventStore.open(path, lock=True)
    document = EventDocument(store)
    settings = Settings(home / "settings.json")
    suffix = "" if language == "en" else f"-{language}"

    _shoot(app, ActionsView(document, settings), f"actions{suffix}")
    synergies = SynergiesView(document, settings)
    synergies.tabs.setCurrentIndex(1)
    index = synergies.matrix_model.index(0, 1)
    for row in range(synergies.matrix_model.rowCount()):
        for column in range(row + 1, synergies.matrix_model.columnCount()):
            if synergies.matrix_model.synergy_ids(row, column):
                index = synergies.matrix_model.index(row, column)
                break
        else:
            continue
        break
    synergies.matrix.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    _shoot(app, synergies, f"synergies{suffix}")
    _shoot(app, RoadmapBoard(document, settings), f"roadmap{suffix}")
    people = ParticipantsView(document, settings)
    people.select_person("Emilia Saiz")
    _shoot(app, people, f"participants{suffix}")
    pool = QThreadPool()
    media = MediaView(document, settings, pool=pool)
    media.show()
    media.resize(*SIZE)
    _settle(app, media.thumbnails._pool)
    media.grid.setCurrentIndex(media.model.index(0))
    _settle(app, media.previews._pool)
    _settle(app, media.thumbnails._pool)
    _shoot(app, media, f"media{suffix}")
    _shoot(app, OutcomesView(document, settings), f"outcomes{suffix}")
    media.shutdown()
    document.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
