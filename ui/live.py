"""The live run of the agenda (« Animer »): one controller per open session, in `ctx.live`.

It holds a `facilitator.agenda.LiveRun` (the rules, with an injected clock) and a QTimer that
ticks the screens. Every gesture, and every few seconds while running, it writes where the run
stands (`store.live`) and the actual seconds of the items touched (`agenda_item.actual_seconds`)
through `ctx.write` — saved, not undoable — so that a quit or a crash loses nothing.
`offer_resume(ctx, window)` asks, when a file is opened, whether to resume a run in progress.

Views (the console, the projector's agenda view) read `snapshot()` and listen to `moved`
(a gesture: another item, pause, extra minutes) and `ticked` (time passed).
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator import ops
from facilitator.agenda import (LiveRun, fmt_countdown, fmt_shift, projected_end,
                                recorded_seconds, resumable, resume_counts_gap, run_items)
from facilitator.i18n import current_language
from facilitator.model import AgendaItem
from facilitator_ui import settings
from facilitator_ui.context import SessionContext
from facilitator_ui.i18n import tr

#: Seconds between two saves while the timer runs (gestures are saved at once).
SAVE_EVERY = 5.0
#: Milliseconds between two ticks of the screens.
TICK_MS = 250


def timer_sound() -> bool:
    """The person's choice: a discreet sound when an item's time is up (off by default)."""
    value = settings.value("timer_sound", False)
    return value in (True, "true", "1", 1)


def set_timer_sound(on: bool) -> None:
    settings.set_value("timer_sound", bool(on))


@dataclass
class Snapshot:
    """Where the run stands, for a screen. `item`/`next_item` are None when there is none."""
    index: int                 # position of the current item; == count once finished
    count: int
    item: AgendaItem | None
    next_item: AgendaItem | None
    remaining: float           # seconds; negative = overrun
    allowance: float           # planned + added seconds of the current item
    phase: str                 # normal, amber, red; "idle" when finished
    paused: bool
    finished: bool
    shift_seconds: int         # + behind, - ahead
    projected_end: int | None  # minutes since midnight, None without a start time

    @property
    def countdown(self) -> str:
        return fmt_countdown(self.remaining)

    def shift_text(self, lang: str | None = None) -> str:
        return fmt_shift(self.shift_seconds, lang or current_language())


class LiveController(QObject):
    ticked = Signal()           # time passed (the timer moved)
    moved = Signal()            # a gesture: another item, pause/resume, extra minutes
    timeUp = Signal(int)        # the current item (its id) just reached zero
    ended = Signal()            # the run was closed (stop)

    def __init__(self, ctx: SessionContext, run: LiveRun, *,
                 clock: Callable[[], float] = time.monotonic,
                 wall: Callable[[], float] = time.time) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.run = run
        self.clock = clock
        self.wall = wall
        self.items: list[AgendaItem] = ctx.store.agenda.list()
        self._start_time = ctx.store.session.get().start_time
        self._written: dict[int, int | None] = {it.id: it.actual_seconds for it in self.items}
        self._last_save = wall()
        self._up_for: int | None = None if run.finished or run.phase() != "red" else run.index
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        ctx.changed.connect(self._on_changed)
        self.timer.start()

    # -- making one ---------------------------------------------------------------------------
    @classmethod
    def begin(cls, ctx: SessionContext, index: int = 0, *,
              clock: Callable[[], float] = time.monotonic,
              wall: Callable[[], float] = time.time) -> "LiveController | None":
        """Start a new run of the session's agenda at item `index` (None if it is empty).
        A run already in ctx.live is closed first. Actual times already recorded (an earlier
        run) are the new run's starting point: time spent again on an item adds to them, never
        replaces them."""
        items = ctx.store.agenda.list()
        if not items:
            return None
        if isinstance(ctx.live, LiveController):
            ctx.live.stop()
            items = ctx.store.agenda.list()
        run = LiveRun.from_record(run_items(items), recorded_seconds(items), clock)
        run.start(min(max(0, index), len(items) - 1))
        live = cls(ctx, run, clock=clock, wall=wall)
        ctx.live = live
        live.save()
        return live

    @classmethod
    def resume(cls, ctx: SessionContext, data: dict, *,
               clock: Callable[[], float] = time.monotonic,
               wall: Callable[[], float] = time.time) -> "LiveController":
        """Resume a saved run (timer included: see facilitator.agenda.resume_counts_gap)."""
        if isinstance(ctx.live, LiveController):
            ctx.live.stop(clear=False)
        now = wall()
        items = ctx.store.agenda.list()
        run = LiveRun.from_dict(data, run_items(items), clock, now,
                                count_gap=resume_counts_gap(data, now))
        live = cls(ctx, run, clock=clock, wall=wall)
        ctx.live = live
        live.save()
        return live

    # -- reading ------------------------------------------------------------------------------
    def _item(self, index: int) -> AgendaItem | None:
        if 0 <= index < len(self.run):
            item_id = self.run.item_ids[index]
            return next((it for it in self.items if it.id == item_id), None)
        return None

    def snapshot(self) -> Snapshot:
        run = self.run
        start = self._start_time
        shift = run.shift_seconds()
        if run.finished:
            return Snapshot(run.index, len(run), None, None, 0.0, 0.0, "idle", True, True,
                            shift, projected_end(self.items, start, shift))
        return Snapshot(run.index, len(run), self._item(run.index), self._item(run.index + 1),
                        run.remaining(), run.allowance(), run.phase(), run.paused, False,
                        shift, projected_end(self.items, start, shift))

    def elapsed_of(self, item_id: int) -> float | None:
        """Seconds spent on an item in this run so far, None if it was never current."""
        ids = self.run.item_ids
        if item_id not in ids:
            return None
        i = ids.index(item_id)
        actual = self.run.actual_seconds()
        return self.run.elapsed(i) if item_id in actual else None

    @property
    def current_id(self) -> int | None:
        return None if self.run.finished else self.run.item_id

    # -- gestures -----------------------------------------------------------------------------
    def _gesture(self, fn: Callable[[], None]) -> None:
        if self.ctx.store.closed:
            return
        fn()
        self._check_time_up()
        self.save()
        self.moved.emit()

    def toggle(self) -> None:
        self._gesture(self.run.toggle)

    def pause(self) -> None:
        self._gesture(self.run.pause)

    def next(self) -> None:
        self._gesture(self.run.next)

    def previous(self) -> None:
        self._gesture(self.run.previous)

    def jump(self, index: int) -> None:
        if 0 <= index < len(self.run):
            self._gesture(lambda: self.run.jump(index))

    def jump_to_item(self, item_id: int) -> None:
        if item_id in self.run.item_ids:
            self.jump(self.run.item_ids.index(item_id))

    def add_minutes(self, minutes: int) -> None:
        if not self.run.finished:
            self._gesture(lambda: self.run.add_minutes(minutes))

    def stop(self, clear: bool = True) -> None:
        """Close the run: the actual seconds stay in the file; the saved position is kept as
        where the run stopped (`store.live.stopped()`), no longer as a run to resume
        (clear=False keeps it resumable, e.g. when a resumed run replaces this one)."""
        self.timer.stop()
        try:
            self.ctx.changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        if not self.ctx.store.closed:
            if not self.run.paused:
                self.run.pause()
            store = self.ctx.store

            state = self.run.to_dict(self.wall())

            actuals = self._unwritten()
            if clear:
                written = self.ctx.write(lambda: ops.live.end(store, state, actuals))
            else:
                written = self.ctx.write(lambda: ops.live.record_actuals(store, actuals))
            self._written.update(written or {})
        if self.ctx.live is self:
            self.ctx.live = None
        self.ended.emit()

    # -- time ---------------------------------------------------------------------------------
    def tick(self) -> None:
        if self.ctx.store.closed:  # the session was closed under us
            self.timer.stop()
            return
        self._check_time_up()
        if not self.run.paused and self.wall() - self._last_save >= SAVE_EVERY:
            self.save()
        self.ticked.emit()

    def _check_time_up(self) -> None:
        if self.run.finished:
            self._up_for = None
            return
        if self.run.phase() == "red":
            if self._up_for != self.run.index:
                self._up_for = self.run.index
                self.timeUp.emit(self.run.item_id)
                if timer_sound():
                    QApplication.beep()
        else:
            self._up_for = None

    # -- saving -------------------------------------------------------------------------------
    def _unwritten(self) -> dict[int, int]:
        """The actual seconds that changed since they were last written."""
        return {item_id: seconds for item_id, seconds in self.run.actual_seconds().items()
                if self._written.get(item_id) != seconds}

    def save(self) -> None:
        """Write where the run stands and the actual seconds (not undoable)."""
        if self.ctx.store.closed:
            return
        now = self.wall()
        state = self.run.to_dict(now)
        store = self.ctx.store

        actuals = self._unwritten()
        written = self.ctx.write(lambda: ops.live.save(store, state, actuals))
        self._written.update(written or {})
        self._last_save = now

    # -- the agenda changed under the run ------------------------------------------------------
    def _on_changed(self, kinds: set) -> None:
        if self.ctx.store.closed:
            return
        if "session" in kinds:
            self._start_time = self.ctx.store.session.get().start_time
            self.moved.emit()
        if "agenda" not in kinds:
            return
        self.items = self.ctx.store.agenda.list()
        for it in self.items:  # an undo may have put back an older actual time
            self._written[it.id] = it.actual_seconds
        now = self.wall()
        self.run = LiveRun.from_dict(self.run.to_dict(now), run_items(self.items), self.clock,
                                     now, count_gap=True)
        self._check_time_up()
        self.moved.emit()


def offer_resume(ctx: SessionContext, window: QWidget | None = None, *,
                 clock: Callable[[], float] = time.monotonic,
                 wall: Callable[[], float] = time.time) -> LiveController | None:
    """On opening a file: if a live run was in progress, ask whether to resume it (timer
    included). Yes: the run goes on and the Agenda page is shown; No: the saved position is
    forgotten as a run in progress (the actual times already recorded stay, and running the
    agenda again offers to continue where it stood)."""
    if ctx.live is not None:  # already resumed (or started) in this session
        return None
    data = ctx.store.live.load()
    if not data:
        return None
    items = ctx.store.agenda.list()
    if not resumable(data, [it.id for it in items]):
        ctx.write(lambda: ops.live.forget(ctx.store))
        return None
    index = int(data.get("index") or 0)
    saved = [e.get("id") for e in data.get("items") or [] if isinstance(e, dict)]
    current = next((it for i in saved[index:] for it in items if it.id == i), None)
    text = tr("This session was being run live. Resume where it stood, timer included?")
    if current is not None:
        text += "\n\n" + tr("Current item: %1").replace("%1", current.title)
    answer = QMessageBox.question(window, tr("Resume the live run"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        ctx.write(lambda: ops.live.end(ctx.store))
        return None
    live = LiveController.resume(ctx, data, clock=clock, wall=wall)
    show_page = getattr(window, "show_page", None)
    if callable(show_page):
        show_page("agenda")
    return live
