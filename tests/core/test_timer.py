"""The live run of the agenda, driven by a hand-turned clock (no sleeping)."""
from __future__ import annotations

import json

import pytest

from facilitator.agenda import LiveRun

MIN = 60


class Clock:
    def __init__(self, t: float = 1000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def clock():
    return Clock()


def plan():
    """Three items: 10, 20 and 5 minutes."""
    return [(101, 10 * MIN), (102, 20 * MIN), (103, 5 * MIN)]


def test_before_start_nothing_counts(clock):
    run = LiveRun(plan(), clock)
    clock.advance(300)
    assert run.paused and not run.started
    assert run.index == 0 and run.item_id == 101
    assert run.elapsed() == 0
    assert run.remaining() == 10 * MIN
    assert run.actual_seconds() == {}
    assert run.shift_seconds() == 0


def test_time_counts_on_the_current_item_while_running(clock):
    run = LiveRun(plan(), clock)
    run.start()
    clock.advance(90)
    assert not run.paused
    assert run.elapsed() == 90
    assert run.remaining() == 10 * MIN - 90


def test_pause_stops_counting_and_resume_continues(clock):
    run = LiveRun(plan(), clock)
    run.start()
    clock.advance(100)
    run.pause()
    clock.advance(500)          # a break: not counted
    assert run.paused and run.elapsed() == 100
    run.resume()
    clock.advance(20)
    assert run.elapsed() == 120
    run.toggle()
    assert run.paused
    clock.advance(50)
    run.toggle()
    assert not run.paused
    clock.advance(5)
    assert run.elapsed() == 125


def test_next_records_the_item_left_and_keeps_counting_on_the_new_one(clock):
    run = LiveRun(plan(), clock)
    run.start()
    clock.advance(7 * MIN)
    run.next()
    assert run.index == 1 and run.item_id == 102 and not run.paused
    clock.advance(3 * MIN)
    assert run.elapsed(0) == 7 * MIN
    assert run.elapsed() == 3 * MIN == run.elapsed(1)
    assert run.actual_seconds() == {101: 420, 102: 180}


def test_going_back_accumulates_time_on_the_earlier_item(clock):
    run = LiveRun(plan(), clock)
    run.start()
    clock.advance(4 * MIN)
    run.next()
    clock.advance(2 * MIN)
    run.previous()
    clock.advance(1 * MIN)
    assert run.index == 0
    assert run.elapsed(0) == 5 * MIN
    assert run.elapsed(1) == 2 * MIN
    run.jump(2)
    clock.advance(30)
    assert run.item_id == 103
    assert run.actual_seconds() == {101: 300, 102: 120, 103: 30}


def test_moving_while_paused_stays_paused(clock):
    run = LiveRun(plan(), clock)
    run.start()
    clock.advance(60)
    run.pause()
    run.next()
    clock.advance(600)
    assert run.paused and run.index == 1 and run.elapsed() == 0
    assert run.elapsed(0) == 60


def test_finished_after_next_past_the_last_item(clock):
    run = LiveRun(plan(), clock)
    run.start(2)
    clock.advance(4 * MIN)
    run.next()
    assert run.finished and run.paused and run.index == 3
    clock.advance(100)
    assert run.elapsed(2) == 4 * MIN          # nothing counts after the end
    with pytest.raises(IndexError):
        run.remaining()
    with pytest.raises(IndexError):
        run.item_id
    run.next()                                # no effect
    assert run.index == 3
    run.previous()                            # back to the last item, paused
    assert not run.finished and run.item_id == 103 and run.paused
    assert run.elapsed() == 4 * MIN


def test_start_at_an_index_and_jump_bounds(clock):
    run = LiveRun(plan(), clock)
    run.start(1)
    assert run.item_id == 102 and not run.paused
    with pytest.raises(IndexError):
        run.jump(3)
    with pytest.raises(IndexError):
        run.jump(-1)
    run.previous()
    run.previous()                            # already first: stays
    assert run.index == 0


def test_empty_agenda_is_finished_at_once(clock):
    run = LiveRun([], clock)
    assert run.finished
    run.next()
    run.previous()
    assert run.finished and run.actual_seconds() == {} and run.shift_seconds() == 0


def test_add_minutes_extends_the_allowance(clock):
    run = LiveRun(plan(), clock)
    run.start()
    run.add_minutes(1)
    run.add_minutes(5)
    assert run.allowance() == 16 * MIN
    assert run.allowance(1) == 20 * MIN        # only the current item
    clock.advance(12 * MIN)
    assert run.remaining() == 4 * MIN
    run.add_minutes(-30)                      # taking back more than granted: not below zero
    assert run.allowance() == 0


def test_phase_normal_amber_red(clock):
    run = LiveRun(plan(), clock)              # 10 min: amber from 2 min left
    run.start()
    clock.advance(7 * MIN)
    assert run.phase() == "normal"
    clock.advance(59)
    assert run.phase() == "normal"
    clock.advance(1)                          # exactly 20 % left
    assert run.phase() == "amber"
    clock.advance(2 * MIN - 1)
    assert run.phase() == "amber"
    clock.advance(1)                          # 0 left
    assert run.phase() == "red"
    clock.advance(90)
    assert run.phase() == "red" and run.remaining() == -90
    run.add_minutes(5)                        # granting time brings it back
    assert run.phase() == "normal"


def test_shift_counts_done_items_actual_time_and_the_current_at_least_its_allowance(clock):
    run = LiveRun(plan(), clock)              # plan: 35 min
    run.start()
    clock.advance(14 * MIN)                   # item 1 overruns by 4 min while still current
    assert run.shift_seconds() == 4 * MIN
    run.next()
    clock.advance(5 * MIN)                    # item 2 still within its 20 min
    assert run.shift_seconds() == 4 * MIN
    clock.advance(18 * MIN)                   # item 2 at 23 min: 3 more min behind
    assert run.shift_seconds() == 7 * MIN
    run.next()
    clock.advance(1 * MIN)
    run.next()                                # item 3 took 1 of its 5 min
    assert run.finished
    assert run.shift_seconds() == 3 * MIN     # 14 + 23 + 1 = 38 vs 35


def test_shift_ahead_when_items_finish_early(clock):
    run = LiveRun(plan(), clock)
    run.start()
    clock.advance(4 * MIN)
    run.next()
    assert run.shift_seconds() == -6 * MIN


def test_extra_minutes_count_as_late_against_the_plan(clock):
    run = LiveRun(plan(), clock)
    run.start()
    run.add_minutes(5)
    assert run.shift_seconds() == 5 * MIN


def test_skipped_items_count_as_not_spent(clock):
    run = LiveRun(plan(), clock)
    run.start()
    clock.advance(10 * MIN)
    run.jump(2)                                # item 2 (20 min) dropped
    assert run.shift_seconds() == -20 * MIN
    assert 102 not in run.actual_seconds()


def test_clock_going_backwards_never_removes_time(clock):
    run = LiveRun(plan(), clock)
    run.start()
    clock.advance(30)
    clock.t -= 100
    assert run.elapsed() == 0
    run.pause()
    assert run.elapsed() == 0


# -- saving and resuming ---------------------------------------------------------------------
def saved_run(clock):
    run = LiveRun(plan(), clock)
    run.start()
    clock.advance(8 * MIN)
    run.next()
    run.add_minutes(5)
    clock.advance(3 * MIN)
    return run


def test_state_is_json_and_round_trips_while_paused(clock):
    run = saved_run(clock)
    run.pause()
    data = json.loads(json.dumps(run.to_dict(wall_now=50_000.0)))
    other_clock = Clock(7.0)                  # a new process: its monotonic clock starts anew
    back = LiveRun.from_dict(data, plan(), other_clock, wall_now=50_600.0)
    assert back.paused and back.index == 1 and back.item_id == 102
    assert back.elapsed(0) == 8 * MIN and back.elapsed() == 3 * MIN
    assert back.allowance() == 25 * MIN
    assert back.actual_seconds() == {101: 480, 102: 180}
    other_clock.advance(100)
    assert back.elapsed() == 3 * MIN          # still paused


def test_resume_after_a_crash_counts_the_time_the_room_kept_going(clock):
    data = saved_run(clock).to_dict(wall_now=50_000.0)       # saved while running
    new_clock = Clock(3.0)
    back = LiveRun.from_dict(data, plan(), new_clock, wall_now=50_120.0)
    assert not back.paused and back.item_id == 102
    assert back.elapsed() == 3 * MIN + 120
    new_clock.advance(60)
    assert back.elapsed() == 3 * MIN + 180


def test_resume_without_counting_the_gap_is_paused_at_the_saved_time(clock):
    data = saved_run(clock).to_dict(wall_now=50_000.0)
    back = LiveRun.from_dict(data, plan(), Clock(), wall_now=53_600.0, count_gap=False)
    assert back.paused and back.elapsed() == 3 * MIN


def test_wall_clock_set_back_does_not_remove_time(clock):
    data = saved_run(clock).to_dict(wall_now=50_000.0)
    back = LiveRun.from_dict(data, plan(), Clock(), wall_now=49_000.0)
    assert back.elapsed() == 3 * MIN


def test_resume_over_a_changed_agenda(clock):
    data = saved_run(clock).to_dict(wall_now=50_000.0)
    # item 101 removed, 103 re-planned to 8 min, 104 added at the end
    items = [(102, 20 * MIN), (103, 8 * MIN), (104, 15 * MIN)]
    back = LiveRun.from_dict(data, items, Clock(), wall_now=50_000.0)
    assert back.item_ids == [102, 103, 104]
    assert back.item_id == 102 and back.index == 0
    assert back.elapsed() == 3 * MIN and back.allowance() == 25 * MIN
    assert back.allowance(1) == 8 * MIN and back.elapsed(2) == 0
    assert back.actual_seconds() == {102: 180}
    back.next()
    back.next()
    assert back.item_id == 104


def test_resume_when_the_current_item_was_removed_goes_on_with_the_next(clock):
    data = saved_run(clock).to_dict(wall_now=50_000.0)      # current: 102
    back = LiveRun.from_dict(data, [(101, 10 * MIN), (103, 5 * MIN)], Clock(),
                             wall_now=50_060.0)
    assert back.item_id == 103
    assert back.elapsed(0) == 8 * MIN
    assert back.elapsed() == 60               # the room kept going on what is now current


def test_resume_a_finished_run_with_a_new_item_opens_it(clock):
    run = LiveRun(plan(), clock)
    run.start(2)
    run.next()
    data = run.to_dict(wall_now=1.0)
    assert LiveRun.from_dict(data, plan(), Clock(), wall_now=2.0).finished
    back = LiveRun.from_dict(data, plan() + [(104, 60)], Clock(), wall_now=2.0)
    assert back.item_id == 104 and back.paused


def test_resume_ignores_malformed_entries(clock):
    data = {"index": 0, "running": False, "items": [{"elapsed": 5}, "junk", {"id": 101,
                                                                             "elapsed": 42}]}
    back = LiveRun.from_dict(data, plan(), clock, wall_now=0.0)
    assert back.item_id == 101 and back.elapsed() == 42
