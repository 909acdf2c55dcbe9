"""Drawing one sticky note: a coloured card with the idea's text wrapped and elided to the lines
that fit, and an optional footer (author, agenda item) and corner mark. Used by the wall of the
Idées page and by the projector's wall, so both look alike. Nothing here keeps widgets: cards
are painted, so thousands of ideas cost nothing until they are on screen."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout

from facilitator.ideas import INK

ELLIPSIS = "…"
_SHADOW = QColor(0, 0, 0, 40)
_EDGE = QColor(0, 0, 0, 50)


_FONTS: dict[str, QFont] = {}


def _code_points(text: str):
    """Qt counts positions in UTF-16 units, Python in code points: an emoji or any character
    beyond U+FFFF counts two for Qt. Returns the function from Qt's position to Python's."""
    if all(ord(c) <= 0xFFFF for c in text):
        return lambda i: i
    table = []
    for n, c in enumerate(text):
        table.append(n)
        if ord(c) > 0xFFFF:
            table.append(n)
    table.append(len(text))
    return lambda i: table[min(i, len(table) - 1)]


@lru_cache(maxsize=8192)
def _lines(text: str, font_key: str, width: int, max_lines: int) -> tuple[tuple[str, ...], bool]:
    family_font = _FONTS[font_key]
    fm = QFontMetricsF(family_font)
    # Only the start of a very long idea can show: lay out just enough of it.
    budget = max_lines * max(20, int(width / max(1.0, fm.averageCharWidth()))) * 2 + 64
    snippet = text[:budget]
    cut = len(snippet) < len(text)
    spans: list[tuple[int, int]] = []   # (start, end) in snippet of each visible line
    more = False
    offset = 0
    for para in snippet.split("\n"):
        if len(spans) > max_lines:
            break
        if not para.strip():
            spans.append((offset, offset))
        else:
            at = _code_points(para)
            layout = QTextLayout(para, family_font)
            layout.beginLayout()
            while len(spans) <= max_lines:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                start = line.textStart()
                spans.append((offset + at(start), offset + at(start + line.textLength())))
            layout.endLayout()
        offset += len(para) + 1
    # Blank lines at the very end are not worth a line of the card.
    while spans and spans[-1][0] == spans[-1][1] and len(spans) > 1:
        spans.pop()
    if len(spans) > max_lines:
        spans = spans[:max_lines]
        more = True
    more = more or cut
    out = [snippet[s:e].rstrip("\n") for s, e in spans]
    if more and out:
        rest = snippet[spans[-1][0]:].replace("\n", " ")
        last = fm.elidedText(rest + ELLIPSIS, Qt.TextElideMode.ElideRight, width)
        if not last.endswith(ELLIPSIS):
            last = fm.elidedText(rest, Qt.TextElideMode.ElideRight,
                                 width - fm.horizontalAdvance(ELLIPSIS))
            last = last.rstrip(ELLIPSIS) + ELLIPSIS
        out[-1] = last
    return tuple(out), more


def note_lines(text: str, font: QFont, width: float, max_lines: int) -> tuple[list[str], bool]:
    """The lines of text shown in width with font, at most max_lines; the last one ends with
    « … » when the text does not fit (elided: the idea itself is kept whole). Returns (lines,
    elided)."""
    key = font.key()
    if key not in _FONTS:
        _FONTS[key] = QFont(font)
    lines, elided = _lines(text, key, max(8, int(width)), max(1, max_lines))
    return list(lines), elided


def note_height(text: str, font: QFont, width: float, max_lines: int, padding: float,
                footer_font: QFont | None = None) -> float:
    """Height a note needs for text in width (at most max_lines lines)."""
    lines, _ = note_lines(text, font, width - 2 * padding, max_lines)
    h = 2 * padding + max(1, len(lines)) * QFontMetricsF(font).lineSpacing()
    if footer_font is not None:
        h += QFontMetricsF(footer_font).lineSpacing() + padding / 2
    return h


def paint_note(p: QPainter, rect: QRectF, text: str, color: str, font: QFont, *,
               footer: str = "", footer_font: QFont | None = None, mark: str = "",
               selected: bool = False, current: bool = False, fresh: bool = False,
               selection_color: QColor | None = None, margin: float = 5, padding: float = 8,
               ink: str = INK) -> None:
    """Paint one card inside rect (margin included), with its state (selected, current,
    just captured) on top."""
    paint_card(p, rect, text, color, font, footer=footer, footer_font=footer_font, mark=mark,
               margin=margin, padding=padding, ink=ink)
    paint_state(p, rect, selected=selected, current=current, fresh=fresh,
                selection_color=selection_color, margin=margin, ink=ink)


def paint_state(p: QPainter, rect: QRectF, *, selected: bool = False, current: bool = False,
                fresh: bool = False, selection_color: QColor | None = None, margin: float = 5,
                ink: str = INK) -> None:
    """The rings that show a card selected (blue), just captured (orange) or current (dots)."""
    if not (selected or fresh or current):
        return
    p.save()
    card = QRectF(rect).adjusted(margin, margin, -margin, -margin).toRect()
    p.setBrush(Qt.BrushStyle.NoBrush)
    if selected or fresh:
        ring = QColor(selection_color or "#1c7ed6") if selected else QColor("#f08c00")
        p.setPen(QPen(ring, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap,
                      Qt.PenJoinStyle.MiterJoin))
        p.drawRect(card.adjusted(1, 1, -2, -2))
    if current:
        p.setPen(QPen(QColor(ink), 1, Qt.PenStyle.DotLine))
        p.drawRect(card.adjusted(4, 4, -5, -5))
    p.restore()


def paint_card(p: QPainter, rect: QRectF, text: str, color: str, font: QFont, *,
               footer: str = "", footer_font: QFont | None = None, mark: str = "",
               margin: float = 5, padding: float = 8, ink: str = INK) -> None:
    """The card itself: square, like a paper note, drawn with plain rectangles (nothing to
    antialias), its text wrapped and elided, the footer and the mark."""
    p.save()
    card = QRectF(rect).adjusted(margin, margin, -margin, -margin).toRect()
    p.fillRect(card.translated(2, 3), _SHADOW)
    p.fillRect(card, QColor(color))
    p.setPen(_EDGE)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(card.adjusted(0, 0, -1, -1))
    card = QRectF(card)

    fm = QFontMetricsF(font)
    footer_h = 0.0
    if footer and footer_font is not None:
        footer_h = QFontMetricsF(footer_font).lineSpacing() + padding / 3
    mark_w = fm.horizontalAdvance(mark) + 4 if mark else 0
    inner = card.adjusted(padding, padding * 0.8, -padding, -padding * 0.8 - footer_h)
    max_lines = max(1, int(inner.height() // fm.lineSpacing()))
    lines, _ = note_lines(text, font, inner.width() - mark_w, max_lines)
    p.setFont(font)
    p.setPen(QColor(ink))
    y = inner.top() + fm.ascent()
    for line in lines:
        p.drawText(QPointF(inner.left(), y), line)
        y += fm.lineSpacing()
    if mark:
        p.setPen(QColor("#c92a2a"))
        p.drawText(QPointF(inner.right() - mark_w + 4, inner.top() + fm.ascent()), mark)
    if footer_h:
        ffm = QFontMetricsF(footer_font)
        p.setFont(footer_font)
        c = QColor(ink)
        c.setAlpha(170)
        p.setPen(c)
        shown = ffm.elidedText(footer, Qt.TextElideMode.ElideRight, inner.width())
        p.drawText(QPointF(inner.left(), card.bottom() - padding * 0.6 - ffm.descent()), shown)
    p.restore()
