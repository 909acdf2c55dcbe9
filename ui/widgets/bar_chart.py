"""Horizontal bars for the results of a dot-voting round, painted with QPainter.

On the console the chart has a fixed row height and grows with the number of candidates (put it
in a scroll area); only the rows in view are painted, so 200 candidates redraw in a few
milliseconds. In the room (`room=True`) it fills its rectangle: rows and type grow with the
screen, at most `max_rows` rows, then « … and N more ». `paint(painter, rect)` draws anywhere
(the widget, a QImage for the benchmark or an export).
"""
from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


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

LIGHT = Palette("#ffffff", "#1f2933", "#52606d", "#4e79a7", "#2f6f3e", "#eef2f6")
DARK = Palette("#102a43", "#ffffff", "#bcccdc", "#9fb3c8", "#f0b429", "#1c3d5a")


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None, *, room: bool = False,
                 max_rows: int | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.max_rows = max_rows if max_rows is not None else (12 if room else None)
        self.bars: list[Bar] = []
        self.palette_ = DARK if room else LIGHT
        self.setSizePolicy(QSizePolicy.Policy.Expanding,
                           QSizePolicy.Policy.Expanding if room else QSizePolicy.Policy.Minimum)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Results chart"))

    # -- data ----------------------------------------------------------------------------------
    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        top = ", ".join(f"{b.rank}. {b.label} ({b.value})" for b in self.bars[:3])
        self.setAccessibleDescription(top)
        self.updateGeometry()
        self.update()

    def shown(self) -> tuple[list[Bar], int]:
        """The bars drawn, and how many are left out."""
        if self.max_rows is None or len(self.bars) <= self.max_rows:
            return self.bars, 0
        return self.bars[:self.max_rows - 1], len(self.bars) - (self.max_rows - 1)

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

    def _layout(self, rect: QRectF) -> tuple[float, QFont]:
        bars, more = self.shown()
        n = max(1, len(bars) + (1 if more else 0))
        if self.room:
            row = max(18.0, min(rect.height() / 8.5, (rect.height() - 16) / n))
            font = QFont(self.font())
            font.setPixelSize(max(12, round(row * 0.42)))
            # a long label takes up to ROOM_LABEL_SHARE of the width, then smaller type (down
            # to 80 %) before it is cut: the room must read the whole candidate
            fm = QFontMetrics(font)
            longest = max((fm.horizontalAdvance(b.label.replace("\n", " ")) for b in bars),
                          default=0)
            room_for_label = rect.width() * ROOM_LABEL_SHARE - 40
            if longest > room_for_label > 0:
                font.setPixelSize(max(12, int(font.pixelSize()
                                              * max(0.8, room_for_label / longest))))
            return row, font
        return float(self.row_height()), QFont(self.font())

    def paint(self, painter: QPainter, rect: QRectF, clip: QRectF | None = None) -> None:
        pal = self.palette_
        painter.fillRect(clip or rect, QColor(pal.background))
        bars, more = self.shown()
        if not bars:
            painter.setPen(QColor(pal.muted))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("No dots yet"))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        row, font = self._layout(rect)
        painter.setFont(font)
        fm = QFontMetrics(font)
        pad = 8.0
        rank_w = fm.horizontalAdvance("000") + 2 * pad
        note_w = max(fm.horizontalAdvance(b.note or str(b.value)) for b in bars) + pad
        width = rect.width() - 2 * pad
        label_w = min(max(fm.horizontalAdvance(b.label) for b in bars) + pad + 2,  # +2: rounding
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
        bar_h = row * 0.62
        for i in range(first, last):
            b = bars[i]
            y = y0 + i * row
            line = QRectF(rect.left() + pad, y, rank_w - pad, row)
            painter.setPen(muted)
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(b.rank))
            painter.setPen(text)
            label_rect = QRectF(rect.left() + pad + rank_w, y, label_w - pad, row)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(b.label.replace("\n", " "), Qt.TextElideMode.ElideRight,
                                           int(label_rect.width())))
            by = y + (row - bar_h) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(pal.track))
            painter.drawRoundedRect(QRectF(bar_x, by, bar_w, bar_h), 3, 3)
            length = bar_w * b.value / top_value
            if length > 0:
                painter.setBrush(QColor(pal.first if b.rank == 1 and b.value > 0 else pal.bar))
                painter.drawRoundedRect(QRectF(bar_x, by, max(length, 4.0), bar_h), 3, 3)
            painter.setPen(text)
            painter.drawText(QRectF(bar_x + bar_w + pad, y, note_w, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             b.note or str(b.value))
        if more and last >= len(bars):
            painter.setPen(muted)
            painter.drawText(QRectF(rect.left() + pad + rank_w, y0 + len(bars) * row,
                                    width - rank_w, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QCoreApplication.translate("BarChart", "… and %1 more")
                             .replace("%1", str(more)))

    # -- tooltips: the whole label ------------------------------------------------------------
    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            row, _font = self._layout(QRectF(self.rect()))
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
