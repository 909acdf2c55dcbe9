"""The minutes' parts for what is left of « la démarche » (issue 16): the role map of each
priority (who holds what there, its gaps) and the session's evaluation."""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import evaluation as evaluation_rules
from .. import rolemap_priorities
from ..roles import ROLE_KEYS, role
from .labels import fmt_colon


@dataclass
class PriorityRoles:
    title: str
    holders: list[str]          # « CDC : Facilitateur 3 → 3, Éclaireur 0 → 2 » (current → desired)
    gaps: list[str]             # rolemap_priorities.sentences


@dataclass
class EvaluationSection:
    summary: str                # « Note moyenne : 4,0 sur 5 (9 personnes). »
    distribution: str           # « 5 : 2 · 4 : 6 · 2 : 1 »
    keep: list[str] = field(default_factory=list)
    change: list[str] = field(default_factory=list)


def priorities(store, lang: str) -> list[PriorityRoles]:
    """Each priority with a map, in the order of rolemap_priorities.priorities."""
    colon = fmt_colon(lang)
    out = []
    actors = store.actors.list()
    for p in rolemap_priorities.mapped_priorities(store):
        mapped = store.priority_roles.actors(p.target, p.item_id, actors)
        holders = []
        for a in mapped:
            levels = [f"{role(k).label(lang)} {a.roles[k][0]} → {a.roles[k][1]}"
                      for k in ROLE_KEYS if k in a.roles]
            if levels:
                holders.append(f"{a.name}{colon}{', '.join(levels)}")
        out.append(PriorityRoles(p.title, holders,
                                 rolemap_priorities.sentences(p.title, mapped, lang)))
    return out


def evaluation(store, lang: str) -> EvaluationSection | None:
    """None when the session has no evaluation item and nothing recorded."""
    summary = evaluation_rules.read(store)
    if summary.empty and not store.evaluation.items():
        return None
    return EvaluationSection(evaluation_rules.summary_sentence(summary, lang),
                             evaluation_rules.distribution(summary, lang),
                             summary.keep, summary.change)
