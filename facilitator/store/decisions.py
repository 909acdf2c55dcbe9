"""Decisions (numbered resolutions) and actions."""
from __future__ import annotations

from ..model import Action, Decision
from .base import Repository, opt
from .db import clean_text

_DCOLS = ("id, number, text, proposed_by, seconded_by, outcome, votes_for, votes_against,"
          " abstentions, position")
_ACOLS = "id, text, owner, due, status, idea_id, position"


class Decisions(Repository):
    def list(self) -> list[Decision]:
        return [Decision(*r) for r in self.conn.execute(
            f"SELECT {_DCOLS} FROM decision ORDER BY position, id")]

    def get(self, decision_id: int) -> Decision | None:
        r = self.conn.execute(f"SELECT {_DCOLS} FROM decision WHERE id = ?",
                              (decision_id,)).fetchone()
        return Decision(*r) if r else None

    def add(self, number: str, text: str, proposed_by: int | None = None,
            seconded_by: int | None = None, outcome: str = "adopted",
            votes_for: int | None = None, votes_against: int | None = None,
            abstentions: int | None = None, *, id: int | None = None) -> int:
        cur = self.conn.execute(
            f"INSERT INTO decision ({_DCOLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (id, clean_text(number).strip(), clean_text(text), proposed_by, seconded_by, outcome,
             votes_for, votes_against, abstentions, self._next_position("decision")))
        return cur.lastrowid

    def update(self, decision_id: int, **fields) -> None:
        for key in ("number", "text"):
            if key in fields:
                fields[key] = clean_text(fields[key])
        self._update("decision", decision_id, fields,
                     {"number", "text", "proposed_by", "seconded_by", "outcome", "votes_for",
                      "votes_against", "abstentions"})

    def remove(self, decision_id: int) -> None:
        self.conn.execute("DELETE FROM decision WHERE id = ?", (decision_id,))

    def numbers(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT number FROM decision")}

    # -- actions ----------------------------------------------------------------------------
    def actions(self) -> list[Action]:
        return [Action(*r) for r in self.conn.execute(
            f"SELECT {_ACOLS} FROM action ORDER BY position, id")]

    def add_action(self, text: str, owner: str | None = None, due: str | None = None,
                   status: str = "open", idea_id: int | None = None, *,
                   id: int | None = None) -> int:
        cur = self.conn.execute(
            f"INSERT INTO action ({_ACOLS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (id, clean_text(text), opt(owner), due, status, idea_id,
             self._next_position("action")))
        return cur.lastrowid

    def update_action(self, action_id: int, **fields) -> None:
        if "text" in fields:
            fields["text"] = clean_text(fields["text"])
        if "owner" in fields:
            fields["owner"] = opt(fields["owner"])
        self._update("action", action_id, fields, {"text", "owner", "due", "status", "idea_id"})

    def remove_action(self, action_id: int) -> None:
        self.conn.execute("DELETE FROM action WHERE id = ?", (action_id,))
