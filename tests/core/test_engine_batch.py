"""The engine's write path under a burst (issue 15: 300 phones at once): operations of one kind
that arrive together run as one batch inside the group's transaction, yet each keeps its own
acknowledgement, its own value, its own refusal; and what is not undoable leaves no undo
statement anywhere, not even in memory. Plain threads, no Qt."""
from __future__ import annotations

import random
import threading
import time

import pytest

from facilitator.engine import Batched
from facilitator.errors import FacilitatorError
from facilitator.ops import ideas as idea_ops
from facilitator.ops import voting as ballots
from facilitator.store import Store
from facilitator.voting import VotingError

from .test_engine import engine, open_round_of_ideas  # noqa: F401 (engine: the fixture)


def _held(engine):
    """Hold the writer until the returned event is set: what is submitted meanwhile arrives
    together, as a burst of phones does."""
    gate = threading.Event()
    engine.submit(lambda s: gate.wait(10), undoable=False)
    return gate


def _capture(texts_and_calls):
    def run(store, texts):
        texts_and_calls.append(list(texts))
        return idea_ops.capture_many(store, [(t, None, None) for t in texts])
    return run


def test_ideas_arriving_together_run_as_one_batch_each_with_its_own_id_and_refusal(engine):
    calls: list = []
    run = _capture(calls)
    seen = []
    engine.subscribe(seen.append)
    gate = _held(engine)
    futures = [engine.submit(Batched(run, t), undoable=False, source="room")
               for t in ("Marché public", "   ", "Navette", "Piste cyclable")]
    gate.set()
    with pytest.raises(FacilitatorError) as err:
        futures[1].result(10)
    assert err.value.key == "op_idea_blank"
    done = [futures[i].result(10) for i in (0, 2, 3)]
    assert calls == [["Marché public", "   ", "Navette", "Piste cyclable"]]
    ids = [d.value for d in done]
    assert ids == sorted(ids) and len(set(ids)) == 3
    assert len({d.commit for d in done}) == 1 and done[0].commit <= engine.commits
    assert all(d.inverse is None for d in done)                 # a phone's: not undoable
    texts = engine.read(lambda s: {i.id: i.text for i in s.ideas.list()}).result(10)
    assert [texts[i] for i in ids] == ["Marché public", "Navette", "Piste cyclable"]
    # what changed is measured once for the batch, and told once
    assert done[0].change.rows == {"idea": frozenset(ids)}
    assert [c.rows for c in seen if "idea" in c.rows] == [{"idea": frozenset(ids)}]


def test_a_batch_keeps_its_place_among_other_operations(engine):
    calls: list = []
    run = _capture(calls)
    gate = _held(engine)
    a = engine.submit(Batched(run, "a"), undoable=False)
    x = engine.submit(lambda s: s.ideas.add("x"))
    b = engine.submit(Batched(run, "b"), undoable=False)
    c = engine.submit(Batched(run, "c"), undoable=False)
    gate.set()
    ids = [f.result(10).value for f in (a, x, b, c)]
    assert ids == sorted(ids)                                   # the order they were sent
    assert calls == [["a"], ["b", "c"]]


def test_batched_operations_of_two_kinds_mixed_make_one_batch_per_kind(engine):
    """The ideas and ballots of a burst of phones arrive mixed: each kind is written
    together, each in its order of arrival."""
    calls: list = []
    run = _capture(calls)

    def held(store, texts):
        calls.append(("held", list(texts)))
        return [store.conn.execute("INSERT INTO room_pending_idea (text, received_at) "
                                   "VALUES (?, '')", (t,)).lastrowid for t in texts]

    gate = _held(engine)
    futures = [engine.submit(Batched(run if k % 2 else held, str(k)), undoable=False)
               for k in range(6)]
    x = engine.submit(lambda s: s.ideas.add("x"))
    last = engine.submit(Batched(run, "7"), undoable=False)
    gate.set()
    for f in futures + [x, last]:
        f.result(10)
    assert calls == [("held", ["0", "2", "4"]), ["1", "3", "5"], ["7"]]
    assert futures[1].result().value < x.result().value < last.result().value


def test_a_batch_is_committed_without_waiting_for_what_arrives_while_it_runs(engine):
    """Requests trickling in (a room over HTTP): the phones of one batch are acknowledged
    after its own commit, not after those of the ones that came in meanwhile (once the group
    has run its `group_time`)."""
    started, go = threading.Event(), threading.Event()
    plain = _capture([])

    def slow(store, texts):
        started.set()
        go.wait(10)
        time.sleep(2 * engine.group_time)
        return plain(store, texts)

    gate = _held(engine)
    first = engine.submit(Batched(slow, "premier"), undoable=False)
    gate.set()
    assert started.wait(10)
    later = engine.submit(Batched(plain, "plus tard"), undoable=False)
    go.set()
    assert first.result(10).commit < later.result(10).commit


def test_a_read_waits_for_one_part_of_a_burst_not_all_of_it(engine):
    """A burst of batched operations runs `batch_size` at a time: a read of the window that
    arrives meanwhile gets in after the part that runs (300 ballots run as one held a read of
    the results 65 ms)."""
    plain = _capture([])
    calls = []

    def run(store, texts):
        calls.append(len(texts))
        if len(calls) == 1:       # the first part runs: the window wants to read
            reader.start()
            deadline = time.monotonic() + 10
            while not store._gate.wanted and time.monotonic() < deadline:
                time.sleep(0.001)
        return plain(store, texts)

    seen = []
    reader = threading.Thread(target=lambda: seen.append(len(engine.store.ideas.list())))
    gate = _held(engine)
    futures = [engine.submit(Batched(run, f"idée {k}"), undoable=False) for k in range(200)]
    gate.set()
    for f in futures:
        f.result(10)
    reader.join(10)
    assert calls[0] == engine.batch_size and sum(calls) == 200
    assert seen == [engine.batch_size]


def test_a_batch_that_fails_as_a_whole_is_run_again_one_by_one(engine):
    def run(store, texts):
        for t in texts:
            store.ideas.add(t)
            if t == "boum":
                raise RuntimeError("a fault in the middle of the batch")
        return [None] * len(texts)

    gate = _held(engine)
    futures = [engine.submit(Batched(run, t), undoable=False) for t in ("un", "boum", "deux")]
    gate.set()
    futures[0].result(10)
    futures[2].result(10)
    with pytest.raises(RuntimeError):
        futures[1].result(10)
    texts = engine.read(lambda s: [i.text for i in s.ideas.list()]).result(10)
    assert texts == ["un", "deux"]                              # nothing of the faulty one


def test_a_batched_operation_alone_is_a_plain_operation(engine):
    run = _capture([])
    done = engine.run(Batched(run, "seule"), undoable=False)
    assert engine.read(lambda s: s.ideas.get(done.value).text).result(10) == "seule"
    with pytest.raises(FacilitatorError):
        engine.run(Batched(run, ""), undoable=False)
    # called directly (outside any engine), it is an operation too
    store = engine.store
    engine.close(close_store=False)
    with store.transaction():
        assert store.ideas.get(Batched(run, "hors moteur")(store)).text == "hors moteur"


def _undo_statements(store) -> int:
    return store.conn.execute(
        "SELECT count(*) FROM temp.undolog WHERE sql IS NOT NULL").fetchone()[0]


def test_what_is_not_undoable_leaves_no_undo_statement_even_in_memory(engine):
    rnd, ids = engine.run(lambda s: open_round_of_ideas(s, 3)).value

    def ballot_then_look(s):
        ballots.record_ballot(s, rnd, None, {ids[0]: 1, ids[2]: 2})
        return _undo_statements(s)

    assert engine.run(ballot_then_look, undoable=False).value == 0
    # what is undoable right after still records how to undo it
    done = engine.run(lambda s: (s.ideas.add("après"), _undo_statements(s)))
    assert done.value[1] == 1 and done.inverse
    # and the change of the ballot was still measured
    again = engine.run(lambda s: ballots.record_ballot(s, rnd, None, {ids[1]: 1}),
                       undoable=False)
    assert set(again.change.rows) == {"vote"} and again.inverse is None
    # the store used without the engine records undo as before
    store = engine.store
    engine.close(close_store=False)
    _, inverse = store.recorded(lambda: store.ideas.add("sans moteur"))
    assert inverse and inverse[0].startswith("DELETE FROM idea")


def test_the_live_state_is_measured_in_a_batch_too(engine):
    seen = []
    engine.subscribe(seen.append)
    engine.run(lambda s: s.live.save({"item": 1}), undoable=False)
    engine.run(lambda s: s.live.save({"item": 2}))
    assert [c.tables for c in seen] == [{"live_state"}, {"live_state"}]


# -- the batch operations give what their one-by-one forms give --------------------------------

def test_capture_many_gives_what_capture_gives_one_by_one(tmp_path):
    texts = ["  Marché public ", "", "Navette\x00", "   ", "Piste \ud800cyclable"]
    one = Store.create(tmp_path / "one.atelier", "Un")
    many = Store.create(tmp_path / "many.atelier", "Plusieurs")
    with one.transaction(), many.transaction():
        theme = one.ideas.add_theme("Transport")
        assert many.ideas.add_theme("Transport") == theme
        expected = []
        for t in texts:
            try:
                expected.append(idea_ops.capture(one, t, theme_id=theme))
            except FacilitatorError as exc:
                expected.append(exc.key)
        got = idea_ops.capture_many(many, [(t, theme, None) for t in texts])
    assert [g.key if isinstance(g, FacilitatorError) else g for g in got] == expected
    strip = lambda rows: [r[:5] for r in rows]  # noqa: E731 (created_at: the second it ran)
    assert strip(many.ideas.rows()) == strip(one.ideas.rows())
    one.close()
    many.close()


def _state(store, rnd):
    votes = store.voting.votes(rnd)
    named = sorted((v.item_id, v.participant_id, v.dots) for v in votes
                   if v.participant_id is not None)
    unnamed = ballots.unnamed_totals(votes, ballot=True)
    order = [v.item_id for v in votes if v.participant_id is None and v.ballot]
    return named, unnamed, sorted(store.voting.cast(rnd)), order


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("anonymous", [True, False])
def test_record_ballots_gives_what_record_ballot_gives_one_by_one(tmp_path, seed, anonymous):
    rng = random.Random(seed)
    stores = []
    for name in ("one", "many"):
        s = Store.create(tmp_path / f"{name}.atelier", "Votes")
        with s.transaction():
            ids = [s.ideas.add(f"piste {n}") for n in range(6)]
            people = [s.participants.add(f"P{n}", present=True) for n in range(5)]
            rnd = ballots.create_round(s, "Priorités", "ideas", ids[:5], budget=4, cap=2,
                                       anonymous=anonymous)
            ballots.open_round(s, rnd)
            if seed % 2:      # some totals exist already: added in place, or rewritten
                ballots.record_ballot(s, rnd, people[0] if not anonymous else None,
                                      {ids[1]: 1})
        stores.append(s)
    entries = []
    for _ in range(25):
        ballot = {rng.choice(ids): rng.choice([0, 1, 1, 2, 3]) for _ in range(rng.randint(0, 4))}
        if rng.random() < 0.05:
            ballot[rng.choice(ids)] = "1"
        person = rng.choice([None, None, *people]) if anonymous else rng.choice([None, *people])
        entries.append((person, ballot, rng.choice(["fr", "en"])))
    one, many = stores
    expected = []
    with one.transaction():
        for person, ballot, lang in entries:
            try:
                ballots.record_ballot(one, rnd, person, ballot, lang)
                expected.append(None)
            except VotingError as exc:
                expected.append((exc.key, exc.message(lang)))
    with many.transaction():
        got = ballots.record_ballots(many, rnd, entries)
    assert [(g.key, g.message(lang)) if isinstance(g, VotingError) else g
            for g, (_, _, lang) in zip(got, entries)] == expected
    assert any(e is None for e in expected) and any(e is not None for e in expected)
    assert _state(many, rnd) == _state(one, rnd)
    one.close()
    many.close()


def test_record_ballots_in_a_round_that_is_gone_or_closed_refuses_each(tmp_path):
    s = Store.create(tmp_path / "s.atelier", "Votes")
    with s.transaction():
        ids = [s.ideas.add("a"), s.ideas.add("b")]
        rnd = ballots.create_round(s, "Priorités", "ideas", ids, budget=2)
        got = ballots.record_ballots(s, rnd, [(None, {ids[0]: 1}, "fr")] * 2)
        assert [g.key for g in got] == ["vote_round_draft"] * 2
        got = ballots.record_ballots(s, rnd + 1, [(None, {ids[0]: 1}, "en")])
        assert [g.key for g in got] == ["vote_round_gone"]
    s.close()


def test_the_time_written_beside_a_change_is_the_current_second_with_its_offset():
    import datetime as dt

    from facilitator.store.db import now_iso

    for _ in range(3):     # the second may turn between the two readings
        before = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        got = now_iso()
        after = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        if before == after:
            assert got == before
            return
    pytest.fail("the clock never stood still for a second")
