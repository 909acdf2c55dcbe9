"""A round's results added up by SQLite (dots per candidate, named voters, who voted) are the
results of the Python rules (facilitator.voting.tally, who_voted) over the same vote rows, on
random rounds: named and anonymous, paper totals, anonymous ballots, several rows for one
person on one candidate, dots left on items that are no longer candidates, deleted ideas."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from facilitator import participants, voting, voting_results
from facilitator.ops import voting as ballots
from facilitator.store import Store


def python_results(store, round_id: int) -> ballots.Results:
    """The results as computed before issue 13, one vote row at a time in Python: the oracle."""
    rnd = store.voting.round(round_id)
    votes = store.voting.votes(round_id)
    cands = set(rnd.candidates)
    mine = [v for v in votes if v.item_id in cands]
    unnamed = total = 0
    people: set[int] = set()
    for v in mine:
        total += v.dots
        if v.participant_id is None:
            unnamed += v.dots
        else:
            people.add(v.participant_id)
    who_voted = voting.who_voted(rnd, mine)
    names = {p.id: p.name for p in store.participants.list()}
    who = {item: [(names.get(pid, "?"), dots) for pid, dots in pairs]
           for item, pairs in who_voted.items()}
    present = participants.present_count(store.participants.list())[1]
    return ballots.Results(rnd, voting.tally(rnd, mine), ballots.candidate_labels(store, rnd),
                           who, total, unnamed, total - unnamed, len(people), present)


N_IDEAS, N_PEOPLE = 12, 8


@pytest.fixture(scope="module")
def shared():
    """One session for every example (a new round each time): 12 ideas, 8 people."""
    folder = tempfile.TemporaryDirectory()
    store = Store.create(Path(folder.name) / "p.atelier", "Propriétés")
    with store.transaction():
        ideas = [store.ideas.add(f"Idée {n} « é »") for n in range(N_IDEAS)]
        people = [store.participants.add(f"Personne {n}", present=n % 3 != 0)
                  for n in range(N_PEOPLE)]
    yield store, ideas, people
    store.close()
    folder.cleanup()


row = st.tuples(st.integers(0, N_IDEAS - 1),                 # which idea
                st.one_of(st.none(), st.integers(0, N_PEOPLE - 1)),   # who (None: unnamed)
                st.integers(1, 4),                           # dots
                st.booleans())                               # unnamed: anonymous ballot?


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cands=st.lists(st.integers(0, N_IDEAS - 1), min_size=1, max_size=N_IDEAS, unique=True),
       anonymous=st.booleans(), rows=st.lists(row, max_size=40),
       dropped=st.lists(st.integers(0, N_IDEAS - 1), max_size=3, unique=True))
def test_sql_results_equal_the_python_tally(shared, cands, anonymous, rows, dropped):
    store, ideas, people = shared
    with store.transaction():
        rid = store.voting.add_round("Tour", "ideas", [ideas[c] for c in cands], 5,
                                     anonymous=anonymous, status="closed")
        for item, who, dots, anon_ballot in rows:
            store.voting.add_vote(rid, ideas[item], None if who is None else people[who], dots,
                                  ballot=anon_ballot and who is None)
        # dots left on items that stopped being candidates
        store.voting.set_candidates(rid, [ideas[c] for c in cands if c not in dropped]
                                    or [ideas[cands[0]]])
    expected = python_results(store, rid)
    got = voting_results.results(store, rid)
    assert got == expected
    # the standings alone (what the comparison of rounds reads) are the same standings
    assert voting_results.standings(store, got.round) == expected.standings
    # and the paper grid's two columns add up to the same totals
    paper, cast = voting_results.paper_and_ballots(store, rid)
    votes = [v for v in store.voting.votes(rid)]
    assert (paper, cast) == ballots.paper_and_ballots(votes)


def test_rank_is_the_tallys_ranking():
    """Ties share a rank (1, 2, 2, 4), then the candidates' order; shares of all dots."""
    got = voting.rank([5, 6, 7, 8], {5: 1, 6: 3, 7: 3, 8: 0}, {6: 2})
    assert [(s.item_id, s.rank, s.dots, s.voters) for s in got] == [
        (6, 1, 3, 2), (7, 1, 3, 0), (5, 3, 1, 0), (8, 4, 0, 0)]
    assert got[0].share == pytest.approx(3 / 7)
    assert [s.share for s in voting.rank([1, 2], {}, {})] == [0.0, 0.0]


def test_a_deleted_participant_or_idea_in_the_sql_results(store):
    with store.transaction():
        ideas = [store.ideas.add(t) for t in ("Un", "Deux")]
        p = store.participants.add("Réjean")
        rid = ballots.create_round(store, "Tour", "ideas", ideas, 3, anonymous=False)
        ballots.open_round(store, rid)
        ballots.record_ballot(store, rid, p, {ideas[0]: 2, ideas[1]: 1})
        store.ideas.remove(ideas[1])
    assert voting_results.results(store, rid) == python_results(store, rid)


names = st.text(alphabet=st.sampled_from(list("aAeEéÉèçÇ  \t-'xX")), max_size=8)


@settings(max_examples=60, deadline=None)
@example(people=[("Ann  Roy", True), ("ann roy", True), (" Ann Roy", True), ("ANN ROY ", True)])
@example(people=[("Chloé", True), ("CHLOE", True), ("Chloe\tRoy", True), ("chloe roy", True),
                 ("", True), ("", True), ("x", False)])
@given(people=st.lists(st.tuples(names, st.booleans()), max_size=12))
def test_present_count_in_sql_is_the_participants_rule(people):
    """A name entered twice (case, accents, spaces aside) is one person present, also when the
    count is made by SQLite for plain names and by Python only for the others."""
    with tempfile.TemporaryDirectory() as folder:
        with Store.create(Path(folder) / "n.atelier", "Noms") as store:
            with store.transaction():
                for name, present in people:
                    store.conn.execute("INSERT INTO participant (name, present) VALUES (?, ?)",
                                       (name, int(present)))
            expected = participants.present_count(store.participants.list())[1]
            assert store.voting.present_count() == expected


def test_a_round_is_read_from_its_kept_sums_and_kept_without_a_scan(store):
    """A round's sums are read by the primary key of the sums kept as votes are written (one
    row per item, never its vote rows), and keeping them looks up one person's rows on one
    item through an index: no pass over the table at each vote, whatever the session's size."""
    sql: list[str] = []
    store.conn.set_trace_callback(sql.append)
    store.voting.tally_rows(1)
    store.conn.set_trace_callback(None)
    (query,) = [s for s in sql if "vote" in s]
    plan = " | ".join(r[-1] for r in store.conn.execute("EXPLAIN QUERY PLAN " + query))
    assert "vote_sum USING PRIMARY KEY" in plan and "TEMP B-TREE" not in plan, plan
    lookup = ("SELECT 1 FROM vote WHERE round_id = 1 AND item_id = 2 AND participant_id = 3 "
              "AND id <> 4")
    plan = " | ".join(r[-1] for r in store.conn.execute("EXPLAIN QUERY PLAN " + lookup))
    assert "USING COVERING INDEX vote_tally" in plan, plan
