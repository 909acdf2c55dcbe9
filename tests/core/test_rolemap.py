"""Role map: coverage per role, the gap rules, the sentences shown, the level matrix."""
from __future__ import annotations

import pytest

from facilitator.model import Actor
from facilitator.rolemap import Gap, RoleCoverage, coverage, gap_text, gaps, level_matrix
from facilitator.roles import ROLE_KEYS

ANIM, ACCEL, EXPER, ECLAI, ENTRE, FACIL, DEVEL = ROLE_KEYS


def actor(id: int, **roles: tuple[int, int]) -> Actor:
    return Actor(id=id, name=f"Acteur {id}", roles=dict(roles))


def covered_except(*missing: str) -> list[Actor]:
    """Seven actors (ids 101..107), each holding one role at 2 today and wishing the same,
    leaving out the roles named: a map with no gap but those the test adds."""
    return [actor(101 + i, **{k: (2, 2)}) for i, k in enumerate(ROLE_KEYS) if k not in missing]


def kinds(gs: list[Gap]) -> list[tuple]:
    return [(g.kind, g.role, g.actor_id) for g in gs]


# -- coverage --------------------------------------------------------------------------------
def test_coverage_counts_actors_per_level_in_roles_order():
    actors = [actor(1, animateur=(3, 2), eclaireur=(1, 3)),
              actor(2, animateur=(2, 2)),
              actor(3)]
    cov = coverage(actors)
    assert [c.role for c in cov] == list(ROLE_KEYS)
    assert cov[0] == RoleCoverage(ANIM, current=(1, 0, 1, 1), desired=(1, 0, 2, 0))
    assert cov[3] == RoleCoverage(ECLAI, current=(2, 1, 0, 0), desired=(2, 0, 0, 1))
    assert cov[6] == RoleCoverage(DEVEL, current=(3, 0, 0, 0), desired=(3, 0, 0, 0))


def test_coverage_of_no_actors_is_all_zero():
    assert coverage([]) == [RoleCoverage(k, (0, 0, 0, 0), (0, 0, 0, 0)) for k in ROLE_KEYS]


def test_unknown_role_keys_are_ignored():
    assert coverage([Actor(1, "X", roles={"sorcier": (3, 3)})])[0].current == (1, 0, 0, 0)


# -- gaps ------------------------------------------------------------------------------------
def test_no_actors_all_seven_roles_uncovered():
    assert kinds(gaps([])) == [("uncovered", k, None) for k in ROLE_KEYS]


def test_a_role_held_at_2_or_3_is_covered_at_1_is_not():
    assert gaps(covered_except()) == []
    occasional = covered_except(ECLAI) + [actor(2, eclaireur=(1, 1))]
    assert kinds(gaps(occasional)) == [("uncovered", ECLAI, None)]
    leading = occasional + [actor(3, eclaireur=(3, 3))]
    assert gaps(leading) == []


def test_below_desired_when_more_actors_wished_at_2_or_more():
    actors = covered_except() + [actor(2, accelerateur=(0, 2))]
    assert kinds(gaps(actors)) == [("below_desired", ACCEL, None)]


def test_below_desired_by_count_even_when_the_sum_of_levels_is_equal():
    actors = covered_except(ACCEL) + [actor(1, accelerateur=(3, 2)),
                                      actor(2, accelerateur=(1, 2))]
    # sums: current 3 + 1 = 4, desired 2 + 2 = 4; but at >= 2: 1 today, 2 wished
    assert kinds(gaps(actors)) == [("below_desired", ACCEL, None)]


def test_below_desired_by_sum_of_levels_with_the_same_count():
    actors = covered_except(DEVEL) + [actor(1, developpeur=(2, 3))]
    assert kinds(gaps(actors)) == [("below_desired", DEVEL, None)]


def test_a_wish_for_less_is_not_a_gap():
    actors = [actor(1, **{k: (3, 2) for k in ROLE_KEYS[:3]},
                    **{k: (2, 2) for k in ROLE_KEYS[3:]})]
    assert kinds(gaps(actors)) == []   # all seven held, on purpose: no overload either


def test_a_role_can_be_both_uncovered_and_below_desired_in_that_order():
    actors = covered_except(FACIL) + [actor(2, facilitateur=(1, 2))]
    assert kinds(gaps(actors)) == [("uncovered", FACIL, None), ("below_desired", FACIL, None)]


def test_overloaded_only_when_the_desired_levels_say_fewer_roles():
    three = actor(1, animateur=(3, 3), accelerateur=(2, 2), experimentateur=(2, 1),
                  eclaireur=(1, 1))
    four = actor(2, animateur=(2, 2), accelerateur=(2, 2), experimentateur=(3, 3),
                 eclaireur=(2, 2))
    wishes_four = actor(3, **{k: (0, 2) for k in ROLE_KEYS[4:]}, animateur=(1, 3))
    g = gaps([three, four, wishes_four])
    assert [(x.actor_id, x.reason) for x in g if x.kind == "overloaded"] == [
        (1, "desired_fewer")]


def test_gaps_are_roles_in_order_then_overloaded_actors_in_actor_order():
    a = actor(5, **{k: (2, 1) for k in ROLE_KEYS[:5]})
    b = Actor(id=3, name="B", roles={k: (3, 3) for k in ROLE_KEYS[1:6]}, overload_flag=True)
    assert kinds(gaps([a, b])) == [("uncovered", DEVEL, None), ("overloaded", None, 5),
                                   ("overloaded", None, 3)]


def test_levels_outside_0_to_3_are_refused():
    with pytest.raises(ValueError, match="0..3"):
        gaps([actor(1, animateur=(4, 0))])


# -- sentences (more in test_rolemap_sentences.py) ---------------------------------------------
def test_gap_text_names_the_role_and_its_size():
    actors = covered_except(ECLAI)
    assert gap_text(Gap("uncovered", role=ECLAI), actors, "fr") == \
        "Éclaireur : aucun acteur aujourd'hui ni souhaité ; aucun acteur ne vise encore ce rôle."
    assert gap_text(Gap("uncovered", role=ECLAI), actors, "en") == \
        "Scout: no actor today or desired; no actor aims for it yet."


def test_gap_text_names_the_overloaded_actor():
    a = Actor(id=4, name="Corporation de développement ᐃᓄᒃᑎᑐᑦ 🌲", overload_flag=True,
              roles={ANIM: (2, 2), ACCEL: (3, 3)})
    assert gap_text(Gap("overloaded", actor_id=4, reason="flagged"), [a], "fr") == (
        "Corporation de développement ᐃᓄᒃᑎᑐᑦ 🌲 tient 2 rôles de façon importante : "
        "risque de surcharge signalé par l'animation.")


# -- matrix ----------------------------------------------------------------------------------
def test_level_matrix_rows_are_actors_columns_roles():
    actors = [actor(1, animateur=(3, 1), developpeur=(1, 2)), actor(2)]
    assert level_matrix(actors) == [[3, 0, 0, 0, 0, 0, 1], [0] * 7]
    assert level_matrix(actors, "desired") == [[1, 0, 0, 0, 0, 0, 2], [0] * 7]
    assert level_matrix([]) == []
    with pytest.raises(ValueError):
        level_matrix(actors, "wished")
