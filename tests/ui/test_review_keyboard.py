"""Keyboard paths a facilitator takes without looking: Enter never wipes what is on screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.ops import voting as ballots
from tests.ui.opened import opened


@pytest.fixture
def voting_page(qtbot, ctx, qt_lang):
    from facilitator_ui.pages.voting import VotingPage

    store = ctx.store
    with store.transaction():
        ideas = [store.ideas.add(t) for t in ("Navette", "Coop d'habitation", "Marché public")]
        people = [store.participants.add(n, present=True) for n in ("Martine", "Réjean")]
    rid = ctx.do("round", lambda: ballots.create_round(store, "Priorités", "ideas", ideas, 3, 2,
                                                        False))
    ctx.do("open", lambda: ballots.open_round(store, rid))
    ctx.do("ballot", lambda: ballots.record_ballot(store, rid, people[0], {ideas[0]: 2}))
    p = VotingPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    p.select_round(rid)
    return p, ideas, people


def test_enter_on_a_name_in_named_ballots_keeps_the_dots(voting_page, qtbot):
    page, ideas, (martine, _rejean) = voting_page
    page.named_ballots()
    d = opened(page)
    qtbot.waitUntil(d.isActiveWindow)
    d.who_list.setCurrentRow(0)
    assert d.voter() == martine and d.model.ballot() == {ideas[0]: 2}
    d.who_list.setFocus()
    qtbot.keyClick(d.who_list, Qt.Key.Key_Return)  # « this person »: go to their dots
    assert d.model.ballot() == {ideas[0]: 2}
    assert d.grid.hasFocus() or d.grid.isAncestorOf(d.focusWidget())
    d.accept()


def test_every_button_of_every_page_says_what_it_does_or_its_key(window, qt_lang):
    from PySide6.QtWidgets import QPushButton, QToolButton

    from facilitator_ui.pages import PAGES

    silent = []
    for key, *_ in PAGES:
        page = window.show_page(key)
        for button in page.findChildren(QPushButton) + page.findChildren(QToolButton):
            if button.parent() is not None and button.parent().inherits("QTabBar") or \
                    button.parent().inherits("QLineEdit"):
                continue  # the tab bar's scroll arrows, a search field's clear button
            if not button.text() and button.icon().isNull():
                continue  # filled in when a round is shown
            if not button.toolTip():
                silent.append(f"{key}: {button.text() or button.accessibleName() or '?'} "
                              f"in {type(button.parent()).__name__} "
                              f"{button.parent().objectName()}")
    assert silent == []
