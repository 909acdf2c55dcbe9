"""Press every enabled button and menu action of every page, on an empty session and on the
demo, as a curious facilitator would: nothing may raise (pytest-qt fails a test on any
exception in a slot), and the file stays sound. Dialogs are answered « Cancel », file choosers
return nothing."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import (QAbstractButton, QColorDialog, QDialog, QFileDialog, QInputDialog,
                               QMenu, QMessageBox)

from facilitator.export import archive
from facilitator.store import Store

PAGES = ["session", "participants", "agenda", "ideas", "voting", "roles", "decisions", "report"]
SKIP_TEXT = ("Quit", "Quitter")


@pytest.fixture
def no_dialogs(monkeypatch):
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: __import__(
        "PySide6.QtGui", fromlist=["QColor"]).QColor()))
    monkeypatch.setattr(QMenu, "exec", lambda self, *a, **k: None)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))


def press_everything(qtbot, controller, page_key) -> int:
    """Click each enabled button of the page (not those that open a menu); returns how many,
    or -1 when a button closed the session."""
    pressed = 0
    page = controller.window.show_page(page_key)
    qtbot.wait(1)
    for button in page.findChildren(QAbstractButton):
        has_menu = getattr(button, "menu", lambda: None)() is not None
        if page_key in controller.window.pages and button.isVisible() and button.isEnabled() \
                and not has_menu and button.text().replace("&", "") not in SKIP_TEXT:
            button.click()
            pressed += 1
            for w in list(controller.window.findChildren(QDialog)):
                if w.isVisible():
                    w.reject()
            if controller.ctx is None:  # a button closed the session: open it again
                return -1
            controller.window.show_page(page_key)
    return pressed


@pytest.mark.parametrize("with_demo", [False, True])
def test_every_button_of_every_page(qtbot, no_dialogs, tmp_path, with_demo):
    from facilitator.demo import write_demo
    from facilitator_ui.controller import AppController

    path = tmp_path / "s.atelier"
    if with_demo:
        write_demo(path, "fr")
    else:
        Store.create(path, "Séance vide").close()
    c = AppController("fr")
    qtbot.addWidget(c.window)
    c.window.show()
    assert c.open_path(path)
    pressed = 0
    for key in PAGES:
        n = press_everything(qtbot, c, key)
        if n < 0:
            assert c.open_path(path)
        pressed += max(n, 0)
    assert pressed > 40  # the test really went through the pages' buttons
    # the View menu's room views, each shown in the projector window
    c.window._fill_room_menu()
    for act in c.window.room_menu.actions():
        act.trigger()
        qtbot.wait(1)
    store = c.ctx.store
    assert store.check() == []
    archive.validate(archive.to_dict(store))
    c.close_session()
