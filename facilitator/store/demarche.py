"""What is left of « la démarche » (issue 16): the role map kept per priority (a theme or an
idea voted on) beside the session-wide one, and the session's evaluation (scores 1 to 5, what to
keep, what to change)."""
from __future__ import annotations

import copy

from ..model import Actor
from ..roles import LEVELS, ROLE_KEYS
from .base import Repository
from .db import clean_text

TARGETS = ("themes", "ideas")
SCORES = (1, 2, 3, 4, 5)
NOTE_KINDS = ("keep", "change")


def _check_target(target: str) -> None:
    if target not in TARGETS:
        raise ValueError(f"target must be one of {TARGETS}, not {target!r}")


class PriorityRoles(Repository):
    def levels(self, target: str, item_id: int) -> dict[int, dict[str, tuple[int, int]]]:
        """actor id -> {role: (current, desired)} for one priority (levels 0/0 left out)."""
        _check_target(target)
        out: dict[int, dict[str, tuple[int, int]]] = {}
        for actor_id, role, cur, des in self.conn.execute(
                "SELECT actor_id, role, current, desired FROM priority_role "
                "WHERE target = ? AND item_id = ? ORDER BY actor_id, role", (target, item_id)):
            if cur or des:
                out.setdefault(actor_id, {})[role] = (cur, des)
        return out

    def actors(self, target: str, item_id: int, actors: list[Actor] | None = None
               ) -> list[Actor]:
        """The session's actors (in their order), each with its levels for this priority."""
        levels = self.levels(target, item_id)
        out = []
        for a in actors if actors is not None else self.store.actors.list():
            b = copy.copy(a)
            b.roles = dict(levels.get(a.id, {}))
            out.append(b)
        return out

    def mapped(self) -> set[tuple[str, int]]:
        """The priorities with at least one level above 0."""
        return {(t, i) for t, i in self.conn.execute(
            "SELECT DISTINCT target, item_id FROM priority_role WHERE current > 0 OR desired > 0")}

    def all(self) -> dict[int, list[tuple[str, int, dict[str, tuple[int, int]]]]]:
        """actor id -> [(target, item id, {role: (current, desired)})], by target and item."""
        rows: dict[tuple[int, str, int], dict[str, tuple[int, int]]] = {}
        for actor_id, target, item_id, role, cur, des in self.conn.execute(
                "SELECT actor_id, target, item_id, role, current, desired FROM priority_role "
                "WHERE current > 0 OR desired > 0 ORDER BY actor_id, target DESC, item_id"):
            rows.setdefault((actor_id, target, item_id), {})[role] = (cur, des)
        out: dict[int, list] = {}
        for (actor_id, target, item_id), roles in rows.items():
            out.setdefault(actor_id, []).append((target, item_id, roles))
        return out

    def set_level(self, target: str, item_id: int, actor_id: int, role: str, current: int,
                  desired: int) -> None:
        _check_target(target)
        if role not in ROLE_KEYS:
            raise KeyError(role)
        if current not in LEVELS or desired not in LEVELS:
            raise ValueError("level must be 0..3")
        self.conn.execute(
            "INSERT INTO priority_role (target, item_id, actor_id, role, current, desired) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(target, item_id, actor_id, role) "
            "DO UPDATE SET current = excluded.current, desired = excluded.desired",
            (target, item_id, actor_id, role, current, desired))


class Evaluation(Repository):
    """The session's evaluation, recorded at its closing item (agenda item kind 'evaluation')."""

    def ratings(self) -> dict[int, int]:
        """score (1..5) -> how many people gave it (scores nobody gave are left out)."""
        return {s: n for s, n in self.conn.execute(
            "SELECT score, count FROM evaluation_rating WHERE count > 0 ORDER BY score")}

    def set_rating(self, score: int, count: int) -> None:
        if score not in SCORES:
            raise ValueError("score must be 1..5")
        if not isinstance(count, int) or count < 0:
            raise ValueError("count must be 0 or more")
        self.conn.execute("INSERT INTO evaluation_rating (score, count) VALUES (?, ?) "
                          "ON CONFLICT(score) DO UPDATE SET count = excluded.count",
                          (score, count))

    def notes(self, kind: str | None = None) -> list[tuple[int, str, str]]:
        """(id, kind, text) in order; kind "keep" or "change" to have only those."""
        rows = self.conn.execute("SELECT id, kind, text FROM evaluation_note "
                                 "ORDER BY position, id").fetchall()
        return [r for r in rows if kind is None or r[1] == kind]

    def add_note(self, kind: str, text: str) -> int:
        if kind not in NOTE_KINDS:
            raise ValueError(f"kind must be one of {NOTE_KINDS}")
        text = clean_text(text or "").strip()
        if not text:
            raise ValueError("empty note")
        return self.conn.execute(
            "INSERT INTO evaluation_note (kind, text, position) VALUES (?, ?, ?)",
            (kind, text, self._next_position("evaluation_note"))).lastrowid

    def remove_note(self, note_id: int) -> None:
        self.conn.execute("DELETE FROM evaluation_note WHERE id = ?", (note_id,))

    def items(self) -> list[int]:
        """The ids of the agenda items that are the session's evaluation."""
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM agenda_item WHERE kind = 'evaluation' ORDER BY position, id")]

    def set_item(self, item_id: int, is_evaluation: bool) -> None:
        self.conn.execute("UPDATE agenda_item SET kind = ? WHERE id = ?",
                          ("evaluation" if is_evaluation else None, item_id))

    def is_empty(self) -> bool:
        return not self.ratings() and not self.notes()


class Demarche(Repository):
    """Which session of its template's démarche this one is (templates.Template.steps)."""

    def step(self) -> int | None:
        return self.conn.execute("SELECT template_step FROM session WHERE id = 1").fetchone()[0]

    def set_step(self, step: int | None) -> None:
        if step is not None and (not isinstance(step, int) or step < 1):
            raise ValueError("step must be 1 or more")
        self.conn.execute("UPDATE session SET template_step = ? WHERE id = 1", (step,))
