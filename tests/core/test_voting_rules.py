"""Dot voting rules: budgets, caps, tallies, ties, who voted, runoffs; with property tests."""
from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.errors import FacilitatorError
from facilitator.model import Round, Vote
from facilitator.voting import (Standing, VotingError, ballots, budget_reason,
                                check_ballot, check_settings_change, runoff_candidates,
                                suggested_budget, tally, who_voted)

ALICE, BOB, CHLOE = 1, 2, 3
NAMES = {ALICE: "Alice Tremblay", BOB: "Bob Nadeau", CHLOE: "Chloé Ouellet"}


def rnd(candidates=(10, 20, 30, 40), budget=5, cap=None, anonymous=False, status="open",
        id=7) -> Round:
    return Round(id=id, title="Priorités 2026", candidates=list(candidates),
                 dots_per_participant=budget, max_per_item=cap, anonymous=anonymous,
                 status=status)


def votes(*rows, round_id=7) -> list[Vote]:
    """rows: (item, participant or None, dots)."""
    return [Vote(i + 1, round_id, item, pid, dots) for i, (item, pid, dots) in enumerate(rows)]


# -- budget ----------------------------------------------------------------------------------
@pytest.mark.parametrize("n, budget", [(15, 5), (2, 1), (1, 1), (0, 1), (3, 1), (5, 2),
                                       (9, 3), (30, 10)])
def test_suggested_budget_is_about_a_third_at_least_one(n, budget):
    assert suggested_budget(n) == budget


def test_budget_reason_explains_in_both_languages():
    fr, en = budget_reason(15, "fr"), budget_reason(15, "en")
    assert "15 candidats" in fr and "5 points" in fr and "tiers" in fr
    assert "15 candidates" in en and "5 dots" in en and "third" in en
    assert "1 point par personne" in budget_reason(2, "fr")
    assert "1 candidat," in budget_reason(1, "fr") and "1 candidate," in budget_reason(1, "en")
    assert "Aucun candidat" in budget_reason(0, "fr")


# -- tally -----------------------------------------------------------------------------------
def test_tally_lists_every_candidate_with_ranks_shares_and_voters():
    r = rnd()
    v = votes((20, ALICE, 2), (20, BOB, 1), (10, BOB, 3), (20, None, 4), (30, CHLOE, 1),
              (20, ALICE, 1))
    assert tally(r, v) == [
        Standing(20, 1, 8, 8 / 12, 2),
        Standing(10, 2, 3, 3 / 12, 1),
        Standing(30, 3, 1, 1 / 12, 1),
        Standing(40, 4, 0, 0.0, 0),
    ]


def test_tally_ties_use_competition_ranking_and_candidate_order():
    r = rnd(candidates=(10, 20, 30, 40))
    v = votes((40, ALICE, 3), (30, BOB, 2), (20, CHLOE, 2), (10, None, 1))
    assert [(s.item_id, s.rank) for s in tally(r, v)] == [(40, 1), (20, 2), (30, 2), (10, 4)]


def test_tally_with_no_votes_ranks_everyone_first_with_zero_share():
    assert tally(rnd(candidates=(3, 1, 2)), []) == [
        Standing(3, 1, 0, 0.0, 0), Standing(1, 1, 0, 0.0, 0), Standing(2, 1, 0, 0.0, 0)]


def test_tally_ignores_non_candidates_and_other_rounds():
    v = votes((10, ALICE, 2), (99, ALICE, 3)) + votes((10, BOB, 4), round_id=8)
    s = tally(rnd(), v)
    assert s[0] == Standing(10, 1, 2, 1.0, 1)
    assert 99 not in [x.item_id for x in s]


def test_paper_totals_count_dots_but_not_voters():
    s = tally(rnd(candidates=(10,)), votes((10, None, 12)))
    assert s == [Standing(10, 1, 12, 1.0, 0)]


def test_ballots_group_named_votes_by_participant():
    v = votes((10, ALICE, 2), (20, ALICE, 1), (10, ALICE, 1), (10, None, 9), (30, BOB, 3))
    assert ballots(v) == {ALICE: {10: 3, 20: 1}, BOB: {30: 3}}


def test_who_voted_names_participants_unless_anonymous():
    v = votes((20, BOB, 1), (10, ALICE, 2), (20, ALICE, 1), (10, None, 5), (20, BOB, 1),
              (99, CHLOE, 1))
    assert who_voted(rnd(), v) == {10: [(ALICE, 2)], 20: [(BOB, 2), (ALICE, 1)]}
    assert who_voted(rnd(anonymous=True), v) == {}


# -- check_ballot ----------------------------------------------------------------------------
def test_a_valid_ballot_passes():
    check_ballot(rnd(budget=5, cap=3), {10: 3, 20: 2, 30: 0})
    check_ballot(rnd(budget=5), {})


def test_over_budget_says_how_many_placed_and_allowed():
    with pytest.raises(VotingError) as e:
        check_ballot(rnd(budget=5), {10: 4, 20: 3})
    assert "7 points placés, 5 permis" in e.value.message("fr")
    assert "7 dots placed, 5 allowed" in e.value.message("en")
    assert isinstance(e.value, FacilitatorError)


def test_over_cap_names_the_item():
    with pytest.raises(VotingError) as e:
        check_ballot(rnd(budget=5, cap=2), {10: 1, 30: 3}, "fr")
    assert str(e.value) == "3 points sur « 30 », 2 au maximum par candidat."
    with pytest.raises(VotingError) as e:
        check_ballot(rnd(budget=5, cap=2), {30: 3}, "en", labels={30: "Piste cyclable 🚲"})
    assert str(e.value) == "3 dots on “Piste cyclable 🚲”, at most 2 per candidate."


def test_not_a_candidate_and_negative_dots():
    with pytest.raises(VotingError, match="« 99 » n'est pas un candidat"):
        check_ballot(rnd(), {99: 1}, "fr")
    with pytest.raises(VotingError) as e:
        check_ballot(rnd(), {10: -1, 20: 3}, "en")
    assert "Negative" in str(e.value) and "10" in str(e.value)


@pytest.mark.parametrize("status, fr, en", [("draft", "pas encore ouvert", "not open yet"),
                                            ("closed", "est fermé", "is closed")])
def test_round_not_open(status, fr, en):
    with pytest.raises(VotingError) as e:
        check_ballot(rnd(status=status), {10: 1})
    assert fr in e.value.message("fr") and "Priorités 2026" in e.value.message("fr")
    assert en in e.value.message("en")


# -- check_settings_change -------------------------------------------------------------------
PLACED = votes((10, ALICE, 3), (20, ALICE, 1), (10, BOB, 2), (20, None, 40))


def test_settings_that_fit_what_was_placed_are_accepted():
    check_settings_change(rnd(), PLACED, dots_per_participant=4, max_per_item=3)
    check_settings_change(rnd(), PLACED, dots_per_participant=4, max_per_item=None)


def test_budget_cannot_go_below_what_someone_spent():
    with pytest.raises(VotingError) as e:
        check_settings_change(rnd(), PLACED, dots_per_participant=3, max_per_item=None,
                              names=NAMES)
    assert "Alice Tremblay" in e.value.message("fr") and "4" in e.value.message("fr")
    assert e.value.message("en") == ("Cannot go down to 3 dots per person: Alice Tremblay "
                                     "has already placed 4.")


def test_budget_message_names_the_biggest_spender_and_counts_the_others():
    with pytest.raises(VotingError) as e:
        check_settings_change(rnd(), PLACED, dots_per_participant=1, max_per_item=None,
                              names=NAMES)
    fr = e.value.message("fr")
    assert "Alice Tremblay en a déjà placé 4" in fr and "1 autre(s) personne(s)" in fr


def test_cap_cannot_go_below_what_someone_placed_on_one_candidate():
    with pytest.raises(VotingError) as e:
        check_settings_change(rnd(), PLACED, dots_per_participant=5, max_per_item=2,
                              names=NAMES, labels={10: "Marché public"})
    assert e.value.message("fr") == ("Impossible de limiter à 2 points par candidat : "
                                     "Alice Tremblay en a déjà placé 3 sur « Marché public ».")


def test_unknown_names_fall_back_to_a_number():
    with pytest.raises(VotingError) as e:
        check_settings_change(rnd(), PLACED, dots_per_participant=5, max_per_item=2)
    assert "participant #1" in e.value.message("en")
    assert "participant n° 1" in e.value.message("fr")


def test_anonymous_round_never_names_the_person():
    with pytest.raises(VotingError) as e:
        check_settings_change(rnd(anonymous=True), PLACED, dots_per_participant=3,
                              max_per_item=None, names=NAMES)
    assert "Alice" not in e.value.message("fr") and "someone" in e.value.message("en")


def test_paper_totals_are_never_bound():
    paper = votes((10, None, 50), (20, None, 50))
    check_settings_change(rnd(), paper, dots_per_participant=1, max_per_item=1)


def test_settings_must_stay_positive():
    with pytest.raises(VotingError, match="au moins 1 point"):
        check_settings_change(rnd(), [], dots_per_participant=0, max_per_item=None, lang="fr")
    with pytest.raises(VotingError, match="leave it empty"):
        check_settings_change(rnd(), [], dots_per_participant=3, max_per_item=0, lang="en")


# -- runoffs ---------------------------------------------------------------------------------
def standings(*ranked):
    """ranked: (item, rank, dots)."""
    return [Standing(i, r, d, 0.0, 0) for i, r, d in ranked]


def test_runoff_top_includes_everyone_tied_at_the_cut():
    s = standings((1, 1, 9), (2, 2, 7), (3, 3, 5), (4, 3, 5), (5, 5, 1))
    assert runoff_candidates(s, top=3) == [1, 2, 3, 4]
    assert runoff_candidates(s, top=2) == [1, 2]
    assert runoff_candidates(s, top=4) == [1, 2, 3, 4]
    tied_first = standings((1, 1, 4), (2, 1, 4), (3, 1, 4), (4, 4, 0))
    assert runoff_candidates(tied_first, top=1) == [1, 2, 3]
    assert runoff_candidates(s, top=0) == []


def test_runoff_by_threshold_and_by_pick():
    s = standings((1, 1, 9), (2, 2, 7), (3, 3, 5), (4, 3, 5), (5, 5, 1))
    assert runoff_candidates(s, threshold=5) == [1, 2, 3, 4]
    assert runoff_candidates(s, threshold=10) == []
    assert runoff_candidates(s, picked=[5, 1, 99]) == [1, 5]
    assert runoff_candidates(s) == []
    with pytest.raises(ValueError):
        runoff_candidates(s, top=2, threshold=5)


# -- properties ------------------------------------------------------------------------------
candidate_lists = st.lists(st.integers(1, 60), min_size=1, max_size=12, unique=True)


@st.composite
def round_and_votes(draw):
    cands = draw(candidate_lists)
    r = rnd(candidates=cands, budget=draw(st.integers(1, 10)),
            cap=draw(st.none() | st.integers(1, 5)))
    rows = draw(st.lists(st.tuples(st.sampled_from(cands + [99]),
                                   st.none() | st.integers(1, 6), st.integers(1, 8)),
                         max_size=40))
    return r, votes(*rows)


@given(round_and_votes())
def test_totals_equal_the_sum_of_votes_for_each_candidate(rv):
    r, v = rv
    s = tally(r, v)
    assert [x.item_id for x in sorted(s, key=lambda x: r.candidates.index(x.item_id))] \
        == r.candidates
    expected = Counter()
    for vote in v:
        expected[vote.item_id] += vote.dots
    assert {x.item_id: x.dots for x in s} == {c: expected[c] for c in r.candidates}
    for x in s:
        assert x.voters == len({vote.participant_id for vote in v
                                if vote.item_id == x.item_id and vote.participant_id})


@given(round_and_votes())
def test_ranks_are_consistent(rv):
    r, v = rv
    s = tally(r, v)
    for a in s:
        assert a.rank == 1 + sum(b.dots > a.dots for b in s)
        for b in s:
            assert (a.dots == b.dots) == (a.rank == b.rank)
    assert [x.rank for x in s] == sorted(x.rank for x in s)


@given(round_and_votes())
def test_shares_sum_to_one_when_there_are_dots(rv):
    r, v = rv
    s = tally(r, v)
    total = sum(x.dots for x in s)
    if total > 0:
        assert sum(x.share for x in s) == pytest.approx(1.0)
        assert all(x.share == pytest.approx(x.dots / total) for x in s)
    else:
        assert all(x.share == 0 for x in s)


@settings(max_examples=300)
@given(st.integers(1, 10), st.none() | st.integers(1, 5), candidate_lists,
       st.dictionaries(st.integers(1, 60), st.integers(-2, 12), max_size=8))
def test_an_accepted_ballot_never_exceeds_budget_or_cap(budget, cap, cands, ballot):
    r = rnd(candidates=cands, budget=budget, cap=cap)
    try:
        check_ballot(r, ballot)
    except VotingError as e:
        assert e.message("fr") and e.message("en")
        return
    assert sum(ballot.values()) <= budget
    assert all(0 <= d for d in ballot.values())
    assert cap is None or all(d <= cap for d in ballot.values())
    assert set(ballot) <= set(cands)


@given(st.integers(1, 10), st.none() | st.integers(1, 5), candidate_lists, st.data())
def test_a_ballot_within_the_rules_is_accepted(budget, cap, cands, data):
    r = rnd(candidates=cands, budget=budget, cap=cap)
    ballot, left = {}, budget
    for c in data.draw(st.lists(st.sampled_from(cands), unique=True)):
        d = data.draw(st.integers(0, min(left, cap if cap is not None else left)))
        ballot[c] = d
        left -= d
    check_ballot(r, ballot)


@given(round_and_votes(), st.integers(1, 12), st.none() | st.integers(1, 8))
def test_settings_change_refused_exactly_when_a_named_participant_would_break_it(rv, budget,
                                                                                 cap):
    r, v = rv
    named = ballots([x for x in v if x.item_id in r.candidates])
    breaks = any(sum(b.values()) > budget or (cap is not None and max(b.values()) > cap)
                 for b in named.values())
    try:
        check_settings_change(r, v, dots_per_participant=budget, max_per_item=cap)
    except VotingError:
        assert breaks
    else:
        assert not breaks


# -- the tally's distinct voters, whatever the order of the rows (issue 13) -----------------
vote_row = st.tuples(st.sampled_from((10, 20, 30, 99)), st.one_of(st.none(), st.integers(1, 5)),
                     st.integers(0, 3), st.sampled_from((7, 7, 7, 8)))


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(vote_row, max_size=40), as_generator=st.booleans())
def test_tally_counts_each_person_once_per_candidate_in_any_order(rows, as_generator):
    """A person's rows may come together (a ballot) or scattered among others' (an import, two
    rows on one candidate): each candidate's voters are the distinct named people with at least
    one dot on it, its dots all its dots of this round; rows may also come as an iterator."""
    v = [Vote(i + 1, rid, item, pid, dots) for i, (item, pid, dots, rid) in enumerate(rows)]
    r = rnd(candidates=(10, 20, 30))
    people = {item: {x.participant_id for x in v if x.item_id == item and x.round_id == 7
                     and x.participant_id is not None and x.dots > 0} for item in (10, 20, 30)}
    dots = Counter()
    for x in v:
        if x.round_id == 7 and x.item_id in people:
            dots[x.item_id] += x.dots
    got = tally(r, iter(v) if as_generator else v)
    assert {s.item_id: (s.dots, s.voters) for s in got} == {
        item: (dots[item], len(people[item])) for item in (10, 20, 30)}
