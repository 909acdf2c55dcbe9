"""Attaches one repository per aggregate to a Store."""
from __future__ import annotations


def attach(store) -> None:
    from .actors import Actors
    from .agenda import Agenda
    from .council import CouncilData
    from .decisions import Decisions
    from .ideas import Ideas
    from .live import Live
    from .participants import Participants
    from .demarche import Demarche, Evaluation, PriorityRoles
    from .series import Series
    from .session import SessionInfo
    from .voting import Voting

    store.session = SessionInfo(store)
    store.participants = Participants(store)
    store.agenda = Agenda(store)
    store.ideas = Ideas(store)
    store.voting = Voting(store)
    store.actors = Actors(store)
    store.decisions = Decisions(store)
    store.live = Live(store)
    store.council = CouncilData(store)
    store.series = Series(store)  # the session it follows (issue 16)
    store.priority_roles = PriorityRoles(store)  # role maps per priority (issue 16)
    store.evaluation = Evaluation(store)  # the session's evaluation (issue 16)
    store.demarche = Demarche(store)  # which session of a template démarche (issue 16)
