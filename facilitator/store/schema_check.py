"""Is the file's schema the one its format promises? (`facilitator check`)

SQLite's integrity check says whether the pages are sound, not whether a table or a column the
program relies on is missing (a file edited by hand, or by another tool). This compares the file
with a new session of the same format, built in memory from the same migrations, through
sqlite-utils' schema introspection (tables, their columns, indexes and triggers); then, when the
schema is whole, compares each round's kept sums (vote_sum) with the sums of its vote rows.
"""
from __future__ import annotations

import sqlite3

import sqlite_utils

from ..errors import FacilitatorError
from .schema import MIGRATIONS


def reference(version: int) -> sqlite_utils.Database:
    """A new, empty session file of format `version`, in memory."""
    conn = sqlite3.connect(":memory:")
    for v in range(version):
        conn.executescript(MIGRATIONS[v])
    return sqlite_utils.Database(conn)


def problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """Sentences for each table, column, index or trigger of format `version` the file lacks."""
    if version not in range(1, len(MIGRATIONS) + 1):
        return []   # a newer or unknown format is refused when the file is opened
    want = reference(version)
    have = sqlite_utils.Database(conn)
    out: list[str] = []
    tables = set(have.table_names())
    for name in want.table_names():
        if name not in tables:
            out.append(str(FacilitatorError("schema_table_missing", table=name)))
            continue
        columns = have[name].columns_dict
        for column in want[name].columns_dict:
            if column not in columns:
                out.append(str(FacilitatorError("schema_column_missing", table=name,
                                                column=column)))
        indexes = {i.name for i in have[name].indexes}
        for index in want[name].indexes:
            if not index.name.startswith("sqlite_autoindex") and index.name not in indexes:
                out.append(str(FacilitatorError("schema_index_missing", table=name,
                                                index=index.name)))
    triggers = {t.name for t in have.triggers}
    for trigger in want.triggers:
        if trigger.name not in triggers:
            out.append(str(FacilitatorError("schema_trigger_missing", table=trigger.table,
                                            trigger=trigger.name)))
    if not out and version > _SUMS_FROM:
        out += sums_problems(conn)
    return out


#: the format from which files keep each round's sums (table vote_sum)
_SUMS_FROM = next(v for v, script in MIGRATIONS.items() if "CREATE TABLE IF NOT EXISTS vote_sum"
                  in script)


def sums_problems(conn: sqlite3.Connection) -> list[str]:
    """A sentence for each round whose kept sums (vote_sum, derived from its vote rows by
    triggers) differ from the sums of its vote rows: a file written by another tool."""
    kept = conn.execute(
        "SELECT round_id, item_id, dots, unnamed, on_paper, voters FROM vote_sum").fetchall()
    rows = conn.execute(
        "SELECT round_id, item_id, sum(dots), "
        "sum(CASE WHEN participant_id IS NULL THEN dots ELSE 0 END), "
        "sum(CASE WHEN participant_id IS NULL AND ballot = 0 THEN dots ELSE 0 END), "
        "count(DISTINCT participant_id) FROM vote GROUP BY round_id, item_id").fetchall()
    wrong = sorted({r[0] for r in set(kept) ^ set(rows)})
    titles = dict(conn.execute("SELECT id, title FROM round"))
    return [str(FacilitatorError("schema_vote_sums_wrong", round=titles.get(rid, f"#{rid}")))
            for rid in wrong]
