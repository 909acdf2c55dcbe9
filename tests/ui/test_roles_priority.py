"""Roles for each priority on the Rôles page and in the room (issue 16): choose a priority (a
theme or an idea voted on), edit its own map with the same keys, read its gaps; the projector
follows the choice."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.roles import ROLE_KEYS
from facilitator_ui.models.roles import role_column

ANIM, ACCEL, EXPER, ECLAI, ENTRE, FACIL, DEVEL = ROLE_KEYS


@pytest.fixture
def page(qtbot, ctx):
    from facilitator_ui.pages.roles import RolesPage

    p = RolesPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    return p


def fill(ctx):
    s = ctx.store
    with s.transaction():
        ville = s.actors.add("Ville de Lévis")
        cdc = s.actors.add("CDC")
        s.actors.set_level(ville, ECLAI, 3, 3)
        housing = s.ideas.add_theme("Logement abordable")
        idea = s.ideas.add("Navette rurale")
        rid = s.voting.add_round("Priorités", "ideas", [idea], 3)
        s.voting.add_vote(rid, idea, None, 2)
        s.voting.update_round(rid, status="closed")
    ctx.changed.emit({"actors", "themes", "ideas", "voting"})
    return ville, cdc, housing, idea


def test_the_priority_box_offers_the_session_the_themes_and_the_voted_ideas(page, ctx):
    fill(ctx)
    box = page.priority_box
    assert [box.itemText(i) for i in range(box.count())] == [   # in the interface's language
        box.tr("Whole session"), box.tr("Theme: %1").replace("%1", "Logement abordable"),
        box.tr("Voted idea: %1").replace("%1", "Navette rurale")]
    assert box.tr("Theme: %1") in ("Theme: %1", "Thème : %1")
    assert box.currentIndex() == 0


def test_a_priority_has_its_own_map_edited_with_the_same_keys(qtbot, page, ctx):
    ville, cdc, housing, _idea = fill(ctx)
    page.priority_box.setCurrentIndex(1)
    assert page.display.priority == ("themes", housing)
    # Ville is a Scout for the session, not (yet) for this priority
    assert page.model.index(0, role_column(ECLAI)).data() == "0 → 0"
    page.set_layer("desired")
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(1, role_column(ECLAI)))
    qtbot.keyClick(page.grid, Qt.Key.Key_2)
    assert ctx.store.priority_roles.levels("themes", housing) == {cdc: {ECLAI: (0, 2)}}
    assert ctx.store.actors.get(cdc).roles == {}          # the session map is untouched
    gaps = [page.gap_list.item(i).text().replace("\u00a0", " ")
            for i in range(page.gap_list.count())]
    assert gaps == ["Pour « Logement abordable » : personne n'est Éclaireur."]
    ctx.undo_stack.undo()
    assert ctx.store.priority_roles.levels("themes", housing) == {}
    # back to the whole session: its own levels
    page.priority_box.setCurrentIndex(0)
    assert page.model.index(0, role_column(ECLAI)).data() == "3 → 3"


def test_an_empty_priority_map_says_how_to_start(page, ctx):
    fill(ctx)
    page.priority_box.setCurrentIndex(2)
    gaps = [page.gap_list.item(i).text().replace("\u00a0", " ")
            for i in range(page.gap_list.count())]
    assert len(gaps) == 1 and "Navette rurale" in gaps[0] and "aucun niveau" in gaps[0]


def test_the_room_follows_the_priority(qtbot, page, ctx):
    from facilitator_ui.presenter.roles_view import RolesRoomView

    ville, cdc, housing, _idea = fill(ctx)
    with ctx.store.transaction():
        ctx.store.priority_roles.set_level("themes", housing, cdc, ECLAI, 0, 2)
    ctx.changed.emit({"actors"})
    room = RolesRoomView(ctx)
    qtbot.addWidget(room)
    page.priority_box.setCurrentIndex(1)
    assert "Logement abordable" in room.heading.text()
    assert room.chart().gap_sentences() == [
        "Pour « Logement abordable » : personne n'est Éclaireur."]
    assert [a.roles for a in room.chart().actors] == [{}, {ECLAI: (0, 2)}]
    page.priority_box.setCurrentIndex(0)
    assert "Logement abordable" not in room.heading.text()
    assert room.chart().actors[0].roles == {ECLAI: (3, 3)}


def test_a_deleted_theme_goes_back_to_the_whole_session(page, ctx):
    _v, _c, housing, _i = fill(ctx)
    page.priority_box.setCurrentIndex(1)
    with ctx.store.transaction():
        ctx.store.ideas.remove_theme(housing)
    ctx.changed.emit({"themes"})
    assert page.display.priority is None and page.priority_box.currentIndex() == 0



def test_the_chosen_priority_stays_when_ideas_or_themes_change(page, ctx):
    """An idea arriving (from the keyboard or a phone) refreshes the list of priorities; the
    map being edited stays the one chosen."""
    _ville, _cdc, housing, _idea = fill(ctx)
    page.priority_box.setCurrentIndex(1)
    assert page.display.priority == ("themes", housing)
    with ctx.store.transaction():
        ctx.store.ideas.add("Une idée de plus")
    ctx.changed.emit({"ideas", "themes"})
    assert page.display.priority == ("themes", housing)
    assert page.priority_box.currentIndex() == 1
