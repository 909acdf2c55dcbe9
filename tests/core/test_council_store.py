"""A council meeting in the session file: members' voices and population, the council's rule,
roll calls computed by the rule with the quorum recorded, undo, and a format-2 file migrated."""
from __future__ import annotations

import sqlite3

import pytest

from facilitator.council import explain, explain_quorum
from facilitator.store import Store
import facilitator.store.db as db
from facilitator.store import schema

VILLAGES = ["Saint-A", "Saint-B", "Saint-C", "Saint-D", "Saint-E"]


def make_council(s, *, rule="double_majority", present=True):
    """The worked case 1 of docs/council-rules.md: a town with 55 % of the population and 3 of
    9 voices, five villages of 1 voice, the préfet mayor of a sixth village; and a clerk who is
    no member. Returns {name: participant id}."""
    ids = {}
    with s.transaction():
        ids["Maire Ville"] = s.participants.add("Maire Ville", present=present)
        s.council.set_member(ids["Maire Ville"], municipality="Ville-Centre", voices=3,
                             population=5500, group="élus")
        for v in VILLAGES:
            ids[v] = s.participants.add(f"Maire {v}", present=present)
            s.council.set_member(ids[v], municipality=v, voices=1, population=750,
                                 group="élus")
        ids["Préfet"] = s.participants.add("Préfète Roy", present=present)
        s.council.set_member(ids["Préfet"], municipality="Saint-F", voices=1, population=750,
                             group="élus")
        ids["Greffière"] = s.participants.add("Greffière Lee", present=True)
        s.council.set_member(ids["Greffière"], group="personnel")
        s.council.set_settings(rule=rule, prefect=ids["Préfet"], prefect_at_large=False,
                               quorum="third_members_half_voices")
    return ids


def test_a_plain_session_is_no_council(store):
    assert store.council.settings() is None
    assert store.council.quorum_now() is None
    assert store.council.members() == []


def test_council_details_survive_reopening(tmp_path):
    path = tmp_path / "conseil.atelier"
    with Store.create(path, "Conseil") as s:
        ids = make_council(s)
    with Store.open(path) as s:
        c = s.council.settings()
        assert (c.rule, c.prefect, c.prefect_at_large, c.quorum) == (
            "double_majority", ids["Préfet"], False, "third_members_half_voices")
        info = s.council.info()
        assert info[ids["Maire Ville"]].municipality == "Ville-Centre"
        assert info[ids["Maire Ville"]].voices == 3
        assert info[ids["Greffière"]].voices is None
        assert info[ids["Greffière"]].group == "personnel"
        assert len(s.council.members()) == 7          # the clerk is no member
        assert sum(m.voices for m in s.council.members()) == 9


def test_bad_member_values_are_refused(store):
    pid = store.participants.add("X")
    with pytest.raises(ValueError):
        store.council.set_member(pid, voices=-1)
    with pytest.raises(ValueError):
        store.council.set_member(pid, population="beaucoup")
    with pytest.raises(ValueError):
        store.council.set_settings(rule="majorité")


def test_quorum_now_follows_who_is_present(store):
    ids = make_council(store, present=False)
    q = store.council.quorum_now()
    assert not q.met and q.members_total == 7 and q.voices_total == 9
    with store.transaction():
        for name in ("Maire Ville", "Saint-A", "Saint-B"):
            store.participants.update(ids[name], present=True)
    q = store.council.quorum_now()
    assert q.met
    assert explain_quorum(q, "fr") == "Quorum atteint : 3 membres sur 7, 5 voix sur 9"


def test_roll_call_sets_the_outcome_by_the_rule_and_records_the_quorum(store):
    ids = make_council(store)
    did = store.decisions.add("CM-1", "Adopter le budget", votes_for=2, votes_against=4)
    votes = {ids[v]: "for" for v in VILLAGES} | {ids["Préfet"]: "for",
                                                 ids["Maire Ville"]: "against"}
    out, _ = store.recorded(lambda: store.council.take_roll_call(did, votes))
    assert not out.adopted
    d = store.decisions.get(did)
    assert d.outcome == "rejected"
    assert (d.votes_for, d.votes_against, d.abstentions) == (None, None, None)
    assert explain(store.council.outcome(did), "fr") == (
        "Rejetée : majorité des voix atteinte, mais 45\u00a0% de la population seulement")
    q = store.council.recorded_quorum(did)
    assert q.met and (q.members_present, q.voices_present) == (7, 9)
    assert store.council.roll_call(did)[ids["Maire Ville"]] == "against"


def test_missing_members_are_absent_and_conflicts_leave_the_quorum_count(store):
    ids = make_council(store)
    did = store.decisions.add("CM-2", "Octroyer le contrat")
    votes = {ids["Maire Ville"]: "conflict", ids["Saint-A"]: "for", ids["Saint-B"]: "for",
             ids["Saint-C"]: "abstain"}
    out = store.council.take_roll_call(did, votes)
    assert out.adopted and out.conflicts == (ids["Maire Ville"],)
    call = store.council.roll_call(did)
    assert call[ids["Saint-D"]] == "absent" and len(call) == 7
    q = store.council.recorded_quorum(did)
    # the town withdrew: 6 members qualified, holding 6 voices; 3 present with 3 voices
    assert (q.members_present, q.members_total, q.voices_present, q.voices_total) == (3, 6, 3, 6)
    assert q.met
    store.council.take_roll_call(did, {ids["Maire Ville"]: "conflict", ids["Saint-A"]: "for",
                                       ids["Saint-B"]: "for"})
    assert not store.council.recorded_quorum(did).met       # 2 voices of 6: not half


def test_casting_vote_is_kept_and_a_contradicting_outcome_refused(store):
    ids = make_council(store)
    did = store.decisions.add("CM-3", "Texte")
    tie = {ids["Maire Ville"]: "for", ids["Saint-A"]: "for", ids["Saint-B"]: "against",
           ids["Saint-C"]: "against", ids["Saint-D"]: "against", ids["Saint-E"]: "against"}
    out = store.council.take_roll_call(did, tie, casting_vote="for")
    assert out.adopted and out.casting_vote == "for"
    assert store.council.casting_vote(did) == "for"
    assert store.decisions.get(did).outcome == "adopted"
    with pytest.raises(ValueError):
        store.council.take_roll_call(did, tie, casting_vote="for", outcome="rejected")


def test_undo_restores_the_show_of_hands_decision(store):
    ids = make_council(store)
    did = store.decisions.add("CM-4", "Texte", votes_for=5, votes_against=1)
    _, inverse = store.recorded(lambda: store.council.take_roll_call(
        did, {ids["Saint-A"]: "for"}))
    store.replay(inverse)
    assert store.council.roll_call(did) == {}
    assert store.decisions.get(did).votes_for == 5


def test_removing_a_member_removes_their_votes_and_the_prefect_mark(store):
    ids = make_council(store)
    did = store.decisions.add("CM-5", "Texte")
    store.council.take_roll_call(did, {ids["Préfet"]: "for"})
    with store.transaction():
        store.participants.remove(ids["Préfet"])
    assert ids["Préfet"] not in store.council.roll_call(did)
    assert store.council.settings().prefect is None


def test_format_2_file_gains_the_council_columns(tmp_path):
    path = tmp_path / "old.atelier"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    for stmt in db._statements(schema.SCHEMA_V1) + db._statements(schema.SCHEMA_V2):
        con.execute(stmt)
    con.execute("INSERT INTO session (id, title, created_at) VALUES (1, 'Ancienne', '2026')")
    con.execute("INSERT INTO participant (id, name) VALUES (1, 'Ana')")
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()
    with Store.open(path) as s:
        assert s.participants.list()[0].name == "Ana"
        assert s.council.info()[1].voices is None
        assert s.council.settings() is None
        assert s.check() == []


def test_a_council_is_reused_from_a_previous_session(tmp_path, store):
    from facilitator.council_reuse import reuse_council

    previous = tmp_path / "octobre.atelier"
    with Store.create(previous, "Séance d'octobre") as old:
        make_council(old)
    with store.transaction():
        here = store.participants.add("  maire VILLE ", present=True)   # already here
    with store.transaction():
        done = reuse_council(store, previous)
    assert (done.added, done.updated, done.council) == (7, 1, True)
    info = store.council.info()
    assert (info[here].municipality, info[here].voices, info[here].population) == (
        "Ville-Centre", 3, 5500)
    assert len(store.council.members()) == 7
    assert store.participants.get(here).present                 # presence is today's
    assert not any(p.present for p in store.participants.list() if p.id != here)
    c = store.council.settings()
    assert store.participants.get(c.prefect).name == "Préfète Roy"
    assert c.rule == "double_majority"
    with Store.open(previous) as old:                            # the old file is untouched
        assert len(old.participants.list()) == 8


def test_the_minutes_explain_a_decision_as_it_was_taken_whatever_is_edited_after(store):
    """A member's voices or population corrected after the vote (the next month's decree, a
    typo fixed) never changes the line the minutes print for a decision already taken."""
    from facilitator.export import council_minutes

    ids = make_council(store)
    did = store.decisions.add("CM-1", "Adopter le budget")
    votes = {ids[v]: "for" for v in VILLAGES} | {ids["Préfet"]: "for",
                                                 ids["Maire Ville"]: "against"}
    store.recorded(lambda: store.council.take_roll_call(did, votes))
    names = {p.id: p.name for p in store.participants.list()}
    before = council_minutes.lines(store, did, names, "fr")
    with store.transaction():
        store.council.set_member(ids["Maire Ville"], municipality="Ville-Centre", voices=1,
                                 population=500, group="élus")
        store.council.set_settings(rule="simple", prefect=ids["Préfet"], prefect_at_large=False,
                                   quorum="third_members_half_voices")
    after = council_minutes.lines(store, did, names, "fr")
    assert after == before
    assert "45\u00a0%" in after["conclusion"] and "(3\u00a0voix)" in after["roll_call"]
    assert not store.council.outcome(did).adopted
