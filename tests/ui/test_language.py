"""French and English everywhere: counts with plurals, Qt's own dialogs in French, the room
view's title after a language switch, the Langue menu showing the current language, and the
page staying where it was when the language changes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFileDialog, QLabel

from facilitator.store import Store


@pytest.fixture
def controller(qtbot, qapp, messages, tmp_path):
    from facilitator.i18n import set_language
    from facilitator_ui import i18n
    from facilitator_ui.controller import AppController

    set_language("fr")
    i18n.install("fr")
    c = AppController("fr")
    qtbot.addWidget(c.window)
    c.window.show()
    path = tmp_path / "s.atelier"
    Store.create(path, "Séance").close()
    assert c.open_path(path)
    yield c
    c.close_session()
    # the windows a language switch made are not qtbot's: close them, so that no window
    # is left holding the application-wide Ctrl+1…8
    window = c.window
    window.closeEvent = lambda event: event.accept()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    i18n.install("en")
    set_language(None)


def participants(ctx, *present):
    with ctx.store.transaction():
        for i, here in enumerate(present):
            ctx.store.participants.add(f"Personne {i}", None, present=here)
    ctx.changed.emit({"participants"})


@pytest.mark.parametrize("present, fr, en", [
    ((True,), "1 participant, 1 présent", "1 participant, 1 present"),
    ((True, False), "2 participants, 1 présent", "2 participants, 1 present"),
    ((True, True), "2 participants, 2 présents", "2 participants, 2 present"),
    ((), "0 participant, 0 présent", "0 participants, 0 present"),
])
def test_participant_counts_agree_in_both_languages(controller, qtbot, present, fr, en):
    participants(controller.ctx, *present)
    page = controller.window.show_page("participants")
    assert page.summary.text() == fr
    controller.change_language("en")
    page = controller.window.show_page("participants")
    assert page.summary.text() == en


def test_decisions_attendance_agrees(controller):
    participants(controller.ctx, True)
    page = controller.window.show_page("decisions")
    page.refresh({"participants"})
    assert page.attendance.text() == "Présents : 1 sur 1 inscrit"


def test_qt_file_dialogs_speak_french(controller):
    dialog = QFileDialog(controller.window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    assert any(t.startswith("&Regarder dans") for t in texts), texts
    assert not any("Look in" in t or "Files of" in t for t in texts), texts


def test_the_room_view_title_follows_a_language_switch(controller, qtbot):
    controller.show_presenter()
    fr_title = controller.presenter.windowTitle()
    assert "Vue salle" in fr_title
    roles = controller.presenter.show_view("roles")
    assert roles.heading.text().startswith("Sept rôles")
    controller.change_language("en")
    qtbot.waitUntil(lambda: "Room view" in controller.presenter.windowTitle(), timeout=2000)
    qtbot.waitUntil(lambda: roles.heading.text().startswith("Seven roles"), timeout=2000)


def test_the_language_menu_shows_the_current_language(controller):
    def checked():
        return [(a.text(), a.isChecked()) for a in controller.window.language_actions]
    assert checked() == [("Français", True), ("English", False)]
    assert all(a.isCheckable() for a in controller.window.language_actions)
    assert controller.window.language_actions[0].actionGroup().isExclusive()
    controller.change_language("en")
    assert checked() == [("Français", False), ("English", True)]


def test_the_page_stays_where_it_was_when_the_language_changes(controller):
    controller.window.show_page("roles")
    controller.change_language("en")
    assert controller.window.current_page_key() == "roles"
    assert controller.window.sidebar.currentRow() == 5


def test_the_end_of_a_one_item_agenda_is_said_in_the_singular(controller):
    from facilitator_ui.live import Snapshot

    page = controller.window.show_page("agenda")
    console = next(w for w in page.findChildren(object) if hasattr(w, "show_snapshot"))
    def snap(count):
        return Snapshot(index=count, count=count, item=None, next_item=None, remaining=0,
                        allowance=0, phase="idle", paused=False, finished=True,
                        shift_seconds=0, projected_end=None)
    console.show_snapshot(snap(1))
    assert console.position.text() == "Le seul point est terminé"
    console.show_snapshot(snap(3))
    assert console.position.text() == "Les 3 points sont terminés"
