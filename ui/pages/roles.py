"""The Roles page (placeholder until its issue lands)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.pages.base import PlaceholderPage


class RolesPage(PlaceholderPage):
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("RolesPage", "Roles")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, self.title(), parent)
