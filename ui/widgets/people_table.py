"""The list of participants: Space ticks or unticks the selected person, Delete removes."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView


if TYPE_CHECKING:
    from facilitator_ui.pages.participants import ParticipantsPage


class PeopleTable(QTableView):
    """One row per participant; the page answers Space and Delete."""

    def __init__(self, page: "ParticipantsPage") -> None:
        super().__init__()
        self.page = page

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and self.state() != QAbstractItemView.State.EditingState:
            self.page.toggle_present()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                self.state() != QAbstractItemView.State.EditingState:
            self.page.remove_selected()
            return
        super().keyPressEvent(event)
