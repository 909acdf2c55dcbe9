"""Automatic snapshots: complete, atomic, thinned, restored to a new file only."""
from __future__ import annotations

import datetime as dt

import pytest

from facilitator.errors import FileError
from facilitator.store import Store, snapshots


def test_snapshot_is_a_complete_session(store, tmp_home):
    store.recorded(lambda: store.ideas.add("idée « une »"))
    path = snapshots.take(store, "open")
    assert path.parent.parent == tmp_home / "data" / "snapshots"
    assert not list(path.parent.glob(".*"))  # no temporary file left behind
    snap = snapshots.snapshots(store)[0]
    assert snap.path == path and snap.reason == "open"
    assert snap.counts()["ideas"] == 1 and snap.counts()["dots"] == 0
    assert snap.title() == "Atelier de test"


def test_restore_writes_a_new_file_only(store, tmp_path):
    store.recorded(lambda: store.ideas.add("avant"))
    snapshots.take(store, "auto")
    store.recorded(lambda: store.ideas.add("après"))
    snap = snapshots.snapshots(store)[0]
    dest = tmp_path / "restauree.atelier"
    snapshots.restore(snap, dest)
    with Store.open(dest) as s:
        assert [i.text for i in s.ideas.list()] == ["avant"]
    with pytest.raises(FileError) as err:
        snapshots.restore(snap, dest)
    assert err.value.key == "exists"
    assert [i.text for i in store.ideas.list()] == ["avant", "après"]


def test_thinning_keeps_recent_daily_weekly(store):
    now = dt.datetime(2026, 11, 27, 12, 0)
    # 30 snapshots in the last hours, plus one a day for 40 days, plus two a week ago same day
    for m in range(30):
        snapshots.take(store, "auto", now=now - dt.timedelta(minutes=10 * m))
    for d in range(1, 41):
        snapshots.take(store, "close", now=now - dt.timedelta(days=d, hours=1))
        snapshots.take(store, "open", now=now - dt.timedelta(days=d, hours=3))
    removed = snapshots.thin(store, now=now)
    kept = snapshots.snapshots(store)
    assert removed
    assert len(kept) < 30 + 80
    times = [k.taken for k in kept]
    # the 12 newest stay
    assert times[:12] == sorted(times, reverse=True)[:12]
    assert kept[0].taken == now
    # one per day within two weeks
    recent_days = {t.date() for t in times if now - t <= dt.timedelta(days=14)}
    assert len(recent_days) >= 14
    per_day = {}
    for t in times:
        if dt.timedelta(days=1) < now - t <= dt.timedelta(days=14):
            per_day[t.date()] = per_day.get(t.date(), 0) + 1
    assert set(per_day.values()) == {1}
    # beyond two weeks, at most one a week
    old_weeks = [t.isocalendar()[:2] for t in times if now - t > dt.timedelta(days=14)]
    assert len(old_weeks) == len(set(old_weeks))
