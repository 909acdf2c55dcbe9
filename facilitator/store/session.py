"""The session's own details (one row)."""
from __future__ import annotations

import json

from ..model import Session
from .base import Repository, opt
from .db import clean_text

FIELDS = {"title", "date", "start_time", "end_time", "place", "organizer", "facilitators",
          "language", "notes", "decision_pattern", "hide_authors"}


class SessionInfo(Repository):
    def get(self) -> Session:
        r = self.conn.execute(
            "SELECT title, date, start_time, end_time, place, organizer, facilitators, language,"
            " notes, decision_pattern, hide_authors FROM session WHERE id = 1").fetchone()
        return Session(title=r[0], date=r[1], start_time=r[2], end_time=r[3], place=r[4],
                       organizer=r[5], facilitators=json.loads(r[6]), language=r[7], notes=r[8],
                       decision_pattern=r[9], hide_authors=bool(r[10]))

    def update(self, **fields) -> None:
        """Change some details. Text is kept as typed; blank optional text becomes None."""
        unknown = set(fields) - FIELDS
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        row = {}
        for key, value in fields.items():
            if key == "facilitators":
                value = json.dumps([clean_text(v) for v in value if v and v.strip()],
                                   ensure_ascii=False)
            elif key == "hide_authors":
                value = int(bool(value))
            elif key == "title":
                value = clean_text(value)
            elif key in ("language", "decision_pattern"):
                pass
            else:
                value = opt(value)
            row[key] = value
        if row:
            sets = ", ".join(f"{k} = ?" for k in row)
            self.conn.execute(f"UPDATE session SET {sets} WHERE id = 1", tuple(row.values()))

    def template(self) -> str | None:
        return self.conn.execute("SELECT template FROM session WHERE id = 1").fetchone()[0]
