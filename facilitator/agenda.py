"""Rules of the agenda: the planned schedule, and the live run of the timer.

Pure: no Qt, no storage. The live run takes a clock (a function returning seconds, monotonic-like)
so it can be driven by hand in tests and by `time.monotonic` in the app; its state is saved as a
small JSON-able dict (`store.live.save`) and restored after a quit or a crash.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

from .catalogue import text
from .model import AgendaItem

DAY = 24 * 60
#: The fraction of an item's allowance left at which the timer turns amber.
AMBER_FRACTION = 0.2
_HHMM = re.compile(r"([0-9]{1,2}):([0-9]{2})")


@dataclass(frozen=True)
class Slot:
    item_id: int
    start: int   # minutes since midnight (may pass 24 h when the day runs late)
    end: int


# -- times of day ----------------------------------------------------------------------------
def parse_hhmm(text: str | None) -> int | None:
    """Minutes since midnight of "9:05" or "09:05" (545); None for None or "".

    Anything else (another format, 24:00, 9:60, spaces around) raises ValueError naming the text.
    """
    if text is None or text == "":
        return None
    m = _HHMM.fullmatch(text)
    if not m:
        raise ValueError(f"not a time of day (HH:MM): {text!r}")
    h, mm = int(m.group(1)), int(m.group(2))
    if h > 23 or mm > 59:
        raise ValueError(f"not a time of day (HH:MM): {text!r}")
    return h * 60 + mm


def fmt_hhmm(minutes: int) -> str:
    """545 -> "9:05"; wraps past midnight (24 h 10 -> "0:10")."""
    minutes = int(minutes) % DAY
    return f"{minutes // 60}:{minutes % 60:02d}"


# -- the plan --------------------------------------------------------------------------------
def total_minutes(items: Iterable[AgendaItem]) -> int:
    return sum(max(0, it.planned_minutes) for it in items)


def schedule(items: list[AgendaItem], start_time: str | None) -> list[Slot]:
    """One slot per item, in the order given, back to back from start_time ([] without it)."""
    t = parse_hhmm(start_time)
    if t is None:
        return []
    slots = []
    for it in items:
        end = t + max(0, it.planned_minutes)
        slots.append(Slot(it.id, t, end))
        t = end
    return slots


def overrun_minutes(items: Iterable[AgendaItem], start_time: str | None,
                    end_time: str | None) -> int:
    """Minutes the plan runs past end_time; 0 if it fits or a time is missing.

    An end earlier than the start is read as the next day (an evening session ending at 0:30).
    """
    start, end = parse_hhmm(start_time), parse_hhmm(end_time)
    if start is None or end is None:
        return 0
    if end < start:
        end += DAY
    return max(0, start + total_minutes(items) - end)


def fmt_duration(seconds: float, lang: str) -> str:
    """A whole number of minutes for a person: "6 min", "1 h 05" (fr) / "1 h 05 min" (en)."""
    minutes = int(abs(seconds)) // 60
    if minutes < 60:
        return f"{minutes} min"
    h, m = divmod(minutes, 60)
    if m == 0:
        return f"{h} h"
    return f"{h} h {m:02d}" if lang != "en" else f"{h} h {m:02d} min"


def fmt_shift(seconds: int, lang: str) -> str:
    """+360 -> "6 min de retard" / "6 min behind"; -360 -> "6 min d'avance" / "6 min ahead";
    less than a minute either way -> "à l'heure" / "on time"."""
    if abs(seconds) < 60:
        return text("shift_on_time", lang)
    d = fmt_duration(seconds, lang)
    return text("shift_behind" if seconds > 0 else "shift_ahead", lang, d=d)


# -- the live run: helpers for the screens --------------------------------------------------
#: A saved run that was running is resumed counting the time the app was closed (the room kept
#: going) only if it was closed less than this long; otherwise it resumes paused where it stood.
RESUME_GAP_LIMIT = 2 * 60 * 60


def run_items(items: Iterable[AgendaItem]) -> list[tuple[int, int]]:
    """The (item_id, planned_seconds) pairs a LiveRun takes, in the order given."""
    return [(it.id, max(0, it.planned_minutes) * 60) for it in items]


def fmt_countdown(seconds: float) -> str:
    """What a timer shows: 754.2 -> "12:35" (whole seconds rounded up while time is left),
    3725 -> "1:02:05", 0 -> "0:00"; past zero the overrun with a plus: -75 -> "+1:15"."""
    import math

    if seconds >= 0:
        whole, sign = math.ceil(seconds), ""
    else:
        whole, sign = math.floor(-seconds), "+"
    h, rest = divmod(int(whole), 3600)
    m, s = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{s:02d}" if h else f"{sign}{m}:{s:02d}"


def projected_end(items: Iterable[AgendaItem], start_time: str | None,
                  shift_seconds: float = 0) -> int | None:
    """Minutes since midnight the day is now expected to end: the planned end moved by the
    live shift (LiveRun.shift_seconds); None without a start time."""
    start = parse_hhmm(start_time)
    if start is None:
        return None
    return start + total_minutes(items) + round(shift_seconds / 60)


def resume_counts_gap(data: dict, wall_now: float) -> bool:
    """Whether resuming a saved run should count the time since it was saved (see
    RESUME_GAP_LIMIT): only for a run that was running and saved less than the limit ago."""
    if not data.get("running"):
        return False
    try:
        gap = float(wall_now) - float(data.get("saved_at") or wall_now)
    except (TypeError, ValueError):
        return False
    return 0 <= gap <= RESUME_GAP_LIMIT


def resumable(data: dict | None, item_ids: Iterable[int]) -> bool:
    """A saved run worth offering to resume: started, not ended by the facilitator, and
    standing on an item that still exists (or before one), not past the end of the agenda."""
    if not isinstance(data, dict) or not data.get("started") or data.get("ended"):
        return False
    ids = set(item_ids)
    raw = data.get("items") or []
    saved = [e.get("id") for e in raw if isinstance(e, dict)]
    try:
        index = int(data.get("index") or 0)
    except (TypeError, ValueError):
        return False
    rest = saved[max(0, index):]
    return bool(ids) and (any(i in ids for i in rest) or any(i not in saved for i in ids))


def recorded_seconds(items: Iterable[AgendaItem]) -> dict[int, int]:
    """item_id -> actual seconds already recorded in the session (by earlier runs)."""
    return {it.id: int(it.actual_seconds) for it in items if it.actual_seconds is not None}


def restart_point(items: list[AgendaItem], stopped: dict | None) -> int | None:
    """Where running the agenda again continues the last run: the position in `items` of the
    item the last run stopped on (`stopped`, its saved state), or, with times recorded but no
    saved position, the first item with no recorded time. None when there is nothing to
    continue: nothing recorded, or the last run went to the end of the agenda."""
    ids = [it.id for it in items]
    if isinstance(stopped, dict):
        saved = [e.get("id") for e in stopped.get("items") or [] if isinstance(e, dict)]
        try:
            index = int(stopped.get("index") or 0)
        except (TypeError, ValueError):
            index = 0
        for item_id in saved[max(0, index):]:
            if item_id in ids:
                return ids.index(item_id)
        if saved and index >= len(saved):
            return None
    recorded = recorded_seconds(items)
    if not recorded:
        return None
    return next((i for i, it in enumerate(items) if it.id not in recorded), None)


# -- the live run ----------------------------------------------------------------------------
_STATE_VERSION = 1


class LiveRun:
    """The live run of an agenda: which item is current, elapsed per item, paused or not.

    Items are (item_id, planned_seconds) in running order. Time is counted on the current item
    while running; moving to another item (next, previous, jump) records the time of the item
    left and keeps counting on the new one (or stays paused if paused). Going back to an item
    adds to the time already spent there. After next() past the last item the run is
    `finished` and paused; the per-item queries with no index then raise IndexError.
    """

    def __init__(self, items: list[tuple[int, int]], clock: Callable[[], float]) -> None:
        self._ids = [int(i) for i, _ in items]
        self._planned = [float(max(0, p)) for _, p in items]
        self._clock = clock
        n = len(self._ids)
        self._elapsed = [0.0] * n       # accumulated, not counting the running segment
        self._added = [0.0] * n         # extra seconds granted (+1 / +5 min)
        self._touched = [False] * n     # has been current since the run started
        self._index = 0
        self._since: float | None = None   # clock time the running segment began; None = paused
        self._started = False

    @classmethod
    def from_record(cls, items: list[tuple[int, int]], recorded: dict[int, int],
                    clock: Callable[[], float]) -> "LiveRun":
        """A new run over an agenda some of whose items already have recorded actual times
        (`recorded`, item_id -> seconds): those times are its starting point, so running an
        item again adds to its record and never overwrites it."""
        run = cls(items, clock)
        for i, item_id in enumerate(run._ids):
            if item_id in recorded:
                run._elapsed[i] = max(0.0, float(recorded[item_id]))
                run._touched[i] = True
        return run

    # -- state -------------------------------------------------------------------------------
    @property
    def paused(self) -> bool:
        return self._since is None

    @property
    def started(self) -> bool:
        return self._started

    @property
    def index(self) -> int:
        """The current item's position; len(items) once finished."""
        return self._index

    @property
    def finished(self) -> bool:
        return self._index >= len(self._ids)

    @property
    def item_id(self) -> int:
        return self._ids[self._current()]

    @property
    def item_ids(self) -> list[int]:
        return list(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def _current(self) -> int:
        if self.finished:
            raise IndexError("the run is finished: there is no current item")
        return self._index

    def _resolve(self, index: int | None) -> int:
        if index is None:
            return self._current()
        if not 0 <= index < len(self._ids):
            raise IndexError(f"no agenda item at position {index}")
        return index

    def _fold(self) -> None:
        """Add the running segment to the current item and restart the segment now."""
        if self._since is not None and not self.finished:
            now = self._clock()
            self._elapsed[self._index] += max(0.0, now - self._since)
            self._since = now

    # -- gestures ----------------------------------------------------------------------------
    def start(self, index: int = 0) -> None:
        """Begin (or restart) counting at item `index`; time already spent is kept."""
        self._resolve(index)
        self._fold()
        self._index = index
        self._touched[index] = True
        self._started = True
        self._since = self._clock()

    def pause(self) -> None:
        self._fold()
        self._since = None

    def resume(self) -> None:
        if self._since is None and not self.finished:
            self._started = True
            self._touched[self._index] = True
            self._since = self._clock()

    def toggle(self) -> None:
        if self.paused:
            self.resume()
        else:
            self.pause()

    def _move_to(self, index: int) -> None:
        self._fold()
        self._index = index
        if self.finished:
            self._since = None
        elif self._started:
            self._touched[index] = True

    def next(self) -> None:
        """Leave the current item for the following one; past the last one the run finishes."""
        if not self.finished:
            self._move_to(self._index + 1)

    def previous(self) -> None:
        """Go back one item (from finished: back to the last item, paused)."""
        if self._index > 0:
            self._move_to(min(self._index, len(self._ids)) - 1)

    def jump(self, index: int) -> None:
        self._resolve(index)
        self._move_to(index)

    def add_minutes(self, minutes: int) -> None:
        """Extend the current item's allowance (negative to take back; never below zero)."""
        i = self._current()
        self._added[i] = max(self._added[i] + minutes * 60, -self._planned[i])

    # -- readings ----------------------------------------------------------------------------
    def elapsed(self, index: int | None = None) -> float:
        i = self._resolve(index)
        e = self._elapsed[i]
        if i == self._index and self._since is not None:
            e += max(0.0, self._clock() - self._since)
        return e

    def planned(self, index: int | None = None) -> float:
        return self._planned[self._resolve(index)]

    def added(self, index: int | None = None) -> float:
        return self._added[self._resolve(index)]

    def allowance(self, index: int | None = None) -> float:
        """Planned plus added seconds."""
        i = self._resolve(index)
        return self._planned[i] + self._added[i]

    def remaining(self) -> float:
        """Seconds left on the current item; negative once it runs over."""
        i = self._current()
        return self.allowance(i) - self.elapsed(i)

    def phase(self) -> str:
        """"normal", "amber" (20 % of the allowance or less left) or "red" (overrun, <= 0)."""
        i = self._current()
        left = self.allowance(i) - self.elapsed(i)
        if left <= 0:
            return "red"
        if left <= AMBER_FRACTION * self.allowance(i):
            return "amber"
        return "normal"

    def shift_seconds(self) -> int:
        """How far the projected end of the day is from the plan: + behind, - ahead.

        Items before the current one count for the time actually spent on them (0 if skipped);
        the current one and those after it for max(elapsed, allowance). The plan is the sum of
        planned times (extra minutes granted make the run later than planned).
        """
        projected = 0.0
        for i in range(len(self._ids)):
            e = self.elapsed(i)
            projected += e if i < self._index else max(e, self.allowance(i))
        return round(projected - sum(self._planned))

    def actual_seconds(self) -> dict[int, int]:
        """item_id -> whole seconds actually spent, for the items touched so far."""
        return {self._ids[i]: round(self.elapsed(i))
                for i in range(len(self._ids)) if self._touched[i] or self._elapsed[i] > 0}

    # -- saving and resuming -----------------------------------------------------------------
    def to_dict(self, wall_now: float) -> dict:
        """JSON-able state for the session file; wall_now is the wall clock (time.time())."""
        return {
            "version": _STATE_VERSION,
            "saved_at": float(wall_now),
            "index": self._index,
            "running": not self.paused,
            "started": self._started,
            "items": [{"id": self._ids[i], "elapsed": self.elapsed(i), "added": self._added[i],
                       "touched": self._touched[i]} for i in range(len(self._ids))],
        }

    @classmethod
    def from_dict(cls, data: dict, items: list[tuple[int, int]], clock: Callable[[], float],
                  wall_now: float, *, count_gap: bool = True) -> "LiveRun":
        """Resume a saved run over the agenda as it is now (`items`, in running order).

        Same current item, same elapsed times. If it was running and count_gap, the wall-clock
        time since the save is added to the current item and it keeps running (the room kept
        going); otherwise it resumes paused at the saved elapsed. Items that no longer exist are
        dropped; items that are new start at zero, in their place in `items`. If the current
        item was removed, the run goes on with the next saved item that still exists, else the
        first new item, else it is finished. Malformed item entries are ignored.
        """
        run = cls(items, clock)
        raw = data.get("items") or []
        saved_ids = [e.get("id") if isinstance(e, dict) else None for e in raw]
        pos = {item_id: i for i, item_id in enumerate(run._ids)}
        for e, item_id in zip(raw, saved_ids):
            i = pos.get(item_id)
            if i is None:
                continue
            run._elapsed[i] = max(0.0, float(e.get("elapsed") or 0))
            run._added[i] = max(float(e.get("added") or 0), -run._planned[i])
            run._touched[i] = bool(e.get("touched"))
        run._started = bool(data.get("started"))

        saved_index = int(data.get("index") or 0)
        index = None
        for item_id in saved_ids[max(0, saved_index):]:
            if item_id in pos:
                index = pos[item_id]
                break
        if index is None:
            known = set(saved_ids)
            index = next((i for i, item_id in enumerate(run._ids) if item_id not in known),
                         len(run._ids))
        run._index = index

        if data.get("running") and not run.finished:
            if count_gap:
                gap = max(0.0, float(wall_now) - float(data.get("saved_at") or wall_now))
                run._elapsed[index] += gap
                run._touched[index] = True
                run._since = clock()
        return run
