"""The gestures people use in the room (issue 12): check-in without second persons, undo from
the capture fields, the participants grid keeping the keyboard, imports that say what they skip."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tests.ui.opened import opened


def type_text(widget, text):
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def participants(window, qtbot):
    page = window.show_page("participants")
    window.activateWindow()
    qtbot.waitUntil(lambda: page.isVisible())
    return page


# -- check-in ------------------------------------------------------------------------------------
def test_typing_a_listed_name_ticks_them_present(participants, ctx, window):
    page = participants
    with ctx.store.transaction():
        ctx.store.participants.add("Alice Côté", None, present=False)
    page.refresh({"participants"})
    page.name_edit.setFocus()
    type_text(page.name_edit, "alice cote")
    QTest.keyClick(page.name_edit, Qt.Key.Key_Return)
    people = ctx.store.participants.list()
    assert [(p.name, p.present) for p in people] == [("Alice Côté", True)]
    assert "Alice Côté" in page.checkin_note.text()
    assert page.summary.text().startswith("1 ")
    # the same name again: flagged, nothing added
    type_text(page.name_edit, "Alice Côté")
    QTest.keyClick(page.name_edit, Qt.Key.Key_Return)
    assert len(ctx.store.participants.list()) == 1
    assert "déjà" in page.checkin_note.text() or "already" in page.checkin_note.text()
    window.undo_action.trigger()   # the check-in is one undoable step
    assert ctx.store.participants.list()[0].present is False


def test_a_duplicate_name_in_the_grid_is_flagged_and_counted_once(participants, ctx):
    page = participants
    with ctx.store.transaction():
        ctx.store.participants.add("Chloé Fontaine", None, present=True)
        ctx.store.participants.add("Denis Roy", None, present=True)
    page.refresh({"participants"})
    page.model.setData(page.model.index(1, 1), "chloé fontaine")
    from facilitator_ui.models.participants import NAME

    tip = page.model.data(page.model.index(1, NAME), Qt.ItemDataRole.ToolTipRole) or ""
    assert "Chloé Fontaine" in tip
    assert page.model.data(page.model.index(1, NAME), Qt.ItemDataRole.BackgroundRole) is not None
    assert page.model.data(page.model.index(0, NAME), Qt.ItemDataRole.BackgroundRole) is None
    assert page.summary.text().startswith("1 ")


def test_import_offers_to_merge_and_says_what_it_skips(participants, ctx, tmp_path, monkeypatch):
    page = participants
    with ctx.store.transaction():
        ctx.store.participants.add("Éric Gagnon", None, present=False)
    csv_file = tmp_path / "liste.csv"
    csv_file.write_text("Nom;Organisation;Présent\nERIC GAGNON;MRC;oui\n;CDC;oui\n"
                        "Fanny Roy;CDC;non\n", encoding="utf-8")
    from facilitator_ui.dialogs.csv_import import ParticipantsImportDialog

    seen = {}

    def fake_exec(dialog):
        seen["merge"] = dialog.merge_box.isChecked() and dialog.merge_box.isVisible() is not None
        seen["skipped"] = dialog.skipped_label.text()
        seen["notes"] = [dialog.preview.item(r, dialog.preview.columnCount() - 1).text()
                         for r in range(dialog.preview.rowCount())]
        return ParticipantsImportDialog.DialogCode.Accepted

    monkeypatch.setattr(ParticipantsImportDialog, "exec", fake_exec)
    page.import_csv(str(csv_file))
    assert seen["merge"]
    assert "3" in seen["skipped"]          # the file's line 3 has no name
    assert "name" in seen["skipped"].lower() or "nom" in seen["skipped"].lower()
    assert "Éric Gagnon" in seen["notes"][0]
    people = ctx.store.participants.list()
    assert [(p.name, p.organization, p.present) for p in people] == [
        ("Éric Gagnon", "MRC", True), ("Fanny Roy", "CDC", False)]


def test_absent_people_are_not_offered_on_the_ballot(window, ctx, qtbot):
    from facilitator.ops import voting as ballots

    with ctx.store.transaction():
        ctx.store.participants.add("Alice Côté", None, present=True)
        ctx.store.participants.add("Bruno Absent", None, present=False)
        ctx.store.participants.add("alice cote", None, present=True)
        t = ctx.store.ideas.add_theme("Transport")
        rid = ballots.create_round(ctx.store, "Tour", "themes", [t], budget=1, anonymous=False)
        ballots.open_round(ctx.store, rid)
    page = window.show_page("voting")
    page.refresh({"voting"})
    page.laptop_ballots()
    dialog = opened(page)
    names = [dialog.who_list.item(i).text() for i in range(dialog.who_list.count())
             if not dialog.who_list.item(i).isHidden()]
    assert names == ["Alice Côté"]
    # the facilitator marks Bruno present from the ballot screen
    dialog.who_filter.setText("Bruno")
    assert dialog.who_list.currentItem() is None or dialog.who_list.currentItem().isHidden()
    assert "Bruno Absent" in dialog.absent_hint.text()
    dialog.mark_present_button.click()
    assert ctx.store.participants.get(2).present
    names = [dialog.who_list.item(i).text() for i in range(dialog.who_list.count())
             if not dialog.who_list.item(i).isHidden()]
    assert names == ["Bruno Absent"]
    dialog.done(0)


# -- undo from the fields -----------------------------------------------------------------------
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_ctrl_z_in_the_idea_capture_field_undoes_the_last_capture(window, ctx, qtbot):
    page = window.show_page("ideas")
    window.activateWindow()
    qtbot.waitUntil(lambda: page.isVisible())
    page.capture_edit.setFocus()
    type_text(page.capture_edit, "Navette vers la gare")
    QTest.keyClick(page.capture_edit, Qt.Key.Key_Return)
    assert [i.text for i in ctx.store.ideas.list()] == ["Navette vers la gare"]
    qtbot.waitUntil(lambda: page.capture_edit.hasFocus())
    QTest.keyClick(page.capture_edit, Qt.Key.Key_Z, CTRL)
    assert ctx.store.ideas.list() == []
    QTest.keyClick(page.capture_edit, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [i.text for i in ctx.store.ideas.list()] == ["Navette vers la gare"]
    # a field with its own typing undoes that first, the session is untouched
    type_text(page.capture_edit, "abc")
    QTest.keyClick(page.capture_edit, Qt.Key.Key_Z, CTRL)
    assert page.capture_edit.toPlainText() == ""
    assert len(ctx.store.ideas.list()) == 1


def test_ctrl_z_in_the_check_in_field_undoes_the_last_arrival(participants, ctx, qtbot):
    page = participants
    page.name_edit.setFocus()
    type_text(page.name_edit, "Jean Tremblay")
    QTest.keyClick(page.name_edit, Qt.Key.Key_Return)
    assert len(ctx.store.participants.list()) == 1
    assert page.name_edit.hasFocus() and page.name_edit.text() == ""
    QTest.keyClick(page.name_edit, Qt.Key.Key_Z, CTRL)
    assert ctx.store.participants.list() == []
    assert page.name_edit.text() == ""
    QTest.keyClick(page.name_edit, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [p.name for p in ctx.store.participants.list()] == ["Jean Tremblay"]


def test_the_participants_grid_keeps_the_keyboard_after_an_edit(participants, ctx, qtbot):
    page = participants
    with ctx.store.transaction():
        for name in ("Alice", "Bruno", "Chloé"):
            ctx.store.participants.add(name, None, present=True)
    page.refresh({"participants"})
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 1))
    QTest.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not page.table
    editor.selectAll()
    type_text(editor, "Alicia")
    QTest.keyClick(editor, Qt.Key.Key_Return)   # Qt commits the editor on the next loop turn
    qtbot.waitUntil(lambda: ctx.store.participants.list()[0].name == "Alicia")
    qtbot.wait(20)
    assert page.table.hasFocus()
    assert page.table.currentIndex().row() == 0 and page.table.currentIndex().column() == 1
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == 1
    QTest.keyClick(page.table, Qt.Key.Key_Right)
    assert page.table.currentIndex().column() == 2


# -- due dates ----------------------------------------------------------------------------------
@pytest.fixture
def decisions(window, qtbot):
    page = window.show_page("decisions")
    window.activateWindow()
    qtbot.waitUntil(lambda: page.isVisible())
    return page


def test_a_due_date_typed_as_people_write_it(decisions, ctx, qtbot):
    page = decisions
    page.what_edit.setFocus()
    type_text(page.what_edit, "Écrire au ministère")
    QTest.keyClick(page.what_edit, Qt.Key.Key_Tab)
    QTest.keyClick(page.who_edit, Qt.Key.Key_Tab)
    field = QApplication.focusWidget()
    type_text(field, "30 juin 2027")
    QTest.keyClick(field, Qt.Key.Key_Return)
    actions = ctx.store.decisions.actions()
    assert [(a.text, a.due) for a in actions] == [("Écrire au ministère", "2027-06-30")]


def test_the_due_date_calendar_opens_at_today(decisions, qtbot):
    import datetime as dt

    page = decisions
    page.due_edit.setFocus()
    page.due_edit.open_calendar()    # the calendar button, or Alt+↓ in the field
    cal = page.due_edit.calendar
    today = dt.date.today()
    assert (cal.yearShown(), cal.monthShown()) == (today.year, today.month)
    assert cal.selectedDate().toPython() == today


def test_a_due_date_typed_in_the_actions_grid(decisions, ctx, qtbot):
    from facilitator_ui.models.decisions import DUE

    with ctx.store.transaction():
        ctx.store.decisions.add_action("Relancer la MRC", None, None)
    page = decisions
    page.refresh({"actions"})
    table = page.actions_table
    table.setFocus()
    table.setCurrentIndex(page.actions_model.index(0, DUE))
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "June 30 2027")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.store.decisions.actions()[0].due == "2027-06-30", timeout=2000)


# -- merging ideas ------------------------------------------------------------------------------
def test_merging_a_near_duplicate_gives_one_text(window, ctx, qtbot):
    page = window.show_page("ideas")
    window.activateWindow()
    qtbot.waitUntil(lambda: page.isVisible())
    page.capture_edit.setPlainText("Partage de services entre les municipalités")
    page.capture()
    page.capture_edit.setPlainText("partage des services entre municipalités")
    page.capture()
    assert page.duplicate_bar.isVisible()      # a near-duplicate is caught
    page.duplicate_bar.merge_button.click()
    ideas = ctx.store.ideas.list()
    assert [i.text for i in ideas] == ["Partage de services entre les municipalités"]
    assert ctx.store.ideas.merged_texts(ideas[0].id) == ["partage des services entre municipalités"]
    tip = page.model.data(page.model.index_of(ideas[0].id), Qt.ItemDataRole.ToolTipRole)
    assert "partage des services entre municipalités" in tip
    window.undo_action.trigger()
    assert len(ctx.store.ideas.list()) == 2
    assert ctx.store.ideas.all_merged_texts() == {}


# -- paper dots and ballots add up ---------------------------------------------------------------
def test_paper_dots_add_to_laptop_ballots_and_an_impossible_total_is_flagged(window, ctx, qtbot):
    from facilitator.ops import voting as ballots
    from facilitator_ui.models.voting import PAPER

    with ctx.store.transaction():
        alice = ctx.store.participants.add("Alice", None, present=True)
        ctx.store.participants.add("Bruno", None, present=True)
        t1 = ctx.store.ideas.add_theme("Transport")
        t2 = ctx.store.ideas.add_theme("Logement")
        rid = ballots.create_round(ctx.store, "Tour", "themes", [t1, t2], budget=2)
        ballots.open_round(ctx.store, rid)
    page = window.show_page("voting")
    page.refresh({"voting"})
    assert page.submit_ballot(alice, {t1: 2}) is None          # at the laptop
    page.tabs.setCurrentIndex(0)
    page.refresh({"voting"})
    model = page.grid_model
    assert model.setData(model.index(0, PAPER), "3")            # paper dots on the wall
    res = ballots.results(ctx.store, rid)
    assert res.dots_total == 5                                  # 2 + 3, nothing replaced
    assert model.data(model.index(0, 3)) == "5"
    assert not page.grid.isColumnHidden(2) and not page.grid.isColumnHidden(3)
    assert "5" in page.running_total.text()
    assert res.beyond_possible is True                          # 2 present × 2 dots = 4 < 5
    assert "4" in page.running_total.text()
    assert page.running_total.styleSheet()                      # shown as a warning


# -- one coherent message on the ballot --------------------------------------------------------
def test_the_ballot_says_one_coherent_thing_and_keeps_the_list_in_place(window, ctx, qtbot,
                                                                        qt_lang):
    from facilitator.ops import voting as ballots

    with ctx.store.transaction():
        themes = [ctx.store.ideas.add_theme(f"Thème {n}") for n in range(1, 16)]
        rid = ballots.create_round(ctx.store, "Tour", "themes", themes, budget=5, cap=2)
        ballots.open_round(ctx.store, rid)
    page = window.show_page("voting")
    page.refresh({"voting"})
    page.laptop_ballots()
    dialog = opened(page)
    qtbot.waitUntil(dialog.isVisible)
    dialog.start_ballot()
    table = dialog.table
    for row, dots in ((0, 2), (1, 2)):
        dialog.model.set_dots(row, dots)
    assert dialog.left_label.text() == "4 placés, 1 restant"
    last = dialog.model.rowCount() - 1
    table.setCurrentIndex(dialog.model.index(last, 1))
    table.scrollTo(dialog.model.index(last, 1))
    qtbot.wait(20)
    height = table.viewport().height()
    dialog.model.set_dots(last, 1)
    assert dialog.left_label.text() == "5 placés, 0 restant"
    QTest.keyClick(table, Qt.Key.Key_Plus)                    # a 6th dot
    assert dialog.left_label.text() == "5 placés, 0 restant ; ce point dépasserait le budget"
    assert dialog.refusal.text() == ""                        # one message, not two
    qtbot.wait(20)
    assert table.viewport().height() == height                # the list did not move
    rect = table.visualRect(dialog.model.index(last, 1))
    assert table.viewport().rect().contains(rect)             # the last candidate still shows
    dialog.model.set_dots(last, 0)
    table.setCurrentIndex(dialog.model.index(0, 1))
    QTest.keyClick(table, Qt.Key.Key_Plus)                    # a 3rd dot on a capped one
    assert dialog.left_label.text() == "4 placés, 1 restant ; au plus 2 sur ce candidat"
    QTest.keyClick(table, Qt.Key.Key_Minus)
    assert dialog.left_label.text() == "3 placés, 2 restants"
    dialog.done(0)


def test_alt_down_in_the_due_date_opens_the_calendar_and_a_pick_fills_it(decisions, qtbot):
    import datetime as dt

    from PySide6.QtCore import QDate

    field = decisions.due_edit
    field.edit.setFocus()
    type_text(field.edit, "1er juillet 2027")
    QTest.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.menu.isVisible()
    assert field.calendar.selectedDate().toPython() == dt.date(2027, 7, 1)
    field.calendar.activated.emit(QDate(2027, 7, 2))
    assert field.iso() == "2027-07-02" and not field.menu.isVisible()
    field.edit.setText("31 juin 2027")               # not a day: said in red, nothing saved
    assert not field.valid() and field.edit.styleSheet()
