"""The session file: what a facilitator relies on when a file is created, reopened, refused."""
from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from facilitator.errors import FileError
from facilitator.store import APPLICATION_ID, SCHEMA_VERSION, Store
import facilitator.store.db as db
from facilitator.store import schema


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_then_reopen_keeps_everything(tmp_path):
    path = tmp_path / "atelier.atelier"
    with Store.create(path, "Priorités « 2027 » ᐃᓄᒃᑎᑐᑦ 🙂") as s:
        with s.transaction():
            pid = s.participants.add("Élise Côté", "MRC des Moulins", present=True)
            s.ideas.add("Une idée\nsur deux lignes", author_id=pid)
    with Store.open(path) as s:
        assert s.session.get().title == "Priorités « 2027 » ᐃᓄᒃᑎᑐᑦ 🙂"
        assert s.participants.list()[0].name == "Élise Côté"
        assert s.ideas.list()[0].text == "Une idée\nsur deux lignes"
        assert s.schema_version() == SCHEMA_VERSION
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_create_never_overwrites(tmp_path):
    path = tmp_path / "x.atelier"
    path.write_bytes(b"precious")
    with pytest.raises(FileError) as err:
        Store.create(path, "t")
    assert err.value.key == "exists"
    assert path.read_bytes() == b"precious"


def test_missing_file_is_not_created(tmp_path):
    path = tmp_path / "absent.atelier"
    with pytest.raises(FileError) as err:
        Store.open(path)
    assert err.value.key == "not_found"
    assert "absent.atelier" in err.value.message("fr")
    assert not path.exists()


@pytest.mark.parametrize("content", [b"", b"%PDF-1.7\n" + b"x" * 4000, b"hello\n" * 100])
def test_not_a_database_refused_and_unchanged(tmp_path, content):
    tmp_path = tmp_path / "files"
    tmp_path.mkdir()
    path = tmp_path / "faux.atelier"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(FileError) as err:
        Store.open(path)
    assert err.value.key == "not_a_database"
    assert "faux.atelier" in str(err.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["faux.atelier"]


def test_foreign_sqlite_refused_and_unchanged(tmp_path):
    tmp_path = tmp_path / "files"
    tmp_path.mkdir()
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t(x)")
    con.execute("INSERT INTO t VALUES (1)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(FileError) as err:
        Store.open(path)
    assert err.value.key == "foreign_database"
    assert "autre programme" in err.value.message("fr")
    assert "another program" in err.value.message("en")
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_newer_version_refused_and_unchanged(tmp_path):
    path = tmp_path / "future.atelier"
    Store.create(path, "t").close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(FileError) as err:
        Store.open(path)
    assert err.value.key == "too_new"
    assert "version plus récente" in err.value.message("fr")
    assert "newer version" in err.value.message("en")
    assert digest(path) == before


def _format1_file(path):
    """A session file as format 1 wrote it (before ballot_cast and the round triggers), with
    a dot left on an idea that is gone."""
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for stmt in db._statements(schema.SCHEMA_V1):
        con.execute(stmt)
    con.execute("INSERT INTO session (id, title, created_at) VALUES (1, 'Ancienne séance', "
                "'2026-11-01T09:00:00-04:00')")
    con.execute("INSERT INTO idea (id, text, created_at) VALUES (1, 'à garder', '2026-11-01')")
    con.execute("INSERT INTO participant (id, name) VALUES (1, 'Ana')")
    con.execute("INSERT INTO round (id, title, dots_per_participant) VALUES (1, 'Tour', 3)")
    con.execute("INSERT INTO round_candidate (round_id, item_id) VALUES (1, 1), (1, 99)")
    con.execute("INSERT INTO vote (round_id, item_id, participant_id, dots) "
                "VALUES (1, 1, 1, 1), (1, 99, 1, 2)")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()


def test_format_1_file_is_backed_up_then_migrated(tmp_path):
    path = tmp_path / "old.atelier"
    _format1_file(path)
    with Store.open(path) as s:
        assert s.schema_version() == SCHEMA_VERSION >= 2
        assert s.ideas.list()[0].text == "à garder"
        assert s.voting.round(1).candidates == [1]  # the dot on the lost idea is gone
        assert [(v.item_id, v.dots) for v in s.voting.votes(1)] == [(1, 1)]
        assert s.voting.cast(1) == set()
        s.recorded(lambda: s.ideas.remove(1))  # the new trigger is there
        assert s.voting.votes(1) == []
        assert s.check() == []
    backup = tmp_path / "old.format1.bak.atelier"
    assert backup.exists()
    con = sqlite3.connect(backup)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM vote").fetchone()[0] == 2
    con.close()


def test_older_version_is_backed_up_then_migrated(tmp_path, monkeypatch):
    """A file of the current format opened by a (pretend) next version: a backup copy first,
    then the migration in one transaction."""
    path = tmp_path / "old.atelier"
    with Store.create(path, "Ancienne séance") as s:
        with s.transaction():
            s.ideas.add("à garder")
    now = SCHEMA_VERSION
    monkeypatch.setattr(schema, "SCHEMA_VERSION", now + 1)
    monkeypatch.setitem(schema.MIGRATIONS, now,
                        "ALTER TABLE idea ADD COLUMN votes_cache INTEGER;")
    monkeypatch.setattr(db, "SCHEMA_VERSION", now + 1)
    with Store.open(path) as s:
        assert s.schema_version() == now + 1
        assert s.ideas.list()[0].text == "à garder"
        cols = [r[1] for r in s.conn.execute("PRAGMA table_info(idea)")]
        assert "votes_cache" in cols
    backup = tmp_path / f"old.format{now}.bak.atelier"
    assert backup.exists()
    con = sqlite3.connect(backup)
    assert con.execute("PRAGMA user_version").fetchone()[0] == now
    assert con.execute("SELECT text FROM idea").fetchone()[0] == "à garder"
    con.close()


def test_failed_migration_changes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "old.atelier"
    with Store.create(path, "t") as s:
        with s.transaction():
            s.ideas.add("idée")
    now = SCHEMA_VERSION
    monkeypatch.setattr(schema, "SCHEMA_VERSION", now + 1)
    monkeypatch.setattr(db, "SCHEMA_VERSION", now + 1)
    monkeypatch.setitem(schema.MIGRATIONS, now,
                        "ALTER TABLE idea ADD COLUMN a INTEGER;\nTHIS IS NOT SQL;")
    with pytest.raises(FileError) as err:
        Store.open(path)
    assert err.value.key == "migration_failed"
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == now
    assert "a" not in [r[1] for r in con.execute("PRAGMA table_info(idea)")]
    con.close()


def test_second_instance_is_refused(tmp_path):
    path = tmp_path / "shared.atelier"
    first = Store.create(path, "t")
    code = textwrap.dedent(f"""
        import sys
        from facilitator.store import Store
        from facilitator.errors import FileError
        try:
            Store.open({str(path)!r})
        except FileError as e:
            print(e.key); print(e.message("fr"))
            sys.exit(3)
        sys.exit(0)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    first.close()
    assert out.returncode == 3, out.stderr
    assert out.stdout.splitlines()[0] == "in_use"
    assert "déjà ouvert" in out.stdout
    # once the first window closed it, it opens
    Store.open(path).close()


def test_same_process_second_open_refused(tmp_path):
    path = tmp_path / "twice.atelier"
    with Store.create(path, "t"):
        with pytest.raises(FileError) as err:
            Store.open(path)
        assert err.value.key == "in_use"


def test_every_change_survives_a_kill(tmp_path):
    """A process that commits changes then dies with SIGKILL loses none of them."""
    path = tmp_path / "crash.atelier"
    Store.create(path, "t").close()
    code = textwrap.dedent(f"""
        import os, signal, sys
        from facilitator.store import Store
        s = Store.open({str(path)!r})
        for i in range(50):
            s.recorded(lambda i=i: s.ideas.add(f"idée {{i}} é"))
            print(i, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == -9
    acknowledged = len(out.stdout.split())
    assert acknowledged == 50
    with Store.open(path) as s:
        assert [i.text for i in s.ideas.list()] == [f"idée {i} é" for i in range(50)]
        assert s.check() == []


def test_save_copy_is_complete_and_independent(tmp_path):
    path = tmp_path / "live.atelier"
    with Store.create(path, "Séance") as s:
        s.recorded(lambda: s.ideas.add("avant la copie"))
        copy = s.save_copy(tmp_path / "copie.atelier")
        s.recorded(lambda: s.ideas.add("après la copie"))
        with Store.open(copy) as c:  # opens while the original is still open
            assert [i.text for i in c.ideas.list()] == ["avant la copie"]
        with pytest.raises(FileError):
            s.save_copy(path)


def test_text_is_kept_except_what_no_file_holds(store):
    weird = "a<b R&D « x » ᐃᓄᒃᑎᑐᑦ 🙂 \u202eRTL\u202c \t tab"
    store.recorded(lambda: store.ideas.add(weird))
    store.recorded(lambda: store.ideas.add("lone \ud800 surrogate and NUL \x00 end"))
    texts = [i.text for i in store.ideas.list()]
    assert texts[0] == weird
    assert texts[1] == "lone \ufffd surrogate and NUL \ufffd end"


def test_blank_idea_is_not_created(store):
    with pytest.raises(ValueError):
        store.recorded(lambda: store.ideas.add("   \n  "))
    assert store.ideas.list() == []


def test_undo_redo_restores_cascades(store):
    pid, _ = store.recorded(lambda: store.participants.add("Ana"))
    iid, _ = store.recorded(lambda: store.ideas.add("idée", author_id=pid))
    _, undo = store.recorded(lambda: store.participants.remove(pid))
    assert store.ideas.get(iid).author_id is None
    redo = store.replay(undo)
    assert store.participants.get(pid).name == "Ana"
    assert store.ideas.get(iid).author_id == pid
    store.replay(redo)
    assert store.participants.get(pid) is None
    assert store.ideas.get(iid).author_id is None
    assert store.check() == []


def test_schema_holds_every_archive_kind(store):
    counts = store.counts()
    assert set(counts) == {"participants", "agenda_items", "themes", "ideas", "rounds", "votes",
                           "actors", "decisions", "actions"}


def test_deleting_a_voted_idea_or_theme_leaves_no_dangling_dots(store, tmp_path):
    from facilitator.export import archive

    def setup():
        a = store.participants.add("Ana")
        t1, t2 = store.ideas.add_theme("Eau"), store.ideas.add_theme("Sol")
        i1, i2 = store.ideas.add("Puits", t1), store.ideas.add("Haies", t2)
        r = store.voting.add_round("Idées", "ideas", [i1, i2], 2, status="closed")
        store.voting.add_vote(r, i1, a, 1)
        store.voting.add_vote(r, i2, a, 1)
        rt = store.voting.add_round("Thèmes", "themes", [t1, t2], 1, status="closed")
        store.voting.add_vote(rt, t2, a, 1)
        return i1, t2, r, rt

    (i1, t2, r, rt), _ = store.recorded(setup)
    before = archive.to_dict(store)
    _, undo = store.recorded(lambda: store.ideas.remove(i1))
    _, undo2 = store.recorded(lambda: store.ideas.remove_theme(t2))
    assert store.voting.round(r).candidates == [i1 + 1]
    assert [v.item_id for v in store.voting.votes(r)] == [i1 + 1]
    assert store.voting.votes(rt) == [] and store.voting.round(rt).candidates == [t2 - 1]
    archive.validate(archive.to_dict(store))  # exports and re-imports cleanly
    store.replay(undo2)
    store.replay(undo)
    assert archive.to_dict(store) == before


def test_a_stale_journal_of_a_deleted_file_is_not_replayed(tmp_path):
    path = tmp_path / "x.atelier"
    s = Store.create(path, "ancienne")
    s.recorded(lambda: s.ideas.add("vieille idée"))
    import shutil

    shutil.copy(path.with_name("x.atelier-wal"), tmp_path / "saved-wal")
    s.close()
    path.unlink()
    shutil.copy(tmp_path / "saved-wal", path.with_name("x.atelier-wal"))
    with Store.create(path, "nouvelle") as fresh:
        assert fresh.ideas.list() == []
        assert fresh.session.get().title == "nouvelle"
