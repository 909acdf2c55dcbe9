"""Rules of dot voting: budgets, caps, tallies, ties and runoffs.

Pure: no Qt, no storage (store.voting only stores). A vote row with participant_id None is a
total counted on paper and entered by hand; it counts in tallies but is never bound by the
budget or the cap, and never names anyone.
"""
from __future__ import annotations

from typing import Iterable, Mapping, NamedTuple

from .catalogue import Phrase, text
from .errors import FacilitatorError
from .i18n import current_language
from .model import Round, Vote


class VotingError(FacilitatorError):
    """A ballot or a change of settings was refused; nothing was recorded.

    `lang` fixes the language of str(err); err.message(lang) still gives any language.
    """

    def __init__(self, key: str, lang: str | None = None, **params: object) -> None:
        super().__init__(key, **params)
        self.lang = lang

    def message(self, lang: str | None = None) -> str:
        return super().message(lang or self.lang)


class Standing(NamedTuple):
    """One candidate's place in a round (a named tuple: the tally makes one per candidate)."""
    item_id: int
    rank: int          # competition ranking: 1, 2, 2, 4
    dots: int
    share: float       # of all dots in the round, 0..1 (0 when there are no dots)
    voters: int        # distinct named participants who put at least one dot on it


# -- the budget ------------------------------------------------------------------------------
def suggested_budget(n_candidates: int) -> int:
    """About a third of the candidates, at least 1 (15 -> 5, 2 -> 1)."""
    return max(1, round(n_candidates / 3))


def budget_reason(n_candidates: int, lang: str) -> str:
    """One sentence explaining suggested_budget to the facilitator."""
    n = n_candidates
    if n <= 0:
        return text("budget_no_candidates", lang)
    b = suggested_budget(n)
    cands = text("budget_candidates", lang, n=n)
    if b == 1:
        return text("budget_one", lang, candidates=cands)
    return text("budget_third", lang, candidates=cands, b=b)


# -- counting --------------------------------------------------------------------------------
def _candidates(rnd: Round) -> list[int]:
    return list(dict.fromkeys(rnd.candidates))


def tally(rnd: Round, votes: Iterable[Vote]) -> list[Standing]:
    """Every candidate of the round (0 dots included), by rank then candidate order.

    Named and paper dots both count. Votes on items that are not candidates, or from another
    round, are ignored. (A session file's rounds are added up by SQLite instead, with the same
    ranking: facilitator.voting_results; a property test holds the two equal.)
    """
    cands = _candidates(rnd)
    if not isinstance(votes, (list, tuple)):
        votes = list(votes)       # a second pass may be needed (below)
    # per candidate: [its dots, the last person counted on it, its distinct named voters]
    state = {item: [0, None, 0] for item in cands}
    get = state.get
    # A person's rows come together (one ballot is written at once): a person is counted on a
    # candidate when the last person counted there is someone else, with no set of people per
    # candidate (a set per candidate, of hundreds of people at ten times the forum, made the
    # tally grow 16x for 10x the rows; this grows as the rows do). When a person's rows come
    # back after someone else's, this could count them twice: the voters are then counted
    # again with sets (tests/core/test_voting_rules.py, any order of rows).
    done: set[int] = set()        # people whose rows were followed by someone else's
    prev = None
    scattered = False
    rid = rnd.id
    for v in votes:
        st = get(v.item_id)
        if st is not None and v.round_id == rid:
            dots = v.dots
            st[0] += dots
            pid = v.participant_id
            if pid is not None and st[1] != pid and dots > 0:
                st[1] = pid
                st[2] += 1
                if pid != prev:
                    if pid in done:
                        scattered = True
                    if prev is not None:
                        done.add(prev)
                    prev = pid
    voters = {item: st[2] for item, st in state.items() if st[2]}
    if scattered:
        people: dict[int, set[int]] = {item: set() for item in cands}
        for v in votes:
            if v.item_id in people and v.round_id == rid and v.participant_id is not None \
                    and v.dots > 0:
                people[v.item_id].add(v.participant_id)
        voters = {item: len(p) for item, p in people.items() if p}
    return rank(cands, {item: st[0] for item, st in state.items()}, voters)


def rank(candidates: Iterable[int], totals: Mapping[int, int],
         voters: Mapping[int, int]) -> list[Standing]:
    """The standings of these candidates from their dots (totals[item], 0 when missing) and
    their distinct named voters: competition ranking (1, 2, 2, 4), ties in candidate order;
    each one's share of all the candidates' dots."""
    cands = list(dict.fromkeys(candidates))
    dots = [totals.get(item, 0) for item in cands]
    everything = sum(dots)
    # by dots, most first; a stable sort keeps ties in candidate order
    order = sorted(range(len(cands)), key=dots.__getitem__, reverse=True)
    standings: list[Standing] = []
    rank_now, last = 0, None
    for place, k in enumerate(order, start=1):
        d = dots[k]
        if d != last:   # rank = 1 + number of candidates with strictly more dots
            rank_now, last = place, d
        item = cands[k]
        standings.append(Standing(item, rank_now, d, d / everything if everything > 0 else 0.0,
                                  voters.get(item, 0)))
    return standings


def ballots(votes: Iterable[Vote]) -> dict[int, dict[int, int]]:
    """participant_id -> {item_id: dots}, named votes only (paper totals left out)."""
    out: dict[int, dict[int, int]] = {}
    for v in votes:
        if v.participant_id is not None:
            b = out.setdefault(v.participant_id, {})
            b[v.item_id] = b.get(v.item_id, 0) + v.dots
    return out


def who_voted(rnd: Round, votes: Iterable[Vote]) -> dict[int, list[tuple[int, int]]]:
    """item -> [(participant_id, dots)] for candidates with named dots, in order of voting.

    Always {} for an anonymous round: who voted for what is never revealed.
    """
    if rnd.anonymous:
        return {}
    cands = set(rnd.candidates)
    per: dict[int, dict[int, int]] = {}
    for v in votes:
        if v.participant_id is not None and v.item_id in cands and v.round_id == rnd.id:
            d = per.setdefault(v.item_id, {})
            d[v.participant_id] = d.get(v.participant_id, 0) + v.dots
    out = {}
    for item in _candidates(rnd):
        pairs = [(pid, dots) for pid, dots in per.get(item, {}).items() if dots >= 1]
        if pairs:
            out[item] = pairs
    return out


# -- checks ----------------------------------------------------------------------------------
def check_ballot(rnd: Round, ballot: Mapping, lang: str | None = None, *,
                 labels: Mapping = {}, require_open: bool = True) -> None:
    """Refuse, with VotingError, a participant's ballot ({item_id: dots}) that breaks a rule.

    Checked in this order: the round is open; each item is a candidate, with no negative dots
    and no more than the cap; the total is within the budget. Items are named by labels[item]
    when given, else by their id. `lang` fixes the language of str(error).
    require_open=False checks a ballot already cast in a round since closed (the archive
    import: the same budget and cap, whatever the round's status now).
    """
    if require_open and rnd.status != "open":
        key = "vote_round_closed" if rnd.status == "closed" else "vote_round_draft"
        raise VotingError(key, lang, round=rnd.title)
    cands = rnd.candidates if isinstance(rnd.candidates, frozenset) else set(rnd.candidates)
    for item, dots in ballot.items():   # labels are read only to name a refused item
        if item not in cands:
            raise VotingError("vote_not_candidate", lang, item=labels.get(item, item))
        if dots < 0:
            raise VotingError("vote_negative", lang, item=labels.get(item, item), dots=dots)
        if rnd.max_per_item is not None and dots > rnd.max_per_item:
            raise VotingError("vote_over_cap", lang, item=labels.get(item, item), dots=dots,
                              cap=rnd.max_per_item)
    spent = sum(ballot.values())
    if spent > rnd.dots_per_participant:
        raise VotingError("vote_over_budget", lang, spent=spent, budget=rnd.dots_per_participant,
                          extra=spent - rnd.dots_per_participant)


def check_settings_change(rnd: Round, votes: Iterable[Vote], *, dots_per_participant: int,
                          max_per_item: int | None, names: Mapping[int, str] = {},
                          labels: Mapping[int, str] = {}, lang: str | None = None) -> None:
    """Refuse new settings that the dots already placed would break.

    The budget cannot go below what someone already spent, nor the cap below what someone put
    on one candidate; the message names the person with the most (names[pid]) and the candidate
    (labels[item]). In an anonymous round the person is never named. Paper totals are never
    bound; dots on items that are no longer candidates do not count.
    """
    if dots_per_participant < 1:
        raise VotingError("vote_budget_min", lang, limit=dots_per_participant)
    if max_per_item is not None and max_per_item < 1:
        raise VotingError("vote_cap_min", lang, limit=max_per_item)
    cands = set(rnd.candidates)
    mine = [v for v in votes if v.round_id == rnd.id and v.item_id in cands]

    def who(pid: int) -> object:
        if rnd.anonymous:
            return Phrase("vote_someone")
        if pid in names:
            return names[pid]
        return Phrase("vote_participant_no", id=pid)

    by_person = ballots(mine)
    spent = {pid: sum(b.values()) for pid, b in by_person.items()}
    over = sorted((pid for pid, s in spent.items() if s > dots_per_participant),
                  key=lambda pid: -spent[pid])
    if over:
        pid = over[0]
        key = "vote_budget_below_spent_many" if len(over) > 1 else "vote_budget_below_spent"
        raise VotingError(key, lang, limit=dots_per_participant, who=who(pid), dots=spent[pid],
                          others=len(over) - 1)
    if max_per_item is None:
        return
    placed = [(dots, pid, item) for pid, b in by_person.items() for item, dots in b.items()
              if dots > max_per_item]
    if placed:
        placed.sort(key=lambda t: -t[0])
        dots, pid, item = placed[0]
        key = "vote_cap_below_placed_many" if len(placed) > 1 else "vote_cap_below_placed"
        raise VotingError(key, lang, limit=max_per_item, who=who(pid), dots=dots,
                          item=labels.get(item, item), others=len(placed) - 1)


# -- runoffs ---------------------------------------------------------------------------------
def runoff_candidates(standings: list[Standing], *, top: int | None = None,
                      threshold: int | None = None, picked: Iterable[int] = ()) -> list[int]:
    """Item ids for a runoff round, in standing order, chosen by ONE of:

    top K by rank, including everyone tied at the cut (top 3 of ranks 1, 2, 3, 3 gives 4);
    threshold: every item with at least that many dots; picked: those items (unknown ids are
    ignored). Giving more than one way raises ValueError; none gives [].
    """
    picked = list(picked)
    if sum(x is not None for x in (top, threshold)) + bool(picked) > 1:
        raise ValueError("choose the runoff by top, threshold or picked, not several")
    if top is not None:
        return [s.item_id for s in standings if s.rank <= top]
    if threshold is not None:
        return [s.item_id for s in standings if s.dots >= threshold]
    chosen = set(picked)
    return [s.item_id for s in standings if s.item_id in chosen]


# -- one line on a ballot (issue 12) ---------------------------------------------------------
def _say(key: str, lang: str, **params) -> str:
    return text(key, lang).format(**params)


def ballot_line(placed: int, budget: int, refused: VotingError | None = None,
                lang: str | None = None) -> str:
    """What a ballot holds, and why the last dot was not placed, in one sentence:
    « 4 placés, 1 restant ; ce point dépasserait le budget ». `refused` is the error the
    refused step raised (check_ballot), if any."""
    lang = lang or current_language()
    left = max(0, budget - placed)
    line = text("ballot_placed", lang, n=placed) + ", " + text("ballot_left", lang, n=left)
    if refused is None:
        return line
    if refused.key == "vote_over_budget":
        reason = _say("ballot_step_over_budget", lang)
    elif refused.key == "vote_over_cap":
        item = refused.params.get("item")
        item = item.text(lang) if isinstance(item, Phrase) else item
        reason = _say("ballot_step_over_cap", lang, cap=refused.params.get("cap"), item=item)
    elif refused.key == "vote_negative":
        reason = _say("ballot_step_negative", lang)
    else:
        reason = refused.message(lang)
    return line + (" ; " if lang != "en" else "; ") + reason
