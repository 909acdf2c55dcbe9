"""What every page has: the session context, a title, and a refresh for changed kinds.

A page that is not shown does no work when the session changes: while its window is on screen
and another page is in front, the kinds it missed are only noted, and it refreshes once, with
all of them, when it is shown again (before `activated`). A page that is not in a shown window
(built on its own, in tests or tools) refreshes at once, as it always did."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from facilitator_ui.context import SessionContext


class Page(QWidget):
    #: kinds of change (see ui.context) this page shows; refresh() is called for those
    kinds: frozenset[str] = frozenset()
    statusMessage = Signal(str)

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale: set[str] = set()   # kinds changed while the page was not shown
        ctx.changed.connect(self._on_changed)

    @staticmethod
    def title() -> str:
        raise NotImplementedError

    def _on_changed(self, kinds: set) -> None:
        if not kinds & self.kinds:
            return
        if self.is_offstage():
            self._stale |= kinds & self.kinds
            return
        self.refresh(kinds)

    def is_offstage(self) -> bool:
        """True when the page's window is on screen but the page is not (another page is in
        front): a change then only marks the page stale."""
        return not self.isVisible() and self.window() is not self and self.window().isVisible()

    def is_stale(self) -> bool:
        return bool(self._stale)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.catch_up()

    def catch_up(self) -> None:
        """Refresh once with every kind missed while the page was not shown."""
        if self._stale:
            kinds, self._stale = self._stale, set()
            self.refresh(kinds)

    def refresh(self, kinds: set) -> None:
        """Show the store's current state for these kinds."""

    def activated(self) -> None:
        """Called each time the page comes to the front (set the focus where work starts)."""

