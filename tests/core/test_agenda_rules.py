"""The planned schedule: times of day, slots, totals, overrun, how a shift is said."""
from __future__ import annotations

import pytest

from facilitator.agenda import (Slot, fmt_hhmm, fmt_shift, overrun_minutes, parse_hhmm,
                                schedule, total_minutes)
from facilitator.model import AgendaItem


def items(*minutes: int) -> list[AgendaItem]:
    return [AgendaItem(id=10 + i, title=f"Point {i}", planned_minutes=m, position=i)
            for i, m in enumerate(minutes)]


@pytest.mark.parametrize("text, minutes", [
    ("9:05", 545), ("09:05", 545), ("0:00", 0), ("00:00", 0), ("23:59", 1439), ("13:30", 810),
])
def test_parse_hhmm_reads_times_of_day(text, minutes):
    assert parse_hhmm(text) == minutes


@pytest.mark.parametrize("text", [None, ""])
def test_parse_hhmm_no_time_is_none(text):
    assert parse_hhmm(text) is None


@pytest.mark.parametrize("text", [
    "24:00", "9:60", "9h05", "905", "9:5", "9:055", "-1:00", "abc", "9:05 pm", " 9:05", "٩:٠٥",
])
def test_parse_hhmm_refuses_anything_else(text):
    with pytest.raises(ValueError, match="HH:MM"):
        parse_hhmm(text)


@pytest.mark.parametrize("minutes, text", [
    (545, "9:05"), (0, "0:00"), (600, "10:00"), (1439, "23:59"), (1450, "0:10"), (-10, "23:50"),
])
def test_fmt_hhmm(minutes, text):
    assert fmt_hhmm(minutes) == text


def test_fmt_and_parse_round_trip_every_minute_of_the_day():
    assert all(parse_hhmm(fmt_hhmm(m)) == m for m in range(24 * 60))


def test_schedule_runs_items_back_to_back_from_the_start():
    assert schedule(items(15, 45, 0, 30), "9:00") == [
        Slot(10, 540, 555), Slot(11, 555, 600), Slot(12, 600, 600), Slot(13, 600, 630)]


def test_schedule_without_start_time_is_empty():
    assert schedule(items(15, 45), None) == []
    assert schedule(items(15, 45), "") == []


def test_schedule_past_midnight_keeps_counting_and_formats_wrapped():
    slots = schedule(items(60, 30), "23:30")
    assert [(s.start, s.end) for s in slots] == [(1410, 1470), (1470, 1500)]
    assert fmt_hhmm(slots[-1].end) == "1:00"


def test_schedule_of_no_items():
    assert schedule([], "9:00") == []


def test_total_minutes():
    assert total_minutes(items(15, 45, 0, 30)) == 90
    assert total_minutes([]) == 0


def test_overrun_minutes():
    plan = items(60, 60, 30)                          # 2 h 30
    assert overrun_minutes(plan, "9:00", "11:00") == 30
    assert overrun_minutes(plan, "9:00", "11:30") == 0
    assert overrun_minutes(plan, "9:00", "12:00") == 0   # fits: never negative
    assert overrun_minutes(plan, None, "11:00") == 0
    assert overrun_minutes(plan, "9:00", None) == 0
    assert overrun_minutes(plan, "9:00", "") == 0


def test_overrun_of_an_evening_session_ending_after_midnight():
    assert overrun_minutes(items(120), "22:45", "0:30") == 15
    assert overrun_minutes(items(90), "22:45", "0:30") == 0


@pytest.mark.parametrize("seconds, fr, en", [
    (360, "6 min de retard", "6 min behind"),
    (-360, "6 min d'avance", "6 min ahead"),
    (0, "à l'heure", "on time"),
    (59, "à l'heure", "on time"),
    (-59, "à l'heure", "on time"),
    (60, "1 min de retard", "1 min behind"),
    (119, "1 min de retard", "1 min behind"),
    (3600, "1 h de retard", "1 h behind"),
    (-(75 * 60), "1 h 15 d'avance", "1 h 15 min ahead"),
])
def test_fmt_shift(seconds, fr, en):
    assert fmt_shift(seconds, "fr") == fr
    assert fmt_shift(seconds, "en") == en
