"""Recording dot votes (facilitator/ops/voting.py): every mode checks the rules before writing,
writes nothing when it refuses, and an anonymous round never links a person to dots."""
from __future__ import annotations

import pytest

from facilitator.ops import voting as ballots
from facilitator.export.archive import to_dict
from facilitator.voting import VotingError


@pytest.fixture
def session(store):
    """Five ideas, two themes, three participants."""
    with store.transaction():
        t1 = store.ideas.add_theme("Mobilité")
        t2 = store.ideas.add_theme("Logement")
        ideas = [store.ideas.add(text, theme)
                 for text, theme in [("Navette « Lac-Vert » 🚌", t1), ("Covoiturage", t1),
                                     ("Coop d'habitation", t2), ("ᐃᓄᒃᑎᑐᑦ signage", None),
                                     ("Pistes cyclables", t1)]]
        people = [store.participants.add(n, present=True)
                  for n in ("Martine Beaulieu", "Réjean Lapointe", "Chloé Ouellet")]
    return store, ideas, people, (t1, t2)


def write(store, fn, *args, **kwargs):
    with store.transaction():
        return fn(store, *args, **kwargs)


def new_round(store, ideas, **kw):
    args = dict(title="Priorités", target="ideas", candidates=ideas, budget=3)
    args.update(kw)
    rid = write(store, ballots.create_round, **args)
    write(store, ballots.open_round, rid)
    return rid


def rows(store, rid):
    return [(v.item_id, v.participant_id, v.dots) for v in store.voting.votes(rid)]


# -- setting up ---------------------------------------------------------------------------------
def test_create_round_suggests_a_third_and_starts_as_hidden_draft(session):
    store, ideas, _, _ = session
    rid = write(store, ballots.create_round, "Priorités", "ideas", ideas)
    rnd = store.voting.round(rid)
    assert (rnd.dots_per_participant, rnd.status, rnd.revealed) == (2, "draft", False)
    shown = write(store, ballots.create_round, "Tout de suite", "ideas", ideas, hidden=False)
    assert store.voting.round(shown).revealed


def test_candidates_for_all_ideas_one_theme_or_themes(session):
    store, ideas, _, (t1, t2) = session
    assert ballots.candidates_for(store, "ideas") == ideas
    assert ballots.candidates_for(store, "ideas", t1) == [ideas[0], ideas[1], ideas[4]]
    assert ballots.candidates_for(store, "themes") == [t1, t2]


@pytest.mark.parametrize("kw, key", [
    (dict(title="  "), "vote_title_empty"),
    (dict(candidates=[]), "vote_no_candidates"),
    (dict(budget=0), "vote_budget_min"),
    (dict(cap=0), "vote_cap_min"),
])
def test_create_round_refusals(session, kw, key):
    store, ideas, _, _ = session
    args = dict(title="Priorités", target="ideas", candidates=ideas, budget=3)
    args.update(kw)
    with pytest.raises(VotingError) as err:
        write(store, ballots.create_round, **args)
    assert err.value.key == key
    assert store.voting.rounds() == []


# -- named ballots ------------------------------------------------------------------------------
def test_named_ballot_is_recorded_per_participant_and_replaced(session):
    store, ideas, (martine, rejean, _), _ = session
    rid = new_round(store, ideas, anonymous=False, cap=2)
    write(store, ballots.record_ballot, rid, martine, {ideas[2]: 2, ideas[0]: 1})
    write(store, ballots.record_ballot, rid, rejean, {ideas[0]: 1})
    write(store, ballots.record_ballot, rid, martine, {ideas[1]: 3 - 1, ideas[3]: 0})
    assert sorted(rows(store, rid)) == sorted([(ideas[0], rejean, 1), (ideas[1], martine, 2)])
    res = ballots.results(store, rid)
    assert res.who[ideas[1]] == [("Martine Beaulieu", 2)]
    assert (res.named_dots, res.unnamed_dots, res.voters) == (3, 0, 2)


def test_named_round_needs_someone(session):
    store, ideas, _, _ = session
    rid = new_round(store, ideas, anonymous=False)
    with pytest.raises(VotingError) as err:
        write(store, ballots.record_ballot, rid, None, {ideas[0]: 1})
    assert err.value.message("fr") == (
        "Le tour « Priorités » est nominatif : choisissez d'abord qui vote.")
    with pytest.raises(VotingError) as err:
        write(store, ballots.record_ballot, rid, 999, {ideas[0]: 1})
    assert err.value.message("en") == "No participant #999 in this session."


@pytest.mark.parametrize("ballot, fr, en", [
    ({0: 2, 1: 2}, "4 points placés, 3 permis : retirez-en 1.",
     "4 dots placed, 3 allowed: remove 1."),
    ({0: 3}, "3 points sur « Navette « Lac-Vert » 🚌 », 2 au maximum par candidat.",
     "3 dots on “Navette « Lac-Vert » 🚌”, at most 2 per candidate."),
])
def test_ballot_refusals_say_why_and_write_nothing(session, ballot, fr, en):
    store, ideas, (martine, *_), _ = session
    rid = new_round(store, ideas, anonymous=False, cap=2)
    with pytest.raises(VotingError) as err:
        write(store, ballots.record_ballot, rid, martine, {ideas[k]: d for k, d in ballot.items()})
    assert (err.value.message("fr"), err.value.message("en")) == (fr, en)
    assert rows(store, rid) == []


def test_ballot_in_draft_or_closed_round_is_refused(session):
    store, ideas, (martine, *_), _ = session
    rid = write(store, ballots.create_round, "Priorités", "ideas", ideas, 3, anonymous=False)
    with pytest.raises(VotingError) as err:
        write(store, ballots.record_ballot, rid, martine, {ideas[0]: 1})
    assert err.value.key == "vote_round_draft"
    write(store, ballots.open_round, rid)
    write(store, ballots.close_round, rid)
    with pytest.raises(VotingError) as err:
        write(store, ballots.record_paper_totals, rid, {ideas[0]: 4})
    assert err.value.key == "vote_round_closed"


def test_dots_must_be_whole_numbers(session):
    store, ideas, (martine, *_), _ = session
    rid = new_round(store, ideas, anonymous=False)
    with pytest.raises(VotingError) as err:
        write(store, ballots.record_ballot, rid, martine, {ideas[1]: "2"})
    assert err.value.message("en") == "“Covoiturage”: a whole number of dots is expected (got: 2)."


# -- paper --------------------------------------------------------------------------------------
def test_paper_totals_are_not_bound_by_budget_and_keep_other_items(session):
    store, ideas, _, _ = session
    rid = new_round(store, ideas, cap=2)
    write(store, ballots.record_paper_totals, rid, {ideas[3]: 14, ideas[0]: 9})
    write(store, ballots.record_paper_totals, rid, {ideas[0]: 0, ideas[1]: 5})
    # one row per item, in candidate order
    assert rows(store, rid) == [(ideas[1], None, 5), (ideas[3], None, 14)]
    with pytest.raises(VotingError) as err:
        write(store, ballots.record_paper_totals, rid, {ideas[1]: -1})
    assert err.value.key == "vote_negative"
    with pytest.raises(VotingError) as err:
        write(store, ballots.record_paper_totals, rid, {12345: 1})
    assert err.value.key == "vote_not_candidate"


def test_paper_and_named_ballots_mix_in_one_named_round(session):
    store, ideas, (martine, *_), _ = session
    rid = new_round(store, ideas, anonymous=False)
    write(store, ballots.record_paper_totals, rid, {ideas[2]: 7})
    write(store, ballots.record_ballot, rid, martine, {ideas[2]: 1, ideas[4]: 2})
    res = ballots.results(store, rid)
    assert [(s.item_id, s.dots, s.voters) for s in res.standings[:2]] == [
        (ideas[2], 8, 1), (ideas[4], 2, 1)]
    assert (res.dots_total, res.unnamed_dots, res.dots_possible) == (10, 7, 9)


# -- anonymous ----------------------------------------------------------------------------------
def test_anonymous_ballots_are_added_to_unnamed_totals_without_anyone(session):
    store, ideas, (martine, rejean, _), _ = session
    rid = new_round(store, ideas, anonymous=True, cap=2)
    write(store, ballots.record_ballot, rid, None, {ideas[4]: 2, ideas[0]: 1})
    write(store, ballots.record_ballot, rid, martine, {ideas[0]: 2})  # a phone may know who
    assert rows(store, rid) == [(ideas[0], None, 3), (ideas[4], None, 2)]
    with pytest.raises(VotingError) as err:  # still checked per ballot
        write(store, ballots.record_ballot, rid, None, {ideas[1]: 2, ideas[2]: 2})
    assert err.value.key == "vote_over_budget"
    res = ballots.results(store, rid)
    assert res.who == {} and res.voters == 0 and res.dots_total == 5


def test_anonymous_round_archive_names_nobody(session):
    store, ideas, people, _ = session
    rid = new_round(store, ideas, anonymous=True)
    for pid in people:  # the laptop (or a phone) knows who votes; the file must not
        write(store, ballots.record_ballot, rid, pid, {ideas[pid % 5]: 2, ideas[0]: 1})
    write(store, ballots.record_paper_totals, rid, {ideas[3]: 4})
    archive = to_dict(store)
    (rnd,) = archive["rounds"]
    assert rnd["anonymous"] is True
    assert rnd["votes"] and all(v["participant"] is None for v in rnd["votes"])
    assert all(set(v) <= {"item", "participant", "dots", "ballot"} for v in rnd["votes"])
    # paper dots add to the ballots' dots, never replace them (issue 12)
    assert sum(v["dots"] for v in rnd["votes"]) == 3 * 3 + 4
    # nor in the file itself
    assert store.execute("SELECT count(*) FROM vote WHERE participant_id IS NOT NULL"
                         ).fetchone()[0] == 0
    # the ballots' order follows the candidates, not the order ballots came in
    cast = [v["item"] for v in rnd["votes"] if v.get("ballot")]
    assert cast == [str(i) for i in ideas[:4]]


def test_making_a_named_round_anonymous_forgets_the_names(session):
    store, ideas, (martine, rejean, _), _ = session
    rid = new_round(store, ideas, anonymous=False)
    write(store, ballots.record_ballot, rid, martine, {ideas[1]: 2})
    write(store, ballots.record_ballot, rid, rejean, {ideas[1]: 1, ideas[2]: 1})
    assert ballots.has_named_votes(store, rid)
    write(store, ballots.change_settings, rid, anonymous=True)
    assert rows(store, rid) == [(ideas[1], None, 3), (ideas[2], None, 1)]
    assert all(v["participant"] is None for v in to_dict(store)["rounds"][0]["votes"])


# -- states, settings ---------------------------------------------------------------------------
def test_open_close_reveal_hide(session):
    store, ideas, _, _ = session
    rid = write(store, ballots.create_round, "Priorités", "ideas", ideas)
    write(store, ballots.open_round, rid)
    assert store.voting.round(rid).status == "open"
    write(store, ballots.close_round, rid)
    write(store, ballots.reveal, rid)
    assert (store.voting.round(rid).status, store.voting.round(rid).revealed) == ("closed", True)
    write(store, ballots.hide, rid)
    assert not store.voting.round(rid).revealed
    with pytest.raises(VotingError) as err:
        write(store, ballots.reveal, 999)
    assert err.value.key == "vote_round_gone"


def test_lowering_the_cap_below_a_placed_ballot_names_who_and_where(session):
    store, ideas, (martine, *_), _ = session
    rid = new_round(store, ideas, anonymous=False, budget=4)
    write(store, ballots.record_ballot, rid, martine, {ideas[2]: 3})
    with pytest.raises(VotingError) as err:
        write(store, ballots.change_settings, rid, cap=2)
    assert err.value.message("fr") == ("Impossible de limiter à 2 points par candidat : "
                                       "Martine Beaulieu en a déjà placé 3 sur « Coop d'habitation ».")
    with pytest.raises(VotingError) as err:
        write(store, ballots.change_settings, rid, budget=2)
    assert err.value.message("en") == ("Cannot go down to 2 dots per person: Martine Beaulieu "
                                       "has already placed 3.")
    write(store, ballots.change_settings, rid, budget=5, cap=3, title="Priorités 2027")
    rnd = store.voting.round(rid)
    assert (rnd.title, rnd.dots_per_participant, rnd.max_per_item) == ("Priorités 2027", 5, 3)


def test_candidates_with_dots_cannot_be_removed_nor_the_target_changed(session):
    store, ideas, (martine, *_), _ = session
    rid = new_round(store, ideas, anonymous=False)
    write(store, ballots.record_ballot, rid, martine, {ideas[2]: 2})
    with pytest.raises(VotingError) as err:
        write(store, ballots.change_settings, rid, candidates=[ideas[0], ideas[1]])
    assert err.value.message("en") == ("“Coop d'habitation” already has 2 dot(s) in this round: "
                                       "it cannot be removed from the candidates.")
    with pytest.raises(VotingError) as err:
        write(store, ballots.change_settings, rid, target="themes")
    assert err.value.key == "vote_target_has_dots"
    write(store, ballots.change_settings, rid, candidates=[ideas[2], ideas[4]])
    assert store.voting.round(rid).candidates == [ideas[2], ideas[4]]


# -- runoffs and comparison ---------------------------------------------------------------------
def test_runoff_from_top_threshold_or_picked(session):
    store, ideas, _, _ = session
    rid = new_round(store, ideas, cap=2)
    write(store, ballots.record_paper_totals, rid,
          {ideas[0]: 9, ideas[1]: 5, ideas[2]: 5, ideas[3]: 1})
    with pytest.raises(VotingError) as err:
        write(store, ballots.create_runoff, rid, top=2)
    assert err.value.key == "vote_runoff_not_closed"
    write(store, ballots.close_round, rid)
    top = write(store, ballots.create_runoff, rid, top=2)
    r = store.voting.round(top)
    assert r.candidates == [ideas[0], ideas[1], ideas[2]]  # tied at the cut: both kept
    assert (r.status, r.revealed, r.dots_per_participant, r.max_per_item) == (
        "draft", False, 1, 1)
    assert r.title.startswith("Priorités — ")
    above = write(store, ballots.create_runoff, rid, threshold=5, title="Finale")
    assert store.voting.round(above).candidates == [ideas[0], ideas[1], ideas[2]]
    picked = write(store, ballots.create_runoff, rid, picked=[ideas[3], ideas[1]])
    assert store.voting.round(picked).candidates == [ideas[1], ideas[3]]
    with pytest.raises(VotingError) as err:
        write(store, ballots.create_runoff, rid, threshold=50)
    assert err.value.key == "vote_runoff_empty"
    assert [x.id for x in store.voting.rounds()] == [rid, top, above, picked]  # all kept


def test_comparison_puts_rounds_side_by_side(session):
    store, ideas, _, _ = session
    first = new_round(store, ideas)
    write(store, ballots.record_paper_totals, first, {ideas[0]: 9, ideas[1]: 5, ideas[2]: 2})
    write(store, ballots.close_round, first)
    second = write(store, ballots.create_runoff, first, top=2)
    write(store, ballots.open_round, second)
    write(store, ballots.record_paper_totals, second, {ideas[1]: 8, ideas[0]: 3})
    table = ballots.comparison(store, [first, second])
    assert [(item, [s and (s.rank, s.dots) for s in per]) for item, _, per in table[:3]] == [
        (ideas[0], [(1, 9), (2, 3)]), (ideas[1], [(2, 5), (1, 8)]), (ideas[2], [(3, 2), None])]


def test_anonymous_round_knows_who_voted_never_what(tmp_path):
    """At the laptop, a person of an anonymous round is kept only as « has voted »: a second
    ballot is refused, and neither the file nor the archive links them to any dot."""
    import json

    from facilitator.ops import voting as ballots
    from facilitator.export import archive
    from facilitator.store import Store
    from facilitator.voting import VotingError

    store = Store.create(tmp_path / "a.atelier", "Séance")
    with store.transaction():
        ana = store.participants.add("Ana", present=True)
        bob = store.participants.add("Bob", present=True)
        ideas = [store.ideas.add(t) for t in ("Navette", "Jardins", "Sentier")]
        rid = ballots.create_round(store, "Tour anonyme", "ideas", ideas, budget=2, cap=2,
                                   anonymous=True)
        ballots.open_round(store, rid)
        ballots.record_ballot(store, rid, ana, {ideas[0]: 2})
        ballots.record_ballot(store, rid, bob, {ideas[1]: 1, ideas[2]: 1})
    with pytest.raises(VotingError) as err:
        with store.transaction():
            ballots.record_ballot(store, rid, ana, {ideas[2]: 1})
    assert "Ana" in err.value.message("fr") and "déjà voté" in err.value.message("fr")
    assert store.voting.cast(rid) == {ana, bob}
    assert all(v.participant_id is None for v in store.voting.votes(rid))
    data = archive.to_dict(store)
    rnd = data["rounds"][0]
    assert rnd["ballots_cast"] == [str(ana), str(bob)]
    assert all(v["participant"] is None for v in rnd["votes"])
    out = tmp_path / "b.atelier"
    archive.import_archive(json.loads(json.dumps(data)), out)
    with Store.open(out) as again:
        assert archive.to_dict(again) == data
    store.close()
