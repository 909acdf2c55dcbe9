"""Roles for each priority (issue 16): a role map kept per priority (a theme or a voted
candidate) beside the session-wide one, the gaps said per priority, and where several actors
lead the same role."""
from __future__ import annotations

import json

import pytest

from facilitator import rolemap, rolemap_priorities as rp
from facilitator.export import archive
from facilitator.model import Actor
from facilitator.store import Store


def _session(tmp_path):
    s = Store.create(tmp_path / "p.atelier", "Priorités")
    with s.transaction():
        ville = s.actors.add("Ville de Lévis")
        cdc = s.actors.add("CDC")
        s.actors.set_level(ville, "eclaireur", 3, 3)       # session-wide: Ville is a Scout
        housing = s.ideas.add_theme("Logement abordable")
        transport = s.ideas.add_theme("Transport")
        idea = s.ideas.add("Une navette rurale")
        rid = s.voting.add_round("Priorités", "ideas", [idea], 3)
        s.voting.add_vote(rid, idea, None, 4)
        s.voting.update_round(rid, status="closed")
    return s, ville, cdc, housing, transport, idea


def test_per_priority_map_is_kept_apart_from_the_session_map(tmp_path):
    s, ville, cdc, housing, transport, _idea = _session(tmp_path)
    with s:
        with s.transaction():
            s.priority_roles.set_level("themes", housing, cdc, "facilitateur", 2, 3)
        mapped = {a.name: a.roles for a in s.priority_roles.actors("themes", housing)}
        assert mapped == {"Ville de Lévis": {}, "CDC": {"facilitateur": (2, 3)}}
        # the session-wide map is untouched, and the other priority has its own (empty) map
        assert {a.name: a.roles for a in s.actors.list()}["CDC"] == {}
        assert all(not a.roles for a in s.priority_roles.actors("themes", transport))
        assert s.priority_roles.mapped() == {("themes", housing)}


def test_gaps_are_said_per_priority(tmp_path):
    s, ville, cdc, housing, transport, idea = _session(tmp_path)
    with s:
        with s.transaction():
            s.priority_roles.set_level("themes", housing, cdc, "facilitateur", 2, 2)
            s.priority_roles.set_level("themes", housing, cdc, "eclaireur", 0, 2)
        lines = rp.gap_lines(s, "themes", housing, "fr")
        # Ville is a Scout for the whole session, not for this priority, which needs one;
        # roles this priority neither has nor needs are not gaps
        assert lines == ["Pour « Logement abordable » : personne n'est Éclaireur."]
        # a priority nobody has mapped yet says nothing (no map to read)
        assert rp.gap_lines(s, "themes", transport, "fr") == []
        en = rp.gap_lines(s, "themes", housing, "en")
        assert en == ['For “Logement abordable”: nobody is Scout.']
        with s.transaction():
            s.priority_roles.set_level("themes", housing, ville, "animateur", 1, 3)
        assert rp.gap_lines(s, "themes", housing, "fr")[0] == \
            "Pour « Logement abordable » : personne n'est Animateur ni Éclaireur."


def test_priorities_offered_are_themes_and_voted_candidates(tmp_path):
    s, ville, cdc, housing, transport, idea = _session(tmp_path)
    with s:
        found = rp.priorities(s)
        assert [(p.target, p.item_id, p.title) for p in found] == [
            ("themes", housing, "Logement abordable"), ("themes", transport, "Transport"),
            ("ideas", idea, "Une navette rurale")]


def test_a_deleted_priority_or_actor_leaves_no_levels(tmp_path):
    s, ville, cdc, housing, transport, idea = _session(tmp_path)
    with s:
        with s.transaction():
            s.priority_roles.set_level("themes", housing, cdc, "facilitateur", 2, 3)
            s.priority_roles.set_level("ideas", idea, ville, "animateur", 1, 3)
            s.ideas.remove_theme(housing)
            s.actors.remove(ville)
        assert s.priority_roles.mapped() == set()


def test_bad_levels_are_refused(tmp_path):
    s, ville, cdc, housing, *_ = _session(tmp_path)
    with s:
        with pytest.raises(ValueError):
            s.priority_roles.set_level("themes", housing, cdc, "facilitateur", 4, 0)
        with pytest.raises(KeyError):
            s.priority_roles.set_level("themes", housing, cdc, "chef", 1, 0)
        with pytest.raises(ValueError):
            s.priority_roles.set_level("rounds", housing, cdc, "facilitateur", 1, 0)


def test_shared_leads_say_where_several_actors_lead_the_same_role():
    actors = [Actor(1, "Ville", roles={"facilitateur": (3, 3), "eclaireur": (3, 2)}),
              Actor(2, "CDC", roles={"facilitateur": (3, 2)}),
              Actor(3, "MRC", roles={"facilitateur": (2, 3)})]
    assert rolemap.shared_leads(actors) == [("facilitateur", ["Ville", "CDC"])]
    lines = rolemap.gap_lines(actors, "fr")
    assert ("shared_lead", "Facilitateur : plusieurs acteurs le mènent (Ville et CDC) ; "
            "à clarifier qui fait quoi.") in lines
    en = rolemap.gap_sentences(actors, "en")
    assert "Facilitator: several actors lead it (Ville and CDC); worth clarifying who does " \
        "what." in en


def test_archive_keeps_the_per_priority_maps(tmp_path):
    s, ville, cdc, housing, transport, idea = _session(tmp_path)
    with s:
        with s.transaction():
            s.priority_roles.set_level("themes", transport, cdc, "facilitateur", 2, 3)
            s.priority_roles.set_level("ideas", idea, ville, "animateur", 1, 3)
        first = archive.to_dict(s)
    cdc_row = next(a for a in first["actors"] if a["name"] == "CDC")
    assert cdc_row["priority_roles"] == [
        {"target": "themes", "item": str(transport),
         "roles": {"facilitateur": {"current": 2, "desired": 3}}}]
    out = archive.import_archive(json.loads(json.dumps(first)), tmp_path / "back.atelier")
    with Store.open(out) as back:
        again = archive.to_dict(back)
        t2 = next(t for t in back.ideas.themes() if t.title == "Transport")
        assert {a.name: a.roles for a in back.priority_roles.actors("themes", t2.id)}["CDC"] \
            == {"facilitateur": (2, 3)}
    first.pop("session"); again.pop("session")
    assert again == first


def test_archive_refuses_a_priority_that_is_not_there():
    data = {"format": archive.FORMAT, "version": 1, "session": {"title": "x"},
            "themes": [{"id": "1", "title": "T"}],
            "actors": [{"id": "1", "name": "A", "priority_roles": [
                {"target": "themes", "item": "9", "roles": {"animateur": {"current": 1}}}]}]}
    with pytest.raises(Exception) as err:
        archive.validate(data)
    assert "priority_roles" in str(err.value.message("en") if hasattr(err.value, "message")
                                   else err.value)
