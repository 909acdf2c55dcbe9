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
benchmarks/bench_engine.py (« GUI read stall » during a 300-ballot burst).

Reads outside the writer get their rows fetched while the gate is held (`GatedConnection`): a
cursor left open and read later would see the writer's next transaction half done.
"""
from __future__ import annotations

import contextlib
import sqlite3
import threading
from typing import Any, Iterator


class Gate:
    """A re-entrant lock with one writer thread that lets waiting readers in first."""

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._holder: int | None = None
        self._depth = 0
        self._waiting = 0          # threads other than the writer waiting to get in
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
            reader = me != self.writer
            if reader:
                self._waiting += 1
            try:
                while self._holder is not None or (not reader and self._waiting):
                    self._cond.wait()
            finally:
                if reader:
                    self._waiting -= 1
            self._holder = me
            self._depth = 1

    def leave(self) -> None:
        with self._cond:
            self._depth -= 1
            if self._depth == 0:
                self._holder = None
                self._cond.notify_all()

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
                depth, self._depth, self._holder = self._depth, 0, None
                self._cond.notify_all()
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
