"""Undo and redo for any change, recorded by SQLite itself.

Temporary triggers (never written in the file) log, for every row a change inserts, updates or
deletes, the SQL statement that reverses it (the technique of sqlite.org's "Automatic Undo/Redo
Using SQLite"). Cascades are covered because they fire the same triggers. Running the logged
statements in reverse order undoes the change and, through the same triggers, logs its redo.

An update is reversed column by column: the logged statement sets back only the columns the
change changed, so undoing it never rolls back what was written to the same row since by a
change that is not undoable (the live run's actual times written while an item was renamed).
An update that changes nothing logs nothing.

A change that is not undoable (a phone's anonymous ballot: issue 15 wants no undo log of it) is
still measured — the log gets which table and row it touched, for the change notices — but no
statement: while `record(False)` holds, the triggers write the statement as NULL without
building it (`recording` is a one-row temporary table the triggers read).
"""
from __future__ import annotations

import sqlite3

#: Tables whose changes are not undoable: the live timer state is a record of time, not an edit.
NOT_UNDOABLE = {"live_state"}
#: Tables kept by triggers from other tables (a round's dot totals, kept from its vote rows):
#: never logged, since replaying the logged statements of the others fires those triggers again
#: (logging both would count every undone vote twice). Their changes are the others' changes.
DERIVED = {"vote_sum"}


class UndoLog:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # tbl and row: which row each statement reverses, so that what a change touched is
        # known without parsing the SQL (the engine's change notices)
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS undolog "
                     "(seq INTEGER PRIMARY KEY, sql TEXT, tbl TEXT, row INTEGER)")
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS undo_recording (sql INTEGER NOT NULL)")
        conn.execute("DELETE FROM temp.undo_recording")
        conn.execute("INSERT INTO temp.undo_recording VALUES (1)")
        self._recording = True
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            if table not in NOT_UNDOABLE and table not in DERIVED:
                self._install(table)

    def _install(self, table: str) -> None:
        cols = [r[1] for r in self.conn.execute(f"PRAGMA main.table_info({table})")]
        # ',col=old' for each column the update changed; substr drops the first comma
        setters = "||".join(f"(CASE WHEN old.{c} IS NOT new.{c} THEN ',{c}='||quote(old.{c}) "
                            "ELSE '' END)" for c in cols)
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in cols)
        values = "||','||".join(f"quote(old.{c})" for c in cols)
        names = ",".join(cols)
        on = "(SELECT sql FROM temp.undo_recording)"
        self.conn.executescript(f"""
        CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_insert AFTER INSERT ON main.{table} BEGIN
            INSERT INTO undolog(sql, tbl, row)
            VALUES (CASE WHEN {on} THEN 'DELETE FROM {table} WHERE rowid='||new.rowid END,
                    '{table}', new.rowid);
        END;
        CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_update AFTER UPDATE ON main.{table}
        WHEN {changed} BEGIN
            INSERT INTO undolog(sql, tbl, row)
            VALUES (CASE WHEN {on} THEN
                    'UPDATE {table} SET '||substr({setters},2)||' WHERE rowid='||old.rowid END,
                    '{table}', old.rowid);
        END;
        CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_delete BEFORE DELETE ON main.{table} BEGIN
            INSERT INTO undolog(sql, tbl, row)
            VALUES (CASE WHEN {on} THEN
                    'INSERT INTO {table}(rowid,{names}) VALUES ('||old.rowid||','||{values}||')'
                    END, '{table}', old.rowid);
        END;
        """)

    @property
    def recording(self) -> bool:
        return self._recording

    def record(self, on: bool) -> None:
        """Whether the changes from now on log the statements that undo them (they are
        measured either way). One statement, only when it changes."""
        on = bool(on)
        if on != self._recording:
            self.conn.execute("UPDATE temp.undo_recording SET sql = ?", (int(on),))
            self._recording = on

    def start(self, *, recording: bool = True) -> None:
        self.record(recording)
        self.conn.execute("DELETE FROM temp.undolog")

    def take(self) -> list[str]:
        return self.take_measured()[0]

    def take_measured(self) -> tuple[list[str], dict[str, set[int]]]:
        """The statements that reverse what was done since start(), in order, and the rows
        they reverse (table -> rowids); the log is emptied.

        Read with as few steps of SQLite as possible, whatever the number of rows (one per
        table, one per statement, then one): Python lets other threads run at each step and
        must win the interpreter back, which a batch of 500 ideas read row by row did 500 times
        while 300 phones' threads or the room server wanted it too."""
        conn = self.conn
        rows: dict[str, set[int]] = {}
        for tbl, ids in conn.execute(
                "SELECT tbl, group_concat(row) FROM temp.undolog GROUP BY tbl").fetchall():
            rows[tbl] = {int(x) for x in ids.split(",")}
        inverse: list[str] = []
        if rows and self._recording:
            inverse = [r[0] for r in conn.execute(
                "SELECT sql FROM temp.undolog WHERE sql IS NOT NULL ORDER BY seq").fetchall()]
        if rows:
            conn.execute("DELETE FROM temp.undolog")
        return inverse, rows
