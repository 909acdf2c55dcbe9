"""Each round's dot totals per candidate are kept up to date as votes are written (the table
vote_sum, kept by triggers in the file: issue 13), so that the Vote page reads a round's sums
without reading its vote rows. Whatever writes the votes — ballots, withdrawals, paper totals,
anonymous ballots, a round made anonymous, ideas merged or deleted, a round deleted, and the
undo and redo of each — the totals are those of the vote rows, never counted twice."""
from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (RuleBasedStateMachine, initialize, invariant, precondition,
                                 rule)

from facilitator import voting_results
from facilitator.errors import FacilitatorError
from facilitator.export import archive
from facilitator.ops import voting as ballots
from facilitator.store import Store

#: what the totals must be: the vote rows added up, one row per (round, candidate) with dots
FROM_ROWS = (
    "SELECT round_id, item_id, sum(dots), "
    "sum(CASE WHEN participant_id IS NULL THEN dots ELSE 0 END), "
    "sum(CASE WHEN participant_id IS NULL AND ballot = 0 THEN dots ELSE 0 END), "
    "count(DISTINCT participant_id) FROM vote GROUP BY round_id, item_id "
    "ORDER BY round_id, item_id")
KEPT = ("SELECT round_id, item_id, dots, unnamed, on_paper, voters FROM vote_sum "
        "ORDER BY round_id, item_id")


def sums(store) -> tuple[list, list]:
    conn = store.conn
    return conn.execute(KEPT).fetchall(), conn.execute(FROM_ROWS).fetchall()


def assert_kept(store) -> None:
    kept, from_rows = sums(store)
    assert kept == from_rows


def _session(store):
    with store.transaction():
        ideas = [store.ideas.add(t) for t in ("Navette", "Vélo", "Coop", "Serre")]
        people = [store.participants.add(n, present=True) for n in ("Ana", "Ben", "Céline")]
        named = ballots.create_round(store, "Tour", "ideas", ideas, 4, 3, anonymous=False)
        anon = ballots.create_round(store, "Secret", "ideas", ideas, 4, 3, anonymous=True)
        for rid in (named, anon):
            ballots.open_round(store, rid)
    return ideas, people, named, anon


def test_ballots_and_paper_totals_keep_the_sums(store):
    ideas, people, named, anon = _session(store)
    with store.transaction():
        ballots.record_ballot(store, named, people[0], {ideas[0]: 2, ideas[1]: 1})
        ballots.record_ballot(store, named, people[1], {ideas[0]: 1})
        ballots.record_paper_totals(store, named, {ideas[0]: 5, ideas[2]: 1})
        ballots.record_ballot(store, anon, people[2], {ideas[3]: 3})
        ballots.record_ballot(store, anon, None, {ideas[3]: 1, ideas[0]: 1})
    kept = {(r[0], r[1]): r[2:] for r in store.conn.execute(KEPT)}
    # (dots, unnamed, on paper, named voters)
    assert kept[named, ideas[0]] == (8, 5, 5, 2)
    assert kept[named, ideas[1]] == (1, 0, 0, 1)
    assert kept[named, ideas[2]] == (1, 1, 1, 0)
    assert kept[anon, ideas[3]] == (4, 4, 0, 0)
    assert (named, ideas[3]) not in kept       # no dots, no row
    assert_kept(store)
    with store.transaction():                  # a withdrawal takes its dots away
        ballots.record_ballot(store, named, people[1], {})
        ballots.record_paper_totals(store, named, {ideas[2]: 0})
    kept = {(r[0], r[1]): r[2:] for r in store.conn.execute(KEPT)}
    assert kept[named, ideas[0]] == (7, 5, 5, 1)
    assert (named, ideas[2]) not in kept
    assert_kept(store)


def test_undo_and_redo_of_a_ballot_and_of_a_round_deletion_count_once(store):
    ideas, people, named, anon = _session(store)
    _, undo_ballot = store.recorded(
        lambda: ballots.record_ballot(store, named, people[0], {ideas[0]: 2, ideas[1]: 1}))
    assert_kept(store)
    before = sums(store)[0]
    redo_ballot = store.replay(undo_ballot)
    assert sums(store)[0] == [] and sums(store)[1] == []
    store.replay(redo_ballot)
    assert sums(store)[0] == before
    assert_kept(store)

    with store.transaction():
        ballots.record_ballot(store, anon, None, {ideas[2]: 3})
    before = sums(store)[0]
    _, undo_removal = store.recorded(lambda: ballots.remove_round(store, named))
    assert all(r[0] != named for r in sums(store)[0])
    assert_kept(store)
    redo_removal = store.replay(undo_removal)
    assert sums(store)[0] == before            # back, once
    assert_kept(store)
    store.replay(redo_removal)
    assert all(r[0] != named for r in sums(store)[0])
    assert_kept(store)


def test_the_results_are_read_from_the_sums_not_the_vote_rows(store):
    """The comparison of rounds (what the Vote page reads on every change) reads no vote row."""
    ideas, people, named, anon = _session(store)
    with store.transaction():
        for p in people:
            ballots.record_ballot(store, named, p, {ideas[0]: 1, ideas[2]: 2})
        ballots.record_ballot(store, anon, None, {ideas[1]: 2})
    sql: list[str] = []
    store.conn.set_trace_callback(sql.append)
    got = voting_results.comparison(store, [named, anon])
    voting_results.standings(store, store.voting.round(named))
    voting_results.paper_and_ballots(store, named)
    store.conn.set_trace_callback(None)
    assert not [s for s in sql if " vote " in s or "FROM vote\n" in s or s.endswith("FROM vote")]
    assert any("vote_sum" in s for s in sql)
    assert got[0][0] == ideas[2] and got[0][2][0].dots == 6 and got[0][2][0].voters == 3


def test_the_sums_are_not_in_the_archive_and_an_import_rebuilds_them(store, tmp_path):
    ideas, people, named, anon = _session(store)
    with store.transaction():
        ballots.record_ballot(store, named, people[0], {ideas[0]: 2, ideas[1]: 1})
        ballots.record_ballot(store, anon, people[1], {ideas[3]: 3})
        ballots.record_paper_totals(store, named, {ideas[1]: 4})
    data = archive.to_dict(store)
    assert "vote_sum" not in repr(sorted(data)) and "on_paper" not in repr(data)
    path = tmp_path / "a.json"
    archive.export(store, path)
    copy = archive.import_archive(archive.load(path), tmp_path / "copy.atelier")
    with Store.open(copy) as again:
        assert_kept(again)
        assert sums(again)[0] == sums(store)[0]


def _without_sums(path: Path) -> None:
    """The file as the previous format left it: no sums, no triggers keeping them."""
    from facilitator.store.schema import MIGRATIONS, SCHEMA_VOTESUMS

    step = next(v for v, script in MIGRATIONS.items() if script is SCHEMA_VOTESUMS)
    con = sqlite3.connect(path)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                               "AND name LIKE 'vote_sum%'").fetchall():
        con.execute(f"DROP TRIGGER {name}")
    con.execute("DROP TABLE vote_sum")
    con.execute(f"PRAGMA user_version = {step}")
    con.commit()
    con.close()


def test_a_file_of_the_previous_format_gets_its_sums_built(tmp_path):
    path = tmp_path / "old.atelier"
    with Store.create(path, "Ancienne") as store:
        ideas, people, named, anon = _session(store)
        with store.transaction():
            ballots.record_ballot(store, named, people[0], {ideas[0]: 2, ideas[1]: 1})
            ballots.record_ballot(store, named, people[1], {ideas[0]: 1})
            ballots.record_paper_totals(store, named, {ideas[2]: 4})
            ballots.record_ballot(store, anon, None, {ideas[3]: 3})
        expected = sums(store)[1]
    _without_sums(path)
    with Store.open(path) as store:
        assert sums(store) == (expected, expected)
        assert store.check() == []
        with store.transaction():     # and the triggers keep them from now on
            ballots.record_ballot(store, named, people[2], {ideas[2]: 1})
        assert_kept(store)


def test_check_names_missing_or_wrong_sums(tmp_path):
    path = tmp_path / "s.atelier"
    with Store.create(path, "Vérifiée") as store:
        ideas, people, named, anon = _session(store)
        with store.transaction():
            ballots.record_ballot(store, named, people[0], {ideas[0]: 2})
        assert store.check() == []
        with store.transaction():     # a file edited by another tool: the sums are wrong
            store.conn.execute("UPDATE vote_sum SET dots = dots + 1")
        problems = store.check()
        assert len(problems) == 1 and "Tour" in problems[0], problems
        with store.transaction():
            store.conn.execute("DROP TRIGGER vote_sum_insert")
        assert any("vote_sum_insert" in p for p in store.check())


# -- random sequences ---------------------------------------------------------------------------
class Votes(RuleBasedStateMachine):
    """Ballots, withdrawals, paper totals, anonymous ballots, a round made anonymous, ideas
    merged or deleted, rounds deleted, in any order, each undone and redone at random: the sums
    are always the vote rows' sums."""

    def __init__(self) -> None:
        super().__init__()
        self.dir = tempfile.TemporaryDirectory()
        self.store = Store.create(Path(self.dir.name) / "v.atelier", "Votes")
        self.undo: list[list[str]] = []
        self.redo: list[list[str]] = []

    def teardown(self) -> None:
        self.store.close()
        self.dir.cleanup()

    def ids(self, sql: str) -> list[int]:
        return [r[0] for r in self.store.conn.execute(sql)]

    def do(self, fn) -> None:
        try:
            _, inverse = self.store.recorded(fn)
        except (FacilitatorError, ValueError, KeyError):
            return
        if inverse:
            self.undo.append(inverse)
            self.redo.clear()

    @initialize(anonymous=st.booleans())
    def session(self, anonymous):
        s = self.store
        with s.transaction():
            ideas = [s.ideas.add(f"Idée {n}") for n in range(5)]
            for n in range(4):
                s.participants.add(f"Personne {n}", present=True)
            for title, anon in (("Nommé", False), ("Autre", anonymous)):
                rid = ballots.create_round(s, title, "ideas", ideas, 4, 3, anonymous=anon)
                ballots.open_round(s, rid)

    def open_rounds(self) -> list[int]:
        return self.ids("SELECT id FROM round WHERE status = 'open'")

    @precondition(lambda self: self.open_rounds())
    @rule(data=st.data(), person=st.integers(0, 3) | st.none(),
          picks=st.dictionaries(st.integers(0, 4), st.integers(0, 2), max_size=3))
    def ballot(self, data, person, picks):
        rid = data.draw(st.sampled_from(self.open_rounds()))
        cands = self.store.voting.round(rid).candidates
        people = self.ids("SELECT id FROM participant ORDER BY id")
        pid = None if person is None else people[person % len(people)]
        b = {cands[k % len(cands)]: d for k, d in picks.items()}
        self.do(lambda: ballots.record_ballot(self.store, rid, pid, b))

    @precondition(lambda self: self.open_rounds())
    @rule(data=st.data(), k=st.integers(0, 4), dots=st.integers(0, 6))
    def paper(self, data, k, dots):
        rid = data.draw(st.sampled_from(self.open_rounds()))
        cands = self.store.voting.round(rid).candidates
        self.do(lambda: ballots.record_paper_totals(self.store, rid,
                                                    {cands[k % len(cands)]: dots}))

    @precondition(lambda self: self.open_rounds())
    @rule(data=st.data())
    def make_anonymous(self, data):
        rid = data.draw(st.sampled_from(self.open_rounds()))
        self.do(lambda: ballots.change_settings(self.store, rid, anonymous=True))

    @precondition(lambda self: len(self.ids("SELECT id FROM idea")) > 2)
    @rule(data=st.data(), merge=st.booleans())
    def idea_gone(self, data, merge):
        ideas = self.ids("SELECT id FROM idea")
        a, b = data.draw(st.lists(st.sampled_from(ideas), min_size=2, max_size=2, unique=True))
        if merge:
            self.do(lambda: self.store.ideas.merge(a, [b], "Fusion"))
        else:
            self.do(lambda: self.store.ideas.remove(b))

    @precondition(lambda self: len(self.ids("SELECT id FROM participant")) > 1)
    @rule(data=st.data())
    def person_gone(self, data):
        """A participant deleted takes their named dots with them (a cascade)."""
        pid = data.draw(st.sampled_from(self.ids("SELECT id FROM participant")[1:]))
        self.do(lambda: self.store.participants.remove(pid))

    @precondition(lambda self: self.ids("SELECT id FROM round"))
    @rule(data=st.data())
    def remove_round(self, data):
        rid = data.draw(st.sampled_from(self.ids("SELECT id FROM round")))
        self.do(lambda: ballots.remove_round(self.store, rid))

    @precondition(lambda self: self.ids("SELECT id FROM round"))
    @rule(data=st.data(), k=st.integers(0, 4), person=st.integers(0, 3) | st.none(),
          dots=st.integers(1, 3))
    def another_row(self, data, k, person, dots):
        """A row written as any writer may (an import): a second row of one person on one
        item included."""
        rid = data.draw(st.sampled_from(self.ids("SELECT id FROM round")))
        cands = self.store.voting.round(rid).candidates or self.ids("SELECT id FROM idea")
        people = self.ids("SELECT id FROM participant ORDER BY id")
        pid = None if person is None else people[person % len(people)]
        self.do(lambda: self.store.voting.add_vote(rid, cands[k % len(cands)], pid, dots))

    @precondition(lambda self: self.ids("SELECT id FROM vote"))
    @rule(data=st.data(), dots=st.integers(1, 4), k=st.integers(0, 4), move=st.booleans())
    def row_changed(self, data, dots, k, move):
        """A vote row's dots, or its item, changed in place."""
        vid = data.draw(st.sampled_from(self.ids("SELECT id FROM vote")))
        if move:
            item = self.ids("SELECT id FROM idea")[k % len(self.ids("SELECT id FROM idea"))]
            sql, value = "UPDATE vote SET item_id = ? WHERE id = ?", item
        else:
            sql, value = "UPDATE vote SET dots = ? WHERE id = ?", dots
        self.do(lambda: self.store.conn.execute(sql, (value, vid)))

    @precondition(lambda self: self.undo)
    @rule()
    def undo_last(self):
        self.redo.append(self.store.replay(self.undo.pop()))

    @precondition(lambda self: self.redo)
    @rule()
    def redo_last(self):
        self.undo.append(self.store.replay(self.redo.pop()))

    @invariant()
    def sums_are_the_rows_sums(self):
        assert_kept(self.store)


Votes.TestCase.settings = settings(max_examples=40, stateful_step_count=25, deadline=None,
                                   suppress_health_check=[HealthCheck.too_slow])
test_random_votes_undo_and_redo_keep_the_sums = Votes.TestCase


def test_whether_a_round_has_dots_or_named_dots_is_read_from_the_sums(store):
    ideas, people, named, anon = _session(store)
    assert not store.voting.has_dots(named) and not ballots.has_named_votes(store, named)
    with store.transaction():
        ballots.record_paper_totals(store, named, {ideas[0]: 2})
    assert store.voting.has_dots(named) and not ballots.has_named_votes(store, named)
    _, undo = store.recorded(lambda: ballots.record_ballot(store, named, people[0], {ideas[1]: 1}))
    assert ballots.has_named_votes(store, named)
    sql: list[str] = []
    store.conn.set_trace_callback(sql.append)
    store.voting.has_dots(named), ballots.has_named_votes(store, named)
    store.conn.set_trace_callback(None)
    assert sql and all("vote_sum" in s for s in sql), sql
    store.replay(undo)
    assert store.voting.has_dots(named) and not ballots.has_named_votes(store, named)
    assert not store.voting.has_dots(anon)
