"""The heat map of the role map: actors in rows, the seven roles in columns, each cell coloured
by the level (today or desired); gap roles and overloaded actors flagged, a count of actors at
level 2 or more under each role. Drawn with QPainter (see ChartWidget), so it scales and exports
as PNG or SVG."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from facilitator import rolemap
from facilitator.roles import LEVELS, ROLES, level_label
from facilitator_ui.widgets.role_wheel import ChartWidget, pixel_font

#: Fill of a cell by level 0..3, light background (also used by the Rôles page's grid).
LEVEL_COLOURS = ("#f3f5f8", "#c6dbef", "#6baed6", "#08519c")
LEVEL_INK = ("#7b8794", "#1f2933", "#102a43", "#ffffff")
#: The same on the projector's dark background: stronger is brighter.
DARK_LEVEL_COLOURS = ("#1b3a5a", "#2f6596", "#6baed6", "#dbe9f6")
DARK_LEVEL_INK = ("#829ab1", "#ffffff", "#102a43", "#102a43")


@dataclass
class HeatLayout:
    grid: QRectF            # the cells (rows of actors × seven roles)
    name_width: float
    header: QRectF
    rotated: bool           # role labels written upwards (narrow columns)
    row_h: float
    col_w: float
    px: float               # font size of the cells
    header_px: float        # font size of the role labels
    name_px: float          # font size of the actors' names
    footer: QRectF          # the row "at level 2 or more"
    legend: QRectF


class HeatMap(ChartWidget):
    def __init__(self, parent: QWidget | None = None, **kw) -> None:
        super().__init__(parent, **kw)
        self.setAccessibleName(self.tr("Heat map of the roles"))

    def chart_title(self) -> str:
        return self.tr("Heat map of the roles")

    def colours(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return (DARK_LEVEL_COLOURS, DARK_LEVEL_INK) if self.dark else (LEVEL_COLOURS, LEVEL_INK)

    def cell_rect(self, rect: QRectF, row: int, col: int) -> QRectF:
        lay = self.layout_for(rect)
        return QRectF(lay.grid.left() + col * lay.col_w, lay.grid.top() + row * lay.row_h,
                      lay.col_w, lay.row_h)

    def _legend_lines(self) -> list[tuple[str, str, str]]:
        fills, _ink = self.colours()
        lang = self.language()
        lines = [(f"swatch:{fills[lv]}", f"{lv} {level_label(lv, lang)}", "") for lv in LEVELS]
        return lines + self.gap_legend_lines("t", self.tr(
            "⚠ next to a name: risk of overload (fewer roles desired, or flagged)"))

    def _header_labels(self) -> list[str]:
        gaps = self.role_gaps()
        lang = self.language()
        return [("⚠ " if "uncovered" in gaps[r.key] else "") + r.label(lang) for r in ROLES]

    def layout_for(self, rect: QRectF) -> HeatLayout:
        unit = min(rect.width(), rect.height())
        pad = max(4.0, unit * 0.025)
        inner = rect.adjusted(pad, pad, -pad, -pad)
        rows = max(1, len(self.actors))
        wide = inner.width() >= inner.height() * 1.3
        legend_lines = self._legend_lines()
        px = max(9.0, min(unit * 0.034, 34.0))
        # the legend: on the right when wide, below otherwise
        if wide:
            legend_w = inner.width() * 0.26
            legend = QRectF(inner.right() - legend_w, inner.top(), legend_w, inner.height())
            table = QRectF(inner.left(), inner.top(), inner.width() - legend_w - pad,
                           inner.height())
        else:
            want = self._legend_height(inner.width(), legend_lines, px * 0.8) + pad
            legend_h = min(max(want, inner.height() * 0.12), inner.height() * 0.4)
            legend = QRectF(inner.left(), inner.bottom() - legend_h + pad, inner.width(),
                            legend_h - pad)
            table = QRectF(inner.left(), inner.top(), inner.width(), inner.height() - legend_h)
        while True:
            font = pixel_font(self.font(), px)
            bold = QFontMetricsF(pixel_font(self.font(), px, True))
            fm = QFontMetricsF(font)
            longest = max([fm.horizontalAdvance(f"{len(self.actors)}. {a.name} ⚠")
                           for a in self.actors] or [0])
            name_w = min(max(longest + px, table.width() * 0.16), table.width() * 0.38)
            name_px = max(px * 0.72, min(px, px * (name_w - px * 0.4) / max(longest, 1)))
            col_w = (table.width() - name_w) / len(ROLES)
            widest = max(bold.horizontalAdvance(t) for t in self._header_labels())
            header_px = min(px, px * col_w * 0.94 / widest)
            rotated = header_px < max(10.0, px * 0.62)
            if rotated:
                header_px = px
            header_h = (widest * header_px / px + px * 0.6 if rotated
                        else bold.height() * header_px / px * 1.6)
            footer_h = fm.height() * 1.7
            row_h = (table.height() - header_h - footer_h) / rows
            if row_h >= fm.height() * 1.25 or px <= 8:
                break
            px *= 0.9
        row_h = min(row_h, fm.height() * 3.2)
        header = QRectF(table.left() + name_w, table.top(), col_w * len(ROLES), header_h)
        grid = QRectF(header.left(), header.bottom(), header.width(), row_h * len(self.actors))
        footer = QRectF(table.left(), grid.bottom() + px * 0.3, table.width(), footer_h)
        return HeatLayout(grid, name_w, header, rotated, row_h, col_w, px, header_px, name_px,
                          footer, legend)

    def paint_chart(self, p: QPainter, rect: QRectF) -> None:
        th = self.theme
        p.fillRect(rect, QColor(th.background))
        lay = self.layout_for(rect)
        fills, inks = self.colours()
        gaps = self.role_gaps()
        over = self.overloaded()
        font = pixel_font(self.font(), lay.px)
        bold = pixel_font(self.font(), lay.px, True)
        fm = QFontMetricsF(font)
        # role headers
        p.setFont(pixel_font(self.font(), lay.header_px, True))
        for c, text in enumerate(self._header_labels()):
            x = lay.header.left() + c * lay.col_w
            p.setPen(QColor(th.uncovered if "uncovered" in gaps[ROLES[c].key] else th.text))
            if lay.rotated:
                p.save()
                p.translate(QPointF(x + lay.col_w / 2, lay.header.bottom() - lay.px * 0.3))
                p.rotate(-90)
                p.drawText(QRectF(0, -lay.col_w / 2, lay.header.height(), lay.col_w),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
                p.restore()
            else:
                p.drawText(QRectF(x, lay.header.top(), lay.col_w, lay.header.height()),
                           Qt.AlignmentFlag.AlignCenter, text)
        if not self.actors:
            p.setFont(font)
            p.setPen(QColor(th.muted))
            p.drawText(QRectF(lay.header.left(), lay.header.bottom(), lay.header.width(),
                              fm.height() * 3),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.tr("No actor yet."))
        # rows
        lang = self.language()
        gap_px = max(1.0, lay.px * 0.12)
        # the level's word in every cell when the longest fits, otherwise its number everywhere
        words = max(fm.horizontalAdvance(level_label(lv, lang)) for lv in LEVELS) \
            < lay.col_w * 0.86
        for r, actor in enumerate(self.actors):
            y = lay.grid.top() + r * lay.row_h
            name = f"{r + 1}. {actor.name}" + (" ⚠" if actor.id in over else "")
            name_font = pixel_font(self.font(), lay.name_px)
            p.setFont(name_font)
            p.setPen(QColor(th.uncovered if actor.id in over else th.text))
            name_box = QRectF(lay.grid.left() - lay.name_width, y, lay.name_width - lay.px * 0.4,
                              lay.row_h)
            p.drawText(name_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       QFontMetricsF(name_font).elidedText(name, Qt.TextElideMode.ElideRight,
                                                           name_box.width()))
            p.setFont(font)
            for c, role in enumerate(ROLES):
                cell = QRectF(lay.grid.left() + c * lay.col_w, y, lay.col_w, lay.row_h)
                level = self.level(actor, role.key)
                p.fillRect(cell.adjusted(gap_px, gap_px, -gap_px, -gap_px), QColor(fills[level]))
                text = level_label(level, lang) if words else str(level)
                p.setPen(QColor(inks[level]))
                p.drawText(cell, Qt.AlignmentFlag.AlignCenter, text)
                current, desired = actor.roles.get(role.key, (0, 0))
                if self.layer == "desired" and desired > current:
                    p.setFont(pixel_font(self.font(), lay.px * 0.7, True))
                    p.drawText(cell.adjusted(0, gap_px, -gap_px * 3, 0),
                               Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, "▲")
                    p.setFont(font)
        # gap columns outlined
        for c, role in enumerate(ROLES):
            if not gaps[role.key] or not self.actors:
                continue
            col = QRectF(lay.grid.left() + c * lay.col_w, lay.grid.top(), lay.col_w,
                         lay.grid.height()).adjusted(gap_px, 0, -gap_px, 0)
            if "uncovered" in gaps[role.key]:
                p.setPen(QPen(QColor(th.uncovered), max(2.0, lay.px * 0.16)))
            else:
                pen = QPen(QColor(th.below), max(2.0, lay.px * 0.13))
                pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(col)
        # footer: how many hold each role at level 2 or more
        if self.actors:
            p.setFont(font)
            p.setPen(QColor(th.muted))
            label_box = QRectF(lay.footer.left(), lay.footer.top(),
                               lay.name_width - lay.px * 0.4, lay.footer.height())
            p.drawText(label_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(self.tr("At level 2 or more"), Qt.TextElideMode.ElideRight,
                                     label_box.width()))
            p.setFont(bold)
            for c, role in enumerate(ROLES):
                held = sum(self.level(a, role.key) >= rolemap.HELD for a in self.actors)
                p.setPen(QColor(th.uncovered if held == 0 else th.text))
                p.drawText(QRectF(lay.grid.left() + c * lay.col_w, lay.footer.top(), lay.col_w,
                                  lay.footer.height()), Qt.AlignmentFlag.AlignCenter, str(held))
        # layer title in the top-left corner, then the legend
        p.setFont(bold)
        p.setPen(QColor(th.text))
        p.drawText(QRectF(lay.header.left() - lay.name_width, lay.header.top(),
                          lay.name_width - lay.px * 0.4, lay.header.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                   self.layer_title())
        self.draw_legend_block(p, lay.legend, self._legend_lines(), max_px=lay.px * 0.85,
                               min_px=7)
