"""Synergies: grouped by party, counted in the matrix, listed per cell with their session, and a jump to the note."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings)

from meetingkit.core.model import SynergyFields
from meetingkit.store import EventStore
from meetingkit.ui.commands import AddItem
from meetingkit.ui.document import EventDocument
from meetingkit.ui.models.synergies_model import CountRole
from meetingkit.ui.settings import Settings
from meetingkit.ui.views.synergies_view import SynergiesView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _view(qtbot: QtBot, document: EventDocument, settings: Settings) -> SynergiesView:
    view = SynergiesView(document, settings)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_matrix_counts_pairs_and_a_cell_lists_its_synergies_with_sessions(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore
) -> None:
    view = _view(qtbot, document, settings)
    workshop = store.sessions()[1]
    # A person counts for their organisation in the matrix.
    store.add_person("Emilia Saiz", organisation="UCLG")
    document.people_changed.emit()
    assert document.push(
        AddItem(
            document,
            workshop.id,
            "Joint peer review of training offers",
            synergy=SynergyFields(parties=("Emilia Saiz", "Metropolis"), theme="Training"),
        )
    )
    model = view.matrix_model
    assert model.names == ["Metropolis", "UCLG"]
    pair = model.index(0, 1)
    assert pair.data(CountRole) == 2
    assert pair.data() == "2"
    assert model.index(1, 0).data() == "2"

    view.tabs.setCurrentIndex(1)
    view.matrix.selectionModel().setCurrentIndex(pair, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert "Metropolis and UCLG" in view.cell_title.text()
    assert view.cell_list.topLevelItemCount() == 2
    rows = [view.cell_list.topLevelItem(n) for n in range(2)]
    sessions = {row.text(2) for row in rows}  # type: ignore[union-attr]
    assert sessions == {"Day 1 · 09:30 · Opening plenary", "Day 1 · 11:00 · Peer learning workshop"}

    review = next(r for r in rows if r.text(0).startswith("Joint peer review"))  # type: ignore[union-attr]
    view.cell_list.setCurrentItem(review)
    with qtbot.waitSignal(view.jump_requested) as jump:
        qtbot.keyClick(view.cell_list, Qt.Key.Key_Return)
    assert jump.args == [store.items(workshop.id)[-1].id]


def test_tree_groups_by_party_and_follows_undo(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore
) -> None:
    view = _view(qtbot, document, settings)
    tops = [view.tree_model.index(n, 0).data() for n in range(view.tree_model.rowCount())]
    assert tops == ["Metropolis (1)", "UCLG (1)"]
    opening = store.sessions()[0]
    assert document.push(
        AddItem(
            document,
            opening.id,
            "Shared city data portal",
            synergy=SynergyFields(parties=("UN-Habitat", "UCLG")),
        )
    )
    tops = [view.tree_model.index(n, 0).data() for n in range(view.tree_model.rowCount())]
    assert tops == ["Metropolis (1)", "UCLG (2)", "UN-Habitat (1)"]
    document.undo_stack.undo()
    tops = [view.tree_model.index(n, 0).data() for n in range(view.tree_model.rowCount())]
    assert tops == ["Metropolis (1)", "UCLG (1)"]

    child = view.tree_model.index(0, 0, view.tree_model.index(0, 0))
    view.tree.setCurrentIndex(child)
    with qtbot.waitSignal(view.jump_requested) as jump:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert store.item(jump.args[0]).text == "Metropolis and UCLG align training agendas"


def test_synergy_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
    document: EventDocument,
    settings: Settings,
) -> None:
    view = _view(qtbot, document, settings)
    # The tester walks what is there: an empty model would pass without checking anything.
    assert view.matrix_model.rowCount() > 0 and view.tree_model.rowCount() > 0
    qtmodeltester.check(view.matrix_model)
    qtmodeltester.check(view.tree_model)
