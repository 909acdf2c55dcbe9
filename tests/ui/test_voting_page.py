"""The Vote page through the interface: set up a round, the three ways of recording dots (paper
grid typed by keyboard, ballots at the laptop, named ballots typed by the facilitator), refusals
said in words, ex aequo ranks, hidden-until-revealed on the projector, runoffs."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from facilitator.ops import voting as ballots
from tests.ui.opened import opened

IDEAS = ["Navette « Lac-Vert » 🚌", "Coop d'habitation", "Pistes cyclables", "ᐃᓄᒃᑎᑐᑦ signage",
         "Marché public"]


@pytest.fixture
def data(store):
    with store.transaction():
        theme = store.ideas.add_theme("Mobilité")
        ideas = [store.ideas.add(t, theme if i % 2 == 0 else None) for i, t in enumerate(IDEAS)]
        people = [store.participants.add(n, present=True)
                  for n in ("Martine Beaulieu", "Réjean Lapointe", "Chloé Ouellet")]
    return ideas, people


@pytest.fixture
def page(qtbot, ctx, qt_lang, data):
    from facilitator_ui.pages.voting import VotingPage

    p = VotingPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    return p


def make_round(ctx, ideas, *, anonymous=True, budget=3, cap=2, status="open", title="Priorités"):
    store = ctx.store
    rid = ctx.do("test", lambda: ballots.create_round(store, title, "ideas", ideas, budget, cap,
                                                      anonymous))
    if status != "draft":
        ctx.do("open", lambda: ballots.open_round(store, rid))
    if status == "closed":
        ctx.do("close", lambda: ballots.close_round(store, rid))
    return rid


def unnamed(store, rid):
    return {v.item_id: v.dots for v in store.voting.votes(rid) if v.participant_id is None}


def cell(view, row, col):
    return view.model().index(row, col).data()


# -- models -------------------------------------------------------------------------------------
def test_models_pass_the_item_model_tester(page, ctx, data, qtbot):
    from facilitator_ui.models.voting import BallotModel, ComparisonModel

    ideas, people = data
    rid = make_round(ctx, ideas, anonymous=False)
    page.select_round(rid)
    testers = [QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Fatal)
               for m in (page.rounds_model, page.grid_model, page.results_model)]
    ballot = BallotModel(ctx.store.voting.round(rid), ballots.candidate_labels(ctx.store, rid and
                                                                                ctx.store.voting.round(rid)),
                         buttons=True)
    comparison = ComparisonModel()
    testers += [QAbstractItemModelTester(ballot), QAbstractItemModelTester(comparison)]
    ballot.add(0, 1)
    comparison.set_rounds(ctx.store, ctx.store.voting.rounds())
    ctx.do("paper", lambda: ballots.record_paper_totals(ctx.store, rid, {ideas[1]: 4}))
    page.tabs.setCurrentIndex(2)
    ctx.do("ballot", lambda: ballots.record_ballot(ctx.store, rid, people[0], {ideas[2]: 1}))
    make_round(ctx, ideas[:2], title="Deuxième")
    assert len(testers) == 5 and page.rounds_model.rowCount() == 2


# -- setting up ---------------------------------------------------------------------------------
def test_new_round_dialog_suggests_a_third_with_the_reason(page, ctx, data):
    ideas, _ = data
    page.new_round()
    dialog = opened(page)
    assert dialog.budget.value() == 2  # 5 ideas -> about a third
    assert "Avec 5 candidats" in dialog.reason.text()
    dialog.scope_theme.click()  # the theme's ideas: 3 of them
    assert dialog.candidates() == [ideas[0], ideas[2], ideas[4]]
    assert dialog.budget.value() == 1 and "1 point par personne" in dialog.reason.text()
    dialog.title_edit.setText("Priorités mobilité")
    dialog.named.setChecked(True)
    dialog.accept()
    (rnd,) = ctx.store.voting.rounds()
    assert (rnd.title, rnd.candidates, rnd.dots_per_participant, rnd.anonymous, rnd.status,
            rnd.revealed) == ("Priorités mobilité", [ideas[0], ideas[2], ideas[4]], 1, False,
                              "draft", False)
    assert page.round_title.text() == "Priorités mobilité"
    assert page.open_button.text() == "Ouvrir le vote"


def test_lowering_the_cap_below_a_ballot_is_refused_in_the_dialog(page, ctx, data):
    ideas, (martine, *_) = data
    rid = make_round(ctx, ideas, anonymous=False, budget=4, cap=None)
    ctx.do("b", lambda: ballots.record_ballot(ctx.store, rid, martine, {ideas[1]: 3}))
    page.select_round(rid)
    page.edit_settings()
    dialog = opened(page)
    assert dialog.locked_note.isVisibleTo(dialog)
    dialog.cap_on.setChecked(True)
    dialog.cap.setValue(2)
    dialog.accept()
    assert dialog.error.text() == ("Impossible de limiter à 2 points par candidat : Martine "
                                   "Beaulieu en a déjà placé 3 sur « Coop d'habitation ».")
    assert dialog.isVisible() and ctx.store.voting.round(rid).max_per_item is None


# -- mode 1: the paper grid, by keyboard --------------------------------------------------------
def test_paper_grid_is_typed_with_digits_and_enter_and_tab(page, ctx, data, qtbot):
    ideas, _ = data
    rid = make_round(ctx, ideas)
    page.select_round(rid)
    page.focus_grid()
    grid = page.grid
    assert grid.hasFocus() and grid.currentIndex().row() == 0

    def type_total(text, key):
        """Type into whatever has the focus, as a person would."""
        for ch in text:
            qtbot.keyClicks(QApplication.focusWidget(), ch)
        qtbot.keyClick(QApplication.focusWidget(), key)

    type_total("12", Qt.Key.Key_Return)  # the first digit opens the cell
    qtbot.waitUntil(lambda: unnamed(ctx.store, rid).get(ideas[0]) == 12)
    assert grid.currentIndex().row() == 1  # Enter went on to the next candidate, open
    type_total("7", Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: unnamed(ctx.store, rid).get(ideas[1]) == 7)
    type_total("30", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: unnamed(ctx.store, rid).get(ideas[2]) == 30)
    type_total("0", Qt.Key.Key_Backtab)  # Shift+Tab: back up, without changing anything
    assert grid.currentIndex().row() == 2
    assert unnamed(ctx.store, rid) == {ideas[0]: 12, ideas[1]: 7, ideas[2]: 30}
    assert page.running_total.text().startswith("Points en tout : 49")
    # 3 present × 3 dots = 9 at most: 49 is flagged (issue 12), not refused
    assert "9" in page.running_total.text() and "⚠" in page.running_total.text()
    assert page.running_total.styleSheet()
    assert cell(grid, 2, 3) == "30"
    ctx.undo_stack.undo()
    assert unnamed(ctx.store, rid) == {ideas[0]: 12, ideas[1]: 7}
    assert cell(grid, 2, 1) == ""


def test_grid_is_read_only_until_the_round_is_open(page, ctx, data):
    ideas, _ = data
    rid = make_round(ctx, ideas, status="draft")
    page.select_round(rid)
    assert not page.grid_model.flags(page.grid_model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert "Ouvrez le vote" in page.grid_help.text()
    page.toggle_open()
    assert ctx.store.voting.round(rid).status == "open"
    assert page.grid_model.flags(page.grid_model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable


# -- mode 2: ballots at the laptop --------------------------------------------------------------
def test_laptop_ballot_refuses_over_cap_and_budget_with_the_reason(page, ctx, data, qtbot,
                                                                   messages):
    ideas, _ = data
    rid = make_round(ctx, ideas, anonymous=True, budget=3, cap=2)
    page.select_round(rid)
    page.laptop_ballots()
    d = opened(page)
    assert d.isVisible() and d.isFullScreen()
    qtbot.waitUntil(d.isActiveWindow)
    # anonymous, but each person says who they are, only so that nobody votes twice
    assert d.who_filter.hasFocus()
    d.who_list.setCurrentRow(0)
    qtbot.keyClick(d.who_filter, Qt.Key.Key_Return)
    assert d.pages.currentIndex() == 1 and d.table.hasFocus()
    table = d.table
    qtbot.keyClick(table, Qt.Key.Key_Plus)
    qtbot.keyClick(table, Qt.Key.Key_Plus)
    qtbot.keyClick(table, Qt.Key.Key_Plus)  # a third dot on the first idea: over the cap
    # one line says what the ballot holds and why the dot was not placed (issue 12)
    assert d.left_label.text() == "2 placés, 1 restant ; au plus 2 sur ce candidat"
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClicks(table, "1")
    assert d.left_label.text() == "3 placés, 0 restant"
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Plus)  # a fourth dot: over the budget
    assert d.left_label.text() == "3 placés, 0 restant ; ce point dépasserait le budget"
    assert d.model.ballot() == {ideas[0]: 2, ideas[1]: 1}
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Minus)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    table.clicked.emit(d.model.index(2, 3))  # the + button of the third idea
    assert d.model.ballot() == {ideas[0]: 2, ideas[2]: 1}
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert unnamed(ctx.store, rid) == {ideas[0]: 2, ideas[2]: 1}
    # the screen is cleared for the next person; the earlier ballot is nowhere to be seen
    assert d.pages.currentIndex() == 0
    assert d.done_label.text().startswith("Bulletin enregistré")
    assert d.model.ballot() == {} and d.refusal.text() == ""
    d.who_list.setCurrentRow(0)  # the same person again: refused, not replaced
    d.start_ballot()
    assert d.pages.currentIndex() == 0 and "déjà voté" in d.done_label.text()
    d.who_list.setCurrentRow(1)
    d.start_ballot()
    assert all(cell(table, r, 1) == "0" for r in range(len(ideas)))
    d.reject()  # Esc during a ballot: back to the start screen, nothing recorded
    assert d.isVisible() and d.pages.currentIndex() == 0
    d.reject()  # Esc between ballots asks first (answered yes here)
    assert messages[-1][2] == "Quitter les bulletins et revenir à la console?"
    assert not d.isVisible()
    assert page.tabs.currentIndex() == 1  # the console shows no totals behind the dialog
    assert all(v.participant_id is None for v in ctx.store.voting.votes(rid))


def test_named_laptop_ballot_starts_with_who_is_voting(page, ctx, data, qtbot):
    ideas, (martine, rejean, _) = data
    rid = make_round(ctx, ideas, anonymous=False, budget=2, cap=None)
    page.select_round(rid)
    page.laptop_ballots()
    d = opened(page)
    d.start_ballot()  # nobody chosen yet
    assert d.pages.currentIndex() == 0 and d.done_label.text() == (
        "Choisissez d'abord votre nom dans la liste.")
    d.who_filter.setText("réj")
    qtbot.keyClick(d.who_filter, Qt.Key.Key_Return)
    assert d.ballot_title.text() == "Réjean Lapointe, placez vos points"
    qtbot.keyClicks(d.table, "2")
    d.confirm_button.click()
    assert [(v.item_id, v.participant_id, v.dots) for v in ctx.store.voting.votes(rid)] == [
        (ideas[0], rejean, 2)]
    assert "a voté" in d.who_list.item(1).text()


# -- mode 3: named ballots typed by the facilitator ---------------------------------------------
def test_named_ballots_typed_by_the_facilitator(page, ctx, data, qtbot):
    ideas, (martine, rejean, chloe) = data
    rid = make_round(ctx, ideas, anonymous=False, budget=3, cap=2)
    page.select_round(rid)
    page.tabs.setCurrentIndex(1)
    page.named_ballots()
    d = opened(page)
    assert d.voter() == martine and d.heading.text() == "Bulletin de Martine Beaulieu"
    qtbot.waitUntil(d.isActiveWindow)
    d.grid.start(0)
    qtbot.keyClicks(d.grid, "3")  # over the cap: refused in words, nothing kept
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: d.refusal.text() != "")
    assert d.refusal.text() == ("3 points sur « Navette « Lac-Vert » 🚌 », 2 au maximum par "
                                "candidat.")
    assert d.grid.currentIndex().row() == 0 and d.model.ballot() == {}  # stays there
    qtbot.keyClicks(QApplication.focusWidget(), "2")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: d.model.ballot() == {ideas[0]: 2})
    assert d.grid.currentIndex().row() == 1  # Enter moved to the next candidate
    qtbot.keyClicks(QApplication.focusWidget(), "1")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: d.model.spent() == 3)
    assert d.spent_label.text() == "3 points placés sur 3"
    d.save()
    assert voting_ballots(ctx, rid) == {martine: {ideas[0]: 2, ideas[1]: 1}}
    assert d.voter() == rejean  # the next person without a ballot
    assert d.saved_label.text() == "Enregistré : le bulletin de Martine Beaulieu."
    d.grid.start(3)
    qtbot.keyClicks(d.grid, "1")
    d.save()  # Ctrl+Enter while typing keeps what is typed
    assert voting_ballots(ctx, rid)[rejean] == {ideas[3]: 1}
    assert "✓ 3" in d.who_list.item(0).text()
    d.accept()
    assert page.voters_title.text() == "2 participants sur 3 ont un bulletin"


def voting_ballots(ctx, rid):
    from facilitator.voting import ballots as by_person

    return by_person(ctx.store.voting.votes(rid))


def test_named_ballots_are_not_offered_for_anonymous_rounds(page, ctx, data, messages):
    ideas, _ = data
    rid = make_round(ctx, ideas, anonymous=True)
    page.select_round(rid)
    page.tabs.setCurrentIndex(1)
    assert not page.named_button.isEnabled() and page.laptop_button.isEnabled()
    assert "Rien ne relie un bulletin à une personne" in page.ballots_note.text()
    assert not page.voters_list.isVisibleTo(page)


# -- results ------------------------------------------------------------------------------------
def test_results_show_ex_aequo_ranks_and_who_voted_only_in_named_rounds(page, ctx, data):
    ideas, (martine, rejean, _) = data
    rid = make_round(ctx, ideas, anonymous=False, budget=5, cap=None)
    store = ctx.store
    ctx.do("p", lambda: ballots.record_paper_totals(store, rid, {ideas[0]: 9, ideas[1]: 4,
                                                                 ideas[2]: 5, ideas[3]: 1}))
    ctx.do("b", lambda: ballots.record_ballot(store, rid, martine, {ideas[1]: 1}))
    page.select_round(rid)
    page.tabs.setCurrentIndex(2)
    view = page.results_view
    ranks = [cell(view, r, 0) for r in range(5)]
    assert ranks == ["1", "2 ex æquo", "2 ex æquo", "4", "5"]
    assert [cell(view, r, 2) for r in range(5)] == ["9", "5", "5", "1", "0"]
    assert cell(view, 0, 3) == "45 %"
    assert cell(view, 1, 5) == "Martine Beaulieu (1)" and cell(view, 1, 4) == "1"
    assert not view.isColumnHidden(5)
    assert [b.rank for b in page.chart.bars] == [1, 2, 2, 4, 5]
    assert "Cachés à la salle" in page.reveal_note.text()

    anon = make_round(ctx, ideas, anonymous=True, title="Anonyme")
    ctx.do("b", lambda: ballots.record_ballot(store, anon, rejean, {ideas[4]: 2}))
    page.select_round(anon)
    assert view.isColumnHidden(5) and cell(view, 0, 4) == "—"
    assert "Martine" not in page.results_summary.text()


# -- the projector ------------------------------------------------------------------------------
def test_projector_shows_results_only_after_reveal(page, ctx, data, qtbot):
    from facilitator_ui.presenter import results_view  # registers the view
    from facilitator_ui.presenter.window import PresenterWindow

    ideas, _ = data
    rid = make_round(ctx, ideas, anonymous=True)
    ctx.do("p", lambda: ballots.record_paper_totals(ctx.store, rid, {ideas[2]: 11}))
    shown: list[str] = []
    ctx.room_view.viewChanged.connect(shown.append)
    page.select_round(rid)
    page.show_in_room()
    room = ctx.room_view.window              # the page switched the room view through its owner
    qtbot.addWidget(room)
    view = room.views["results"]
    assert shown == ["results"] and isinstance(view, results_view.ResultsRoomView)
    assert not view.is_showing_results()
    assert view.hidden_big.text() == "Résultats cachés"
    assert view.chart.bars == [] and "11" not in view.hidden_title.text()
    page.reveal_button.click()
    assert ctx.store.voting.round(rid).revealed and shown == ["results", "results"]
    assert view.is_showing_results()
    assert view.chart.bars[0].label == IDEAS[2] and view.chart.bars[0].value == 11
    assert view.summary.text() == "11 points en tout"
    page.reveal_button.click()  # hide again
    assert not view.is_showing_results()
    ctx.undo_stack.undo()  # undoing the hide shows them again
    assert view.is_showing_results()


# -- runoffs ------------------------------------------------------------------------------------
def test_runoff_from_the_top_of_a_closed_round_and_side_by_side(page, ctx, data, messages):
    ideas, _ = data
    rid = make_round(ctx, ideas, anonymous=True, budget=3, cap=2)
    ctx.do("p", lambda: ballots.record_paper_totals(ctx.store, rid, {ideas[0]: 9, ideas[1]: 5,
                                                                     ideas[2]: 5, ideas[3]: 2}))
    page.select_round(rid)
    assert not page.runoff_button.isEnabled()
    page.new_runoff()  # not closed: said why
    assert messages[-1][2] == ("Fermez le tour « Priorités » avant d'en tirer un second tour.")
    page.toggle_open()
    assert page.runoff_button.isEnabled()
    page.new_runoff()
    d = opened(page)
    d.top.setValue(2)
    assert d.preview.text().startswith("3 candidats : ")  # the tie at the cut is kept
    d.accept()
    rounds = ctx.store.voting.rounds()
    assert len(rounds) == 2 and rounds[0].status == "closed"
    new = rounds[1]
    assert new.candidates == [ideas[0], ideas[1], ideas[2]] and new.status == "draft"
    assert page.round_id == new.id and page.round_title.text() == "Priorités — second tour"
    page.tabs.setCurrentIndex(3)
    model = page.compare_model
    assert model.columnCount() == 3
    assert [model.index(r, 1).data() for r in range(4)] == ["1 · 9", "2 · 5", "2 · 5", "4 · 2"]
    assert model.index(3, 2).data() == "—"


def test_remove_round_is_undoable(page, ctx, data):
    ideas, _ = data
    rid = make_round(ctx, ideas)
    page.select_round(rid)
    page.rounds_view.setFocus()
    page.remove_round()
    assert ctx.store.voting.rounds() == [] and page.right.currentWidget() is page.empty
    ctx.undo_stack.undo()
    assert [r.id for r in ctx.store.voting.rounds()] == [rid]
    assert page.round_id == rid
