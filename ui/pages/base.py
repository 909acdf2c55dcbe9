"""What every page has: the session context, a title, and a refresh for changed kinds."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import SessionContext


class Page(QWidget):
    #: kinds of change (see ui.context) this page shows; refresh() is called for those
    kinds: frozenset[str] = frozenset()
    statusMessage = Signal(str)

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.changed.connect(self._on_changed)

    @staticmethod
    def title() -> str:
        raise NotImplementedError

    def _on_changed(self, kinds: set) -> None:
        if kinds & self.kinds:
            self.refresh(kinds)

    def refresh(self, kinds: set) -> None:
        """Show the store's current state for these kinds."""

    def activated(self) -> None:
        """Called each time the page comes to the front (set the focus where work starts)."""


class PlaceholderPage(Page):
    """A phase whose screen comes in a later version: says so plainly."""

    def __init__(self, ctx: SessionContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("The “%1” page comes in a later version of Facilitateur.")
                       .replace("%1", name))
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addStretch()
