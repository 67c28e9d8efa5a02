"""Screenshot of the summary assistant's tab on the sample: QT_QPA_PLATFORM=offscreen python THIS.

Opens "What is being learned?" (one of the sessions the sample leaves without a written summary), shows its
stored draft and selects a sentence, so its source notes are highlighted in the stream.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from meetingkit.sample.build import write_sample
from meetingkit.ui.app import AppController
from meetingkit.ui.widgets.draft_panel import NUMBER_ROLE

OUT = Path(__file__).resolve().parent / "assistant.png"


def main() -> int:
    app = QApplication([])
    home = Path(tempfile.mkdtemp(prefix="meetingkit-shots-"))
    os.environ["MEETINGKIT_HOME"] = str(home)
    path = write_sample(home / "barcelona.meeting")
    controller = AppController.start(app, ask=lambda *_: True, settings=None, install_pages=lambda _w: None)
    window = controller.open_path(path)
    assert window is not None
    window.resize(1400, 860)
    window.show()
    session = next(s for s in window.document.store.sessions() if s.title == "What is being learned?")
    window.navigator.select_record(session.id)
    view = window.session_view
    view.summary_tabs.setCurrentWidget(view.assistant)
    app.processEvents()
    view.splitter.setSizes([330, 390])
    panel = view.assistant
    rows = [r for r in range(panel.sentences.count()) if panel.sentences.item(r).data(NUMBER_ROLE)]
    panel.sentences.setCurrentRow(rows[5])  # a point of Wei Zhang's slot: two notes highlighted
    for _ in range(5):
        app.processEvents()
    window.grab().toImage().save(str(OUT), "PNG")
    print(f"{OUT} {OUT.stat().st_size // 1024} KB")
    for opened in list(controller.windows):
        opened.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
