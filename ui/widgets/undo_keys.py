"""Ctrl+Z / Ctrl+Shift+Z in a text field: the field's own typing first, then the session's.

Qt gives Undo and Redo to the focused text field (a ShortcutOverride it always accepts), so the
Édition menu's Undo never ran from the idea capture or the check-in field, even when that field
had nothing of its own to undo. `FieldUndoFallback`, installed on the application, lets the
window's Undo/Redo shortcuts through when the focused field cannot undo (or redo) anything."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit


def _can(widget: QObject, redo: bool) -> bool | None:
    """Whether a text field has something of its own to undo (redo); None: not a text field."""
    if isinstance(widget, QAbstractSpinBox) or (isinstance(widget, QComboBox)
                                                and widget.isEditable()):
        widget = widget.lineEdit()
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return False
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        if widget.isReadOnly():
            return False
        doc = widget.document()
        return doc.isRedoAvailable() if redo else doc.isUndoAvailable()
    return None


class FieldUndoFallback(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride:
            redo = event.matches(QKeySequence.StandardKey.Redo)
            if redo or event.matches(QKeySequence.StandardKey.Undo):
                if _can(obj, redo) is False:
                    event.ignore()
                    return True   # not the field's: the window's Undo/Redo shortcut runs
        return False
