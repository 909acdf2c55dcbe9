"""The list of voting rounds: Delete removes the selected round, Enter goes to its work."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

if TYPE_CHECKING:
    from facilitator_ui.pages.voting import VotingPage


class RoundsView(QTableView):
    """The rounds of the session, one per row."""

    def __init__(self, page: "VotingPage") -> None:
        super().__init__()
        self.page = page

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.page.remove_round()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.page.go_to_work()
            return
        super().keyPressEvent(event)
