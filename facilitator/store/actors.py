"""Actors of the territory and the level at which each plays each role."""
from __future__ import annotations

from ..model import Actor
from ..roles import LEVELS, ROLE_KEYS
from .base import Repository, opt
from .db import clean_text


class Actors(Repository):
    def list(self) -> list[Actor]:
        actors = {r[0]: Actor(id=r[0], name=r[1], kind=r[2], overload_flag=bool(r[3]))
                  for r in self.conn.execute(
                      "SELECT id, name, kind, overload_flag FROM actor ORDER BY position, id")}
        for actor_id, role, cur, des in self.conn.execute(
                "SELECT actor_id, role, current, desired FROM actor_role"):
            if actor_id in actors and (cur or des):
                actors[actor_id].roles[role] = (cur, des)
        return list(actors.values())

    def get(self, actor_id: int) -> Actor | None:
        return next((a for a in self.list() if a.id == actor_id), None)

    def add(self, name: str, kind: str | None = None, *, id: int | None = None) -> int:
        cur = self.conn.execute("INSERT INTO actor (id, name, kind, position) VALUES (?, ?, ?, ?)",
                                (id, clean_text(name), opt(kind), self._next_position("actor")))
        return cur.lastrowid

    def update(self, actor_id: int, **fields) -> None:
        if "name" in fields:
            fields["name"] = clean_text(fields["name"])
        if "kind" in fields:
            fields["kind"] = opt(fields["kind"])
        if "overload_flag" in fields:   # the facilitator's mark (rolemap.overload_reason)
            fields["overload_flag"] = int(bool(fields["overload_flag"]))
        self._update("actor", actor_id, fields, {"name", "kind", "overload_flag"})

    def remove(self, actor_id: int) -> None:
        self.conn.execute("DELETE FROM actor WHERE id = ?", (actor_id,))

    def move(self, actor_id: int, index: int) -> None:
        self._move("actor", actor_id, index)

    def set_level(self, actor_id: int, role: str, current: int, desired: int) -> None:
        if role not in ROLE_KEYS:
            raise KeyError(role)
        if current not in LEVELS or desired not in LEVELS:
            raise ValueError("level must be 0..3")
        self.conn.execute(
            "INSERT INTO actor_role (actor_id, role, current, desired) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(actor_id, role) DO UPDATE SET current = excluded.current, "
            "desired = excluded.desired", (actor_id, role, current, desired))
