"""What the room may see of a session, as plain JSON-able values.

Only this: the session's title and language, the current agenda item and its remaining time,
whether ideas may be sent, and the open voting round (its candidates' texts, the budget and the
cap; the results only once revealed; the names of the present participants only for a named
round). Never notes, never authors, never anyone's ballot.
"""
from __future__ import annotations

import time
from typing import Any

from ..ops import voting as ballots
from ..agenda import LiveRun, run_items


def current_item(store, wall_now: float | None = None) -> dict | None:
    """The item the live run stands on, with its remaining seconds (counting down from the
    state the window saved), or None when no run is in progress."""
    data = store.live.load()
    if not isinstance(data, dict) or not data.get("started"):
        return None
    items = store.agenda.list()
    now = time.time() if wall_now is None else wall_now
    clock = time.monotonic
    try:
        run = LiveRun.from_dict(data, run_items(items), clock, now)
    except (TypeError, ValueError):
        return None
    if run.finished:
        return None
    by_id = {i.id: i for i in items}
    item = by_id.get(run.item_id)
    if item is None:
        return None
    return {"title": item.title, "remaining_seconds": int(round(run.remaining())),
            "running": not run.paused}


def open_round(store) -> Any:
    """The round the room votes in: the most recently set up among the open ones."""
    rounds = [r for r in store.voting.rounds() if r.status == "open"]
    return max(rounds, key=lambda r: (r.position, r.id)) if rounds else None


def public_state(store, *, ideas_open: bool, wall_now: float | None = None) -> dict:
    session = store.session.get()
    state: dict[str, Any] = {
        "session": session.title,
        "language": session.language if session.language in ("fr", "en") else "fr",
        "item": current_item(store, wall_now),
        "ideas_open": bool(ideas_open),
        "round": None,
    }
    rnd = open_round(store)
    if rnd is not None:
        labels = ballots.candidate_labels(store, rnd)
        block: dict[str, Any] = {
            "id": rnd.id, "title": rnd.title, "budget": rnd.dots_per_participant,
            "cap": rnd.max_per_item,
            "candidates": [{"id": c, "text": labels.get(c, "")} for c in rnd.candidates],
            "named": not rnd.anonymous,
            "revealed": bool(rnd.revealed),
        }
        if not rnd.anonymous:
            block["people"] = [{"id": p.id, "name": p.name}
                               for p in store.participants.list() if p.present]
        if rnd.revealed:
            res = ballots.results(store, rnd.id)
            block["results"] = [{"id": s.item_id, "text": labels.get(s.item_id, ""), "dots": s.dots,
                                 "rank": s.rank} for s in res.standings]
        state["round"] = block
    return state
