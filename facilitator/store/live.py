"""Where a live run of the agenda stands (a JSON blob written by the timer), not undoable.

One row: the run in progress (`load`), or, once the facilitator ended it, where it stopped
(`stopped`), so that running the agenda again can offer to continue there."""
from __future__ import annotations

import json

from .base import Repository


class Live(Repository):
    def _raw(self) -> dict | None:
        r = self.conn.execute("SELECT state FROM live_state WHERE id = 1").fetchone()
        return json.loads(r[0]) if r else None

    def load(self) -> dict | None:
        """The run in progress (None when there is none, or when it was ended)."""
        data = self._raw()
        return None if isinstance(data, dict) and data.get("ended") else data

    def stopped(self) -> dict | None:
        """The state of the last run, saved when the facilitator ended it; None otherwise."""
        data = self._raw()
        return data if isinstance(data, dict) and data.get("ended") else None

    def save(self, state: dict | None) -> None:
        if self.conn.in_transaction:  # already inside store.transaction() (e.g. ctx.write)
            self._put(state)
            return
        with self.store.transaction():
            self._put(state)

    def end(self, state: dict | None = None) -> None:
        """Keep where the run stopped (`state`, or the saved one) as an ended run."""
        state = state if state is not None else self._raw()
        if isinstance(state, dict):
            self.save({**state, "ended": True, "running": False})

    def _put(self, state: dict | None) -> None:
        if state is None:
            self.conn.execute("DELETE FROM live_state")
        else:
            self.conn.execute(
                "INSERT INTO live_state (id, state) VALUES (1, ?) "
                "ON CONFLICT(id) DO UPDATE SET state = excluded.state",
                (json.dumps(state),))
