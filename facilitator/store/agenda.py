"""Agenda items, in running order."""
from __future__ import annotations

from ..model import AgendaItem
from .base import Repository, opt
from .db import clean_text

_COLS = "id, title, objective, method, planned_minutes, actual_seconds, notes, materials, position"
_TEXT = {"objective", "method", "notes", "materials"}


def _row(r) -> AgendaItem:
    return AgendaItem(*r)


class Agenda(Repository):
    def list(self) -> list[AgendaItem]:
        return [_row(r) for r in self.conn.execute(
            f"SELECT {_COLS} FROM agenda_item ORDER BY position, id")]

    def get(self, item_id: int) -> AgendaItem | None:
        r = self.conn.execute(f"SELECT {_COLS} FROM agenda_item WHERE id = ?",
                              (item_id,)).fetchone()
        return _row(r) if r else None

    def add(self, title: str, planned_minutes: int = 0, objective: str | None = None,
            method: str | None = None, notes: str | None = None, materials: str | None = None,
            *, index: int | None = None, actual_seconds: int | None = None,
            id: int | None = None) -> int:
        cur = self.conn.execute(
            "INSERT INTO agenda_item (id, title, objective, method, planned_minutes,"
            " actual_seconds, notes, materials, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (id, clean_text(title), opt(objective), opt(method), int(planned_minutes),
             actual_seconds, opt(notes), opt(materials), self._next_position("agenda_item")))
        if index is not None:
            self._move("agenda_item", cur.lastrowid, index)
        return cur.lastrowid

    def update(self, item_id: int, **fields) -> None:
        for key in _TEXT & set(fields):
            fields[key] = opt(fields[key])
        if "title" in fields:
            fields["title"] = clean_text(fields["title"])
        self._update("agenda_item", item_id, fields,
                     _TEXT | {"title", "planned_minutes", "actual_seconds"})

    def remove(self, item_id: int) -> None:
        self.conn.execute("DELETE FROM agenda_item WHERE id = ?", (item_id,))

    def move(self, item_id: int, index: int) -> None:
        self._move("agenda_item", item_id, index)
