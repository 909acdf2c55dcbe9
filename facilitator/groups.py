"""Voting results broken down by group of participants (issue 17): « Élus : logement 1er ;
partenaires : transport 1er ».

Any participant may belong to a group (élus, partenaires, citoyens, personnel…). In a named
round the breakdown comes from each person's dots. In an anonymous round no dot names a person,
so each ballot cast at the laptop by a person with a group also adds its dots to its group's
unnamed totals (``store.council.add_group_ballot``); the breakdown is then shown only when
EVERY group shown has at least ``MIN_ANONYMOUS_VOTERS`` voters, so that nobody's choice can be
told (a group of 2 would expose both); otherwise it is withheld, and the reason said. Paper
dots belong to no group and are left out of every group.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Mapping

from . import voting
from .model import Round, Vote

MIN_ANONYMOUS_VOTERS = 5


@dataclass(frozen=True)
class GroupResult:
    group: str
    voters: int
    standings: list[voting.Standing]

    @property
    def first(self) -> list[int]:
        """The candidates ranked first in this group (several when tied; none without dots)."""
        return [s.item_id for s in self.standings if s.rank == 1 and s.dots > 0]


@dataclass(frozen=True)
class Breakdown:
    groups: list[GroupResult] = field(default_factory=list)
    withheld: str | None = None       # None, "no_group" or "small_group"
    small_group: str | None = None    # the first group under the minimum, when withheld


def _sorted(names) -> list[str]:
    """In the order of a French dictionary: accents after the letter (« élus » among the e)."""
    def key(g: str):
        bare = "".join(c for c in unicodedata.normalize("NFD", g.casefold())
                       if not unicodedata.combining(c))
        return bare, g
    return sorted(names, key=key)


def breakdown(rnd: Round, votes: list[Vote], groups: Mapping[int, str], *,
              anonymous_dots: Mapping[str, Mapping[int, int]] | None = None,
              anonymous_voters: Mapping[str, int] | None = None) -> Breakdown:
    """The round's results by group.

    Named round: ``groups`` (participant id -> group) sorts each named dot into its group.
    Anonymous round: ``anonymous_dots`` (group -> {item: dots}) and ``anonymous_voters``
    (group -> how many ballots were cast by its members) are the only inputs; the breakdown
    is withheld when no group voted or when any group has fewer than MIN_ANONYMOUS_VOTERS."""
    results: list[GroupResult] = []
    if not rnd.anonymous:
        by_group: dict[str, list[Vote]] = {}
        for v in votes:
            g = groups.get(v.participant_id) if v.participant_id is not None else None
            if g and v.dots > 0:
                by_group.setdefault(g, []).append(v)
        for g in _sorted(by_group):
            voters = len({v.participant_id for v in by_group[g]})
            results.append(GroupResult(g, voters, voting.tally(rnd, by_group[g])))
        if not results:
            return Breakdown(withheld="no_group")
        return Breakdown(results)
    anonymous_dots = anonymous_dots or {}
    anonymous_voters = {g: n for g, n in (anonymous_voters or {}).items() if n > 0}
    if not anonymous_voters:
        return Breakdown(withheld="no_group")
    for g in _sorted(anonymous_voters):
        if anonymous_voters[g] < MIN_ANONYMOUS_VOTERS:
            return Breakdown(withheld="small_group", small_group=g)
    for g in _sorted(anonymous_voters):
        fake = [Vote(0, rnd.id, item, None, d) for item, d in
                (anonymous_dots.get(g) or {}).items() if d > 0]
        results.append(GroupResult(g, anonymous_voters[g], voting.tally(rnd, fake)))
    return Breakdown(results)


def describe(b: Breakdown, item_label: Mapping[int, str], lang: str) -> str:
    """One line for the minutes: « Par groupe : élus : logement 1er ; partenaires : transport
    1er », or the reason it is withheld."""
    from .export.labels import fmt_colon, label

    if b.withheld == "no_group":
        return label("group_withheld_none", lang)
    if b.withheld == "small_group":
        return label("group_withheld", lang, group=b.small_group, min=MIN_ANONYMOUS_VOTERS)
    parts = []
    for r in b.groups:
        first = r.first
        if not first:
            parts.append(label("group_nobody", lang, group=r.group))
        elif len(first) == 1:
            parts.append(label("group_first", lang, group=r.group,
                               item=item_label.get(first[0], "?")))
        else:
            parts.append(label("group_first_tie", lang, group=r.group,
                               item=", ".join(item_label.get(i, "?") for i in first)))
    sep = "; " if lang == "en" else "\u202f; "
    return label("group_breakdown", lang) + fmt_colon(lang) + sep.join(parts)
