"""The approval queue: ideas sent from phones can wait for the facilitator before they reach the
wall. Core (no Qt, no server), then over HTTP; the window's side is in tests/ui/test_room_ui.py."""
from __future__ import annotations

import pytest

from facilitator.engine import Engine
from facilitator.room import approval
from facilitator.store import Store


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "file.atelier", "Forum")
    yield s
    if not s.closed:
        s.close()


def test_a_held_idea_is_nowhere_an_idea_is_read_until_approved(store):
    with store.transaction():
        theme = store.ideas.add_theme("Mobilité")
        first = approval.hold(store, "  Navette vers l'hôpital ", "Mobilité")
        second = approval.hold(store, "Un marché public", None)
    assert store.ideas.list() == []                      # the wall, votes, exports read these
    queue = approval.pending(store)
    assert [(p.id, p.text, p.table) for p in queue] == [
        (first, "Navette vers l'hôpital", "Mobilité"), (second, "Un marché public", None)]
    with store.transaction():
        ids = approval.approve(store, [first])
    ideas = store.ideas.list()
    assert [(i.id, i.text, i.theme_id) for i in ideas] == [(ids[0], "Navette vers l'hôpital",
                                                            theme)]
    assert [p.id for p in approval.pending(store)] == [second]
    with store.transaction():
        approval.reject(store, [second])
    assert approval.pending(store) == [] and len(store.ideas.list()) == 1


def test_blank_is_refused_and_approving_twice_adds_nothing(store):
    with store.transaction():
        with pytest.raises(ValueError):
            approval.hold(store, "   ", None)
        pid = approval.hold(store, "Idée", None)
        assert len(approval.approve(store, [pid])) == 1
        assert approval.approve(store, [pid]) == []      # already on the wall
    assert len(store.ideas.list()) == 1


def test_approving_through_the_engine_is_one_undoable_change(store):
    with store.transaction():
        pid = approval.hold(store, "Idée", None)
    engine = Engine(store)
    try:
        done = engine.run(lambda s: approval.approve(s, [pid]))
        assert {"idea", "room_pending_idea"} <= done.change.tables
        engine.replay(done.inverse).result(10)            # undo: back in the queue, off the wall
        assert engine.read(lambda s: (s.ideas.list(), [p.id for p in approval.pending(s)])
                           ).result(10) == ([], [pid])
    finally:
        engine.close(close_store=False)


def test_a_file_of_the_previous_format_gets_the_queue(tmp_path):
    import sqlite3

    path = tmp_path / "old.atelier"
    Store.create(path, "Ancienne").close()
    con = sqlite3.connect(path)
    con.execute("DROP TABLE room_pending_idea")
    from facilitator.store.schema import MIGRATIONS, SCHEMA_ROOM

    room_step = next(v for v, script in MIGRATIONS.items() if script is SCHEMA_ROOM)
    con.execute(f"PRAGMA user_version = {room_step}")
    con.commit()
    con.close()
    s = Store.open(path)
    try:
        with s.transaction():
            approval.hold(s, "Idée", None)
        assert len(approval.pending(s)) == 1
    finally:
        s.close()


# -- over HTTP ----------------------------------------------------------------------------------
def test_with_approval_on_a_phone_idea_waits_and_the_contract_is_unchanged(room, phone):
    server, engine, rnd, ideas = room
    before = engine.read(lambda s: len(s.ideas.list())).result(10)
    server.approval = True
    status, body = phone.post("/api/ideas", {"text": "Une halte-garderie"})
    assert status == 201 and set(body) == {"id"} and isinstance(body["id"], int)
    assert engine.read(lambda s: len(s.ideas.list())).result(10) == before
    queue = engine.read(approval.pending).result(10)
    assert [p.text for p in queue] == ["Une halte-garderie"]
    engine.run(lambda s: approval.approve(s, [queue[0].id]))
    texts = engine.read(lambda s: [i.text for i in s.ideas.list()]).result(10)
    assert texts[-1] == "Une halte-garderie"
    server.approval = False
    assert phone.post("/api/ideas", {"text": "Directe"})[0] == 201
    assert engine.read(lambda s: s.ideas.list()[-1].text).result(10) == "Directe"
    assert engine.read(approval.pending).result(10) == []


def test_ideas_waiting_for_approval_travel_in_the_archive(tmp_path):
    """Ideas held for approval are not lost by export → import: they come back held (never on
    the wall), in the order they arrived, and export → import → export is identical."""
    from facilitator.export import archive
    from facilitator.errors import ArchiveError

    s = Store.create(tmp_path / "salle.atelier", "Salle")
    try:
        with s.transaction():
            s.ideas.add("Déjà au mur")
            approval.hold(s, "Navette « Baie-Comeau »", "Table 3")
            approval.hold(s, "Marché public", None)
        first = archive.to_dict(s)
    finally:
        s.close()
    assert [p["text"] for p in first["pending_ideas"]] == ["Navette « Baie-Comeau »",
                                                           "Marché public"]
    assert first["pending_ideas"][0]["table"] == "Table 3"
    assert [i["text"] for i in first["ideas"]] == ["Déjà au mur"]
    out = tmp_path / "copie.atelier"
    archive.import_archive(first, out)
    again = Store.open(out)
    try:
        assert [p.text for p in approval.pending(again)] == ["Navette « Baie-Comeau »",
                                                            "Marché public"]
        assert [i.text for i in again.ideas.list()] == ["Déjà au mur"]
        assert archive.to_dict(again) == first
    finally:
        again.close()
    bad = dict(first, pending_ideas=[{"text": "  ", "table": None, "received_at": "x"}])
    with pytest.raises(ArchiveError) as err:
        archive.import_archive(bad, tmp_path / "jamais.atelier")
    assert "pending_ideas[0].text" in err.value.message("en")
    assert not (tmp_path / "jamais.atelier").exists()
