"""The session archive (JSON, `spec/archive-v1.md`): export a session file, import one.

Export then import then export gives the same JSON. Import validates the whole archive before
creating anything, and refuses with one message naming the key and its position.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from ..errors import ArchiveError, FileError
from ..model import ACTION_STATUSES, OUTCOMES, ROUND_STATUSES, ROUND_TARGETS
from ..roles import ROLE_KEYS
from ..store import Store, clean_text
from . import archive_series

FORMAT = "facilitator-session"
VERSION = 1

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


# ------------------------------------------------------------------------------------------
# export
def to_dict(store: Store) -> dict[str, Any]:
    s = store.session.get()
    sid = lambda v: None if v is None else str(v)  # noqa: E731
    rounds = []
    for r in store.voting.rounds():
        votes = store.voting.votes(r.id)
        rounds.append({
            "id": str(r.id), "title": r.title, "target": r.target,
            "candidates": [str(c) for c in r.candidates],
            "dots_per_participant": r.dots_per_participant, "max_per_item": r.max_per_item,
            "anonymous": r.anonymous, "status": r.status,
            "votes": [{"item": str(v.item_id), "participant": sid(v.participant_id),
                       "dots": v.dots} for v in votes],
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
             "created_at": i.created_at}
            for i in store.ideas.list()],
        "rounds": rounds,
        "actors": [
            {"id": str(a.id), "name": a.name, "kind": a.kind,
             "roles": {k: {"current": a.roles[k][0], "desired": a.roles[k][1]}
                       for k in ROLE_KEYS if k in a.roles}}
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
    archive_series.add_keys(store, data)  # sessions that follow one another (issue 16)
    return data


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
class _V:
    """Walks the archive, raising ArchiveError at the first problem, with its path."""

    @staticmethod
    def fail(key: str, **kw: Any) -> None:
        raise ArchiveError(key, **kw)

    def get(self, obj: dict, key: str, path: str, types: tuple, *, required: bool = True,
            nullable: bool = False, expected: str = "") -> Any:
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
        if nonempty and v is not None and not v.strip():
            self.fail("archive_value", path=f"{path}.{key}", found='""',
                      expected="non-empty text")
        return v

    def integer(self, obj, key, path, *, required=True, nullable=False, lo=None, hi=None):
        v = self.get(obj, key, path, (int,), required=required, nullable=nullable)
        if v is not None and ((lo is not None and v < lo) or (hi is not None and v > hi)):
            rng = f">= {lo}" if hi is None else f"{lo}..{hi}"
            self.fail("archive_value", path=f"{path}.{key}", found=v, expected=rng)
        return v

    def choice(self, obj, key, path, choices, *, required=True):
        v = self.get(obj, key, path, (str,), required=required, nullable=not required)
        if v is not None and v not in choices:
            self.fail("archive_value", path=f"{path}.{key}", found=json.dumps(v),
                      expected=" | ".join(choices))
        return v

    def pattern(self, obj, key, path, regex, expected):
        v = self.get(obj, key, path, (str,), required=False, nullable=True)
        if v is not None and not regex.match(v):
            self.fail("archive_value", path=f"{path}.{key}", found=json.dumps(v, ensure_ascii=False),
                      expected=expected)
        return v

    def items(self, data, key) -> list[dict]:
        v = self.get(data, key, "", (list,), required=False, nullable=True) or []
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
        v.fail("archive_version", found=version, supported=VERSION)
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

    people = v.items(data, "participants")
    for i, p in enumerate(people):
        path = f"participants[{i}]"
        v.text(p, "name", path, nonempty=True)
        v.text(p, "organization", path, required=False, nullable=True)
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
        path = f"ideas[{i}]"
        v.text(idea, "text", path, nonempty=True)
        v.ref(idea, "theme", path, tids, "theme")
        v.ref(idea, "agenda_item", path, aids, "agenda item")
        v.ref(idea, "author", path, pids, "participant")
        v.text(idea, "created_at", path, required=False, nullable=True)
    iids = {i["id"] for i in ideas}

    for i, r in enumerate(v.items(data, "rounds")):
        path = f"rounds[{i}]"
        v.text(r, "title", path)
        target = v.choice(r, "target", path, ROUND_TARGETS, required=False) or "ideas"
        pool = iids if target == "ideas" else tids
        cands = v.get(r, "candidates", path, (list,), required=False, nullable=True) or []
        for j, c in enumerate(cands):
            if not isinstance(c, str):
                v.fail("archive_type", path=f"{path}.candidates[{j}]", expected="text",
                       found=_jtype(c))
            if c not in pool:
                v.fail("archive_dangling", path=f"{path}.candidates[{j}]",
                       kind="idea" if target == "ideas" else "theme", id=c)
        budget = v.integer(r, "dots_per_participant", path, lo=1)
        cap = v.integer(r, "max_per_item", path, required=False, nullable=True, lo=1)
        v.get(r, "anonymous", path, (bool,), required=False, nullable=True)
        v.choice(r, "status", path, ROUND_STATUSES, required=False)
        cast = v.get(r, "ballots_cast", path, (list,), required=False, nullable=True) or []
        for j, who in enumerate(cast):
            if not isinstance(who, str):
                v.fail("archive_type", path=f"{path}.ballots_cast[{j}]", expected="text",
                       found=_jtype(who))
            if who not in pids:
                v.fail("archive_dangling", path=f"{path}.ballots_cast[{j}]", kind="participant",
                       id=who)
        votes = v.get(r, "votes", path, (list,), required=False, nullable=True) or []
        spent: dict[str, int] = {}
        on_item: dict[tuple[str, str], int] = {}
        for j, vote in enumerate(votes):
            vp = f"{path}.votes[{j}]"
            if not isinstance(vote, dict):
                v.fail("archive_type", path=vp, expected="object", found=_jtype(vote))
            item = v.get(vote, "item", vp, (str,))
            if item not in cands:
                v.fail("archive_not_candidate", path=f"{vp}.item", id=item)
            who = v.ref(vote, "participant", vp, pids, "participant")
            dots = v.integer(vote, "dots", vp, lo=1)
            if who is None:
                continue
            spent[who] = spent.get(who, 0) + dots
            if spent[who] > budget:
                v.fail("archive_budget", path=vp, id=who, dots=spent[who], limit=budget)
            on_item[(who, item)] = on_item.get((who, item), 0) + dots
            if cap is not None and on_item[(who, item)] > cap:
                v.fail("archive_cap", path=vp, id=who, item=item, dots=on_item[(who, item)],
                       limit=cap)

    for i, a in enumerate(v.items(data, "actors")):
        path = f"actors[{i}]"
        v.text(a, "name", path, nonempty=True)
        v.text(a, "kind", path, required=False, nullable=True)
        roles = v.get(a, "roles", path, (dict,), required=False, nullable=True) or {}
        for key, lv in roles.items():
            rp = f"{path}.roles.{key}"
            if key not in ROLE_KEYS:
                v.fail("archive_value", path=rp, found=json.dumps(key, ensure_ascii=False),
                       expected=" | ".join(ROLE_KEYS))
            if not isinstance(lv, dict):
                v.fail("archive_type", path=rp, expected="object", found=_jtype(lv))
            v.integer(lv, "current", rp, required=False, nullable=True, lo=0, hi=3)
            v.integer(lv, "desired", rp, required=False, nullable=True, lo=0, hi=3)

    numbers: set[str] = set()
    for i, d in enumerate(v.items(data, "decisions")):
        path = f"decisions[{i}]"
        number = v.text(d, "number", path, nonempty=True)
        if number.strip() in numbers:
            v.fail("archive_duplicate_number", path=f"{path}.number", number=number)
        numbers.add(number.strip())
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


# ------------------------------------------------------------------------------------------
# import
def load(path: str | os.PathLike) -> dict:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise FileError("not_found", file=str(path)) from None
    except OSError as exc:
        raise ArchiveError("archive_not_json", file=str(path), detail=exc.strerror) from None
    try:
        return json.loads(raw.decode("utf-8-sig", errors="surrogateescape"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ArchiveError("archive_not_json", file=str(path), detail=str(exc)) from None


def _int_ids(items: list[dict]) -> dict[str, int | None]:
    """Keep numeric ids (so that export → import → export is the same); else let SQLite pick."""
    out: dict[str, int | None] = {}
    used: set[int] = set()
    for it in items:
        rid = it["id"]
        if rid.isdigit() and 0 < int(rid) < 2**62 and int(rid) not in used and str(int(rid)) == rid:
            out[rid] = int(rid)
            used.add(int(rid))
        else:
            out[rid] = None
    return out


def import_archive(data: dict, out: str | os.PathLike, *, force: bool = False) -> Path:
    """Validate data, then write it to a new session file `out` (atomic: a temporary file is
    filled, then renamed). Refuses to replace `out` unless force."""
    validate(data)
    out = Path(out)
    if out.exists() and not force:
        raise FileError("exists", file=str(out))
    from ..store.files import publish

    tmp = out.with_name(f".{out.name}.{os.getpid()}.importing")
    tmp.unlink(missing_ok=True)
    s = data["session"]
    store = Store.create(tmp, s["title"], language=s.get("language") or "fr")
    try:
        with store.transaction():
            _fill(store, data)
            archive_series.import_keys(store, data)  # sessions that follow one another
        store.close()
        # no hard link (exFAT); a stale journal at `out` is set aside first
        publish(tmp, out, replace=force)
    finally:
        if store.conn is not None:
            store.close()
        for extra in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            extra.unlink(missing_ok=True)
    return out


def _fill(store: Store, data: dict) -> None:
    s = data["session"]
    store.session.update(
        date=s.get("date"), start_time=s.get("start_time"), end_time=s.get("end_time"),
        place=s.get("place"), organizer=s.get("organizer"),
        facilitators=s.get("facilitators") or [], notes=s.get("notes"),
        hide_authors=bool(s.get("hide_authors")))
    if isinstance(s.get("decision_pattern"), str) and s["decision_pattern"].strip():
        store.session.update(decision_pattern=clean_text(s["decision_pattern"]))

    def keep(items):
        return _int_ids(items)

    people = data.get("participants") or []
    pmap = {}
    for p, want in zip(people, keep(people).values()):
        email = p.get("email") if isinstance(p.get("email"), str) else None
        pmap[p["id"]] = store.participants.add(p["name"], p.get("organization"),
                                               bool(p.get("present")), email, id=want)
    agenda = data.get("agenda") or []
    amap = {}
    for a, want in zip(agenda, keep(agenda).values()):
        materials = a.get("materials") if isinstance(a.get("materials"), str) else None
        amap[a["id"]] = store.agenda.add(
            a["title"], a.get("planned_minutes") or 0, a.get("objective"), a.get("method"),
            a.get("notes"), materials, actual_seconds=a.get("actual_seconds"), id=want)
    themes = data.get("themes") or []
    tmap = {}
    for t, want in zip(themes, keep(themes).values()):
        tmap[t["id"]] = store.ideas.add_theme(t["title"], t.get("color"), id=want)
    ideas = data.get("ideas") or []
    imap = {}
    for i, want in zip(ideas, keep(ideas).values()):
        imap[i["id"]] = store.ideas.add(
            i["text"], tmap.get(i.get("theme")), amap.get(i.get("agenda_item")),
            pmap.get(i.get("author")), created_at=i.get("created_at"), id=want)
    rounds = data.get("rounds") or []
    for r, want in zip(rounds, keep(rounds).values()):
        target = r.get("target") or "ideas"
        pool = imap if target == "ideas" else tmap
        rid = store.voting.add_round(
            r["title"], target, [pool[c] for c in r.get("candidates") or []],
            r["dots_per_participant"], r.get("max_per_item"),
            True if r.get("anonymous") is None else r["anonymous"], r.get("status") or "draft",
            id=want)
        if r.get("revealed") is True:
            store.voting.update_round(rid, revealed=True)
        for vote in r.get("votes") or []:
            store.voting.add_vote(rid, pool[vote["item"]], pmap.get(vote.get("participant")),
                                  vote["dots"])
        for who in dict.fromkeys(r.get("ballots_cast") or []):
            store.voting.mark_cast(rid, pmap[who])
    actors = data.get("actors") or []
    for a, want in zip(actors, keep(actors).values()):
        aid = store.actors.add(a["name"], a.get("kind"), id=want)
        for key in ROLE_KEYS:
            lv = (a.get("roles") or {}).get(key)
            if lv:
                store.actors.set_level(aid, key, lv.get("current") or 0, lv.get("desired") or 0)
    decisions = data.get("decisions") or []
    for d, want in zip(decisions, keep(decisions).values()):
        store.decisions.add(
            d["number"], d["text"], pmap.get(d.get("proposed_by")),
            pmap.get(d.get("seconded_by")), d.get("outcome") or "adopted", d.get("votes_for"),
            d.get("votes_against"), d.get("abstentions"), id=want)
    actions = data.get("actions") or []
    for a, want in zip(actions, keep(actions).values()):
        store.decisions.add_action(a["text"], a.get("owner"), a.get("due"),
                                   a.get("status") or "open", imap.get(a.get("idea")), id=want)
