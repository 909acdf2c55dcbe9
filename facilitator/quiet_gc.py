"""Fewer, cheaper passes of Python's garbage collector while a burst of phones may arrive.

While a room is open, the collector's young generation holds GC_YOUNG objects before a pass
(Python's default: 700). A burst of phones allocates millions of short-lived objects: with the
default, passes over the whole heap (the window, Qt's wrappers, the server's sockets) held the
interpreter for 0.2–0.9 s each, which is what made the projector's 100 ms timer late. Measured at
1,000 phones (bench_room): young generation 700 → 8.4 s spent collecting during the burst;
5,000 → 4.7 s; 20,000 → 1.7 s; 50,000 → 0.9 s (a few MB more held between passes). The heap that
exists when the room opens is also frozen (``gc.freeze``: start-up objects are never scanned
again; a full pass over the window's heap took 83–114 ms in bench_engine's burst). Both are
undone when the last user stops. A session open in the window holds its heap frozen too
(`hold_heap`), with Python's young passes.
"""
from __future__ import annotations

import gc
import threading

GC_YOUNG = 50_000

_lock = threading.Lock()
_users = 0
_holders = 0
_saved: tuple[int, int, int] | None = None


def quiet_gc(on: bool) -> None:
    """Start (on=True) or end one user's quiet collector; counted, so two rooms may overlap."""
    global _users, _saved
    with _lock:
        if on:
            _users += 1
            if _users == 1:
                _saved = gc.get_threshold()
                gc.collect()
                _hold(True)
                gc.set_threshold(max(GC_YOUNG, _saved[0]), *_saved[1:])
        elif _users > 0:
            _users -= 1
            if _users == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _hold(False)
                _saved = None


def hold_heap(on: bool) -> None:
    """Freeze (on=True) the heap as it is now, or release one such hold; counted with the
    rooms' (quiet_gc). A session open in the window holds the heap it was built with: the
    collector's full passes then scan only what was made since, never the window's tens of
    thousands of start-up objects again (a full pass over them held the GUI thread 83–114 ms,
    at any moment: in the middle of a capture). The young passes stay Python's."""
    with _lock:
        _hold(on)


def holders() -> int:
    """How many holds (sessions open in the window, rooms open) keep the heap frozen."""
    return _holders


def _hold(on: bool) -> None:
    global _holders
    if on:
        # (no collection first: what is garbage now is frozen with the rest until the last
        # hold ends, then collected; a full pass is what holding avoids)
        _holders += 1
        gc.freeze()      # (again at each hold: the objects made since join the frozen ones)
    elif _holders > 0:
        _holders -= 1
        if _holders == 0:
            gc.unfreeze()
