"""Colours that people with colour-vision deficiency can tell apart, and colour that never says
anything alone.

The palettes are seen through a protanopia and a deuteranopia simulation (Machado et al. 2009,
facilitator.colour_check) and every pair compared with CIEDE2000 (ΔE00). Thresholds:
- ΔE00 ≈ 2.3 is a just-noticeable difference between two patches side by side: below 3, two
  sticky notes could pass for the same colour;
- ΔE00 ≥ 9–10 is about where categories are told apart at a glance, on a projector that washes
  colours out, without comparing side by side (the role wheel's seven colours, and the first
  six theme colours, which a session's first themes get).
"""
from __future__ import annotations

import pytest

from facilitator.colour_check import KINDS, closest_pair, delta_e, delta_e_lab, simulate
from facilitator.ideas import INK, PALETTE, UNTHEMED_COLOR, contrast, note_color

VISIONS = ("normal", "protanopia", "deuteranopia")


def test_ciede2000_matches_sharma_test_data():
    """Pairs from Sharma, Wu and Dalal (2005), table 1."""
    for lab1, lab2, expected in (
            ((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
            ((50, -1.3802, -84.2814), (50, 0, -82.7485), 1.0000),
            ((50, 2.5, 0), (73, 25, -18), 27.1492),
            ((50, 2.5, 0), (50, 3.2592, 0.3350), 1.0000),
            ((63.0109, -31.0961, -5.8663), (62.8187, -29.7946, -4.0864), 1.2630),
            ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082)):
        assert delta_e_lab(lab1, lab2) == pytest.approx(expected, abs=1e-4)


def test_the_simulation_confuses_what_dichromats_confuse():
    # red and green: far apart for most people, close for protanopes and deuteranopes
    red, green = "#d62728", "#2ca02c"
    assert delta_e(red, green) > 60
    for kind in ("protanopia", "deuteranopia"):
        assert delta_e(simulate(red, kind), simulate(green, kind)) < delta_e(red, green) * 0.4
    # blue and yellow stay apart; greys are left as they are
    for kind in KINDS:
        assert delta_e(simulate("#1f4e9c", kind), simulate("#f0e442", kind)) > 40
        assert delta_e(simulate("#777777", kind), "#777777") < 1


@pytest.mark.parametrize("kind", VISIONS + ("tritanopia",))
def test_role_colours_stay_apart(kind):
    from facilitator_ui.widgets.role_wheel import DARK, LIGHT, ROLE_COLOURS

    gap, *pair = closest_pair(list(ROLE_COLOURS), kind)
    assert gap >= 10, f"{pair} only {gap:.1f} apart under {kind}"
    # and none looks like the red that marks a gap, or vanishes into the background
    for colour in ROLE_COLOURS:
        for other in (LIGHT.uncovered, DARK.uncovered, LIGHT.background, DARK.background):
            assert delta_e(simulate(colour, kind), simulate(other, kind)) >= 10, (colour, other)


@pytest.mark.parametrize("kind", VISIONS)
def test_theme_colours_stay_apart(kind):
    from facilitator_ui.widgets.wall import WALL_BACKGROUND

    colours = [h for h, _fr, _en in PALETTE]
    first = closest_pair(colours[:6], kind)
    assert first[0] >= 9, f"{first[1:]} only {first[0]:.1f} apart under {kind}"
    every = closest_pair(colours, kind)
    assert every[0] >= 3, f"{every[1:]} only {every[0]:.1f} apart under {kind}"
    for colour in colours:   # a themed card never passes for an unthemed one or the wall
        for other in (UNTHEMED_COLOR, WALL_BACKGROUND):
            assert delta_e(simulate(colour, kind), simulate(other, kind)) >= 5, (colour, other)
        assert contrast(note_color(colour), INK) >= 9   # the card: dark text reads on it


def test_colour_never_says_it_alone(qtbot, store):
    """The wheel names every role and numbers every actor (numbers readable on each colour);
    the heat map writes each level; the wall's columns give each theme's number and name."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor

    from facilitator.model import Actor
    from facilitator.roles import ROLES
    from facilitator_ui.context import SessionContext
    from facilitator_ui.models.ideas import WallModel
    from facilitator_ui.widgets.role_wheel import ROLE_COLOURS, RoleWheel, disc_ink

    wheel = RoleWheel()
    qtbot.addWidget(wheel)
    wheel.set_actors([Actor(1, "Ville", None, {r.key: (2, 2) for r in ROLES})], "fr")
    assert [t.replace("⚠ ", "") for t in wheel._labels()] == [r.label("fr") for r in ROLES]
    for colour in ROLE_COLOURS:
        for dark in (False, True):
            fill = QColor(colour).darker(100 if dark else 135)
            assert contrast(fill.name(), disc_ink(fill).name()) >= 4.5, fill.name()  # a number
    # the wall: every theme column is headed by its number (the key that sorts into it) and name
    ctx = SessionContext(store)
    t1 = store.ideas.add_theme("Mobilité")
    t2 = store.ideas.add_theme("Logement")
    store.ideas.add("Navette", theme_id=t1)
    store.ideas.add("Coop", theme_id=t2)
    model = WallModel(ctx)
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert any(h.startswith("1 · Mobilité") for h in heads), heads
    assert any(h.startswith("2 · Logement") for h in heads), heads
