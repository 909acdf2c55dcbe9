"""The Rôles page: actors, the level grid edited with the keyboard, undo, actors from the
participants' organizations, the gaps shown, role descriptions, the room and the exports."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from facilitator.roles import ROLE_KEYS, ROLES
from facilitator_ui.models.roles import FIRST_ROLE, KIND, LEVELS_ROLE, NAME, role_column
from tests.ui.opened import opened_menu

ANIM, ACCEL, EXPER, ECLAI, ENTRE, FACIL, DEVEL = ROLE_KEYS


@pytest.fixture
def page(qtbot, ctx):
    from facilitator_ui.pages.roles import RolesPage

    p = RolesPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    return p


def add_actors(ctx, *names, **levels):
    """Actors by name, then levels as name_index__role=(current, desired)."""
    store = ctx.store
    with store.transaction():
        ids = [store.actors.add(n) for n in names]
        for spec, (cur, des) in levels.items():
            i, key = spec.split("__")
            store.actors.set_level(ids[int(i)], key, cur, des)
    ctx.changed.emit({"actors"})
    return ids


def levels(ctx, actor_id, key):
    return ctx.store.actors.get(actor_id).roles.get(key, (0, 0))


def go(page, row, key):
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(row, role_column(key)))


# -- the level grid ---------------------------------------------------------------------------
def test_digits_set_todays_level_arrows_move_space_switches_to_desired(qtbot, page, ctx):
    a, b = add_actors(ctx, "Ville de Lévis", "CISSS")
    go(page, 0, ANIM)
    qtbot.keyClick(page.grid, Qt.Key.Key_2)
    assert levels(ctx, a, ANIM) == (2, 0)
    qtbot.keyClick(page.grid, Qt.Key.Key_Right)
    qtbot.keyClick(page.grid, Qt.Key.Key_3)
    assert levels(ctx, a, ACCEL) == (3, 0)
    qtbot.keyClick(page.grid, Qt.Key.Key_Down)
    qtbot.keyClick(page.grid, Qt.Key.Key_Space)
    assert page.layer() == "desired"
    assert page.desired_button.isChecked()
    assert "0–3 set the desired level" in page.hint.text()
    qtbot.keyClick(page.grid, Qt.Key.Key_1)
    assert levels(ctx, b, ACCEL) == (0, 1)
    # what the grid shows follows the store
    assert page.model.index(1, role_column(ACCEL)).data() == "0 → 1"
    assert page.model.index(0, role_column(ANIM)).data(LEVELS_ROLE) == (2, 0)
    qtbot.keyClick(page.grid, Qt.Key.Key_Space)
    assert page.layer() == "current" and "0–3 set today's level" in page.hint.text()


def test_every_level_change_is_one_undoable_step(qtbot, page, ctx):
    a, b = add_actors(ctx, "A", "B")
    go(page, 0, ENTRE)
    for key in (Qt.Key.Key_3, Qt.Key.Key_1):
        qtbot.keyClick(page.grid, key)
    assert levels(ctx, a, ENTRE) == (1, 0)
    assert ctx.undo_stack.count() == 2
    ctx.undo_stack.undo()
    assert levels(ctx, a, ENTRE) == (3, 0)
    assert page.model.index(0, role_column(ENTRE)).data() == "3 → 0"
    ctx.undo_stack.undo()
    assert levels(ctx, a, ENTRE) == (0, 0)
    ctx.undo_stack.redo()
    assert levels(ctx, a, ENTRE) == (3, 0)
    assert page.model.index(0, role_column(ENTRE)).data() == "3 → 0"


def test_a_selected_block_of_cells_is_set_in_one_step(qtbot, page, ctx):
    a, b = add_actors(ctx, "A", "B")
    go(page, 0, ANIM)
    sel = QItemSelection(page.model.index(0, role_column(ANIM)),
                         page.model.index(1, role_column(EXPER)))
    page.grid.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    before = ctx.undo_stack.count()
    qtbot.keyClick(page.grid, Qt.Key.Key_2)
    assert ctx.undo_stack.count() == before + 1
    for aid in (a, b):
        assert [levels(ctx, aid, k)[0] for k in ROLE_KEYS] == [2, 2, 2, 0, 0, 0, 0]
    ctx.undo_stack.undo()
    assert all(levels(ctx, aid, k) == (0, 0) for aid in (a, b) for k in ROLE_KEYS)


def test_delete_sets_zero_other_digits_say_the_range_and_change_nothing(qtbot, page, ctx):
    (a,) = add_actors(ctx, "A", **{"0__eclaireur": (3, 2)})
    go(page, 0, ECLAI)
    with qtbot.waitSignal(page.statusMessage) as said:
        qtbot.keyClick(page.grid, Qt.Key.Key_7)
    assert "0" in said.args[0] and "3" in said.args[0]
    assert levels(ctx, a, ECLAI) == (3, 2)
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert levels(ctx, a, ECLAI) == (0, 2)
    page.set_layer("desired")
    qtbot.keyClick(page.grid, Qt.Key.Key_Backspace)
    assert levels(ctx, a, ECLAI) == (0, 0)


def test_context_menu_sets_a_level_for_mouse_users(qtbot, page, ctx):
    (a,) = add_actors(ctx, "A")
    index = page.model.index(0, role_column(DEVEL))
    page.grid.customContextMenuRequested.emit(page.grid.visualRect(index).center())
    menu = opened_menu(page)
    desired = next(act.menu() for act in menu.actions() if act.text() == "Desired")
    next(act for act in desired.actions() if act.text().startswith("3 ")).trigger()
    assert levels(ctx, a, DEVEL) == (0, 3)
    menu.close()


def test_models_pass_the_item_model_tester(qtbot, page, ctx):
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(page.coverage_model,
                             QAbstractItemModelTester.FailureReportingMode.Fatal)
    ids = add_actors(ctx, "A", "B", "C", **{"1__animateur": (2, 3)})
    go(page, 2, FACIL)
    qtbot.keyClick(page.grid, Qt.Key.Key_3)
    page.model.setData(page.model.index(0, NAME), "Alpha ᐃᓄᒃᑎᑐᑦ")
    ctx.do("remove", lambda: ctx.store.actors.remove(ids[1]))
    ctx.undo_stack.undo()
    assert page.model.rowCount() == 3
    assert page.coverage_model.rowCount() == 7 and page.coverage_model.columnCount() == 5


# -- actors -----------------------------------------------------------------------------------
def test_add_edit_and_remove_actors_with_kind_labels_and_free_text(qtbot, page, ctx):
    page.name_edit.setText("Coopérative « Le Panier » 🌽")
    page.kind_combo.setEditText("Institution publique")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    (actor,) = ctx.store.actors.list()
    assert actor.name == "Coopérative « Le Panier » 🌽"
    assert actor.kind == "public institution"
    assert page.name_edit.text() == ""
    assert page.model.index(0, KIND).data() == "Institution publique"
    # the cursor waits on the new actor's first role
    assert page.grid.currentIndex().row() == 0
    assert page.grid.currentIndex().column() == FIRST_ROLE
    page.model.setData(page.model.index(0, KIND), "Économie sociale")
    assert ctx.store.actors.get(actor.id).kind == "Économie sociale"
    page.model.setData(page.model.index(0, NAME), "  ")
    assert ctx.store.actors.get(actor.id).name == "Coopérative « Le Panier » 🌽"
    page.model.setData(page.model.index(0, NAME), "Le Panier du Lac")
    assert ctx.store.actors.get(actor.id).name == "Le Panier du Lac"
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(0, NAME))
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert ctx.store.actors.list() == []
    ctx.undo_stack.undo()
    assert [a.name for a in ctx.store.actors.list()] == ["Le Panier du Lac"]


def test_blank_name_adds_nothing(qtbot, page, ctx):
    page.name_edit.setText("   ")
    page.add_from_fields()
    assert ctx.store.actors.list() == []


def test_actors_from_participants_organizations_in_one_step(qtbot, page, ctx):
    store = ctx.store
    with store.transaction():
        store.participants.add("Marie", "Ville de Lévis")
        store.participants.add("Paul", "CISSS de Chaudière-Appalaches")
        store.participants.add("Inès", "cisss de chaudiere-appalaches ")
        store.participants.add("Jo", None)
        store.participants.add("Ana", "Table de quartier")
        store.actors.add("VILLE DE LEVIS")
    ctx.changed.emit({"actors", "participants"})
    before = ctx.undo_stack.count()
    created = page.create_from_organizations()
    assert created == ["CISSS de Chaudière-Appalaches", "Table de quartier"]
    assert [a.name for a in store.actors.list()] == [
        "VILLE DE LEVIS", "CISSS de Chaudière-Appalaches", "Table de quartier"]
    assert ctx.undo_stack.count() == before + 1
    assert page.model.rowCount() == 3
    with qtbot.waitSignal(page.statusMessage) as said:
        assert page.create_from_organizations() == []
    assert "already" in said.args[0]
    ctx.undo_stack.undo()
    assert [a.name for a in store.actors.list()] == ["VILLE DE LEVIS"]


def test_no_organization_is_said(qtbot, page, ctx):
    ctx.do("add", lambda: ctx.store.participants.add("Marie"))
    with qtbot.waitSignal(page.statusMessage) as said:
        page.orgs_button.click()
    assert "organization" in said.args[0]
    assert ctx.store.actors.list() == []


# -- reading the map --------------------------------------------------------------------------
def gap_lines(page):
    """The gap sentences as read (non-breaking spaces keep « … » together on a line)."""
    return [page.gap_list.item(i).text().replace("\u00a0", " ")
            for i in range(page.gap_list.count())]


def test_gap_flags_are_shown_as_sentences_and_follow_changes(qtbot, page, ctx):
    from facilitator.i18n import set_language

    set_language("fr")
    busy = {f"0__{k}": (2, 2) for k in (ANIM, ACCEL, EXPER, ECLAI)}
    a, b = add_actors(ctx, "MRC du Lac", "Cégep", **busy, **{"1__developpeur": (0, 2)})
    lines = gap_lines(page)
    assert "Rôles que personne ne tient, même de façon occasionnelle, ni ne vise : " \
        "Entrepreneur et Facilitateur." in lines
    assert "Développeur : aucun acteur aujourd'hui, 1 souhaité ; Cégep vise un niveau " \
        "important." in lines
    assert not any("surcharge" in line for line in lines)   # four roles, and nobody said fewer
    page.grid.setCurrentIndex(page.model.index(0, NAME))
    page.toggle_overload_flag()
    assert "MRC du Lac tient 4 rôles de façon importante : risque de surcharge signalé par " \
        "l'animation." in gap_lines(page)
    # the header of an uncovered role says so, the coverage counts actors per level
    tip = page.model.headerData(role_column(ENTRE), Qt.Orientation.Horizontal,
                                Qt.ItemDataRole.ToolTipRole)
    assert "Crée des conditions pour l'action" in tip
    assert page.model.headerData(role_column(ENTRE), Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.DecorationRole) is not None
    assert page.model.headerData(role_column(ANIM), Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.DecorationRole) is None
    assert page.coverage_model.index(6, 3).data() == "0 → 1"     # Développeur at level 2
    assert page.coverage_model.index(0, 3).data() == "1"         # Animateur at level 2
    # unflagging removes the flag
    ctx.undo_stack.undo()
    assert not any("MRC du Lac" in line for line in gap_lines(page))


def test_no_actor_and_no_gap_say_so(qtbot, page, ctx):
    assert gap_lines(page) == ["Add the actors of the territory to read the map."]
    spec = {f"{i}__{k}": (2, 2) for i, k in enumerate(ROLE_KEYS)}
    add_actors(ctx, *[f"Acteur {i}" for i in range(7)], **spec)
    assert gap_lines(page)[0].startswith("No gap")


def test_role_description_on_hover_and_with_f1(qtbot, page, ctx):
    add_actors(ctx, "A")
    go(page, 0, EXPER)
    assert page.role_title.text() == "Expérimentateur"
    assert page.role_text.text() == "Réalise et accompagne les projets"
    qtbot.keyClick(page.grid, Qt.Key.Key_Right)
    qtbot.keyClick(page.grid, Qt.Key.Key_F1)
    assert page.role_text.text() == ROLES[3].description_fr
    for i, role in enumerate(ROLES):
        tip = page.model.headerData(FIRST_ROLE + i, Qt.Orientation.Horizontal,
                                    Qt.ItemDataRole.ToolTipRole)
        assert role.label_fr in tip and role.description_fr in tip


def test_english_labels_and_descriptions_come_from_the_roles(qtbot, ctx):
    from facilitator.i18n import set_language
    from facilitator_ui.pages.roles import RolesPage

    set_language("en")
    page = RolesPage(ctx)
    qtbot.addWidget(page)
    add_actors(ctx, "A")
    headers = [page.model.headerData(FIRST_ROLE + i, Qt.Orientation.Horizontal)
               for i in range(7)]
    assert headers == [r.label_en for r in ROLES]
    go(page, 0, DEVEL)
    assert page.role_text.text() == "Creates knowledge"
    assert gap_lines(page) == ["Roles nobody holds, even occasionally, or aims for: Convener, "
                               "Accelerator, Experimenter, Scout, Entrepreneur, Facilitator and "
                               "Developer."]


# -- charts, room, exports ----------------------------------------------------------------------
def test_tabs_choose_the_chart_and_show_in_the_room_asks_for_the_roles_view(qtbot, page, ctx):
    page.tabs.setCurrentIndex(2)
    assert page.display.chart == "heatmap"
    with qtbot.waitSignal(ctx.room_view.viewChanged) as shown:
        qtbot.keyClick(page.tabs, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert shown.args == ["roles"]
    page.tabs.setCurrentIndex(1)
    assert page.display.chart == "wheel"
    page.toggle_layer()
    assert page.wheel.layer == "desired" and page.heat_map.layer == "desired"


def test_room_view_follows_the_page_and_the_actors(qtbot, page, ctx):
    from facilitator_ui.presenter.roles_view import RolesRoomView

    room = RolesRoomView(ctx)
    qtbot.addWidget(room)
    assert room.chart() is room.wheel
    page.tabs.setCurrentIndex(2)
    page.set_layer("desired")
    assert room.stack.currentWidget() is room.heat_map
    assert room.heat_map.layer == "desired"
    assert room.heading.text().endswith("desired")
    add_actors(ctx, "Ville de Lévis")
    assert [a.name for a in room.heat_map.actors] == ["Ville de Lévis"]


def test_presenter_window_shows_the_roles_view(qtbot, ctx):
    from facilitator_ui.presenter import load_views
    from facilitator_ui.presenter.window import PresenterWindow, registered_views
    from facilitator_ui.presenter.roles_view import RolesRoomView

    load_views()
    assert "roles" in registered_views()
    w = PresenterWindow(ctx)
    qtbot.addWidget(w)
    assert isinstance(w.show_view("roles"), RolesRoomView)


def test_export_png_and_svg_from_the_page(qtbot, page, ctx, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QFileDialog

    add_actors(ctx, "Ville de Lévis", **{"0__animateur": (3, 3)})
    page.tabs.setCurrentIndex(1)
    png = tmp_path / "roue"
    assert page.export_chart("png", str(png))
    image = QImage(str(png) + ".png")
    assert not image.isNull() and image.width() >= 1000
    asked = []

    def save_dialog(parent, title, suggestion, filters):
        asked.append(suggestion)
        return str(tmp_path / "carte.svg"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    page.tabs.setCurrentIndex(2)
    assert page.export_chart("svg")
    assert asked[0].endswith(".svg")
    svg = (tmp_path / "carte.svg").read_text(encoding="utf-8")
    assert "Ville de Lévis" in svg and "Animateur" in svg


def test_export_to_a_folder_that_cannot_be_written_says_so(qtbot, page, ctx, messages, tmp_path):
    assert not page.export_chart("png", str(tmp_path / "missing" / "deep" / "roue.png"))
    assert messages and "roue.png" in messages[-1][2]


def test_french_interface(qtbot, ctx, qt_lang):
    from facilitator_ui.pages.roles import RolesPage

    page = RolesPage(ctx)
    qtbot.addWidget(page)
    assert [page.tabs.tabText(i) for i in range(3)] == ["Grille", "Roue", "Carte de chaleur"]
    assert "0 à 3 fixent le niveau d'aujourd'hui" in page.hint.text()
    assert page.today_button.text() == "Aujourd'hui"
    assert page.model.headerData(NAME, Qt.Orientation.Horizontal) == "Acteur"
    assert page.wheel.layer_title() == "Aujourd'hui"


def test_a_keypress_reads_the_actors_once_and_is_named_in_the_undo_menu(qtbot, page, ctx):
    """The operation names its change from the one read it makes (issue 14): before, the page
    read the actors twice for the label (the cells, the name) and once more in the change."""
    import re

    a, _b = add_actors(ctx, "Ville de Lévis", "CISSS")
    go(page, 0, ANIM)
    seen: list[str] = []
    ctx.store.conn.set_trace_callback(seen.append)
    try:
        qtbot.keyClick(page.grid, Qt.Key.Key_2)
    finally:
        ctx.store.conn.set_trace_callback(None)
    assert levels(ctx, a, ANIM) == (2, 0)
    gesture = seen[:seen.index("COMMIT")]     # what the view rereads afterwards is not counted
    actor_reads = [s for s in gesture if re.match(r"SELECT .* FROM actor(_role)?\b", s)]
    assert len(actor_reads) == 2, gesture   # one Actors.list(): the actors, their levels
    assert ctx.undo_stack.undoText() == "Niveau de Ville de Lévis comme Animateur"
