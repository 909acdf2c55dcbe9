"""The quieter collector an open room sets (facilitator/quiet_gc.py) is counted: two rooms may
overlap, and Python's own settings come back only when the last one stops."""
from __future__ import annotations

import gc

from facilitator.quiet_gc import GC_YOUNG, quiet_gc


def test_two_users_overlap_and_the_default_comes_back_after_the_last():
    before = gc.get_threshold()
    quiet_gc(True)
    quiet_gc(True)
    try:
        assert gc.get_threshold()[0] >= GC_YOUNG and gc.get_freeze_count() > 0
        quiet_gc(False)
        assert gc.get_threshold()[0] >= GC_YOUNG, "the other room is still open"
    finally:
        quiet_gc(False)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    quiet_gc(False)                      # one stop too many changes nothing
    assert gc.get_threshold() == before
