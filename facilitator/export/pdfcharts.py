"""Vector charts of the PDF report (reportlab.graphics): vote bars, the role wheel, and the
rotated role names heading the heat map."""
from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String, Wedge
from reportlab.lib import colors

from . import pdffonts as F
from .report import RoundSection, WheelSegment

INK = colors.HexColor("#22303a")
MUTED = colors.HexColor("#5b6770")
PRIMARY = colors.HexColor("#1d4e5f")
ACCENT = colors.HexColor("#d9731a")
GRID = colors.HexColor("#d5dde1")
#: One colour per role, in ROLES order (soft enough to read dark text on them).
ROLE_COLORS = [colors.HexColor(c) for c in
               ("#e07a5f", "#f2cc8f", "#81b29a", "#6fa8dc", "#b39ddb", "#f4a6c1", "#8ecae6")]
#: Background of a heat map cell for levels 0..3, and the text colour on it.
HEAT = [colors.HexColor(c) for c in ("#f3f5f6", "#cfe3e8", "#7fb3c2", "#2f6f83")]
HEAT_TEXT = [INK, INK, INK, colors.white]

BAR_ROWS = 10


def vote_bars(rnd: RoundSection, width: float, top_label: str) -> Drawing | None:
    """Horizontal bars for the first BAR_ROWS candidates of a round (None without dots)."""
    rows = [r for r in rnd.rows if r.dots > 0][:BAR_ROWS]
    if not rows:
        return None
    row_h, size = 15.0, 7.5
    height = row_h * len(rows) + 14
    d = Drawing(width, height)
    label_w = width * 0.42
    bar_x = label_w + 8
    bar_w = width - bar_x - 70
    best = max(r.dots for r in rows)
    d.add(String(0, height - 9, top_label, fontName=F.ITALIC, fontSize=7, fillColor=MUTED))
    for i, r in enumerate(rows):
        y = height - 14 - (i + 1) * row_h + 3
        label = F.fit(r.label, F.REGULAR, size, label_w - 18)
        d.add(String(0, y + 2, f"{r.rank}", fontName=F.BOLD, fontSize=size, fillColor=MUTED))
        for s in F.strings(label_w, y + 2, label, F.REGULAR, size, INK, anchor="end"):
            d.add(s)
        w = max(1.0, bar_w * r.dots / best)
        d.add(Rect(bar_x, y, w, row_h - 5, fillColor=ACCENT if r.rank == 1 else PRIMARY,
                   strokeColor=None))
        d.add(String(bar_x + w + 4, y + 2, f"{r.dots} · {r.share_text}", fontName=F.REGULAR,
                     fontSize=size, fillColor=INK))
    d.add(Line(bar_x, 2, bar_x, height - 14, strokeColor=GRID, strokeWidth=0.6))
    return d


def role_wheel(segments: list[WheelSegment], current_label: str, desired_label: str,
               width: float, size: float = 240) -> Drawing:
    """Seven segments, one per role: the filled length is the number of actors holding the role
    today, the dashed outline the number wished."""
    d = Drawing(width, size)
    cx, cy = width / 2, size / 2
    r_max, r_min = size / 2 - 30, 10.0
    scale = max([s.held_current for s in segments] + [s.held_desired for s in segments] + [1])
    step = 360 / len(segments)
    for k in range(1, scale + 1):  # a ring per actor (at most 6 rings drawn)
        if scale <= 6 or k % math.ceil(scale / 6) == 0 or k == scale:
            d.add(Circle(cx, cy, r_min + (r_max - r_min) * k / scale, fillColor=None,
                         strokeColor=GRID, strokeWidth=0.5))
    for i, s in enumerate(segments):
        # clockwise from the top; reportlab angles go counterclockwise from the east
        start = 90 - (i + 1) * step
        end = 90 - i * step
        r_cur = r_min + (r_max - r_min) * s.held_current / scale
        r_des = r_min + (r_max - r_min) * s.held_desired / scale
        d.add(Wedge(cx, cy, r_max, start, end, fillColor=None, strokeColor=GRID,
                    strokeWidth=0.5))
        if s.held_current:
            d.add(Wedge(cx, cy, r_cur, start, end, fillColor=ROLE_COLORS[i % 7],
                        strokeColor=colors.white, strokeWidth=1))
        if s.held_desired:
            d.add(Wedge(cx, cy, r_des, start, end, fillColor=None, strokeColor=INK,
                        strokeWidth=0.8, strokeDashArray=[2, 2]))
        mid = math.radians((start + end) / 2)
        lx, ly = cx + (r_max + 8) * math.cos(mid), cy + (r_max + 8) * math.sin(mid)
        anchor = "middle" if abs(math.cos(mid)) < 0.2 else ("start" if math.cos(mid) > 0
                                                            else "end")
        ly -= 3 if math.sin(mid) < -0.2 else 0
        d.add(String(lx, ly + 1, s.label, fontName=F.BOLD, fontSize=7.5, fillColor=INK,
                     textAnchor=anchor))
        d.add(String(lx, ly - 8, f"{s.held_current} → {s.held_desired}", fontName=F.REGULAR,
                      fontSize=7, fillColor=MUTED, textAnchor=anchor))
    d.add(Circle(cx, cy, r_min, fillColor=colors.white, strokeColor=GRID, strokeWidth=0.5))
    # legend
    d.add(Rect(0, 12, 10, 7, fillColor=ROLE_COLORS[2], strokeColor=None))
    d.add(String(14, 13, current_label, fontName=F.REGULAR, fontSize=7, fillColor=INK))
    d.add(Rect(0, 0, 10, 7, fillColor=None, strokeColor=INK, strokeWidth=0.8,
               strokeDashArray=[2, 2]))
    d.add(String(14, 1, desired_label, fontName=F.REGULAR, fontSize=7, fillColor=INK))
    return d


def rotated_label(text: str, width: float, height: float, size: float = 7.5) -> Drawing:
    """A column heading written bottom to top (role names over narrow heat-map columns)."""
    d = Drawing(width, height)
    g = Group(String(0, 0, text, fontName=F.BOLD, fontSize=size, fillColor=INK))
    g.transform = (0, 1, -1, 0, width / 2 + size / 3, 2)
    d.add(g)
    return d
