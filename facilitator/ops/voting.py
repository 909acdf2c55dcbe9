"""Recording dot votes: the operations every way of voting goes through.

Paper dots typed in a grid, ballots at the laptop, named ballots typed by the facilitator and,
later, participants' phones all call these functions. Each one checks the rules of
`facilitator/voting.py` first and writes nothing when it refuses (VotingError, with a French and
English sentence). They write but do not commit: call them inside one transaction
(`store.recorded`, `ctx.do`), which also makes them undoable.

Anonymity. In an anonymous round no vote row ever names a person, not even in the file: a
ballot is checked on its own (budget, cap), then its dots are ADDED to the round's unnamed
totals (participant null, the same rows as dots counted on paper), and those rows are rewritten
in candidate order so that not even the order of rows tells what the last ballot held. Once
recorded, an anonymous ballot cannot be told apart from paper dots: it cannot be replaced (Undo,
right after, is the way back), it does not bind later changes of the budget or the cap, and
distinct voters are only counted for named ballots. The participant given for an anonymous
ballot (chosen at the laptop, or known by a phone) is kept only as "has voted" (ballot_cast),
so that a second ballot from the same person is refused; never with what they chose.
"""
from __future__ import annotations

from collections import abc
from typing import Iterable, Mapping

from .. import voting
from ..catalogue import text
from ..model import ROUND_TARGETS, Round, Vote
from ..voting import VotingError

#: "leave this setting as it is" for change_settings (None means "no cap" for the cap)
KEEP: object = object()


# -- reading -----------------------------------------------------------------------------------
def get_round(store, round_id: int, lang: str | None = None) -> Round:
    rnd = store.voting.round(round_id)
    if rnd is None:
        raise VotingError("vote_round_gone", lang, round=round_id)
    return rnd


def candidate_labels(store, rnd_or_target: Round | str) -> dict[int, str]:
    """item id -> what a person reads for it: the idea's text or the theme's title."""
    target = rnd_or_target if isinstance(rnd_or_target, str) else rnd_or_target.target
    if target == "themes":
        out = {t.id: t.title for t in store.ideas.themes()}
    elif isinstance(rnd_or_target, str):
        out = {i.id: i.text for i in store.ideas.list()}
    else:   # a round: its candidates' texts only, not every idea of the session
        out = store.ideas.texts(rnd_or_target.candidates)
    if not isinstance(rnd_or_target, str):
        for item in rnd_or_target.candidates:
            if item not in out:  # deleted since the round was set up
                out[item] = text("vote_deleted_candidate", item=item)
    return out


class _LazyLabels(abc.Mapping):
    """candidate_labels(store, rnd), read the first time an item is named."""

    def __init__(self, store, rnd: Round) -> None:
        self._store, self._rnd, self._labels = store, rnd, None

    def _read(self) -> dict[int, str]:
        if self._labels is None:
            self._labels = candidate_labels(self._store, self._rnd)
        return self._labels

    def __getitem__(self, item):
        return self._read()[item]

    def __iter__(self):
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


def participant_names(store) -> dict[int, str]:
    return {p.id: p.name for p in store.participants.list()}


def candidates_for(store, target: str, theme_id: int | None = None) -> list[int]:
    """Every idea (or only one theme's ideas), or every theme, in their usual order."""
    if target == "themes":
        return [t.id for t in store.ideas.themes()]
    return [i.id for i in store.ideas.list() if theme_id is None or i.theme_id == theme_id]


def unnamed_totals(votes: Iterable[Vote], ballot: bool | None = None) -> dict[int, int]:
    """item -> dots without a name: counted on paper and, in anonymous rounds, from laptop
    ballots. ballot False: only the paper dots; True: only the anonymous ballots' dots."""
    out: dict[int, int] = {}
    for v in votes:
        if v.participant_id is None and (ballot is None or v.ballot == ballot):
            out[v.item_id] = out.get(v.item_id, 0) + v.dots
    return out


def paper_and_ballots(votes: Iterable[Vote]) -> tuple[dict[int, int], dict[int, int]]:
    """(item -> dots counted on paper, item -> dots from ballots, named or anonymous): the two
    add up to the candidate's total; typing a paper total never touches the ballots."""
    paper: dict[int, int] = {}
    cast: dict[int, int] = {}
    for v in votes:
        side = paper if v.participant_id is None and not v.ballot else cast
        side[v.item_id] = side.get(v.item_id, 0) + v.dots
    return paper, cast


# A round's results and the comparison of rounds are read by SQLite's sums, ranked by the rules
# of voting.py: facilitator/voting_results.py (issue 13).
from ..voting_results import Results, comparison, results  # noqa: E402,F401


# -- checks ------------------------------------------------------------------------------------
def _dots(value: object, item: object, lang: str | None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise VotingError("vote_not_integer", lang, item=item, found=value)
    return value


def _number(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"a whole number of dots is expected, not {value!r}")
    return value


def _require_open(rnd: Round, lang: str | None) -> None:
    if rnd.status != "open":
        key = "vote_round_closed" if rnd.status == "closed" else "vote_round_draft"
        raise VotingError(key, lang, round=rnd.title)


def check_ballot(store, round_id: int, participant_id: int | None, ballot: Mapping[int, int],
                 lang: str | None = None) -> Round:
    """Refuse (VotingError) a ballot that record_ballot would refuse; return the round."""
    return _check_ballot(store, get_round(store, round_id, lang), participant_id, ballot, lang)


def _check_ballot(store, rnd: Round, participant_id: int | None, ballot: Mapping[int, int],
                  lang: str | None) -> Round:
    round_id = rnd.id
    tags = _LazyLabels(store, rnd)   # read only to name an item in a refusal (300 phones)
    clean = {}
    for item, d in ballot.items():
        if isinstance(d, bool) or not isinstance(d, int):
            _dots(d, tags.get(item, item), lang)
        clean[item] = d
    if not rnd.anonymous:
        if participant_id is None:
            raise VotingError("vote_needs_participant", lang, round=rnd.title)
        if store.participants.get(participant_id) is None:
            raise VotingError("vote_unknown_participant", lang, pid=participant_id)
    elif participant_id is not None:  # an anonymous ballot may say who votes, to vote once
        person = store.participants.get(participant_id)
        if person is None:
            raise VotingError("vote_unknown_participant", lang, pid=participant_id)
        if participant_id in store.voting.cast(round_id):
            raise VotingError("vote_already_cast", lang, name=person.name, round=rnd.title)
    voting.check_ballot(rnd, clean, lang, labels=tags)
    return rnd


def check_settings(store, round_id: int, *, title=KEEP, budget=KEEP, cap=KEEP, anonymous=KEEP,
                   target=KEEP, candidates=KEEP, names: Mapping[int, str] | None = None,
                   labels: Mapping[int, str] | None = None, lang: str | None = None) -> Round:
    """Refuse (VotingError) settings that change_settings would refuse; return the round as it
    would become. Rules: a title is needed; the budget cannot go below what someone already
    spent, nor the cap below what someone placed on one candidate (check_settings_change);
    what is voted on cannot change once there are dots, and a candidate holding dots cannot be
    removed; a round needs at least one candidate."""
    rnd = get_round(store, round_id, lang)
    new = Round(**{**rnd.__dict__})
    if title is not KEEP:
        if not str(title).strip():
            raise VotingError("vote_title_empty", lang)
        new.title = str(title)
    if budget is not KEEP:
        new.dots_per_participant = _number(budget)
    if cap is not KEEP:
        new.max_per_item = None if cap is None else _number(cap)
    if anonymous is not KEEP:
        new.anonymous = bool(anonymous)
    votes = store.voting.votes(round_id)
    if target is not KEEP and target != rnd.target:
        if target not in ROUND_TARGETS:
            raise ValueError(f"unknown target {target!r}")
        if votes:
            raise VotingError("vote_target_has_dots", lang, round=rnd.title)
        new.target = target
    tags = labels if labels is not None else candidate_labels(store, new)
    if candidates is not KEEP:
        cands = list(dict.fromkeys(candidates))
        if not cands:
            raise VotingError("vote_no_candidates", lang, round=new.title)
        dropped = set(rnd.candidates) - set(cands)
        held: dict[int, int] = {}
        for v in votes:
            if v.item_id in dropped:
                held[v.item_id] = held.get(v.item_id, 0) + v.dots
        if held:
            item = max(held, key=lambda i: held[i])
            raise VotingError("vote_candidate_has_dots", lang, item=tags.get(item, item),
                              dots=held[item])
        new.candidates = cands
    voting.check_settings_change(
        rnd, votes, dots_per_participant=new.dots_per_participant,
        max_per_item=new.max_per_item,
        names=names if names is not None else participant_names(store), labels=tags, lang=lang)
    return new


# -- writing -----------------------------------------------------------------------------------
def _write_unnamed(store, rnd: Round, totals: Mapping[int, int], ballot: bool = False) -> None:
    """Rewrite the round's unnamed rows of one kind (paper, or anonymous ballots): one per
    item, in candidate order."""
    ordered = {item: totals[item] for item in rnd.candidates if totals.get(item, 0) > 0}
    ordered.update({item: d for item, d in totals.items() if item not in ordered and d > 0})
    store.voting.set_ballot(rnd.id, None, ordered, ballot=ballot)


def create_round(store, title: str, target: str, candidates: list[int], budget: int | None = None,
                 cap: int | None = None, anonymous: bool = True, hidden: bool = True, *,
                 parent_round_id: int | None = None, lang: str | None = None) -> int:
    """A new round, in draft. budget None: the suggested budget (about a third of the
    candidates). hidden False: its results may be shown in the room as soon as there are some."""
    if not str(title).strip():
        raise VotingError("vote_title_empty", lang)
    if target not in ROUND_TARGETS:
        raise ValueError(f"unknown target {target!r}")
    cands = list(dict.fromkeys(candidates))
    if not cands:
        raise VotingError("vote_no_candidates", lang, round=title)
    if budget is None:
        budget = voting.suggested_budget(len(cands))
    budget = _number(budget)
    if cap is not None:
        cap = _number(cap)
    probe = Round(0, title, target, cands, max(budget, 1), None, anonymous)
    voting.check_settings_change(probe, [], dots_per_participant=budget, max_per_item=cap,
                                 lang=lang)
    rid = store.voting.add_round(title, target, cands, budget, cap, anonymous, "draft",
                                 parent_round_id=parent_round_id)
    if not hidden:
        store.voting.update_round(rid, revealed=True)
    return rid


def record_ballot(store, round_id: int, participant_id: int | None, ballot: Mapping[int, int],
                  lang: str | None = None) -> None:
    """One person's ballot {item: dots}, checked against the budget and the cap.

    Named round: replaces that participant's ballot (an empty ballot removes it).
    Anonymous round: its dots are added to the unnamed totals, linked to nobody; when a
    participant is given, only the fact that they voted is kept, and a second ballot from them
    is refused."""
    rnd = check_ballot(store, round_id, participant_id, ballot, lang)
    _write_ballot(store, rnd, participant_id, ballot)


def record_ballots(store, round_id: int,
                   entries: list[tuple[int | None, Mapping[int, int], str | None]]) -> list:
    """Ballots arriving together in one round (a burst of phones: issue 15), each (participant,
    ballot, lang) checked and recorded as `record_ballot` would, one after the other. Returns
    one outcome per ballot, in order: None, or the VotingError that refuses it (nothing of it
    is written). The round is read once; the dots of the anonymous ballots that name nobody
    are added to the round's totals together, once (the same totals, one write)."""
    rnd = store.voting.round(round_id)
    out: list = []
    added: dict[int, int] = {}
    for participant_id, ballot, lang in entries:
        try:
            if rnd is None:
                raise VotingError("vote_round_gone", lang, round=round_id)
            _check_ballot(store, rnd, participant_id, ballot, lang)
        except VotingError as exc:
            out.append(exc)
            continue
        if rnd.anonymous and participant_id is None:
            for item, d in ballot.items():
                if d > 0:
                    added[item] = added.get(item, 0) + d
        else:   # who voted is read by the next ballot's check: written now, in order
            _write_ballot(store, rnd, participant_id, ballot)
        out.append(None)
    if added:
        _add_to_anonymous_totals(store, rnd, added)
    return out


def _add_to_anonymous_totals(store, rnd: Round, dots: Mapping[int, int]) -> None:
    """Add dots to the round's anonymous ballots' totals, apart from paper dots: in place when
    each item has its row already (rewriting every total cost ~2 ms a ballot: 300 phones at
    once waited 0.4 s); a new item rewrites them all, in the candidates' order, never in the
    order ballots came in."""
    if not store.voting.add_unnamed(rnd.id, dots, ballot=True):
        totals = unnamed_totals(store.voting.votes(rnd.id), ballot=True)
        for item, d in dots.items():
            totals[item] = totals.get(item, 0) + d
        _write_unnamed(store, rnd, totals, ballot=True)


def _write_ballot(store, rnd: Round, participant_id: int | None,
                  ballot: Mapping[int, int]) -> None:
    """A ballot already checked (_check_ballot)."""
    round_id = rnd.id
    dots = {item: d for item, d in ballot.items() if d > 0}
    if rnd.anonymous:   # added to the anonymous ballots' totals, apart from paper dots
        _add_to_anonymous_totals(store, rnd, dots)
        if participant_id is not None:  # that this person voted, never what
            store.voting.mark_cast(round_id, participant_id)
            # and, when they belong to a group, the group's unnamed totals (issue 17)
            store.council.add_group_ballot(round_id, participant_id, dots)
    else:
        order = {item: i for i, item in enumerate(rnd.candidates)}
        store.voting.set_ballot(round_id, participant_id,
                                dict(sorted(dots.items(), key=lambda kv: order[kv[0]])))


def record_paper_totals(store, round_id: int, totals: Mapping[int, int],
                        lang: str | None = None) -> None:
    """Set the dots counted on paper for these candidates (others keep theirs); 0 clears one.

    Paper totals are not bound by the budget or the cap. They are kept apart from the ballots'
    dots (named or anonymous), which they never replace: a candidate's total is both."""
    rnd = get_round(store, round_id, lang)
    _require_open(rnd, lang)
    tags = candidate_labels(store, rnd)
    cands = set(rnd.candidates)
    for item, d in totals.items():
        name = tags.get(item, item)
        if item not in cands:
            raise VotingError("vote_not_candidate", lang, item=name)
        if _dots(d, name, lang) < 0:
            raise VotingError("vote_negative", lang, item=name, dots=d)
    current = unnamed_totals(store.voting.votes(round_id), ballot=False)
    current.update(totals)
    _write_unnamed(store, rnd, current, ballot=False)


def open_round(store, round_id: int, lang: str | None = None) -> None:
    """Draft or closed -> open (reopening a closed round lets dots be changed again)."""
    rnd = get_round(store, round_id, lang)
    if not rnd.candidates:
        raise VotingError("vote_no_candidates", lang, round=rnd.title)
    if rnd.status != "open":
        store.voting.update_round(round_id, status="open")


def close_round(store, round_id: int, lang: str | None = None) -> None:
    rnd = get_round(store, round_id, lang)
    if rnd.status != "closed":
        store.voting.update_round(round_id, status="closed")


def reveal(store, round_id: int, lang: str | None = None) -> None:
    """The results may be shown in the room (« Révéler »)."""
    get_round(store, round_id, lang)
    store.voting.update_round(round_id, revealed=True)


def hide(store, round_id: int, lang: str | None = None) -> None:
    """The room sees « results hidden » again."""
    get_round(store, round_id, lang)
    store.voting.update_round(round_id, revealed=False)


def change_settings(store, round_id: int, *, title=KEEP, budget=KEEP, cap=KEEP, anonymous=KEEP,
                    target=KEEP, candidates=KEEP, names: Mapping[int, str] | None = None,
                    labels: Mapping[int, str] | None = None, lang: str | None = None) -> None:
    """Change a round's settings, refused as check_settings says.

    Making a named round anonymous forgets who placed which dots: the named ballots are
    added to the unnamed totals (undoable right after, like every change)."""
    old = get_round(store, round_id, lang)
    new = check_settings(store, round_id, title=title, budget=budget, cap=cap,
                         anonymous=anonymous, target=target, candidates=candidates, names=names,
                         labels=labels, lang=lang)
    fields = {}
    for key in ("title", "target", "dots_per_participant", "max_per_item", "anonymous"):
        if getattr(new, key) != getattr(old, key):
            fields[key] = getattr(new, key)
    if fields:
        store.voting.update_round(round_id, **fields)
    if new.candidates != old.candidates:
        store.voting.set_candidates(round_id, new.candidates)
    if new.anonymous and not old.anonymous:
        votes = store.voting.votes(round_id)
        if any(v.participant_id is not None for v in votes):
            totals = unnamed_totals(votes, ballot=True)   # the ballots' dots, paper apart
            for v in votes:
                if v.participant_id is not None:
                    totals[v.item_id] = totals.get(v.item_id, 0) + v.dots
            voters = voting.ballots(votes)
            for pid in voters:
                store.voting.set_ballot(round_id, pid, {})
            _write_unnamed(store, new, totals, ballot=True)
            cast = store.voting.cast(round_id)
            for pid in sorted(set(voters) - cast):  # they have voted: not a second time
                store.voting.mark_cast(round_id, pid)


def has_named_votes(store, round_id: int) -> bool:
    return store.voting.has_dots(round_id, named=True)


def create_runoff(store, round_id: int, *, top: int | None = None, threshold: int | None = None,
                  picked: Iterable[int] = (), title: str | None = None,
                  lang: str | None = None) -> int:
    """A new draft round from a closed one: its top K (everyone tied at the cut included),
    those with at least `threshold` dots, or a hand-picked selection. Same target, anonymity
    and cap (lowered to the new budget); the budget suggested for the new number of
    candidates; results hidden until revealed. The first round stays as it was."""
    rnd = get_round(store, round_id, lang)
    if rnd.status != "closed":
        raise VotingError("vote_runoff_not_closed", lang, round=rnd.title)
    standings = voting.tally(rnd, store.voting.votes(round_id))
    cands = voting.runoff_candidates(standings, top=top, threshold=threshold, picked=picked)
    if not cands:
        raise VotingError("vote_runoff_empty", lang, round=rnd.title)
    budget = voting.suggested_budget(len(cands))
    cap = None if rnd.max_per_item is None else min(rnd.max_per_item, budget)
    if title is None or not title.strip():
        title = runoff_title(rnd.title, lang)
    return create_round(store, title, rnd.target, cands, budget, cap, rnd.anonymous, True,
                        parent_round_id=round_id, lang=lang)


def runoff_title(title: str, lang: str | None = None) -> str:
    return text("vote_runoff_title", lang, title=title)


def remove_round(store, round_id: int, lang: str | None = None) -> None:
    """Delete a round with its votes (undoable like every operation)."""
    get_round(store, round_id, lang)
    store.voting.remove_round(round_id)


# -- undo labels (facilitator.ops: `op.label(store, *values)`) --------------------------------
# Attached here, apart from the functions, so that the operations above read as they were.
def _title(store, round_id) -> str:
    rnd = store.voting.round(round_id)
    return rnd.title if rnd is not None else "?"


def _ballot_label(store, round_id, participant_id, *a, **k):
    rnd = store.voting.round(round_id)
    if rnd is None or rnd.anonymous:
        return _ops.Label("op_ballot_anonymous")
    p = store.participants.get(participant_id) if participant_id is not None else None
    return _ops.Label("op_ballot_of", name=p.name if p else "?")


def _paper_label(store, round_id, totals, *a, **k):
    if len(totals) == 1:
        (item, dots), = totals.items()
        rnd = store.voting.round(round_id)
        name = candidate_labels(store, rnd).get(item, "?") if rnd is not None else "?"
        return _ops.Label("op_paper_dots", item=name, dots=dots)
    return _ops.Label("op_paper_totals", round=_title(store, round_id))


def _round_label(key):
    return lambda store, round_id, *a, **k: _ops.Label(key, round=_title(store, round_id))


from .. import ops as _ops  # noqa: E402  (the package imports this module)

for _fn, _labeller in (
        (create_round, lambda store, title, *a, **k: _ops.Label("op_round_add", round=title)),
        (change_settings, _round_label("op_round_settings")),
        (open_round, _round_label("op_round_open")),
        (close_round, _round_label("op_round_close")),
        (reveal, _round_label("op_round_reveal")),
        (hide, _round_label("op_round_hide")),
        (remove_round, _round_label("op_round_remove")),
        (create_runoff, _round_label("op_round_runoff")),
        (record_ballot, _ballot_label),
        (record_paper_totals, _paper_label)):
    _ops.operation(_labeller)(_fn)
del _fn, _labeller
