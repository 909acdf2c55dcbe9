"""The pages of the main window, one per phase of a session, in the order of Ctrl+1 … Ctrl+8.

Each entry: (key, module, class name, icon). A page module is imported and its page built the
first time it is shown (start-up stays light); `page_title(key)` names it without importing it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

PAGES: list[tuple[str, str, str, str]] = [
    ("session", "facilitator_ui.pages.session", "SessionPage", "fa5s.info-circle"),
    ("participants", "facilitator_ui.pages.participants", "ParticipantsPage", "fa5s.users"),
    ("agenda", "facilitator_ui.pages.agenda", "AgendaPage", "fa5s.clock"),
    ("ideas", "facilitator_ui.pages.ideas", "IdeasPage", "fa5s.sticky-note"),
    ("voting", "facilitator_ui.pages.voting", "VotingPage", "fa5s.dot-circle"),
    ("roles", "facilitator_ui.pages.roles", "RolesPage", "fa5s.dharmachakra"),
    ("decisions", "facilitator_ui.pages.decisions", "DecisionsPage", "fa5s.gavel"),
    ("report", "facilitator_ui.pages.report", "ReportPage", "fa5s.file-alt"),
]


def page_title(key: str) -> str:
    tr = lambda text: QCoreApplication.translate("Pages", text)  # noqa: E731
    return {"session": tr("Session"), "participants": tr("Participants"), "agenda": tr("Agenda"),
            "ideas": tr("Ideas"), "voting": tr("Voting"), "roles": tr("Roles"),
            "decisions": tr("Decisions"), "report": tr("Report")}[key]
