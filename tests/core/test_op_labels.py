"""Undo labels that an operation says itself, from what it read (issue 14): a keypress on the
role grid, or approving ideas held from the room, reads the rows once — not once for the label
and again for the change. Reads are counted on the store's connection (sqlite3's trace)."""
from __future__ import annotations

import re

from facilitator import ops
from facilitator.i18n import set_language
from facilitator.ops import Label, Said
from facilitator.room import approval

ACTORS = re.compile(r"^SELECT .* FROM (actor|actor_role|priority_role)\b")
HELD = re.compile(r"^SELECT .* FROM room_pending_idea\b")


def reads(store, pattern, fn):
    """fn's result and how many statements matching pattern it ran on the store's connection."""
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        result = fn()
    finally:
        store.conn.set_trace_callback(None)
    return result, sum(1 for s in seen if pattern.match(" ".join(s.split())))


def label_first(store, op, *args):
    """The gesture as pages made it before: the label computed apart, then the operation."""
    label = op.label(store, *args)
    store.recorded(lambda: op(store, *args))
    return label


def said_by_op(store, op, *args):
    """The gesture now: the operation says its label from what it read."""
    said = Said()
    store.recorded(lambda: op(store, *args, said=said))
    return said


def _actors(store):
    with store.transaction():
        a = store.actors.add("Ville de Lévis")
        b = store.actors.add("CISSS")
    return a, b


def test_one_level_read_once_and_named_as_before(store):
    a, _b = _actors(store)
    set_language("fr")
    before, n_before = reads(store, ACTORS, lambda: label_first(
        store, ops.roles.set_levels, [(a, "animateur", 2, 0)]))
    said, n_after = reads(store, ACTORS, lambda: said_by_op(
        store, ops.roles.set_levels, [(a, "animateur", 3, 0)]))
    # the actors (and their levels) are read once by the gesture: two statements, one list()
    assert n_after == 2 and n_after < n_before, (n_before, n_after)
    assert str(before) == "Niveau de Ville de Lévis comme Animateur"
    assert str(said) == "Niveau de Ville de Lévis comme Animateur"
    assert isinstance(said.label, Label) and said.label.text("en").startswith(
        "Level of Ville de Lévis as ")
    assert store.actors.get(a).roles["animateur"] == (3, 0)


def test_several_levels_and_a_priority_map_read_once(store):
    a, b = _actors(store)
    with store.transaction():
        theme = store.ideas.add_theme("Logement")
    priority = ("themes", theme)
    cells = [(a, "animateur", 2, 3), (b, "eclaireur", 1, 2)]
    _, n_before = reads(store, ACTORS, lambda: label_first(store, ops.roles.set_levels,
                                                           cells, priority))
    cells = [(a, "animateur", 3, 3), (b, "eclaireur", 2, 2)]
    said, n_after = reads(store, ACTORS, lambda: said_by_op(store, ops.roles.set_levels,
                                                            cells, priority))
    assert n_after == 3 and n_after < n_before, (n_before, n_after)   # actor, actor_role, priority
    assert said.label.text("en") == "Levels of 2 cells"
    assert store.priority_roles.levels(*priority)[b]["eclaireur"] == (2, 2)


def test_nothing_to_change_says_the_same_label_as_the_labeller(store):
    a, _b = _actors(store)
    said = said_by_op(store, ops.roles.set_levels, [(a, "animateur", 0, 0)])
    assert said.label == ops.roles.set_levels.label(store, [(a, "animateur", 0, 0)])


def test_approving_and_rejecting_held_ideas_read_the_queue_once(store):
    with store.transaction():
        ids = [approval.hold(store, f"Idée {i}", None) for i in range(4)]
    set_language("en")
    _, n_before = reads(store, HELD, lambda: label_first(store, ops.ideas.approve_held, ids[:1]))
    said, n_after = reads(store, HELD, lambda: said_by_op(store, ops.ideas.approve_held,
                                                          ids[1:3] + [ids[0]]))
    assert n_after == 1 and n_before == 2
    assert str(said) == "Approve 2 ideas received from the room"
    said, n = reads(store, HELD, lambda: said_by_op(store, ops.ideas.reject_held, ids))
    assert n == 0 and str(said) == "Reject 1 idea received from the room"
    assert approval.count(store) == 0
