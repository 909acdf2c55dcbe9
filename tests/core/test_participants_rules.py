"""Check-in and imports never make a second person of someone already on the list."""
from __future__ import annotations

from facilitator.ops import voting as ballots
from facilitator import participants as rules
from facilitator.tabular import parse_table, participants_from, guess_mapping


def test_typing_a_name_on_the_list_ticks_them_present(store):
    with store.transaction():
        alice = store.participants.add("Alice Côté", None, present=False)
        done = rules.check_in(store, "  alice COTE ", "Ville de Baie-Comeau")
    people = store.participants.list()
    assert len(people) == 1
    assert done.outcome == "marked_present" and done.participant_id == alice
    assert people[0].present and people[0].organization == "Ville de Baie-Comeau"
    with store.transaction():
        again = rules.check_in(store, "Alice Côté")
    assert again.outcome == "already_present" and len(store.participants.list()) == 1
    with store.transaction():
        new = rules.check_in(store, "Bruno Lévesque")
    assert new.outcome == "added" and store.participants.get(new.participant_id).present


def test_a_duplicate_counts_once_everywhere(store):
    with store.transaction():
        store.participants.add("Chloé Fontaine", None, present=True)
        store.participants.add("chloe fontaine", None, present=True)   # slipped in
        store.participants.add("Denis Roy", None, present=False)
    assert rules.present_count(store.participants.list()) == (2, 1)
    assert [p.name for p in rules.distinct(store.participants.list())] == [
        "Chloé Fontaine", "Denis Roy"]
    with store.transaction():
        rid = ballots.create_round(store, "Priorités", "themes",
                                   [store.ideas.add_theme("Transport")], budget=3)
    assert ballots.results(store, rid).present == 1
    dup = rules.duplicate_rows(store.participants.list())
    assert list(dup) == [2] and dup[2].id == 1


def test_an_import_merges_names_already_there(store):
    with store.transaction():
        store.participants.add("Éric Gagnon", None, present=False)
    table = parse_table("Nom,Organisation,Présent\neric gagnon,MRC,oui\nFanny Roy,CDC,non\n"
                        "fanny  ROY,,oui\n")
    people = participants_from(table, guess_mapping(table))
    plan = rules.plan_import(people, store.participants.list())
    assert [r.match for r in plan] == [1, None, None]
    assert [r.repeat_of for r in plan] == [None, None, 1]
    with store.transaction():
        assert rules.import_people(store, plan, merge=True) == (1, 2)
    people = store.participants.list()
    assert [(p.name, p.organization, p.present) for p in people] == [
        ("Éric Gagnon", "MRC", True), ("Fanny Roy", "CDC", True)]
