"""Ideas and the themes they are grouped into."""
from __future__ import annotations

import json

from ..model import Idea, Theme
from .base import Repository, opt
from .db import clean_text, now_iso

_ICOLS = "id, text, theme_id, agenda_item_id, author_id, created_at"


def _idea(r) -> Idea:
    return Idea(*r)


class Ideas(Repository):
    # -- ideas ------------------------------------------------------------------------------
    def list(self) -> list[Idea]:
        return [_idea(r) for r in self.conn.execute(f"SELECT {_ICOLS} FROM idea ORDER BY id")]

    def rows(self, ids: list[int] | None = None) -> list[tuple]:
        """Ideas as plain tuples in the order of Idea's fields (id, text, theme_id,
        agenda_item_id, author_id, created_at), all or only `ids`: for views that compare
        thousands of ideas after each change."""
        if ids is None:
            return self.conn.execute(f"SELECT {_ICOLS} FROM idea ORDER BY id").fetchall()
        out: list[tuple] = []
        ids = list(ids)
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            out += self.conn.execute(
                f"SELECT {_ICOLS} FROM idea WHERE id IN ({','.join('?' * len(chunk))})",
                chunk).fetchall()
        return sorted(out)

    def texts(self, ids) -> dict[int, str]:
        """id -> text of these ideas (the ones that still exist): what a view of a few ideas
        (a round's candidates, the actions' ideas) reads, rather than every idea."""
        ids = list(dict.fromkeys(ids))
        out: dict[int, str] = {}
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            out.update(self.conn.execute(
                f"SELECT id, text FROM idea WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return out

    def get(self, idea_id: int) -> Idea | None:
        r = self.conn.execute(f"SELECT {_ICOLS} FROM idea WHERE id = ?", (idea_id,)).fetchone()
        return _idea(r) if r else None

    def add(self, text: str, theme_id: int | None = None, agenda_item_id: int | None = None,
            author_id: int | None = None, *, created_at: str | None = None,
            id: int | None = None) -> int:
        """Save an idea exactly as typed. A blank idea is refused (ValueError)."""
        text = clean_text(text)
        if not text or not text.strip():
            raise ValueError("blank idea")
        cur = self.conn.execute(
            "INSERT INTO idea (id, text, theme_id, agenda_item_id, author_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (id, text, theme_id, agenda_item_id, author_id, created_at or now_iso()))
        return cur.lastrowid

    def add_many(self, rows: list[tuple[str, int | None, int | None, int | None]]) -> list[int]:
        """Save ideas (text, theme_id, agenda_item_id, author_id) arriving together (a burst
        from the room) by one statement; returns their ids, in order: the ids one `add` after
        another would have given. A blank idea is refused (ValueError) and nothing is saved."""
        if not rows:
            return []
        clean = []
        for text, theme_id, item_id, author_id in rows:
            text = clean_text(text)
            if not text or not text.strip():
                raise ValueError("blank idea")
            clean.append((text, theme_id, item_id, author_id))
        base = self.conn.execute("SELECT coalesce(max(id), 0) FROM idea").fetchone()[0]
        # one statement for the whole burst: SQLite writes every row in one call
        self.conn.execute(
            "INSERT INTO idea (id, text, theme_id, agenda_item_id, author_id, created_at) "
            "SELECT ? + key + 1, json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
            "json_extract(value, '$[2]'), json_extract(value, '$[3]'), ? "
            "FROM json_each(?) ORDER BY key",
            (base, now_iso(), json.dumps(clean, ensure_ascii=False)))
        return [base + 1 + k for k in range(len(clean))]

    def update(self, idea_id: int, **fields) -> None:
        if "text" in fields:
            fields["text"] = clean_text(fields["text"])
            if not fields["text"].strip():
                raise ValueError("blank idea")
        self._update("idea", idea_id, fields, {"text", "theme_id", "agenda_item_id", "author_id"})

    def remove(self, idea_id: int) -> None:
        self.conn.execute("DELETE FROM idea WHERE id = ?", (idea_id,))

    def set_theme(self, idea_ids: list[int], theme_id: int | None) -> None:
        self.conn.executemany("UPDATE idea SET theme_id = ? WHERE id = ?",
                              [(theme_id, i) for i in idea_ids])

    def merged_texts(self, idea_id: int) -> list[str]:
        """The texts of the ideas merged into this one, oldest first (its history)."""
        return [r[0] for r in self.conn.execute(
            "SELECT text FROM idea_merged WHERE idea_id = ? ORDER BY id", (idea_id,))]

    def all_merged_texts(self) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for idea_id, text in self.conn.execute(
                "SELECT idea_id, text FROM idea_merged ORDER BY id"):
            out.setdefault(idea_id, []).append(text)
        return out

    def add_merged_text(self, idea_id: int, text: str, merged_at: str | None = None) -> None:
        self.conn.execute("INSERT INTO idea_merged (idea_id, text, merged_at) VALUES (?, ?, ?)",
                          (idea_id, clean_text(text), merged_at or now_iso()))

    def merge(self, kept_id: int, other_ids: list[int], text: str) -> None:
        """Merge other ideas into kept_id, whose text becomes `text` (one text, usually the
        kept idea's; see facilitator.ideas.merge_text); the others' texts are kept in its
        history (merged_texts), with what had been merged into them. The kept idea takes the first theme, agenda item and
        author found among them when it has none; what pointed to the others (actions, dots and
        candidacies in rounds on ideas) now points to the kept idea; the others are deleted."""
        kept = self.get(kept_id)
        others = [o for o in (self.get(i) for i in other_ids if i != kept_id) if o is not None]
        if kept is None or not others:
            return
        fields: dict = {"text": text}
        for name in ("theme_id", "agenda_item_id", "author_id"):
            if getattr(kept, name) is None:
                value = next((getattr(o, name) for o in others if getattr(o, name) is not None),
                             None)
                if value is not None:
                    fields[name] = value
        self.update(kept_id, **fields)
        idea_rounds = "SELECT id FROM round WHERE target = 'ideas'"
        when = now_iso()
        for o in others:
            # the other texts stay in the kept idea's history (and the archive), with theirs
            self.conn.execute("UPDATE idea_merged SET idea_id = ? WHERE idea_id = ?",
                              (kept_id, o.id))
            if o.text != text and o.text not in self.merged_texts(kept_id):
                self.conn.execute("INSERT INTO idea_merged (idea_id, text, merged_at) "
                                  "VALUES (?, ?, ?)", (kept_id, o.text, when))
            self.conn.execute("UPDATE action SET idea_id = ? WHERE idea_id = ?", (kept_id, o.id))
            self.conn.execute(f"UPDATE vote SET item_id = ? WHERE item_id = ? "
                              f"AND round_id IN ({idea_rounds})", (kept_id, o.id))
            self.conn.execute(
                f"DELETE FROM round_candidate WHERE item_id = ? AND round_id IN ({idea_rounds}) "
                "AND round_id IN (SELECT round_id FROM round_candidate WHERE item_id = ?)",
                (o.id, kept_id))
            self.conn.execute(f"UPDATE round_candidate SET item_id = ? WHERE item_id = ? "
                              f"AND round_id IN ({idea_rounds})", (kept_id, o.id))
            self.remove(o.id)

    # -- themes -----------------------------------------------------------------------------
    def themes(self) -> list[Theme]:
        return [Theme(*r) for r in self.conn.execute(
            "SELECT id, title, color, position FROM theme ORDER BY position, id")]

    def theme(self, theme_id: int) -> Theme | None:
        r = self.conn.execute("SELECT id, title, color, position FROM theme WHERE id = ?",
                              (theme_id,)).fetchone()
        return Theme(*r) if r else None

    def add_theme(self, title: str, color: str | None = None, *, id: int | None = None) -> int:
        cur = self.conn.execute(
            "INSERT INTO theme (id, title, color, position) VALUES (?, ?, ?, ?)",
            (id, clean_text(title), color, self._next_position("theme")))
        return cur.lastrowid

    def update_theme(self, theme_id: int, **fields) -> None:
        if "title" in fields:
            fields["title"] = clean_text(fields["title"])
        self._update("theme", theme_id, fields, {"title", "color"})

    def remove_theme(self, theme_id: int) -> None:
        """Delete a theme; its ideas are kept, without a theme."""
        self.conn.execute("DELETE FROM theme WHERE id = ?", (theme_id,))

    def merge_themes(self, source_id: int, target_id: int) -> None:
        """Move every idea of source into target, then delete source."""
        self.conn.execute("UPDATE idea SET theme_id = ? WHERE theme_id = ?", (target_id, source_id))
        self.remove_theme(source_id)

    def move_theme(self, theme_id: int, index: int) -> None:
        self._move("theme", theme_id, index)

    def count_by_theme(self) -> dict[int | None, int]:
        return dict(self.conn.execute("SELECT theme_id, count(*) FROM idea GROUP BY theme_id"))


__all__ = ["Ideas", "opt"]
