"""The role wheel and the heat map, drawn offscreen: seven segments/columns, the labels, the
gaps highlighted, today and desired, light and dark, any size; PNG and SVG exports."""
from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor

from facilitator.model import Actor
from facilitator.roles import ROLE_KEYS, ROLES
from facilitator_ui.widgets.heat_map import DARK_LEVEL_COLOURS, LEVEL_COLOURS, HeatMap
from facilitator_ui.widgets.role_wheel import DARK, LIGHT, RoleWheel

ANIM, ACCEL, EXPER, ECLAI, ENTRE, FACIL, DEVEL = ROLE_KEYS
SIZE = QSize(1200, 800)


def actors() -> list[Actor]:
    return [
        Actor(1, "Ville de Lévis", "municipal",
              {ANIM: (3, 3), ACCEL: (2, 2), ENTRE: (2, 3), FACIL: (2, 2)}),
        Actor(2, "CISSS « Chaudière » ᐃᓄᒃ", "public institution",
              {ECLAI: (2, 2), DEVEL: (0, 3)}),
        Actor(3, "Table de quartier", "community", {EXPER: (1, 2), ANIM: (1, 1)}),
    ]


def colour(image, point: QPointF) -> QColor:
    return image.pixelColor(round(point.x()), round(point.y()))


def near(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


@pytest.fixture
def wheel(qapp):
    w = RoleWheel()
    yield w
    w.deleteLater()


@pytest.fixture
def heat(qapp):
    h = HeatMap()
    yield h
    h.deleteLater()


# -- the wheel --------------------------------------------------------------------------------
def test_wheel_draws_seven_segments_of_distinct_colours(wheel):
    wheel.set_actors([], "fr")
    image = wheel.render_image(SIZE)
    rect = QRectF(0, 0, SIZE.width(), SIZE.height())
    seen = []
    for i in range(7):
        c = colour(image, wheel.segment_point(rect, i, 0.9))
        assert not near(c, QColor(LIGHT.background), 3), f"segment {i} not drawn"
        seen.append(c.name())
    assert len(set(seen)) == 7
    # just beyond the rim, where two segments meet (away from the labels): background
    lay = wheel.layout_for(rect)
    a = math.radians(RoleWheel.SPAN / 2)
    r = lay.radius * 1.04
    outside = QPointF(lay.centre.x() + r * math.sin(a), lay.centre.y() - r * math.cos(a))
    assert near(colour(image, outside), QColor(LIGHT.background), 3)


def test_wheel_places_actors_and_highlights_uncovered_roles(wheel):
    wheel.set_actors(actors(), "fr")
    rect = QRectF(0, 0, SIZE.width(), SIZE.height())
    image = wheel.render_image(SIZE)
    lay = wheel.layout_for(rect)
    # Expérimentateur is held by nobody at 2+ today: its inner rings are tinted as a gap
    inner, outer = wheel.ring(lay, 3)
    fraction = (inner + outer) / 2 / lay.radius
    gap = colour(image, wheel.segment_point(rect, ROLE_KEYS.index(EXPER), fraction))
    assert near(gap, QColor(LIGHT.uncovered_fill))
    held = colour(image, wheel.segment_point(rect, ROLE_KEYS.index(ACCEL), fraction))
    assert not near(held, QColor(LIGHT.uncovered_fill))
    # one disc per actor and role at level 1 or more, numbered as the grid's rows, drawn in
    # that role's segment, in the ring of its level
    placed = wheel.placed(lay)
    assert [(n, a.name) for _p, _r, n, a in placed[ROLE_KEYS.index(ANIM)]] == [
        (3, "Table de quartier"), (1, "Ville de Lévis")]
    assert placed[ROLE_KEYS.index(DEVEL)] == []
    centre, radius, _n, _a = placed[ROLE_KEYS.index(ANIM)][1]
    inner, outer = wheel.ring(lay, 3)
    distance = ((centre.x() - lay.centre.x()) ** 2 + (centre.y() - lay.centre.y()) ** 2) ** 0.5
    assert inner <= distance <= outer
    below_number = QPointF(centre.x(), centre.y() + radius * 0.75)
    assert not near(colour(image, below_number), QColor(LIGHT.background), 3)


def test_desired_view_moves_actors_to_their_desired_level(wheel):
    wheel.set_actors(actors(), "fr")
    lay = wheel.layout_for(QRectF(0, 0, SIZE.width(), SIZE.height()))
    today = wheel.render_image(SIZE)
    assert wheel.placed(lay)[ROLE_KEYS.index(DEVEL)] == []
    wheel.set_layer("desired")
    desired = wheel.render_image(SIZE)
    assert [a.name for _p, _r, _n, a in wheel.placed(lay)[ROLE_KEYS.index(DEVEL)]] == [
        "CISSS « Chaudière » ᐃᓄᒃ"]
    assert today != desired


def test_wheel_svg_holds_the_seven_labels_in_french_or_english(wheel, tmp_path):
    wheel.set_actors(actors(), "fr")
    path = tmp_path / "roue.svg"
    assert wheel.save_svg(path, gap_text=True)
    svg = path.read_text(encoding="utf-8")
    for r in ROLES:
        assert r.label_fr in svg
    assert "Ville de Lévis" in svg and "ᐃᓄᒃ" in svg
    # the gaps: in the drawing (wrapped in lines) and whole in the description
    assert "<desc>Expérimentateur : aucun acteur aujourd'hui, 1 souhaité ; Table de quartier " \
        "vise un niveau important." in svg
    wheel.set_actors(actors(), "en")
    assert wheel.save_svg(path)
    svg = path.read_text(encoding="utf-8")
    for r in ROLES:
        assert r.label_en in svg
    assert "Expérimentateur" not in svg and "Éclaireur" not in svg


def test_wheel_scales_its_labels_inside_any_size(wheel):
    wheel.set_actors(actors(), "fr")
    for w, h in ((400, 300), (480, 720), (1920, 1080), (3840, 2160)):
        rect = QRectF(0, 0, w, h)
        lay = wheel.layout_for(rect)
        assert all(rect.contains(box) for box in lay.labels), (w, h)
        assert lay.radius > min(w, h) * 0.15
        image = wheel.render_image(QSize(w, h))
        assert not image.isNull()


def test_wheel_on_the_projector_is_dark(qapp):
    wheel = RoleWheel(dark=True)
    wheel.set_actors(actors(), "fr")
    image = wheel.render_image(QSize(800, 450))
    assert near(image.pixelColor(3, 3), QColor(DARK.background), 2)
    wheel.deleteLater()


def test_png_export_is_an_image_of_the_size_asked(wheel, tmp_path):
    from PySide6.QtGui import QImage

    wheel.set_actors(actors(), "fr")
    assert wheel.save_png(tmp_path / "roue.png", QSize(900, 600))
    image = QImage(str(tmp_path / "roue.png"))
    assert (image.width(), image.height()) == (900, 600)


# -- the heat map -----------------------------------------------------------------------------
def test_heat_map_colours_each_cell_by_level(heat):
    heat.set_actors(actors(), "fr")
    rect = QRectF(0, 0, SIZE.width(), SIZE.height())
    image = heat.render_image(SIZE)
    for row, actor in enumerate(actors()):
        for col, key in enumerate(ROLE_KEYS):
            cell = heat.cell_rect(rect, row, col)
            probe = QPointF(cell.left() + cell.width() * 0.2, cell.top() + cell.height() * 0.25)
            level = actor.roles.get(key, (0, 0))[0]
            assert near(colour(image, probe), QColor(LEVEL_COLOURS[level]), 6), (row, key)


def test_heat_map_desired_view_and_dark_theme(qapp):
    heat = HeatMap(dark=True)
    heat.set_actors(actors(), "fr")
    heat.set_layer("desired")
    rect = QRectF(0, 0, SIZE.width(), SIZE.height())
    image = heat.render_image(SIZE)
    cell = heat.cell_rect(rect, 1, ROLE_KEYS.index(DEVEL))
    probe = QPointF(cell.left() + cell.width() * 0.2, cell.bottom() - cell.height() * 0.25)
    assert near(colour(image, probe), QColor(DARK_LEVEL_COLOURS[3]), 6)
    heat.deleteLater()


def test_heat_map_svg_has_roles_actors_and_counts(heat, tmp_path):
    heat.set_actors(actors(), "en")
    path = tmp_path / "heat.svg"
    assert heat.save_svg(path, gap_text=True)
    svg = path.read_text(encoding="utf-8")
    for r in ROLES:
        assert r.label_en in svg
    assert "1. Ville de Lévis" in svg and "At level 2 or more" in svg
    assert "<desc>Experimenter: no actor today, 1 desired; Table de quartier aims for a " \
        "significant level." in svg
    assert ">Gaps</text>" in svg


def test_heat_map_with_many_actors_and_no_actor_draws(heat):
    many = [Actor(i, f"Organisme communautaire numéro {i}", None, {ANIM: (i % 4, 3)})
            for i in range(1, 61)]
    heat.set_actors(many, "fr")
    rect = QRectF(0, 0, 1280, 720)
    last = heat.cell_rect(rect, 59, 6)
    assert rect.contains(last)
    assert not heat.render_image(QSize(1280, 720)).isNull()
    heat.set_actors([], "fr")
    assert not heat.render_image(QSize(400, 300)).isNull()
