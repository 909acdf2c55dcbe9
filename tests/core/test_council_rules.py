"""The MRC council's decision rules (LAU art. 197, 200, 201, 202), on the worked cases of
docs/council-rules.md, and properties that must hold for any council."""
from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from facilitator.council import (Council, Member, attributed_population, decide, explain,
                                 explain_quorum, limited_municipality, quorum, round_voices)

DOUBLE = Council(rule="double_majority", prefect="pref")
SIMPLE = Council(rule="simple", prefect="pref")


def small_council():
    """Worked case 1: a town with 55 % of the population and 3 voices of 9, and six villages of
    one voice each (plus the préfet, mayor of village F)."""
    town = Member("town", "Ville-Centre", voices=3, population=5500)
    villages = [Member(k, f"Village {k}", voices=1, population=750) for k in "ABCDE"]
    pref = Member("pref", "Village F", voices=1, population=750)
    return [town, *villages, pref]


# -- attribution of population ---------------------------------------------------------------
def test_a_single_representative_gets_the_whole_population_and_several_share_it():
    members = [Member("a", "Alma", 2, 30000), Member("b", "Alma", 2, 30000),
               Member("c", "Hébertville", 1, 2400)]
    pop = attributed_population(members)
    assert pop == {"a": 15000, "b": 15000, "c": 2400}


# -- worked case 1: the town with 55 % of the population and 3 voices of 9 -------------------
def test_majority_of_voices_without_the_population_is_rejected():
    members = small_council()
    votes = {m.id: "for" for m in members}
    votes["town"] = "against"
    out = decide(DOUBLE, members, votes)
    assert (out.voices_for, out.voices_against) == (6, 3)
    assert out.voices_majority and not out.population_majority
    assert not out.adopted
    assert explain(out, "fr") == ("Rejetée : majorité des voix atteinte, mais 45\u00a0% de la "
                                  "population seulement")
    assert explain(out, "en") == ("Defeated: majority of voices reached, but only 45% of the "
                                  "population")
    # the same roll call under a simple majority of voices is adopted
    assert decide(SIMPLE, members, votes).adopted


def test_town_and_two_villages_carry_both_majorities():
    members = small_council()
    votes = {"town": "for", "A": "for", "B": "for", "C": "against", "D": "against",
             "E": "against", "pref": "against"}
    out = decide(DOUBLE, members, votes)
    assert (out.voices_for, out.voices_against) == (5, 4)
    assert out.population_share == Fraction(7000, 10000)
    assert out.adopted
    assert explain(out, "fr") == "Adoptée : 5 voix sur 9 exprimées, 70\u00a0% de la population"


def test_the_town_alone_cannot_pass_a_motion():
    members = small_council()
    votes = {m.id: "against" for m in members}
    votes["town"] = "for"
    out = decide(DOUBLE, members, votes)
    assert out.population_majority and not out.voices_majority
    assert not out.adopted
    assert "majorité des voix non atteinte" in explain(out, "fr")


# -- worked case 2: a tie decided by the préfet (LAU 197, al. 1) -----------------------------
def test_a_tie_of_voices_is_broken_by_the_prefect_but_the_population_must_follow():
    members = small_council()
    # 3 + 1 for (town, A) = 4; B C D E = 4 against; the préfet (village F) abstains from the
    # count of voices as a representative here (absent from his seat's vote), then breaks the tie
    votes = {"town": "for", "A": "for", "B": "against", "C": "against", "D": "against",
             "E": "against", "pref": "absent"}
    tie = decide(DOUBLE, members, votes)
    assert (tie.voices_for, tie.voices_against) == (4, 4)
    assert not tie.adopted                        # a tie is not a majority
    carried = decide(DOUBLE, members, votes, casting_vote="for")
    assert carried.adopted and carried.casting_vote == "for"
    assert explain(carried, "fr").endswith("; vote prépondérant du préfet")
    assert not decide(DOUBLE, members, votes, casting_vote="against").adopted


def test_a_prefect_in_conflict_of_interest_cannot_break_the_tie():
    members = small_council()
    votes = {"town": "for", "A": "for", "B": "against", "C": "against", "D": "against",
             "E": "against", "pref": "conflict"}
    out = decide(DOUBLE, members, votes, casting_vote="for")
    assert out.casting_vote is None and not out.adopted
    assert out.conflicts == ("pref",)


def test_prefect_at_large_decides_when_neither_majority_is_reached():
    at_large = Council(rule="double_majority", prefect="warden", prefect_at_large=True)
    members = [*small_council(), Member("warden", None, voices=0, population=0)]
    votes = {m.id: "for" for m in members if m.id != "warden"}
    votes["town"] = "against"           # voices for, population against: neither decision
    undecided = decide(at_large, members, votes)
    assert not undecided.adopted and undecided.undecided      # deemed negative (197, al. 3)
    assert "le préfet n'a pas tranché" in explain(undecided, "fr")
    decided = decide(at_large, members, votes, casting_vote="for")
    assert decided.adopted and decided.casting_vote == "for"
    # a clear negative decision is not for the préfet to overturn
    votes_no = {m.id: "against" for m in members if m.id != "warden"}
    assert not decide(at_large, members, votes_no, casting_vote="for").adopted


# -- worked case 3: the limitation of voices (LAU 202, al. 2 and 4) --------------------------
@pytest.mark.parametrize("value, expected", [
    (Fraction(24, 10), 2), (Fraction(25, 10), 2), (Fraction(259, 100), 2),
    (Fraction(26, 10), 3), (Fraction(18, 10), 2), (Fraction(3), 3), (Fraction(0), 0)])
def test_rounding_of_limited_voices(value, expected):
    assert round_voices(value) == expected


def limited_council():
    """A city with 60 % of the population and 5 voices of 9 (≥ half of both): limited."""
    city = Member("city", "Grande-Ville", voices=5, population=6000)
    others = [Member(k, f"Village {k}", voices=1, population=1000) for k in "ABCD"]
    return [city, *others]


def test_a_municipality_with_half_the_population_and_half_the_voices_is_limited():
    assert limited_municipality(limited_council()) == "Grande-Ville"
    assert limited_municipality(small_council()) is None     # 3 voices of 9 is not half


def test_limited_voices_follow_the_voices_cast_by_the_others():
    members = limited_council()
    # the others cast 4 voices: 4 x 60 % = 2.4 -> 2 voices for the city (not its 5)
    votes = {"city": "for", "A": "against", "B": "against", "C": "against", "D": "against"}
    out = decide(DOUBLE, members, votes)
    assert out.limited == {"city": 2}
    assert (out.voices_for, out.voices_against) == (2, 4)
    assert not out.adopted
    assert explain(out, "fr").endswith("; voix limitées (LAU, art. 202)")
    # three others cast (3 x 60 % = 1.8 -> 2), one absent: 2 for, 3 against
    votes["D"] = "absent"
    out = decide(DOUBLE, members, votes)
    assert out.limited == {"city": 2} and out.voices_against == 3 and not out.adopted
    # with two villages at its side, the city carries it: 2 + 2 against 2
    out = decide(DOUBLE, members, {"city": "for", "A": "for", "B": "for", "C": "against",
                                   "D": "against"})
    assert out.limited == {"city": 2} and (out.voices_for, out.voices_against) == (4, 2)
    assert out.adopted


# -- worked case 4: quorum (LAU 200) ---------------------------------------------------------
def twelve_members():
    """12 members holding 22 voices: two cities of 4 and 3, the others 1 or 2."""
    voices = [4, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1]
    return [Member(f"m{i}", f"M{i}", voices=v, population=1000 * v) for i, v in enumerate(voices)]


def test_quorum_reached_with_a_third_of_members_holding_half_the_voices():
    members = twelve_members()
    q = quorum(DOUBLE, members, ["m0", "m1", "m2", "m3", "m7", "m8", "m9"])
    assert q.met and (q.members_present, q.voices_present) == (7, 14)
    assert explain_quorum(q, "fr") == "Quorum atteint : 7 membres sur 12, 14 voix sur 22"


def test_quorum_missing_when_the_members_present_hold_too_few_voices():
    members = twelve_members()
    q = quorum(DOUBLE, members, ["m7", "m8", "m9", "m10", "m11", "m6"])   # 6 members, 7 voices
    assert not q.met and q.members_present >= q.members_needed
    assert explain_quorum(q, "fr") == ("Quorum non atteint : 6 membres sur 12, 7 voix sur 22 "
                                       "(il faut 4 membres et 11 voix)")
    q = quorum(DOUBLE, members, ["m0", "m1", "m2"])                        # 9 voices, 3 members
    assert not q.met


def test_quorum_on_a_question_counts_only_members_qualified_to_vote():
    members = twelve_members()
    present = ["m0", "m1", "m2", "m3"]                 # 11 voices of 22: met
    assert quorum(DOUBLE, members, present).met
    # m0 (4 voices) declares a conflict: among the 11 qualified (18 voices) 7 present voices
    q = quorum(DOUBLE, members, present, not_qualified=["m0"])
    assert q.members_total == 11 and q.voices_total == 18 and not q.met


def test_a_council_without_quorum_rule_reports_none():
    assert quorum(Council(rule="simple", quorum=None), twelve_members(), []) is None


# -- worked case 5: conflicts of interest ----------------------------------------------------
def test_a_member_in_conflict_neither_votes_nor_counts_in_the_population_that_voted():
    members = small_council()
    votes = {m.id: "for" for m in members}
    votes["town"] = "conflict"
    out = decide(DOUBLE, members, votes)
    assert out.voices_cast == 6 and out.population_voted == 4500
    assert out.adopted and out.conflicts == ("town",)


# -- properties ------------------------------------------------------------------------------
VOTE = st.sampled_from(["for", "against", "abstain", "absent", "conflict"])


@st.composite
def councils(draw):
    n = draw(st.integers(1, 9))
    members = [Member(f"m{i}", f"Muni{draw(st.integers(0, n - 1))}",
                      voices=draw(st.integers(1, 6)), population=0) for i in range(n)]
    pops = {m.municipality: draw(st.integers(1, 50000)) for m in members}
    members = [Member(m.id, m.municipality, m.voices, pops[m.municipality]) for m in members]
    votes = {m.id: draw(VOTE) for m in members}
    return members, votes


@settings(max_examples=300, deadline=None)
@given(councils(), st.integers(1, 4), st.integers(1, 5000))
def test_adding_absent_members_never_changes_the_outcome(case, extra, pop):
    members, votes = case
    more = [*members, *(Member(f"x{i}", f"Absent{i}", voices=1, population=pop)
                        for i in range(extra))]
    # the law's limitation depends on the council as a whole: compare councils where it
    # does not come into play (it is tested on its worked cases above)
    assume(limited_municipality(members) is None and limited_municipality(more) is None)
    for council in (DOUBLE, SIMPLE):
        before = decide(council, members, votes)
        after = decide(council, more, {**votes, **{f"x{i}": "absent" for i in range(extra)}})
        assert before.adopted == after.adopted


@settings(max_examples=300, deadline=None)
@given(councils())
def test_double_majority_implies_a_simple_majority_of_voices(case):
    members, votes = case
    if decide(DOUBLE, members, votes).adopted:
        assert decide(SIMPLE, members, votes).adopted


# -- the recorded outcome agrees with the roll call (archive import, Décisions page) ---------
def test_recorded_outcome_must_agree_with_the_roll_call():
    from facilitator.council import agrees, outcome_key

    members = small_council()
    no_pop = {m.id: "for" for m in members}
    no_pop["town"] = "against"
    out = decide(DOUBLE, members, no_pop)
    assert outcome_key(out) == "rejected"
    assert agrees("rejected", out)
    assert not agrees("adopted", out) and not agrees("deferred", out)
    everyone = decide(DOUBLE, members, {m.id: "for" for m in members})
    assert agrees("adopted", everyone) and agrees("adopted_unanimously", everyone)
    one_abstains = decide(DOUBLE, members, {**{m.id: "for" for m in members}, "A": "abstain"})
    assert agrees("adopted", one_abstains) and not agrees("adopted_unanimously", one_abstains)


def test_quorum_line_agrees_in_number():
    from facilitator.council import Quorum

    one = Quorum(True, 1, 1, 1, 1, 1, 1)
    assert explain_quorum(one, "fr") == "Quorum atteint : 1 membre sur 1, 1 voix sur 1"
    assert explain_quorum(one, "en") == "Quorum: 1 of 1 member, 1 of 1 voice"
    none = Quorum(False, 0, 3, 0, 5, 1, 3)
    assert explain_quorum(none, "fr") == ("Quorum non atteint : 0 membre sur 3, 0 voix sur 5 "
                                          "(il faut 1 membre et 3 voix)")
    assert explain_quorum(none, "en") == ("No quorum: 0 of 3 members, 0 of 5 voices "
                                          "(1 member and 3 voices needed)")
