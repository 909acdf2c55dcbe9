"""Keyboard only: each of the eight pages' main task, and the live run, done with real key events
sent to whatever has the keyboard (as a person without a mouse types), the focus checked after
every key: always on a visible control of the window, one that takes the keyboard, and, in a
list or a table, on a current cell (the cell the focus frame is drawn on).
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from facilitator.ops import voting as ballots
from facilitator.store import Store

K = Qt.Key
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Keyboard:
    def __init__(self, qtbot, window: QWidget) -> None:
        self.qtbot, self.window = qtbot, window
        self.trail: list[str] = []

    def focus(self) -> QWidget:
        QApplication.processEvents()
        if QApplication.activeWindow() is None:
            # a dialog just closed: the window manager gives the window back the keyboard (the
            # offscreen platform has none, so the test does it)
            self.window.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window, timeout=500)
        w = QApplication.focusWidget()
        where = " → ".join(self.trail[-6:])
        assert w is not None, f"nobody has the keyboard after {where}"
        assert w.window() is self.window, f"{type(w).__name__} outside the window after {where}"
        assert w.isVisible() and w.width() > 0 and w.height() > 0, \
            f"the keyboard is on a hidden {type(w).__name__} after {where}"
        assert w.focusPolicy() != Qt.FocusPolicy.NoFocus, f"{type(w).__name__} after {where}"
        if isinstance(w, QAbstractItemView) and w.model() is not None and w.model().rowCount():
            assert w.currentIndex().isValid(), \
                f"{w.accessibleName() or type(w).__name__} has the keyboard but no current cell"
        return w

    def press(self, key, mod=NO, times: int = 1) -> QWidget:
        for _ in range(times):
            self.trail.append(f"{mod.name if mod != NO else ''}{key.name}")
            self.qtbot.keyClick(self.focus(), key, mod)
        return self.focus()

    def type(self, text: str) -> QWidget:
        self.trail.append(repr(text))
        self.qtbot.keyClicks(self.focus(), text)
        return self.focus()

    def answer_next_dialog(self, text: str) -> None:
        """The next dialog gets text typed into its field, then Enter (as a person would)."""
        def answer():
            modal = QApplication.activeModalWidget()
            if modal is None:
                QTimer.singleShot(20, answer)
                return
            # with no window manager (headless) the dialog may not be given the keyboard by
            # itself: activate it, then type into the field it shows the cursor in
            modal.activateWindow()
            field = modal.focusWidget() or modal.findChild(QLineEdit)
            if field is None:
                QTimer.singleShot(20, answer)
                return
            self.qtbot.keyClicks(field, text)
            self.qtbot.keyClick(field, K.Key_Return)
        QTimer.singleShot(20, answer)

    def tab_to(self, target: QWidget, limit: int = 40) -> None:
        for _ in range(limit):
            if self.focus() is target:
                return
            self.press(K.Key_Tab)
        raise AssertionError(f"Tab never reaches {target.accessibleName() or target}")

    def tab_through(self, limit: int = 60) -> list[QWidget]:
        """Tab until the focus comes back: every control reached, each one checked."""
        start = self.focus()
        seen = [start]
        for _ in range(limit):
            w = self.press(K.Key_Tab)
            if w is start:
                break
            seen.append(w)
        return seen


@pytest.fixture
def app(qtbot, tmp_path):
    from facilitator_ui.controller import AppController

    path = tmp_path / "clavier.atelier"
    Store.create(path, "Atelier").close()
    c = AppController("en")
    qtbot.addWidget(c.window)
    c.window.show()
    assert c.open_path(path)
    c.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is c.window)
    yield c
    if c.ctx is not None and c.ctx.live is not None:
        c.ctx.live.stop()
    c.close_presenter()
    c.close_session()


def test_every_page_by_keyboard_alone(qtbot, app):
    kb = Keyboard(qtbot, app.window)
    store = app.ctx.store
    # 1. Session: the title
    kb.press(K.Key_1, CTRL)
    assert app.window.current_page_key() == "session"
    kb.press(K.Key_A, CTRL)
    kb.type("Atelier clavier")
    kb.press(K.Key_Tab)
    assert store.session.get().title == "Atelier clavier"
    kb.tab_through()
    # 2. Participants: two people arrive
    kb.press(K.Key_2, CTRL)
    assert app.window.current_page_key() == "participants"
    for name in ("Alice Cote", "Bruno Levesque"):
        kb.type(name)
        kb.press(K.Key_Return)
    assert [p.name for p in store.participants.list()] == ["Alice Cote", "Bruno Levesque"]
    kb.tab_through()
    # 3. Agenda: two items, then the live run (F6, N, Space, F6)
    kb.press(K.Key_3, CTRL)
    assert app.window.current_page_key() == "agenda"
    for title in ("Accueil", "Bilan"):
        kb.type(title)
        kb.press(K.Key_Return)
    assert [i.title for i in store.agenda.list()] == ["Accueil", "Bilan"]
    kb.tab_through()
    kb.press(K.Key_F6)
    assert app.ctx.live is not None
    kb.press(K.Key_N)
    assert app.ctx.live.snapshot().index == 1
    kb.press(K.Key_Space)
    assert app.ctx.live.snapshot().paused
    kb.tab_through()
    kb.press(K.Key_F6)                                   # back to the plan, the run goes on
    # 4. Ideas: capture two ideas, a theme with Ctrl+T, sort with a number key on the wall
    kb.press(K.Key_4, CTRL)
    assert app.window.current_page_key() == "ideas"
    for text in ("Navette du samedi", "Coop d'habitation"):
        kb.type(text)
        kb.press(K.Key_Return)
    assert len(store.ideas.list()) == 2
    kb.press(K.Key_F6)                                   # from the capture field to the wall
    wall = kb.focus()
    assert isinstance(wall, QAbstractItemView)
    kb.answer_next_dialog("Mobilite")
    kb.press(K.Key_T, CTRL)                              # a new theme, the current card in it
    [theme] = [t.id for t in store.ideas.themes()]
    assert sum(i.theme_id == theme for i in store.ideas.list()) == 1
    kb.press(K.Key_Left)                                 # the other card, still unsorted …
    kb.press(K.Key_Up)
    kb.press(K.Key_1)                                    # … into theme 1 too
    assert all(i.theme_id == theme for i in store.ideas.list()), store.ideas.list()
    kb.press(K.Key_Escape)                               # back to capture
    kb.tab_through()
    # 5. Voting: a round on the ideas, open; paper dots typed in the grid
    ideas = [i.id for i in store.ideas.list()]
    rid = app.ctx.do("round", lambda: ballots.create_round(store, "Priorites", "ideas", ideas,
                                                            3, 3, True))
    app.ctx.do("open", lambda: ballots.open_round(store, rid))
    kb.press(K.Key_5, CTRL)
    assert app.window.current_page_key() == "voting"
    kb.press(K.Key_G, CTRL | SHIFT)                      # the paper-dots grid
    kb.type("4")
    kb.press(K.Key_Return)
    assert ballots.results(store, rid).dots_total == 4
    kb.tab_through()
    # 6. Roles: an actor, and a level typed in the grid
    kb.press(K.Key_6, CTRL)
    assert app.window.current_page_key() == "roles"
    kb.type("Ville")
    kb.press(K.Key_Return)
    assert [a.name for a in store.actors.list()] == ["Ville"]
    grid = app.window.pages["roles"].grid
    kb.tab_to(grid)                                      # Tab reaches the level grid
    kb.press(K.Key_Home)
    kb.press(K.Key_Right, times=2)                       # past the kind: the first role
    kb.press(K.Key_2)
    assert 2 in store.actors.list()[0].roles.get("animateur", (0, 0)), store.actors.list()
    kb.tab_through()
    # 7. Decisions: an action typed and added with Enter
    kb.press(K.Key_7, CTRL)
    assert app.window.current_page_key() == "decisions"
    kb.press(K.Key_A, CTRL | SHIFT)
    kb.type("Envoyer le compte rendu")
    kb.press(K.Key_Return)
    assert [a.text for a in store.decisions.actions()] == ["Envoyer le compte rendu"]
    kb.tab_through()
    # 8. Report: every control reached with Tab, the export button among them
    kb.press(K.Key_8, CTRL)
    assert app.window.current_page_key() == "report"
    reached = kb.tab_through()
    page = app.window.pages["report"]
    assert page.export_button in reached
