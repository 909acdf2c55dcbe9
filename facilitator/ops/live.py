"""Operations of a live run of the agenda: where the run stands and the actual seconds of
each item are saved as it goes (saved, not undoable: `ctx.write`), so that a quit or a crash
loses nothing. Their labels name them in a history of what was saved."""
from __future__ import annotations

from typing import Mapping

from . import Label, operation


def _write_actuals(store, actuals: Mapping[int, int]) -> dict[int, int]:
    written = {}
    for item_id, seconds in actuals.items():
        it = store.agenda.get(item_id)
        if it is not None and it.actual_seconds != seconds:
            store.agenda.update(item_id, actual_seconds=seconds)
            written[item_id] = seconds
    return written


@operation(lambda store, *a, **k: Label("op_live_actuals"))
def record_actuals(store, actuals: Mapping[int, int]) -> dict[int, int]:
    """Write the items' actual seconds (items gone are skipped), the run's saved position left
    as it is; returns the actual seconds written."""
    return _write_actuals(store, actuals)


@operation(lambda store, *a, **k: Label("op_live_save"))
def save(store, state: dict | None, actuals: Mapping[int, int] | None = None) -> dict[int, int]:
    """Save where the run stands and the items' actual seconds (items gone are skipped);
    returns the actual seconds written."""
    written = _write_actuals(store, actuals or {})
    store.live.save(state)
    return written


@operation(lambda store, *a, **k: Label("op_live_end"))
def end(store, state: dict | None = None,
        actuals: Mapping[int, int] | None = None) -> dict[int, int]:
    """The run ends: its actual seconds written, its last state kept as the stopped run (to
    offer to continue it later)."""
    written = _write_actuals(store, actuals or {})
    store.live.end(state)
    return written


@operation(lambda store: Label("op_live_forget"))
def forget(store) -> None:
    """Forget the saved position of a run (the actual times stay)."""
    store.live.save(None)
