"""The archive's council keys: participant group/municipality/voices/population, session.council,
decision.roll_call (with casting_vote and the recorded quorum); export → import → export is
identical; a roll call whose outcome contradicts the rule is refused naming the decision."""
from __future__ import annotations

import copy
import json

import pytest

from facilitator.errors import ArchiveError
from facilitator.export import archive
from facilitator.store import Store
from tests.core.test_council_store import VILLAGES, make_council


@pytest.fixture
def council(store):
    ids = make_council(store)
    with store.transaction():
        d1 = store.decisions.add("CM-1", "Adopter le budget")
        store.council.take_roll_call(d1, {ids["Maire Ville"]: "against"} | {
            ids[v]: "for" for v in VILLAGES} | {ids["Préfet"]: "for"})
        d2 = store.decisions.add("CM-2", "Octroyer le contrat")
        store.council.take_roll_call(d2, {
            ids["Maire Ville"]: "for", ids["Saint-A"]: "for", ids["Saint-B"]: "against",
            ids["Saint-C"]: "against", ids["Saint-D"]: "against", ids["Saint-E"]: "against",
            ids["Préfet"]: "conflict"}, casting_vote="for")
        store.decisions.add("CM-3", "À main levée", votes_for=5, votes_against=1)
        d4 = store.decisions.add("CM-4", "Conflit")
        store.council.take_roll_call(d4, {ids["Maire Ville"]: "conflict", ids["Saint-A"]: "for",
                                          ids["Saint-B"]: "abstain"})
    return store, ids


def test_council_round_trip_is_identical(council, tmp_path):
    store, ids = council
    first = archive.to_dict(store)
    town = first["participants"][0]
    assert (town["municipality"], town["voices"], town["population"], town["group"]) == (
        "Ville-Centre", 3, 5500, "élus")
    clerk = first["participants"][-1]
    assert clerk["group"] == "personnel" and "voices" not in clerk
    assert first["session"]["council"] == {"rule": "double_majority",
                                           "prefect": str(ids["Préfet"]),
                                           "prefect_at_large": False,
                                           "quorum": "third_members_half_voices"}
    d1, d2, d3, d4 = first["decisions"]
    assert d1["outcome"] == "rejected"
    assert {"participant": str(ids["Maire Ville"]), "vote": "against"} in d1["roll_call"]
    assert d1["quorum"]["met"] is True and d1["quorum"]["voices_total"] == 9
    assert "casting_vote" not in d1
    # the préfet declared a conflict: he cannot break the tie, rejected
    assert d2["outcome"] == "rejected" and "casting_vote" not in d2
    assert "roll_call" not in d3 and d3["votes_for"] == 5
    assert d4["outcome"] == "adopted"
    out = tmp_path / "copy.atelier"
    archive.import_archive(json.loads(json.dumps(first)), out)
    with Store.open(out) as again:
        second = archive.to_dict(again)
    assert json.dumps(second, ensure_ascii=False) == json.dumps(first, ensure_ascii=False)


def test_casting_vote_round_trips(store, tmp_path):
    ids = make_council(store)
    did = store.decisions.add("CM-9", "Égalité")
    store.council.take_roll_call(did, {
        ids["Maire Ville"]: "for", ids["Saint-A"]: "for", ids["Saint-B"]: "against",
        ids["Saint-C"]: "against", ids["Saint-D"]: "against", ids["Saint-E"]: "against"},
        casting_vote="for")
    first = archive.to_dict(store)
    assert first["decisions"][0]["casting_vote"] == "for"
    assert first["decisions"][0]["outcome"] == "adopted"
    archive.import_archive(first, tmp_path / "b.atelier")
    with Store.open(tmp_path / "b.atelier") as b:
        assert archive.to_dict(b) == first


def test_plain_archive_has_no_council_keys(store):
    store.participants.add("Ana")
    store.decisions.add("N-1", "x")
    data = archive.to_dict(store)
    assert "council" not in data["session"]
    assert set(data["participants"][0]) == {"id", "name", "organization", "present", "email"}
    assert "roll_call" not in data["decisions"][0]


def base() -> dict:
    people = [{"id": "ville", "name": "Maire Ville", "municipality": "Ville", "voices": 3,
               "population": 5500}]
    people += [{"id": f"v{i}", "name": f"Maire {i}", "municipality": f"Village {i}",
                "voices": 1, "population": 750} for i in range(6)]
    call = [{"participant": "ville", "vote": "against"}]
    call += [{"participant": f"v{i}", "vote": "for"} for i in range(6)]
    return {"format": "facilitator-session", "version": 1, "session": {
        "title": "Conseil", "council": {"rule": "double_majority", "prefect": "v5",
                                        "prefect_at_large": False,
                                        "quorum": "third_members_half_voices"}},
        "participants": people,
        "decisions": [{"id": "d0", "number": "N-0", "text": "a", "outcome": "adopted"},
                      {"id": "d1", "number": "N-1", "text": "x", "outcome": "rejected",
                       "roll_call": call}]}


REFUSALS = [
    (lambda d: d["decisions"][1].update(outcome="adopted"), "archive_outcome_rule",
     "decisions[1].outcome"),
    (lambda d: d["decisions"][1].pop("outcome"), "archive_outcome_rule", "decisions[1].outcome"),
    (lambda d: d["session"]["council"].update(rule="simple"), "archive_outcome_rule",
     "decisions[1].outcome"),
    (lambda d: d["session"].pop("council"), "archive_roll_call_no_council",
     "decisions[1].roll_call"),
    (lambda d: d["session"]["council"].update(rule="unanimité"), "archive_value",
     "session.council.rule"),
    (lambda d: d["session"]["council"].update(prefect="nobody"), "archive_dangling",
     "session.council.prefect"),
    (lambda d: d["session"]["council"].update(quorum="moitié"), "archive_value",
     "session.council.quorum"),
    (lambda d: d["participants"][2].update(voices=-1), "archive_value", "participants[2].voices"),
    (lambda d: d["participants"][2].update(population="beaucoup"), "archive_type",
     "participants[2].population"),
    (lambda d: d["participants"][2].update(group=3), "archive_type", "participants[2].group"),
    (lambda d: d["decisions"][1]["roll_call"][3].update(vote="oui"), "archive_value",
     "decisions[1].roll_call[3].vote"),
    (lambda d: d["decisions"][1]["roll_call"][3].update(participant="v0"),
     "archive_duplicate_id", "decisions[1].roll_call[3].participant"),
    (lambda d: d["decisions"][1]["roll_call"][3].update(participant="zz"), "archive_dangling",
     "decisions[1].roll_call[3].participant"),
    (lambda d: d["participants"][3].pop("voices"), "archive_value",
     "decisions[1].roll_call[3].participant"),
    (lambda d: d["decisions"][1].update(casting_vote="peut-être"), "archive_value",
     "decisions[1].casting_vote"),
    (lambda d: d["decisions"][1].update(quorum={"met": "oui"}), "archive_type",
     "decisions[1].quorum.met"),
]


@pytest.mark.parametrize("mutate,key,path", REFUSALS)
def test_council_refusals_name_key_and_position(mutate, key, path, tmp_path):
    data = copy.deepcopy(base())
    archive.validate(data)
    mutate(data)
    out = tmp_path / "never.atelier"
    with pytest.raises(ArchiveError) as err:
        archive.import_archive(data, out)
    assert err.value.key == key
    assert path in err.value.message("fr") and path in err.value.message("en")
    assert not out.exists()


def test_the_refusal_says_what_the_rule_gives():
    data = base()
    data["decisions"][1]["outcome"] = "adopted"
    with pytest.raises(ArchiveError) as err:
        archive.validate(data)
    assert err.value.message("fr") == (
        "decisions[1].outcome : le résultat « adopted » contredit le vote nominal selon la "
        "règle du conseil (attendu « rejected »).")


def _grouped_anonymous_round(store):
    from facilitator.ops import voting as ballots

    with store.transaction():
        people = []
        for group, n in (("élus", 5), ("partenaires", 5)):
            for i in range(n):
                pid = store.participants.add(f"{group} {i}", present=True)
                store.council.set_member(pid, group=group)
                people.append((pid, group))
        ideas = [store.ideas.add("Logement"), store.ideas.add("Transport")]
        rid = ballots.create_round(store, "Priorités", "ideas", ideas, 2, anonymous=True)
        ballots.open_round(store, rid)
        for pid, group in people:
            ballots.record_ballot(store, rid, pid, {ideas[0 if group == "élus" else 1]: 2})
    return rid, ideas


def test_anonymous_round_by_group_round_trips(store, tmp_path):
    """An anonymous round's results by group (never who, never which ballot) travel in the
    archive: the imported session shows the same breakdown, and export → import → export is
    identical."""
    rid, ideas = _grouped_anonymous_round(store)
    before = store.council.breakdown(rid)
    first = archive.to_dict(store)
    groups = first["rounds"][0]["groups"]
    assert groups == [{"group": "partenaires", "ballots": 5, "dots": {str(ideas[1]): 10}},
                      {"group": "élus", "ballots": 5, "dots": {str(ideas[0]): 10}}]
    assert all(v["participant"] is None for v in first["rounds"][0]["votes"])
    out = tmp_path / "copie.atelier"
    archive.import_archive(json.loads(json.dumps(first)), out)
    with Store.open(out) as again:
        assert again.council.breakdown(again.voting.rounds()[0].id) == before
        assert archive.to_dict(again) == first


@pytest.mark.parametrize("mutate,path", [
    (lambda g: g.update(ballots=-1), "rounds[0].groups[0].ballots"),
    (lambda g: g.update(group=""), "rounds[0].groups[0].group"),
    (lambda g: g["dots"].update({"nowhere": 1}), "rounds[0].groups[0].dots"),
    (lambda g: g["dots"].update({next(iter(g["dots"])): "deux"}), "rounds[0].groups[0].dots"),
])
def test_group_totals_refusals_name_their_place(store, tmp_path, mutate, path):
    _grouped_anonymous_round(store)
    data = archive.to_dict(store)
    mutate(data["rounds"][0]["groups"][0])
    out = tmp_path / "jamais.atelier"
    with pytest.raises(ArchiveError) as err:
        archive.import_archive(data, out)
    assert path in err.value.message("fr") and path in err.value.message("en")
    assert not out.exists()
