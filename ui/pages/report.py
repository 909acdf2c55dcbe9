"""The Report page (placeholder until its issue lands)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.pages.base import PlaceholderPage


class ReportPage(PlaceholderPage):
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ReportPage", "Report")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, self.title(), parent)
