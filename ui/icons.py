"""Icons: the Font Awesome and other icon fonts that the qtawesome package ships, drawn here.

`import qtawesome` costs about half a second at start-up (its qtpy layer walks every Qt enum),
so this module reads qtawesome's bundled font files and charmaps directly and draws the glyph
with a QIconEngine (crisp at every size, greyed when disabled). Names are qtawesome's
('fa5s.users'); a prefix not listed here falls back to qtawesome itself.
"""
from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap

# prefix -> (font file, charmap file) inside qtawesome/fonts
_FONTS = {
    "fa5s": ("fontawesome5-solid-webfont-5.15.4.ttf", "fontawesome5-solid-webfont-charmap-5.15.4.json"),
    "fa5": ("fontawesome5-regular-webfont-5.15.4.ttf", "fontawesome5-regular-webfont-charmap-5.15.4.json"),
    "fa5b": ("fontawesome5-brands-webfont-5.15.4.ttf", "fontawesome5-brands-webfont-charmap-5.15.4.json"),
    "mdi6": ("materialdesignicons6-webfont-6.9.96.ttf", "materialdesignicons6-webfont-charmap-6.9.96.json"),
}


def _fonts_dir() -> Path | None:
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "fonts"


@lru_cache(maxsize=None)
def _font(prefix: str) -> tuple[str, dict[str, int]] | None:
    """(font family, charmap) for a prefix, the font registered with Qt once."""
    folder = _fonts_dir()
    if folder is None or prefix not in _FONTS:
        return None
    ttf, charmap = _FONTS[prefix]
    try:
        chars = json.loads((folder / charmap).read_text(encoding="utf-8"))
    except OSError:
        return None
    font_id = QFontDatabase.addApplicationFont(str(folder / ttf))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    return families[0], {k: int(v, 16) if isinstance(v, str) else v for k, v in chars.items()}


class _GlyphEngine(QIconEngine):
    def __init__(self, family: str, char: str, color: QColor, weight: QFont.Weight) -> None:
        super().__init__()
        self.family, self.char, self.color, self.weight = family, char, color, weight

    def paint(self, painter: QPainter, rect: QRect, mode, state) -> None:
        painter.save()
        font = QFont(self.family)
        font.setWeight(self.weight)
        font.setPixelSize(max(1, round(min(rect.width(), rect.height()) * 0.875)))
        painter.setFont(font)
        color = QColor(self.color)
        if mode == QIcon.Mode.Disabled:
            color = QColor(160, 160, 160)
        elif mode == QIcon.Mode.Selected:
            color = QColor("white")
        painter.setPen(color)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        pm = QPixmap(size)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pm

    def clone(self) -> "QIconEngine":
        return _GlyphEngine(self.family, self.char, self.color, self.weight)


@lru_cache(maxsize=None)
def icon(name: str, color: str = "#37474f") -> QIcon:
    """The icon called `name` ('fa5s.users'); an empty icon when it does not exist — a missing
    glyph must never stop the app."""
    prefix, _, glyph = name.partition(".")
    found = _font(prefix)
    if found is not None:
        family, chars = found
        code = chars.get(glyph)
        if code is None:
            return QIcon()
        weight = QFont.Weight.Black if prefix == "fa5s" else QFont.Weight.Normal
        return QIcon(_GlyphEngine(family, chr(code), QColor(color), weight))
    try:  # any other prefix: qtawesome itself (slower to import)
        import qtawesome as qta

        return qta.icon(name, color=color)
    except Exception:
        return QIcon()
