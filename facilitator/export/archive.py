"""The session archive (JSON, `docs/archive-format.md`): export a session file, import one.

Export then import then export gives the same JSON. Import validates the whole archive before
creating anything, and refuses with one message naming the key and its position; the voting
rules it checks are the laptop's own (`voting.check_ballot`). Import writes in bulk, in time
linear in the size of the archive, and refuses an archive larger than MAX_ARCHIVE_BYTES before
reading it.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
from pathlib import Path
from typing import Any

from .. import voting
from ..catalogue import text as say
from ..errors import ArchiveError, FacilitatorError, FileError
from ..i18n import current_language
from ..model import ACTION_STATUSES, OUTCOMES, ROUND_STATUSES, ROUND_TARGETS, Round
from ..roles import ROLE_KEYS
from ..store import Store, clean_text
from ..store.db import now_iso
from . import archive_demarche, archive_room, archive_series

FORMAT = "facilitator-session"
VERSION = 1

#: An archive larger than this is refused before it is read (parsing JSON in Python takes
#: about 4 to 5 times the file's size in memory; a session of 100,000 participants, 20,000
#: ideas and 75,000 votes is about 25 MB).
MAX_ARCHIVE_BYTES = 100 * 1024 * 1024
#: The largest whole number the archive accepts (minutes, seconds, dots, counts of votes):
#: far beyond any session, and sums of them stay far inside SQLite's 64-bit integers.
MAX_COUNT = 1_000_000_000
#: Where a too-deeply nested archive is said to go too deep (the format itself needs 5).
DEPTH_SHOWN = 500

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d", re.ASCII)
_COLOR = re.compile(r"#[0-9a-fA-F]{6}", re.ASCII)
# an instant: ISO 8601 date and time, seconds and offset optional (as the app writes them:
# 2026-11-27T10:00:00-05:00)
_INSTANT = re.compile(
    r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?(Z|[+-]\d{2}(:?\d{2})?)?",
    re.ASCII)
_BAD_TEXT = re.compile("[\ud800-\udfff\x00]")
_STR = (str, type(None))     # optional text: absent, null or text
_BOOL = (bool, type(None))


# ------------------------------------------------------------------------------------------
# export
def to_dict(store: Store) -> dict[str, Any]:
    s = store.session.get()
    sid = lambda v: None if v is None else str(v)  # noqa: E731
    merged = store.ideas.all_merged_texts()
    rounds = []
    for r in store.voting.rounds():
        votes = store.voting.votes(r.id)
        rounds.append({
            "id": str(r.id), "title": r.title, "target": r.target,
            "candidates": [str(c) for c in r.candidates],
            "dots_per_participant": r.dots_per_participant, "max_per_item": r.max_per_item,
            "anonymous": r.anonymous, "status": r.status,
            # an anonymous round names nobody, even in a file written before that was the
            # rule (its named rows are written as the unnamed totals they count as); ballot:
            # dots of anonymous ballots at the laptop, kept apart from paper dots (issue 12)
            "votes": [{"item": str(v.item_id),
                       "participant": None if r.anonymous else sid(v.participant_id),
                       "dots": v.dots, **({"ballot": True} if v.ballot else {})}
                      for v in votes],
            "revealed": r.revealed,
            # anonymous rounds: who has voted at the laptop (never what), in id order
            "ballots_cast": [str(p) for p in sorted(store.voting.cast(r.id))],
        })
    data = {
        "format": FORMAT,
        "version": VERSION,
        "session": {
            "title": s.title, "date": s.date, "start_time": s.start_time, "place": s.place,
            "organizer": s.organizer, "facilitators": list(s.facilitators),
            "language": s.language, "notes": s.notes,
            # optional keys beyond version 1's list (the spec allows new optional keys)
            "end_time": s.end_time, "decision_pattern": s.decision_pattern,
            "hide_authors": s.hide_authors,
        },
        "participants": [
            {"id": str(p.id), "name": p.name, "organization": p.organization,
             "present": p.present, "email": p.email}
            for p in store.participants.list()],
        "agenda": [
            {"id": str(a.id), "title": a.title, "objective": a.objective, "method": a.method,
             "planned_minutes": a.planned_minutes, "actual_seconds": a.actual_seconds,
             "notes": a.notes, "materials": a.materials}
            for a in store.agenda.list()],
        "themes": [{"id": str(t.id), "title": t.title, "color": t.color}
                   for t in store.ideas.themes()],
        "ideas": [
            {"id": str(i.id), "text": i.text, "theme": sid(i.theme_id),
             "agenda_item": sid(i.agenda_item_id), "author": sid(i.author_id),
             "created_at": i.created_at,
             # optional (issue 12): the texts of the ideas merged into this one
             **({"merged": merged[i.id]} if i.id in merged else {})}
            for i in store.ideas.list()],
        "rounds": rounds,
        "actors": [
            {"id": str(a.id), "name": a.name, "kind": a.kind,
             "roles": {k: {"current": a.roles[k][0], "desired": a.roles[k][1]}
                       for k in ROLE_KEYS if k in a.roles},
             **({"overload_flag": True} if a.overload_flag else {})}
            for a in store.actors.list()],
        "decisions": [
            {"id": str(d.id), "number": d.number, "text": d.text,
             "proposed_by": sid(d.proposed_by), "seconded_by": sid(d.seconded_by),
             "outcome": d.outcome, "votes_for": d.votes_for, "votes_against": d.votes_against,
             "abstentions": d.abstentions}
            for d in store.decisions.list()],
        "actions": [
            {"id": str(a.id), "text": a.text, "owner": a.owner, "due": a.due,
             "status": a.status, "idea": sid(a.idea_id)}
            for a in store.decisions.actions()],
    }
    from . import archive_council   # council keys (issue 17), optional

    archive_series.add_keys(store, data)  # sessions that follow one another (issue 16)
    archive_demarche.add_keys(store, data)  # roles per priority, evaluation (issue 16)
    archive_room.add_keys(store, data)  # ideas waiting for approval (issue 15)
    return archive_council.add_to(store, data)


def dumps(store: Store) -> str:
    return json.dumps(to_dict(store), ensure_ascii=False, indent=2) + "\n"


def export(store: Store, out: str | os.PathLike) -> Path:
    """Write the archive to a temporary file, then rename it into place."""
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(dumps(store), encoding="utf-8")
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno == 28:
            raise FileError("disk_full", file=str(out)) from None
        raise FileError("cannot_create", file=str(out), detail=exc.strerror or str(exc)) from None
    return out


# ------------------------------------------------------------------------------------------
# validation
class _Huge(int):
    """A whole number too long to be a count (kept as its digits, never converted)."""

    digits: str

    def __new__(cls, digits: str) -> "_Huge":
        self = super().__new__(cls, MAX_COUNT + 1 if not digits.startswith("-") else -1)
        self.digits = digits
        return self

    def __repr__(self) -> str:
        return f"{self.digits[:12]}…({len(self.digits.lstrip('-'))})"

    __str__ = __repr__


def _parse_int(digits: str) -> int:
    # Python refuses to convert more than 4,300 digits; anything past 18 is no count anyway
    return int(digits) if len(digits) <= 19 else _Huge(digits)


def _shown(value: Any, limit: int = 80) -> Any:
    """A value as a message may echo it: no lone surrogate or NUL, and not a novel."""
    if isinstance(value, str):
        value = _BAD_TEXT.sub("\ufffd", value)
        return value if len(value) <= limit else value[:limit] + "…"
    return value


class _BallotError(ArchiveError):
    """A named ballot of the archive breaks the laptop's rule: voting's own message, prefixed
    by where it is in the archive and whose ballot it is. Its key is the laptop's."""

    def __init__(self, path: str, who: str, cause: voting.VotingError) -> None:
        super().__init__(cause.key, path=path, id=who, **cause.params)
        self.path, self.who, self.cause = path, who, cause

    def message(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        return say("archive_ballot", lang, path=self.path, id=self.who,
                   rule=self.cause.message(lang))


class _V:
    """Walks the archive, raising ArchiveError at the first problem, with its path."""

    @staticmethod
    def fail(key: str, **kw: Any) -> None:
        raise ArchiveError(key, **{k: _shown(v) for k, v in kw.items()})

    def get(self, obj: dict, key: str, path: str, types: tuple, *, required: bool = True,
            nullable: bool = False, expected: str = "") -> Any:
        value = obj.get(key)
        if value.__class__ in types:  # the usual case, at once (a bool only where asked)
            return value
        p = f"{path}.{key}" if path else key
        if key not in obj:
            if required:
                self.fail("archive_missing", path=p)
            return None
        value = obj[key]
        if value is None:
            if nullable or not required:
                return None
            self.fail("archive_type", path=p, expected=expected or _tname(types), found="null")
        if isinstance(value, bool) and bool not in types:
            self.fail("archive_type", path=p, expected=expected or _tname(types), found=_jtype(value))
        if not isinstance(value, types):
            self.fail("archive_type", path=p, expected=expected or _tname(types), found=_jtype(value))
        return value

    def text(self, obj, key, path, *, required=True, nullable=False, nonempty=False):
        v = self.get(obj, key, path, (str,), required=required, nullable=nullable)
        # (stripping is the same before and after clean_text: U+FFFD is no space)
        if nonempty and v is not None and not v.strip():
            self.fail("archive_value", path=f"{path}.{key}", found=json.dumps(v),
                      expected="non-empty text")
        return v

    def integer(self, obj, key, path, *, required=True, nullable=False, lo=None, hi=MAX_COUNT):
        v = self.get(obj, key, path, (int,), required=required, nullable=nullable)
        if v is not None and ((lo is not None and v < lo) or (hi is not None and v > hi)):
            rng = f">= {lo}" if hi is None else f"{lo}..{hi}"
            self.fail("archive_value", path=f"{path}.{key}", found=str(v), expected=rng)
        return v

    def choice(self, obj, key, path, choices, *, required=True):
        v = self.get(obj, key, path, (str,), required=required, nullable=not required)
        if v is not None and v not in choices:
            self.fail("archive_value", path=f"{path}.{key}", found=json.dumps(_shown(v)),
                      expected=" | ".join(choices))
        return v

    def pattern(self, obj, key, path, regex, expected):
        v = self.get(obj, key, path, (str,), required=False, nullable=True)
        if v is not None and not regex.fullmatch(v):
            self.fail("archive_value", path=f"{path}.{key}",
                      found=json.dumps(_shown(v), ensure_ascii=False), expected=expected)
        return v

    def items(self, data, key) -> list[dict]:
        v = self.get(data, key, "", (list,), required=False, nullable=True) or []
        try:  # the usual case at once: objects, each with a text id, all different
            found = [item["id"] for item in v if item.__class__ is dict]
            if (len(found) == len(v) and all(i.__class__ is str for i in found)
                    and len(set(found)) == len(found)):
                return v
        except (KeyError, TypeError):
            pass
        ids: set[str] = set()
        for i, item in enumerate(v):
            p = f"{key}[{i}]"
            if not isinstance(item, dict):
                self.fail("archive_type", path=p, expected="object", found=_jtype(item))
            rid = self.get(item, "id", p, (str,))
            if rid in ids:
                self.fail("archive_duplicate_id", path=f"{p}.id", id=rid)
            ids.add(rid)
        return v

    def ref(self, obj, key, path, known: set[str], kind: str) -> str | None:
        v = self.get(obj, key, path, (str,), required=False, nullable=True)
        if v is not None and v not in known:
            self.fail("archive_dangling", path=f"{path}.{key}", kind=kind, id=v)
        return v


def _jtype(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "number"
    if isinstance(v, str):
        return "text"
    if isinstance(v, list):
        return "list"
    return "object"


def _tname(types: tuple) -> str:
    names = {str: "text", int: "integer", bool: "boolean", list: "list", dict: "object"}
    return " | ".join(names.get(t, t.__name__) for t in types)


def validate(data: Any) -> None:
    """Raise ArchiveError naming the first problem; return None when the archive is sound."""
    v = _V()
    if not isinstance(data, dict):
        v.fail("archive_type", path="(root)", expected="object", found=_jtype(data))
    fmt = v.get(data, "format", "", (str,))
    if fmt != FORMAT:
        v.fail("archive_format", found=fmt)
    version = v.get(data, "version", "", (int,))
    if version > VERSION:
        v.fail("archive_version", found=str(version), supported=VERSION)
    if version < 1:
        v.fail("archive_value", path="version", found=version, expected=">= 1")
    s = v.get(data, "session", "", (dict,))
    v.text(s, "title", "session", nonempty=True)
    v.pattern(s, "date", "session", _DATE, "YYYY-MM-DD")
    v.pattern(s, "start_time", "session", _TIME, "HH:MM")
    v.pattern(s, "end_time", "session", _TIME, "HH:MM")
    for key in ("place", "organizer", "notes"):
        v.text(s, key, "session", required=False, nullable=True)
    facs = v.get(s, "facilitators", "session", (list,), required=False, nullable=True) or []
    for i, f in enumerate(facs):
        if not isinstance(f, str):
            v.fail("archive_type", path=f"session.facilitators[{i}]", expected="text",
                   found=_jtype(f))
    v.choice(s, "language", "session", ("fr", "en"), required=False)
    v.text(s, "decision_pattern", "session", required=False, nullable=True)
    v.get(s, "hide_authors", "session", (bool,), required=False, nullable=True)

    # Large lists first try a fast test of the usual, sound case; anything else goes through
    # the full checks, which name the problem (the same rules, said once, below each test).
    people = v.items(data, "participants")
    for i, p in enumerate(people):
        name = p.get("name")
        if (name.__class__ is str and name.strip() and p.get("organization").__class__ in _STR
                and p.get("email").__class__ in _STR and p.get("present").__class__ in _BOOL):
            continue
        path = f"participants[{i}]"
        v.text(p, "name", path, nonempty=True)
        v.text(p, "organization", path, required=False, nullable=True)
        v.text(p, "email", path, required=False, nullable=True)
        v.get(p, "present", path, (bool,), required=False, nullable=True)
    pids = {p["id"] for p in people}

    agenda = v.items(data, "agenda")
    for i, a in enumerate(agenda):
        path = f"agenda[{i}]"
        v.text(a, "title", path)
        for key in ("objective", "method", "notes", "materials"):
            v.text(a, key, path, required=False, nullable=True)
        v.integer(a, "planned_minutes", path, required=False, nullable=True, lo=0)
        v.integer(a, "actual_seconds", path, required=False, nullable=True, lo=0)
    aids = {a["id"] for a in agenda}

    themes = v.items(data, "themes")
    for i, t in enumerate(themes):
        v.text(t, "title", f"themes[{i}]")
        v.pattern(t, "color", f"themes[{i}]", _COLOR, "#rrggbb")
    tids = {t["id"] for t in themes}

    ideas = v.items(data, "ideas")
    for i, idea in enumerate(ideas):
        text, when = idea.get("text"), idea.get("created_at")
        theme, item, author = idea.get("theme"), idea.get("agenda_item"), idea.get("author")
        if (text.__class__ is str and text.strip() and (theme is None or theme in tids)
                and (item is None or item in aids) and (author is None or author in pids)
                and (when is None or (when.__class__ is str and _INSTANT.fullmatch(when)))):
            continue
        path = f"ideas[{i}]"
        v.text(idea, "text", path, nonempty=True)
        v.ref(idea, "theme", path, tids, "theme")
        v.ref(idea, "agenda_item", path, aids, "agenda item")
        v.ref(idea, "author", path, pids, "participant")
        v.pattern(idea, "created_at", path, _INSTANT, "YYYY-MM-DDTHH:MM:SS±HH:MM")
        for j, text in enumerate(v.get(idea, "merged", path, (list,), required=False,
                                       nullable=True) or []):
            if not isinstance(text, str):
                v.fail("archive_type", path=f"{path}.merged[{j}]", expected="text",
                       found=_jtype(text))
    iids = {i["id"] for i in ideas}

    for i, r in enumerate(v.items(data, "rounds")):
        _validate_round(v, r, f"rounds[{i}]", iids, tids, pids)

    for i, a in enumerate(v.items(data, "actors")):
        path = f"actors[{i}]"
        v.text(a, "name", path, nonempty=True)
        v.text(a, "kind", path, required=False, nullable=True)
        v.get(a, "overload_flag", path, (bool,), required=False, nullable=True)
        roles = v.get(a, "roles", path, (dict,), required=False, nullable=True) or {}
        for key, lv in roles.items():
            rp = f"{path}.roles.{_shown(key)}"
            if key not in ROLE_KEYS:
                v.fail("archive_value", path=rp, found=json.dumps(_shown(key), ensure_ascii=False),
                       expected=" | ".join(ROLE_KEYS))
            if not isinstance(lv, dict):
                v.fail("archive_type", path=rp, expected="object", found=_jtype(lv))
            v.integer(lv, "current", rp, required=False, nullable=True, lo=0, hi=3)
            v.integer(lv, "desired", rp, required=False, nullable=True, lo=0, hi=3)

    numbers: set[str] = set()
    for i, d in enumerate(v.items(data, "decisions")):
        path = f"decisions[{i}]"
        number = v.text(d, "number", path, nonempty=True)
        stored = clean_text(number).strip()   # as the file keeps it, unique there
        if stored in numbers:
            v.fail("archive_duplicate_number", path=f"{path}.number", number=number)
        numbers.add(stored)
        v.text(d, "text", path)
        v.ref(d, "proposed_by", path, pids, "participant")
        v.ref(d, "seconded_by", path, pids, "participant")
        v.choice(d, "outcome", path, OUTCOMES, required=False)
        for key in ("votes_for", "votes_against", "abstentions"):
            v.integer(d, key, path, required=False, nullable=True, lo=0)

    for i, a in enumerate(v.items(data, "actions")):
        path = f"actions[{i}]"
        v.text(a, "text", path)
        v.text(a, "owner", path, required=False, nullable=True)
        v.pattern(a, "due", path, _DATE, "YYYY-MM-DD")
        v.choice(a, "status", path, ACTION_STATUSES, required=False)
        v.ref(a, "idea", path, iids, "idea")
    archive_series.validate_keys(v, data)  # sessions that follow one another (issue 16)
    archive_demarche.validate_keys(v, data)  # roles per priority, evaluation (issue 16)
    archive_room.validate_keys(v, data)  # ideas waiting for approval (issue 15)

    from . import archive_council   # council keys (issue 17), optional

    archive_council.validate(data, v)


_BALLOT = (bool, type(None))   # the optional "ballot" of a vote (issue 12)


def _validate_round(v: _V, r: dict, path: str, iids: set[str], tids: set[str],
                    pids: set[str]) -> None:
    v.text(r, "title", path)
    target = v.choice(r, "target", path, ROUND_TARGETS, required=False) or "ideas"
    pool = iids if target == "ideas" else tids
    cands = v.get(r, "candidates", path, (list,), required=False, nullable=True) or []
    seen: set[str] = set()
    for j, c in enumerate(cands):
        if not isinstance(c, str):
            v.fail("archive_type", path=f"{path}.candidates[{j}]", expected="text",
                   found=_jtype(c))
        if c not in pool:
            v.fail("archive_dangling", path=f"{path}.candidates[{j}]",
                   kind="idea" if target == "ideas" else "theme", id=c)
        if c in seen:
            v.fail("archive_duplicate_candidate", path=f"{path}.candidates[{j}]", id=c)
        seen.add(c)
    budget = v.integer(r, "dots_per_participant", path, lo=1)
    cap = v.integer(r, "max_per_item", path, required=False, nullable=True, lo=1)
    anonymous = v.get(r, "anonymous", path, (bool,), required=False, nullable=True)
    anonymous = True if anonymous is None else anonymous   # as the import stores it
    v.choice(r, "status", path, ROUND_STATUSES, required=False)
    v.get(r, "revealed", path, (bool,), required=False, nullable=True)
    cast = v.get(r, "ballots_cast", path, (list,), required=False, nullable=True) or []
    for j, who in enumerate(cast):
        if not isinstance(who, str):
            v.fail("archive_type", path=f"{path}.ballots_cast[{j}]", expected="text",
                   found=_jtype(who))
        if who not in pids:
            v.fail("archive_dangling", path=f"{path}.ballots_cast[{j}]", kind="participant",
                   id=who)
    votes = v.get(r, "votes", path, (list,), required=False, nullable=True) or []
    rows: dict[str, list[tuple[int, str, int]]] = {}   # participant -> [(position, item, dots)]
    for j, vote in enumerate(votes):
        if vote.__class__ is dict:
            item, who, dots = vote.get("item"), vote.get("participant"), vote.get("dots")
            if (item.__class__ is str and item in seen and dots.__class__ is int
                    and 1 <= dots <= MAX_COUNT and vote.get("ballot").__class__ in _BALLOT
                    and (who is None or (who in pids and not anonymous))):
                if who is not None:
                    rows.setdefault(who, []).append((j, item, dots))
                continue
        vp = f"{path}.votes[{j}]"
        if not isinstance(vote, dict):
            v.fail("archive_type", path=vp, expected="object", found=_jtype(vote))
        item = v.get(vote, "item", vp, (str,))
        if item not in seen:
            v.fail("archive_not_candidate", path=f"{vp}.item", id=item)
        who = v.ref(vote, "participant", vp, pids, "participant")
        dots = v.integer(vote, "dots", vp, lo=1)
        v.get(vote, "ballot", vp, (bool,), required=False, nullable=True)
        if who is None:
            continue  # counted on paper: bound by neither the budget nor the cap
        if anonymous:
            v.fail("archive_anonymous_named", path=f"{vp}.participant", id=who)
        rows.setdefault(who, []).append((j, item, dots))
    if rows:
        # candidates as a frozenset: check_ballot then tests membership without a copy
        _check_ballots(Round(0, str(r.get("title")), target, frozenset(cands), budget, cap,
                             anonymous, "closed"), rows, path)


def _check_ballots(rnd: Round, rows: dict[str, list[tuple[int, str, int]]], path: str) -> None:
    """Each participant's named dots, checked by the laptop's rule (voting.check_ballot). The
    refusal names the vote where the ballot first breaks the rule, the earliest of all."""
    worst: tuple[int, str, voting.VotingError] | None = None
    for who, mine in rows.items():
        ballot: dict[str, int] = {}
        for _, item, dots in mine:
            ballot[item] = ballot.get(item, 0) + dots
        try:
            voting.check_ballot(rnd, ballot, require_open=False)
        except voting.VotingError as err:
            at = _where(rnd, mine, err)
            if worst is None or at < worst[0]:
                worst = (at, who, err)
    if worst is not None:
        at, who, err = worst
        raise _BallotError(f"{path}.votes[{at}]", _shown(who), err)


def _where(rnd: Round, mine: list[tuple[int, str, int]], err: voting.VotingError) -> int:
    """The position of the vote at which a ballot breaks the rule that refused it."""
    total, on_item = 0, {}
    for j, item, dots in mine:
        total += dots
        on_item[item] = on_item.get(item, 0) + dots
        if err.key == "vote_over_cap" and item == err.params.get("item") \
                and on_item[item] > (rnd.max_per_item or 0):
            return j
        if err.key == "vote_over_budget" and total > rnd.dots_per_participant:
            return j
    return mine[0][0]


# ------------------------------------------------------------------------------------------
# reading the file
def load(path: str | os.PathLike) -> dict:
    """Read and parse an archive, refusing one over MAX_ARCHIVE_BYTES before reading it."""
    path = Path(path)
    try:
        # O_NONBLOCK: a named pipe is refused at once instead of waiting for a writer
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            st = os.fstat(fd)
        except OSError:
            os.close(fd)
            raise
        if not stat.S_ISREG(st.st_mode):
            os.close(fd)
            what = "folder" if stat.S_ISDIR(st.st_mode) else "special"
            raise ArchiveError(f"archive_not_a_file_{what}", file=str(path))
        with open(fd, "rb") as f:
            if st.st_size > MAX_ARCHIVE_BYTES:
                _too_big(path, st.st_size)
            raw = f.read(MAX_ARCHIVE_BYTES + 1)
    except FileNotFoundError:
        raise FileError("not_found", file=str(path)) from None
    except OSError as exc:
        raise ArchiveError("archive_not_json", file=str(path), detail=exc.strerror) from None
    if len(raw) > MAX_ARCHIVE_BYTES:  # it grew while read, or its size was not known
        _too_big(path, len(raw))
    # One emoji makes Python hold the whole decoded text at 4 bytes a character: written as
    # JSON escapes (a surrogate pair, which JSON reads back as the same character), the text
    # takes at most 2 bytes a character. Undecodable bytes become lone surrogates, which the
    # store turns into U+FFFD.
    compact = _compact(raw)
    escaped = compact is not raw
    del raw
    text = compact.decode("utf-8-sig", errors="surrogateescape")
    del compact
    try:
        try:
            return json.loads(text)
        except ValueError as exc:
            if not isinstance(exc, json.JSONDecodeError):
                # a number of thousands of digits, which Python will not convert: read again,
                # keeping such numbers as digits so that validation names their key
                return json.loads(text, parse_int=_parse_int)
            raise
    except (RecursionError, ValueError) as exc:
        if escaped:  # positions are said in the file as it is, not in its compact form
            del text
            with open(path, "rb") as f:
                text = f.read(MAX_ARCHIVE_BYTES + 1).decode("utf-8-sig", errors="surrogateescape")
        _refuse(path, text, exc)
        raise


_ASTRAL = re.compile(rb"[\xf0-\xf4][\x80-\xbf]{3}")


def _compact(raw: bytes) -> bytes:
    """raw with each character beyond U+FFFF (4 bytes in UTF-8) written as a JSON escape."""
    spots: list[int] = []
    for lead in range(0xF0, 0xF5):   # memchr-fast; a plain regex scan is 30 times slower
        at = raw.find(lead)
        while at != -1 and len(spots) <= 100_000:
            spots.append(at)
            at = raw.find(lead, at + 1)
    if not spots:
        return raw
    if len(spots) > 100_000:   # a file of emoji: one pass of the regex beats a Python loop
        return _ASTRAL.sub(lambda m: _escape_astral(m.string, m.start()), raw)
    parts, last = [], 0
    for at in sorted(spots):
        if at >= last:
            parts += (raw[last:at], _escape_astral(raw, at))
            last = at + 4
    parts.append(raw[last:])
    return b"".join(parts)


def _escape_astral(raw: bytes, at: int) -> bytes:
    seq = raw[at:at + 4]
    n = 0
    while at - n > 0 and raw[at - n - 1] == 0x5C:  # backslashes just before
        n += 1
    if n % 2:   # a backslash then an emoji is no JSON: it must stay as wrong as it was
        return seq
    try:
        c = ord(seq.decode("utf-8")) - 0x10000
    except UnicodeDecodeError:   # not a character: left for surrogateescape
        return seq
    return b"\\u%04x\\u%04x" % (0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF))


def _refuse(path: Path, text: str, exc: Exception) -> None:
    if isinstance(exc, RecursionError):
        line, column = _too_deep_at(text)
        raise ArchiveError("archive_too_deep", file=str(path), line=line, column=column,
                           limit=DEPTH_SHOWN) from None
    try:
        json.loads(text, parse_int=_parse_int)
    except json.JSONDecodeError as err:
        raise ArchiveError("archive_syntax", file=str(path), line=err.lineno,
                           column=err.colno) from None
    except (RecursionError, ValueError):
        pass
    raise ArchiveError("archive_not_json", file=str(path), detail=_shown(str(exc))) from None


def _too_big(path: Path, size: int) -> None:
    mb = 1024 * 1024
    raise ArchiveError("archive_too_big", file=str(path), size=max(1, round(size / mb)),
                       limit=MAX_ARCHIVE_BYTES // mb)


_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def _too_deep_at(text: str) -> tuple[int, int]:
    """Line and column (from 1) where the nesting first goes past DEPTH_SHOWN levels."""
    depth = 0
    for m in _TOKENS.finditer(text):
        tok = m.group()
        if tok in "[{":
            depth += 1
            if depth > DEPTH_SHOWN:
                at = m.start()
                line = text.count("\n", 0, at) + 1
                return line, at - (text.rfind("\n", 0, at) + 1) + 1
        elif tok in "]}":
            depth -= 1
    return 1, 1


# ------------------------------------------------------------------------------------------
# import
def _row_ids(items: list[dict], *, ordered_by_id: bool = False) -> list[int]:
    """The row id of each element. The archive's own ids are kept when they are all whole
    numbers (so that export → import → export is the same; where the file orders a list by id,
    only if they increase); otherwise the rows are numbered 1, 2, 3... in the list's order."""
    ids = [it["id"] for it in items]
    if all(map(_PLAIN_ID.fullmatch, ids)):
        out = list(map(int, ids))
        if not ordered_by_id or out == sorted(out):   # (ids are unique: sorted = increasing)
            return out
    return list(range(1, len(items) + 1))


_PLAIN_ID = re.compile(r"[1-9][0-9]{0,17}", re.ASCII)


def import_archive(data: dict, out: str | os.PathLike, *, force: bool = False) -> Path:
    """Validate data, then write it to a new session file `out` (atomic: a temporary file is
    filled, then renamed). Refuses to replace `out` unless force. No refusal names the
    temporary file or shows SQL."""
    validate(data)
    out = Path(out)
    if out.exists() and not force:
        raise FileError("exists", file=str(out))
    from ..store.files import publish

    tmp = out.with_name(f".{out.name}.{os.getpid()}.importing")
    tmp.unlink(missing_ok=True)
    s = data["session"]
    store = None
    try:
        store = Store.create(tmp, s["title"], language=s.get("language") or "fr")
        with store.transaction():
            _fill_session(store, data)
        store.close()
        # the rows, in bulk, on a connection of their own: the store's connection logs every
        # insert for Undo (temporary triggers), which doubles the cost and undoes nothing here
        con = sqlite3.connect(tmp, isolation_level=None)
        try:
            con.execute("PRAGMA foreign_keys = ON")
            con.execute("BEGIN")
            pmap, dmap = _fill_rows(con, data)
            con.execute("COMMIT")
        except sqlite3.Error as exc:
            if "full" in str(exc).lower():
                raise FileError("disk_full", file=str(out)) from None
            raise
        finally:
            con.close()
        # the optional keys that go through the store's own rules (council: issue 17)
        from . import archive_council

        store = Store.open(tmp)
        with store.transaction():
            archive_council.fill(store, data, pmap, dmap)
            archive_series.import_keys(store, data)  # sessions that follow one another
            archive_demarche.import_keys(store, data)  # roles per priority, evaluation
            archive_room.import_keys(store, data)  # ideas waiting for approval
        store.close()
        # no hard link (exFAT); a stale journal at `out` is set aside first
        publish(tmp, out, replace=force)
    except FacilitatorError as exc:
        raise _about(exc, tmp, out) from None
    except sqlite3.Error:
        raise ArchiveError("archive_not_written", file=str(out)) from None
    finally:
        if store is not None and not store.closed:
            store.close()
        for extra in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            extra.unlink(missing_ok=True)
    return out


def _about(exc: FacilitatorError, tmp: Path, out: Path) -> FacilitatorError:
    """The error as the person should read it: about their file, never the temporary one,
    and without SQLite's words."""
    if exc.params.get("file") != str(tmp):
        return exc
    if exc.key == "write_failed":  # its detail is SQLite's own words
        return ArchiveError("archive_not_written", file=str(out))
    return type(exc)(exc.key, **{**exc.params, "file": str(out)})


def _fill_session(store: Store, data: dict) -> None:
    s = data["session"]
    store.session.update(
        date=s.get("date"), start_time=s.get("start_time"), end_time=s.get("end_time"),
        place=s.get("place"), organizer=s.get("organizer"),
        facilitators=s.get("facilitators") or [], notes=s.get("notes"),
        hide_authors=bool(s.get("hide_authors")))
    if isinstance(s.get("decision_pattern"), str) and s["decision_pattern"].strip():
        store.session.update(decision_pattern=clean_text(s["decision_pattern"]))


def _fill_rows(con: sqlite3.Connection, data: dict) -> tuple[dict, dict]:
    """Write the validated archive in bulk: one INSERT per table (executemany), positions
    numbered in the archive's order, text cleaned as the store's own add functions do."""
    many = con.executemany

    def opt(value: Any) -> str | None:
        if not isinstance(value, str):
            return None
        value = clean_text(value)
        return value if value.strip() else None

    people = data.get("participants") or []
    pids = _row_ids(people)
    pmap = {p["id"]: n for p, n in zip(people, pids)}
    many("INSERT INTO participant (id, name, organization, present, email, position) "
         "VALUES (?, ?, ?, ?, ?, ?)",
         ((n, clean_text(p["name"]).strip(), opt(p.get("organization")),
           int(bool(p.get("present"))), opt(p.get("email")), i)
          for i, (p, n) in enumerate(zip(people, pids))))

    agenda = data.get("agenda") or []
    aids = _row_ids(agenda)
    amap = {a["id"]: n for a, n in zip(agenda, aids)}
    many("INSERT INTO agenda_item (id, title, objective, method, planned_minutes,"
         " actual_seconds, notes, materials, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
         ((n, clean_text(a["title"]), opt(a.get("objective")), opt(a.get("method")),
           a.get("planned_minutes") or 0, a.get("actual_seconds"), opt(a.get("notes")),
           opt(a.get("materials")), i)
          for i, (a, n) in enumerate(zip(agenda, aids))))

    themes = data.get("themes") or []
    tids = _row_ids(themes)
    tmap = {t["id"]: n for t, n in zip(themes, tids)}
    many("INSERT INTO theme (id, title, color, position) VALUES (?, ?, ?, ?)",
         ((n, clean_text(t["title"]), t.get("color"), i)
          for i, (t, n) in enumerate(zip(themes, tids))))

    ideas = data.get("ideas") or []
    iids = _row_ids(ideas, ordered_by_id=True)   # the file lists ideas by id
    imap = {i["id"]: n for i, n in zip(ideas, iids)}
    now = now_iso()
    many("INSERT INTO idea (id, text, theme_id, agenda_item_id, author_id, created_at) "
         "VALUES (?, ?, ?, ?, ?, ?)",
         ((n, clean_text(i["text"]), tmap.get(i.get("theme")), amap.get(i.get("agenda_item")),
           pmap.get(i.get("author")), i.get("created_at") or now)
          for i, n in zip(ideas, iids)))
    # the texts merged into an idea (issue 12), oldest first
    many("INSERT INTO idea_merged (idea_id, text, merged_at) VALUES (?, ?, ?)",
         ((imap[i["id"]], clean_text(text), now)
          for i in ideas for text in (i.get("merged") or [])))

    rounds = data.get("rounds") or []
    for pos, (r, rid) in enumerate(zip(rounds, _row_ids(rounds))):
        target = r.get("target") or "ideas"
        pool = imap if target == "ideas" else tmap
        con.execute(
            "INSERT INTO round (id, title, target, dots_per_participant, max_per_item, "
            "anonymous, status, revealed, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rid, clean_text(r["title"]), target, r["dots_per_participant"],
             r.get("max_per_item"), int(True if r.get("anonymous") is None else r["anonymous"]),
             r.get("status") or "draft", int(r.get("revealed") is True), pos))
        many("INSERT INTO round_candidate (round_id, item_id, position) VALUES (?, ?, ?)",
             ((rid, pool[c], i) for i, c in enumerate(r.get("candidates") or [])))
        many("INSERT INTO vote (round_id, item_id, participant_id, dots, ballot) "
             "VALUES (?, ?, ?, ?, ?)",
             ((rid, pool[vote["item"]], pmap.get(vote.get("participant")), vote["dots"],
               int(vote.get("participant") is None and vote.get("ballot") is True))
              for vote in r.get("votes") or []))
        many("INSERT INTO ballot_cast (round_id, participant_id) VALUES (?, ?)",
             ((rid, pmap[who]) for who in dict.fromkeys(r.get("ballots_cast") or [])))

    actors = data.get("actors") or []
    acids = _row_ids(actors)
    many("INSERT INTO actor (id, name, kind, overload_flag, position) VALUES (?, ?, ?, ?, ?)",
         ((n, clean_text(a["name"]), opt(a.get("kind")), int(bool(a.get("overload_flag"))), i)
          for i, (a, n) in enumerate(zip(actors, acids))))
    many("INSERT INTO actor_role (actor_id, role, current, desired) VALUES (?, ?, ?, ?)",
         ((n, key, lv.get("current") or 0, lv.get("desired") or 0)
          for a, n in zip(actors, acids) for key in ROLE_KEYS
          for lv in [(a.get("roles") or {}).get(key)] if lv))

    decisions = data.get("decisions") or []
    dids = _row_ids(decisions)
    dmap = {d["id"]: n for d, n in zip(decisions, dids)}
    many("INSERT INTO decision (id, number, text, proposed_by, seconded_by, outcome, "
         "votes_for, votes_against, abstentions, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
         ((n, clean_text(d["number"]).strip(), clean_text(d["text"]),
           pmap.get(d.get("proposed_by")), pmap.get(d.get("seconded_by")),
           d.get("outcome") or "adopted", d.get("votes_for"), d.get("votes_against"),
           d.get("abstentions"), i)
          for i, (d, n) in enumerate(zip(decisions, dids))))

    actions = data.get("actions") or []
    many("INSERT INTO action (id, text, owner, due, status, idea_id, position) "
         "VALUES (?, ?, ?, ?, ?, ?, ?)",
         ((n, clean_text(a["text"]), opt(a.get("owner")), a.get("due"),
           a.get("status") or "open", imap.get(a.get("idea")), i)
          for i, (a, n) in enumerate(zip(actions, _row_ids(actions)))))
    return pmap, dmap
