"""The session engine: one writer thread owns the session file's connection.

Every client — the window, the command line, the room server that participants' phones and
other laptops reach — hands the engine *operations*: plain callables ``op(store) -> value`` from
the core (``facilitator.ops.voting.record_ballot``, ``store.ideas.add`` …). The engine

- runs them in the order they arrive, one at a time, on its own thread (never the GUI's);
- commits the operations that arrive together in ONE transaction (one fsync for a burst of 300
  phones), each inside its own savepoint, so that a refused operation (a ballot over budget)
  is rolled back alone and the others still commit;
- acknowledges each operation (resolves its Future) only after the commit that holds it has
  returned — with ``synchronous=FULL``, once it is on disk;
- measures what each operation changed (tables and rows, from the same SQLite triggers that
  record undo) and publishes a ``Change`` to its subscribers after the commit.

Subscribers are called on the writer thread and must only hand the notice over to their own
thread (a Qt queued signal, ``loop.call_soon_threadsafe``). Reads that must see everything
acknowledged so far go through ``read()``, which runs on the writer thread between commits.

Undo: an undoable operation's result carries the SQL that reverses it (``Done.inverse``);
``replay(inverse)`` runs it and returns the redo. An operation submitted with
``undoable=False`` keeps no inverse anywhere (a phone's anonymous ballot must leave no trace
of what one device chose).
"""
from __future__ import annotations

import itertools
import queue
import re
import sqlite3
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

from .errors import FacilitatorError, FileError
from .store import Store
from .store.undo import NOT_UNDOABLE

Operation = Callable[[Store], Any]

_STMT = re.compile(r"^(?:DELETE FROM|UPDATE|INSERT INTO) (\w+)")
_ROWID = re.compile(r" WHERE rowid=(-?\d+)$")
_INSERT_ROWID = re.compile(r"VALUES \((-?\d+),")


@dataclass(frozen=True)
class Change:
    """What one operation changed: table -> rowids (measured, not declared)."""

    seq: int
    rows: Mapping[str, frozenset[int]]
    label: Any = None
    source: str = "window"

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.rows)


@dataclass(frozen=True)
class Done:
    """An acknowledged operation: its value, what reverses it (None when not undoable), what it
    changed, and the number of the commit that made it durable."""

    value: Any
    inverse: list[str] | None
    change: Change
    commit: int


@dataclass
class _Item:
    kind: str                      # "write", "read", "replay", "call", "stop"
    fn: Callable[[Store], Any] | None
    future: Future
    label: Any = None
    undoable: bool = True
    source: str = "window"
    statements: list[str] = field(default_factory=list)


class EngineClosed(FacilitatorError):
    def __init__(self) -> None:
        super().__init__("engine_closed")


def touched_rows(statements: Iterable[str]) -> dict[str, set[int]]:
    """table -> rowids, from undo (or redo) statements."""
    out: dict[str, set[int]] = {}
    for stmt in statements:
        m = _STMT.match(stmt)
        if not m:
            continue
        rid = _ROWID.search(stmt) or _INSERT_ROWID.search(stmt)
        rows = out.setdefault(m.group(1), set())
        if rid:
            rows.add(int(rid.group(1)))
    return out


class Engine:
    """Owns ``store`` from now on: nothing else may use its connection until ``close()``."""

    def __init__(self, store: Store, *, max_batch: int = 512) -> None:
        self.store = store
        self.max_batch = max_batch
        self.commits = 0                 # commits made (each may hold many operations)
        self._queue: queue.SimpleQueue[_Item] = queue.SimpleQueue()
        self._subscribers: list[Callable[[Change], None]] = []
        self._sub_lock = threading.Lock()
        self._seq = itertools.count(1)
        self._closed = threading.Event()
        self._in_transaction = False
        self._install_touch_triggers()
        self._thread = threading.Thread(target=self._loop, name="facilitateur-writer",
                                        daemon=True)
        self._thread.start()

    # -- what clients call ------------------------------------------------------------------
    def submit(self, op: Operation, *, label: Any = None, undoable: bool = True,
               source: str = "window") -> Future:
        """Queue a write; the Future resolves to a ``Done`` after its commit, or raises what
        the operation raised (nothing of it was written)."""
        return self._put(_Item("write", op, Future(), label, undoable, source))

    def run(self, op: Operation, *, label: Any = None, undoable: bool = True,
            source: str = "window", timeout: float | None = 60) -> Done:
        return self.submit(op, label=label, undoable=undoable, source=source).result(timeout)

    def read(self, fn: Callable[[Store], Any]) -> Future:
        """Run a read on the writer thread, after every write queued before it is committed."""
        return self._put(_Item("read", fn, Future()))

    def replay(self, statements: list[str], *, label: Any = None,
               source: str = "window") -> Future:
        """Undo (or redo): run recorded statements; resolves to a Done whose inverse redoes."""
        return self._put(_Item("replay", None, Future(), label, True, source, list(statements)))

    def call(self, fn: Callable[[Store], Any]) -> Future:
        """Run something outside any transaction (a checkpoint, a backup) on the writer
        thread, after every queued write is committed."""
        return self._put(_Item("call", fn, Future()))

    def checkpoint(self, mode: str = "TRUNCATE") -> Future:
        """Fold the WAL into the file (TRUNCATE also empties the -wal: nothing of the last
        changes lingers there, e.g. when an anonymous round closes)."""
        if mode not in ("PASSIVE", "FULL", "RESTART", "TRUNCATE"):
            raise ValueError(mode)
        return self.call(lambda s: s.conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone())

    def subscribe(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        with self._sub_lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._sub_lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)
        return unsubscribe

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def close(self, *, close_store: bool = True, timeout: float = 30) -> None:
        """Finish what is queued, stop the writer, then close the store (on the writer's
        thread's behalf: nothing else runs on it by then)."""
        if self._closed.is_set():
            return
        done: Future = Future()
        self._queue.put(_Item("stop", None, done))
        self._closed.set()
        self._thread.join(timeout)
        if close_store and not self.store.closed:
            self.store.close()

    # -- the writer thread ------------------------------------------------------------------
    def _put(self, item: _Item) -> Future:
        if self._closed.is_set():
            item.future.set_exception(EngineClosed())
            return item.future
        self._queue.put(item)
        return item.future

    def _install_touch_triggers(self) -> None:
        """Tables outside the undo log (the live run's state) still report their changes."""
        conn = self.store.conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS engine_touched (tbl TEXT, row INTEGER)")
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table'")}
        for table in sorted(NOT_UNDOABLE & tables):
            for event, ref in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
                conn.execute(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS engine_{table}_{event.lower()} "
                    f"AFTER {event} ON main.{table} BEGIN "
                    f"INSERT INTO engine_touched VALUES ('{table}', {ref}.rowid); END")

    def _loop(self) -> None:
        stop = False
        while not stop:
            batch = [self._queue.get()]
            while len(batch) < self.max_batch:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            pending: list[tuple[_Item, Any, list[str], dict[str, set[int]]]] = []
            for item in batch:
                if item.kind in ("write", "replay"):
                    self._run_write(item, pending)
                    continue
                self._commit(pending)
                pending = []
                if item.kind == "stop":
                    stop = True
                    item.future.set_result(None)
                    continue
                try:
                    item.future.set_result(item.fn(self.store))
                except BaseException as exc:  # the caller gets it; the writer goes on
                    item.future.set_exception(exc)
            self._commit(pending)
        # anything that arrived after the stop is refused
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            item.future.set_exception(EngineClosed())

    def _run_write(self, item: _Item, pending: list) -> None:
        conn = self.store.conn
        if not self._in_transaction:
            if not self.store.file_is_in_place():
                item.future.set_exception(FileError("file_moved", file=str(self.store.path)))
                return
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                item.future.set_exception(self.store._write_error(exc))
                return
            self._in_transaction = True
        conn.execute("SAVEPOINT op")
        self.store.undo.start()
        conn.execute("DELETE FROM temp.engine_touched")
        try:
            if item.kind == "replay":
                conn.execute("PRAGMA defer_foreign_keys = ON")
                for stmt in reversed(item.statements):
                    conn.execute(stmt)
                value = None
            else:
                value = item.fn(self.store)
            inverse = self.store.undo.take()
            rows = touched_rows(inverse)
            for tbl, row in conn.execute("SELECT tbl, row FROM temp.engine_touched"):
                rows.setdefault(tbl, set()).add(row)
            conn.execute("RELEASE op")
        except BaseException as exc:
            # this operation alone is rolled back; the others of the burst still commit
            conn.execute("ROLLBACK TO op")
            conn.execute("RELEASE op")
            self.store.undo.take()
            if isinstance(exc, sqlite3.Error):
                exc = self.store._write_error(exc)
            item.future.set_exception(exc)
            return
        pending.append((item, value, inverse, rows))

    def _commit(self, pending: list) -> None:
        if not self._in_transaction:
            return
        self._in_transaction = False
        try:
            self.store.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            try:
                self.store.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            error = self.store._write_error(exc)
            for item, *_ in pending:       # none of them was acknowledged
                item.future.set_exception(error)
            return
        if not pending:
            return
        self.commits += 1
        commit = self.commits
        changes = []
        for item, value, inverse, rows in pending:
            change = Change(next(self._seq), {t: frozenset(r) for t, r in rows.items()},
                            item.label, item.source)
            changes.append(change)
            item.future.set_result(Done(value, inverse if item.undoable else None, change,
                                        commit))
        with self._sub_lock:
            subscribers = list(self._subscribers)
        for change in changes:
            if not change.rows:
                continue
            for callback in subscribers:
                try:
                    callback(change)
                except Exception:  # a client's mistake never stops the writer
                    pass
