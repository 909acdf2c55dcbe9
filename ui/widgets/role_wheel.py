"""The role wheel: the seven roles in support of systems change as segments around a circle,
each actor placed in a segment by the level at which it plays the role (leading near the centre,
occasional at the rim), today's map or the desired one, the gaps highlighted.

`ChartWidget` is what the wheel and the heat map share: they draw with QPainter into any
rectangle, so the same drawing fills the widget, the projector, a PNG (QImage) or an SVG file
(QSvgGenerator), and scales with it. They are given actors (facilitator.model.Actor) and read
the roles, levels and gaps from the core (facilitator.roles, facilitator.rolemap)."""
from __future__ import annotations

import math
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen)
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator import rolemap
from facilitator.i18n import current_language
from facilitator.ideas import contrast
from facilitator.model import Actor
from facilitator.roles import ROLES, source
from facilitator_ui.theme import room

#: One colour per role, in ROLES order (no red: red marks the gaps): the Okabe–Ito colours
#: (made for colour-vision deficiency) with grey for the seventh; any two stay at least 10
#: CIEDE2000 apart under protanopia, deuteranopia and tritanopia (tests/ui/test_colours.py).
#: The roles are also named around the wheel, and actors numbered: colour never says it alone.
ROLE_COLOURS = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#f0e442", "#56b4e9", "#666666")
LAYERS = ("current", "desired")
EXPORT_SIZE = QSize(1600, 1000)


@dataclass(frozen=True)
class Theme:
    background: str
    text: str
    muted: str
    uncovered: str        # outline and label of a role nobody holds at level 2+ today
    uncovered_fill: str   # the empty "held" rings of that role
    below: str            # outline of a role whose desired presence exceeds today's


LIGHT = Theme("#ffffff", "#1f2933", "#52606d", "#c62828", "#fbe3e3", "#e65100")
#: the projector's gap red is #ff4d4d: #ff6b6b passed for the green role under protanopia
DARK = Theme("#102a43", "#ffffff", "#bcccdc", "#ff4d4d", "#5a2a3a", "#ffb74d")


def disc_ink(fill: QColor) -> QColor:
    """Black or white, whichever reads better on an actor's disc (5:1 or more on every role
    colour): the number, not the colour, says who it is."""
    black = contrast(fill.name(), "#000000") >= contrast(fill.name(), "#ffffff")
    return QColor("#000000" if black else "#ffffff")


def keep_together(text: str) -> str:
    """No line break inside « … » nor before a French colon (non-breaking spaces)."""
    return text.replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace(" :", "\u00a0:")


def blend(colour: str, background: str, alpha: float) -> QColor:
    """colour laid over background at alpha, as an opaque colour (same in PNG and SVG)."""
    a, b = QColor(colour), QColor(background)
    return QColor(round(a.red() * alpha + b.red() * (1 - alpha)),
                  round(a.green() * alpha + b.green() * (1 - alpha)),
                  round(a.blue() * alpha + b.blue() * (1 - alpha)))


def pixel_font(base: QFont, px: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


class ChartWidget(QWidget):
    """A chart of the role map drawn by `paint_chart(painter, rect)`; exportable as PNG/SVG."""

    def __init__(self, parent: QWidget | None = None, *, dark: bool = False,
                 show_gap_text: bool = False) -> None:
        super().__init__(parent)
        self.dark = dark
        self.show_gap_text = show_gap_text
        self.show_source = False   # the roles' source in the legend (exports)
        self.actors: list[Actor] = []
        self.lang: str | None = None
        self.layer = "current"
        self.gaps: list[rolemap.Gap] = []
        self.priority: str | None = None   # the title of the priority whose map this is
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleDescription(self.spoken())

    @property
    def theme(self) -> Theme:
        return replace(DARK, background=room().background) if self.dark else LIGHT

    def language(self) -> str:
        return self.lang or current_language()

    def set_actors(self, actors: list[Actor], lang: str | None = None, *,
                   priority: str | None = None) -> None:
        """Show these actors; lang ('fr'/'en') for the role labels, default the app's;
        priority: the title of the priority whose map this is (its gaps are said for it)."""
        from facilitator import rolemap_priorities

        self.actors = list(actors)
        self.lang = lang
        self.priority = priority
        if priority is not None:
            self.gaps = rolemap_priorities.gaps(self.actors)
        else:
            self.gaps = rolemap.gaps(self.actors) if self.actors else []
        self.setAccessibleDescription(self.spoken())
        self.update()

    def set_layer(self, layer: str) -> None:
        if layer not in LAYERS:
            raise ValueError(f"layer must be one of {LAYERS}, not {layer!r}")
        self.layer = layer
        self.setAccessibleDescription(self.spoken())
        self.update()

    def spoken(self) -> str:
        """What the chart shows, in words, for a screen reader: the layer, then each role with
        the actors who play it (number in the grid, level 0–3), then the gaps."""
        if not self.actors:
            return self.tr("No actor yet")
        lang = self.language()
        parts = []
        for role in ROLES:
            held = [f"{n}. {a.name} ({self.level(a, role.key)})"
                    for n, a in enumerate(self.actors, 1) if self.level(a, role.key) > 0]
            parts.append(f"{role.label(lang)}: " + (", ".join(held) or self.tr("nobody")))
        return " ".join([self.layer_title() + " —", "; ".join(parts) + ".",
                         *self.gap_sentences()])

    # -- what the charts share ----------------------------------------------------------------
    def gap_sentences(self) -> list[str]:
        """The gaps in sentences (each role's gap with its size and who could close it, then the
        overloaded actors), for the room and exports; a priority's, said for it."""
        if self.priority is not None:
            from facilitator import rolemap_priorities

            return rolemap_priorities.sentences(self.priority, self.actors, self.language())
        return rolemap.gap_sentences(self.actors, self.language())

    def role_gaps(self) -> dict[str, set[str]]:
        """role key -> the kinds of gap flagged on it ("uncovered", "below_desired")."""
        out: dict[str, set[str]] = {r.key: set() for r in ROLES}
        for g in self.gaps:
            if g.role:
                out[g.role].add(g.kind)
        return out

    def overloaded(self) -> set[int]:
        return {g.actor_id for g in self.gaps if g.kind == "overloaded"}

    def level(self, actor: Actor, role_key: str) -> int:
        return actor.roles.get(role_key, (0, 0))[0 if self.layer == "current" else 1]

    def layer_title(self) -> str:
        return self.tr("Today") if self.layer == "current" else self.tr("Desired")

    def chart_title(self) -> str:
        return self.tr("Role map")

    # -- drawing and export -------------------------------------------------------------------
    def paint_chart(self, p: QPainter, rect: QRectF) -> None:
        raise NotImplementedError

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint_chart(p, QRectF(self.rect()))
        p.end()

    def render_image(self, size: QSize = EXPORT_SIZE) -> QImage:
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor(self.theme.background))
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint_chart(p, QRectF(0, 0, size.width(), size.height()))
        p.end()
        return image

    def save_png(self, path: str | Path, size: QSize = EXPORT_SIZE,
                 gap_text: bool | None = None) -> bool:
        """Write the chart as a PNG of size; gap_text: write the gap sentences (default: as
        the widget shows them)."""
        with self._gap_text(gap_text):
            return self.render_image(size).save(str(path), "PNG")

    def save_svg(self, path: str | Path, size: QSize = EXPORT_SIZE,
                 gap_text: bool | None = None) -> bool:
        from PySide6.QtSvg import QSvgGenerator

        path = Path(path)
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRect(QPoint(0, 0), size))
        generator.setTitle(f"{self.chart_title()} — {self.layer_title()}")
        generator.setDescription(" ".join(self.gap_sentences()))
        p = QPainter()
        if not p.begin(generator):
            return False
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        with self._gap_text(gap_text):
            self.paint_chart(p, QRectF(0, 0, size.width(), size.height()))
        ok = p.end()
        return ok and path.is_file() and path.stat().st_size > 0

    @contextmanager
    def _gap_text(self, show: bool | None):
        """While exporting: the gap sentences as asked, and the source of the roles credited
        (an exported chart travels without the window or the room view that say it)."""
        before = self.show_gap_text, self.show_source
        if show is not None:
            self.show_gap_text = show
        self.show_source = True
        try:
            yield
        finally:
            self.show_gap_text, self.show_source = before

    def draw_legend_block(self, p: QPainter, rect: QRectF, lines: list[tuple[str, str, str]],
                          max_px: float, min_px: float = 8) -> None:
        """Draw (style, text, colour) lines top-down in rect, word-wrapped, at the largest font
        that fits; style: 'h' heading, 't' text, 'actor:N' a numbered disc then text ('ring:N'
        with the red ring of overload), 'swatch:#rrggbb', 'outline:#rrggbb' or 'dash:#rrggbb'
        a small sign then text."""
        lines = [(style, keep_together(text), colour) for style, text, colour in lines]
        px = max_px
        while self._legend_height(rect.width(), lines, px) > rect.height() and px > min_px:
            px = max(min_px, px * 0.9)
        p.save()
        p.setClipRect(rect)
        y = rect.top()
        for i, (style, text, colour) in enumerate(lines):
            font, fm, indent, line_h, before = self._legend_line(style, text, px, rect.width(), i)
            y += before
            sign = QRectF(rect.left(), y + fm.height() * 0.1, fm.height() * 0.8,
                          fm.height() * 0.8)
            if style.startswith(("actor:", "ring:")):
                ring = QColor(self.theme.uncovered) if style.startswith("ring:") else None
                number = style.split(":", 1)[1]  # drawn as large as the disc holds it
                self._disc(p, QPointF(rect.left() + fm.height() * 0.5, y + fm.height() * 0.5),
                           fm.height() * 0.48, number, QColor(self.theme.text),
                           QColor(self.theme.background), ring,
                           number_px=fm.height() * (0.62 if len(number) < 2 else 0.5))
            elif style.startswith("swatch:"):
                p.fillRect(sign, QColor(style.split(":", 1)[1]))
            elif style.startswith(("outline:", "dash:")):
                pen = QPen(QColor(style.split(":", 1)[1]), max(1.5, fm.height() * 0.14))
                if style.startswith("dash:"):
                    pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(sign.adjusted(1, 1, -1, -1))
            p.setFont(font)
            p.setPen(QColor(colour or self.theme.muted) if style == "t"
                     else QColor(self.theme.text))
            p.drawText(QRectF(rect.left() + indent, y, rect.width() - indent, line_h),
                       Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft, text)
            y += line_h + fm.height() * 0.2
        p.restore()

    def _legend_line(self, style: str, text: str, px: float, width: float, index: int):
        """Font, metrics, indent, height and space before one legend line."""
        font = pixel_font(self.font(), px * (1.1 if style == "h" else 1), style == "h")
        fm = QFontMetricsF(font)
        indent = fm.height() * 1.25 if style not in ("h", "t") else 0
        box = fm.boundingRect(QRectF(0, 0, max(1.0, width - indent), 10_000),
                              Qt.TextFlag.TextWordWrap, text)
        before = fm.height() * 0.45 if style == "h" and index else 0.0
        return font, fm, indent, max(box.height(), fm.height()), before

    def _legend_height(self, width: float, lines, px: float) -> float:
        total = 0.0
        for i, (style, text, _colour) in enumerate(lines):
            _f, fm, _indent, line_h, before = self._legend_line(style, text, px, width, i)
            total += before + line_h + fm.height() * 0.2
        return total

    def _disc(self, p: QPainter, centre: QPointF, radius: float, text: str, fill: QColor,
              ink: QColor, ring: QColor | None, number_px: float | None = None) -> None:
        p.setPen(QPen(ring, max(1.5, radius * 0.28)) if ring is not None
                 else QPen(QColor(self.theme.background), max(0.8, radius * 0.08)))
        p.setBrush(fill)
        p.drawEllipse(centre, radius, radius)
        p.setPen(ink)
        p.setFont(pixel_font(self.font(), number_px or radius * (1.0 if len(text) < 3 else 0.75),
                             True))
        p.drawText(QRectF(centre.x() - radius * 1.5, centre.y() - radius, radius * 3, radius * 2),
                   Qt.AlignmentFlag.AlignCenter, text)

    def gap_legend_lines(self, overload_sign: str, overload: str) -> list[tuple[str, str, str]]:
        """The legend of the gap signs present (overload_sign: how this chart marks an
        overloaded actor, a legend style), then the gap sentences when shown."""
        th = self.theme
        kinds = {g.kind for g in self.gaps}
        lines = []
        if "uncovered" in kinds:
            lines.append((f"outline:{th.uncovered}",
                          self.tr("Nobody holds the role at a significant level today"), ""))
        if "below_desired" in kinds:
            lines.append((f"dash:{th.below}",
                          self.tr("Desired presence exceeds today's"), ""))
        if "overloaded" in kinds:
            lines.append((overload_sign, overload, th.text))
        if self.show_gap_text and self.gaps:
            lines.append(("h", self.tr("Gaps"), ""))
            lines += [("t", s, th.text) for s in self.gap_sentences()]
        if self.show_source:
            lines.append(("t", source(self.language()), th.muted))
        return lines


@dataclass
class WheelLayout:
    centre: QPointF
    radius: float           # outer radius of the wheel
    hub: float              # radius of the centre disc
    label_px: float
    labels: list[QRectF]    # one box per role, in ROLES order
    legend: QRectF
    legend_px: float


class RoleWheel(ChartWidget):
    """The seven roles around a circle; actors as numbered discs (their row in the grid)."""

    SPAN = 360 / len(ROLES)

    def __init__(self, parent: QWidget | None = None, **kw) -> None:
        super().__init__(parent, **kw)
        self.setAccessibleName(self.tr("Role wheel"))

    def chart_title(self) -> str:
        return self.tr("Role wheel")

    @classmethod
    def mid_angle(cls, index: int) -> float:
        """Angle of role index's middle, in degrees clockwise from 12 o'clock."""
        return index * cls.SPAN

    def segment_point(self, rect: QRectF, index: int, fraction: float) -> QPointF:
        """The point at fraction of the radius on the middle line of segment index."""
        lay = self.layout_for(rect)
        a = math.radians(self.mid_angle(index))
        r = lay.radius * fraction
        return QPointF(lay.centre.x() + r * math.sin(a), lay.centre.y() - r * math.cos(a))

    def ring(self, lay: WheelLayout, level: int) -> tuple[float, float]:
        """Inner and outer radius of the ring of a level: leading (3) around the centre,
        occasional (1) at the rim, where there is most room (most actors are occasional)."""
        depth = (lay.radius - lay.hub) / 3
        return lay.hub + (3 - level) * depth, lay.hub + (4 - level) * depth

    def _labels(self) -> list[str]:
        lang = self.language()
        gaps = self.role_gaps()
        return [("⚠ " if "uncovered" in gaps[r.key] else "") + r.label(lang) for r in ROLES]

    def layout_for(self, rect: QRectF) -> WheelLayout:
        legend_lines = self._legend_lines()
        wide = rect.width() >= rect.height() * 1.15
        unit = min(rect.width(), rect.height())
        pad = unit * 0.03
        if wide:
            legend_w = min(max(rect.width() - rect.height() * 1.3, rect.width() * 0.25),
                           rect.width() * 0.34)
            area = QRectF(rect.left() + pad, rect.top() + pad,
                          rect.width() - legend_w - 2 * pad, rect.height() - 2 * pad)
            legend = QRectF(area.right() + pad, rect.top() + pad * 2, legend_w - pad,
                            rect.height() - pad * 4)
        else:
            want = self._legend_height(rect.width() - pad * 4, legend_lines,
                                       max(9.0, unit * 0.028)) + pad * 2
            legend_h = min(max(want, rect.height() * 0.15), rect.height() * 0.45)
            area = QRectF(rect.left() + pad, rect.top() + pad, rect.width() - 2 * pad,
                          rect.height() - legend_h - 2 * pad)
            legend = QRectF(rect.left() + pad * 2, area.bottom() + pad, rect.width() - pad * 4,
                            legend_h - pad)
        side = min(area.width(), area.height())
        centre = area.center()
        texts = self._labels()
        label_px = max(9.0, min(side * 0.034, 40.0))
        while True:
            fm = QFontMetricsF(pixel_font(self.font(), label_px, True))
            sizes = [(fm.horizontalAdvance(t) + 2, fm.height()) for t in texts]
            radius = side / 2 * 0.9
            while True:
                labels = self._label_boxes(centre, radius, label_px * 0.45, sizes)
                fits = all(area.contains(b) for b in labels)
                if fits or radius < side * 0.36:
                    break
                radius *= 0.97
            if fits or label_px <= 7:
                break
            label_px = max(7.0, label_px * 0.92)
        legend_px = max(9.0, label_px * 0.8) if wide else max(9.0, unit * 0.028)
        return WheelLayout(centre, radius, radius * 0.24, label_px, labels, legend, legend_px)

    def placed(self, lay: WheelLayout) -> list[list[tuple[QPointF, float, int, Actor]]]:
        """Per role (ROLES order), the discs drawn: (centre, radius, number, actor), the
        number being the actor's row in the grid (1-based), for the layer shown."""
        out = []
        for i, r in enumerate(ROLES):
            discs = []
            t0, t1 = self.mid_angle(i) - self.SPAN / 2, self.mid_angle(i) + self.SPAN / 2
            for level in (1, 2, 3):
                numbered = [(n, a) for n, a in enumerate(self.actors, 1)
                            if self.level(a, r.key) == level]
                if not numbered:
                    continue
                r0, r1 = self.ring(lay, level)
                spots = place_in_ring(len(numbered), r0, r1, t0, t1,
                                      min(lay.radius * 0.1, (r1 - r0) * 0.4))
                discs += [(point, radius, n, a)
                          for (n, a), (point, radius) in zip(numbered, spots(lay.centre))]
            out.append(discs)
        return out

    def _label_boxes(self, centre: QPointF, radius: float, gap: float,
                     sizes: list[tuple[float, float]]) -> list[QRectF]:
        boxes = []
        for i, (w, h) in enumerate(sizes):
            a = math.radians(self.mid_angle(i))
            s, c = math.sin(a), math.cos(a)
            x, y = centre.x() + (radius + gap) * s, centre.y() - (radius + gap) * c
            left = x if s > 0.2 else (x - w if s < -0.2 else x - w / 2)
            top = y - h if c > 0.2 else (y if c < -0.2 else y - h / 2)
            boxes.append(QRectF(left, top, w, h))
        return boxes

    def _legend_lines(self) -> list[tuple[str, str, str]]:
        lines: list[tuple[str, str, str]] = []
        over = self.overloaded()
        if self.actors:
            lines.append(("h", self.tr("Actors"), ""))
            for n, a in enumerate(self.actors, 1):
                lines.append((f"actor:{n}", a.name + (" ⚠" if a.id in over else ""), ""))
        else:
            lines.append(("t", self.tr("No actor yet: add the actors of the territory, then "
                                       "their level in each role."), ""))
        lines.append(("t", self.tr("From the centre to the rim: leading, significant, "
                                   "occasional."), ""))
        return lines + self.gap_legend_lines("ring:!", self.tr(
            "Red ring, ⚠ next to a name: risk of overload (fewer roles desired, or flagged)"))

    def paint_chart(self, p: QPainter, rect: QRectF) -> None:
        th = self.theme
        p.fillRect(rect, QColor(th.background))
        lay = self.layout_for(rect)
        gaps = self.role_gaps()
        c = lay.centre
        sep = QPen(QColor(th.background), max(1.0, lay.radius * 0.012))
        # rings of each segment: tinted with the role's colour, stronger towards the rim
        for i, r in enumerate(ROLES):
            t0, t1 = self.mid_angle(i) - self.SPAN / 2, self.mid_angle(i) + self.SPAN / 2
            for level in (1, 2, 3):
                r0, r1 = self.ring(lay, level)
                if "uncovered" in gaps[r.key] and level >= rolemap.HELD:
                    fill = QColor(th.uncovered_fill)
                else:
                    fill = blend(ROLE_COLOURS[i], th.background, 0.16 + 0.14 * level)
                p.setPen(sep)
                p.setBrush(fill)
                p.drawPath(sector(c, r0, r1, t0, t1))
        # gap outlines
        for i, r in enumerate(ROLES):
            t0, t1 = self.mid_angle(i) - self.SPAN / 2, self.mid_angle(i) + self.SPAN / 2
            inset = lay.radius * 0.012
            p.setBrush(Qt.BrushStyle.NoBrush)
            if "uncovered" in gaps[r.key]:
                p.setPen(QPen(QColor(th.uncovered), max(2.0, lay.radius * 0.022)))
                p.drawPath(sector(c, lay.hub + inset, lay.radius - inset, t0 + 0.8, t1 - 0.8))
            if "below_desired" in gaps[r.key]:
                pen = QPen(QColor(th.below), max(2.0, lay.radius * 0.016))
                pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(pen)
                inset *= 3.2
                p.drawPath(sector(c, lay.hub + inset, lay.radius - inset, t0 + 2.2, t1 - 2.2))
        # hub
        p.setPen(QPen(QColor(th.muted), max(1.0, lay.radius * 0.008)))
        p.setBrush(QColor(th.background))
        p.drawEllipse(c, lay.hub, lay.hub)
        p.setPen(QColor(th.text))
        hub_font = pixel_font(self.font(), lay.hub * 0.32, True)
        wide_text = QFontMetricsF(hub_font).horizontalAdvance(self.layer_title())
        if wide_text > lay.hub * 1.7:
            hub_font = pixel_font(self.font(), lay.hub * 0.32 * lay.hub * 1.7 / wide_text, True)
        p.setFont(hub_font)
        p.drawText(QRectF(c.x() - lay.hub, c.y() - lay.hub, lay.hub * 2, lay.hub * 2),
                   Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.layer_title())
        # actors
        over = self.overloaded()
        for i, discs in enumerate(self.placed(lay)):
            fill = QColor(ROLE_COLOURS[i]).darker(100 if self.dark else 135)
            for point, radius, n, actor in discs:
                ring = QColor(th.uncovered) if actor.id in over else None
                self._disc(p, point, radius, str(n), fill, disc_ink(fill), ring)
        # role labels
        p.setFont(pixel_font(self.font(), lay.label_px, True))
        for i, (box, text) in enumerate(zip(lay.labels, self._labels())):
            p.setPen(QColor(th.uncovered if "uncovered" in gaps[ROLES[i].key] else th.text))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        # legend
        if lay.legend.height() > 4:
            self.draw_legend_block(p, lay.legend, self._legend_lines(),
                                   max_px=lay.legend_px, min_px=7)


def sector(centre: QPointF, r0: float, r1: float, t0: float, t1: float) -> QPainterPath:
    """An annular sector between radii r0 < r1 and angles t0 < t1 (degrees clockwise from
    12 o'clock)."""
    outer = QRectF(centre.x() - r1, centre.y() - r1, 2 * r1, 2 * r1)
    inner = QRectF(centre.x() - r0, centre.y() - r0, 2 * r0, 2 * r0)
    start, sweep = 90 - t1, t1 - t0   # Qt: counter-clockwise from 3 o'clock
    path = QPainterPath()
    path.arcMoveTo(outer, start)
    path.arcTo(outer, start, sweep)
    path.arcTo(inner, start + sweep, -sweep)
    path.closeSubpath()
    return path


def place_in_ring(n: int, r0: float, r1: float, t0: float, t1: float, max_radius: float):
    """Where n discs go in the ring r0..r1 between angles t0..t1: the largest discs (up to
    max_radius) that fit, in rows along arcs, spread evenly. Returns a function of the centre
    giving [(point, radius)] (fewer than n when even small discs cannot fit)."""
    radius = max_radius
    rows: list[tuple[float, int]] = []
    while radius > 2.5:
        d = radius * 2.2
        count = max(1, int((r1 - r0) // d))
        rows = []
        for j in range(count):
            r = r0 + (j + 0.5) * (r1 - r0) / count
            arc = math.radians(t1 - t0) * r - radius
            rows.append((r, max(0, int(arc // d))))
        if sum(cap for _r, cap in rows) >= n:
            break
        radius *= 0.88
    # fill the rows from the rim inwards, then even the counts out
    counts = [0] * len(rows)
    left = n
    for j in reversed(range(len(rows))):
        take = min(rows[j][1], left)
        counts[j] = take
        left -= take
    if len(rows) > 1:
        total = sum(counts)
        share = [min(cap, -(-total // len(rows))) for _r, cap in rows]
        if sum(share) >= total:
            counts, left = [0] * len(rows), total
            for j in reversed(range(len(rows))):
                counts[j] = min(share[j], left)
                left -= counts[j]

    def at(centre: QPointF) -> list[tuple[QPointF, float]]:
        out = []
        for (r, _cap), k in zip(rows, counts):
            for m in range(k):
                a = math.radians(t0 + (t1 - t0) * (m + 0.5) / k)
                out.append((QPointF(centre.x() + r * math.sin(a), centre.y() - r * math.cos(a)),
                            radius))
        return out

    return at
