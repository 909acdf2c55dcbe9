"""Where a live run of the agenda stands (a JSON blob written by the timer), not undoable."""
from __future__ import annotations

import json

from .base import Repository


class Live(Repository):
    def load(self) -> dict | None:
        r = self.conn.execute("SELECT state FROM live_state WHERE id = 1").fetchone()
        return json.loads(r[0]) if r else None

    def save(self, state: dict | None) -> None:
        if self.conn.in_transaction:  # already inside store.transaction() (e.g. ctx.write)
            self._put(state)
            return
        with self.store.transaction():
            self._put(state)

    def _put(self, state: dict | None) -> None:
        if state is None:
            self.conn.execute("DELETE FROM live_state")
        else:
            self.conn.execute(
                "INSERT INTO live_state (id, state) VALUES (1, ?) "
                "ON CONFLICT(id) DO UPDATE SET state = excluded.state",
                (json.dumps(state),))
