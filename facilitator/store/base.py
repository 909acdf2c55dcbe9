"""What every repository shares: its store, and small helpers for ordered rows."""
from __future__ import annotations

from .db import clean_text


class Repository:
    def __init__(self, store) -> None:
        self.store = store

    @property
    def conn(self):
        return self.store.conn

    def _next_position(self, table: str) -> int:
        return self.conn.execute(f"SELECT coalesce(max(position), -1) + 1 FROM {table}").fetchone()[0]

    def _update(self, table: str, row_id: int, fields: dict, allowed: set[str]) -> None:
        unknown = set(fields) - allowed
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        if not fields:
            return
        values = [clean_text(v) if isinstance(v, str) else v for v in fields.values()]
        sets = ", ".join(f"{k} = ?" for k in fields)
        self.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values, row_id))

    def _move(self, table: str, row_id: int, new_index: int) -> None:
        """Put a row at new_index in the order of its table, renumbering positions 0..n-1."""
        ids = [r[0] for r in self.conn.execute(f"SELECT id FROM {table} ORDER BY position, id")]
        ids.remove(row_id)
        new_index = max(0, min(new_index, len(ids)))
        ids.insert(new_index, row_id)
        for pos, rid in enumerate(ids):
            self.conn.execute(f"UPDATE {table} SET position = ? WHERE id = ? AND position != ?",
                              (pos, rid, pos))


def opt(value: str | None) -> str | None:
    """Optional text: cleaned, and None for blank."""
    if value is None:
        return None
    value = clean_text(value)
    return value if value.strip() else None
