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

Other threads may still read the store directly (the window's pages: ``ctx.store.ideas.list()``):
the writer holds the store's gate (facilitator/store/gate.py) for each group it commits, and
such a read waits at the gate, so it never runs inside the writer's transaction nor sees half of
a change. The writer looks after each operation whether a read is waiting; if so it commits what
it has and lets the read in: a read waits for one operation and one commit, not for a burst.
Acknowledgements and notices go out once the gate is open again.

``urgent`` operations (the window's own, for which the GUI thread waits) run before what other
clients queued and are committed at once: the facilitator's gesture is not held behind 300
phones' ballots. Each client's own operations keep their order.

Bursts (issue 15: 300 phones at once): an operation wrapped in ``Batched(run, arg, key)`` may run
together with the ``Batched`` operations of the same ``run`` and ``key`` queued with it:
``run(store, [arg, ...])`` writes them all, usually in one SQL statement, and returns one outcome
per operation — its value, or the exception that refuses it, nothing of which was written. The
batched operations queued one behind the other are gathered by kind (each kind in its order of
arrival; the kinds in the order each first came): so a batched operation must not depend on one
of another kind (a phone's idea and another phone's ballot do not), and never passes an operation
that is not batched. Each operation still gets its own
acknowledgement after the commit; the batch's change is measured once and told once (each
operation's ``Done.change`` is the batch's). A batch that fails as a whole is rolled back and run
again one operation at a time. Batches are never undoable (the window's own operations are not
batched). Alone, a ``Batched`` is a plain operation. At most ``batch_size`` (64) run together:
between two runs a read that waits, or the window's own operation, gets in (after a commit); and
a group of batches is committed once it has run ``group_time`` (10 ms), so that requests still
trickling in (a room over HTTP) make the next group instead of holding back the first ones.

Measured (benchmarks/bench_engine.py --only burst, 2026-11-30): the room's 1,800 operations of
300 phones took the writer 208–300 ms of CPU one by one, 34–70 ms batched; plain sqlite3 writes
the same rows in 20–50 ms.

Undo: an undoable operation's result carries the SQL that reverses it (``Done.inverse``);
``replay(inverse)`` runs it and returns the redo. An operation submitted with
``undoable=False`` keeps no inverse anywhere (a phone's anonymous ballot must leave no trace
of what one device chose): while it runs, the undo triggers record only which rows it touched
(store/undo.py), never a statement that would undo it.
"""
from __future__ import annotations

import contextlib
import itertools
import os
import queue
import re
import sqlite3
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Callable, Hashable, Iterable, Mapping

from .errors import FacilitatorError, FileError
from .store import Store
from .store import files
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


@dataclass(frozen=True, eq=False)
class Batched:
    """An operation that may run together with others of its kind arriving with it.

    ``run(store, args)`` writes every arg's change and returns one outcome per arg, in order:
    the value, or the exception that refuses it (it wrote nothing for that one). Operations are
    batched together when they have the same ``run`` and ``key`` (e.g. a round's id)."""

    run: Callable[[Store, list], list]
    arg: Any
    key: Hashable = None

    @property
    def kind(self) -> tuple:
        return (self.run, self.key)

    def __call__(self, store: Store) -> Any:
        outcome = self.run(store, [self.arg])[0]
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


@dataclass
class _Item:
    kind: str                      # "write", "read", "replay", "call", "stop"
    fn: Callable[[Store], Any] | None
    future: Future
    label: Any = None
    undoable: bool = True
    source: str = "window"
    statements: list[str] = field(default_factory=list)
    urgent: bool = False

    @property
    def batch(self) -> tuple | None:
        """What it may be batched with (None: it runs alone)."""
        if self.kind == "write" and not self.undoable and not self.urgent \
                and isinstance(self.fn, Batched):
            return self.fn.kind
        return None


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

    def __init__(self, store: Store, *, max_batch: int = 512, batch_size: int = 64,
                 group_time: float = 0.010) -> None:
        self.store = store
        self.max_batch = max_batch          # operations in one commit, at most
        # batched operations run together, at most: between two runs the writer lets in a
        # read that waits, and the window's own operation (300 ballots run as one took 65 ms)
        self.batch_size = batch_size
        self.group_time = group_time        # seconds a group of batches may grow, at most
        self.commits = 0                 # commits made (each may hold many operations)
        self._queue: queue.SimpleQueue[_Item | None] = queue.SimpleQueue()
        self._urgent: queue.SimpleQueue[_Item] = queue.SimpleQueue()
        self._ready = threading.Event()
        self._marking = False
        self._subscribers: list[Callable[[Change], None]] = []
        self._sub_lock = threading.Lock()
        self._seq = itertools.count(1)
        self._closed = threading.Event()
        self._in_transaction = False
        self._done: list[tuple[_Item, Done]] = []   # committed, not yet acknowledged
        self._ahead: _Item | None = None   # taken from the queue while gathering a batch
        self._install_touch_triggers()
        self._thread = threading.Thread(target=self._loop, name="facilitateur-writer",
                                        daemon=True)
        self._thread.start()
        self._ready.wait(10)

    # -- what clients call ------------------------------------------------------------------
    def submit(self, op: Operation, *, label: Any = None, undoable: bool = True,
               source: str = "window", urgent: bool = False) -> Future:
        """Queue a write; the Future resolves to a ``Done`` after its commit, or raises what
        the operation raised (nothing of it was written).

        ``urgent``: someone is waiting for it with nothing else to do (the window's GUI
        thread, which must not stall the projector's timer): it runs before what other
        clients queued, and is committed and acknowledged at once, instead of at the end of
        a burst. Each client's own operations still run in the order it submitted them."""
        return self._put(_Item("write", op, Future(), label, undoable, source, urgent=urgent))

    def run(self, op: Operation, *, label: Any = None, undoable: bool = True,
            source: str = "window", urgent: bool = False,
            timeout: float | None = 60) -> Done:
        return self.submit(op, label=label, undoable=undoable, source=source,
                           urgent=urgent).result(timeout)

    def read(self, fn: Callable[[Store], Any]) -> Future:
        """Run a read on the writer thread, after every write queued before it is committed."""
        return self._put(_Item("read", fn, Future()))

    def replay(self, statements: list[str], *, label: Any = None,
               source: str = "window", urgent: bool = False) -> Future:
        """Undo (or redo): run recorded statements; resolves to a Done whose inverse redoes."""
        return self._put(_Item("replay", None, Future(), label, True, source, list(statements),
                               urgent=urgent))

    @property
    def writer_thread(self) -> threading.Thread:
        return self._thread

    def on_writer(self) -> bool:
        """True when called from the writer thread (inside an operation)."""
        return threading.current_thread() is self._thread

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
        if self.on_writer():
            raise RuntimeError("the engine cannot be closed from inside an operation")
        done: Future = Future()
        self._queue.put(_Item("stop", None, done))
        self._closed.set()
        with self.store._gate.suspended():   # a read in progress on this thread lets it finish
            self._thread.join(timeout)
        if close_store and not self.store.closed:
            self.store.close()

    # -- the writer thread ------------------------------------------------------------------
    def _put(self, item: _Item) -> Future:
        if self._closed.is_set():
            item.future.set_exception(EngineClosed())
            return item.future
        if item.urgent:
            self._urgent.put(item)
            self._queue.put(None)      # wakes the writer if it waits for work
        else:
            self._queue.put(item)
        return item.future

    def _install_touch_triggers(self) -> None:
        """Tables outside the undo log (the live run's state) still report their changes: in
        the same log, with no statement (one read of the log measures everything)."""
        conn = self.store.conn
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table'")}
        for table in sorted(NOT_UNDOABLE & tables):
            for event, ref in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
                conn.execute(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS engine_{table}_{event.lower()} "
                    f"AFTER {event} ON main.{table} BEGIN "
                    f"INSERT INTO undolog(sql, tbl, row) VALUES (NULL, '{table}', {ref}.rowid); "
                    f"END")

    def _take(self, block: bool) -> _Item | None:
        """The next item: the window's own (urgent) ones first."""
        while True:
            try:
                return self._urgent.get_nowait()
            except queue.Empty:
                pass
            if self._ahead is not None:
                item, self._ahead = self._ahead, None
                return item
            try:
                item = self._queue.get() if block else self._queue.get_nowait()
            except queue.Empty:
                return None
            if item is not None:          # None: a wake-up for an urgent item
                return item

    def _gather(self, first: _Item, room: int) -> list[list[_Item]]:
        """`first` and the batched operations queued right behind it (at most `room`), one
        batch per kind, in the order each kind first came (the ideas and the ballots of a burst
        of phones, mixed as they arrive, make two batches): the first other item stops the
        gathering and is kept to run next."""
        batches: dict[tuple, list[_Item]] = {first.batch: [first]}
        n = 1
        while n < room and self._urgent.empty():
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is None:             # a wake-up: an urgent item goes first
                continue
            if item.batch is None:
                self._ahead = item
                break
            batches.setdefault(item.batch, []).append(item)
            n += 1
        return list(batches.values())

    def _loop(self) -> None:
        gate = self.store._gate
        gate.writer = threading.get_ident()
        self._ready.set()
        stop = False
        try:
            while not stop:
                item = self._take(block=True)
                gate.enter()
                pending: list = []
                started = time.monotonic()
                try:
                    n = 0
                    while item is not None:
                        n += 1
                        if item.batch is not None:
                            room = min(self.batch_size, max(1, self.max_batch - n + 1))
                            for batch in self._gather(item, room):
                                n += len(batch)
                                self._run_batch(batch, pending)
                            n -= 1
                            # a group of batches is committed once it has run `group_time`:
                            # requests still trickling in make the next group (a group that
                            # kept taking them made the first ones wait for all)
                            if time.monotonic() - started > self.group_time:
                                break
                        elif item.kind in ("write", "replay"):
                            self._run_write(item, pending)
                        else:
                            self._commit(pending)
                            self._deliver()    # the writes before it are acknowledged first
                            pending = []
                            if item.kind == "stop":
                                stop = True
                                item.future.set_result(None)
                                break
                            try:
                                item.future.set_result(item.fn(self.store))
                            except BaseException as exc:  # the caller gets it; the writer goes on
                                item.future.set_exception(exc)
                        # commit now when the window waits for this one, or a read waits
                        if item.urgent or n >= self.max_batch or gate.wanted:
                            break
                        item = self._take(block=False)
                    self._commit(pending)
                finally:
                    gate.leave()
                # acknowledged and told once the gate is open: a read waiting for it (the GUI)
                # goes on while 300 phones' threads wake up
                self._deliver()
        finally:
            gate.writer = None
            if self._ahead is not None:
                self._ahead.future.set_exception(EngineClosed())
                self._ahead = None
            # anything that arrived after the stop is refused
            for q in (self._urgent, self._queue):
                while True:
                    try:
                        item = q.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.set_exception(EngineClosed())

    def _begin(self, items: list[_Item]) -> bool:
        """The group's transaction, begun if it is not yet; False (each item refused with
        the reason) when the file cannot be written."""
        if self._in_transaction:
            return True
        store = self.store
        conn = store.conn
        error: BaseException | None = None
        if store.read_only:
            error = FileError("read_only", file=str(store.path))
        elif not store.file_is_in_place():
            error = FileError("file_moved", file=str(store.path))
        else:
            try:
                conn.execute("BEGIN IMMEDIATE")
                self._marking = store._needs_mark
                if self._marking:   # each journal's first transaction names its session
                    store._mark()
                # the log starts empty: what the mark, or a write outside the engine (between
                # batches), left there is no operation's
                store.undo.start(recording=store.undo.recording)
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                error = store._write_error(exc)
        if error is not None:
            for item in items:
                item.future.set_exception(error)
            return False
        self._in_transaction = True
        return True

    def _run_write(self, item: _Item, pending: list) -> None:
        store = self.store
        conn = store.conn
        if not self._begin([item]):
            return
        try:
            # what is not undoable is measured (tables, rows) but leaves no undo statement
            store.undo.record(item.undoable)
            conn.execute("SAVEPOINT op")
        except sqlite3.Error as exc:
            item.future.set_exception(store._write_error(exc))
            return
        try:
            if item.kind == "replay":
                conn.execute("PRAGMA defer_foreign_keys = ON")
                for stmt in reversed(item.statements):
                    conn.execute(stmt)
                value = None
            else:
                value = item.fn(store)
            # the log (undo statements, and the rows of the tables outside undo), emptied as
            # read: the next operation starts with it empty
            inverse, rows = store.undo.take_measured()
            conn.execute("RELEASE op")
        except BaseException as exc:
            # this operation alone is rolled back; the others of the burst still commit
            self._roll_back_op()
            if isinstance(exc, sqlite3.Error):
                exc = store._write_error(exc)
            item.future.set_exception(exc)
            return
        pending.append(([(item, value)], inverse, rows))

    def _roll_back_op(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.store.conn.execute("ROLLBACK TO op")
            self.store.conn.execute("RELEASE op")
            self.store.undo.take()

    def _run_batch(self, items: list[_Item], pending: list) -> None:
        """Batched operations of one kind: one call of their `run`, in one savepoint."""
        if len(items) == 1:
            self._run_write(items[0], pending)
            return
        store = self.store
        if not self._begin(items):
            return
        try:
            store.undo.record(False)
            store.conn.execute("SAVEPOINT op")
        except sqlite3.Error as exc:
            error = store._write_error(exc)
            for item in items:
                item.future.set_exception(error)
            return
        try:
            outcomes = list(items[0].fn.run(store, [item.fn.arg for item in items]))
            if len(outcomes) != len(items):
                raise RuntimeError(f"{len(items)} operations, {len(outcomes)} outcomes")
            _, rows = store.undo.take_measured()
            store.conn.execute("RELEASE op")
        except BaseException:
            # one of them broke the batch: each runs alone, and fails alone
            self._roll_back_op()
            for item in items:
                self._run_write(item, pending)
            return
        done = []
        for item, outcome in zip(items, outcomes):
            if isinstance(outcome, BaseException):
                item.future.set_exception(outcome)
            else:
                done.append((item, outcome))
        if done:
            pending.append((done, None, rows))

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
            self._marking = False
            error = self.store._write_error(exc)
            for entries, *_ in pending:    # none of them was acknowledged
                for item, _ in entries:
                    item.future.set_exception(error)
            return
        if self._marking:
            self.store._needs_mark = False
            self._marking = False
        try:
            big = os.stat(self.store._wal).st_size > files.WAL_LIMIT_BYTES
        except OSError:
            big = False
        if big:   # as Store.transaction does: the journal is merged past its bound
            self.store.checkpoint()
        if not pending:
            return
        self.commits += 1
        commit = self.commits
        for entries, inverse, rows in pending:
            first = entries[0][0]
            change = Change(next(self._seq), {t: frozenset(r) for t, r in rows.items()},
                            first.label, first.source)
            for item, value in entries:   # a batch: one change, one Done each
                self._done.append((item, Done(value, inverse if item.undoable else None,
                                              change, commit)))

    def _deliver(self) -> None:
        """Tell the subscribers what was committed (they only hand it over to their thread),
        then acknowledge: whoever gets an acknowledgement knows every subscriber was told."""
        done, self._done = self._done, []
        if not done:
            return
        with self._sub_lock:
            subscribers = list(self._subscribers)
        told = None
        for _, result in done:
            if not result.change.rows or result.change is told:
                continue
            told = result.change              # a batch's change is told once
            for callback in subscribers:
                try:
                    callback(result.change)
                except Exception:  # a client's mistake never stops the writer
                    pass
        # the window's own first: its GUI thread waits, while 300 phones' threads wake up
        for item, result in done:
            if item.urgent:
                item.future.set_result(result)
        for item, result in done:
            if not item.urgent:
                item.future.set_result(result)
