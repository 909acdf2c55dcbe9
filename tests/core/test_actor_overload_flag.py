"""The facilitator's overload flag on an actor: stored in the session file (format 3), undoable,
carried by the JSON archive as the optional key `actors[].overload_flag`, and a format 2 file
gains it (unset) when opened."""
from __future__ import annotations

import json
import sqlite3

from facilitator.store import SCHEMA_VERSION, Store
from facilitator.store import db, schema


def test_the_flag_is_stored_and_undoable(store):
    aid, _undo = store.recorded(lambda: store.actors.add("MRC"))
    assert store.actors.get(aid).overload_flag is False
    _r, inverse = store.recorded(lambda: store.actors.update(aid, overload_flag=True))
    assert store.actors.get(aid).overload_flag is True
    store.replay(inverse)
    assert store.actors.get(aid).overload_flag is False


def test_the_archive_carries_the_flag_only_when_set(store, tmp_path):
    from facilitator.export import archive

    with store.transaction():
        a = store.actors.add("MRC")
        store.actors.add("CDC")
        store.actors.update(a, overload_flag=True)
    out = tmp_path / "a.json"
    archive.export(store, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [x.get("overload_flag") for x in data["actors"]] == [True, None]
    copy = archive.import_archive(archive.load(out), tmp_path / "b.atelier")
    with Store.open(copy) as s2:
        assert [x.overload_flag for x in s2.actors.list()] == [True, False]


def test_a_format_2_file_gains_the_flag_unset(tmp_path):
    path = tmp_path / "v2.atelier"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    for v in (0, 1):
        for stmt in db._statements(schema.MIGRATIONS[v]):
            con.execute(stmt)
    con.execute("INSERT INTO session (id, title, created_at) VALUES (1, 'S', '2026-11-01')")
    con.execute("INSERT INTO actor (id, name) VALUES (1, 'MRC')")
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()
    with Store.open(path) as s:
        assert s.schema_version() == SCHEMA_VERSION >= 3
        assert s.actors.get(1).overload_flag is False
        assert s.check() == []
