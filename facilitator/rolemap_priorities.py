"""Roles for each priority (issue 16): beside the session-wide role map, a map can be kept for
each priority the group retained (a theme, or an idea voted on in a closed round), and its gaps
are said for that priority (« Pour « Logement abordable » : personne n'est Éclaireur. »).

A priority's map is read as its need: a role matters for a priority when an actor holds it or
is wished at it there; a role nobody holds nor wishes for that priority is not a gap of it.
Storage: store.priority_roles (table priority_role)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from . import rolemap
from .catalogue import text
from .model import Actor
from .roles import role

TARGETS = ("themes", "ideas")


@dataclass(frozen=True)
class Priority:
    target: str      # "themes" | "ideas", as a round's target
    item_id: int
    title: str


def priorities(store) -> list[Priority]:
    """What a map can be kept for: every theme (in its order), then every idea that received
    dots in a closed round (rounds in their order, most dots first), each once."""
    out = [Priority("themes", t.id, t.title) for t in store.ideas.themes()]
    seen: set[int] = set()
    for rnd in store.voting.rounds():
        if rnd.status != "closed" or rnd.target != "ideas":
            continue
        dots: dict[int, int] = {}
        for v in store.voting.votes(rnd.id):
            dots[v.item_id] = dots.get(v.item_id, 0) + v.dots
        ranked = sorted((i for i in rnd.candidates if dots.get(i)),
                        key=lambda i: (-dots[i], rnd.candidates.index(i)))
        texts = store.ideas.texts([i for i in ranked if i not in seen])
        for i in ranked:
            if i not in seen and i in texts:
                seen.add(i)
                out.append(Priority("ideas", i, texts[i]))
    return out


def title_of(store, target: str, item_id: int) -> str | None:
    if target == "themes":
        t = store.ideas.theme(item_id)
        return t.title if t else None
    return store.ideas.texts([item_id]).get(item_id)


def _quoted(title: str, lang: str) -> str:
    title = " ".join(title.split())
    return text("quoted", lang, title=title)


def _nor(labels: list[str], lang: str) -> str:
    if len(labels) == 1:
        return labels[0]
    return ", ".join(labels[:-1]) + text("list_nor", lang) + labels[-1]


def needed(actors: Iterable[Actor]) -> set[str]:
    """The roles a priority's map needs: held or wished at a significant level by an actor."""
    return {cov.role for cov in rolemap.coverage(actors)
            if sum(cov.current[rolemap.HELD:]) or sum(cov.desired[rolemap.HELD:])}


def gaps(actors: Iterable[Actor]) -> list[rolemap.Gap]:
    """rolemap.gaps of a priority's map, a role nobody holds counted only when it is needed."""
    actors = list(actors)
    if not any(a.roles for a in actors):
        return []
    want = needed(actors)
    return [g for g in rolemap.gaps(actors) if g.kind != "uncovered" or g.role in want]


def empty_sentence(title: str, lang: str) -> str:
    """What a priority with no level given yet says."""
    return text("priority_empty", lang, title=_quoted(title, lang))


def sentences(title: str, actors: Iterable[Actor], lang: str) -> list[str]:
    """The sentences of lines()."""
    return [sentence for _kind, sentence in lines(title, actors, lang)]


def lines(title: str, actors: Iterable[Actor], lang: str) -> list[tuple[str, str]]:
    """The gaps of one priority's map as (kind, sentence), each sentence starting « Pour
    « titre » : ». Nothing when no level is given for it (no map to read). Roles needed (wished
    at a significant level) and held by nobody: one sentence « personne n'est Éclaireur ni
    Animateur » ("uncovered"); roles held but below what is wished, roles several actors lead,
    actors overloaded: the session map's own sentences and kinds (rolemap.gap_lines)."""
    actors = list(actors)
    if not any(a.roles for a in actors):
        return []
    prefix = text("priority_prefix", lang, title=_quoted(title, lang))
    needed_nobody: list[str] = []
    others: list[tuple[str, str]] = []
    for cov in rolemap.coverage(actors):
        held = sum(cov.current[rolemap.HELD:])
        wished = sum(cov.desired[rolemap.HELD:])
        if held == 0 and wished > 0:
            needed_nobody.append(role(cov.role).label(lang))
    out = []
    if needed_nobody:
        out.append(("uncovered", prefix + text("priority_nobody_is", lang,
                                                roles=_nor(needed_nobody, lang))))
    for kind, sentence in rolemap.gap_lines(actors, lang):
        if kind == "uncovered":
            continue    # said above, for the roles this priority needs
        others.append((kind, prefix + sentence))
    return out + others


def gap_lines(store, target: str, item_id: int, lang: str) -> list[str]:
    """The sentences of one priority of the open session (see lines)."""
    title = title_of(store, target, item_id) or ""
    return sentences(title, store.priority_roles.actors(target, item_id), lang)


def mapped_priorities(store) -> list[Priority]:
    """The priorities that have a map (at least one level), in the order of priorities()."""
    mapped = store.priority_roles.mapped()
    return [p for p in priorities(store) if (p.target, p.item_id) in mapped]

