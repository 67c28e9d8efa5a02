"""At congress scale the app reads what changed: Enter with every organiser page built decodes O(1) records,
and building a page touches each record a bounded number of times (a counting store, not a clock)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.core.model import Horizon
from meetingkit.store import EventStore, rows
from meetingkit.ui.app import AppController
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.models.actions_model import COL_SESSION, ActionsFilter, ActionsModel
from meetingkit.ui.views.actions_view import ActionsView

ITEMS = 2_000
SESSIONS = 20
ORGANISER_PAGES = ("actions", "synergies", "roadmap", "participants", "media", "outcomes")
LINES = (
    "The mayor stressed the role of technical staff",
    "! Circulate the calendar @UCLG due:2026-10-15 ^short",
    "~ @Metropolis and @UCLG align their training agendas",
    "= The next meeting is hosted by Montevideo",
)


@pytest.fixture(scope="module")
def congress_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2,000 items over 20 sessions, a third of them actions or synergies (built once for the module)."""
    path = tmp_path_factory.mktemp("congress") / "congress.meeting"
    store = EventStore.create(
        path, title="Congress", start=dt.date(2025, 10, 6), end=dt.date(2025, 10, 7), organisers=["UCLG"]
    )
    with store, store.transaction():
        days = store.days()
        sessions = [
            store.add_session(days[n % 2].id, f"Session {n + 1}", start="09:00") for n in range(SESSIONS)
        ]
        for n in range(ITEMS):
            store.add_entry(sessions[n * SESSIONS // ITEMS].id, f"{LINES[n % 3]} number {n}")
    return path


@pytest.fixture
def congress(congress_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "congress.meeting"
    copy.write_bytes(congress_file.read_bytes())
    return copy


@pytest.fixture
def decoded(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many stored rows of each kind were decoded into records (every decoder of store.rows counted)."""
    counts: Counter[str] = Counter()

    def counting(name: str, decode: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            counts[name] += 1
            return decode(*args, **kwargs)

        return wrapper

    for name in dir(rows):
        value = getattr(rows, name)
        if name.endswith("_from") and callable(value) and name != "record_from":
            monkeypatch.setattr(rows, name, counting(name, value))
    return counts


@pytest.fixture
def full_window(qtbot: QtBot, qapp: QApplication, congress: Path) -> Iterator[MainWindow]:
    controller = AppController.start(qapp, ask=lambda *_: True, ask_name=lambda _p: "", settings=None)
    window = controller.open_path(congress)
    assert window is not None
    qtbot.waitExposed(window)
    yield window
    for opened in list(controller.windows):
        opened.close()
    controller.setParent(None)
    controller.deleteLater()


def test_enter_with_every_organiser_page_built_decodes_only_the_new_note(
    qtbot: QtBot, full_window: MainWindow, decoded: Counter[str]
) -> None:
    window = full_window
    for key in ORGANISER_PAGES:
        window.show_view(key)
    window.show_view("sessions")
    session = window.document.store.sessions()[3]
    window.navigator.select_record(session.id)
    capture = window.session_view.capture
    capture.setFocus()
    before = window.document.store.items(session.id)
    for line in LINES:
        decoded.clear()
        qtbot.keyClicks(capture, line)
        qtbot.keyClick(capture, Qt.Key.Key_Return)
        assert capture.text() == ""
        # The new note, read back once per page that shows it, and its session: never the event.
        assert sum(decoded.values()) <= 12, decoded
    texts = [i.text for i in window.document.store.items(session.id)][len(before) :]
    assert len(texts) == len(LINES)
    # The pages still show what the file holds: the action and the synergy typed above are on them.
    actions = window.view("actions")
    assert isinstance(actions, ActionsView)
    shown = [actions.proxy.index(r, 1).data() for r in range(actions.proxy.rowCount())]
    assert "Circulate the calendar" in shown


def test_building_each_page_reads_each_note_at_most_twice(
    qtbot: QtBot, full_window: MainWindow, decoded: Counter[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Sorting by session must use the row's own programme place, not look the row up among the others.
    lookups: Counter[str] = Counter()
    row_of = ActionsModel.row_of
    monkeypatch.setattr(
        ActionsModel, "row_of", lambda self, item_id: (lookups.update(["row_of"]), row_of(self, item_id))[1]
    )
    sorts: list[int] = []
    sort = ActionsFilter.sort
    monkeypatch.setattr(
        ActionsFilter,
        "sort",
        lambda self, column, order=Qt.SortOrder.AscendingOrder: (
            sorts.append(column),
            sort(self, column, order),
        )[1],
    )
    window = full_window
    for key in ORGANISER_PAGES:
        decoded.clear()
        window.show_view(key)
        assert decoded["item_from"] <= 2 * ITEMS, (key, decoded)
    assert lookups["row_of"] == 0
    assert sorts == [COL_SESSION]  # the page sorts once, in programme order
    actions = window.view("actions")
    assert isinstance(actions, ActionsView)
    shown = [actions.proxy.index(r, 1).data() for r in range(actions.proxy.rowCount())]
    assert len(shown) == ITEMS // 3 + 1  # every third note is an action, in programme order
    assert shown[:2] == ["Circulate the calendar UCLG number 1", "Circulate the calendar UCLG number 4"]


def test_check_reads_each_record_once(congress: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from meetingkit.store.check import check

    per_table: Counter[str] = Counter()
    record_from = rows.record_from
    monkeypatch.setattr(
        rows, "record_from", lambda table, row: (per_table.update([table]), record_from(table, row))[1]
    )
    with EventStore.open(congress, read_only=True) as store:
        report = check(store)
    assert report.ok, report.errors
    assert f"{SESSIONS} sessions, {ITEMS} items" in report.facts[0]
    assert per_table["item"] == ITEMS and per_table["session"] == SESSIONS


def test_roadmap_builds_a_screenful_of_cards_per_cell_and_more_on_request(
    qtbot: QtBot, full_window: MainWindow
) -> None:
    from meetingkit.ui.views.roadmap_view import CELL_CARDS, MORE_CARDS, Place, RoadmapBoard

    board = full_window.show_view("roadmap")
    assert isinstance(board, RoadmapBoard)
    short = Place(Horizon.SHORT, "")  # every action typed above says ^short
    cell = board.cells[short]
    actions = ITEMS // 3 + 1
    assert len(board.cards) == CELL_CARDS
    assert cell.more is not None and cell.more.isVisible()
    qtbot.mouseClick(cell.more, Qt.MouseButton.LeftButton)
    assert len(board.cards) == CELL_CARDS + MORE_CARDS
    # A card moved by keys stays in sight in its new cell, and its old cell keeps what was asked for.
    card = next(iter(board.cards.values()))
    moved = card.item.id
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: board.place_of(moved).horizon is Horizon.MEDIUM, timeout=10_000)
    assert moved in board.cards and board.cards[moved].isVisibleTo(board)
    in_short = sum(1 for item_id in board.cards if board.place_of(item_id) == short)
    assert in_short == min(CELL_CARDS + MORE_CARDS, actions - 1)


def test_enter_works_out_the_size_of_the_new_row_only(
    qtbot: QtBot, full_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The stream lays out every row again when a note arrives (Qt's list view does): each row must
    # then answer from what it worked out before, not build its details line again.
    from meetingkit.ui.models import stream_model

    built: Counter[str] = Counter()
    details_line = stream_model.details_line
    monkeypatch.setattr(
        stream_model, "details_line", lambda item: (built.update([item.id]), details_line(item))[1]
    )
    window = full_window
    session = window.document.store.sessions()[2]
    window.navigator.select_record(session.id)
    shown = window.session_view.stream.model().rowCount()
    assert shown == ITEMS // SESSIONS
    capture = window.session_view.capture
    capture.setFocus()
    qtbot.waitUntil(lambda: len(built) >= shown, timeout=10_000)  # the first layout measured them all
    for line in LINES:
        built.clear()
        qtbot.keyClicks(capture, line)
        qtbot.keyClick(capture, Qt.Key.Key_Return)
        assert capture.text() == ""
        assert set(built) <= {window.session_view.selected_item_id()}, built
    assert window.session_view.stream.model().rowCount() == shown + len(LINES)


def test_the_pack_is_built_without_reading_the_notes_on_the_window_thread(
    qtbot: QtBot,
    full_window: MainWindow,
    decoded: Counter[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    # The pack reads the event in a process of its own: the window decodes no note for it, so it
    # stays free to answer however large the event (the counting decoders see this process only).
    from meetingkit.ui.views import outcomes_view

    target = tmp_path / "pack"
    monkeypatch.setattr(outcomes_view, "save_file", lambda *_args, **_kwargs: target)
    view = full_window.show_view("outcomes")
    assert isinstance(view, outcomes_view.OutcomesView)
    decoded.clear()
    with qtbot.waitSignal(view.job_finished, timeout=120_000) as finished:
        qtbot.mouseClick(view.pack_button, Qt.MouseButton.LeftButton)
    assert finished.args == [str(target)]
    assert decoded["item_from"] == 0, decoded
    markdown = (target / "full-written-summaries.md").read_text(encoding="utf-8")
    assert "Circulate the calendar UCLG number 1999" in markdown  # the last note: every note is in
