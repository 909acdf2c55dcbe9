"""Reuse a council from one session to the next (issue 17): the members' municipality, voices,
population and group, and the council's settings, are entered once and taken from a previous
session file (« à la suite de… »).

Members are matched by name (case, accents-insensitive spaces trimmed); a member not yet in the
session is added, marked absent. Nothing else of the previous session is read or changed: it is
opened read-only. The caller wraps this in one transaction (``ctx.do``), so it is one undoable
step.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from .store import Store


@dataclass(frozen=True)
class Reused:
    added: int        # members added to the session
    updated: int      # participants already there who got their council details
    council: bool     # the council's settings were taken too


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def reuse_council(store, source: str | os.PathLike) -> Reused:
    """Take the council of the session file ``source`` into ``store``."""
    with Store.open(source, read_only=True) as src:
        info = src.council.info()
        people = [(p, info.get(p.id)) for p in src.participants.list()]
        settings = src.council.settings()
        prefect_name = next((p.name for p, _ in people
                             if settings is not None and p.id == settings.prefect), None)
    here = {_key(p.name): p.id for p in store.participants.list()}
    added = updated = 0
    for p, m in people:
        if m is None or (m.voices is None and m.group is None and m.municipality is None):
            continue
        pid = here.get(_key(p.name))
        if pid is None:
            pid = store.participants.add(p.name, p.organization, False, p.email)
            here[_key(p.name)] = pid
            added += 1
        else:
            updated += 1
        store.council.set_member(pid, municipality=m.municipality, voices=m.voices,
                                 population=m.population, group=m.group)
    if settings is not None:
        store.council.set_settings(
            rule=settings.rule,
            prefect=here.get(_key(prefect_name)) if prefect_name else None,
            prefect_at_large=settings.prefect_at_large, quorum=settings.quorum)
    return Reused(added, updated, settings is not None)
