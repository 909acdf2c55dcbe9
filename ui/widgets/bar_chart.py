"""Horizontal bars for the results of a dot-voting round, painted with QPainter.

On the console the chart has a fixed row height and grows with the number of candidates (put it
in a scroll area); only the rows in view are painted, so 200 candidates redraw in a few
milliseconds. In the room (`room=True`) it fills its rectangle and is read from the back: every
label at least `ROOM_MIN_TEXT` of the screen's height (`screen_height`, set by the room view),
at most `ROOM_PAGE_ROWS` candidates at a time; more are shown in pages that the facilitator
steps through (`page`, `page_count`), never hidden. `paint(painter, rect)` draws anywhere
(the widget, a QImage for the benchmark or an export).
"""
from __future__ import annotations

import html
import math
from dataclasses import dataclass, replace

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from facilitator_ui import theme


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    rank: int
    note: str = ""          # after the bar, e.g. "12 · 24 %"


@dataclass(frozen=True)
class Palette:
    background: str
    text: str
    muted: str
    bar: str
    first: str              # bars ranked 1
    track: str              # the empty part of a row


#: In the room, the most of the width a candidate's label may take (the bars keep the rest).
ROOM_LABEL_SHARE = 0.6
#: In the room, the smallest label, as a share of the screen's height (read from the back).
ROOM_MIN_TEXT = 0.035
#: In the room, the most candidates on the screen at once; more go on further pages.
ROOM_PAGE_ROWS = 15

LIGHT = Palette("#ffffff", "#1f2933", "#52606d", "#4e79a7", "#2f6f3e", "#eef2f6")
DARK = Palette("#102a43", "#ffffff", "#bcccdc", "#9fb3c8", "#f0b429", "#1c3d5a")


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None, *, room: bool = False,
                 max_rows: int | None = None) -> None:
        super().__init__(parent)
        self.room = room
        scale = theme.room().scale if room else 1.0  # the room's text size (Préférences)
        self.min_text = ROOM_MIN_TEXT * scale
        self.max_rows = max_rows if max_rows is not None else (
            int(ROOM_PAGE_ROWS / scale) if room else None)
        self.page = 0
        self.screen_height: float | None = None   # the room view's height (None: the chart's)
        self.bars: list[Bar] = []
        self.palette_ = (replace(DARK, background=theme.room().background,
                                 first=theme.room().accent) if room else LIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding,
                           QSizePolicy.Policy.Expanding if room else QSizePolicy.Policy.Minimum)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Results chart"))
        self.setAccessibleDescription(self.tr("No results to show"))

    # -- data ----------------------------------------------------------------------------------
    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.page = min(self.page, self.page_count() - 1)
        top = "; ".join(self.tr("%1. %2: %3 dots").replace("%1", str(b.rank))
                        .replace("%2", b.label).replace("%3", str(b.value))
                        for b in self.bars[:5])
        self.setAccessibleDescription(top or self.tr("No results to show"))
        self.updateGeometry()
        self.update()

    def page_count(self) -> int:
        if self.max_rows is None or not self.bars:
            return 1
        return -(-len(self.bars) // self.max_rows)

    def page_range(self) -> tuple[int, int]:
        """The positions (from 1) of the first and last candidates on the current page."""
        bars, _more = self.shown()
        first = self.page * self.max_rows if self.max_rows else 0
        return first + 1, first + len(bars)

    def set_page(self, page: int) -> bool:
        """Show another page of candidates; False when there is no such page."""
        if not 0 <= page < self.page_count() or page == self.page:
            return False
        self.page = page
        self.update()
        return True

    def shown(self) -> tuple[list[Bar], int]:
        """The bars drawn (the current page's), and how many are left out (always 0: the
        others are on other pages)."""
        if self.max_rows is None or len(self.bars) <= self.max_rows:
            return self.bars, 0
        start = self.page * self.max_rows
        return self.bars[start:start + self.max_rows], 0

    # -- geometry ------------------------------------------------------------------------------
    def row_height(self) -> int:
        return max(22, QFontMetrics(self.font()).height() + 10)

    def sizeHint(self) -> QSize:  # noqa: N802
        if self.room:
            return QSize(800, 450)
        bars, more = self.shown()
        return QSize(420, 16 + self.row_height() * max(1, len(bars) + (1 if more else 0)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.sizeHint().height() if not self.room else 120)

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            self.paint(painter, QRectF(self.rect()), clip=QRectF(event.rect()))
        finally:
            painter.end()

    def _layout(self, rect: QRectF) -> tuple[float, QFont, bool]:
        """(row height, font, stacked). Stacked rows (room only) put the bar under the label,
        so that a long candidate has the whole width at a size the back of the room reads."""
        bars, more = self.shown()
        n = max(1, len(bars) + (1 if more else 0))
        if not self.room:
            return float(self.row_height()), QFont(self.font()), False
        # rows as tall as the page allows (a full page when there are pages, so that the type
        # does not jump from one page to the next)
        n = max(n, self.max_rows or n) if self.page_count() > 1 else n
        row = max(18.0, min(rect.height() / 8.5, (rect.height() - 16) / n))
        smallest = math.ceil(self.min_text * (self.screen_height or rect.height()))
        font = QFont(self.font())
        font.setPixelSize(max(12, round(max(row * 0.62, smallest))))
        labels = [b.label.replace("\n", " ") for b in bars]

        def longest(f: QFont) -> int:
            fm = QFontMetrics(f)
            return max((fm.horizontalAdvance(t) for t in labels), default=0)

        # side by side: a label takes up to ROOM_LABEL_SHARE of the width, then smaller type
        # (down to the smallest the back of the room reads)
        room_for_label = rect.width() * ROOM_LABEL_SHARE - 40
        wide = longest(font)
        if wide <= room_for_label:
            return row, font, False
        side = QFont(font)
        side.setPixelSize(max(12, int(max(smallest, font.pixelSize() * room_for_label / wide))))
        if longest(side) <= room_for_label or row < 1.45 * smallest:
            return row, side, False
        # stacked: the label over the whole width (less rank and note), the bar under it
        stacked = QFont(font)
        stacked.setPixelSize(max(smallest, min(font.pixelSize(), int(row / 1.45))))
        fm = QFontMetrics(stacked)
        free = rect.width() - 32 - fm.horizontalAdvance("000") - max(
            (fm.horizontalAdvance(b.note or str(b.value)) for b in bars), default=0)
        wide = longest(stacked)
        if wide > free > 0:
            stacked.setPixelSize(max(smallest, int(stacked.pixelSize() * free / wide)))
        return row, stacked, True

    def paint(self, painter: QPainter, rect: QRectF, clip: QRectF | None = None) -> None:
        pal = self.palette_
        painter.fillRect(clip or rect, QColor(pal.background))
        bars, more = self.shown()
        if not bars:
            painter.setPen(QColor(pal.muted))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("No dots yet"))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        row, font, stacked = self._layout(rect)
        painter.setFont(font)
        fm = QFontMetrics(font)
        pad = 8.0
        rank_w = fm.horizontalAdvance("000") + 2 * pad
        note_w = max(fm.horizontalAdvance(b.note or str(b.value)) for b in bars) + pad
        width = rect.width() - 2 * pad
        if stacked:
            label_w = rect.right() - 2 * pad - note_w - (rect.left() + pad + rank_w)
            bar_x = rect.left() + pad + rank_w
        else:
            label_w = min(max(fm.horizontalAdvance(b.label) for b in bars) + pad + 2,  # rounding
                          width * (ROOM_LABEL_SHARE if self.room else 0.45))
            bar_x = rect.left() + pad + rank_w + label_w
        bar_w = max(10.0, rect.right() - 2 * pad - note_w - bar_x)
        top_value = max(1, max(b.value for b in bars))
        y0 = rect.top() + pad
        first = 0
        last = len(bars)
        if clip is not None:  # only the rows in view
            first = max(0, int((clip.top() - y0) // row))
            last = min(len(bars), int((clip.bottom() - y0) // row) + 1)
        text, muted = QColor(pal.text), QColor(pal.muted)
        line_h = fm.height() if stacked else row
        bar_h = max(4.0, font.pixelSize() * 0.28) if stacked else row * 0.62
        for i in range(first, last):
            b = bars[i]
            y = y0 + i * row
            if stacked:  # the label and the bar as a block in the middle of the row
                y += max(0.0, (row - line_h - bar_h - 3) / 2)
            line = QRectF(rect.left() + pad, y, rank_w - pad, line_h)
            painter.setPen(muted)
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(b.rank))
            painter.setPen(text)
            label_rect = QRectF(rect.left() + pad + rank_w, y, label_w - pad, line_h)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(b.label.replace("\n", " "), Qt.TextElideMode.ElideRight,
                                           int(label_rect.width())))
            by = y + line_h + 3 if stacked else y + (row - bar_h) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(pal.track))
            painter.drawRoundedRect(QRectF(bar_x, by, bar_w, bar_h), 3, 3)
            length = bar_w * b.value / top_value
            if length > 0:
                painter.setBrush(QColor(pal.first if b.rank == 1 and b.value > 0 else pal.bar))
                painter.drawRoundedRect(QRectF(bar_x, by, max(length, 4.0), bar_h), 3, 3)
            painter.setPen(text)
            painter.drawText(QRectF(bar_x + bar_w + pad, y, note_w, line_h if stacked else row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             b.note or str(b.value))

    # -- tooltips: the whole label ------------------------------------------------------------
    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            row, _font, _stacked = self._layout(QRectF(self.rect()))
            i = int((event.pos().y() - 8) // row)
            bars, _more = self.shown()
            if 0 <= i < len(bars):
                b = bars[i]
                text = html.escape(f"{b.rank}. {b.label} — {b.note or b.value}")
                QToolTip.showText(event.globalPos(), f"<p>{text}</p>", self, QRect())
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
