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
