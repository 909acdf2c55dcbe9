"""The Décisions page by keyboard: numbered decisions with the minutes sentence, refused
duplicates, the numbering pattern, actions typed or made from the top-ranked idea, undo."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest

from facilitator import decisions as rules
from tests.ui.opened import opened


def type_text(widget, text):
    """Type any text, accents included (qtbot.keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the keyboard sends it: to an open completion popup first, like Qt does."""
    from PySide6.QtWidgets import QApplication

    QTest.keyClick(QApplication.activePopupWidget() or widget, key, modifier)


def ctrl_shift(widget, key):
    QTest.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)


@pytest.fixture
def people(store):
    with store.transaction():
        store.session.update(date="2026-11-12", decision_pattern="CM-{yyyy}-{mm}-{nnn}")
        alice = store.participants.add("Alice Côté", "Ville de Baie-Comeau", True)
        bruno = store.participants.add("Bruno Lévesque", None, True)
        store.participants.add("Chloé Fontaine", None, False)
    return alice, bruno


@pytest.fixture
def page(window, people, qtbot):
    p = window.show_page("decisions")
    window.activateWindow()
    qtbot.waitUntil(lambda: p.isVisible())
    return p


def test_models_pass_the_model_tester(ctx, people, qtbot):
    from facilitator_ui.models.decisions import ActionsModel, DecisionsModel

    store = ctx.store
    with store.transaction():
        rules.add_decision(store, "Adopter l'ordre du jour", proposed_by=people[0])
        i = store.ideas.add("Navette")
        store.decisions.add_action("Écrire au ministère", "Alice Côté", "2026-12-01", idea_id=i)
    for model in (DecisionsModel(ctx), ActionsModel(ctx)):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        model.reload()
        assert model.rowCount() == 1


def test_add_a_decision_edit_proposer_then_undo_by_keyboard(page, window, ctx, people):
    alice, bruno = people
    assert page.attendance.text() == "Present: 2 of 3 registered"
    ctrl_shift(page, Qt.Key.Key_D)
    [d] = ctx.store.decisions.list()
    assert d.number == "CM-2026-11-001"
    assert page.number_edit.text() == "CM-2026-11-001"
    assert page.text_edit.hasFocus()
    type_text(page.text_edit, "d'adopter l'ordre du jour tel que présenté.")
    press(page.text_edit, Qt.Key.Key_Tab)           # leaves the text: saved
    assert ctx.store.decisions.get(d.id).text == "d'adopter l'ordre du jour tel que présenté."
    assert page.proposed_box.lineEdit().hasFocus()
    type_text(page.proposed_box.lineEdit(), "Alice Côté")
    press(page.proposed_box.lineEdit(), Qt.Key.Key_Tab)
    assert ctx.store.decisions.get(d.id).proposed_by == alice
    type_text(page.seconded_box.lineEdit(), "bruno lévesque")   # case does not matter
    press(page.seconded_box.lineEdit(), Qt.Key.Key_Tab)
    assert ctx.store.decisions.get(d.id).seconded_by == bruno
    assert page.preview.text() == (
        "Il est proposé par Alice Côté, appuyé par Bruno Lévesque et résolu à la majorité "
        "d'adopter l'ordre du jour tel que présenté.")
    assert page.model.data(page.model.index(0, 2)) == "d'adopter l'ordre du jour tel que présenté."

    window.undo_action.trigger()                      # the seconder
    window.undo_action.trigger()                      # the proposer
    d = ctx.store.decisions.get(d.id)
    assert (d.proposed_by, d.seconded_by) == (None, None)
    assert page.proposed_box.currentText() == ""
    assert page.preview.text().startswith("Il est résolu à la majorité d'adopter")
    window.redo_action.trigger()
    assert ctx.store.decisions.get(d.id).proposed_by == alice
    assert page.proposed_box.currentText() == "Alice Côté"


def test_second_decision_takes_the_next_number_and_outcome_changes_the_wording(page, ctx):
    ctrl_shift(page, Qt.Key.Key_D)
    ctrl_shift(page, Qt.Key.Key_D)
    assert [d.number for d in ctx.store.decisions.list()] == ["CM-2026-11-001",
                                                              "CM-2026-11-002"]
    assert page.number_edit.text() == "CM-2026-11-002"
    page.outcome_box.setFocus()
    index = page.outcome_box.findData("adopted_unanimously")
    page.outcome_box.setCurrentIndex(index)
    page.outcome_box.activated.emit(index)
    assert ctx.store.decisions.list()[1].outcome == "adopted_unanimously"
    assert page.preview.text() == "Il est résolu à l'unanimité."
    page.for_spin.setValue(7)
    page.for_spin.editingFinished.emit()
    assert ctx.store.decisions.list()[1].votes_for == 7
    assert page.preview.text() == "Il est résolu à l'unanimité. Pour\u00a0: 7."


def test_the_form_shows_what_is_stored_after_an_action_is_added(page, ctx, people):
    """A rejected motion (2 for, 4 against) stays « Rejetée » in the form when an action is
    added or changed: the outcome list is never left on its first choice."""
    alice, bruno = people
    with ctx.store.transaction():
        rules.add_decision(ctx.store, "que la MRC finance des stationnements incitatifs.",
                           proposed_by=alice, seconded_by=bruno, outcome="rejected",
                           votes_for=2, votes_against=4)
    page.refresh({"decisions"})
    assert page.outcome_box.currentData() == "rejected"
    ctrl_shift(page, Qt.Key.Key_A)
    type_text(page.what_edit, "Relancer le CISSS")
    press(page.what_edit, Qt.Key.Key_Return)
    assert len(ctx.store.decisions.actions()) == 1
    assert page.outcome_box.currentData() == "rejected"
    assert page.outcome_box.currentText() == "Rejetée"
    assert (page.for_spin.value(), page.against_spin.value()) == (2, 4)
    assert page.preview.text().endswith("La proposition est rejetée "
                                        "(pour\u00a0: 2\u202f; contre\u00a0: 4).")
    # leaving the form after that does not write the wrong outcome either
    page.outcome_box.setFocus()
    page.what_edit.setFocus()
    assert ctx.store.decisions.list()[0].outcome == "rejected"


def test_a_duplicate_number_is_refused_naming_it(page, ctx, window):
    ctrl_shift(page, Qt.Key.Key_D)
    ctrl_shift(page, Qt.Key.Key_D)
    page.number_edit.setFocus()
    page.number_edit.selectAll()
    type_text(page.number_edit, "CM-2026-11-001")
    press(page.number_edit, Qt.Key.Key_Return)
    assert [d.number for d in ctx.store.decisions.list()] == ["CM-2026-11-001",
                                                              "CM-2026-11-002"]
    assert "« CM-2026-11-001 » est déjà celui d'une autre décision" in page.editor_error.text()
    assert page.number_edit.text() == "CM-2026-11-002"
    assert window.statusBar().currentMessage() == page.editor_error.text()
    # a free number is taken, and later numbers continue from it
    page.number_edit.selectAll()
    type_text(page.number_edit, "CM-2026-11-045")
    press(page.number_edit, Qt.Key.Key_Return)
    assert ctx.store.decisions.list()[1].number == "CM-2026-11-045"
    assert page.pattern_info.text() == "next: CM-2026-11-046"


def test_unknown_proposer_is_refused_and_nothing_is_written(page, ctx):
    ctrl_shift(page, Qt.Key.Key_D)
    type_text(page.proposed_box.lineEdit(), "Quelqu'un d'autre")
    press(page.proposed_box.lineEdit(), Qt.Key.Key_Return)
    assert ctx.store.decisions.list()[0].proposed_by is None
    assert "Quelqu'un d'autre" in page.editor_error.text()
    assert page.proposed_box.currentText() == ""


def test_numbering_pattern_checked_saved_and_undoable(page, ctx, window):
    page.pattern_edit.setFocus()
    page.pattern_edit.selectAll()
    type_text(page.pattern_edit, "PV-{aaaa}-{nn}")
    assert "« {aaaa} » est inconnu" in page.pattern_info.text()
    press(page.pattern_edit, Qt.Key.Key_Return)
    assert ctx.store.session.get().decision_pattern == "CM-{yyyy}-{mm}-{nnn}"
    page.pattern_edit.selectAll()
    type_text(page.pattern_edit, "PV-{yy}-{nn}")
    assert page.pattern_info.text() == "next: PV-26-01"
    press(page.pattern_edit, Qt.Key.Key_Return)
    assert ctx.store.session.get().decision_pattern == "PV-{yy}-{nn}"
    ctrl_shift(page, Qt.Key.Key_D)
    assert ctx.store.decisions.list()[0].number == "PV-26-01"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert ctx.store.session.get().decision_pattern == "CM-{yyyy}-{mm}-{nnn}"
    assert page.pattern_edit.text() == "CM-{yyyy}-{mm}-{nnn}"


def test_delete_removes_the_decision_and_undo_brings_it_back(page, ctx, window):
    ctrl_shift(page, Qt.Key.Key_D)
    page.table.setFocus()
    press(page.table, Qt.Key.Key_Delete)
    assert ctx.store.decisions.list() == []
    assert page.empty_hint.isVisible() and not page.editor.isVisible()
    window.undo_action.trigger()
    assert [d.number for d in ctx.store.decisions.list()] == ["CM-2026-11-001"]
    assert page.editor.isVisible() and page.number_edit.text() == "CM-2026-11-001"


def test_type_an_action_then_mark_it_done(page, ctx, window):
    ctrl_shift(page, Qt.Key.Key_A)
    assert page.what_edit.hasFocus()
    type_text(page.what_edit, "Écrire au ministère des Transports")
    press(page.what_edit, Qt.Key.Key_Tab)
    type_text(page.who_edit, "Alice Côté")
    press(page.who_edit, Qt.Key.Key_Return)
    [a] = ctx.store.decisions.actions()
    assert (a.text, a.owner, a.due, a.status) == ("Écrire au ministère des Transports",
                                                  "Alice Côté", None, "open")
    assert page.what_edit.text() == "" and page.what_edit.hasFocus()
    page.actions_table.setFocus()
    page.actions_table.setCurrentIndex(page.actions_model.index(0, 1))
    press(page.actions_table, Qt.Key.Key_Space)
    assert ctx.store.decisions.actions()[0].status == "done"
    assert page.actions_summary.text() == "Actions: 1; done: 1"
    window.undo_action.trigger()
    assert ctx.store.decisions.actions()[0].status == "open"


def test_action_table_edits_are_undoable(page, ctx, window):
    from facilitator_ui.models.decisions import DUE, WHO

    with ctx.store.transaction():
        ctx.store.decisions.add_action("Réserver la salle")
    page.refresh({"actions"})
    model = page.actions_model
    assert model.setData(model.index(0, WHO), "Bruno Lévesque")
    from PySide6.QtCore import QDate
    assert model.setData(model.index(0, DUE), QDate(2026, 12, 1))
    a = ctx.store.decisions.actions()[0]
    assert (a.owner, a.due) == ("Bruno Lévesque", "2026-12-01")
    assert model.data(model.index(0, DUE)) == "2026-12-01"
    window.undo_action.trigger()
    assert ctx.store.decisions.actions()[0].due is None


def test_action_from_the_top_ranked_idea(page, ctx, window):
    store = ctx.store
    with store.transaction():
        a, b, c = (store.ideas.add(t) for t in ("Navette", "Vélo « 4 saisons »", "Covoiturage"))
        rnd = store.voting.add_round("Priorités", "ideas", [a, b, c], 3, None, status="closed")
        store.voting.add_vote(rnd, b, None, 4)
        store.voting.add_vote(rnd, c, None, 1)
    ctrl_shift(page, Qt.Key.Key_I)
    dialog = opened(page)
    assert dialog is not None and dialog.isVisible()
    items = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert items == ["1. Vélo « 4 saisons »  (4 dots)", "2. Covoiturage  (1 dot)",
                     "3. Navette  (no dots)"]
    press(dialog.filter, Qt.Key.Key_Return)          # the top one, already selected
    [action] = store.decisions.actions()
    assert (action.text, action.idea_id, action.status) == ("Vélo « 4 saisons »", b, "open")
    assert page.actions_model.data(page.actions_model.index(0, 4)) == "Vélo « 4 saisons »"
    # the filter picks another one
    ctrl_shift(page, Qt.Key.Key_I)
    type_text(opened(page).filter, "nav")
    press(opened(page).filter, Qt.Key.Key_Return)
    assert [x.idea_id for x in store.decisions.actions()] == [b, a]
    window.undo_action.trigger()
    assert [x.idea_id for x in store.decisions.actions()] == [b]


def test_no_ideas_says_where_to_get_some(page, window):
    ctrl_shift(page, Qt.Key.Key_I)
    assert opened(page) is None
    assert "Ctrl+4" in window.statusBar().currentMessage()


def test_participants_link_and_attendance_follow_presence(page, window, ctx, people):
    page.participants_button.click()
    assert window.current_page_key() == "participants"
    ctx.do("présent", lambda: ctx.store.participants.update(people[1], present=False))
    # the Décisions page, not shown, catches up when it is shown again
    assert window.show_page("decisions") is page
    assert page.attendance.text() == "Present: 1 of 3 registered"


def test_french_interface(qt_lang, window, people, qtbot):
    page = window.show_page("decisions")
    ctrl_shift(page, Qt.Key.Key_D)
    assert page.attendance.text() == "Présents : 2 sur 3 inscrits"
    assert page.pattern_info.text() == "prochain : CM-2026-11-002"
    assert page.add_button.text() == "Nouvelle décision"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Issue"
    assert page.model.data(page.model.index(0, 1)) == "Adoptée"
