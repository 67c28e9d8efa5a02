"""A live session: a rapporteur types at full speed, with completions popping up, and a process kill mid-line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui.keyboard import press, type_text

from meetingkit.store import EventStore
from meetingkit.ui.app import AppController
from meetingkit.ui.views.session_view import RECOVERED_MESSAGE

DRIVER = Path(__file__).with_name("typing_driver.py")
THROTTLE_S = 0.30  # the promise: at most the last ~300 ms of keystrokes may be lost
SCHEDULING_SLACK_S = 0.20  # a loaded CI machine may run the app's timers this late
LINE = (
    "The mayor said the metropolitan budget for peer learning doubles next year, and that every city "
    "in the network should send two technical staff to each exchange, not only elected officials; "
    "the secretariat will draft the calendar before the end of October"
)


def test_a_killed_app_gives_back_the_line_being_typed(
    qtbot: QtBot, controller: AppController, event_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    driver = subprocess.Popen(
        [sys.executable, str(DRIVER), str(event_path), LINE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert driver.stdout is not None
    try:
        first = driver.stdout.readline()
        assert first.startswith("session "), first + driver.stderr.read() if driver.stderr else ""
        session_id = first.split()[1]
        keys: list[tuple[float, int]] = []
        # Kill well into the line, while the driver is still typing without a pause.
        while not keys or keys[-1][1] < len(LINE) * 2 // 3:
            stamp, count = driver.stdout.readline().split()
            keys.append((float(stamp), int(count)))
        os.kill(driver.pid, signal.SIGKILL)
        keys += [(float(s), int(c)) for s, c in (row.split() for row in driver.stdout.read().splitlines())]
    finally:
        driver.kill()
        driver.wait(timeout=30)
    assert driver.returncode == -signal.SIGKILL
    last_time, last_count = keys[-1]
    assert last_count < len(LINE), "the kill came after the whole line was typed"

    with EventStore.open(event_path, read_only=True) as store:
        draft = store.draft(session_id)
    must_have = max((c for t, c in keys if t <= last_time - THROTTLE_S - SCHEDULING_SLACK_S), default=0)
    assert must_have > 0
    assert LINE.startswith(draft), draft
    assert len(draft) >= must_have, (len(draft), must_have, last_count)

    # Restarted, the app opens on that session with the line back and says so until it is sent.
    window = controller.open_path(event_path)
    assert window is not None
    view = window.session_view
    assert view.session_id == session_id
    assert view.capture.text() == draft
    assert view.banner.text == RECOVERED_MESSAGE
    view.capture.setFocus()
    qtbot.keyClicks(view.capture, LINE[len(draft) :])
    qtbot.keyClick(view.capture, Qt.Key.Key_Return)
    assert window.document.store.items(session_id)[-1].text == LINE
    assert view.banner.text == ""


SENTENCES = [
    "Cities learn best from peers facing the same problem",
    "The **budget** for exchanges doubles next year",
    "Réunion à Montréal avec l'équipe technique 🎉",
    "São Paulo shares its _participatory_ budgeting method",
    "Ask for the [slides](https://example.org/slides) after lunch",
    "Mayors must lead the change 👍",
    "Técnicos y alcaldes aprenden juntos en Medellín",
    "Three cities volunteer to host study visits in 2018",
    "Ownership of the roadmap stays with the members",
    "Wie lernen Städte voneinander? Über Projekte",
    "Pourquoi maintenant ? Parce que « les villes » apprennent : oui ; enfin !",
    "*Italic* emphasis and **bold** words from the floor",
    '=HYPERLINK("https://example.org/report","the report")',
]
# Leading marker -> the built-in tag it gives.
MARKERS = [
    ("", ()),
    ("! ", ("action",)),
    ("= ", ("decision",)),
    ("? ", ("question",)),
    ("* ", ("key-point",)),
]
# Endings typed while the completion popup is open (each is a prefix of more than one completion).
OPEN_POPUP_ENDINGS = [(" #training", ("training",)), (" #logistics", ("logistics",)), (" @UCLG", ())]


def _live_lines() -> list[tuple[str, str, tuple[str, ...]]]:
    """200 (typed line, stored text, tags), deterministic; a third end with the completion popup open."""
    lines = []
    for n in range(199):
        sentence = f"{SENTENCES[n % len(SENTENCES)]} ({n})"
        marker, tags = MARKERS[(n // 3) % len(MARKERS)]
        typed = marker + sentence
        if n % 3 == 0:
            ending, more = OPEN_POPUP_ENDINGS[(n // 3) % len(OPEN_POPUP_ENDINGS)]
            typed += ending
            tags = (*tags, *more)
        lines.append((typed, sentence, tags))
    long_text = " ".join(f"mot{n} élève 🌍" for n in range(200))[:2000].rstrip()
    lines.insert(100, (long_text, long_text, ()))
    return lines


def test_two_hundred_lines_typed_at_full_speed_become_two_hundred_notes(
    qtbot: QtBot, controller: AppController, event_path: Path
) -> None:
    with EventStore.open(event_path) as store:
        session = store.sessions()[1]  # "Peer learning workshop": no notes yet
        opening = store.sessions()[0]
        store.add_entry(opening.id, "Shared the #training-plan and #logistics-question lists")
        store.add_entry(opening.id, "Discussed with #training and #logistics")
        store.add_organisation("UCLG Africa")
    window = controller.open_path(event_path)
    assert window is not None
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_session(session.id, focus_capture=True)
    capture = window.session_view.capture
    capture.setFocus()
    lines = _live_lines()
    popups = 0
    for typed, _text, _tags in lines:
        type_text(qtbot, capture, typed)
        popups += capture.completer_popup_visible()
        press(qtbot, capture, Qt.Key.Key_Return)
        assert capture.text() == ""

    assert popups >= len(lines) // 3
    items = window.document.store.items(session.id)
    assert [(i.text, i.tags) for i in items] == [(text, tags) for _typed, text, tags in lines]
    assert window.session_view.count.text() == "200 notes"
    assert window.document.store.draft(session.id) == ""
