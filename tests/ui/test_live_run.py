"""« Animer »: the live console, driven by a hand-turned clock (no sleeping); the actual times
in the file; resuming after the file is closed and reopened; the projector's agenda view
following the console and never showing the facilitator's notes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.agenda import RESUME_GAP_LIMIT
from facilitator_ui.live import LiveController, offer_resume

NOTES = "NOTE SECRÈTE de l'animatrice"
MATERIALS = "MATÉRIEL caché"


class Clock:
    def __init__(self, t: float = 10_000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def planned(store):
    with store.transaction():
        store.session.update(start_time="09:00", end_time="10:30")
        store.agenda.add("Accueil", 10, objective="Se présenter", notes=NOTES,
                         materials=MATERIALS)
        store.agenda.add("Remue-méninges", 20, objective="Produire des idées", notes=NOTES)
        store.agenda.add("Vote", 5, notes=NOTES, materials=MATERIALS)
    return store


@pytest.fixture
def page(window, planned, clock, monkeypatch):
    """The Agenda page whose « Animer » starts a run on the fake clock."""
    import facilitator_ui.pages.agenda as agenda_page

    real = LiveController.begin.__func__

    def begin(cls, ctx, index=0, **kw):
        return real(cls, ctx, index, clock=clock, wall=clock)

    monkeypatch.setattr(agenda_page.LiveController, "begin", classmethod(begin))
    window.ctx.changed.emit({"agenda", "session"})
    return window.show_page("agenda")


def actual(store) -> list:
    return [it.actual_seconds for it in store.agenda.list()]


def key(qtbot, widget, k, mod=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, k, mod)


def test_run_through_three_items(qtbot, page, ctx, clock):
    page.run_button.click()
    console = page.console
    assert page.stack.currentWidget() is console
    live = ctx.live
    assert isinstance(live, LiveController)
    assert console.title_label.text() == "Accueil"
    assert console.next_label.text().startswith("Next: Remue-méninges")
    assert console.timer.text() == "10:00"

    clock.advance(4 * 60)
    live.tick()
    assert console.timer.text() == "6:00"
    assert console.timer.phase == "normal"
    key(qtbot, console.list, Qt.Key.Key_N)                       # 4 min on item 1
    assert console.title_label.text() == "Remue-méninges"
    assert console.objective_label.text() == "Produire des idées"
    assert console.shift_label.text() == "6 min d'avance"   # core wording, French default

    clock.advance(22 * 60)                                       # 2 min over
    live.tick()
    assert console.timer.text() == "+2:00" and console.timer.phase == "red"
    assert console.shift_label.text() == "4 min d'avance"   # 6 ahead, then 2 over
    console.next_button.click()
    assert console.title_label.text() == "Vote"
    assert console.next_label.text() == "Last item of the agenda"

    clock.advance(60)
    key(qtbot, console.list, Qt.Key.Key_Space)                   # pause
    assert ctx.live.run.paused and console.pause_button.text() == "Resume"
    clock.advance(600)                                           # paused: does not count
    live.tick()
    assert console.timer.text() == "4:00"
    key(qtbot, console.list, Qt.Key.Key_Space)                   # resume
    clock.advance(30)
    key(qtbot, console.list, Qt.Key.Key_N)                       # the end
    assert console.title_label.text() == "End of the agenda"
    assert not console.next_button.isEnabled()

    assert actual(ctx.store) == [240, 22 * 60, 90]               # in the file
    assert ctx.store.live.load()["index"] == 3


def test_previous_jump_and_extra_minutes(qtbot, page, ctx, clock):
    page.run_live()
    console, live = page.console, ctx.live
    clock.advance(60)
    console.list.setFocus()
    console.list.setCurrentIndex(page.model.index(2, 1))
    key(qtbot, console.list, Qt.Key.Key_Return)                  # jump to « Vote »
    assert console.title_label.text() == "Vote"
    key(qtbot, console.list, Qt.Key.Key_P)
    assert console.title_label.text() == "Remue-méninges"
    console.plus5.click()
    assert console.timer.text() == "25:00"
    key(qtbot, console.list, Qt.Key.Key_Plus)
    assert console.timer.text() == "26:00"
    console.plus1.click()
    assert live.run.added() == 7 * 60
    assert ctx.store.live.load()["items"][1]["added"] == 7 * 60     # saved at once
    assert actual(ctx.store)[0] == 60


def test_amber_at_twenty_percent_then_red_and_one_sound(qtbot, page, ctx, clock, monkeypatch):
    from facilitator_ui.live import set_timer_sound

    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    page.console.sound_box.setChecked(True)
    page.run_live()
    live = ctx.live
    clock.advance(7 * 60 + 59)                                   # 2:01 of 10:00 left
    live.tick()
    assert page.console.timer.phase == "normal"
    clock.advance(2)
    live.tick()
    assert page.console.timer.phase == "amber"
    clock.advance(121)
    live.tick()
    live.tick()
    assert page.console.timer.phase == "red" and page.console.timer.text() == "+0:02"
    assert beeps == [1]                                          # once, not at every tick
    set_timer_sound(False)
    page.console.sound_box.setChecked(False)
    live.next()
    clock.advance(21 * 60)
    live.tick()
    assert beeps == [1]


def test_saved_every_few_seconds_while_running(page, ctx, clock):
    page.run_live()
    live = ctx.live
    clock.advance(3)
    live.tick()
    assert ctx.store.live.load()["items"][0]["elapsed"] == 0
    clock.advance(3)
    live.tick()
    assert ctx.store.live.load()["items"][0]["elapsed"] == 6
    assert actual(ctx.store)[0] == 6


def test_resume_after_reopening_timer_included(ctx, planned, clock, tmp_path):
    from facilitator.store import Store
    from facilitator_ui.context import SessionContext

    live = LiveController.begin(ctx, 0, clock=clock, wall=clock)
    clock.advance(100)
    live.next()
    clock.advance(50)
    live.tick()
    live.save()
    path = ctx.store.path
    live.timer.stop()
    ctx.store.close()                                            # a crash or a quit

    clock.advance(30)                                            # the room kept going
    store = Store.open(path)
    ctx2 = SessionContext(store)
    try:
        resumed = offer_resume(ctx2, None, clock=clock, wall=clock)
        assert resumed is not None and ctx2.live is resumed
        run = resumed.run
        assert run.index == 1 and not run.paused
        assert run.elapsed(0) == 100 and run.elapsed(1) == 80
        clock.advance(10)
        assert resumed.snapshot().remaining == 20 * 60 - 90
    finally:
        ctx2.live.timer.stop()
        store.close()


def test_resume_the_next_day_is_paused_where_it_stood(ctx, planned, clock):
    live = LiveController.begin(ctx, 1, clock=clock, wall=clock)
    clock.advance(70)
    live.save()
    data = ctx.store.live.load()
    live.timer.stop()
    clock.advance(RESUME_GAP_LIMIT + 60)
    resumed = LiveController.resume(ctx, data, clock=clock, wall=clock)
    assert resumed.run.paused and resumed.run.index == 1
    assert resumed.run.elapsed() == 70
    resumed.timer.stop()


def test_refusing_to_resume_forgets_the_position(ctx, planned, clock, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    live = LiveController.begin(ctx, 0, clock=clock, wall=clock)
    clock.advance(30)
    live.save()
    live.timer.stop()
    ctx.live = None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert offer_resume(ctx, None, clock=clock, wall=clock) is None
    assert ctx.store.live.load() is None
    assert actual(ctx.store)[0] == 30                            # what was measured stays


def test_opening_a_file_offers_to_resume(qapp, planned, messages, clock, qtbot):
    from facilitator_ui.context import SessionContext
    from facilitator_ui.controller import AppController

    ctx = SessionContext(planned)
    live = LiveController.begin(ctx, 2, clock=clock, wall=clock)
    live.timer.stop()
    path = planned.path
    planned.close()

    app = AppController("en")
    qtbot.addWidget(app.window)
    try:
        assert app.open_path(path)
        assert any(kind == "question" and "Vote" in text for kind, _t, text in messages)
        assert isinstance(app.ctx.live, LiveController)
        assert app.ctx.live.run.index == 2
        assert app.window.current_page_key() == "agenda"
        page = app.window.pages["agenda"]
        assert page.stack.currentWidget() is page.console
        assert page.console.title_label.text() == "Vote"
    finally:
        app.close_session()


def test_end_the_run_keeps_the_actual_times(page, ctx, clock):
    page.run_live()
    clock.advance(45)
    page.stop_run(confirm=False)
    assert ctx.live is None and ctx.store.live.load() is None
    assert actual(ctx.store)[0] == 45
    assert page.stack.currentWidget() is page.plan
    assert page.model.data(page.model.index(0, 4)) == "0 min"


def test_editing_the_agenda_during_the_run(page, ctx, clock):
    page.run_live()
    live = ctx.live
    clock.advance(60)
    page.show_plan()
    assert page.banner.isVisibleTo(page)
    page._select_row(2)
    page.remove_selected()                                       # « Vote » goes
    assert live.snapshot().next_item.title == "Remue-méninges"
    page._select_row(1)
    page.editor.minutes.setValue(30)
    live.next()
    assert live.snapshot().allowance == 30 * 60
    assert live.run.elapsed(0) == 60


def test_show_in_the_room_only_when_asked(page, ctx, clock):
    shown = []
    ctx.room_view.viewChanged.connect(shown.append)
    page.run_live()                                              # no room view open
    assert shown == []
    page.console.room_button.click()
    assert shown == ["agenda"]


def test_starting_with_the_room_view_open_shows_the_agenda(qtbot, page, ctx, clock):
    from facilitator_ui.presenter import load_views
    from facilitator_ui.presenter.window import PresenterWindow

    load_views()
    room = ctx.room_view.open()
    qtbot.addWidget(room)
    assert room.isVisible() and room.current == "title"
    page.run_live()
    assert room.current == "agenda" and ctx.room_view.current == "agenda"


def _room(qtbot, ctx):
    from facilitator_ui.presenter import load_views
    from facilitator_ui.presenter.window import PresenterWindow

    load_views()
    room = PresenterWindow(ctx)
    qtbot.addWidget(room)
    room.resize(1280, 720)
    room.show()
    return room, room.show_view("agenda")


def test_projector_follows_the_console(qtbot, page, ctx, clock):
    room, view = _room(qtbot, ctx)
    assert "Accueil" in view.visible_text() and "9:00–9:10" in view.visible_text()  # the plan
    page.run_live()
    assert view.item_title.text() == "Accueil"
    assert view.objective.text() == "Se présenter"
    assert view.next_label.text() == "Next: Remue-méninges"
    clock.advance(90)
    ctx.live.tick()
    assert view.timer.text() == "8:30"
    page.console.next_button.click()
    assert view.item_title.text() == "Remue-méninges"
    assert view.timer.text() == "20:00"
    assert view.next_label.text() == "Next: Vote"
    page.console.list.setFocus()
    qtbot.keyClick(page.console.list, Qt.Key.Key_P)
    assert view.item_title.text() == "Accueil"
    assert view.timer.text() == "8:30"


def test_notes_never_on_the_projector(qtbot, page, ctx, clock):
    room, view = _room(qtbot, ctx)
    seen = [view.visible_text()]
    page.run_live()
    for _ in range(3):
        clock.advance(30)
        ctx.live.tick()
        seen.append(view.visible_text())
        ctx.live.next()
        seen.append(view.visible_text())
    assert "End of the agenda" in seen[-1]
    from PySide6.QtWidgets import QLabel

    every_label = "\n".join(lbl.text() for lbl in view.findChildren(QLabel))
    for text in seen + [every_label]:
        assert "NOTE" not in text and "MATÉRIEL" not in text
    assert NOTES in page.console.private.text() or page.console.private_box.isHidden()


def test_timer_widget_scales_and_colours(qtbot):
    from facilitator_ui.widgets.timer import TimerWidget

    t = TimerWidget(dark=True)
    qtbot.addWidget(t)
    t.resize(800, 400)
    t.set_state(125, 600, "normal", False)
    normal = t.colour().name()
    t.set_state(100, 600, "amber", False)
    amber = t.colour().name()
    t.set_state(-61, 600, "red", False)
    assert t.text() == "+1:01"
    assert len({normal, amber, t.colour().name()}) == 3
    t.show()
    small = t.grab().toImage()
    assert not small.isNull()


# -- issue 12: the live run keeps what happened --------------------------------------------------
def test_undoing_a_live_rename_keeps_the_actual_time(page, ctx, clock):
    """« Accueil » renamed one minute into the run, the run ended at 15 min, then Ctrl+Z: the
    name comes back and the 900 s stay."""
    page.run_live()
    clock.advance(60)
    ctx.live.tick()
    ctx.live.save()
    page.show_plan()
    page._select_row(0)
    page.editor.title_edit.setText("Mot de bienvenue")
    page.editor.title_edit.editingFinished.emit()
    assert ctx.store.agenda.list()[0].title == "Mot de bienvenue"
    clock.advance(14 * 60)
    page.stop_run(confirm=False)
    assert actual(ctx.store)[0] == 900
    page.window().undo_action.trigger()
    assert ctx.store.agenda.list()[0].title == "Accueil"
    assert actual(ctx.store)[0] == 900
    assert page.model.item(0).actual_seconds == 900
    page.window().redo_action.trigger()
    assert ctx.store.agenda.list()[0].title == "Mot de bienvenue"
    assert actual(ctx.store)[0] == 900


def _first_run(qtbot, page, ctx, clock):
    """A run stopped on « Remue-méninges »: 240 s on « Accueil », 100 s on the second item."""
    page.run_live()
    clock.advance(240)
    key(qtbot, page.console.list, Qt.Key.Key_N)
    clock.advance(100)
    page.stop_run(confirm=False)
    assert actual(ctx.store) == [240, 100, None]
    assert page.stack.currentWidget() is page.plan


def _f6(qtbot, page):
    page.table.setFocus()
    key(qtbot, page.table, Qt.Key.Key_F6)


def test_f6_after_a_run_offers_to_continue_where_it_stopped(qtbot, page, ctx, clock, messages):
    _first_run(qtbot, page, ctx, clock)
    messages.clear()
    _f6(qtbot, page)                                   # the default answer: Yes, continue
    questions = [text for kind, _t, text in messages if kind == "question"]
    assert questions and "Remue-méninges" in questions[0]
    live = ctx.live
    assert isinstance(live, LiveController) and live.run.index == 1
    assert page.console.title_label.text() == "Remue-méninges"
    clock.advance(60)
    live.tick()
    live.save()
    assert actual(ctx.store) == [240, 160, None]        # the first item's time is untouched
    assert page.console.timer.text() == "17:20"         # 20 min planned, 100 s + 60 s spent


def test_f6_after_a_run_can_start_at_the_selected_item(qtbot, page, ctx, clock, monkeypatch,
                                                        messages):
    from PySide6.QtWidgets import QMessageBox

    _first_run(qtbot, page, ctx, clock)
    page._select_row(2)                                 # « Vote »
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    _f6(qtbot, page)
    assert ctx.live.run.index == 2
    assert page.console.title_label.text() == "Vote"
    clock.advance(30)
    ctx.live.save()
    assert actual(ctx.store) == [240, 100, 30]


def test_f6_after_a_run_can_be_cancelled(qtbot, page, ctx, clock, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    _first_run(qtbot, page, ctx, clock)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    _f6(qtbot, page)
    assert ctx.live is None and page.stack.currentWidget() is page.plan
    assert actual(ctx.store) == [240, 100, None]


def test_running_again_after_the_end_never_overwrites_recorded_times(qtbot, page, ctx, clock,
                                                                     messages):
    page.run_live()
    for seconds in (300, 600, 200):
        clock.advance(seconds)
        ctx.live.next()                                 # to the end of the agenda
    page.stop_run(confirm=False)
    assert actual(ctx.store) == [300, 600, 200]
    messages.clear()
    page._select_row(0)
    _f6(qtbot, page)                                    # asked; Yes: again from « Accueil »
    assert [kind for kind, _t, _x in messages] == ["question"]
    assert ctx.live.run.index == 0
    clock.advance(20)
    ctx.live.next()
    assert actual(ctx.store) == [320, 600, 200]         # time spent again adds to the record


def test_a_first_run_starts_at_item_one_without_a_question(qtbot, page, ctx, clock, messages):
    page._select_row(2)
    _f6(qtbot, page)
    assert ctx.live.run.index == 0
    assert not [m for m in messages if m[0] == "question"]


def test_clearing_the_actual_times_is_asked_for_and_undoable(qtbot, page, ctx, clock):
    _first_run(qtbot, page, ctx, clock)
    assert page.clear_actuals_action.isEnabled()
    page.clear_actuals_action.trigger()
    assert actual(ctx.store) == [None, None, None]
    page.window().undo_action.trigger()
    assert actual(ctx.store) == [240, 100, None]


# -- issue 12: the room view never takes the keyboard ---------------------------------------------
@pytest.fixture
def app(qapp, planned, clock, monkeypatch, qtbot):
    """The whole app (controller, main window, room view) on the planned session, the window
    active as on the day; runs on the hand-turned clock."""
    import facilitator_ui.pages.agenda as agenda_page
    from facilitator_ui.controller import AppController

    real = LiveController.begin.__func__

    def begin(cls, ctx, index=0, **kw):
        return real(cls, ctx, index, clock=clock, wall=clock)

    monkeypatch.setattr(agenda_page.LiveController, "begin", classmethod(begin))
    path = planned.path
    planned.close()
    controller = AppController("en")
    qtbot.addWidget(controller.window)
    assert controller.open_path(path)
    controller.window.show()
    controller.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is controller.window)
    yield controller
    controller.close_session()


def press(qtbot, k, mod=Qt.KeyboardModifier.NoModifier):
    """A key as the facilitator types it: to the widget that has the keyboard."""
    QApplication.processEvents()
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "no window has the keyboard"
    qtbot.keyClick(target, k, mod)


def console_keys_work(qtbot, app, clock):
    """N, P, Space and F5 all act, typed wherever the keyboard is."""
    live = app.ctx.live
    QApplication.processEvents()                      # as the event loop does
    assert QApplication.activeWindow() is app.window
    assert app.presenter is not None and not app.presenter.isActiveWindow()
    start = live.run.index
    press(qtbot, Qt.Key.Key_N)
    assert live.run.index == start + 1
    press(qtbot, Qt.Key.Key_P)
    assert live.run.index == start
    paused = live.run.paused
    press(qtbot, Qt.Key.Key_Space)
    assert live.run.paused is not paused
    press(qtbot, Qt.Key.Key_Space)
    asked = []
    app.window.presenterRequested.connect(lambda: asked.append(1))
    press(qtbot, Qt.Key.Key_F5)
    assert asked == [1]
    assert QApplication.activeWindow() is app.window


def test_keys_work_after_f5(qtbot, app, clock):
    page = app.window.show_page("agenda")
    page.run_live()
    press(qtbot, Qt.Key.Key_F5)                       # the room view opens
    assert app.presenter is not None and app.presenter.isVisible()
    console_keys_work(qtbot, app, clock)


def test_keys_work_after_show_in_the_room(qtbot, app, clock):
    page = app.window.show_page("agenda")
    page.run_live()
    page.console.room_button.click()
    assert app.presenter.current == "agenda"
    console_keys_work(qtbot, app, clock)


def test_keys_work_after_f6_with_the_room_view_open(qtbot, app, clock):
    page = app.window.show_page("agenda")
    press(qtbot, Qt.Key.Key_F5)
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_F6)                       # starts the run, the room shows it
    assert app.ctx.live is not None and app.presenter.current == "agenda"
    console_keys_work(qtbot, app, clock)


def test_keys_work_after_reveal(qtbot, app, clock):
    from facilitator.ops import voting as ballots

    ctx = app.ctx
    store = ctx.store
    with store.transaction():
        ideas = [store.ideas.add(f"Idée {n}") for n in range(3)]
    rid = ctx.do("r", lambda: ballots.create_round(store, "Priorités", "ideas", ideas, 3, 2,
                                                   True))
    ctx.do("o", lambda: ballots.open_round(store, rid))
    ctx.do("p", lambda: ballots.record_paper_totals(store, rid, {ideas[1]: 4}))
    agenda = app.window.show_page("agenda")
    agenda.run_live()
    vote = app.window.show_page("voting")
    vote.select_round(rid)
    vote.reveal_button.click()
    assert app.presenter.current == "results"
    QApplication.processEvents()
    assert QApplication.activeWindow() is app.window
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)   # back to the agenda
    assert app.window.current_page_key() == "agenda"
    agenda.console.list.setFocus()
    console_keys_work(qtbot, app, clock)


def test_escape_in_the_room_view_closes_it(qtbot, app):
    press(qtbot, Qt.Key.Key_F5)
    room = app.presenter
    assert room.isVisible()
    qtbot.keyClick(room, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert not room.isVisible() and app.presenter is None
    assert QApplication.activeWindow() is app.window


def test_shift_f5_closes_the_room_view_from_the_console(qtbot, app):
    press(qtbot, Qt.Key.Key_F5)
    room = app.presenter
    press(qtbot, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    assert not room.isVisible() and app.presenter is None


def test_a_key_the_room_view_gets_anyway_acts_on_the_console(qtbot, app, clock):
    """A window manager that ignores the room view's « no focus » hint: N typed there still
    moves the run, and the console gets the keyboard back."""
    page = app.window.show_page("agenda")
    page.run_live()
    press(qtbot, Qt.Key.Key_F5)
    room = app.presenter
    qtbot.keyClick(room, Qt.Key.Key_N)
    assert app.ctx.live.run.index == 1
    QApplication.processEvents()
    assert QApplication.activeWindow() is app.window
    qtbot.keyClick(room, Qt.Key.Key_Space)
    assert app.ctx.live.run.paused


# -- issue 12: one screen ---------------------------------------------------------------------------
@pytest.mark.parametrize("screen_w, screen_h", [(1600, 900), (1024, 768)])
@pytest.mark.parametrize("where", ["top-left", "centre"])
def test_one_screen_room_view_is_whole_and_covers_no_control(qtbot, page, ctx, screen_w,
                                                             screen_h, where):
    """The console as MainWindow sizes itself on that screen, the run on: the room view's
    frame is whole on the screen, covers none of the console's buttons or fields, and is
    large enough to check what the room sees."""
    from PySide6.QtCore import QMargins, QRect

    from facilitator_ui.presenter.window import FRAME_GUESS, controls_of, one_screen_geometry

    window = page.window()
    w, h = min(1280, screen_w), min(800, screen_h - 48)
    window.resize(w, h)
    window.move(0 if where == "top-left" else (screen_w - w) // 2,
                30 if where == "top-left" else (screen_h - h) // 2)
    page.run_live()
    QApplication.processEvents()
    available = QRect(0, 0, screen_w, screen_h)
    controls = controls_of(window)
    assert len(controls) > 10
    client = one_screen_geometry(available, controls)
    frame = client.marginsAdded(FRAME_GUESS)
    assert available.contains(frame)
    for c in controls:
        assert not frame.intersects(c), c
    assert client.width() >= 0.25 * screen_w
    assert abs(client.height() / client.width() - 9 / 16) < 0.01
    assert QMargins(0, 0, 0, 0) != FRAME_GUESS


def test_one_screen_room_view_opens_whole_on_the_screen(qtbot, app):
    from PySide6.QtGui import QGuiApplication

    assert len(QGuiApplication.screens()) == 1
    press(qtbot, Qt.Key.Key_F5)
    room = app.presenter
    available = app.window.screen().availableGeometry()
    assert available.contains(room.geometry()), (room.geometry(), available)
    assert not room.isFullScreen()


def test_page_down_from_the_console_steps_the_room_results(qtbot, app):
    from facilitator.ops import voting as ballots

    ctx, store = app.ctx, app.ctx.store
    with store.transaction():
        ideas = [store.ideas.add(f"Candidate {n}") for n in range(22)]
    rid = ctx.do("r", lambda: ballots.create_round(store, "Priorités", "ideas", ideas, 5, 3,
                                                   True))
    ctx.do("o", lambda: ballots.open_round(store, rid))
    ctx.do("p", lambda: ballots.record_paper_totals(
        store, rid, {iid: 40 - n for n, iid in enumerate(ideas)}))
    vote = app.window.show_page("voting")
    vote.select_round(rid)
    vote.reveal_button.click()
    view = app.presenter.views["results"]
    assert "1–15 of 22" in view.summary.text()
    assert "1–15 of 22" in app.window.statusBar().currentMessage()
    press(qtbot, Qt.Key.Key_PageDown)
    assert "16–22 of 22" in view.summary.text()
    press(qtbot, Qt.Key.Key_PageUp)
    assert "1–15 of 22" in view.summary.text()
