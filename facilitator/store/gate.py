"""Who may use the session file's one connection, and when, once an engine owns it.

The engine's writer thread (facilitator.engine) holds the gate for each group of operations it
commits together; any other thread (the window's GUI thread, an export starting) holds it for
each read. So a read never runs while the writer is inside a transaction, and never sees
half-done work: it sees the file as of the last commit.

Why a gate rather than `engine.read()` for every read: the pages read the store directly in
hundreds of places (`ctx.store.ideas.list()`), synchronously; a gate keeps all of them working
unchanged. Why not a second, read-only connection: the file is opened in EXCLUSIVE locking mode
(one writer, a second program refused, no shared-memory index on USB keys or network shares), so
a second connection cannot even read.

What it costs the GUI: a read waits at most for the operation the writer is running and its
commit, because the writer looks at `wanted` after each operation and, when a read waits,
commits what it has and lets the read in before going on (readers go first). Measured in
benchmarks/bench_engine.py: reading a round's results on the GUI thread during a burst of 300
ballots from 300 threads took at worst 17–34 ms (median of three runs ~20 ms), beside 1 ms with
the engine idle, on 2 cores with a load average of 4; the reads did not measurably slow the
burst (p99 acknowledgement, median of 4 runs: 213 ms with a read every 100 ms, 252 ms without —
within the noise of a shared machine). `engine.read()` would instead queue each read behind the whole
burst (up to the burst's length, 0.2 s here).

Reads outside the writer get their rows fetched while the gate is held (`GatedConnection`): a
cursor left open and read later would see the writer's next transaction half done.
"""
from __future__ import annotations

import contextlib
import sqlite3
import threading
from typing import Any, Iterator


class Gate:
    """A re-entrant lock with one writer thread that lets waiting readers in first, and then
    gives the writer its turn: a reader that reads again and again (a page refreshing many
    things one query at a time) cannot keep the writer out; each waits at most for one turn of
    the other."""

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._holder: int | None = None
        self._depth = 0
        self._waiting = 0          # threads other than the writer waiting to get in
        self._writer_waiting = False
        self._writer_turn = False  # a reader just left while the writer waited: it goes next
        self.writer: int | None = None   # the writer thread's ident, while an engine runs

    @property
    def wanted(self) -> bool:
        """True when a reader waits: the writer should commit and let it in."""
        return self._waiting > 0

    def held_by_me(self) -> bool:
        return self._holder == threading.get_ident()

    def enter(self) -> None:
        me = threading.get_ident()
        with self._cond:
            if self._holder == me:
                self._depth += 1
                return
            if me != self.writer:
                self._waiting += 1
                try:
                    while self._holder is not None or (self._writer_turn
                                                       and self._writer_waiting):
                        self._cond.wait()
                finally:
                    self._waiting -= 1
            else:
                self._writer_waiting = True
                try:
                    while self._holder is not None or (self._waiting
                                                       and not self._writer_turn):
                        self._cond.wait()
                finally:
                    self._writer_waiting = False
                self._writer_turn = False
            self._holder = me
            self._depth = 1

    def _release(self) -> None:
        """(with _cond held) Let go; after a reader, the waiting writer goes next."""
        if self._holder != self.writer and self._writer_waiting:
            self._writer_turn = True
        self._holder = None
        self._cond.notify_all()

    def leave(self) -> None:
        with self._cond:
            self._depth -= 1
            if self._depth == 0:
                self._release()

    def __enter__(self) -> "Gate":
        self.enter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.leave()

    @contextlib.contextmanager
    def suspended(self) -> Iterator[None]:
        """Let go of the gate entirely for a while (this thread waits for the writer, e.g. for
        the acknowledgement of its own change), then take it back as deep as it was."""
        me = threading.get_ident()
        with self._cond:
            if self._holder != me:
                depth = 0
            else:
                depth, self._depth = self._depth, 0
                self._release()
        try:
            yield
        finally:
            if depth:
                self.enter()
                with self._cond:
                    self._depth = depth


class _Rows:
    """A cursor's rows, fetched while the gate was held."""

    def __init__(self, rows: list, cursor: sqlite3.Cursor) -> None:
        self._rows = rows
        self._pos = 0
        self.description = cursor.description
        self.lastrowid = cursor.lastrowid
        self.rowcount = cursor.rowcount

    def fetchone(self) -> Any:
        if self._pos >= len(self._rows):
            return None
        self._pos += 1
        return self._rows[self._pos - 1]

    def fetchmany(self, size: int = 1) -> list:
        out = self._rows[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def fetchall(self) -> list:
        out = self._rows[self._pos:]
        self._pos = len(self._rows)
        return out

    def __iter__(self):
        while self._pos < len(self._rows):
            self._pos += 1
            yield self._rows[self._pos - 1]

    def close(self) -> None:
        pass


class GatedConnection:
    """The connection as a thread other than the engine's writer sees it: every call holds
    the gate, and a query's rows are all fetched before the gate is let go."""

    def __init__(self, conn: sqlite3.Connection, gate: Gate) -> None:
        self._conn = conn
        self._gate = gate

    def execute(self, sql: str, params: Any = ()) -> _Rows:
        with self._gate:
            cur = self._conn.execute(sql, params)
            return _Rows(cur.fetchall(), cur)

    def executemany(self, sql: str, seq: Any) -> _Rows:
        with self._gate:
            cur = self._conn.executemany(sql, seq)
            return _Rows(cur.fetchall(), cur)

    def executescript(self, script: str) -> _Rows:
        with self._gate:
            cur = self._conn.executescript(script)
            return _Rows(cur.fetchall(), cur)

    def backup(self, target: sqlite3.Connection, **kwargs: Any) -> None:
        with self._gate:
            self._conn.backup(target, **kwargs)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._conn, name)
        if not callable(value):
            return value
        gate = self._gate

        def gated(*args: Any, **kwargs: Any) -> Any:
            with gate:
                return value(*args, **kwargs)
        return gated
