"""The Vote page reads what it shows (issue 13): refreshing any of its tabs reads a round's
sums as SQLite adds them up, never the round's vote rows one by one, so that a refresh grows
with the round's candidates and not with its dots; and it still shows the same numbers."""
from __future__ import annotations

import pytest

from facilitator.ops import voting as ballots


@pytest.fixture
def page(qtbot, ctx, qt_lang):
    from facilitator_ui.pages.voting import VotingPage

    store = ctx.store
    with store.transaction():
        ideas = [store.ideas.add(t) for t in ("Navette", "Coop", "Pistes")]
        people = [store.participants.add(n, present=True) for n in ("Martine", "Réjean")]
        rid = ballots.create_round(store, "Priorités", "ideas", ideas, 3, 2, anonymous=False)
        ballots.open_round(store, rid)
        ballots.record_ballot(store, rid, people[0], {ideas[0]: 2, ideas[2]: 1})
        ballots.record_ballot(store, rid, people[1], {ideas[0]: 1})
        ballots.record_paper_totals(store, rid, {ideas[1]: 4})
    p = VotingPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    p.select_round(rid)
    return p


def test_no_tab_of_the_vote_page_reads_the_vote_rows(page, ctx, monkeypatch):
    from facilitator_ui.pages.voting import BALLOTS_TAB, COMPARE_TAB, GRID_TAB, RESULTS_TAB

    def every_row(round_id):
        raise AssertionError("the Vote page read every vote row of the round")

    monkeypatch.setattr(ctx.store.voting, "votes", every_row)
    shown = {}
    for tab in (GRID_TAB, BALLOTS_TAB, RESULTS_TAB, COMPARE_TAB):
        page.tabs.setCurrentIndex(tab)
        page.refresh({"voting"})
    page.tabs.setCurrentIndex(GRID_TAB)
    grid = page.grid_model
    shown["grid"] = [[grid.index(r, c).data() for c in range(4)] for r in range(3)]
    shown["total"] = page.running_total.text()
    results = page.results_model
    shown["results"] = [[results.index(r, c).data() for c in range(6)] for r in range(3)]
    assert shown["grid"] == [["Navette", "", "3", "3"], ["Coop", "4", "", "4"],
                             ["Pistes", "", "1", "1"]]
    assert "8" in shown["total"] and "6" in shown["total"]   # 8 dots; 2 present × 3 possible
    assert [row[:5] for row in shown["results"]] == [
        ["1", "Coop", "4", "50 %", "0"], ["2", "Navette", "3", "38 %", "2"],
        ["3", "Pistes", "1", "13 %", "1"]]
    assert shown["results"][1][5] == "Martine (2), Réjean (1)"
    assert page.voters_list.count() == 2
    assert "3 dots" in page.voters_list.item(0).text() or "3 points" in \
        page.voters_list.item(0).text()


def test_rounds_side_by_side_stay_in_view_beside_a_long_candidate(page, ctx, qapp):
    """A candidate of many words does not push the rounds' columns out of the comparison: its
    column is capped (the full text is in its tooltip)."""
    from facilitator_ui.pages.voting import COMPARE_TAB

    store = ctx.store
    with store.transaction():
        long_idea = store.ideas.add("Une très longue proposition " * 30)
        rid = ballots.create_round(store, "Deuxième", "ideas", [long_idea], 1)
    page.refresh({"voting"})
    page.select_round(rid)
    page.tabs.setCurrentIndex(COMPARE_TAB)
    qapp.processEvents()
    view = page.compare_view
    last = view.model().columnCount() - 1
    assert last >= 2
    right = view.columnViewportPosition(last) + 30
    assert 0 < right <= view.viewport().width(), (right, view.viewport().width())
