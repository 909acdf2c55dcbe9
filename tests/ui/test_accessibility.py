"""Everyone can use it: what a screen reader announces.

The walk goes through every widget of the start screen, of every page, of the live console and
of the room view, on an empty session and on the demo, in French and in English, and fails on a
control a screen reader would announce as nothing:

- a button whose only content is an icon or a sign (« + », « … », « × »);
- a field, list, spin box or combo box with neither an accessible name nor a label pointing at
  it (QLabel.setBuddy, which QFormLayout.addRow("Label", field) sets): a placeholder vanishes as
  soon as one types, and a tooltip is not read as a name;
- a table or list without a name;
- a widget that paints its own content (the wall, the role wheel, the heat map, the bar chart,
  the timer, the room views) without an accessible name AND a description of what it shows.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea,
                               QAbstractSlider, QAbstractSpinBox, QCalendarWidget,
                               QComboBox, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
                               QScrollBar, QTabBar, QTextEdit, QWidget)

from facilitator.store import Store
from tests.ui.opened import opened

PAGES = ["session", "participants", "agenda", "ideas", "voting", "roles", "decisions", "report"]
CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
            QAbstractItemView, QAbstractSlider)
#: Qt's own parts of a compound control: they are announced through their owner
INTERNAL_OWNERS = (QAbstractSpinBox, QComboBox, QTabBar, QCalendarWidget, QHeaderView)
WORDY = re.compile(r"\w", re.UNICODE)


def plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text or "")
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def buddy_text(w: QWidget) -> str:
    for label in w.window().findChildren(QLabel):
        if label.buddy() is w and WORDY.search(plain(label.text())):
            return plain(label.text())
    return ""


def announced_name(w: QWidget) -> str:
    """What a screen reader says first on reaching w (the accessible name, else a label that
    is w's buddy, else a button's own text); signs without a letter or digit do not count."""
    for text in (w.accessibleName(), buddy_text(w),
                 w.text() if isinstance(w, QAbstractButton) else ""):
        if WORDY.search(plain(text)):
            return plain(text)
    return ""


def paints_itself(w: QWidget) -> bool:
    """A widget of ours that draws its content with QPainter (its text is not in children)."""
    for cls in type(w).__mro__:
        if cls.__module__.startswith("facilitator_ui.") and "paintEvent" in cls.__dict__:
            return True
    return False


def internal(w: QWidget) -> bool:
    if w.objectName().startswith("qt_") or isinstance(w, (QScrollBar, QHeaderView)):
        return True
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, INTERNAL_OWNERS):
            return True
        if isinstance(parent, QAbstractScrollArea) and w in (parent.horizontalScrollBar(),
                                                              parent.verticalScrollBar()):
            return True
        parent = parent.parentWidget()
    return False


def describe(w: QWidget) -> str:
    hints = [f"text={w.text()!r}" if hasattr(w, "text") and callable(w.text) else "",
             f"tooltip={w.toolTip()!r}" if w.toolTip() else "",
             f"placeholder={w.placeholderText()!r}" if isinstance(w, QLineEdit) else "",
             f"object={w.objectName()!r}" if w.objectName() else ""]
    chain, parent = [], w.parentWidget()
    while parent is not None and len(chain) < 3:
        chain.append(type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(w).__name__} in {'/'.join(chain)} " + " ".join(h for h in hints if h)


def silent_controls(root: QWidget) -> list[str]:
    """Every control under root (root included) a screen reader would announce as nothing."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if internal(w):
            continue
        if paints_itself(w):
            if not (WORDY.search(w.accessibleName()) and WORDY.search(w.accessibleDescription())):
                found.append("painted without name+description: " + describe(w))
            continue
        if isinstance(w, CONTROLS) and not announced_name(w):
            found.append("no name: " + describe(w))
    return found


@pytest.fixture
def language(request, qapp):
    from facilitator.i18n import set_language
    from facilitator_ui import i18n

    lang = request.param
    i18n.install(lang)
    set_language(lang)
    yield lang
    i18n.install("en")
    set_language(None)


def open_app(qtbot, tmp_path, lang: str, with_demo: bool):
    from facilitator.demo import write_demo
    from facilitator_ui.controller import AppController

    path = tmp_path / "s.atelier"
    if with_demo:
        write_demo(path, lang)
    else:
        Store.create(path, "Séance vide").close()
    c = AppController(lang)
    qtbot.addWidget(c.window)
    c.window.show()
    return c, path


@pytest.mark.parametrize("language", ["fr", "en"], indirect=True)
@pytest.mark.parametrize("with_demo", [False, True], ids=["empty", "demo"])
def test_no_control_is_announced_as_nothing(qtbot, tmp_path, language, with_demo):
    c, path = open_app(qtbot, tmp_path, language, with_demo)
    failures = [f"start screen: {f}" for f in silent_controls(c.window.start)]
    assert c.open_path(path)
    w = c.window
    failures += [f"window: {f}" for f in silent_controls(w.sidebar)]
    for key in PAGES:
        page = w.show_page(key)
        qtbot.wait(1)
        failures += [f"{key}: {f}" for f in silent_controls(page)]
    # the live run: the console replaces the plan on the agenda page
    agenda = w.show_page("agenda")
    if with_demo:
        agenda.run_live()
        qtbot.wait(1)
        failures += [f"live console: {f}" for f in silent_controls(agenda.console)]
    # the room view, every view it can show
    from facilitator_ui.presenter import load_views
    from facilitator_ui.presenter.window import registered_views

    c.show_presenter()
    load_views()
    for key in registered_views():
        view = c.presenter.show_view(key)
        qtbot.wait(1)
        failures += [f"room view {key}: {f}" for f in silent_controls(view)]
    if with_demo:
        agenda.live.stop()
    c.close_presenter()
    c.close_session()
    failures = sorted(set(failures))
    assert not failures, f"{len(failures)} silent controls:\n" + "\n".join(failures)


def test_the_walk_catches_a_silent_control(qtbot):
    """The walk itself: an icon-only button, an unlabelled field and a painted widget without a
    description are caught; the same with names is not."""
    from PySide6.QtWidgets import QFormLayout, QToolButton

    from facilitator_ui.widgets.timer import TimerWidget

    box = QWidget()
    qtbot.addWidget(box)
    form = QFormLayout(box)
    button, field, named_field = QToolButton(), QLineEdit(), QLineEdit()
    button.setToolTip("Add")
    field.setPlaceholderText("Type here")
    form.addRow(button)
    form.addRow(field)
    form.addRow("Title", named_field)
    timer = TimerWidget()
    form.addRow(timer)
    timer.setAccessibleDescription("")
    found = silent_controls(box)
    assert len([f for f in found if "QToolButton" in f]) == 1
    assert len([f for f in found if "QLineEdit" in f]) == 1  # the one with the « Title » label passes
    assert any("TimerWidget" in f for f in found)
    button.setAccessibleName("Add")
    field.setAccessibleName("Idea")
    timer.setAccessibleDescription("12:00 left")
    assert silent_controls(box) == []


def test_painted_widgets_say_what_they_show(qtbot):
    """The timer says the time left, the chart its leading candidates with their dots, the wheel
    and the heat map who plays each role; each description follows the content."""
    from facilitator.model import Actor
    from facilitator_ui.widgets.bar_chart import Bar, BarChart
    from facilitator_ui.widgets.heat_map import HeatMap
    from facilitator_ui.widgets.role_wheel import RoleWheel
    from facilitator_ui.widgets.timer import TimerWidget

    timer = TimerWidget()
    qtbot.addWidget(timer)
    timer.set_state(754, 900, "normal", False)
    assert "12:34" in timer.accessibleDescription()
    timer.set_state(-75, 900, "red", True)
    said = timer.accessibleDescription()
    assert "1:15" in said and "over" in said and "paused" in said

    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([Bar("Transport collectif", 12, 1), Bar("Logement", 9, 2)])
    said = chart.accessibleDescription()
    assert "1. Transport collectif: 12 dots" in said and "2. Logement: 9 dots" in said

    for cls in (RoleWheel, HeatMap):
        w = cls()
        qtbot.addWidget(w)
        empty = w.accessibleDescription()
        w.set_actors([Actor(1, "Ville de Lévis", None, {"animateur": (3, 2)}),
                      Actor(2, "Table de quartier", None, {"animateur": (0, 2)})], "en")
        today = w.accessibleDescription()
        assert today != empty and "Convener: 1. Ville de Lévis (3)" in today
        assert "Table de quartier" not in today.split("Convener:")[1].split(";")[0]
        w.set_layer("desired")
        desired = w.accessibleDescription()
        assert "2. Table de quartier (2)" in desired.split("Convener:")[1].split(";")[0]


def test_no_control_of_a_dialog_is_announced_as_nothing(qtbot, tmp_path, monkeypatch, qt_lang):
    """Every dialog a page opens (rounds, ballots, imports, new session, restore, À propos),
    walked as it opens on the demo session, then cancelled."""
    from PySide6.QtWidgets import QColorDialog, QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox

    walked: dict[str, list[str]] = {}

    def walk_then_cancel(dialog):
        walked[type(dialog).__name__] = silent_controls(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", walk_then_cancel)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QMenu, "exec", lambda self, *a, **k: None)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: __import__(
        "PySide6.QtGui", fromlist=["QColor"]).QColor()))
    c, path = open_app(qtbot, tmp_path, "fr", True)
    assert c.open_path(path)
    w = c.window
    for key in PAGES:
        page = w.show_page(key)
        qtbot.wait(1)
        for button in page.findChildren(QAbstractButton):
            if button.isVisible() and button.isEnabled() and key in w.pages \
                    and getattr(button, "menu", lambda: None)() is None:
                button.click()
                if c.ctx is None:
                    assert c.open_path(path)
                w.show_page(key)
            for d in list(w.findChildren(QDialog)):   # a dialog shown with show(), not exec()
                if d.isVisible():
                    walked[type(d).__name__] = silent_controls(d)
                    d.reject()
    # the ballots are taken in an open round
    from facilitator.ops import voting as ballots

    store = c.ctx.store
    ideas = [i.id for i in store.ideas.list()][:5]
    rid = c.ctx.do("round", lambda: ballots.create_round(store, "Tour", "ideas", ideas, 3, 2,
                                                          False))
    c.ctx.do("open", lambda: ballots.open_round(store, rid))
    voting = w.show_page("voting")
    voting.select_round(rid)
    for open_dialog in (voting.laptop_ballots, voting.named_ballots):
        open_dialog()
        d = opened(voting)
        walked[type(d).__name__] = silent_controls(d)
        d.reject()
    w.about_action.trigger()
    w.new_action.trigger()
    w.restore_action.trigger()
    c.close_session()
    assert {"RoundSetupDialog", "NamedBallotDialog", "LaptopBallotDialog", "AboutDialog",
            "NewSessionDialog"} <= set(walked), sorted(walked)
    failures = [f"{name}: {f}" for name, found in walked.items() for f in found]
    assert not failures, f"{len(failures)} silent controls:\n" + "\n".join(failures)
