"""The session's evaluation in the window (issue 16): an agenda item is marked as the session's
evaluation (More menu), the group's scores and what to keep or change are recorded in a dialog,
as one undoable change, and said in the minutes."""
from __future__ import annotations

import pytest

from facilitator import evaluation


@pytest.fixture
def page(window, store):
    with store.transaction():
        store.agenda.add("Accueil", 10)
        store.agenda.add("Bilan", 10)
    window.ctx.changed.emit({"agenda", "session"})
    return window.show_page("agenda")


def test_mark_an_item_as_the_sessions_evaluation(page, store, window):
    page._select_row(1)
    bilan = store.agenda.list()[1].id
    assert not page.evaluation_item_action.isChecked()
    page.evaluation_item_action.trigger()
    assert store.evaluation.items() == [bilan]
    page._select_row(1)
    assert page.evaluation_item_action.isChecked()
    window.ctx.undo_stack.undo()
    assert store.evaluation.items() == []


def test_add_an_evaluation_item_when_there_is_none(page, store):
    page.add_evaluation_item()
    items = store.agenda.list()
    assert items[-1].title == "Évaluation de la séance" and items[-1].planned_minutes == 10
    assert store.evaluation.items() == [items[-1].id]


def test_the_dialog_records_scores_and_notes_in_one_undoable_change(qtbot, page, store,
                                                                   window, monkeypatch):
    from facilitator_ui.dialogs.evaluation import EvaluationDialog

    def fill(dialog):
        dialog.spins[5].setValue(2)
        dialog.spins[4].setValue(6)
        dialog.keep.add("Les tours de parole courts")
        dialog.change.add("Envoyer les documents plus tôt")
        assert dialog.summary.text() == "Note moyenne : 4,3 sur 5 (8 personnes)."
        return 1

    monkeypatch.setattr(EvaluationDialog, "exec", fill)
    before = window.ctx.undo_stack.count()
    assert page.open_evaluation()
    got = evaluation.read(store)
    assert got.ratings == {4: 6, 5: 2}
    assert got.keep == ["Les tours de parole courts"]
    assert got.change == ["Envoyer les documents plus tôt"]
    assert window.ctx.undo_stack.count() == before + 1
    window.ctx.undo_stack.undo()
    assert evaluation.read(store).empty


def test_the_dialog_shows_what_was_recorded(qtbot, store):
    from facilitator_ui.dialogs.evaluation import EvaluationDialog

    with store.transaction():
        evaluation.record(store, {3: 4}, ["A"], ["B", "C"])
    d = EvaluationDialog(evaluation.read(store))
    qtbot.addWidget(d)
    assert d.spins[3].value() == 4 and d.spins[5].value() == 0
    assert d.keep.texts() == ["A"] and d.change.texts() == ["B", "C"]
    d.change.list.setCurrentRow(0)
    d.change.remove_current()
    assert d.values() == ({1: 0, 2: 0, 3: 4, 4: 0, 5: 0}, ["A"], ["C"])


def test_the_evaluation_item_is_marked_in_the_agenda(page, store):
    from PySide6.QtCore import Qt

    from facilitator_ui.models.agenda import TITLE

    page.add_evaluation_item()
    model = page.model
    last = model.rowCount() - 1
    assert model.index(last, TITLE).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(last, TITLE).data(Qt.ItemDataRole.ToolTipRole) == model.tr(
        "The session's evaluation (More › Session evaluation…)")   # in the UI's language
    assert model.index(0, TITLE).data(Qt.ItemDataRole.DecorationRole) is None


def test_the_live_console_offers_the_evaluation_at_its_item(qtbot, page, store, window,
                                                          monkeypatch):
    from facilitator_ui.dialogs.evaluation import EvaluationDialog

    with store.transaction():
        store.evaluation.set_item(store.agenda.list()[1].id, True)
    window.ctx.changed.emit({"agenda"})
    page.run_button.click()
    console = page.console
    assert console.evaluation_button.isHidden()            # « Accueil »: not the evaluation
    console.next_button.click()
    assert console.title_label.text() == "Bilan"
    assert not console.evaluation_button.isHidden()
    opened = []
    monkeypatch.setattr(EvaluationDialog, "exec", lambda self: opened.append(True) or 0)
    console.evaluation_button.click()
    assert opened == [True]
    page.stop_run(confirm=False)
