"""How the interface looks for the person using it: the standard or the high-contrast theme, and
the text size, one for the console and one for the room view (Préférences › Apparence).

Both are remembered in the preferences (ui.settings) and applied app-wide here, never widget by
widget: `apply(app)` sets the application's QPalette (and the Fusion style, which draws every
control from the palette) and its font size; the room view reads `room()` when it is opened
(background, text colours, and the scale of its type). Widgets that paint themselves take their
colours from the palette or from `room()`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from facilitator_ui import settings

THEMES = ("standard", "contrast")
#: Text sizes offered, as a scale of the normal size: the console (the app's font) …
CONSOLE_SCALES = (1.0, 1.25, 1.5)
#: … and the room view (whose type is already sized from the screen's height).
ROOM_SCALES = (1.0, 1.25, 1.5)


@dataclass(frozen=True)
class Room:
    """The room view's colours and type scale."""
    background: str
    text: str
    soft: str      # secondary text (objective, summary)
    dim: str       # tertiary text (position, notes)
    accent: str    # bars ranked first, highlights
    scale: float


STANDARD_ROOM = Room("#102a43", "#ffffff", "#d9e2ec", "#9fb3c8", "#f0b429", 1.0)
#: Black, white and yellow: the most contrast a projector in a lit room can give.
CONTRAST_ROOM = Room("#000000", "#ffffff", "#ffffff", "#f5f5f5", "#ffff00", 1.0)


def theme() -> str:
    value = settings.value("appearance/theme", "standard")
    return value if value in THEMES else "standard"


def _scale(key: str, choices: tuple[float, ...]) -> float:
    try:
        value = float(settings.value(key, 1.0))
    except (TypeError, ValueError):
        return 1.0
    return value if value in choices else 1.0


def console_scale() -> float:
    return _scale("appearance/console_scale", CONSOLE_SCALES)


def room_scale() -> float:
    return _scale("appearance/room_scale", ROOM_SCALES)


def set_theme(name: str) -> None:
    if name not in THEMES:
        raise ValueError(name)
    settings.set_value("appearance/theme", name)
    _room_cache.clear()


def set_console_scale(scale: float) -> None:
    if scale not in CONSOLE_SCALES:
        raise ValueError(scale)
    settings.set_value("appearance/console_scale", scale)


def set_room_scale(scale: float) -> None:
    if scale not in ROOM_SCALES:
        raise ValueError(scale)
    settings.set_value("appearance/room_scale", scale)
    _room_cache.clear()


_room_cache: dict[str, Room] = {}


def room() -> Room:
    """The room view's colours and scale (read once per preferences file: views paint often)."""
    key = settings.settings().fileName()
    if key not in _room_cache:
        base = CONTRAST_ROOM if theme() == "contrast" else STANDARD_ROOM
        _room_cache.clear()
        _room_cache[key] = Room(base.background, base.text, base.soft, base.dim, base.accent,
                                room_scale())
    return _room_cache[key]


def contrast_palette() -> QPalette:
    """White text on black, yellow selection and focus, cyan links; disabled text still
    readable (grey at 7:1 on black), never the same colour as enabled text."""
    p = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    grey = QColor("#a6a6a6")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in ((QPalette.ColorRole.Window, black),
                             (QPalette.ColorRole.WindowText, white),
                             (QPalette.ColorRole.Base, black),
                             (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
                             (QPalette.ColorRole.Text, white),
                             (QPalette.ColorRole.PlaceholderText, grey),
                             (QPalette.ColorRole.Button, black),
                             (QPalette.ColorRole.ButtonText, white),
                             (QPalette.ColorRole.BrightText, yellow),
                             (QPalette.ColorRole.Highlight, yellow),
                             (QPalette.ColorRole.HighlightedText, black),
                             (QPalette.ColorRole.ToolTipBase, black),
                             (QPalette.ColorRole.ToolTipText, white),
                             (QPalette.ColorRole.Link, QColor("#00ffff")),
                             (QPalette.ColorRole.LinkVisited, QColor("#ff80ff")),
                             (QPalette.ColorRole.Light, white),
                             (QPalette.ColorRole.Midlight, grey),
                             (QPalette.ColorRole.Mid, grey),
                             (QPalette.ColorRole.Dark, white),
                             (QPalette.ColorRole.Shadow, white)):
            p.setColor(group, role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, grey)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        p.setColor(QPalette.ColorGroup.Disabled, role, black)
    return p


_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|\b(?:white|black|red|green|blue|"
                     r"grey|gray|orange|yellow)\b")
_PROPERTY = re.compile(r"(?P<name>background(?:-color)?|color|border(?:-[a-z]+)*)\s*:\s*"
                       r"(?P<value>[^;}]*)")


def contrast_css(css: str) -> str:
    """A widget's style sheet in the high-contrast theme: every background black, every text
    and border white (the words say what the colours said: nothing means by colour alone)."""
    def fix(m: re.Match) -> str:
        name = m.group("name")
        colour = "#000000" if name.startswith("background") else "#ffffff"
        return f"{name}: " + _COLOUR.sub(colour, m.group("value"))
    return _PROPERTY.sub(fix, css)


class _ContrastSheets(QObject):
    """In the high-contrast theme, the few style sheets that set their own colours (notes,
    banners, warnings) follow it too: rewritten once, where they are applied, for every widget."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange) \
                and isinstance(obj, QWidget) and obj.styleSheet():
            css = obj.styleSheet()
            fixed = contrast_css(css)
            if fixed != css:
                obj.setStyleSheet(fixed)
        return False


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""
    def lum(c: QColor) -> float:
        def lin(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable(colour: QColor | str, minimum: float = 4.5) -> QColor:
    """colour, or the nearest tint of it that reads at `minimum`:1 on the application's text
    background (a red note stays red, lighter on the high-contrast theme's black)."""
    colour = QColor(colour)
    app = QApplication.instance()
    if app is None:
        return colour
    base = app.palette().color(QPalette.ColorRole.Base)
    toward = QColor("#ffffff") if base.lightness() < 128 else QColor("#000000")
    for step in range(11):
        t = step / 10
        mixed = QColor.fromRgbF(colour.redF() + (toward.redF() - colour.redF()) * t,
                                colour.greenF() + (toward.greenF() - colour.greenF()) * t,
                                colour.blueF() + (toward.blueF() - colour.blueF()) * t)
        if contrast_ratio(mixed, base) >= minimum:
            return mixed
    return toward


_base_point_size: float | None = None
_base_style: str | None = None
_sheets: _ContrastSheets | None = None


def apply(app: QApplication | None = None) -> None:
    """Apply the remembered theme and console text size to the whole application."""
    global _base_point_size, _base_style, _sheets
    app = app or QApplication.instance()
    if app is None:
        return
    if _base_point_size is None:
        _base_point_size = app.font().pointSizeF()
        _base_style = app.style().name()
    if theme() == "contrast":
        app.setStyle(QStyleFactory.create("Fusion"))  # draws every control from the palette
        app.setPalette(contrast_palette())
        if _sheets is None:
            _sheets = _ContrastSheets(app)
            app.installEventFilter(_sheets)
    else:
        if _sheets is not None:
            app.removeEventFilter(_sheets)
            _sheets = None
        if app.style().name() != _base_style:
            app.setStyle(QStyleFactory.create(_base_style))
        app.setPalette(app.style().standardPalette())
    font = QFont(app.font())
    font.setPointSizeF(_base_point_size * console_scale())
    app.setFont(font)
