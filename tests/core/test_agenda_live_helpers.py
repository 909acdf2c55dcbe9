"""Helpers the live screens use: countdown text, projected end, when a resume counts the gap,
whether a saved run is worth resuming; and the live state saved inside a wider transaction."""
from __future__ import annotations

from facilitator.agenda import (RESUME_GAP_LIMIT, LiveRun, fmt_countdown, projected_end,
                                resumable, resume_counts_gap, run_items)
from facilitator.model import AgendaItem


def items():
    return [AgendaItem(1, "Accueil", planned_minutes=10), AgendaItem(2, "Idées", planned_minutes=25),
            AgendaItem(3, "Vote", planned_minutes=15)]


def test_countdown_text():
    assert fmt_countdown(754.2) == "12:35"       # rounded up while time is left
    assert fmt_countdown(0.2) == "0:01"
    assert fmt_countdown(0) == "0:00"
    assert fmt_countdown(3725) == "1:02:05"
    assert fmt_countdown(-75.9) == "+1:15"        # the overrun counts whole seconds
    assert fmt_countdown(-3600) == "+1:00:00"


def test_run_items_in_seconds():
    assert run_items(items()) == [(1, 600), (2, 1500), (3, 900)]


def test_projected_end_moves_with_the_shift():
    assert projected_end(items(), "9:00") == 9 * 60 + 50
    assert projected_end(items(), "9:00", 360) == 9 * 60 + 56
    assert projected_end(items(), "9:00", -120) == 9 * 60 + 48
    assert projected_end(items(), None, 360) is None


def test_resume_counts_the_gap_only_for_a_recent_running_run():
    saved = {"running": True, "saved_at": 1000.0}
    assert resume_counts_gap(saved, 1000 + 30)
    assert not resume_counts_gap(saved, 1000 + RESUME_GAP_LIMIT + 1)   # the next day: paused
    assert not resume_counts_gap({"running": False, "saved_at": 1000.0}, 1010)
    assert not resume_counts_gap(saved, 900)                            # clock went back
    assert not resume_counts_gap({"running": True, "saved_at": "x"}, 1000)


def test_resumable():
    clock = lambda: 0.0  # noqa: E731
    run = LiveRun(run_items(items()), clock)
    assert not resumable(run.to_dict(0), [1, 2, 3])       # never started
    run.start(1)
    data = run.to_dict(0)
    assert resumable(data, [1, 2, 3])
    assert resumable(data, [2])
    assert not resumable(data, [])
    assert not resumable(None, [1])
    run.next()
    run.next()                                            # finished
    assert not resumable(run.to_dict(0), [1, 2, 3])


def test_live_state_saved_inside_a_transaction(store):
    with store.transaction():
        store.live.save({"index": 2})
        store.agenda.add("Accueil", 10)
    assert store.live.load() == {"index": 2}
    store.live.save(None)
    assert store.live.load() is None
