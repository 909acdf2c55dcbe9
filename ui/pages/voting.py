"""The Vote page (placeholder until its issue lands)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.pages.base import PlaceholderPage


class VotingPage(PlaceholderPage):
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("VotingPage", "Voting")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, self.title(), parent)
