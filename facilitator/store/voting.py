"""Dot-voting rounds, their candidates and votes. The rules (budgets, caps, tallies) are in
facilitator/voting.py; this module only stores."""
from __future__ import annotations

import json
from functools import lru_cache

from ..model import Round, Vote
from ..participants import name_key
from .base import Repository
from .db import clean_text

#: name_key of each name seen (a name is keyed once, not at every count of the present)
_name_key = lru_cache(maxsize=1 << 16)(name_key)

_RCOLS = "id, title, target, dots_per_participant, max_per_item, anonymous, status, revealed, position"


class Voting(Repository):
    def rounds(self) -> list[Round]:
        return [self._round(r) for r in self.conn.execute(
            f"SELECT {_RCOLS} FROM round ORDER BY position, id")]

    def round(self, round_id: int) -> Round | None:
        r = self.conn.execute(f"SELECT {_RCOLS} FROM round WHERE id = ?", (round_id,)).fetchone()
        return self._round(r) if r else None

    def _round(self, r) -> Round:
        cands = [c[0] for c in self.conn.execute(
            "SELECT item_id FROM round_candidate WHERE round_id = ? ORDER BY position", (r[0],))]
        return Round(id=r[0], title=r[1], target=r[2], candidates=cands,
                     dots_per_participant=r[3], max_per_item=r[4], anonymous=bool(r[5]),
                     status=r[6], revealed=bool(r[7]), position=r[8])

    def add_round(self, title: str, target: str, candidates: list[int], dots_per_participant: int,
                  max_per_item: int | None = None, anonymous: bool = True, status: str = "draft",
                  *, parent_round_id: int | None = None, id: int | None = None) -> int:
        cur = self.conn.execute(
            "INSERT INTO round (id, title, target, dots_per_participant, max_per_item, anonymous,"
            " status, parent_round_id, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (id, clean_text(title), target, dots_per_participant, max_per_item, int(anonymous),
             status, parent_round_id, self._next_position("round")))
        self.set_candidates(cur.lastrowid, candidates)
        return cur.lastrowid

    def set_candidates(self, round_id: int, candidates: list[int]) -> None:
        self.conn.execute("DELETE FROM round_candidate WHERE round_id = ?", (round_id,))
        self.conn.executemany(
            "INSERT INTO round_candidate (round_id, item_id, position) VALUES (?, ?, ?)",
            [(round_id, c, i) for i, c in enumerate(candidates)])

    def update_round(self, round_id: int, **fields) -> None:
        for key in ("anonymous", "revealed"):
            if key in fields:
                fields[key] = int(bool(fields[key]))
        if "title" in fields:
            fields["title"] = clean_text(fields["title"])
        self._update("round", round_id, fields, {"title", "target", "dots_per_participant",
                                                 "max_per_item", "anonymous", "status",
                                                 "revealed"})

    def remove_round(self, round_id: int) -> None:
        self.conn.execute("DELETE FROM round WHERE id = ?", (round_id,))

    # -- votes ------------------------------------------------------------------------------
    def votes(self, round_id: int) -> list[Vote]:
        return [Vote(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in self.conn.execute(
            "SELECT id, round_id, item_id, participant_id, dots, ballot FROM vote "
            "WHERE round_id = ? ORDER BY id", (round_id,))]

    def add_vote(self, round_id: int, item_id: int, participant_id: int | None, dots: int,
                 *, id: int | None = None, ballot: bool = False) -> int:
        cur = self.conn.execute(
            "INSERT INTO vote (id, round_id, item_id, participant_id, dots, ballot) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (id, round_id, item_id, participant_id, dots, int(bool(ballot))))
        return cur.lastrowid

    def set_ballot(self, round_id: int, participant_id: int | None,
                   dots_by_item: dict[int, int], *, ballot: bool = False) -> None:
        """Replace one participant's dots in a round. participant None: the unnamed totals,
        those counted on paper (ballot False) or those of anonymous ballots (ballot True)."""
        if participant_id is None:
            self.conn.execute("DELETE FROM vote WHERE round_id = ? AND participant_id IS NULL "
                              "AND ballot = ?", (round_id, int(bool(ballot))))
        else:
            self.conn.execute("DELETE FROM vote WHERE round_id = ? AND participant_id = ?",
                              (round_id, participant_id))
        flag = int(bool(ballot)) if participant_id is None else 0
        self.conn.executemany(
            "INSERT INTO vote (round_id, item_id, participant_id, dots, ballot) "
            "VALUES (?, ?, ?, ?, ?)",
            [(round_id, item, participant_id, d, flag) for item, d in dots_by_item.items()
             if d > 0])

    def add_unnamed(self, round_id: int, dots_by_item: dict[int, int], *,
                    ballot: bool = True) -> bool:
        """Add dots to a round's unnamed totals (anonymous ballots' by default) in place, when
        every item already has its row; otherwise write nothing and return False (the caller
        rewrites the totals, so that new rows follow the candidates' order, never the order
        ballots came in)."""
        flag = int(bool(ballot))
        dots = {item: d for item, d in dots_by_item.items() if d > 0}
        if not dots:
            return True
        # two statements whatever the number of items (one per item made SQLite hand the
        # interpreter to other threads, and wait for it back, once per item)
        pairs = json.dumps([[item, d] for item, d in dots.items()])
        have = self.conn.execute(
            "SELECT count(DISTINCT item_id) FROM vote WHERE round_id = ? "
            "AND participant_id IS NULL AND ballot = ? AND item_id IN (SELECT json_extract(value, '$[0]') "
            "FROM json_each(?))", (round_id, flag, pairs)).fetchone()[0]
        if have != len(dots):
            return False
        self.conn.execute(
            "UPDATE vote SET dots = dots + (SELECT json_extract(value, '$[1]') FROM json_each(?1) "
            "WHERE json_extract(value, '$[0]') = vote.item_id) "
            "WHERE round_id = ?2 AND participant_id IS NULL AND ballot = ?3 "
            "AND item_id IN (SELECT json_extract(value, '$[0]') FROM json_each(?1))",
            (pairs, round_id, flag))
        return True

    def set_paper_total(self, round_id: int, item_id: int, dots: int) -> None:
        """The dots counted on paper for one candidate (anonymous ballots' dots untouched)."""
        self.conn.execute(
            "DELETE FROM vote WHERE round_id = ? AND participant_id IS NULL AND item_id = ? "
            "AND ballot = 0", (round_id, item_id))
        if dots > 0:
            self.add_vote(round_id, item_id, None, dots)

    def names(self, participant_ids) -> dict[int, str]:
        """participant id -> name, for these participants only (the voters of a round)."""
        ids = list(dict.fromkeys(participant_ids))
        out: dict[int, str] = {}
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            out.update(self.conn.execute(
                f"SELECT id, name FROM participant WHERE id IN ({','.join('?' * len(chunk))})",
                chunk))
        return out

    def present_count(self) -> int:
        """People marked present: those who could place dots. A name entered twice is one person
        (facilitator.participants.name_key: no case, accents or extra spaces), counted in SQL
        without reading the participants into Python. A name of plain ASCII letters with single
        spaces is keyed by SQLite itself (lower(); name_key gives the same); only the others
        (accents, tabs, double spaces) call name_key, each name once per session."""
        self.conn.create_function("facilitator_name_key", 1, _name_key, deterministic=True)
        return self.conn.execute(
            "SELECT count(DISTINCT coalesce(nullif("
            "CASE WHEN name GLOB '*[^ -~]*' OR name GLOB '* ' OR name GLOB ' *' "
            "OR name GLOB '*  *' THEN facilitator_name_key(name) ELSE lower(name) END, ''), "
            "'#' || id)) FROM participant WHERE present").fetchone()[0]

    # -- a round's sums, kept as its votes are written (issue 13): never its vote rows -------
    def tally_rows(self, round_id: int) -> list[tuple[int, int, int, int, int]]:
        """(item, dots, unnamed dots, dots counted on paper, distinct named voters) for every
        item with dots in the round; candidates or not (the caller keeps its candidates).
        Unnamed dots are those counted on paper and those of anonymous ballots. Read from the
        sums the file keeps up to date as votes are written (table vote_sum, kept by triggers:
        store/schema.py SCHEMA_VOTESUMS), one row per item, not from the round's vote rows."""
        return self.conn.execute(
            "SELECT item_id, dots, unnamed, on_paper, voters FROM vote_sum WHERE round_id = ?",
            (round_id,)).fetchall()

    def has_dots(self, round_id: int, *, named: bool = False) -> bool:
        """Whether the round holds any dot (named=True: any dot of a named ballot), from its
        kept sums."""
        return self.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM vote_sum WHERE round_id = ?"
            + (" AND voters > 0)" if named else ")"), (round_id,)).fetchone()[0] == 1

    def voter_count(self, round_id: int, *, candidates_only: bool = True) -> int:
        """Distinct named participants with dots in the round: on its candidates, or on any
        item (the same when every dot is on a candidate, and without reading the candidates)."""
        if candidates_only:
            return self.conn.execute(
                "SELECT count(DISTINCT v.participant_id) FROM vote v JOIN round_candidate c "
                "ON c.round_id = v.round_id AND c.item_id = v.item_id WHERE v.round_id = ?",
                (round_id,)).fetchone()[0]
        return self.conn.execute("SELECT count(DISTINCT participant_id) FROM vote "
                                 "WHERE round_id = ?", (round_id,)).fetchone()[0]

    def spent(self, round_id: int) -> dict[int, int]:
        """participant id -> the dots of their named ballot in the round (those with one)."""
        return dict(self.conn.execute(
            "SELECT participant_id, sum(dots) FROM vote WHERE round_id = ? "
            "AND participant_id IS NOT NULL GROUP BY participant_id", (round_id,)))

    def who_voted(self, round_id: int) -> list[tuple[int, str, int]]:
        """(candidate, name, dots) of each named participant with dots on each candidate of the
        round, a candidate's people in the order they first voted ('?' for a name gone).
        The caller decides whether the round may show names (never an anonymous one)."""
        return self.conn.execute(
            "SELECT v.item_id, coalesce(p.name, '?'), sum(v.dots) FROM vote v "
            "JOIN round_candidate c ON c.round_id = v.round_id AND c.item_id = v.item_id "
            "LEFT JOIN participant p ON p.id = v.participant_id "
            "WHERE v.round_id = ? AND v.participant_id IS NOT NULL "
            "GROUP BY v.item_id, v.participant_id HAVING sum(v.dots) >= 1 "
            "ORDER BY v.item_id, min(v.id)", (round_id,)).fetchall()

    # -- anonymous rounds: who has voted, never what --------------------------------------------
    def cast(self, round_id: int) -> set[int]:
        """Participants who have cast a ballot in this (anonymous) round."""
        return {r[0] for r in self.conn.execute(
            "SELECT participant_id FROM ballot_cast WHERE round_id = ?", (round_id,))}

    def mark_cast(self, round_id: int, participant_id: int) -> None:
        self.conn.execute("INSERT INTO ballot_cast (round_id, participant_id) VALUES (?, ?)",
                          (round_id, participant_id))
