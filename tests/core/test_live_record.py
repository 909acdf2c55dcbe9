"""What a live run records is never undone by undoing something else: the store's undo puts
back only the columns a change changed (issue 12, « The live run keeps what happened »)."""
from __future__ import annotations


def _actual(store, item_id):
    return store.agenda.get(item_id).actual_seconds


def test_undoing_a_rename_keeps_the_time_recorded_since(store):
    with store.transaction():
        accueil = store.agenda.add("Accueil", 15)
        store.agenda.update(accueil, actual_seconds=60)       # the run, one minute in
    _, inverse = store.recorded(lambda: store.agenda.update(accueil, title="Mot de bienvenue"))
    with store.transaction():                                 # the run goes on, then « Terminer »
        store.agenda.update(accueil, actual_seconds=900)
    redo = store.replay(inverse)                              # Ctrl+Z: the rename
    item = store.agenda.get(accueil)
    assert item.title == "Accueil"
    assert item.actual_seconds == 900
    with store.transaction():
        store.agenda.update(accueil, actual_seconds=960)
    store.replay(redo)                                        # Ctrl+Shift+Z
    assert store.agenda.get(accueil).title == "Mot de bienvenue"
    assert _actual(store, accueil) == 960


def test_undo_of_an_update_names_only_the_changed_columns(store):
    with store.transaction():
        item = store.agenda.add("Accueil", 15, objective="Se présenter")
    _, inverse = store.recorded(lambda: store.agenda.update(item, planned_minutes=20))
    assert len(inverse) == 1
    assert "planned_minutes" in inverse[0]
    assert "title" not in inverse[0] and "objective" not in inverse[0]
    assert "actual_seconds" not in inverse[0]


def test_an_update_that_changes_nothing_records_nothing(store):
    with store.transaction():
        item = store.agenda.add("Accueil", 15)
    _, inverse = store.recorded(lambda: store.agenda.update(item, title="Accueil"))
    assert inverse == []


def test_other_tables_keep_their_undo(store):
    with store.transaction():
        store.session.update(title="Avant")
    _, inverse = store.recorded(lambda: store.session.update(title="Après", start_time="9:00"))
    store.replay(inverse)
    s = store.session.get()
    assert s.title == "Avant" and s.start_time is None


def _items(actuals):
    from facilitator.model import AgendaItem

    return [AgendaItem(n + 1, f"Point {n + 1}", planned_minutes=10, actual_seconds=a)
            for n, a in enumerate(actuals)]


def test_where_running_again_continues():
    from facilitator.agenda import LiveRun, restart_point, run_items

    clock = lambda: 0.0  # noqa: E731
    items = _items([None, None, None])
    assert restart_point(items, None) is None                 # nothing recorded: item 1
    run = LiveRun(run_items(items), clock)
    run.start(0)
    run.next()
    stopped = {**run.to_dict(0), "ended": True}
    assert restart_point(_items([240, 100, None]), stopped) == 1
    assert restart_point(_items([240, 100, None]), None) == 2  # no saved position: first gap
    run.next()
    run.next()                                                 # to the end
    assert restart_point(_items([1, 2, 3]), {**run.to_dict(0), "ended": True}) is None
    assert restart_point(_items([1, 2, 3]), None) is None


def test_a_new_run_starts_from_the_recorded_times():
    from facilitator.agenda import LiveRun, recorded_seconds, run_items

    t = [0.0]
    items = _items([240, None, 30])
    run = LiveRun.from_record(run_items(items), recorded_seconds(items), lambda: t[0])
    run.start(0)
    t[0] += 20
    assert run.actual_seconds() == {1: 260, 3: 30}


def test_an_ended_run_is_not_offered_for_resuming(store):
    from facilitator.agenda import LiveRun, resumable

    with store.transaction():
        store.agenda.add("Accueil", 10)
    run = LiveRun([(1, 600)], lambda: 0.0)
    run.start(0)
    store.live.save(run.to_dict(0))
    assert store.live.load() is not None and store.live.stopped() is None
    store.live.end()
    assert store.live.load() is None
    assert store.live.stopped()["index"] == 0
    assert not resumable(store.live.stopped(), [1])
