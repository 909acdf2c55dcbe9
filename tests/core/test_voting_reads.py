"""The Vote page reads what it shows: a round's results read the round's candidates (not every
idea of the session) and the names of the people who voted (not every participant), so that
reading and tallying grows with the votes, not with the size of the whole session."""
from __future__ import annotations

import re

import pytest

from facilitator.ops import voting as ballots


@pytest.fixture
def big(store):
    """200 ideas and 100 participants; a named round on 3 ideas, an anonymous one on 2."""
    with store.transaction():
        ideas = [store.ideas.add(f"Idée n° {n} « é »") for n in range(200)]
        people = [store.participants.add(f"Personne {n}", present=n % 4 != 0)
                  for n in range(100)]
        named = ballots.create_round(store, "Nommé", "ideas", ideas[:3], 2, anonymous=False)
        anon = ballots.create_round(store, "Anonyme", "ideas", ideas[10:12], 1)
        for rid in (named, anon):
            ballots.open_round(store, rid)
        ballots.record_ballot(store, named, people[5], {ideas[0]: 1, ideas[2]: 1})
        ballots.record_ballot(store, named, people[7], {ideas[0]: 2})
        ballots.record_ballot(store, anon, people[9], {ideas[11]: 1})
    return store, ideas, people, named, anon


def statements(store, fn):
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        result = fn()
    finally:
        store.conn.set_trace_callback(None)
    return result, seen


def reads_whole(table: str, sql: list[str]) -> list[str]:
    """Statements that read every row of `table` (no WHERE, no aggregate)."""
    pattern = re.compile(rf"\bFROM {table}\b", re.I)
    return [s for s in sql if pattern.search(s) and " WHERE " not in s.upper()]


def test_results_read_the_candidates_and_voters_only(big):
    store, ideas, people, named, anon = big
    res, sql = statements(store, lambda: ballots.results(store, named))
    assert reads_whole("idea", sql) == [] and reads_whole("participant", sql) == []
    # and show exactly what they showed before
    assert res.labels == {ideas[0]: "Idée n° 0 « é »", ideas[1]: "Idée n° 1 « é »",
                          ideas[2]: "Idée n° 2 « é »"}
    assert res.who == {ideas[0]: [("Personne 5", 1), ("Personne 7", 2)],
                       ideas[2]: [("Personne 5", 1)]}
    assert res.present == 75 and res.dots_possible == 150
    assert (res.dots_total, res.named_dots, res.voters) == (4, 4, 2)


def test_anonymous_results_read_no_names(big):
    store, ideas, people, named, anon = big
    res, sql = statements(store, lambda: ballots.results(store, anon))
    assert [s for s in sql if re.search(r"\bparticipant\b", s) and "count" not in s] == []
    assert res.who == {} and res.labels[ideas[11]] == "Idée n° 11 « é »"
    assert res.present == 75


def test_comparison_of_rounds_reads_no_whole_table(big):
    store, ideas, people, named, anon = big
    rows, sql = statements(store, lambda: ballots.comparison(store, [named, anon]))
    assert reads_whole("idea", sql) == [] and reads_whole("participant", sql) == []
    assert [r[0] for r in rows] == [ideas[0], ideas[2], ideas[1], ideas[11], ideas[10]]


def test_candidate_labels_of_a_themes_round(store):
    with store.transaction():
        t1 = store.ideas.add_theme("Mobilité")
        t2 = store.ideas.add_theme("Logement")
        rid = ballots.create_round(store, "Thèmes", "themes", [t2, t1], 1)
    rnd = store.voting.round(rid)
    assert ballots.candidate_labels(store, rnd) == {t1: "Mobilité", t2: "Logement"}
    assert ballots.candidate_labels(store, "themes") == {t1: "Mobilité", t2: "Logement"}
