"""The capture benchmark (benchmarks/bench_ideas.py) stays runnable and measures what it says:
each capture (the new card painted, then everything saved and updated) beside the floor (a raw
commit, then a bare widget repainting one card) and the plain list, the engine's
acknowledgement inside the capture, the share of the wall repainted."""
from __future__ import annotations

import pytest


@pytest.fixture
def small_session(tmp_path, qapp):
    from facilitator.store import Store

    path = tmp_path / "small.atelier"
    with Store.create(path, title="Petit forum") as store:
        with store.transaction():
            theme = store.ideas.add_theme("Mobilité")
            for n in range(30):
                store.ideas.add(f"Idée {n}", theme_id=theme if n % 2 else None)
    return path


def test_the_capture_benchmark_measures_the_capture_and_its_floor(small_session):
    from benchmarks.bench_ideas import capture_figures, measure_capture

    cap = measure_capture(small_session, 6)
    assert len(cap["times"]) == len(cap["floor"]) == len(cap["baseline"]) == 6
    assert cap["visible"] == 1.0
    # the card is painted before its commit is acknowledged; the acknowledgement is measured
    # inside each capture, and is part of « saved, wall and counts updated »
    assert cap["before_ack"] == 1.0
    assert all(0 < a < s for a, s in zip(cap["ack"], cap["saved"]))
    assert all(0 < t <= s for t, s in zip(cap["times"], cap["saved"]))
    # the floor's parts: a commit, then update() → painted
    assert all(c > 0 and p > 0 for c, p in zip(cap["floor_commit"], cap["floor_paint"]))
    # the wall repaints a part of itself, the new card at least
    assert all(0 < a <= 1 for a in cap["area"][1:])
    figures = capture_figures(cap)
    assert figures["floor p50"] <= figures["floor p99"]
    assert figures["visible"] == 100
