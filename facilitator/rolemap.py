"""Rules of the role map: how the seven roles are covered by the actors, and where the gaps are.

Levels: 0 none, 1 occasional, 2 significant, 3 leading. An actor's roles are
{role_key: (current, desired)}; a role absent means (0, 0). Roles come from facilitator.roles.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from .i18n import pick
from .model import Actor
from .roles import LEVELS, ROLE_KEYS, role

#: The level from which an actor really holds a role ("significant").
HELD = 2
#: How many roles held at HELD or more make an actor overloaded.
OVERLOAD = 4
GAP_KINDS = ("uncovered", "below_desired", "overloaded")


@dataclass(frozen=True)
class RoleCoverage:
    role: str
    current: tuple[int, int, int, int]   # number of actors at level 0, 1, 2, 3 today
    desired: tuple[int, int, int, int]   # ... and as desired


@dataclass(frozen=True)
class Gap:
    kind: str                  # "uncovered" | "below_desired" | "overloaded"
    role: str | None = None    # for uncovered and below_desired
    actor_id: int | None = None   # for overloaded


def _levels(actor: Actor, key: str) -> tuple[int, int]:
    cur, des = actor.roles.get(key, (0, 0))
    if cur not in LEVELS or des not in LEVELS:
        raise ValueError(f"actor {actor.id}: level of {key} must be 0..3, got {(cur, des)}")
    return cur, des


def level_matrix(actors: Iterable[Actor], which: str = "current") -> list[list[int]]:
    """Rows = actors (in the order given), columns = the seven roles in ROLES order."""
    if which not in ("current", "desired"):
        raise ValueError(f"which must be 'current' or 'desired', not {which!r}")
    col = 0 if which == "current" else 1
    return [[_levels(a, key)[col] for key in ROLE_KEYS] for a in actors]


def coverage(actors: Iterable[Actor]) -> list[RoleCoverage]:
    """For each of the seven roles (ROLES order), how many actors are at each level."""
    actors = list(actors)
    out = []
    for key in ROLE_KEYS:
        cur, des = [0, 0, 0, 0], [0, 0, 0, 0]
        for a in actors:
            c, d = _levels(a, key)
            cur[c] += 1
            des[d] += 1
        out.append(RoleCoverage(key, tuple(cur), tuple(des)))
    return out


def _held(counts: tuple[int, ...]) -> int:
    return sum(counts[HELD:])


def _weight(counts: tuple[int, ...]) -> int:
    return sum(level * n for level, n in enumerate(counts))


def gaps(actors: Iterable[Actor]) -> list[Gap]:
    """The gaps of the map: per role in ROLES order, "uncovered" (nobody at level 2 or more
    today) then "below_desired" (more actors wished at 2 or more than there are today, or a
    higher sum of desired levels than of current ones); then "overloaded" actors (4 roles or
    more at level 2 or more today), in actor order."""
    actors = list(actors)
    out = []
    for cov in coverage(actors):
        if _held(cov.current) == 0:
            out.append(Gap("uncovered", role=cov.role))
        if (_held(cov.desired) > _held(cov.current)
                or _weight(cov.desired) > _weight(cov.current)):
            out.append(Gap("below_desired", role=cov.role))
    for a in actors:
        if sum(_levels(a, key)[0] >= HELD for key in ROLE_KEYS) >= OVERLOAD:
            out.append(Gap("overloaded", actor_id=a.id))
    return out


def gap_text(gap: Gap, lang: str, actor_names: Mapping[int, str] = {}) -> str:
    """One sentence for a person about a gap, in French or English."""
    if gap.kind == "overloaded":
        name = actor_names.get(gap.actor_id) or pick(f"L'acteur n° {gap.actor_id}",
                                                     f"Actor #{gap.actor_id}", lang)
        return pick(f"{name} tient {OVERLOAD} rôles ou plus de façon importante : "
                    "risque de surcharge.",
                    f"{name} holds {OVERLOAD} or more roles at a significant level: "
                    "risk of overload.", lang)
    label = role(gap.role).label(lang)
    if gap.kind == "uncovered":
        return pick(f"Rôle « {label} » : personne ne le tient de façon importante aujourd'hui.",
                    f"{label} role: nobody holds it at a significant level today.", lang)
    if gap.kind == "below_desired":
        return pick(f"Rôle « {label} » : la présence souhaitée dépasse la présence actuelle.",
                    f"{label} role: the desired presence exceeds what exists today.", lang)
    raise ValueError(f"unknown gap kind: {gap.kind!r}")


# -- actors: their kinds, and new actors from the participants' organizations (Rôles page) --
#: Kinds of actor offered in lists; an actor's kind may also be any text typed by a person.
ACTOR_KINDS: tuple[str, ...] = ("municipal", "community", "public institution", "business",
                                "citizen group", "other")
_KIND_LABELS = {
    "municipal": ("Municipal", "Municipal"),
    "community": ("Communautaire", "Community"),
    "public institution": ("Institution publique", "Public institution"),
    "business": ("Entreprise", "Business"),
    "citizen group": ("Groupe citoyen", "Citizen group"),
    "other": ("Autre", "Other"),
}


def _folded(text: str) -> str:
    from .tabular import fold

    return " ".join(fold(text).split())


def kind_label(kind: str | None, lang: str) -> str:
    """What a person reads for an actor's kind: the label of a known kind, otherwise the text
    as typed ('' when there is none)."""
    if not kind:
        return ""
    labels = _KIND_LABELS.get(kind)
    return pick(labels[0], labels[1], lang) if labels else kind


def kind_from_text(text: str | None) -> str | None:
    """The kind to store for what a person typed or picked: a known kind when the text is its
    key or its label in French or English (case and accents ignored), None when blank,
    otherwise the text as typed, without surrounding spaces."""
    if text is None or not text.strip():
        return None
    folded = _folded(text)
    for key, labels in _KIND_LABELS.items():
        if folded in (_folded(key), _folded(labels[0]), _folded(labels[1])):
            return key
    return text.strip()


def new_actor_names(organizations: Iterable[str | None], actor_names: Iterable[str]) -> list[str]:
    """The organizations that are not actors yet, each once, in the order given, spelled as
    first met: blank ones are skipped, and case, accents and spacing are ignored when comparing
    (« Ville de Lévis » is the actor « VILLE DE LEVIS »)."""
    seen = {_folded(n) for n in actor_names}
    out = []
    for org in organizations:
        if not org or not org.strip():
            continue
        key = _folded(org)
        if key not in seen:
            seen.add(key)
            out.append(org.strip())
    return out


def gap_summary(gaps_found: Iterable[Gap], lang: str,
                actor_names: Mapping[int, str] = {}) -> list[str]:
    """The gaps in at most three sentences, one per kind (uncovered roles, roles below the
    desired presence, overloaded actors), naming the roles or actors: for the room and for
    charts, where one sentence per gap would be too long to read."""
    by_kind: dict[str, list[str]] = {k: [] for k in GAP_KINDS}
    for g in gaps_found:
        if g.kind == "overloaded":
            by_kind[g.kind].append(actor_names.get(g.actor_id)
                                   or pick(f"acteur n° {g.actor_id}", f"actor #{g.actor_id}",
                                           lang))
        else:
            label = role(g.role).label(lang)
            by_kind[g.kind].append(pick(f"« {label} »", label, lang))
    out = []
    if by_kind["uncovered"]:
        names = ", ".join(by_kind["uncovered"])
        many = len(by_kind["uncovered"]) > 1
        out.append(pick(f"{'Rôles' if many else 'Rôle'} que personne ne tient de façon "
                        f"importante aujourd'hui : {names}.",
                        f"{'Roles' if many else 'Role'} nobody holds at a significant level "
                        f"today: {names}.", lang))
    if by_kind["below_desired"]:
        names = ", ".join(by_kind["below_desired"])
        out.append(pick(f"Présence souhaitée plus grande qu'aujourd'hui : {names}.",
                        f"Desired presence greater than today: {names}.", lang))
    if by_kind["overloaded"]:
        names = ", ".join(by_kind["overloaded"])
        out.append(pick(f"Risque de surcharge ({OVERLOAD} rôles ou plus de façon importante) : "
                        f"{names}.",
                        f"Risk of overload ({OVERLOAD} roles or more at a significant level): "
                        f"{names}.", lang))
    return out
