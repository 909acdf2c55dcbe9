"""The operations of facilitator.ops: the rules that used to live in the window's pages, now
checked once in the core, and the undo labels every operation carries in both languages."""
from __future__ import annotations

import pickle

import pytest

from facilitator import ops
from facilitator.catalogue import MESSAGES
from facilitator.errors import FacilitatorError
from facilitator.export import archive
from facilitator.i18n import set_language
from facilitator.ideas import PALETTE
from facilitator.ops import Label
from facilitator.voting import VotingError


def run(store, op, *args, **kwargs):
    """As the window runs an operation: one recorded transaction; returns its result."""
    result, _inverse = store.recorded(lambda: op(store, *args, **kwargs))
    return result


# -- ideas (rules that were in IdeasPage) ----------------------------------------------------

def test_an_unknown_author_becomes_a_participant_marked_present(store):
    iid = run(store, ops.ideas.capture, "  Une navette le samedi ", author="Élise Roy")
    people = store.participants.list()
    assert [(p.name, p.present) for p in people] == [("Élise Roy", True)]
    idea = store.ideas.get(iid)
    assert idea.text == "Une navette le samedi" and idea.author_id == people[0].id


def test_a_known_author_is_found_whatever_the_case_and_accents(store):
    with store.transaction():
        pid = store.participants.add("Élise Roy", None, present=False)
    iid = run(store, ops.ideas.capture, "Vélo", author="  elise ROY ")
    assert len(store.participants.list()) == 1 and store.ideas.get(iid).author_id == pid


def test_a_blank_idea_is_refused_and_nothing_is_written(store):
    with pytest.raises(FacilitatorError) as err:
        run(store, ops.ideas.capture, "   ", author="Quelqu'un")
    assert err.value.message("fr") == "L'idée est vide."
    assert store.ideas.list() == [] and store.participants.list() == []


def test_a_new_theme_takes_the_first_free_colour_and_its_ideas(store):
    first, second = PALETTE[0][0], PALETTE[1][0]
    a = run(store, ops.ideas.capture, "A")
    t1 = run(store, ops.ideas.add_theme, " Mobilité ", [a])
    t2 = run(store, ops.ideas.add_theme, "Logement")
    assert store.ideas.theme(t1).color == first and store.ideas.theme(t1).title == "Mobilité"
    assert store.ideas.theme(t2).color == second
    assert store.ideas.get(a).theme_id == t1
    with pytest.raises(FacilitatorError):
        run(store, ops.ideas.add_theme, "  ")


def test_blank_lines_of_an_import_are_left_out(store):
    ids = run(store, ops.ideas.import_texts, ["Un", "  ", "", "Deux"])
    assert [store.ideas.get(i).text for i in ids] == ["Un", "Deux"]


# -- agenda ------------------------------------------------------------------------------------

def test_agenda_titles_are_never_blank_and_drag_and_drop_keeps_the_order(store):
    a = run(store, ops.agenda.add_item, "Accueil", 10)
    b = run(store, ops.agenda.add_item, "Idées", 30)
    c = run(store, ops.agenda.add_item, "Vote", 20, 0)            # at the top
    assert [i.id for i in store.agenda.list()] == [c, a, b]
    with pytest.raises(FacilitatorError):
        run(store, ops.agenda.edit_item, a, "title", "   ")
    assert run(store, ops.agenda.move_items, [b, c], 0) is True   # dropped above the first
    assert [i.id for i in store.agenda.list()] == [b, c, a]
    assert run(store, ops.agenda.move_items, [b], 0) is False     # already there


# -- decisions and the council ----------------------------------------------------------------

@pytest.fixture
def council(store):
    """A council of two members (Ana present, Ben absent) and one decision."""
    with store.transaction():
        ana = store.participants.add("Ana", None, present=True)
        ben = store.participants.add("Ben", None, present=False)
        store.council.set_member(ana, voices=2, municipality="A")
        store.council.set_member(ben, voices=1, municipality="B")
        store.council.set_settings()
    did = run(store, ops.decisions.add_decision, "Adopter le plan")
    return ana, ben, did


def test_a_roll_call_starts_with_the_present_members_for(store, council):
    ana, ben, did = council
    run(store, ops.decisions.start_roll_call, did)
    assert store.council.roll_call(did) == {ana: "for", ben: "absent"}


def test_a_roll_call_decision_takes_its_outcome_from_the_rule(store, council):
    ana, ben, did = council
    run(store, ops.decisions.record_roll_call, did, {ana: "against", ben: "for"})
    for op, args in ((ops.decisions.set_outcome, ("adopted",)),
                     (ops.decisions.set_counts, (3, 0, 0))):
        with pytest.raises(FacilitatorError) as err:
            run(store, op, did, *args)
        assert err.value.key == "op_outcome_by_roll_call"
    with pytest.raises(FacilitatorError) as err:
        run(store, ops.session.clear_council)
    assert err.value.key == "op_council_roll_calls"
    with pytest.raises(FacilitatorError) as err:
        run(store, ops.participants.set_council_member, ana, voices=None)
    assert err.value.key == "op_member_in_roll_call"
    archive.validate(archive.to_dict(store))            # the file is still sound
    run(store, ops.decisions.clear_roll_call, did)       # back to a show of hands: all allowed
    run(store, ops.decisions.set_outcome, did, "adopted")
    run(store, ops.session.clear_council)
    archive.validate(archive.to_dict(store))


def test_an_action_needs_a_text_and_a_real_due_date(store):
    with pytest.raises(FacilitatorError):
        run(store, ops.decisions.add_action, "  ", "Ana", None)
    with pytest.raises(FacilitatorError) as err:
        run(store, ops.decisions.add_action, "Écrire", "Ana", "2027-02-30")
    assert "2027-02-30" in err.value.message("fr")
    aid = run(store, ops.decisions.add_action, "Écrire", "Ana", " 2027-06-30 ")
    assert store.decisions.actions()[0].due == "2027-06-30"
    assert run(store, ops.decisions.set_action_due, aid, "") is True
    assert store.decisions.actions()[0].due is None


# -- roles ------------------------------------------------------------------------------------

def test_levels_outside_the_scale_are_left_out(store):
    a = run(store, ops.roles.add_actor, "Ville", "municipal")
    changed = run(store, ops.roles.set_levels, [(a, "animateur", 2, 3), (a, "accelerateur", 7, 1)])
    assert changed == 1 and store.actors.get(a).roles == {"animateur": (2, 3)}


def test_actors_from_organizations_are_not_created_twice(store):
    with store.transaction():
        store.participants.add("Ana", "MRC de la Haute-Côte-Nord")
        store.participants.add("Ben", "mrc de la haute-cote-nord")
        store.participants.add("Céline", "Cégep")
    assert run(store, ops.roles.add_from_organizations) == ["MRC de la Haute-Côte-Nord", "Cégep"]
    assert run(store, ops.roles.add_from_organizations) == []


# -- voting: the archive import calls the ballot's own rule ---------------------------------

def test_the_archive_refuses_a_ballot_the_laptop_refuses_with_the_same_rule(store):
    with store.transaction():
        pid = store.participants.add("Ana", None, present=True)
    ideas = [run(store, ops.ideas.capture, t) for t in ("A", "B", "C")]
    rid = run(store, ops.voting.create_round, "Tour", "ideas", ideas, 2, 1, False)
    run(store, ops.voting.open_round, rid)
    with pytest.raises(VotingError) as laptop:
        run(store, ops.voting.record_ballot, rid, pid, {ideas[0]: 2})      # over the cap
    run(store, ops.voting.record_ballot, rid, pid, {ideas[0]: 1})
    data = archive.to_dict(store)
    data["rounds"][0]["votes"][0]["dots"] = 2
    with pytest.raises(FacilitatorError) as imported:
        archive.validate(data)
    assert imported.value.key == laptop.value.key == "vote_over_cap"


# -- labels -----------------------------------------------------------------------------------

def test_labels_name_things_as_they_were_in_both_languages(store):
    iid = run(store, ops.ideas.capture, "Une navette qui passe le samedi matin et le dimanche soir")
    label = ops.ideas.remove.label(store, [iid])
    assert isinstance(label, str) and label.key == "op_idea_delete"
    assert label.text("fr") == "Supprimer l'idée « Une navette qui passe le samedi matin… »"
    assert label.text("en") == "Delete the idea “Une navette qui passe le samedi matin…”"
    assert pickle.loads(pickle.dumps(label)).text("en") == label.text("en")


def test_plural_labels_follow_each_language(store):
    try:
        set_language("fr")
        assert ops.ideas.import_texts.label(store, []) == "Importer 0 idée"
        set_language("en")
        assert ops.ideas.import_texts.label(store, []) == "Import 0 ideas"
        assert ops.ideas.import_texts.label(store, ["x"]) == "Import 1 idea"
    finally:
        set_language(None)


def test_every_label_and_refusal_of_the_ops_is_in_the_catalogue_in_both_languages():
    keys = [k for k in MESSAGES if k.startswith("op_")]
    assert len(keys) > 80
    for key in keys:
        fr, en = MESSAGES[key]
        if isinstance(fr, tuple):   # a count: (singular, plural) in each language
            assert all(a != b for a, b in zip(fr, en)) and not any('"' in t for t in fr), key
            continue
        assert fr.strip() and en.strip() and fr != en or key in {"op_person_edit"}, key
        assert '"' not in fr, key   # Québec French: « guillemets »
