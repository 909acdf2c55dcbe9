"""The six built-in templates keep their promises (issue 16): each text asks only for what the
app can show, the tension template does not have a party to the tension open the meeting alone
and sizes its role rating for its time, the network's members never vote by name in front of
their board, the démarches hold their sessions, and the sessions close with an evaluation."""
from __future__ import annotations

import re

import pytest

from facilitator import groups, rolemap, rolemap_priorities
from facilitator.model import Actor, Round, Vote
from facilitator.templates import load_template

NAMES = ("atelier-coconstruction", "conseil-mrc", "positionnement-reseau", "priorites-mrc",
         "strategie-mobilisation", "tension-partenaires")


def texts(tpl, lang):
    """Every text of the template a person reads, in lang, with where it is."""
    out = [("description", tpl.description(lang))]
    for n, step in enumerate(tpl.steps, 1):
        out.append((f"session {n}", step.description(lang)))
        for it in step.items:
            for key in ("title", "objective", "method", "notes", "materials"):
                out.append((f"session {n}: {it.text('title', lang)}.{key}",
                            it.text(key, lang) or ""))
    out += [(f"prompt {n}", p.get(lang) or "") for n, p in enumerate(tpl.prompts, 1)]
    return out


@pytest.mark.parametrize("name", NAMES)
def test_overlapping_roles_are_promised_only_as_the_map_says_them(name):
    """« Où les rôles se chevauchent » is shown by the role map as roles several actors lead;
    a template that asks for it says where to read it."""
    lead = [Actor(1, "A", roles={"facilitateur": (3, 3)}), Actor(2, "B",
                                                                roles={"facilitateur": (3, 3)})]
    assert rolemap.shared_leads(lead)            # the app computes it...
    for lang, word, shown in (("fr", "chevauch", "plusieurs acteurs le mènent"),
                              ("en", "overlap", "several actors lead it")):
        assert any(shown in s for s in rolemap.gap_sentences(lead, lang))   # ...and says it
        promised = [w for w, t in texts(load_template(name), lang) if word in t.lower()]
        if promised:
            joined = " ".join(t for _w, t in texts(load_template(name), lang))
            assert shown in joined, (name, lang, promised)


@pytest.mark.parametrize("name", NAMES)
def test_differences_between_groups_point_to_the_groups(name):
    """Differences between officials and partners (or members and directors) can be read only
    from the results by group of participants (facilitator.groups)."""
    rnd = Round(1, "r", candidates=[1, 2], anonymous=False)
    split = groups.breakdown(rnd, [Vote(1, 1, 1, 10, 2), Vote(2, 1, 2, 20, 2)],
                             {10: "Élus", 20: "Partenaires"})
    assert [g.group for g in split.groups] == ["Élus", "Partenaires"]
    for lang, pattern, pointer in (
            ("fr", r"écarts? entre|d'où viennent les appuis", "groupe"),
            ("en", r"differences between|where support comes from", "group")):
        for where, text in texts(load_template(name), lang):
            if re.search(pattern, text, re.I):
                assert pointer in text.lower(), (name, where, text)


def test_the_tension_template_prepares_one_to_one_and_has_a_neutral_facilitator():
    tpl = load_template("tension-partenaires")
    assert len(tpl.steps) >= 2
    prep, meeting = tpl.steps[0], tpl.steps[1]
    for lang, one_to_one, neutral in (("fr", "individuel", "animation neutre"),
                                      ("en", "one-to-one", "neutral facilitator")):
        prep_text = " ".join(t for w, t in texts(tpl, lang) if w.startswith("session 1"))
        assert one_to_one in prep_text.lower() and neutral in prep_text.lower()
        opening = meeting.items[0]
        said = " ".join(opening.text(k, lang) or "" for k in ("method", "notes")).lower()
        assert neutral in said, lang
    # the coordinator, a party to the tension, does not open the meeting alone
    assert not re.search(r"mot d'accueil du coordonnateur",
                         meeting.items[0].text("method", "fr") or "", re.I)


def test_the_tension_templates_role_rating_fits_its_time():
    """The role map in the meeting is bounded (at most N actors, M roles) so that the cells to
    fill (current and desired) take no less than 30 seconds each: not 140 cells in 25 min."""
    tpl = load_template("tension-partenaires")
    maps = [it for step in tpl.steps for it in step.items
            if it.text("title", "fr").lower().startswith("carte")]
    assert maps
    for it in maps:
        for lang, actors_re, roles_re in (("fr", r"au plus (\d+) acteurs", r"(\d+) rôles"),
                                          ("en", r"at most (\d+) actors", r"(\d+) roles")):
            method = it.text("method", lang)
            actors = int(re.search(actors_re, method).group(1))
            roles = int(re.search(roles_re, method).group(1))
            cells = actors * roles * 2
            assert cells * 0.5 <= it.minutes, (lang, cells, it.minutes)


def test_the_network_members_never_vote_by_name_in_front_of_their_board():
    tpl = load_template("positionnement-reseau")
    assert tpl.voting["anonymous"] is True
    for lang, named in (("fr", r"nominati|main levée|par nom"),
                        ("en", r"\bnamed\b|show of hands|by name")):
        for where, text in texts(tpl, lang):
            assert not re.search(named, text, re.I) or re.search(
                r"jamais|never|anonyme|anonymous", text, re.I), (where, text)
    # a démarche: the members' survey, the board's reflection, then the positioning day
    assert len(tpl.steps) == 3
    assert "sondage" in tpl.steps[0].title("fr").lower()
    assert "conseil" in tpl.steps[1].title("fr").lower()
    assert "positionnement" in tpl.steps[2].title("fr").lower()


def test_the_mrc_template_reads_the_roles_of_each_priority():
    assert rolemap_priorities.sentences("Logement", [Actor(1, "MRC", roles={
        "eclaireur": (0, 2)})], "fr") == ["Pour « Logement » : personne n'est Éclaireur."]
    tpl = load_template("priorites-mrc")
    roles_item = next(it for it in tpl.items if "sept rôles" in (it.text("method", "fr") or ""))
    assert "chaque priorité" in roles_item.text("method", "fr")
    assert "each priority" in roles_item.text("method", "en")


@pytest.mark.parametrize("name", [n for n in NAMES if n != "conseil-mrc"])
def test_every_session_of_a_workshop_closes_with_its_evaluation(name):
    for step in load_template(name).steps:
        kinds = [it.kind for it in step.items]
        assert kinds.count("evaluation") == 1 and kinds[-1] == "evaluation", \
            (name, step.title("fr"))
