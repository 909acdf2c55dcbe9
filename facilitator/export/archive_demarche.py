"""The archive's optional keys for what is left of « la démarche » (issue 16): new keys only,
the archive's `version` stays 1, each written only when the session has it, and export → import
→ export gives the same JSON.

- `actors[].priority_roles`: [{"target": "themes" | "ideas", "item": id of the theme or idea,
  "roles": {role: {"current", "desired"}}}], the actor's levels in the role map of a priority;
- `agenda[].kind`: "evaluation", the closing item where the group rates the session;
- `evaluation`: {"ratings": {"1".."5": how many gave that score}, "keep": [text],
  "change": [text]}, the session's evaluation.

Import maps themes and ideas by their order in the archive (the order they are written in)."""
from __future__ import annotations

from typing import Any

from ..roles import ROLE_KEYS
from ..store.demarche import NOTE_KINDS, SCORES, TARGETS


def add_keys(store, data: dict[str, Any]) -> None:
    levels = store.priority_roles.all()
    for actor in data.get("actors") or []:
        rows = levels.get(int(actor["id"]))
        if rows:
            actor["priority_roles"] = [
                {"target": target, "item": str(item_id),
                 "roles": {k: {"current": roles[k][0], "desired": roles[k][1]}
                           for k in ROLE_KEYS if k in roles}}
                for target, item_id, roles in rows]
    evaluation_items = set(store.evaluation.items())
    for item in data.get("agenda") or []:
        if int(item["id"]) in evaluation_items:
            item["kind"] = "evaluation"
    if not store.evaluation.is_empty():
        data["evaluation"] = {
            "ratings": {str(s): n for s, n in store.evaluation.ratings().items()},
            **{kind: [text for _id, _k, text in store.evaluation.notes(kind)]
               for kind in NOTE_KINDS}}


def validate_keys(v, data: dict[str, Any]) -> None:
    """Check the keys with archive._V `v` (each refusal names its key and position)."""
    known = {"themes": {t.get("id") for t in data.get("themes") or [] if isinstance(t, dict)},
             "ideas": {i.get("id") for i in data.get("ideas") or [] if isinstance(i, dict)}}
    for i, a in enumerate(data.get("actors") or []):
        path = f"actors[{i}]"
        entries = v.get(a, "priority_roles", path, (list,), required=False, nullable=True) or []
        for j, entry in enumerate(entries):
            ep = f"{path}.priority_roles[{j}]"
            if not isinstance(entry, dict):
                v.fail("archive_type", path=ep, expected="object", found=type(entry).__name__)
            target = v.choice(entry, "target", ep, TARGETS)
            v.get(entry, "item", ep, (str,))
            v.ref(entry, "item", ep, known[target], "theme" if target == "themes" else "idea")
            roles = v.get(entry, "roles", ep, (dict,))
            for key, lv in roles.items():
                rp = f"{ep}.roles.{key}"
                if key not in ROLE_KEYS:
                    v.fail("archive_value", path=rp, found=f'"{key}"',
                           expected=" | ".join(ROLE_KEYS))
                if not isinstance(lv, dict):
                    v.fail("archive_type", path=rp, expected="object", found=type(lv).__name__)
                v.integer(lv, "current", rp, required=False, nullable=True, lo=0, hi=3)
                v.integer(lv, "desired", rp, required=False, nullable=True, lo=0, hi=3)
    for i, item in enumerate(data.get("agenda") or []):
        if isinstance(item, dict) and item.get("kind") is not None:
            v.choice(item, "kind", f"agenda[{i}]", ("evaluation",))
    ev = v.get(data, "evaluation", "", (dict,), required=False, nullable=True)
    if ev is not None:
        ratings = v.get(ev, "ratings", "evaluation", (dict,), required=False, nullable=True) or {}
        for score in ratings:
            if score not in {str(s) for s in SCORES}:
                v.fail("archive_value", path=f"evaluation.ratings.{score}", found=f'"{score}"',
                       expected="1 | 2 | 3 | 4 | 5")
            v.integer(ratings, score, "evaluation.ratings", lo=0)
        for kind in NOTE_KINDS:
            notes = v.get(ev, kind, "evaluation", (list,), required=False, nullable=True) or []
            for j, text in enumerate(notes):
                if not isinstance(text, str) or not text.strip():
                    v.fail("archive_type", path=f"evaluation.{kind}[{j}]", expected="text",
                           found=type(text).__name__)


def import_keys(store, data: dict[str, Any]) -> None:
    """Write the keys into the new session `store`, inside the import's transaction, after its
    rows (matched by their order in the archive)."""
    rows = {
        "themes": dict(zip((t["id"] for t in data.get("themes") or []),
                           (r[0] for r in store.conn.execute(
                               "SELECT id FROM theme ORDER BY position, id")))),
        "ideas": dict(zip((i["id"] for i in data.get("ideas") or []),
                          (r[0] for r in store.conn.execute("SELECT id FROM idea ORDER BY id")))),
    }
    actor_ids = [r[0] for r in store.conn.execute("SELECT id FROM actor ORDER BY position, id")]
    for a, row in zip(data.get("actors") or [], actor_ids):
        for entry in a.get("priority_roles") or []:
            item = rows[entry["target"]][entry["item"]]
            for key, lv in entry["roles"].items():
                store.priority_roles.set_level(entry["target"], item, row, key,
                                               lv.get("current") or 0, lv.get("desired") or 0)
    agenda_ids = [r[0] for r in store.conn.execute(
        "SELECT id FROM agenda_item ORDER BY position, id")]
    for item, row in zip(data.get("agenda") or [], agenda_ids):
        if item.get("kind") == "evaluation":
            store.evaluation.set_item(row, True)
    ev = data.get("evaluation") or {}
    for score, n in (ev.get("ratings") or {}).items():
        store.evaluation.set_rating(int(score), n)
    for kind in NOTE_KINDS:
        for text in ev.get(kind) or []:
            store.evaluation.add_note(kind, text)
