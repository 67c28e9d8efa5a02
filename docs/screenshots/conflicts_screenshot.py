"""Screenshot of the Conflicts panel after merging a rapporteur's copy: QT_QPA_PLATFORM=offscreen python THIS.

A copy of the sample event edited by "Ana Ruiz" while the organiser edits the same fields in the main file,
merged through the app's Merge dialog; written to docs/screenshots/conflicts.png. Everything happens in a
temporary MEETINGKIT_HOME and folder, so nothing of the user's is shown or touched.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from meetingkit.sample.build import write_sample
from meetingkit.store import EventStore
from meetingkit.ui.app import AppController

OUT = Path(__file__).resolve().parent
SIZE = (1280, 800)


def _prepare(folder: Path) -> tuple[Path, Path]:
    main = write_sample(folder / "learning-meeting.meeting")
    copy = folder / "ana.meeting"
    shutil.copy(main, copy)
    with EventStore.open(copy, author="Ana Ruiz") as ana:
        session = ana.sessions()[1]
        ana.update_session(session.id, room="Sala Gran", start="11:15")
        note = next(i for i in ana.items(session.id) if i.action is not None)
        ana.update_item(note.id, action=replace(note.action, owner="Metropolis"))
    with EventStore.open(main, author="Ben Okafor") as organiser:
        session = organiser.sessions()[1]
        organiser.update_session(session.id, room="Room 2, first floor", start="11:30")
        note = next(i for i in organiser.items(session.id) if i.action is not None)
        organiser.update_item(note.id, action=replace(note.action, owner="UCLG Learning team"))
    return main, copy


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        os.environ["MEETINGKIT_HOME"] = home
        app = QApplication([sys.argv[0]])
        controller = AppController.start(app, settings=None, ask=lambda *_: True)
        main_file, copy = _prepare(Path(home))
        window = controller.open_path(main_file)
        assert window is not None
        window.resize(*SIZE)
        window.show()
        dialog = window.replication.merge_files()
        dialog.load([copy])
        dialog.merge()
        replication = window.replication
        replication.pool.waitForDone()
        QCoreApplication.processEvents()
        window.resizeDocks([replication.dock], [330], Qt.Orientation.Vertical)
        for _ in range(5):
            replication.pool.waitForDone()
            QCoreApplication.processEvents()
        target = OUT / "conflicts.png"
        window.grab().save(str(target), "PNG")
        print(f"{target} {target.stat().st_size // 1024} KB, {replication.conflict_count} conflicts")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
