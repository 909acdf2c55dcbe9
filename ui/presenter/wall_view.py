"""The idea wall as the room sees it: one column per theme, large cards, updated live.

What it shows is only the ideas' text and the themes: never who proposed an idea (it never reads
authors, whatever `session.hide_authors` says). A column too long for the screen shows its most
recent cards and how many earlier ones are hidden; ideas captured a moment ago are outlined."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from facilitator.ideas import UNTHEMED_COLOR, group_by_theme, ink_on, note_color, theme_colors
from ui.context import SessionContext
from ui.models.ideas import count_text
from ui.presenter.window import register_view
from ui.widgets.sticky_note import note_height, note_lines, paint_note

BACKGROUND = "#102a43"
FRESH_SECONDS = 8
MAX_BANDS = 3
MAX_PER_BAND = 10
HEADER_LINES = 3


def choose_layout(n_columns: int, width: float, height: float, longest: int
                  ) -> tuple[int, int, int]:
    """(bands, columns per band, card font size in px) for n columns on a screen: the largest
    text that still shows three cards of the longest column (or all of them when fewer), with
    at most MAX_BANDS rows of columns."""
    want = max(1, min(3, longest))
    best: tuple[float, int, int, int] | None = None
    for bands in range(1, MAX_BANDS + 1):
        per_band = math.ceil(n_columns / bands)
        if per_band > MAX_PER_BAND:
            continue
        band_h, col_w = height / bands, width / per_band
        px = int(max(12, min(44, col_w / 11, band_h / 12)))
        line = px * 1.25
        card = 4 * line + px
        room = band_h - 2 * line * 1.15 - line        # a header of two lines, "+ n earlier"
        fits = room / card
        score = px * min(1.0, fits / want)
        if best is None or score > best[0] + 0.5:
            best = (score, bands, per_band, px)
    if best is None:
        per_band = math.ceil(n_columns / MAX_BANDS)
        return MAX_BANDS, per_band, 12
    return best[1], best[2], best[3]


@dataclass
class Column:
    theme_id: int | None
    title: str
    color: str                 # the theme's own colour (header); cards use note_color
    ideas: list[tuple[int, str]]   # (id, text), oldest first


@dataclass
class Shown:
    """What one paint put on screen: for tests and for accessibility."""
    headers: list[str] = field(default_factory=list)
    cards: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def texts(self) -> list[str]:
        return self.headers + self.cards + self.notes


class WallRoomView(QWidget):
    def __init__(self, ctx: SessionContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.columns: list[Column] = []
        self.total = 0
        self.fresh: set[int] = set()
        self._known: set[int] | None = None
        self.shown = Shown()
        self.setAutoFillBackground(False)
        self.setAccessibleName(QCoreApplication.translate("WallRoomView", "Idea wall"))
        self._fresh_timer = QTimer(self, singleShot=True, interval=FRESH_SECONDS * 1000)
        self._fresh_timer.timeout.connect(self._clear_fresh)
        ctx.changed.connect(self._changed)
        self.reload()

    def _changed(self, kinds: set) -> None:
        if kinds & {"ideas", "themes"}:
            self.reload()

    def reload(self) -> None:
        store = self.ctx.store
        ideas = store.ideas.list()
        themes = store.ideas.themes()
        ids = {i.id for i in ideas}
        if self._known is not None:
            new = ids - self._known
            if new:
                self.fresh = new
                self._fresh_timer.start()
        self._known = ids
        self.fresh &= ids
        groups = group_by_theme(ideas, themes)
        colors = theme_colors(themes)
        cols: list[Column] = []
        if groups[None]:
            cols.append(Column(None, QCoreApplication.translate("WallRoomView", "No theme"),
                               "#e4e7eb",
                               [(i.id, i.text) for i in groups[None]]))
        show_empty = len(themes) + (1 if groups[None] else 0) <= 6
        for t in themes:
            if groups[t.id] or show_empty:
                cols.append(Column(t.id, t.title, colors[t.id],
                                   [(i.id, i.text) for i in groups[t.id]]))
        self.columns = cols
        self.total = len(ideas)
        self.update()

    def _clear_fresh(self) -> None:
        self.fresh = set()
        self.update()

    # -- drawing ----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(BACKGROUND))
        self.shown = self.paint_wall(p, QRectF(self.rect()))
        p.end()

    def paint_wall(self, p: QPainter, area: QRectF) -> Shown:
        shown = Shown()
        w, h = area.width(), area.height()
        margin = max(8.0, w * 0.012)
        if not self.columns:
            font = QFont(self.font())
            font.setPixelSize(int(max(18, h / 16)))
            p.setFont(font)
            p.setPen(QColor("#d9e2ec"))
            text = QCoreApplication.translate("WallRoomView",
                                              "Ideas will appear here as they are captured")
            p.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
            shown.notes.append(text)
            return shown
        cols = self.columns[: MAX_BANDS * MAX_PER_BAND]
        left_out = len(self.columns) - len(cols)
        foot_h = 0.0
        small = QFont(self.font())
        small.setPixelSize(int(max(12, h / 60)))
        if left_out:
            foot_h = QFontMetricsF(small).lineSpacing() + margin / 2
        longest = max(len(c.ideas) for c in cols)
        bands, per_band, px = choose_layout(len(cols), w - margin, h - margin - foot_h, longest)
        band_h = (h - margin - foot_h) / bands
        col_w = (w - margin) / per_band
        font = QFont(self.font())
        font.setPixelSize(px)
        header_font = QFont(font)
        header_font.setBold(True)
        more_font = QFont(font)
        more_font.setPixelSize(max(11, int(font.pixelSize() * 0.7)))
        hfm = QFontMetricsF(header_font)
        title_lines = max(len(note_lines(c.title, header_font, col_w - margin - 16
                                         - hfm.horizontalAdvance(f"({len(c.ideas)})")
                                         - hfm.averageCharWidth(), HEADER_LINES)[0])
                          for c in cols)
        header_h = hfm.lineSpacing() * title_lines + hfm.height() * 0.6
        # cards show up to 4 lines, more when every column still fits on the screen
        pad = font.pixelSize() * 0.45
        room = band_h - margin * 1.5 - header_h
        max_lines = 4
        for lines_ in (8, 6):
            if all(sum(note_height(t, font, col_w - margin, lines_, pad) + 6 for _i, t in c.ideas)
                   <= room for c in cols):
                max_lines = lines_
                break
        for n, col in enumerate(cols):
            band, pos = divmod(n, per_band)
            x = area.left() + margin + pos * col_w
            y = area.top() + margin + band * band_h
            cw = col_w - margin
            count = f"({len(col.ideas)})"
            count_w = hfm.horizontalAdvance(count) + hfm.averageCharWidth()
            lines, _ = note_lines(col.title, header_font, cw - 16 - count_w, HEADER_LINES)
            header = QRectF(x, y, cw, header_h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(col.color))
            p.drawRect(header)
            p.setFont(header_font)
            p.setPen(QColor(ink_on(col.color)))
            text_top = header.top() + (header_h - len(lines) * hfm.lineSpacing()) / 2
            for k, line in enumerate(lines):
                p.drawText(QPointF(x + 8, text_top + hfm.ascent() + k * hfm.lineSpacing()), line)
            p.drawText(QPointF(header.right() - 8 - hfm.horizontalAdvance(count),
                               text_top + hfm.ascent()), count)
            shown.headers.append(" ".join(lines) + " " + count)
            top = header.bottom() + margin / 2
            bottom = y + band_h - margin / 2
            card_color = note_color(col.color) if col.theme_id is not None else UNTHEMED_COLOR
            heights = [note_height(text, font, cw, max_lines, pad) + 6 for _id, text in col.ideas]
            # the most recent cards that fit; the earlier ones are counted
            room = bottom - top
            used, first = 0.0, len(col.ideas)
            more_h = QFontMetricsF(more_font).lineSpacing() * 1.3
            while first > 0 and used + heights[first - 1] <= room - (more_h if first > 1 else 0):
                first -= 1
                used += heights[first]
            cy = top
            if first > 0:
                note = count_text(first, QCoreApplication.translate("WallRoomView",
                                                                    "+ %1 earlier idea"),
                                  QCoreApplication.translate("WallRoomView", "+ %1 earlier ideas"))
                p.setFont(more_font)
                p.setPen(QColor("#d9e2ec"))
                p.drawText(QRectF(x, cy, cw, more_h), Qt.AlignmentFlag.AlignVCenter, note)
                shown.notes.append(note)
                cy += more_h
            for k in range(first, len(col.ideas)):
                iid, text = col.ideas[k]
                rect = QRectF(x - 3, cy - 3, cw + 6, heights[k])
                paint_note(p, rect, text, card_color, font, margin=3, padding=pad,
                           fresh=iid in self.fresh)
                shown.cards.append(text)
                cy += heights[k]
        if left_out:
            note = count_text(
                left_out,
                QCoreApplication.translate("WallRoomView",
                                           "+ %1 more theme on the facilitator's screen"),
                QCoreApplication.translate("WallRoomView",
                                           "+ %1 more themes on the facilitator's screen"))
            p.setFont(small)
            p.setPen(QColor("#d9e2ec"))
            p.drawText(QPointF(area.left() + margin, area.bottom() - margin / 2), note)
            shown.notes.append(note)
        return shown


register_view("wall", lambda: QCoreApplication.translate("WallRoomView", "Idea wall"), WallRoomView)
