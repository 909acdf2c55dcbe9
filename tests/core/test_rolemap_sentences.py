"""The role map says what the reference frame says: the source credited, overload only where the
group chose to see it (desired levels or the facilitator's flag), gap sentences that give the
size of each gap and who could close it, and no role "fine" on a map with no actors."""
from __future__ import annotations

from facilitator.i18n import plural
from facilitator.model import Actor
from facilitator.rolemap import gap_sentences, gaps, role_status
from facilitator.roles import ROLE_KEYS, heading, source

ANIM, ACCEL, EXPER, ECLAI, ENTRE, FACIL, DEVEL = ROLE_KEYS


def actor(id: int, name: str | None = None, flag: bool = False, **roles) -> Actor:
    return Actor(id=id, name=name or f"Acteur {id}", roles=dict(roles), overload_flag=flag)


def covered_except(*missing: str) -> list[Actor]:
    return [actor(101 + i, **{k: (2, 2)}) for i, k in enumerate(ROLE_KEYS) if k not in missing]


# -- the source ---------------------------------------------------------------------------------
def test_the_roles_are_introduced_and_credited_in_both_languages():
    assert heading("fr") == "Sept rôles en soutien au changement systémique"
    assert heading("en") == "Seven roles in support of systems change"
    for lang in ("fr", "en"):
        text = source(lang)
        assert "Communagir" in text and "Sinha" in text and "Draimin" in text
        assert "2016" in text and "Mapping momentum" in text


# -- plurals ------------------------------------------------------------------------------------
def test_plural_follows_each_language():
    assert plural(0, "{n} acteur", "{n} acteurs", "fr") == "0 acteur"
    assert plural(1, "{n} acteur", "{n} acteurs", "fr") == "1 acteur"
    assert plural(2, "{n} acteur", "{n} acteurs", "fr") == "2 acteurs"
    assert plural(0, "{n} actor", "{n} actors", "en") == "0 actors"
    assert plural(1, "{n} actor", "{n} actors", "en") == "1 actor"


# -- overload -----------------------------------------------------------------------------------
def overloaded(actors):
    return [(g.actor_id, g.reason) for g in gaps(actors) if g.kind == "overloaded"]


def test_holding_many_roles_is_not_by_itself_an_overload():
    backbone = actor(1, **{k: (3, 3) for k in ROLE_KEYS})   # all seven, on purpose
    assert overloaded(covered_except() + [backbone]) == []


def test_many_roles_and_no_desired_levels_yet_is_not_an_overload():
    today_only = actor(1, **{k: (2, 0) for k in ROLE_KEYS[:5]})
    assert overloaded(covered_except() + [today_only]) == []


def test_overloaded_when_the_desired_levels_say_it_should_hold_fewer():
    fewer = actor(1, **{k: (2, 2) for k in ROLE_KEYS[:2]}, **{k: (3, 1) for k in ROLE_KEYS[2:5]})
    same = actor(2, **{k: (2, 3) for k in ROLE_KEYS[:4]})
    assert overloaded(covered_except() + [fewer, same]) == [(1, "desired_fewer")]


def test_overloaded_when_the_facilitator_flags_it_whatever_the_levels():
    flagged = actor(1, flag=True, animateur=(2, 2))
    assert overloaded(covered_except() + [flagged]) == [(1, "flagged")]


def test_overload_sentences_say_why_and_how_many():
    fewer = actor(1, "MRC", **{k: (2, 2) for k in ROLE_KEYS[:2]},
                  **{k: (3, 1) for k in ROLE_KEYS[2:5]})
    flagged = actor(2, "CDC", flag=True, animateur=(2, 2))
    fr = gap_sentences(covered_except() + [fewer, flagged], "fr")
    assert fr == ["MRC tient 5 rôles de façon importante aujourd'hui, 2 souhaités : "
                  "risque de surcharge.",
                  "CDC tient 1 rôle de façon importante : risque de surcharge signalé par "
                  "l'animation."]
    en = gap_sentences(covered_except() + [fewer, flagged], "en")
    assert en == ["MRC holds 5 roles at a significant level today, 2 desired: risk of overload.",
                  "CDC holds 1 role at a significant level: risk of overload flagged by the "
                  "facilitator."]


# -- gap sentences ------------------------------------------------------------------------------
def test_a_gap_sentence_says_its_size_and_who_aims_for_the_role():
    actors = covered_except(ANIM) + [
        actor(1, "MRC", animateur=(3, 3)), actor(2, "Ville", animateur=(2, 2)),
        actor(3, "CDC", animateur=(1, 2)), actor(4, "Carrefour jeunesse-emploi",
                                                 animateur=(0, 2)),
        actor(5, "Cégep", animateur=(0, 2))]
    assert gap_sentences(actors, "fr") == [
        "Animateur : 2 acteurs aujourd'hui, 5 souhaités ; CDC, Carrefour jeunesse-emploi et "
        "Cégep visent un niveau important."]
    assert gap_sentences(actors, "en") == [
        "Convener: 2 actors today, 5 desired; CDC, Carrefour jeunesse-emploi and Cégep aim for "
        "a significant level."]


def test_each_role_gets_its_own_numbers_not_one_sentence_for_all():
    actors = [actor(1, "A", animateur=(2, 3), accelerateur=(1, 2)),
              actor(2, "B", experimentateur=(2, 2), eclaireur=(2, 2), entrepreneur=(2, 2),
                    facilitateur=(2, 2), developpeur=(1, 1))]
    fr = gap_sentences(actors, "fr")
    assert fr == [
        "Animateur : 1 acteur aujourd'hui, 1 souhaité, à un niveau plus élevé ; "
        "A vise le niveau leader.",
        "Accélérateur : aucun acteur aujourd'hui, 1 souhaité ; A vise un niveau important.",
        "Développeur : aucun acteur aujourd'hui ni souhaité ; B le tient de façon "
        "occasionnelle."]
    en = gap_sentences(actors, "en")
    assert en[1] == "Accelerator: no actor today, 1 desired; A aims for a significant level."
    assert en[2] == "Developer: no actor today or desired; B holds it occasionally."
    assert len(set(fr)) == len(fr)


def test_nobody_aims_for_an_uncovered_role():
    actors = covered_except(ECLAI)
    assert gap_sentences(actors, "fr") == [
        "Éclaireur : aucun acteur aujourd'hui ni souhaité ; aucun acteur ne vise encore ce rôle."]
    assert gap_sentences(actors, "en") == [
        "Scout: no actor today or desired; no actor aims for it yet."]


def test_a_long_list_of_actors_is_shortened_with_how_many_others():
    actors = covered_except(DEVEL) + [actor(i, f"Org {i}", developpeur=(0, 2)) for i in range(6)]
    assert gap_sentences(actors, "fr") == [
        "Développeur : aucun acteur aujourd'hui, 6 souhaités ; Org 0, Org 1, Org 2 et 3 autres "
        "visent un niveau important."]
    assert gap_sentences(actors, "en")[0].endswith("Org 0, Org 1, Org 2 and 3 others aim for "
                                                   "a significant level.")


def test_with_no_actors_no_role_is_said_to_be_fine():
    assert set(role_status([]).values()) == {"no_actors"}
    assert gap_sentences([], "fr") == []
    status = role_status(covered_except(ECLAI) + [actor(1, accelerateur=(2, 3))])
    assert status[ECLAI] == "uncovered" and status[ACCEL] == "below_desired"
    assert status[ANIM] == "ok"


def test_roles_nobody_plays_or_wishes_at_all_are_said_once_together():
    actors = [actor(1, "A", animateur=(2, 2), accelerateur=(2, 2), experimentateur=(2, 2),
                    eclaireur=(2, 2), entrepreneur=(1, 1))]
    assert gap_sentences(actors, "fr") == [
        "Entrepreneur : aucun acteur aujourd'hui ni souhaité ; A le tient de façon "
        "occasionnelle.",
        "Rôles que personne ne tient, même de façon occasionnelle, ni ne vise : Facilitateur "
        "et Développeur."]
    assert gap_sentences(actors, "en")[1] == (
        "Roles nobody holds, even occasionally, or aims for: Facilitator and Developer.")
