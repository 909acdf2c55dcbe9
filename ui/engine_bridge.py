"""The session engine's change notices, on the GUI thread.

The engine (facilitator.engine) measures what each operation changed — tables and rows — and
tells its subscribers on its writer thread. `EngineBridge` subscribes, hands each notice over to
the GUI thread (a queued signal) and turns the tables into the kinds of data the views refresh
("ideas", "themes", "voting", "live", …): `TABLE_KINDS` is the one place that says which table
feeds which kind.

Notices that arrive together (a burst of phones) are merged and given to the views at most
every `MIN_GAP_MS`: the wall rereads once for 50 ideas, not 50 times, and the projector's timer
keeps its pace. The window's own changes are given at once by SessionContext (the page that
asked reselects what it made right after); the bridge then skips them (`own`).
"""
from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from facilitator.engine import Change, Engine

#: table -> the kinds of data (see ui.context) that views must refresh when it changes
TABLE_KINDS: dict[str, frozenset[str]] = {
    "session": frozenset({"session"}),
    "previous_session": frozenset({"session"}),
    "participant": frozenset({"participants"}),
    "council": frozenset({"participants", "decisions", "session"}),
    "agenda_item": frozenset({"agenda"}),
    "live_state": frozenset({"live"}),
    "theme": frozenset({"themes"}),
    "idea": frozenset({"ideas"}),
    "idea_merged": frozenset({"ideas"}),
    "room_pending_idea": frozenset({"room"}),     # the room's approval queue (h-room)
    "round": frozenset({"voting"}),
    "round_candidate": frozenset({"voting"}),
    "vote": frozenset({"voting"}),
    "ballot_cast": frozenset({"voting"}),
    "group_ballots": frozenset({"voting"}),
    "group_dots": frozenset({"voting"}),
    "actor": frozenset({"actors"}),
    "actor_role": frozenset({"actors"}),
    "actor_role_previous": frozenset({"actors"}),
    "priority_role": frozenset({"actors"}),          # the map of each priority (issue 16)
    "evaluation_rating": frozenset({"agenda"}),      # the session's evaluation (issue 16)
    "evaluation_note": frozenset({"agenda"}),
    "decision": frozenset({"decisions"}),
    "decision_council": frozenset({"decisions"}),
    "roll_call": frozenset({"decisions"}),
    "action": frozenset({"actions"}),
}
#: a table this list does not know yet (a newer schema): every view refreshes
ALL_KINDS = frozenset().union(*TABLE_KINDS.values())

#: notices from other clients reach the views at most this often
MIN_GAP_MS = 100


def kinds_of(rows) -> set[str]:
    """The kinds of data a change touched, from its tables."""
    out: set[str] = set()
    for table in rows:
        out |= TABLE_KINDS.get(table, ALL_KINDS)
    return out


def merge(changes) -> dict[str, frozenset[int]]:
    rows: dict[str, set[int]] = {}
    for change in changes:
        for table, ids in change.rows.items():
            rows.setdefault(table, set()).update(ids)
    return {t: frozenset(r) for t, r in rows.items()}


class EngineBridge(QObject):
    """Subscribes to an engine; emits `changes(list[Change])` on the GUI thread."""

    changes = Signal(object)
    _arrived = Signal()        # writer thread -> GUI thread (queued)

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._pending: list[Change] = []
        self._posted = False
        self._own: set[int] = set()      # seq of changes the window already gave its views
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._arrived.connect(self._schedule, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = engine.subscribe(self._notice)

    def own(self, change: Change) -> None:
        """This change was already given to the views (GUI thread): skip it when it arrives."""
        self._own.add(change.seq)

    def stop(self) -> None:
        self._unsubscribe()
        self._timer.stop()
        with self._lock:
            self._pending.clear()

    # -- writer thread ----------------------------------------------------------------------
    def _notice(self, change: Change) -> None:
        with self._lock:
            self._pending.append(change)
            if self._posted:
                return
            self._posted = True
        self._arrived.emit()

    # -- GUI thread ---------------------------------------------------------------------------
    def _schedule(self) -> None:
        if self._timer.isActive():
            return
        with self._lock:
            if not self._pending:   # already given (the window's own change, flushed first)
                return
        wait = MIN_GAP_MS - (time.monotonic() - self._last) * 1000
        self._timer.start(max(0, int(wait)))

    def flush(self) -> None:
        """Give the views what arrived (also called before a change of the window's own, so
        that the views see the changes in the order they were made)."""
        self._timer.stop()
        with self._lock:
            pending, self._pending = self._pending, []
            self._posted = False
        fresh = []
        for change in pending:
            if change.seq in self._own:
                self._own.discard(change.seq)
            else:
                fresh.append(change)
        if fresh:
            self._last = time.monotonic()
            self.changes.emit(fresh)
