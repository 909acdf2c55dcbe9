"""The archive's optional keys for sessions that follow one another (issue 16): new keys only,
the archive's `version` stays 1, and export → import → export gives the same JSON.

- `session.previous`: {"uid", "title", "date", "numbering": {"year", "last"} | null}, the
  session this one follows and where its decision numbering stood;
- `actions[].origin`: {"session": uid, "action": id there, "date"}, where a carried action was
  first recorded;
- `actions[].closed_at`: when the action was closed (its status set to done) in this session,
  local time "YYYY-MM-DDTHH:MM:SS";
- `actors[].previous_roles`: {role: {"current", "desired"}}, the levels the actor had at the end
  of the previous session.

Each key is written only when the session has it, so an archive of a session that follows
nothing is unchanged. Import maps the rows by their order in the archive, which is the order
they are written in."""
from __future__ import annotations

import re
from typing import Any

from ..roles import ROLE_KEYS
from ..store.series import Origin, PreviousLink

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WHEN = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")


def add_keys(store, data: dict[str, Any]) -> None:
    """Add the keys a session has to the archive `data` made by archive.to_dict."""
    link = store.series.previous()
    if link is not None:
        numbering = store.series.numbering()
        data["session"]["previous"] = {
            "uid": link.uid, "title": link.title, "date": link.date,
            "numbering": None if numbering is None else {"year": numbering[0],
                                                         "last": numbering[1]}}
    origins = store.series.origins()
    closed = store.series.closed()
    for action in data.get("actions") or []:
        if int(action["id"]) in closed:
            action["closed_at"] = closed[int(action["id"])]
        origin = origins.get(int(action["id"]))
        if origin is not None:
            action["origin"] = {"session": origin.uid, "action": str(origin.action_id),
                                "date": origin.date}
    levels = store.series.previous_levels()
    for actor in data.get("actors") or []:
        previous = levels.get(int(actor["id"]))
        if previous:
            actor["previous_roles"] = {k: {"current": previous[k][0], "desired": previous[k][1]}
                                       for k in ROLE_KEYS if k in previous}


def validate_keys(v, data: dict[str, Any]) -> None:
    """Check the keys with archive._V `v` (each refusal names its key and position)."""
    s = data.get("session") or {}
    prev = v.get(s, "previous", "session", (dict,), required=False, nullable=True)
    if prev is not None:
        v.text(prev, "uid", "session.previous", nonempty=True)
        v.text(prev, "title", "session.previous", required=False, nullable=True)
        v.pattern(prev, "date", "session.previous", _DATE, "YYYY-MM-DD")
        num = v.get(prev, "numbering", "session.previous", (dict,), required=False,
                    nullable=True)
        if num is not None:
            v.integer(num, "year", "session.previous.numbering", required=False, nullable=True,
                      lo=1, hi=9999)
            v.integer(num, "last", "session.previous.numbering", lo=0)
    for i, a in enumerate(data.get("actions") or []):
        path = f"actions[{i}]"
        v.pattern(a, "closed_at", path, _WHEN, "YYYY-MM-DDTHH:MM:SS")
        origin = v.get(a, "origin", path, (dict,), required=False, nullable=True)
        if origin is not None:
            v.text(origin, "session", f"{path}.origin", nonempty=True)
            action = v.text(origin, "action", f"{path}.origin", nonempty=True)
            if not action.isdigit():
                v.fail("archive_value", path=f"{path}.origin.action", found=f'"{action}"',
                       expected="a number")
            v.pattern(origin, "date", f"{path}.origin", _DATE, "YYYY-MM-DD")
    for i, a in enumerate(data.get("actors") or []):
        path = f"actors[{i}]"
        roles = v.get(a, "previous_roles", path, (dict,), required=False, nullable=True) or {}
        for key, lv in roles.items():
            rp = f"{path}.previous_roles.{key}"
            if key not in ROLE_KEYS:
                v.fail("archive_value", path=rp, found=f'"{key}"', expected=" | ".join(ROLE_KEYS))
            if not isinstance(lv, dict):
                v.fail("archive_type", path=rp, expected="object", found=type(lv).__name__)
            v.integer(lv, "current", rp, required=False, nullable=True, lo=0, hi=3)
            v.integer(lv, "desired", rp, required=False, nullable=True, lo=0, hi=3)


def import_keys(store, data: dict[str, Any]) -> None:
    """Write the keys into the new session `store`, inside the import's transaction, after its
    rows (matched by their order in the archive)."""
    prev = (data.get("session") or {}).get("previous")
    if prev:
        store.series.set_previous(PreviousLink(prev["uid"], prev.get("title"), prev.get("date")))
        num = prev.get("numbering")
        if num:
            store.series.set_numbering((num.get("year"), num["last"]))
    action_ids = [r[0] for r in store.conn.execute("SELECT id FROM action ORDER BY position, id")]
    for a, row in zip(data.get("actions") or [], action_ids):
        if a.get("closed_at"):
            store.series.set_closed(row, a["closed_at"])
        origin = a.get("origin")
        if origin:
            store.series.set_origin(row, Origin(origin["session"], int(origin["action"]),
                                                origin.get("date")))
    actor_ids = [r[0] for r in store.conn.execute("SELECT id FROM actor ORDER BY position, id")]
    for a, row in zip(data.get("actors") or [], actor_ids):
        for key, lv in (a.get("previous_roles") or {}).items():
            store.series.set_previous_level(row, key, lv.get("current") or 0,
                                            lv.get("desired") or 0)
