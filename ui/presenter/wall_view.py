"""The idea wall as the room sees it: one column per theme, large cards, updated live.

What it shows is only the ideas' text and the themes: never who proposed an idea (it never reads
authors, whatever `session.hide_authors` says). Ideas captured a moment ago are outlined.

It takes the largest type at which every idea fits whole, theme titles wrapped whole; only
when nothing fits even at the smallest type read from the back of the room (`WALL_MIN_TEXT` of
the height) does a column show its most recent cards, with how many others there are; the
facilitator then steps through them with Page Down / Page Up from the console (`step`)."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from facilitator.ideas import UNTHEMED_COLOR, group_by_theme, ink_on, note_color, theme_colors
from facilitator_ui.context import SessionContext
from facilitator_ui.models.ideas import count_text
from facilitator_ui.presenter.window import register_view
from facilitator_ui import theme
from facilitator_ui.widgets.sticky_note import note_height, note_lines, paint_note

BACKGROUND = "#102a43"
FRESH_SECONDS = 8
MAX_BANDS = 3
MAX_PER_BAND = 10
#: A theme's title wraps on up to this many lines (a longer one is cut, with « … »).
HEADER_LINES = 6
#: An idea's card shows up to this many lines.
CARD_LINES = 8
#: The smallest card text, as a share of the screen's height (read from the back).
WALL_MIN_TEXT = 0.02
#: The largest card text, in pixels.
WALL_MAX_PX = 44


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
    cut: list[str] = field(default_factory=list)     # ideas whose card ends with « … »

    def texts(self) -> list[str]:
        return self.headers + self.cards + self.notes


@dataclass
class Fit:
    """How the wall is laid out on a screen: bands of columns, the type, and for each column
    the pages of its ideas (first, end) — one page each when everything fits."""
    bands: int
    per_band: int
    px: int
    header_lines: int
    pages: list[list[tuple[int, int]]]


def wall_summary(columns: list[tuple[str, int]], total: int) -> str:
    """The wall in words (screen readers): how many ideas, then each column and its count."""
    tr = lambda text: QCoreApplication.translate("WallRoomView", text)  # noqa: E731
    head = tr("%1 ideas").replace("%1", str(total))
    return head + (": " + "; ".join(f"{title} ({n})" for title, n in columns) if columns else "")


class WallRoomView(QWidget):
    pagesChanged = Signal()

    def __init__(self, ctx: SessionContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page = 0
        self.card_px = 0
        self._fit: tuple[tuple, Fit] | None = None
        self._card_heights: dict[tuple[str, int, int], float] = {}
        self._pages_told = 1
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
        self.setAccessibleDescription(wall_summary([(c.title, len(c.ideas)) for c in cols],
                                                   self.total))
        self._fit = None
        self.update()   # laid out when painted: nothing is measured while the wall is hidden

    def _clear_fresh(self) -> None:
        self.fresh = set()
        self.update()

    # -- pages ------------------------------------------------------------------------------
    def page_count(self) -> int:
        fit = self._layout()
        return max((len(p) for p in fit.pages), default=1) if fit else 1

    def page_text(self) -> str:
        n = self.page_count()
        if n < 2:
            return ""
        return QCoreApplication.translate("WallRoomView", "the idea wall, page %1 of %2").replace(
            "%1", str(self.page + 1)).replace("%2", str(n))

    def step(self, delta: int) -> bool:
        """The next (1) or previous (-1) page of ideas; False when there is none."""
        page = max(0, min(self.page + delta, self.page_count() - 1))
        if page == self.page:
            return False
        self.page = page
        self.update()
        self.pagesChanged.emit()
        return True

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit = None

    # -- layout -----------------------------------------------------------------------------
    def _fonts(self, px: int) -> tuple[QFont, QFont, QFont]:
        font = QFont(self.font())
        font.setPixelSize(px)
        header = QFont(font)
        header.setBold(True)
        more = QFont(font)
        more.setPixelSize(max(11, int(px * 0.7)))
        return font, header, more

    def _layout(self, area: QRectF | None = None) -> Fit | None:
        """The wall's layout on `area` (the widget), computed once per size and content."""
        area = area or QRectF(self.rect())
        cols = self.columns[: MAX_BANDS * MAX_PER_BAND]
        if not cols:
            return None
        key = (id(self.columns), round(area.width()), round(area.height()))
        if self._fit is not None and self._fit[0] == key:
            return self._fit[1]
        fit = self._again(cols, area) or self._compute(cols, area)
        self._fit = (key, fit)
        self._last = (key[1:], len(cols), fit)
        return fit

    def _again(self, cols, area: QRectF) -> Fit | None:
        """After an idea is captured or moved, on the same screen: the last layout when the
        wall still fits whole at its size and not one pixel larger (two quick checks of
        layouts already measured), else None (computed afresh)."""
        last = getattr(self, "_last", None)
        if last is None or last[0] != (round(area.width()), round(area.height())) \
                or last[1] != len(cols) or len(self.columns) > len(cols):
            return None
        fit = last[2]
        if any(len(p) > 1 for p in fit.pages):
            # in pages: the same bands and type, the pages counted again (a wall this full
            # stays so when one more idea comes)
            margin, _per_band, band_h, col_w = self._geometry(cols, area, fit.bands, True)
            lines = self._header_lines(cols, fit.px, margin, col_w)
            room = self._room(cols, fit.px, margin, band_h, col_w, lines)
            font, _header, more_font = self._fonts(fit.px)
            more_h = QFontMetricsF(more_font).lineSpacing() * 1.3
            return Fit(fit.bands, fit.per_band, fit.px, lines,
                       [_pages(self._heights(c, font, col_w - margin), room, more_h)
                        for c in cols])
        need, lines = self._need(cols, area, fit.bands, False, fit.px, True)
        if need > 1:
            return None
        margin, _per_band, band_h, col_w = self._geometry(cols, area, fit.bands, False)
        if fit.px < int(min(WALL_MAX_PX, col_w / 7, band_h / 6)) and \
                self._need(cols, area, fit.bands, False, fit.px + 1, True)[0] <= 1:
            return None
        return Fit(fit.bands, fit.per_band, fit.px, lines, [[(0, len(c.ideas))] for c in cols])

    def _geometry(self, cols, area: QRectF, bands: int, footer: bool = True):
        """(margin, columns per band, band height, column width); `footer` keeps a line at the
        bottom (themes left out, the page)."""
        w, h = area.width(), area.height()
        margin = max(8.0, w * 0.009)
        foot_h = 0.0
        if footer:
            small = QFont(self.font())
            small.setPixelSize(int(max(12, h / 60)))
            foot_h = QFontMetricsF(small).lineSpacing() + margin / 2
        per_band = math.ceil(len(cols) / bands)
        band_h = (h - margin - foot_h) / bands
        col_w = (w - margin) / per_band
        return margin, per_band, band_h, col_w

    def _header_font(self, cols, px: int, margin: float, col_w: float) -> QFont:
        """Bold, the cards' size, smaller when a title has a word longer than the header is
        wide (« environnement » in a narrow column): a title wraps, it is never cut."""
        font = self._fonts(px)[1]
        size = px
        while size > 11:
            font.setPixelSize(size)
            hfm = QFontMetricsF(font)
            if all(hfm.horizontalAdvance(word) <= col_w - margin - 16
                   - hfm.horizontalAdvance(f"({len(c.ideas)})") - hfm.averageCharWidth()
                   for c in cols for word in c.title.split()):
                break
            size -= 1
        return font

    def _room(self, cols, px: int, margin: float, band_h: float, col_w: float,
              header_lines: int) -> float:
        """The height left for the cards of a column under its header."""
        hfm = QFontMetricsF(self._header_font(cols, px, margin, col_w))
        return band_h - margin - hfm.lineSpacing() * header_lines - hfm.height() * 0.6

    def _header_lines(self, cols, px, margin, col_w) -> int:
        header_font = self._header_font(cols, px, margin, col_w)
        hfm = QFontMetricsF(header_font)
        return max(len(note_lines(c.title, header_font, col_w - margin - 16
                                  - hfm.horizontalAdvance(f"({len(c.ideas)})")
                                  - hfm.averageCharWidth(), HEADER_LINES)[0]) for c in cols)

    def _card_h(self, text: str, font: QFont, width: float) -> float:
        """A card's height (kept: a capture lays out only the new card)."""
        key = (text, font.pixelSize(), round(width))
        h = self._card_heights.get(key)
        if h is None:
            if len(self._card_heights) > 50_000:
                self._card_heights.clear()
            h = note_height(text, font, width, CARD_LINES, font.pixelSize() * 0.45) + 6
            self._card_heights[key] = h
        return h

    def _heights(self, col, font, cw) -> list[float]:
        return [self._card_h(t, font, cw) for _i, t in col.ideas]

    def _need(self, cols, area, bands, footer, px, stop: bool) -> tuple[float, int]:
        """(the most any column needs / the room it has, header lines) at px; with stop, gives
        up (returns inf) at the first column that does not fit."""
        margin, _per_band, band_h, col_w = self._geometry(cols, area, bands, footer)
        lines = self._header_lines(cols, px, margin, col_w)
        room = self._room(cols, px, margin, band_h, col_w, lines)
        if room <= 0:
            return math.inf, lines
        font = self._fonts(px)[0]
        worst = 0.0
        for col in cols:
            used = 0.0
            for _i, text in col.ideas:
                used += self._card_h(text, font, col_w - margin)
                if stop and used > room:
                    return math.inf, lines
            worst = max(worst, used / room)
        return worst, lines

    def _compute(self, cols, area: QRectF) -> Fit:
        h = area.height()
        smallest = max(12, math.ceil(WALL_MIN_TEXT * h * theme.room().scale))
        footer = len(self.columns) > len(cols)
        # the columns with the most text decide; they are measured first
        cols_by_text = sorted(cols, key=lambda c: -sum(len(t) + 40 for _i, t in c.ideas))
        best: Fit | None = None
        for bands in range(1, MAX_BANDS + 1):
            per_band = math.ceil(len(cols) / bands)
            if per_band > MAX_PER_BAND:
                continue
            margin, per_band, band_h, col_w = self._geometry(cols, area, bands, footer)
            top = int(min(WALL_MAX_PX, col_w / 7, band_h / 6))
            if top < smallest or (best is not None and top <= best.px):
                continue
            if self._need(cols_by_text, area, bands, footer, smallest, True)[0] > 1:
                continue  # not even at the smallest type (a quick, early answer)
            # the text's height grows about as the square of its size: estimate from the three
            # fullest columns, then check the whole wall, one pixel down at a time
            px = top
            for _ in range(4):
                need, _lines = self._need(cols_by_text[:3], area, bands, footer, px, False)
                if need <= 1 or px == smallest:
                    break
                px = max(smallest, min(px - 1, int(px / math.sqrt(need))))
            while px >= smallest:
                need, lines = self._need(cols_by_text, area, bands, footer, px, True)
                if need <= 1:
                    break
                px -= 1
            if px >= smallest and (best is None or px > best.px):
                best = Fit(bands, per_band, px, lines, [[(0, len(c.ideas))] for c in cols])
        if best is not None:
            return best
        # nothing fits whole: the smallest readable type, the bands that show the most ideas,
        # each column in pages of the cards that fit (the most recent first)
        best_shown, chosen = -1, None
        for bands in range(1, MAX_BANDS + 1):
            if math.ceil(len(cols) / bands) > MAX_PER_BAND:
                continue
            margin, per_band, band_h, col_w = self._geometry(cols, area, bands, True)
            px = max(12, min(smallest, int(col_w / 7)))
            lines = self._header_lines(cols, px, margin, col_w)
            room = self._room(cols, px, margin, band_h, col_w, lines)
            font, _header, more_font = self._fonts(px)
            more_h = QFontMetricsF(more_font).lineSpacing() * 1.3
            # how many cards the first page shows (measuring only the cards that fit)
            shown = 0
            for c in cols:
                used = more_h
                for _i, text in reversed(c.ideas):
                    used += self._card_h(text, font, col_w - margin)
                    if used > room:
                        break
                    shown += 1
            if shown > best_shown:
                best_shown, chosen = shown, (bands, per_band, px, lines, room, font, more_h,
                                             col_w - margin)
        if chosen is not None:
            bands, per_band, px, lines, room, font, more_h, cw = chosen
            best = Fit(bands, per_band, px, lines,
                       [_pages(self._heights(c, font, cw), room, more_h) for c in cols])
        if best is None:
            per_band = math.ceil(len(cols) / MAX_BANDS)
            best = Fit(MAX_BANDS, per_band, 12, 1, [[(0, len(c.ideas))] for c in cols])
        return best

    # -- drawing ----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        pages = self.page_count()
        self.page = min(self.page, pages - 1)
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(theme.room().background))
        self.shown = self.paint_wall(p, QRectF(self.rect()))
        p.end()
        if pages != self._pages_told:  # the console says how many pages there are
            self._pages_told = pages
            QTimer.singleShot(0, self, self.pagesChanged.emit)

    def paint_wall(self, p: QPainter, area: QRectF) -> Shown:
        shown = Shown()
        w, h = area.width(), area.height()
        margin = max(8.0, w * 0.009)
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
        fit = self._layout(area)
        small = QFont(self.font())
        small.setPixelSize(int(max(12, h / 60)))
        paged = max((len(pg) for pg in fit.pages), default=1) > 1
        margin, per_band, band_h, col_w = self._geometry(cols, area, fit.bands,
                                                         bool(left_out) or paged)
        px = fit.px
        self.card_px = px
        font, _bold, more_font = self._fonts(px)
        header_font = self._header_font(cols, px, margin, col_w)
        hfm = QFontMetricsF(header_font)
        mfm = QFontMetricsF(more_font)
        header_h = hfm.lineSpacing() * fit.header_lines + hfm.height() * 0.6
        pad = font.pixelSize() * 0.45
        more_h = QFontMetricsF(more_font).lineSpacing() * 1.3
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
            shown.headers.append(" ".join(line.strip() for line in lines) + " " + count)
            cy = header.bottom() + margin / 2
            card_color = note_color(col.color) if col.theme_id is not None else UNTHEMED_COLOR
            pages = fit.pages[n] if n < len(fit.pages) else [(0, len(col.ideas))]
            first, end = pages[min(self.page, len(pages) - 1)]
            p.setFont(more_font)
            p.setPen(QColor("#d9e2ec"))
            if first > 0:
                note = count_text(first, QCoreApplication.translate("WallRoomView",
                                                                    "+ %1 earlier idea"),
                                  QCoreApplication.translate("WallRoomView", "+ %1 earlier ideas"))
                p.drawText(QRectF(x, cy, cw, more_h), Qt.AlignmentFlag.AlignVCenter,
                           mfm.elidedText(note, Qt.TextElideMode.ElideRight, cw))
                shown.notes.append(note)
                cy += more_h
            for k in range(first, end):
                iid, text = col.ideas[k]
                height = self._card_h(text, font, cw)
                rect = QRectF(x - 3, cy - 3, cw + 6, height)
                paint_note(p, rect, text, card_color, font, margin=3, padding=pad,
                           fresh=iid in self.fresh)
                shown.cards.append(text)
                if note_lines(text, font, cw - 2 * pad, CARD_LINES)[1]:
                    shown.cut.append(text)
                cy += height
            if end < len(col.ideas):
                note = count_text(len(col.ideas) - end,
                                  QCoreApplication.translate("WallRoomView",
                                                             "+ %1 more recent idea"),
                                  QCoreApplication.translate("WallRoomView",
                                                             "+ %1 more recent ideas"))
                p.setFont(more_font)
                p.setPen(QColor("#d9e2ec"))
                p.drawText(QRectF(x, cy, cw, more_h), Qt.AlignmentFlag.AlignVCenter,
                           mfm.elidedText(note, Qt.TextElideMode.ElideRight, cw))
                shown.notes.append(note)
        foot = []
        if left_out:
            foot.append(count_text(
                left_out,
                QCoreApplication.translate("WallRoomView",
                                           "+ %1 more theme on the facilitator's screen"),
                QCoreApplication.translate("WallRoomView",
                                           "+ %1 more themes on the facilitator's screen")))
        pages = max((len(pg) for pg in fit.pages), default=1)
        if pages > 1:
            foot.append(QCoreApplication.translate("WallRoomView", "Page %1 of %2").replace(
                "%1", str(self.page + 1)).replace("%2", str(pages)))
        if foot:
            note = "  ·  ".join(foot)
            p.setFont(small)
            p.setPen(QColor("#d9e2ec"))
            p.drawText(QPointF(area.left() + margin, area.bottom() - margin / 2), note)
            shown.notes.append(note)
        return shown


def _pages(heights: list[float], room: float, more_h: float) -> list[tuple[int, int]]:
    """A column's ideas in pages, newest first: (first, end) ranges of the cards that fit in
    `room` with a line for « + n earlier » above and « + n more recent » below when needed."""
    pages: list[tuple[int, int]] = []
    end = len(heights)
    while end > 0:
        space = room - (more_h if end < len(heights) else 0)
        first, used = end, 0.0
        while first > 0 and used + heights[first - 1] <= space - (more_h if first > 1 else 0):
            first -= 1
            used += heights[first]
        if first == end:  # one card taller than the room: shown alone, cut by the screen
            first = end - 1
        pages.append((first, end))
        end = first
    return pages or [(0, 0)]


register_view("wall", lambda: QCoreApplication.translate("WallRoomView", "Idea wall"), WallRoomView)
