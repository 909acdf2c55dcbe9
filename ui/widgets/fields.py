"""Small input widgets the pages share."""
from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit


class LeaveTextEdit(QPlainTextEdit):
    """Multi-line text saved when it is left: calls on_done on focus out; Tab moves on."""

    def __init__(self, on_done) -> None:
        super().__init__()
        self._on_done = on_done
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._on_done()
