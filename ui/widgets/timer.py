"""A big countdown that scales with its size: the digits fill the widget, a bar below shows the
share of the allowance used. Amber at 20 % remaining, red at zero, then it counts the overrun
("+1:15"). Two palettes: light (the facilitator's console) and dark (the projector).

It shows what it is given (`set_state`); the rules (phase, remaining) come from
facilitator.agenda.LiveRun."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.agenda import fmt_countdown

#: phase -> (text colour on light, text colour on dark)
_COLOURS = {
    "normal": ("#102a43", "#ffffff"),
    "amber": ("#b44d12", "#ffc53d"),
    "red": ("#c81e1e", "#ff6b6b"),
    "idle": ("#829ab1", "#9fb3c8"),
}
_TRACK = ("#d9e2ec", "#243b53")
_FILL = {"normal": ("#2680c2", "#62b0e8"), "amber": ("#de911d", "#ffc53d"),
         "red": ("#c81e1e", "#ff6b6b"), "idle": ("#bcccdc", "#486581")}


class TimerWidget(QWidget):
    def __init__(self, dark: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dark = dark
        self.remaining = 0.0
        self.allowance = 0.0
        self.phase = "idle"
        self.paused = False
        self.caption = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 70)
        self.setAccessibleName(self.tr("Timer"))
        self.setAccessibleDescription(self.spoken())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 180)

    # -- what it shows ----------------------------------------------------------------------
    def set_state(self, remaining: float, allowance: float, phase: str, paused: bool,
                  caption: str = "") -> None:
        """remaining: seconds left (negative = overrun); phase: normal, amber, red or idle."""
        changed = (self.text() != fmt_countdown(remaining) or phase != self.phase
                   or paused != self.paused or caption != self.caption
                   or round(allowance) != round(self.allowance))
        self.remaining, self.allowance = float(remaining), float(allowance)
        self.phase, self.paused, self.caption = phase, paused, caption
        if changed:
            self.setAccessibleDescription(self.spoken())
            self.update()

    def clear(self, caption: str = "") -> None:
        self.set_state(0, 0, "idle", True, caption)

    def text(self) -> str:
        return fmt_countdown(self.remaining)

    def spoken(self) -> str:
        """What a screen reader says: the time left (or over), paused or not, and the caption."""
        if self.phase == "idle":
            words = self.tr("No item running")
        elif self.remaining < 0:
            words = self.tr("%1 over time").replace("%1", fmt_countdown(-self.remaining))
        else:
            words = self.tr("%1 left").replace("%1", self.text())
        if self.paused and self.phase != "idle":
            words += " — " + self.tr("paused")
        return f"{words}. {self.caption}" if self.caption else words

    def on_dark(self) -> bool:
        """The projector's colours, or the console's on a dark palette (high-contrast theme)."""
        return self.dark or self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def colour(self) -> QColor:
        return QColor(_COLOURS.get(self.phase, _COLOURS["normal"])[int(self.on_dark())])

    # -- drawing ----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        bar_h = max(4.0, h * 0.06)
        caption_h = h * 0.16 if self.caption else 0.0
        digits = QRectF(w * 0.04, 0, w * 0.92, h - bar_h * 2.2 - caption_h)

        colour = self.colour()
        if self.paused and self.phase != "idle":
            colour.setAlphaF(0.55)
        font = QFont(self.font())
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        text = self.text()
        font.setPixelSize(100)
        fm = QFontMetricsF(font)
        sample = text if len(text) >= 5 else "00:00"
        scale = min(digits.width() / max(1.0, fm.horizontalAdvance(sample.replace("+", "0") + " ")),
                     digits.height() / max(1.0, fm.capHeight() * 1.35))
        font.setPixelSize(max(8, int(100 * scale)))
        p.setFont(font)
        p.setPen(colour)
        p.drawText(digits, Qt.AlignmentFlag.AlignCenter, text)

        if self.caption:
            cf = QFont(self.font())
            cf.setPixelSize(max(9, int(caption_h * 0.7)))
            p.setFont(cf)
            c = QColor(_COLOURS["idle"][int(self.on_dark())])
            p.setPen(c)
            p.drawText(QRectF(0, digits.bottom(), w, caption_h), Qt.AlignmentFlag.AlignCenter,
                       self.caption)

        # the share of the allowance used
        track = QRectF(w * 0.08, h - bar_h * 1.6, w * 0.84, bar_h)
        path = QPainterPath()
        path.addRoundedRect(track, bar_h / 2, bar_h / 2)
        p.fillPath(path, QColor(_TRACK[int(self.on_dark())]))
        if self.allowance > 0 and self.phase != "idle":
            used = min(1.0, max(0.0, 1 - self.remaining / self.allowance))
            if used > 0:
                fill = QRectF(track.left(), track.top(), track.width() * used, track.height())
                fp = QPainterPath()
                fp.addRoundedRect(fill, bar_h / 2, bar_h / 2)
                p.fillPath(fp, QColor(_FILL.get(self.phase, _FILL["normal"])[int(self.on_dark())]))
        p.end()
