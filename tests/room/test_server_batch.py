"""A burst of phones: their ideas and ballots that reach the engine together are written
together, yet each phone gets its own answer — its idea's id, its ballot's refusal — exactly as
if it had been alone. Loopback only; the engine's writer is held so that they arrive together."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from facilitator.engine import Engine
from facilitator.ops import voting as ballots
from facilitator.room import approval
from facilitator.room.server import RoomError, submit_ballot, submit_idea
from facilitator.store import Store
from facilitator.voting import VotingError

from .conftest import Phone


def _held(engine):
    gate = threading.Event()
    engine.submit(lambda s: gate.wait(10), undoable=False)
    return gate


def _outcome(future):
    try:
        future.result(10)
        return "ok"
    except (RoomError, VotingError) as exc:
        return exc.key


def test_ballots_arriving_together_are_each_answered_as_alone(session):
    store, rnd, ideas = session
    engine = Engine(store)
    try:
        closed = engine.run(lambda s: ballots.create_round(
            s, "Fermé", "ideas", ideas, budget=2)).value
        gate = _held(engine)
        sent = [
            submit_ballot(engine, rnd, None, {ideas[0]: 2, ideas[1]: 1}, "fr"),  # ok
            submit_ballot(engine, rnd, None, {ideas[0]: 3}, "fr"),               # over the cap
            submit_ballot(engine, rnd, None, {ideas[2]: 1, ideas[1]: 1}, "en"),  # ok
            submit_ballot(engine, rnd, None, {9999: 1}, "fr"),                   # not a candidate
            submit_ballot(engine, rnd, None, {ideas[0]: 1, ideas[2]: 1,
                                              ideas[1]: 2}, "en"),               # over budget
            submit_ballot(engine, closed, None, {ideas[0]: 1}, "fr"),            # not open
            submit_ballot(engine, rnd, None, {ideas[2]: 2}, "fr"),               # ok
        ]
        gate.set()
        assert [_outcome(f) for f in sent] == [
            "ok", "vote_over_cap", "ok", "room_candidate_unknown", "vote_over_budget",
            "room_round_unknown", "ok"]
        with pytest.raises(VotingError) as err:
            sent[4].result()
        assert str(err.value) == "4 dots placed, 3 allowed: remove 1."   # the phone's language
        totals = engine.read(lambda s: ballots.unnamed_totals(s.voting.votes(rnd))).result(10)
        assert totals == {ideas[0]: 2, ideas[1]: 2, ideas[2]: 3}
        # the ballots' change was measured and told, with no way back to any one ballot
        assert all(f.result().inverse is None for f in (sent[0], sent[2], sent[6]))
        assert set(sent[0].result().change.tables) == {"vote"}
    finally:
        engine.close()


def test_named_ballots_arriving_together_refuse_a_name_used_by_the_one_before(tmp_path):
    store = Store.create(tmp_path / "s.atelier", "Forum")
    with store.transaction():
        ids = [store.ideas.add(t) for t in ("A", "B")]
        ana = store.participants.add("Ana", present=True)
        ben = store.participants.add("Ben", present=True)
        rnd = ballots.create_round(store, "Nommé", "ideas", ids, budget=2, anonymous=False)
        ballots.open_round(store, rnd)
    engine = Engine(store)
    try:
        gate = _held(engine)
        sent = [submit_ballot(engine, rnd, ana, {ids[0]: 2}, "fr"),
                submit_ballot(engine, rnd, ana, {ids[1]: 1}, "fr"),
                submit_ballot(engine, rnd, None, {ids[1]: 1}, "fr"),
                submit_ballot(engine, rnd, ben, {ids[1]: 2}, "fr")]
        gate.set()
        assert [_outcome(f) for f in sent] == ["ok", "vote_name_used", "room_name_needed", "ok"]
        votes = engine.read(lambda s: sorted((v.participant_id, v.item_id, v.dots)
                                             for v in s.voting.votes(rnd))).result(10)
        assert votes == sorted([(ana, ids[0], 2), (ben, ids[1], 2)])
    finally:
        engine.close()


def test_ideas_arriving_together_each_get_their_own_id_on_the_wall_or_held(session):
    store, rnd, ideas = session
    engine = Engine(store)
    try:
        theme = engine.run(lambda s: s.ideas.add_theme("Table 3")).value
        gate = _held(engine)
        walled = [submit_idea(engine, f"Idée {k}", "Table 3" if k % 2 else None, held=False)
                  for k in range(6)]
        held = [submit_idea(engine, f"En attente {k}", None, held=True) for k in range(3)]
        gate.set()
        ids = [f.result(10).value for f in walled]
        assert ids == sorted(ids) and len(set(ids)) == 6
        got = engine.read(lambda s: [(s.ideas.get(i).text, s.ideas.get(i).theme_id)
                                     for i in ids]).result(10)
        assert got == [(f"Idée {k}", theme if k % 2 else None) for k in range(6)]
        held_ids = [f.result(10).value for f in held]
        pending = engine.read(approval.pending).result(10)
        assert [(p.id, p.text) for p in pending] == [(i, f"En attente {k}")
                                                     for k, i in enumerate(held_ids)]
    finally:
        engine.close()


def test_many_phones_at_once_over_http_each_get_their_answer(room):
    server, engine, rnd, ideas = room
    phones = []
    for _ in range(24):
        p = Phone(server.port)
        assert p.join(server.code)[0] == 200
        phones.append(p)

    def one(k):
        p = phones[k]
        status, body = p.post("/api/ideas", {"text": f"Idée du téléphone {k}"})
        assert status == 201, body
        dots = {str(ideas[0]): 3} if k % 6 == 0 else {str(ideas[k % 3]): 1}   # 3 > the cap
        first = p.post("/api/ballots", {"round": rnd, "dots": dots})[0]
        second = p.post("/api/ballots", {"round": rnd, "dots": {str(ideas[1]): 1}})[0]
        return body["id"], first, second

    with ThreadPoolExecutor(24) as pool:
        results = list(pool.map(one, range(24)))
    ids = [r[0] for r in results]
    assert len(set(ids)) == 24
    assert [r[1] for r in results] == [422 if k % 6 == 0 else 201 for k in range(24)]
    # a refused ballot frees the device to vote again; an accepted one does not
    assert [r[2] for r in results] == [201 if k % 6 == 0 else 409 for k in range(24)]
    texts = engine.read(lambda s: {i.id: i.text for i in s.ideas.list()}).result(10)
    assert sorted(texts[i] for i in ids) == sorted(f"Idée du téléphone {k}" for k in range(24))
    totals = engine.read(lambda s: sum(ballots.unnamed_totals(s.voting.votes(rnd)).values())
                         ).result(10)
    assert totals == 20 + 4
