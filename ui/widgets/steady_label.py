"""A one-line label whose text changes often (a count, the time of the last save).

A plain QLabel asks the window to lay itself out again at every new text (its size may have
changed), and is painted over whatever lies behind it, so that the window behind repaints too:
after each captured idea, that was a layout of the whole window and a repaint of the page around
the summary and the status bar. A `SteadyLabel` keeps its size while the new text fits (it
grows when a text needs more room, once) and paints its own background: a new text repaints
the label alone."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


class SteadyLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAutoFillBackground(True)   # opaque: what lies behind is not repainted
        self._fit(reset=True)

    def setText(self, text: str) -> None:  # noqa: N802
        if text == self.text():
            return
        super().setText(text)
        self._fit()

    def _fit(self, reset: bool = False) -> None:
        """Fix the size to the text's, growing only (a fixed size lays nothing out again)."""
        hint = QLabel.sizeHint(self)
        w, h = hint.width(), hint.height()
        if not reset:
            w = max(w, self.minimumWidth())
        if reset or w != self.minimumWidth() or h != self.minimumHeight():
            self.setFixedSize(w, h)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit(reset=True)


__all__ = ["SteadyLabel"]
