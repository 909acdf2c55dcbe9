"""Icons from qtawesome, imported lazily (qtawesome costs ~150 ms at start-up)."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon


@lru_cache(maxsize=None)
def icon(name: str, color: str = "#37474f") -> QIcon:
    try:
        import qtawesome as qta

        return qta.icon(name, color=color)
    except Exception:  # a missing glyph must never stop the app
        return QIcon()
