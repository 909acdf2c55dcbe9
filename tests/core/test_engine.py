"""The session engine: one writer thread, operations in order, group commit, acknowledgement
after commit, measured change notices; driven from plain threads (no Qt)."""
from __future__ import annotations

import threading
import time

import pytest

from facilitator.ops import voting as ballots
from facilitator.engine import Engine, EngineClosed, touched_rows
from facilitator.store import Store
from facilitator.voting import VotingError


@pytest.fixture
def engine(tmp_path):
    store = Store.create(tmp_path / "s.atelier", "Moteur")
    eng = Engine(store)
    yield eng
    eng.close()



def open_round_of_ideas(s, n: int) -> tuple[int, list[int]]:
    """n ideas and an open round on them (budget 3): (round id, idea ids)."""
    ids = [s.ideas.add(f"piste {k}") for k in range(n)]
    rnd = ballots.create_round(s, "Priorités", "ideas", ids, budget=3)
    ballots.open_round(s, rnd)
    return rnd, ids

def test_an_operation_from_a_plain_thread_is_acknowledged_after_its_commit(engine, tmp_path):
    seen = []
    engine.subscribe(seen.append)
    result = {}

    def client():
        result["done"] = engine.run(lambda s: s.ideas.add("Transport collectif"), label="capture")

    t = threading.Thread(target=client)
    t.start()
    t.join(30)
    done = result["done"]
    assert done.commit >= 1 and done.commit <= engine.commits
    assert done.change.rows == {"idea": frozenset({done.value})}
    assert done.change.label == "capture"
    assert [c.seq for c in seen] == [done.change.seq]
    # acknowledged means durable: another process reading the file after close sees it
    engine.close()
    with Store.open(tmp_path / "s.atelier") as again:
        assert [i.text for i in again.ideas.list()] == ["Transport collectif"]


def test_two_threads_at_once_keep_each_ones_order_and_every_ack_follows_a_commit(engine):
    results: dict[str, list] = {"a": [], "b": []}
    acks_before_commit = []

    def client(name):
        futures = [engine.submit(lambda s, n=n: s.ideas.add(f"{name}{n}"), source=name)
                   for n in range(100)]
        for f in futures:
            done = f.result(60)
            if done.commit > engine.commits:
                acks_before_commit.append(done)
            results[name].append(done.value)

    threads = [threading.Thread(target=client, args=(n,)) for n in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not acks_before_commit
    texts = engine.read(lambda s: [(i.id, i.text) for i in s.ideas.list()]).result(30)
    by_id = dict(texts)
    for name in "ab":
        ids = results[name]
        assert [by_id[i] for i in ids] == [f"{name}{n}" for n in range(100)]
        assert ids == sorted(ids)            # each client's operations ran in its order
    assert len(texts) == 200


def test_a_burst_is_committed_in_a_few_transactions(engine):
    gate = threading.Event()
    first = engine.submit(lambda s: gate.wait(10) and s.ideas.add("premier"))
    futures = [engine.submit(lambda s, n=n: s.ideas.add(f"idée {n}")) for n in range(300)]
    gate.set()
    first.result(30)
    commits = {f.result(30).commit for f in futures}
    assert len(commits) <= 3                 # one fsync for the burst, not 300


def test_a_refused_operation_rolls_back_alone(engine):
    def setup(s):
        a = s.ideas.add("A")
        b = s.ideas.add("B")
        return ballots.create_round(s, "Priorités", "ideas", [a, b], budget=2)

    rnd = engine.run(setup).value
    engine.run(lambda s: ballots.open_round(s, rnd))
    a, b = engine.read(lambda s: s.voting.round(rnd).candidates).result(10)
    gate = threading.Event()
    engine.submit(lambda s: gate.wait(10))
    ok1 = engine.submit(lambda s: ballots.record_ballot(s, rnd, None, {a: 1, b: 1}),
                        undoable=False, source="room")
    bad = engine.submit(lambda s: ballots.record_ballot(s, rnd, None, {a: 3}),
                        undoable=False, source="room")
    ok2 = engine.submit(lambda s: ballots.record_ballot(s, rnd, None, {b: 2}),
                        undoable=False, source="room")
    gate.set()
    assert ok1.result(10).commit == ok2.result(10).commit      # same transaction
    with pytest.raises(VotingError):
        bad.result(10)
    totals = engine.read(lambda s: ballots.unnamed_totals(s.voting.votes(rnd))).result(10)
    assert totals == {a: 1, b: 3}
    # a phone's anonymous ballot keeps no inverse anywhere
    assert ok1.result().inverse is None


def test_undo_and_redo_through_the_engine(engine):
    done = engine.run(lambda s: s.ideas.add("à annuler"))
    undo = engine.replay(done.inverse).result(10)
    assert engine.read(lambda s: s.ideas.list()).result(10) == []
    assert undo.change.rows == {"idea": frozenset({done.value})}
    engine.replay(undo.inverse).result(10)
    assert [i.text for i in engine.read(lambda s: s.ideas.list()).result(10)] == ["à annuler"]


def test_the_live_state_reports_its_changes_too(engine):
    seen = []
    engine.subscribe(seen.append)
    engine.run(lambda s: s.live.save({"item": 1, "running": True}))
    assert any("live_state" in c.tables for c in seen)


def test_a_read_sees_every_write_queued_before_it(engine):
    futures = [engine.submit(lambda s, n=n: s.ideas.add(f"x{n}")) for n in range(50)]
    count = engine.read(lambda s: len(s.ideas.list())).result(10)
    assert count == 50 and all(f.done() for f in futures)


def test_a_subscriber_that_fails_never_stops_the_writer(engine):
    engine.subscribe(lambda change: 1 / 0)
    engine.run(lambda s: s.ideas.add("un"))
    assert engine.run(lambda s: s.ideas.add("deux")).value


def test_after_close_a_change_is_refused_with_a_sentence(engine):
    engine.close()
    f = engine.submit(lambda s: s.ideas.add("trop tard"))
    with pytest.raises(EngineClosed) as err:
        f.result(5)
    assert "fermée" in str(err.value)


def test_checkpoint_truncate_empties_the_wal(engine, tmp_path):
    engine.run(lambda s: s.ideas.add("dans le WAL"))
    engine.checkpoint("TRUNCATE").result(10)
    wal = tmp_path / "s.atelier-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_touched_rows_reads_tables_and_rows_from_statements():
    stmts = ["DELETE FROM idea WHERE rowid=7",
             "UPDATE theme SET title='rowid=99 WHERE rowid=5',color=NULL WHERE rowid=3",
             "INSERT INTO vote(rowid,round_id,item_id) VALUES (12,1,2)"]
    assert touched_rows(stmts) == {"idea": {7}, "theme": {3}, "vote": {12}}


def test_the_writer_does_not_hold_the_caller(engine):
    """A client thread waits for its own acknowledgement only: a slow operation of another
    client does not block submitting (the GUI thread never waits on the disk)."""
    gate = threading.Event()
    engine.submit(lambda s: gate.wait(5))
    t0 = time.perf_counter()
    f = engine.submit(lambda s: s.ideas.add("vite"))
    assert time.perf_counter() - t0 < 0.5 and not f.done()
    gate.set()
    assert f.result(10).value


def test_an_operation_that_fails_half_way_leaves_nothing_behind(engine):
    gate = threading.Event()
    engine.submit(lambda s: gate.wait(10))
    before = engine.submit(lambda s: s.ideas.add("avant"))

    def half_way(s):
        s.ideas.add("à moitié")
        raise ValueError("refusé")

    failed = engine.submit(half_way)
    after = engine.submit(lambda s: s.ideas.add("après"))
    gate.set()
    with pytest.raises(ValueError):
        failed.result(10)
    assert before.result(10).commit == after.result(10).commit
    texts = [i.text for i in engine.read(lambda s: s.ideas.list()).result(10)]
    assert texts == ["avant", "après"]


def test_the_engines_journal_names_its_session(engine, tmp_path):
    """As Store.transaction does, the first transaction of each journal carries the session's
    mark: a journal left by a crash is recognised as this session's own, never as a stranger's."""
    import shutil

    from facilitator.store import db

    engine.run(lambda s: s.ideas.add("avant la panne"))
    copy = tmp_path / "copie"
    copy.mkdir()
    shutil.copyfile(tmp_path / "s.atelier", copy / "s.atelier")
    shutil.copyfile(tmp_path / "s.atelier-wal", copy / "s.atelier-wal")
    assert db._own_journal(copy / "s.atelier") is not None
    with Store.open(copy / "s.atelier") as again:
        assert [i.text for i in again.ideas.list()] == ["avant la panne"]


def test_the_mark_is_no_operations_change(engine):
    done = engine.run(lambda s: s.ideas.add("première"))
    assert done.change.rows == {"idea": frozenset({done.value})}
    assert all("session" not in stmt for stmt in done.inverse)


def test_past_its_bound_the_journal_is_merged_after_a_commit(engine, tmp_path, monkeypatch):
    from facilitator.store import files

    monkeypatch.setattr(files, "WAL_LIMIT_BYTES", 1)
    engine.run(lambda s: s.ideas.add("x" * 5000))
    assert (tmp_path / "s.atelier-wal").stat().st_size == 0
    engine.run(lambda s: s.ideas.add("encore"))   # the next journal is marked again
    assert engine.read(lambda s: len(s.ideas.list())).result(10) == 2


def test_an_anonymous_ballot_changes_only_the_totals_it_adds_to(engine):
    """Once each candidate has its unnamed total, a phone's ballot updates those rows in
    place (rewriting every total cost ~2 ms a ballot); the rows still follow the candidates'
    order, never the order ballots came in."""
    rnd, ids = engine.run(lambda s: open_round_of_ideas(s, 6)).value
    engine.run(lambda s: ballots.record_ballot(s, rnd, None, {ids[5]: 1, ids[0]: 1}),
               undoable=False)
    engine.run(lambda s: ballots.record_ballot(s, rnd, None, {ids[3]: 1, ids[1]: 1}),
               undoable=False)
    before = engine.read(lambda s: [(v.id, v.item_id) for v in s.voting.votes(rnd)]).result(10)
    assert [item for _, item in before] == [ids[0], ids[1], ids[3], ids[5]]
    done = engine.run(lambda s: ballots.record_ballot(s, rnd, None, {ids[3]: 2}),
                      undoable=False)
    vote_of = dict((item, vid) for vid, item in before)
    assert done.change.rows == {"vote": frozenset({vote_of[ids[3]]})}
    totals = engine.read(lambda s: ballots.unnamed_totals(s.voting.votes(rnd))).result(10)
    assert totals == {ids[0]: 1, ids[1]: 1, ids[3]: 3, ids[5]: 1}


def test_a_refused_ballot_still_names_the_idea_by_its_text(engine):
    def setup(s):
        ids = [s.ideas.add(t) for t in ("Piste cyclable", "Navette", "Covoiturage")]
        rnd = ballots.create_round(s, "Priorités", "ideas", ids, budget=3, cap=1)
        ballots.open_round(s, rnd)
        return rnd, ids

    rnd, ids = engine.run(setup).value
    with pytest.raises(VotingError) as err:
        engine.run(lambda s: ballots.record_ballot(s, rnd, None, {ids[1]: 2}, lang="fr"),
                   undoable=False)
    assert err.value.key == "vote_over_cap" and "Navette" in str(err.value)
    with pytest.raises(VotingError) as err:
        engine.run(lambda s: ballots.record_ballot(s, rnd, None, {ids[2]: "1"}, lang="fr"),
                   undoable=False)
    assert err.value.key == "vote_not_integer" and "Covoiturage" in str(err.value)
