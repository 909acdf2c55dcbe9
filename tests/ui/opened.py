"""Find what a page opened the way a person sees it: the newest visible dialog or menu among
its children (pages keep no reference for tests)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMenu, QWidget


def opened(widget: QWidget, kind: type = QDialog):
    """The newest visible child of widget of this kind (QDialog by default), or None."""
    shown = [w for w in widget.findChildren(kind) if w.isVisible()]
    return shown[-1] if shown else None


def opened_menu(widget: QWidget) -> QMenu | None:
    return opened(widget, QMenu)
