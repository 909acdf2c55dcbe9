"""Keeps an open session safe: snapshots on open, every 10 minutes while it changes, and on
close (then a quick check and thinning); merges the journal (-wal) into the file after a few idle
seconds (Store.checkpoint), so that acknowledged changes do not live long only in the journal."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from facilitator.errors import FacilitatorError
from facilitator.store import snapshots
from facilitator_ui.context import SessionContext

SNAPSHOT_EVERY_MS = 10 * 60 * 1000
CHECKPOINT_IDLE_MS = 5000  # the journal is merged once nothing changed for this long


class SessionGuard(QObject):
    def __init__(self, ctx: SessionContext, interval_ms: int = SNAPSHOT_EVERY_MS,
                 idle_ms: int = CHECKPOINT_IDLE_MS) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.dirty = False
        self.last_error: str | None = None
        ctx.saved.connect(self._mark)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_ms)
        self.idle.timeout.connect(self.merge_journal)
        self.take("open")

    def _mark(self) -> None:
        self.dirty = True
        self.idle.start()  # restarted by every change: fires once typing pauses

    def merge_journal(self) -> None:
        store = self.ctx.store
        if store is not None and not store.closed:
            store.checkpoint()

    def take(self, reason: str) -> bool:
        try:
            snapshots.take(self.ctx.store, reason)
        except FacilitatorError as exc:  # a failed snapshot must never stop the session
            self.last_error = str(exc)
            return False
        return True

    def tick(self) -> None:
        if self.dirty and self.take("auto"):
            self.dirty = False

    def closing(self) -> bool:
        """Before the store closes: a last snapshot, thinning, and a quick check.
        Returns False when the quick check found damage."""
        self.timer.stop()
        self.idle.stop()
        if self.dirty or not snapshots.snapshots(self.ctx.store):
            self.take("close")
        try:
            snapshots.thin(self.ctx.store)
        except OSError:
            pass
        try:
            return self.ctx.store.quick_check()
        except Exception:
            return False
