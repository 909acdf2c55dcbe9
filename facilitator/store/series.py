"""What links a session to the one it follows (issue 16, « la démarche »): the previous
session (uid, title, date), where its decision numbering stood, the role levels its actors
ended with, and where each carried action was first recorded."""
from __future__ import annotations

from dataclasses import dataclass

from ..roles import LEVELS, ROLE_KEYS
from .base import Repository, opt


@dataclass(frozen=True)
class PreviousLink:
    uid: str
    title: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Origin:
    """Where a carried action was first recorded: that session's uid and date, its id there."""
    uid: str
    action_id: int
    date: str | None = None


class Series(Repository):
    # -- the previous session -------------------------------------------------------------
    def previous(self) -> PreviousLink | None:
        r = self.conn.execute("SELECT uid, title, date FROM previous_session WHERE id = 1"
                              ).fetchone()
        return PreviousLink(*r) if r else None

    def set_previous(self, link: PreviousLink | None) -> None:
        if link is None:
            self.conn.execute("DELETE FROM previous_session")
            return
        self.conn.execute(
            "INSERT INTO previous_session (id, uid, title, date) VALUES (1, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET uid = excluded.uid, title = excluded.title, "
            "date = excluded.date", (link.uid.lower(), opt(link.title), opt(link.date)))

    def numbering(self) -> tuple[int | None, int] | None:
        """(year, last running number) the decisions continue from, or None."""
        r = self.conn.execute("SELECT numbering_year, numbering_last FROM previous_session "
                              "WHERE id = 1").fetchone()
        return (r[0], r[1]) if r and r[1] is not None else None

    def set_numbering(self, after: tuple[int | None, int] | None) -> None:
        """Needs the previous session's row (set_previous first)."""
        year, last = after if after is not None else (None, None)
        self.conn.execute("UPDATE previous_session SET numbering_year = ?, numbering_last = ? "
                          "WHERE id = 1", (year, last))

    # -- the levels the actors had at the end of the previous session ----------------------
    def previous_levels(self) -> dict[int, dict[str, tuple[int, int]]]:
        out: dict[int, dict[str, tuple[int, int]]] = {}
        for actor_id, role, cur, des in self.conn.execute(
                "SELECT actor_id, role, current, desired FROM actor_role_previous "
                "ORDER BY actor_id, role"):
            out.setdefault(actor_id, {})[role] = (cur, des)
        return out

    def set_previous_level(self, actor_id: int, role: str, current: int, desired: int) -> None:
        if role not in ROLE_KEYS:
            raise KeyError(role)
        if current not in LEVELS or desired not in LEVELS:
            raise ValueError("level must be 0..3")
        self.conn.execute(
            "INSERT INTO actor_role_previous (actor_id, role, current, desired) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(actor_id, role) DO UPDATE SET "
            "current = excluded.current, desired = excluded.desired",
            (actor_id, role, current, desired))

    # -- where carried actions come from ----------------------------------------------------
    def origins(self) -> dict[int, Origin]:
        return {r[0]: Origin(r[1], r[2], r[3]) for r in self.conn.execute(
            "SELECT id, origin_uid, origin_id, origin_date FROM action "
            "WHERE origin_uid IS NOT NULL AND origin_id IS NOT NULL")}

    def closed(self) -> dict[int, str]:
        """When each closed action was closed in this session (action id -> local ISO time)."""
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT id, closed_at FROM action WHERE closed_at IS NOT NULL")}

    def set_closed(self, action_id: int, when: str | None) -> None:
        self.conn.execute("UPDATE action SET closed_at = ? WHERE id = ?", (when, action_id))

    def set_origin(self, action_id: int, origin: Origin | None) -> None:
        if origin is None:
            self.conn.execute("UPDATE action SET origin_uid = NULL, origin_id = NULL, "
                              "origin_date = NULL WHERE id = ?", (action_id,))
            return
        self.conn.execute("UPDATE action SET origin_uid = ?, origin_id = ?, origin_date = ? "
                          "WHERE id = ?", (origin.uid.lower(), int(origin.action_id),
                                           opt(origin.date), action_id))
