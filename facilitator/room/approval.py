"""The approval queue: ideas sent from the room that wait for the facilitator.

When the facilitator chooses it (``RoomServer.approval``), an idea from a phone or a capture
laptop is *held* in its own table instead of being added to the ideas; the wall, the projector,
the votes and the exports read only the ideas, so none of them can show a held idea. The
facilitator approves (the idea reaches the wall, tagged as it would have been) or rejects (it
is dropped). Plain operations on the store, run through the session engine; approving and
rejecting are undoable like any other change.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from ..store.db import clean_text, now_iso


@dataclass(frozen=True)
class Pending:
    id: int
    text: str
    table: str | None        # a capture laptop's tag (a theme's or an agenda item's title)
    received_at: str


def hold(store, text: str, table: str | None, *, received_at: str | None = None) -> int:
    """Keep an idea from the room until the facilitator approves it. Blank → ValueError.
    `received_at`: when it arrived, if not now (an archive being imported)."""
    text = (clean_text(text) or "").strip()
    if not text:
        raise ValueError("blank idea")
    cur = store.conn.execute(
        "INSERT INTO room_pending_idea (text, table_tag, received_at) VALUES (?, ?, ?)",
        (text, table or None, received_at or now_iso()))
    return cur.lastrowid


def hold_many(store, entries: list[tuple[str, str | None]]) -> list:
    """Ideas from the room arriving together (text, table), each held as `hold` holds it, by
    one statement. One outcome per entry, in order: its id, or the ValueError that refuses a
    blank one (nothing of it is written)."""
    out: list = []
    rows = []
    for text, table in entries:
        text = (clean_text(text) or "").strip()
        if not text:
            out.append(ValueError("blank idea"))
            continue
        out.append(len(rows))
        rows.append((text, table or None))
    if rows:
        base = store.conn.execute(
            "SELECT coalesce(max(id), 0) FROM room_pending_idea").fetchone()[0]
        store.conn.execute(
            "INSERT INTO room_pending_idea (id, text, table_tag, received_at) "
            "SELECT ? + key + 1, json_extract(value, '$[0]'), json_extract(value, '$[1]'), ? "
            "FROM json_each(?) ORDER BY key",
            (base, now_iso(), json.dumps(rows, ensure_ascii=False)))
    return [o if isinstance(o, ValueError) else base + 1 + o for o in out]


def pending(store) -> list[Pending]:
    """The held ideas, oldest first."""
    return [Pending(*r) for r in store.conn.execute(
        "SELECT id, text, table_tag, received_at FROM room_pending_idea ORDER BY id")]


def count(store) -> int:
    return store.conn.execute("SELECT count(*) FROM room_pending_idea").fetchone()[0]


def add_tagged(store, text: str, table: str | None) -> int:
    """Add an idea from the room to the wall, tagged with a capture laptop's table: the theme of
    that title, else the agenda item of that title, else untagged."""
    theme, item = _tag(store, table)
    from ..ops import ideas as idea_ops   # the same operation as the window's capture

    return idea_ops.capture(store, text, theme_id=theme, item_id=item)


def add_tagged_many(store, entries: list[tuple[str, str | None]]) -> list:
    """Ideas from the room arriving together (text, table), each added as `add_tagged` adds
    it, by one statement (ops.ideas.capture_many): one outcome per entry, its id or the
    refusal of a blank one."""
    from ..ops import ideas as idea_ops

    tags = {table: _tag(store, table) for table in {t for _, t in entries if t}}
    return idea_ops.capture_many(store, [(text, *tags.get(table, (None, None)))
                                         for text, table in entries])


def _tag(store, table: str | None) -> tuple[int | None, int | None]:
    """(theme, agenda item) a capture laptop's table names: the theme of that title, else the
    agenda item of that title, else neither."""
    theme = item = None
    if table:
        theme = next((t.id for t in store.ideas.themes() if t.title == table), None)
        if theme is None:
            item = next((a.id for a in store.agenda.list() if a.title == table), None)
    return theme, item


def approve(store, ids) -> list[int]:
    """Put these held ideas on the wall (in the order they arrived); returns the new ideas' ids.
    An id no longer held (approved or rejected already) is skipped."""
    wanted = set(ids)
    out = []
    for p in pending(store):
        if p.id in wanted:
            out.append(add_tagged(store, p.text, p.table))
            store.conn.execute("DELETE FROM room_pending_idea WHERE id = ?", (p.id,))
    return out


def reject(store, ids) -> int:
    """Drop these held ideas; returns how many were still held."""
    n = 0
    for pid in dict.fromkeys(ids):
        n += store.conn.execute("DELETE FROM room_pending_idea WHERE id = ?", (pid,)).rowcount
    return n
