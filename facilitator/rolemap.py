"""Rules of the role map: how the seven roles are covered by the actors, and where the gaps are.

Levels: 0 none, 1 occasional, 2 significant, 3 leading. An actor's roles are
{role_key: (current, desired)}; a role absent means (0, 0). Roles come from facilitator.roles.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from .catalogue import text
from .model import Actor
from .roles import LEVELS, ROLE_KEYS, role

#: The level from which an actor really holds a role ("significant").
HELD = 2
GAP_KINDS = ("uncovered", "below_desired", "overloaded")
#: The level at which an actor leads a role; two actors or more at it share the lead
#: (shared_leads), which the group may want to clarify (who does what).
LEADING = 3
#: Why an actor is flagged as overloaded: the facilitator marked it, or its desired levels say
#: it should hold fewer roles than today. Holding many roles is never an overload by itself:
#: a backbone organization may hold all seven on purpose.
OVERLOAD_REASONS = ("flagged", "desired_fewer")
#: How many actors a gap sentence names before « et N autres ».
NAMED = 3


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
    reason: str | None = None  # for overloaded: one of OVERLOAD_REASONS


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


def roles_held(actor: Actor, which: str = "current") -> int:
    """How many roles the actor holds at a significant level or more, today or as desired."""
    col = 0 if which == "current" else 1
    return sum(_levels(actor, key)[col] >= HELD for key in ROLE_KEYS)


def overload_reason(actor: Actor) -> str | None:
    """Why holding many roles is a risk for this actor, or None: "flagged" when the facilitator
    marked it; "desired_fewer" when its desired levels (once any is given) say it should hold
    fewer roles at a significant level than it does today. Never from today's count alone."""
    if actor.overload_flag:
        return "flagged"
    stated = any(_levels(actor, key)[1] for key in ROLE_KEYS)
    if stated and roles_held(actor, "desired") < roles_held(actor, "current"):
        return "desired_fewer"
    return None


def gaps(actors: Iterable[Actor]) -> list[Gap]:
    """The gaps of the map: per role in ROLES order, "uncovered" (nobody at level 2 or more
    today) then "below_desired" (more actors wished at 2 or more than there are today, or a
    higher sum of desired levels than of current ones); then "overloaded" actors (see
    overload_reason), in actor order."""
    actors = list(actors)
    out = []
    for cov in coverage(actors):
        if _held(cov.current) == 0:
            out.append(Gap("uncovered", role=cov.role))
        if (_held(cov.desired) > _held(cov.current)
                or _weight(cov.desired) > _weight(cov.current)):
            out.append(Gap("below_desired", role=cov.role))
    for a in actors:
        reason = overload_reason(a)
        if reason:
            out.append(Gap("overloaded", actor_id=a.id, reason=reason))
    return out


def role_status(actors: Iterable[Actor]) -> dict[str, str]:
    """role key -> "no_actors" (nothing to say yet: never shown as fine), "uncovered" (nobody
    holds it at a significant level today), "below_desired", or "ok"."""
    actors = list(actors)
    if not actors:
        return {key: "no_actors" for key in ROLE_KEYS}
    out = {key: "ok" for key in ROLE_KEYS}
    for g in gaps(actors):
        if g.role and out[g.role] == "ok":
            out[g.role] = g.kind
    return out


def _names(names: list[str], lang: str, limit: int = NAMED) -> str:
    """« A, B et C », « A, B, C et 2 autres » / "A, B and C", "A, B, C and 2 others"."""
    shown, rest = names[:limit], len(names) - limit
    if rest > 0:
        shown = shown + [text("list_others", lang, n=rest)]
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + text("list_and", lang) + shown[-1]


def _role_sentence(cov: RoleCoverage, actors: list[Actor], lang: str) -> str:
    label = role(cov.role).label(lang)
    now, wished = _held(cov.current), _held(cov.desired)
    if now == 0:
        size = text("role_no_actor_today", lang)
    else:
        size = text("role_actors_today", lang, n=now)
    if wished == 0:
        size += text("role_nor_desired", lang)
    else:
        size += ", " + text("role_desired", lang, n=wished)
        if wished == now:
            size += text("role_at_higher_level", lang)
    aiming = [(a.name, d) for a in actors
              for c, d in [_levels(a, cov.role)] if d >= HELD and d > c]
    if aiming:
        names = _names([n for n, _d in aiming], lang)
        levels = {d for _n, d in aiming}
        if levels == {HELD}:
            aim = text("role_aim_significant", lang, n=len(aiming))
        elif levels == {3}:
            aim = text("role_aim_leading", lang, n=len(aiming))
        else:
            aim = text("role_aim_either", lang)
        who = f"{names} {aim}"
    else:
        occasional = [a.name for a in actors if _levels(a, cov.role)[0] == 1]
        if occasional:
            who = (_names(occasional, lang) + " "
                   + text("role_hold_occasionally", lang, n=len(occasional)))
        else:
            who = text("role_nobody_aims", lang)
    return text("role_sentence", lang, role=label, size=size, who=who)


def _overload_sentence(actor: Actor, reason: str, lang: str) -> str:
    now = roles_held(actor)
    held = text("role_count", lang, n=now)
    if reason == "flagged":
        return text("role_overload_flagged", lang, name=actor.name, held=held)
    wished = text("role_desired", lang, n=roles_held(actor, "desired"))
    return text("role_overload", lang, name=actor.name, held=held, wished=wished)


def gap_lines(actors: Iterable[Actor], lang: str) -> list[tuple[str, str]]:
    """The gaps said for a person, in French or English, as (kind, sentence): one sentence per
    role with a gap (in ROLES order; kind "uncovered" when nobody holds it today, otherwise
    "below_desired") giving how many actors hold it today and how many are wished, and who
    could close it (the actors aiming for it, else those holding it occasionally); then one per
    role that several actors lead ("shared_lead", see shared_leads); then one per
    overloaded actor ("overloaded"), saying why. Nothing with no actors (no map to read yet)."""
    actors = list(actors)
    if not actors:
        return []
    found = gaps(actors)
    out = []
    status = role_status(actors)
    # roles nobody holds, wishes, aims for or plays even occasionally: one sentence for them all
    empty = [cov.role for cov in coverage(actors)
             if status[cov.role] != "ok" and sum(cov.current[1:]) == 0
             and sum(cov.desired[1:]) == 0]
    for cov in coverage(actors):
        if status[cov.role] == "ok":
            continue
        if len(empty) > 1 and cov.role in empty:
            if cov.role == empty[0]:
                labels = _names([role(k).label(lang) for k in empty], lang, limit=len(empty))
                out.append(("uncovered", text("roles_nobody", lang, roles=labels)))
            continue
        out.append((status[cov.role], _role_sentence(cov, actors, lang)))
    # where roles overlap: several actors lead the same one (issue 16)
    out += [("shared_lead", shared_lead_sentence(key, names, lang))
            for key, names in shared_leads(actors)]
    by_id = {a.id: a for a in actors}
    for g in found:
        if g.kind == "overloaded":
            out.append((g.kind, _overload_sentence(by_id[g.actor_id], g.reason, lang)))
    return out


def shared_leads(actors: Iterable[Actor]) -> list[tuple[str, list[str]]]:
    """Where several actors lead the same role today (level LEADING): (role key, the actors'
    names in their order), in ROLES order. Not a gap in itself: a place where roles overlap."""
    actors = list(actors)
    out = []
    for key in ROLE_KEYS:
        names = [a.name for a in actors if _levels(a, key)[0] >= LEADING]
        if len(names) > 1:
            out.append((key, names))
    return out


def shared_lead_sentence(key: str, names: list[str], lang: str) -> str:
    label = role(key).label(lang)
    who = _names(names, lang)
    return text("role_shared_lead", lang, role=label, who=who)


def gap_sentences(actors: Iterable[Actor], lang: str) -> list[str]:
    """The sentences of gap_lines: for the window, the projector and the minutes."""
    return [sentence for _kind, sentence in gap_lines(actors, lang)]


def gap_text(gap: Gap, actors: Iterable[Actor], lang: str) -> str:
    """The sentence of one gap (the role's sentence for a role gap, see gap_sentences)."""
    actors = list(actors)
    if gap.kind == "overloaded":
        actor = next(a for a in actors if a.id == gap.actor_id)
        return _overload_sentence(actor, gap.reason or "flagged", lang)
    if gap.kind in ("uncovered", "below_desired"):
        cov = next(c for c in coverage(actors) if c.role == gap.role)
        return _role_sentence(cov, actors, lang)
    raise ValueError(f"unknown gap kind: {gap.kind!r}")


# -- actors: their kinds, and new actors from the participants' organizations (Rôles page) --
#: Kinds of actor offered in lists; an actor's kind may also be any text typed by a person.
ACTOR_KINDS: tuple[str, ...] = ("municipal", "community", "public institution", "business",
                                "citizen group", "other")
#: The catalogue's key of each kind's label.
_KIND_KEYS = {kind: "actor_kind_" + kind.replace(" ", "_") for kind in ACTOR_KINDS}


def _folded(text: str) -> str:
    from .tabular import fold

    return " ".join(fold(text).split())


def kind_label(kind: str | None, lang: str) -> str:
    """What a person reads for an actor's kind: the label of a known kind, otherwise the text
    as typed ('' when there is none)."""
    if not kind:
        return ""
    key = _KIND_KEYS.get(kind)
    return text(key, lang) if key else kind


def kind_from_text(text: str | None) -> str | None:
    """The kind to store for what a person typed or picked: a known kind when the text is its
    key or its label in French or English (case and accents ignored), None when blank,
    otherwise the text as typed, without surrounding spaces."""
    if text is None or not text.strip():
        return None
    folded = _folded(text)
    for kind in ACTOR_KINDS:
        if folded in (_folded(kind), _folded(kind_label(kind, "fr")),
                      _folded(kind_label(kind, "en"))):
            return kind
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
