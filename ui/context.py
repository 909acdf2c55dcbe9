"""The open session as the interface sees it: the store, the undo stack, and one signal that
tells every view what changed.

Every change a person makes goes through `SessionContext.do(text, fn, kinds)`: fn runs against
the store in one transaction, the SQL that reverses it is recorded by the store, and a
`StoreCommand` is pushed on the undo stack. Views listen to `changed(kinds)` and refresh only
those kinds: "session", "participants", "agenda", "themes", "ideas", "voting", "actors",
"decisions", "actions", "live".
"""
from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitator.errors import FacilitatorError
from facilitator.store import Store


class StoreCommand(QUndoCommand):
    def __init__(self, ctx: "SessionContext", text: str, inverse: list[str],
                 kinds: frozenset[str]) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.statements = inverse  # what undo runs; after undo, what redo runs
        self.kinds = kinds
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change itself was already made by SessionContext.do
            self._first = False
            return
        self._replay()

    def undo(self) -> None:
        self._replay()

    def _replay(self) -> None:
        try:
            self.statements = self.ctx.store.replay(self.statements)
        except FacilitatorError as exc:
            self.ctx.failed.emit(str(exc))
            self.setObsolete(True)
            return
        self.ctx.saved.emit()
        self.ctx.changed.emit(set(self.kinds))


class SessionContext(QObject):
    changed = Signal(set)      # kinds of data that changed
    saved = Signal()           # a change was committed to the file
    failed = Signal(str)       # a change could not be saved: a sentence for the person

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.live = None  # the live run controller of the agenda, when one is running

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

    def do(self, text: str, fn: Callable[[], object], kinds: Iterable[str]):
        """Make one undoable change. Returns fn's result, or None when it failed (the person
        has been told through `failed`, and nothing was written)."""
        try:
            result, inverse = self.store.recorded(fn)
        except FacilitatorError as exc:
            self.failed.emit(str(exc))
            return None
        kinds = frozenset(kinds)
        if inverse:
            self.undo_stack.push(StoreCommand(self, text, inverse, kinds))
        self.saved.emit()
        self.changed.emit(set(kinds))
        return result

    def write(self, fn: Callable[[], object], kinds: Iterable[str] = ()):
        """A change that is saved but not undoable (e.g. the live timer's record)."""
        try:
            with self.store.transaction():
                result = fn()
        except FacilitatorError as exc:
            self.failed.emit(str(exc))
            return None
        self.saved.emit()
        if kinds:
            self.changed.emit(set(kinds))
        return result

    def close(self) -> None:
        self.undo_stack.clear()
        self.store.close()
