"""Voting results by group (« Élus : logement 1er ; partenaires : transport 1er »): named rounds
from each person's dots; anonymous rounds from the groups' unnamed totals, shown only when every
group has at least five voters, else withheld with the reason."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.ops import voting as ballots
from facilitator.groups import MIN_ANONYMOUS_VOTERS, breakdown, describe
from facilitator.model import Round, Vote


def people(store, spec):
    """spec: [(group, count)] -> {group: [participant ids]}"""
    out = {}
    for group, n in spec:
        for i in range(n):
            pid = store.participants.add(f"{group} {i}", present=True)
            store.council.set_member(pid, group=group)
            out.setdefault(group, []).append(pid)
    return out


def round_of(store, anonymous):
    logement = store.ideas.add("logement")
    transport = store.ideas.add("transport")
    rid = ballots.create_round(store, "Priorités", "ideas", [logement, transport], 1,
                               anonymous=anonymous)
    ballots.open_round(store, rid)
    return rid, logement, transport


def test_named_round_breaks_down_by_group(store):
    with store.transaction():
        g = people(store, [("élus", 3), ("partenaires", 2)])
        store.participants.add("sans groupe", present=True)
        rid, logement, transport = round_of(store, anonymous=False)
        for pid in g["élus"]:
            ballots.record_ballot(store, rid, pid, {logement: 1})
        for pid in g["partenaires"]:
            ballots.record_ballot(store, rid, pid, {transport: 1})
        ballots.record_ballot(store, rid, 6, {transport: 1})       # no group: in no group
    b = store.council.breakdown(rid)
    assert b.withheld is None
    assert [(r.group, r.voters, r.first) for r in b.groups] == [
        ("élus", 3, [logement]), ("partenaires", 2, [transport])]
    labels = {logement: "logement", transport: "transport"}
    assert describe(b, labels, "fr") == ("Par groupe\u00a0: élus\u00a0: logement 1er\u202f; "
                                         "partenaires\u00a0: transport 1er")
    assert describe(b, labels, "en") == ("By group: élus: logement first; "
                                         "partenaires: transport first")


def test_anonymous_round_is_withheld_under_five_voters_in_a_group(store):
    with store.transaction():
        g = people(store, [("élus", 5), ("citoyens", 4)])
        rid, logement, transport = round_of(store, anonymous=True)
        for pid in g["élus"]:
            ballots.record_ballot(store, rid, pid, {logement: 1})
        for pid in g["citoyens"]:
            ballots.record_ballot(store, rid, pid, {transport: 1})
    b = store.council.breakdown(rid)
    assert b.withheld == "small_group" and b.small_group == "citoyens" and b.groups == []
    assert describe(b, {}, "fr") == ("Répartition par groupe non affichée : le groupe "
                                      "« citoyens » compte moins de 5 votants dans ce tour "
                                      "anonyme.")
    # a fifth citizen votes: every group has five voters, the breakdown is shown
    with store.transaction():
        fifth = people(store, [("citoyens", 1)])["citoyens"][0]
        ballots.record_ballot(store, rid, fifth, {logement: 1})
    b = store.council.breakdown(rid)
    assert b.withheld is None
    assert [(r.group, r.voters, r.first) for r in b.groups] == [
        ("citoyens", 5, [transport]), ("élus", 5, [logement])]
    # no vote row names anyone, and the file keeps only group totals
    assert all(v.participant_id is None for v in store.voting.votes(rid))


def test_anonymous_ballot_of_a_person_without_group_adds_to_no_group(store):
    with store.transaction():
        pid = store.participants.add("Ana")
        rid, logement, _ = round_of(store, anonymous=True)
        ballots.record_ballot(store, rid, pid, {logement: 1})
    assert store.council.group_tallies(rid) == ({}, {})
    assert store.council.breakdown(rid).withheld == "no_group"


def test_undo_of_an_anonymous_ballot_undoes_its_group_totals(store):
    with store.transaction():
        g = people(store, [("élus", 1)])
        rid, logement, _ = round_of(store, anonymous=True)
    _, inverse = store.recorded(lambda: ballots.record_ballot(store, rid, g["élus"][0],
                                                              {logement: 1}))
    assert store.council.group_tallies(rid)[1] == {"élus": 1}
    store.replay(inverse)
    assert store.council.group_tallies(rid) == ({}, {})


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from(["élus", "partenaires", "citoyens", "personnel"]),
                       st.integers(0, 9), min_size=1))
def test_anonymous_breakdown_never_shows_a_group_under_five(voters):
    rnd = Round(1, "T", "ideas", [1, 2], 1, None, True, "open")
    dots = {g: {1: n} for g, n in voters.items()}
    b = breakdown(rnd, [], {}, anonymous_dots=dots, anonymous_voters=voters)
    shown = {g: n for g, n in voters.items() if n > 0}
    if b.withheld is None:
        assert all(r.voters >= MIN_ANONYMOUS_VOTERS for r in b.groups)
        assert {r.group for r in b.groups} == set(shown)
    else:
        assert b.groups == []
        assert not shown or any(n < MIN_ANONYMOUS_VOTERS for n in shown.values())
