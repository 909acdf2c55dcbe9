"""The app shell as a facilitator uses it: create a session, fill the Séance page, add people by
keyboard and from a CSV list, undo, reopen, switch pages with Ctrl+1…8, bad files refused."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from facilitator.store import Store


@pytest.fixture
def controller(qtbot, qapp, messages, tmp_path):
    from facilitator_ui.controller import AppController

    c = AppController("fr")
    qtbot.addWidget(c.window)
    c.window.show()
    yield c
    c.close_session()


def type_text(widget, text):
    """Type any text, accents included (qtbot.keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def test_create_add_participants_undo_and_reopen(controller, qtbot, tmp_path):
    path = tmp_path / "seance.atelier"
    assert controller.create_session(str(path), "Priorités 2027", None, "fr")
    w = controller.window
    assert "Priorités 2027" in w.windowTitle() and "seance.atelier" in w.windowTitle()
    page = w.show_page("participants")
    page.name_edit.setFocus()
    type_text(page.name_edit, "Élise Côté")
    QTest.keyClick(page.name_edit, Qt.Key.Key_Tab)
    type_text(page.org_edit, "MRC des Moulins")
    QTest.keyClick(page.org_edit, Qt.Key.Key_Return)
    type_text(page.name_edit, "Jean Tremblay")
    QTest.keyClick(page.name_edit, Qt.Key.Key_Return)
    assert [p.name for p in page.model.rows] == ["Élise Côté", "Jean Tremblay"]
    assert page.model.rows[0].organization == "MRC des Moulins"
    assert page.name_edit.text() == "" and page.name_edit.hasFocus()
    # Space marks the selected person absent, Delete removes, undo brings back
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(1, 1))
    QTest.keyClick(page.table, Qt.Key.Key_Space)
    assert controller.ctx.store.participants.list()[1].present is False
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert [p.name for p in page.model.rows] == ["Élise Côté"]
    w.undo_action.trigger()
    assert [p.name for p in page.model.rows] == ["Élise Côté", "Jean Tremblay"]
    w.undo_action.trigger()  # the absence
    assert page.model.rows[1].present is True
    w.redo_action.trigger()
    assert page.model.rows[1].present is False
    # close and reopen: everything is in the file
    controller.close_session()
    assert controller.open_path(path)
    people = controller.ctx.store.participants.list()
    assert [(p.name, p.present) for p in people] == [("Élise Côté", True), ("Jean Tremblay", False)]


def test_csv_import_with_preview(controller, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "s.atelier"
    controller.create_session(str(path), "Atelier", None, "fr")
    csv_file = tmp_path / "liste.csv"
    csv_file.write_bytes("Nom;Organisation;Courriel;Présent\n"
                         "Émilie Gagnon;Ville de Saint-Lin;emilie@example.org;oui\n"
                         "Marc Roy;CISSS;;non\n"
                         ";;;\n"
                         "Nunavik ᐃᓄᒃᑎᑐᑦ;Kativik;;x\n".encode("utf-8-sig"))
    from facilitator_ui.dialogs.csv_import import ParticipantsImportDialog

    seen = {}

    def fake_exec(dialog):
        seen["rows"] = dialog.preview.rowCount()
        seen["summary"] = dialog.summary.text()
        seen["first"] = dialog.preview.item(0, 0).text()
        return ParticipantsImportDialog.DialogCode.Accepted

    monkeypatch.setattr(ParticipantsImportDialog, "exec", fake_exec)
    page = controller.window.show_page("participants")
    page.import_csv(str(csv_file))
    assert seen["rows"] == 3
    assert "3" in seen["summary"]
    assert seen["first"] == "Émilie Gagnon"
    people = controller.ctx.store.participants.list()
    assert [(p.name, p.organization, p.email, p.present) for p in people] == [
        ("Émilie Gagnon", "Ville de Saint-Lin", "emilie@example.org", True),
        ("Marc Roy", "CISSS", None, False),
        ("Nunavik ᐃᓄᒃᑎᑐᑦ", "Kativik", None, True)]
    controller.window.undo_action.trigger()  # the whole import is one step
    assert controller.ctx.store.participants.list() == []


def test_session_page_edits_are_saved_and_undoable(window, ctx, qtbot):
    page = window.show_page("session")
    page.place_edit.setFocus()
    type_text(page.place_edit, "Salle du conseil, Saint-Élie")
    page.place_edit.editingFinished.emit()
    assert ctx.store.session.get().place == "Salle du conseil, Saint-Élie"
    page.title_edit.setText("")
    page.title_edit.editingFinished.emit()  # a session keeps a title
    assert ctx.store.session.get().title == "Atelier de test"
    assert page.title_edit.text() == "Atelier de test"
    page.facilitators_edit.setText("Julie Morin, Marc-André Roy")
    page.facilitators_edit.editingFinished.emit()
    assert ctx.store.session.get().facilitators == ["Julie Morin", "Marc-André Roy"]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert ctx.store.session.get().place is None
    assert page.place_edit.text() == ""


def test_ctrl_numbers_reach_every_page(window, qtbot):
    from facilitator_ui.pages import PAGES

    for n, (key, *_rest) in enumerate(PAGES, start=1):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_0 + n), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key
        assert window.sidebar.currentRow() == n - 1


def test_bad_files_are_refused_with_a_message(controller, messages, tmp_path):
    pdf = tmp_path / "rapport.atelier"
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 500)
    assert not controller.open_path(pdf)
    assert messages[-1][0] == "warning"
    assert "rapport.atelier" in messages[-1][2]
    assert not controller.open_path(tmp_path / "absent.atelier")
    assert "introuvable" in messages[-1][2] or "not found" in messages[-1][2]
    assert not (tmp_path / "absent.atelier").exists()
    assert controller.window.central.currentWidget() is controller.window.start


def test_same_file_twice_is_refused(controller, messages, tmp_path):
    path = tmp_path / "s.atelier"
    other = Store.create(path, "déjà ouverte")
    try:
        assert not controller.open_path(path)
        assert "déjà ouvert" in messages[-1][2] or "already open" in messages[-1][2]
    finally:
        other.close()
    assert controller.open_path(path)


def test_save_copy(controller, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "s.atelier"
    controller.create_session(str(path), "Atelier", None, "fr")
    store = controller.ctx.store
    controller.ctx.do("x", lambda: store.participants.add("Ana"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "copie"), ""))
    controller.save_copy()
    with Store.open(tmp_path / "copie.atelier") as c:
        assert [p.name for p in c.participants.list()] == ["Ana"]


def test_model_passes_qt_model_tester(ctx, qtbot):
    from PySide6.QtTest import QAbstractItemModelTester

    from facilitator_ui.models.participants import ParticipantsModel

    ctx.do("a", lambda: ctx.store.participants.add("Ana", "X", True))
    model = ParticipantsModel(ctx)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    ctx.do("b", lambda: ctx.store.participants.add("Bob"))
    model.reload()
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_file_from_a_locked_usb_key_opens_as_a_copy(controller, messages, tmp_path, monkeypatch):
    import os

    from facilitator_ui.dialogs import new_session

    key = tmp_path / "cle"
    key.mkdir()
    path = key / "seance.atelier"
    with Store.create(path, "Sur la clé") as s:
        s.recorded(lambda: s.ideas.add("idée sur la clé"))
    before = path.read_bytes()
    docs = tmp_path / "docs"
    docs.mkdir()
    monkeypatch.setattr(new_session, "default_folder", lambda: docs)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(path)
                        else real_access(p, mode))
    assert controller.open_path(path)
    assert messages[-1][0] == "question"
    assert "lecture seule" in messages[-1][2] or "read-only" in messages[-1][2]
    assert controller.ctx.path == docs / "seance.atelier"
    assert [i.text for i in controller.ctx.store.ideas.list()] == ["idée sur la clé"]
    assert path.read_bytes() == before


def test_session_in_a_cloud_folder_offers_a_local_copy(controller, messages, tmp_path,
                                                        monkeypatch):
    from facilitator_ui.dialogs import new_session

    cloud = tmp_path / "OneDrive - MRC"
    cloud.mkdir()
    docs = tmp_path / "docs"
    docs.mkdir()
    monkeypatch.setattr(new_session, "default_folder", lambda: docs)
    path = cloud / "atelier.atelier"
    Store.create(path, "Dans le nuage").close()
    assert controller.open_path(path)
    assert any("cloud" in m[2] or "nuage" in m[2] for m in messages if m[0] == "question")
    assert controller.ctx.path == docs / "atelier.atelier"


def test_snapshot_taken_on_open_and_restore_opens_a_new_file(controller, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from facilitator.store import snapshots
    from facilitator_ui.dialogs.restore import RestoreDialog

    path = tmp_path / "s.atelier"
    controller.create_session(str(path), "Atelier", None, "fr")
    store = controller.ctx.store
    assert len(snapshots.snapshots(store)) == 1  # on open
    controller.ctx.do("x", lambda: store.ideas.add("après la sauvegarde"))
    controller.guard.tick()  # the 10-minute timer
    snaps = snapshots.snapshots(store)
    assert len(snaps) == 2 and snaps[0].counts()["ideas"] == 1
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: RestoreDialog.DialogCode.Accepted)
    monkeypatch.setattr(RestoreDialog, "chosen", lambda self: snaps[-1])  # the one on open
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "restauree.atelier"), ""))
    controller.restore_backup()
    assert controller.ctx.path == tmp_path / "restauree.atelier"
    assert controller.ctx.store.ideas.list() == []
    with Store.open(path) as original:
        assert [i.text for i in original.ideas.list()] == ["après la sauvegarde"]


def test_room_view_screen_is_chosen_in_the_preferences_and_remembered(window, monkeypatch):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication

    from facilitator_ui import settings

    class FakeScreen:
        def __init__(self, name, w, h):
            self._name, self._rect = name, QRect(0, 0, w, h)

        def name(self):
            return self._name

        def geometry(self):
            return self._rect

    screens = [FakeScreen("eDP-1", 1920, 1080), FakeScreen("HDMI-1", 1024, 768)]
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: screens))
    window._fill_screen_menu()
    actions = window.screen_menu.actions()
    assert [a.text() for a in actions[1:]] == ["eDP-1 (1920×1080)", "HDMI-1 (1024×768)"]
    assert actions[0].isChecked()  # nothing chosen yet: automatic
    actions[2].trigger()
    assert settings.value("presenter_screen") == "HDMI-1"
    window._fill_screen_menu()
    assert window.screen_menu.actions()[2].isChecked()
