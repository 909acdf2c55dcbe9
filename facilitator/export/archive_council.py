"""The archive's optional council keys (issue 17; the archive's version stays 1).

- on a participant: ``group``, ``municipality``, ``voices``, ``population`` (absent when unset);
- on the session: ``council`` {``rule``: "simple" | "double_majority", ``prefect``: participant
  id | null, ``prefect_at_large``: bool, ``quorum``: "third_members_half_voices" | null}
  (absent when the session is not a council meeting);
- on a decision: ``roll_call``: [{``participant``, ``vote``: "for" | "against" | "abstain" |
  "absent" | "conflict"}], with ``casting_vote`` ("for" | "against", the préfet's, when used)
  and ``quorum`` (the quorum recorded when the roll call was taken: ``met``,
  ``members_present``, ``members_total``, ``voices_present``, ``voices_total``,
  ``members_needed``, ``voices_needed``).
- on an anonymous round: ``groups``: [{``group``, ``ballots``, ``dots``: {candidate id: n}}],
  its results by group of participants (how many ballots each group cast and their dots added
  up: never who, never which ballot), sorted by group name; absent when no group voted.

When a roll call is given, the decision's ``outcome`` must agree with the council's rule
(``council.agrees``), else the archive is refused naming the decision's position.

``archive.py`` calls the three functions here (`add_to`, `validate`, `fill`), so that its own
code stays as it is.
"""
from __future__ import annotations

import json
from typing import Any

from .. import council as rules
from ..store.council import QUORUM_KEYS

MEMBER_KEYS = ("group", "municipality", "voices", "population")


# -- export ----------------------------------------------------------------------------------
def add_to(store, data: dict[str, Any]) -> dict[str, Any]:
    """Add the council keys to an archive made by ``archive.to_dict``."""
    info = store.council.info()
    for p in data["participants"]:
        m = info.get(int(p["id"]))
        if m is None:
            continue
        for key in MEMBER_KEYS:
            value = getattr(m, key)
            if value is not None:
                p[key] = value
    c = store.council.settings()
    if c is not None:
        data["session"]["council"] = {
            "rule": c.rule, "prefect": None if c.prefect is None else str(c.prefect),
            "prefect_at_large": c.prefect_at_large, "quorum": c.quorum}
    for d in data["decisions"]:
        did = int(d["id"])
        call = store.council.roll_call(did)
        if not call:
            continue
        d["roll_call"] = [{"participant": str(pid), "vote": vote} for pid, vote in call.items()]
        cast = store.council.casting_vote(did)
        if cast is not None:
            d["casting_vote"] = cast
        q = store.council.recorded_quorum(did)
        if q is not None:
            d["quorum"] = {k: getattr(q, k) for k in QUORUM_KEYS}
    for r in data.get("rounds") or []:
        if not r.get("anonymous"):
            continue
        dots, ballots = store.council.group_tallies(int(r["id"]))
        if not ballots and not dots:
            continue
        r["groups"] = [
            {"group": g, "ballots": ballots.get(g, 0),
             "dots": {c: dots[g][int(c)] for c in r["candidates"]
                      if dots.get(g, {}).get(int(c))}}
            for g in sorted(set(ballots) | set(dots))]
    return data


# -- validation ------------------------------------------------------------------------------
def validate(data: dict, v) -> None:
    """Check the council keys; ``v`` is the archive's validator (its helpers name the path)."""
    from .archive import _jtype

    people = data.get("participants") or []
    members: list[rules.Member] = []
    for i, p in enumerate(people):
        path = f"participants[{i}]"
        v.text(p, "group", path, required=False, nullable=True)
        v.text(p, "municipality", path, required=False, nullable=True)
        voices = v.integer(p, "voices", path, required=False, nullable=True, lo=0)
        population = v.integer(p, "population", path, required=False, nullable=True, lo=0)
        if voices is not None:
            members.append(rules.Member(p["id"], p.get("municipality") or None, voices,
                                        population or 0))
    pids = {p["id"] for p in people}
    member_ids = {m.id for m in members}

    s = data["session"]
    c = v.get(s, "council", "session", (dict,), required=False, nullable=True)
    council = None
    if c is not None:
        path = "session.council"
        rule = v.choice(c, "rule", path, rules.RULES, required=False) or "double_majority"
        prefect = v.ref(c, "prefect", path, pids, "participant")
        at_large = v.get(c, "prefect_at_large", path, (bool,), required=False, nullable=True)
        if "quorum" in c and c["quorum"] is not None:
            v.choice(c, "quorum", path, rules.QUORUM_RULES, required=False)
        council = rules.Council(rule, prefect, bool(at_large), c.get("quorum"))

    for i, r in enumerate(data.get("rounds") or []):
        if isinstance(r, dict):
            _validate_groups(v, r, f"rounds[{i}]")

    for i, d in enumerate(data.get("decisions") or []):
        path = f"decisions[{i}]"
        call = v.get(d, "roll_call", path, (list,), required=False, nullable=True)
        cast = v.choice(d, "casting_vote", path, ("for", "against"), required=False)
        q = v.get(d, "quorum", path, (dict,), required=False, nullable=True)
        if q is not None:
            for key in QUORUM_KEYS:
                if key == "met":
                    v.get(q, key, f"{path}.quorum", (bool,))
                else:
                    v.integer(q, key, f"{path}.quorum", lo=0)
        if not call:
            continue
        if council is None:
            v.fail("archive_roll_call_no_council", path=f"{path}.roll_call")
        votes: dict[str, str] = {}
        for j, entry in enumerate(call):
            ep = f"{path}.roll_call[{j}]"
            if not isinstance(entry, dict):
                v.fail("archive_type", path=ep, expected="object", found=_jtype(entry))
            who = v.ref(entry, "participant", ep, pids, "participant")
            if who is None:
                v.fail("archive_missing", path=f"{ep}.participant")
            if who not in member_ids:
                v.fail("archive_value", path=f"{ep}.participant",
                       found=json.dumps(who, ensure_ascii=False),
                       expected="a council member: a participant with voices")
            if who in votes:
                v.fail("archive_duplicate_id", path=f"{ep}.participant", id=who)
            votes[who] = v.choice(entry, "vote", ep, rules.VOTES)
        result = rules.decide(council, members, votes, cast)
        recorded = d.get("outcome") or "adopted"
        if not rules.agrees(recorded, result):
            v.fail("archive_outcome_rule", path=f"{path}.outcome", found=recorded,
                   expected=rules.outcome_key(result))


def _validate_groups(v, r: dict, path: str) -> None:
    from .archive import _jtype

    groups = v.get(r, "groups", path, (list,), required=False, nullable=True)
    if not groups:
        return
    candidates = {str(c) for c in r.get("candidates") or []}
    seen: set[str] = set()
    for j, g in enumerate(groups):
        gp = f"{path}.groups[{j}]"
        if not isinstance(g, dict):
            v.fail("archive_type", path=gp, expected="object", found=_jtype(g))
        name = v.text(g, "group", gp, nonempty=True)
        if name in seen:
            v.fail("archive_duplicate_id", path=f"{gp}.group", id=name)
        seen.add(name)
        v.integer(g, "ballots", gp, lo=0)
        dots = v.get(g, "dots", gp, (dict,))
        for c, n in dots.items():
            if c not in candidates:
                v.fail("archive_dangling", path=f"{gp}.dots", kind="candidate", id=c)
            if isinstance(n, bool) or not isinstance(n, int) or n < 0:
                v.fail("archive_value", path=f"{gp}.dots", found=json.dumps(n, ensure_ascii=False),
                       expected="a number of dots, 0 or more")


# -- import ----------------------------------------------------------------------------------
def fill(store, data: dict, pmap: dict[str, int], dmap: dict[str, int]) -> None:
    """Write the council keys of a validated archive into the new session file."""
    for p in data.get("participants") or []:
        fields = {k: p[k] for k in MEMBER_KEYS if p.get(k) is not None}
        if fields:
            store.council.set_member(pmap[p["id"]], **fields)
    # an anonymous round's totals by group: rounds and their candidates were written in order
    for r, rnd in zip(data.get("rounds") or [], store.voting.rounds()):
        cmap = dict(zip(r.get("candidates") or [], rnd.candidates))
        for g in r.get("groups") or []:
            store.council.set_group_tally(rnd.id, g["group"], g["ballots"],
                                          {cmap[c]: n for c, n in g["dots"].items()})
    c = data["session"].get("council")
    if c is None:
        return
    store.council.set_settings(
        rule=c.get("rule") or "double_majority", prefect=pmap.get(c.get("prefect")),
        prefect_at_large=bool(c.get("prefect_at_large")), quorum=c.get("quorum"))
    for d in data.get("decisions") or []:
        if not d.get("roll_call"):
            continue
        q = d.get("quorum")
        quorum = rules.Quorum(**{k: q[k] for k in QUORUM_KEYS}) if q else None
        store.council.take_roll_call(
            dmap[d["id"]], {pmap[e["participant"]]: e["vote"] for e in d["roll_call"]},
            d.get("casting_vote"), quorum=quorum, outcome=d.get("outcome") or "adopted")
