"""The wall tells its views exactly the rows of a column that changed (ui.models.ideas
._changed_rows): the same span as comparing every row, found faster."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_ui.models.ideas import _changed_rows


def every_row(old, new, changed, limit):
    first = last = None
    for r in range(limit):
        a = old[r] if r < len(old) else None
        b = new[r] if r < len(new) else None
        if a != b or (b is not None and b in changed):
            if first is None:
                first = r
            last = r
    return None if first is None else (first, last)


ids = st.lists(st.integers(1, 40), max_size=200)


@settings(max_examples=600, deadline=None)
@given(old=ids, new=ids, changed=st.sets(st.integers(1, 40), max_size=3),
       extra=st.integers(0, 8), common=st.integers(0, 150))
def test_the_span_is_the_one_every_row_compared_gives(old, new, changed, extra, common):
    shared = list(range(100, 100 + common))   # a long common start, as a filter leaves
    old, new = shared + old, shared + new
    limit = max(len(old), len(new)) + extra - 4
    assert _changed_rows(old, new, changed, max(0, limit)) == \
        every_row(old, new, changed, max(0, limit))
