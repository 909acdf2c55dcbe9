"""Emoji in the window (🚌, ❄, 🌲 typed in ideas): shown by the system's colour emoji font
(install.sh adds fonts-noto-color-emoji where there is none). When the system has no emoji font
at all, the Symbola font bundled for the PDF minutes (monochrome, every emoji) is registered with
Qt, so that emoji still show as shapes instead of empty boxes."""
from __future__ import annotations

from typing import Iterable

BUNDLED = "Symbola.ttf"


def has_emoji_family(families: Iterable[str]) -> bool:
    return any("emoji" in f.casefold() for f in families)


def ensure_emoji_font(families: Iterable[str] | None = None) -> str | None:
    """Register the bundled fallback when no emoji font is installed; its family, or None when
    the system has one (or the bundled file cannot be read: emoji then show as boxes, nothing
    else changes)."""
    from PySide6.QtGui import QFontDatabase

    if has_emoji_family(QFontDatabase.families() if families is None else families):
        return None
    from facilitator_resources import resource_path

    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", BUNDLED)))
    found = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return found[0] if found else None
