"""Which role map the Rôles page edits (issue 16): the whole session's, or the map of one
priority (a theme, or an idea voted on in a closed round). The priorities come from the core
(facilitator.rolemap_priorities); this box only lists them."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox

from facilitator import rolemap_priorities


class PriorityBox(QComboBox):
    """Item data: None for the whole session, else (target, item id)."""

    priorityChosen = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Role map of"))
        self.setToolTip(self.tr("Keep a role map for each priority (a theme or an idea voted "
                                "on) beside the whole session's"))
        self.setMinimumContentsLength(38)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._filling = False
        self.currentIndexChanged.connect(self._chosen)

    def fill(self, store, chosen: tuple[str, int] | None) -> tuple[str, int] | None:
        """List the session and its priorities, keep `chosen` selected when it is still there;
        returns what is selected."""
        self._filling = True
        try:
            self.clear()
            self.addItem(self.tr("Whole session"), None)
            for p in rolemap_priorities.priorities(store):
                text = (self.tr("Theme: %1") if p.target == "themes"
                        else self.tr("Voted idea: %1")).replace("%1", p.title)
                self.addItem(text, (p.target, p.item_id))
                self.setItemData(self.count() - 1, p.title, 3)   # Qt.ToolTipRole: full title
            # compared in Python: findData would compare a new tuple by identity, and a
            # refresh (an idea from a phone) would put the page back on the whole session
            found = next((i for i in range(self.count()) if self.itemData(i) == chosen), 0)
            self.setCurrentIndex(found)
        finally:
            self._filling = False
        return self.priority()

    def priority(self) -> tuple[str, int] | None:
        return self.currentData()

    def _chosen(self, _index: int) -> None:
        if not self._filling:
            self.priorityChosen.emit(self.priority())
