"""A round's results read from a session file (issue 13: fast where the room is watching).

Each candidate's dots and distinct named voters are kept up to date by the session file as votes
are written (table vote_sum, kept by triggers: store/schema.py SCHEMA_VOTESUMS, docs/vote-sums.md)
and read one row per candidate (store.voting.tally_rows); the ranking is the rule of
facilitator.voting (rank, the same as tally's: ties share a rank, then the candidates' order).
Only who voted for what (named rounds) reads vote rows: what the Vote page, the projector and the
comparison of rounds read grows with the round's candidates, not with its dots. Property tests
hold these results equal to the Python tally over the same rows
(tests/core/test_voting_sql_tally.py), and the kept sums equal to the sums of the vote rows
after any sequence of changes, undo and redo (tests/core/test_voting_sums.py).

Pure reading: no Qt, no writing.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import voting
from .model import Round
from .voting import Standing, VotingError


@dataclass(frozen=True)
class Results:
    round: Round
    standings: list[Standing]
    labels: dict[int, str]
    who: dict[int, list[tuple[str, int]]]  # item -> [(name, dots)]; always {} when anonymous
    dots_total: int
    unnamed_dots: int      # paper totals (and anonymous ballots)
    named_dots: int
    voters: int            # distinct people with a named ballot of at least one dot
    present: int           # participants marked present

    @property
    def dots_possible(self) -> int:
        """What the present participants could place at most (0 when nobody is marked present)."""
        return self.present * self.round.dots_per_participant

    @property
    def beyond_possible(self) -> bool:
        """More dots than the people marked present could place (a miscount on paper, or
        people not marked present): flagged, never refused."""
        return self.present > 0 and self.dots_total > self.dots_possible


def _get_round(store, round_id: int) -> Round:
    rnd = store.voting.round(round_id)
    if rnd is None:
        raise VotingError("vote_round_gone", None, round=round_id)
    return rnd


def _labels(store, rnd: Round) -> dict[int, str]:
    from .ops.voting import candidate_labels   # the one rule of what a candidate is called

    return candidate_labels(store, rnd)


def _candidate_rows(store, rnd: Round) -> tuple[list[tuple[int, int, int, int, int]], bool]:
    """The round's SQL totals of its candidates, and whether dots lie on other items too."""
    rows = store.voting.tally_rows(rnd.id)
    cands = set(rnd.candidates)
    mine = [r for r in rows if r[0] in cands]
    return mine, len(mine) != len(rows)


def standings(store, rnd: Round) -> list[Standing]:
    """The round's ranking (every candidate, 0 dots included), as voting.tally ranks it."""
    mine, _ = _candidate_rows(store, rnd)
    return voting.rank(rnd.candidates, {r[0]: r[1] for r in mine},
                       {r[0]: r[4] for r in mine if r[4]})


def results(store, round_id: int, *, who: bool = True) -> Results:
    """Everything the results of a round show. who=False leaves out who voted for what (the
    paper grid shows no names); an anonymous round never has it."""
    rnd = _get_round(store, round_id)
    mine, strays = _candidate_rows(store, rnd)
    total = sum(r[1] for r in mine)
    unnamed = sum(r[2] for r in mine)
    named = total - unnamed
    voters = store.voting.voter_count(rnd.id, candidates_only=strays) if named else 0
    pairs: dict[int, list[tuple[str, int]]] = {}
    if who and named and not rnd.anonymous:
        for item, name, dots in store.voting.who_voted(rnd.id):
            pairs.setdefault(item, []).append((name, dots))
    who_of = {item: pairs[item] for item in dict.fromkeys(rnd.candidates) if item in pairs}
    ranked = voting.rank(rnd.candidates, {r[0]: r[1] for r in mine},
                         {r[0]: r[4] for r in mine if r[4]})
    return Results(rnd, ranked, _labels(store, rnd), who_of, total, unnamed, named, voters,
                   store.voting.present_count())


def comparison(store, round_ids: list[int]) -> list[tuple[int, str, list[Standing | None]]]:
    """Rounds side by side: (item, label, [its standing in each round, or None]) for every
    candidate of any of them, in the order of the first round's ranking, then the next's.
    Reads each round's standings and labels only (no names, no presence)."""
    per_round: list[dict[int, Standing]] = []
    order: list[int] = []
    names_of: dict[int, str] = {}
    for rid in round_ids:
        rnd = _get_round(store, rid)
        ranked = standings(store, rnd)
        names_of.update(_labels(store, rnd))
        per_round.append({s.item_id: s for s in ranked})
        order.extend(s.item_id for s in ranked)
    return [(item, names_of.get(item, str(item)), [r.get(item) for r in per_round])
            for item in dict.fromkeys(order)]


def paper_and_ballots(store, round_id: int) -> tuple[dict[int, int], dict[int, int]]:
    """(item -> dots counted on paper, item -> dots from ballots, named or anonymous), added up
    by SQLite: the paper grid's two columns (facilitator.ops.voting.paper_and_ballots over rows)."""
    paper: dict[int, int] = {}
    cast: dict[int, int] = {}
    for item, dots, _unnamed, on_paper, _voters in store.voting.tally_rows(round_id):
        if on_paper:
            paper[item] = on_paper
        if dots - on_paper:
            cast[item] = dots - on_paper
    return paper, cast
