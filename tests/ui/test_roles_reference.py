"""The role map says what the reference frame says, on the page, the projector and in F1: the
source credited, the gaps with their size, overload as the group chose to see it (the
facilitator's flag, undoable), and no green check on a map with no actors."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.roles import ROLE_KEYS, ROLES
from facilitator_ui.models.roles import FIRST_ROLE, NAME

ANIM, ACCEL, EXPER, ECLAI, ENTRE, FACIL, DEVEL = ROLE_KEYS


@pytest.fixture
def page(qtbot, ctx):
    from facilitator.i18n import set_language
    from facilitator_ui.pages.roles import RolesPage

    set_language("fr")
    p = RolesPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    return p


def add(ctx, name, **levels):
    store = ctx.store
    with store.transaction():
        aid = store.actors.add(name)
        for key, (cur, des) in levels.items():
            store.actors.set_level(aid, key, cur, des)
    ctx.changed.emit({"actors"})
    return aid


def lines(page):
    return [page.gap_list.item(i).text().replace("\u00a0", " ")
            for i in range(page.gap_list.count())]


def test_no_green_check_on_a_map_with_no_actors(page):
    decorations = [page.coverage_model.index(r, 0).data(Qt.ItemDataRole.DecorationRole)
                   for r in range(7)]
    assert decorations == [None] * 7


def test_the_gap_list_gives_each_gaps_size_and_who_could_close_it(page, ctx):
    for key in ROLE_KEYS:
        if key != ANIM:
            add(ctx, f"Tient {key}", **{key: (2, 2)})
    add(ctx, "MRC", animateur=(3, 3))
    add(ctx, "CDC", animateur=(1, 2))
    assert lines(page) == ["Animateur : 1 acteur aujourd'hui, 2 souhaités ; CDC vise un niveau "
                           "important."]


def test_the_facilitator_flags_an_overloaded_actor_in_one_undoable_step(page, ctx):
    aid = add(ctx, "MRC", **{k: (3, 3) for k in ROLE_KEYS})
    assert not any("surcharge" in line for line in lines(page))   # all seven, on purpose
    page.grid.setCurrentIndex(page.model.index(0, NAME))
    page.toggle_overload_flag()
    assert ctx.store.actors.get(aid).overload_flag is True
    assert lines(page) == ["MRC tient 7 rôles de façon importante : risque de surcharge "
                           "signalé par l'animation."]
    assert page.model.index(0, NAME).data(Qt.ItemDataRole.DecorationRole) is not None
    ctx.undo_stack.undo()
    assert ctx.store.actors.get(aid).overload_flag is False
    assert page.model.index(0, NAME).data(Qt.ItemDataRole.DecorationRole) is None


def test_f1_help_credits_the_source(qtbot, page, ctx):
    add(ctx, "A")
    page.grid.setCurrentIndex(page.model.index(0, FIRST_ROLE + 2))
    qtbot.keyClick(page.grid, Qt.Key.Key_F1)
    assert "Communagir" in page.role_source.text() and "Sinha" in page.role_source.text()
    tip = page.model.headerData(FIRST_ROLE, Qt.Orientation.Horizontal,
                                Qt.ItemDataRole.ToolTipRole)
    assert "Communagir" in tip and "Mapping momentum" in tip


def test_the_room_view_introduces_and_credits_the_roles(qtbot, ctx):
    from facilitator.i18n import set_language
    from facilitator_ui.presenter.roles_view import RolesRoomView

    set_language("fr")
    room = RolesRoomView(ctx)
    qtbot.addWidget(room)
    assert room.heading.text().startswith("Sept rôles en soutien au changement systémique")
    assert "Communagir" in room.source.text() and "2016" in room.source.text()
    set_language("en")
    room.refresh()
    assert room.heading.text().startswith("Seven roles in support of systems change")
    assert "Communagir" in room.source.text()


def test_the_room_wheel_writes_the_sized_gap_sentences(qtbot, ctx):
    from facilitator.i18n import set_language
    from facilitator_ui.presenter.roles_view import RolesRoomView

    set_language("fr")
    add(ctx, "CDC", animateur=(1, 2))
    room = RolesRoomView(ctx)
    qtbot.addWidget(room)
    said = " ".join(room.wheel.gap_sentences())
    assert "Animateur : aucun acteur aujourd'hui, 1 souhaité ; CDC vise un niveau important." \
        in said


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_an_exported_chart_credits_the_source(page, ctx, tmp_path, fmt):
    add(ctx, "CDC", animateur=(1, 2))
    path = tmp_path / f"roue.{fmt}"
    assert page.export_chart(fmt, str(path), chart=page.wheel)
    if fmt == "svg":
        svg = path.read_text(encoding="utf-8")
        assert "Communagir" in svg and "Sinha et Draimin (2016)" in svg
    assert page.wheel.show_source is False   # the window itself says it in F1
    lines = [t for _s, t, _c in page.wheel._legend_lines()]
    assert not any("Communagir" in t for t in lines)
