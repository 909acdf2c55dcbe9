"""People in the session, and their presence."""
from __future__ import annotations

from ..model import Participant
from .base import Repository, opt
from .db import clean_text

_COLS = "id, name, organization, present, email"


def _row(r) -> Participant:
    return Participant(id=r[0], name=r[1], organization=r[2], present=bool(r[3]), email=r[4])


class Participants(Repository):
    def list(self) -> list[Participant]:
        return [_row(r) for r in self.conn.execute(
            f"SELECT {_COLS} FROM participant ORDER BY position, id")]

    def get(self, pid: int) -> Participant | None:
        r = self.conn.execute(f"SELECT {_COLS} FROM participant WHERE id = ?", (pid,)).fetchone()
        return _row(r) if r else None

    def add(self, name: str, organization: str | None = None, present: bool = False,
            email: str | None = None, *, id: int | None = None) -> int:
        name = clean_text(name).strip()
        if not name:
            raise ValueError("empty name")
        cur = self.conn.execute(
            "INSERT INTO participant (id, name, organization, present, email, position) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (id, name, opt(organization), int(present), opt(email),
             self._next_position("participant")))
        return cur.lastrowid

    def update(self, pid: int, **fields) -> None:
        if "present" in fields:
            fields["present"] = int(bool(fields["present"]))
        if "name" in fields:
            fields["name"] = clean_text(fields["name"]).strip()
            if not fields["name"]:
                raise ValueError("empty name")
        for key in ("organization", "email"):
            if key in fields:
                fields[key] = opt(fields[key])
        self._update("participant", pid, fields, {"name", "organization", "present", "email"})

    def remove(self, pid: int) -> None:
        self.conn.execute("DELETE FROM participant WHERE id = ?", (pid,))

    def move(self, pid: int, index: int) -> None:
        self._move("participant", pid, index)
