"""The open session as the interface sees it: the store, its session engine, the undo stack,
and one signal that tells every view what changed.

The window is a client of the session engine (facilitator.engine), like the room server and the
command line: `SessionContext` owns an `Engine` (`ctx.engine`) from the moment the session opens
until it closes (the engine stops first, then the store closes). Every change a person makes
goes through `SessionContext.do(text, fn)`: fn runs on the engine's writer thread, inside one
transaction; the page waits for the acknowledgement (after the commit), so pages stay
synchronous. The SQL that reverses it is recorded by the store and a `StoreCommand` is pushed on
the undo stack; undo and redo replay it through the engine.

What changed is measured, not declared: the engine reports the tables and rows each change
touched, and `changed(kinds)` is emitted from them (ui.engine_bridge.TABLE_KINDS) — for the
window's own changes at once, and for changes other clients made (a phone's idea through the
room server) as their notices arrive. Views listen to `changed(kinds)` and refresh only those
kinds: "session", "participants", "agenda", "themes", "ideas", "voting", "actors",
"decisions", "actions", "live"; `rowsChanged(rows)` (table -> row ids), emitted just before,
says which rows, for a view that rereads only those (the wall).

Pages keep reading through `ctx.store`: from the GUI thread those reads pass through the
store's gate (facilitator.store.gate) and never see a change half done.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitator.engine import Change, Done, Engine
from facilitator.errors import FacilitatorError
from facilitator.quiet_gc import hold_heap
from facilitator.store import Store
from facilitator_ui.engine_bridge import EngineBridge, kinds_of, merge

#: how long the window waits for its own change to be acknowledged before saying so
ACK_TIMEOUT_S = 120


class StoreCommand(QUndoCommand):
    def __init__(self, ctx: "SessionContext", text: str, inverse: list[str]) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.statements = inverse  # what undo runs; after undo, what redo runs
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change itself was already made by SessionContext.do
            self._first = False
            return
        self._replay()

    def undo(self) -> None:
        self._replay()

    def _replay(self) -> None:
        done = self.ctx._submit(lambda: self.ctx.engine.replay(self.statements, label=self.text(),
                                                                urgent=True))
        if done is None:
            self.setObsolete(True)
            return
        self.statements = done.inverse
        self.ctx._publish(done)


class SessionContext(QObject):
    changed = Signal(set)      # kinds of data that changed
    rowsChanged = Signal(object)  # {table: frozenset(row ids)} just before `changed`
    saved = Signal()           # a change was committed to the file
    failed = Signal(str)       # a change could not be saved: a sentence for the person

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.live = None  # the live run controller of the agenda, when one is running
        self.engine = Engine(store)
        self.bridge = EngineBridge(self.engine, self)
        self.bridge.changes.connect(self._others)
        # once the window has built its pages for this session (the next turn of the event
        # loop), their objects are never scanned by the collector's full passes again
        self._heap_held = False
        QTimer.singleShot(0, self, self._hold_heap)

    def _hold_heap(self) -> None:
        if not self.store.closed and not self._heap_held:
            self._heap_held = True
            hold_heap(True)

    @property
    def path(self):
        return self.store.path

    _room_view = None

    @property
    def room_view(self):
        """The one owner of what the projector window shows (ui.presenter.owner.RoomView):
        pages ask it to show a view, never look for windows."""
        if self._room_view is None:
            from facilitator_ui.presenter.owner import RoomView

            self._room_view = RoomView(self)
        return self._room_view

    # -- changes ------------------------------------------------------------------------------
    def do(self, text, fn: Callable[[], object]):
        """Make one undoable change (`fn` runs one operation of facilitator.ops on the engine's
        writer thread). Returns fn's result, or None when it failed (the person has been told
        through `failed`, and nothing was written). What changed is measured, not declared.
        text: the undo label (`op.label(store, …)`), or a `facilitator.ops.Said` that the
        operation fills from what it read (`op(store, …, said=said)`): read once it ran."""
        if self.engine.on_writer():   # a change inside a change: part of the same one
            return fn()
        done = self._submit(lambda: self.engine.submit(lambda store: fn(), label=text,
                                                       urgent=True))
        if done is None:
            return None
        if done.inverse:
            self.undo_stack.push(StoreCommand(self, str(text), done.inverse))
        self._publish(done)
        return done.value

    def write(self, fn: Callable[[], object]):
        """A change that is saved but not undoable (e.g. the live timer's record)."""
        if self.engine.on_writer():
            return fn()
        done = self._submit(lambda: self.engine.submit(lambda store: fn(), undoable=False,
                                                       urgent=True))
        if done is None:
            return None
        self._publish(done)
        return done.value

    def _submit(self, submit: Callable[[], object]) -> Done | None:
        """Submit, and wait for the acknowledgement; a refusal is said through `failed`.
        Anything else the operation raised is raised here, as before the engine."""
        if self.store.closed or self.engine.closed:
            return None
        future = submit()
        try:
            with self.store._gate.suspended():   # a read in progress lets the writer run
                return future.result(ACK_TIMEOUT_S)
        except FacilitatorError as exc:
            self.failed.emit(str(exc))
            return None

    def _publish(self, done: Done) -> None:
        self.saved.emit()
        change = done.change
        if not change.rows:
            return
        self.bridge.own(change)
        self.bridge.flush()      # what other clients did before, first
        self._emit([change])

    def _others(self, changes: list[Change]) -> None:
        """Changes made by other clients of the engine (the room's phones), measured."""
        if self.store.closed:
            return
        self.saved.emit()        # committed to the file too (snapshots, the journal's merge)
        self._emit(changes)

    def _emit(self, changes: list[Change]) -> None:
        rows = merge(changes)
        self.rowsChanged.emit(rows)
        self.changed.emit(kinds_of(rows))

    def close(self) -> None:
        """Stop the engine (what is queued is committed first), then close the store."""
        if self._room_view is not None:   # the room server is a client of the engine: first
            self._room_view.shutdown()
        self.undo_stack.clear()
        self.bridge.stop()
        self.engine.close(close_store=False)
        self.store.close()
        if self._heap_held:
            self._heap_held = False
            hold_heap(False)
