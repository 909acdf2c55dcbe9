"""The Agenda page (plan): clock times, the over-end flag, reordering by keyboard and by drag
and drop, add / duplicate / delete / edit as undoable changes, handout and template buttons."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from facilitator_ui.models.agenda import TIME, TITLE, AgendaModel


def titles(store) -> list[str]:
    return [it.title for it in store.agenda.list()]


@pytest.fixture
def planned(store):
    with store.transaction():
        store.session.update(start_time="09:00", end_time="10:30")
        store.agenda.add("Accueil", 20, objective="Se présenter", method="Tour de table",
                         notes="Penser au café")
        store.agenda.add("Remue-méninges", 45, method="1-2-4-tous")
        store.agenda.add("Vote", 15)
    return store


@pytest.fixture
def page(window, planned):
    window.ctx.changed.emit({"agenda", "session"})
    return window.show_page("agenda")


def test_model_is_a_well_behaved_model(qtbot, ctx, planned):
    model = AgendaModel(ctx)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.reload()
    assert model.rowCount() == 3 and model.columnCount() == 5


def test_schedule_times_are_shown(page):
    m = page.model
    assert [m.data(m.index(r, TIME)) for r in range(3)] == [
        "9:00–9:20", "9:20–10:05", "10:05–10:20"]
    assert "9:00 → 10:20" in page.summary.text()
    page.table.setCurrentIndex(m.index(1, TITLE))
    assert page.editor.heading.text() == "2. Remue-méninges  ·  9:20–10:05"


def test_times_follow_a_new_start_time(page, ctx):
    ctx.do("start", lambda: ctx.store.session.update(start_time="13:30"))
    assert page.model.data(page.model.index(0, TIME)) == "13:30–13:50"


def test_without_start_time_the_page_says_where_to_set_it(page, ctx):
    ctx.do("start", lambda: ctx.store.session.update(start_time=None))
    assert page.model.data(page.model.index(0, TIME)) == "—"
    assert "Session" in page.summary.text()


def test_flagged_when_the_agenda_runs_past_the_planned_end(page, ctx):
    assert page.late_label.isHidden()
    ctx.do("end", lambda: ctx.store.session.update(end_time="10:00"))
    assert page.late_label.isVisibleTo(page)
    assert "20 min" in page.late_label.text() and "10:00" in page.late_label.text()
    m = page.model
    assert m.data(m.index(2, TIME), Qt.ItemDataRole.ForegroundRole) is not None   # 10:05–10:20
    assert m.data(m.index(0, TIME), Qt.ItemDataRole.ForegroundRole) is None
    page.table.setCurrentIndex(m.index(1, TITLE))
    page.remove_selected()                                   # 45 min less: it fits
    assert page.late_label.isHidden()


def test_alt_down_moves_and_undo_restores(qtbot, page, ctx):
    page.table.setFocus()
    page._select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(ctx.store) == ["Remue-méninges", "Accueil", "Vote"]
    assert page.current_id() == ctx.store.agenda.list()[1].id     # the selection follows
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(ctx.store) == ["Remue-méninges", "Vote", "Accueil"]
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(ctx.store) == ["Remue-méninges", "Accueil", "Vote"]
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert titles(ctx.store) == ["Accueil", "Remue-méninges", "Vote"]
    assert page.model.data(page.model.index(0, TITLE)) == "Accueil"
    assert page.model.data(page.model.index(0, TIME)) == "9:00–9:20"


def test_alt_up_on_the_first_item_does_nothing(qtbot, page, ctx):
    page.table.setFocus()
    page._select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(ctx.store) == ["Accueil", "Remue-méninges", "Vote"]
    assert not ctx.undo_stack.canUndo()


def test_drag_and_drop_moves_one_undoable_step(page, ctx):
    m = page.model
    QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Fatal)
    data = m.mimeData([m.index(2, TITLE)])
    m.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert titles(ctx.store) == ["Vote", "Accueil", "Remue-méninges"]
    data = m.mimeData([m.index(0, TITLE)])
    m.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())   # at the end
    assert titles(ctx.store) == ["Accueil", "Remue-méninges", "Vote"]
    ctx.undo_stack.undo()
    assert titles(ctx.store) == ["Vote", "Accueil", "Remue-méninges"]
    ctx.undo_stack.undo()
    assert titles(ctx.store) == ["Accueil", "Remue-méninges", "Vote"]


def test_add_duplicate_delete_are_undoable(qtbot, page, ctx):
    page._select_row(0)
    page.add_edit.setText("Pause café ☕")
    page.add_minutes.setValue(10)
    qtbot.keyClick(page.add_edit, Qt.Key.Key_Return)
    assert titles(ctx.store) == ["Accueil", "Pause café ☕", "Remue-méninges", "Vote"]
    assert ctx.store.agenda.list()[1].planned_minutes == 10
    assert page.add_edit.text() == ""
    page._select_row(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    items = ctx.store.agenda.list()
    assert [it.title for it in items[:2]] == ["Accueil", "Accueil"]
    assert items[1].objective == "Se présenter" and items[1].notes == "Penser au café"
    assert items[1].actual_seconds is None
    page._select_row(4)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert titles(ctx.store) == ["Accueil", "Accueil", "Pause café ☕", "Remue-méninges"]
    for _ in range(3):
        ctx.undo_stack.undo()
    assert titles(ctx.store) == ["Accueil", "Remue-méninges", "Vote"]


def test_editor_saves_each_field_as_one_change(page, ctx):
    page._select_row(1)
    ed = page.editor
    ed.title_edit.setText("Idées « en vrac » ᐃᓄᒃᑎᑐᑦ")
    ed.title_edit.editingFinished.emit()
    ed.minutes.setValue(30)
    ed.notes.setPlainText("Ne pas oublier les cartons")
    ed._save_text("notes", ed.notes)
    it = ctx.store.agenda.list()[1]
    assert it.title == "Idées « en vrac » ᐃᓄᒃᑎᑐᑦ"
    assert it.planned_minutes == 30 and it.notes == "Ne pas oublier les cartons"
    assert page.model.data(page.model.index(2, TIME)) == "9:50–10:05"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert ctx.store.agenda.list()[1].planned_minutes == 45
    assert ed.minutes.value() == 45
    ed.title_edit.setText("   ")          # an item always has a title
    ed.title_edit.editingFinished.emit()
    assert ctx.store.agenda.list()[1].title == "Idées « en vrac » ᐃᓄᒃᑎᑐᑦ"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_print_writes_the_handout(page, tmp_path):
    out = page.print_handout(str(tmp_path / "ordre-du-jour"))
    assert out is not None and out.suffix == ".pdf"
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Remue-méninges" in text and "9:20–10:05" in text
    assert "Penser au café" not in text


def test_print_asks_where_to_save(page, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (asked.append(a) or "", ""))
    assert page.print_handout() is None
    assert asked and asked[0][2].endswith(".pdf")


def test_save_as_my_template_and_reuse_it(page, ctx, tmp_home):
    from facilitator.paths import user_templates_dir

    path = page.save_as_template("Mon atelier du mardi")
    assert path is not None and path.parent == user_templates_dir()
    n = page.add_from_template(path.stem)
    assert n == 3
    assert titles(ctx.store) == ["Accueil", "Remue-méninges", "Vote"] * 2
    ctx.undo_stack.undo()
    assert len(ctx.store.agenda.list()) == 3


def test_buttons_disabled_on_an_empty_agenda(window):
    page = window.show_page("agenda")
    assert not page.run_button.isEnabled() and not page.print_button.isEnabled()
    assert page.editor.fields.isHidden()


def test_french_labels(qt_lang, window, planned):
    page = window.show_page("agenda")
    assert page.run_button.text() == "Animer"
    assert page.model.headerData(TIME, Qt.Orientation.Horizontal) == "Heure"
    assert "3 points" in page.summary.text()
