"""The session engine under a burst, while the projector's timer ticks.

A Qt timer ticks every 100 ms on the main (GUI) thread, as the room view's countdown does. Three
measurements, each set against a baseline measured in the same process on the same kind of file:

1. « burst »: 1,000 idea captures and 300 anonymous ballots arrive at once from 300 client
   threads (phones through the room server, in real life), written
   - through the engine (its writer thread, group commit, acknowledgement after commit), or
   - on the GUI thread, one transaction per change (what the window did before the engine).
2. « 300 ballots »: 300 anonymous ballots at once, one per client thread (the issue's target:
   acknowledgement p99 ≤ 150 ms). On each tick the GUI thread reads the round's results through
   the store's gate (facilitator/store/gate.py), as the results view does: the read's time during
   the burst is the GUI stall the gate costs, beside the same read with the engine idle.
3. « window »: the window's own SessionContext (ctx.do on the GUI thread, through the engine,
   acknowledged after its commit) captures an idea every 70 ms (its own timer: while it waits,
   the countdown's ticks are late) while the phones' burst of (1) arrives; the wall model rereads what the engine reports changed (ui/engine_bridge.py), as
   the Idées page does. Timer lateness, the window's own ack and the phones' acks.

Prints p50/p99 of acknowledgements (from submission to acknowledgement), the total time, the
commits, and the timer's worst lateness. Targets (issue 14): the timer never more than 50 ms
late, p99 acknowledgement ≤ 150 ms for 300 submissions arriving at once.

    python benchmarks/bench_engine.py [--ideas 1000] [--ballots 300] [--clients 300] [--runs 3]
    python benchmarks/bench_engine.py --only burst [--phones 300] [--runs 3]

« --only burst »: the engine's serial write path alone (the floor under bench_room.py). The
operations 300 phones send through the room server (5 ideas and one anonymous ballot each,
1,800 in all), submitted at once straight to the engine, no HTTP, no Qt: total time, the writer
thread's CPU time and the time per operation; then the same while another thread keeps the
interpreter busy with Python work (as the room server's thread does during a burst: every
SQLite call releases the interpreter, and each must win it back); beside, in the same process,
the same rows written by plain sqlite3 in one transaction (one INSERT or UPDATE per row, no
undo log, no rule, no change measure): the floor of SQLite itself.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _source_tree() -> None:
    """Run this tree's ui/ as facilitator_ui (tests/source_tree), not an installed copy."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "_facilitator_source_tree", ROOT / "tests" / "source_tree" / "sitecustomize.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)


_source_tree()

from facilitator.ops import voting as ballots  # noqa: E402
from facilitator.engine import Engine  # noqa: E402
from facilitator.store import Store  # noqa: E402
from facilitator.quiet_gc import quiet_gc  # noqa: E402


def make_session(folder: Path, name: str) -> tuple[Store, int, list[int]]:
    store = Store.create(folder / f"{name}.atelier", "Banc d'essai")
    with store.transaction():
        cands = [store.ideas.add(f"Piste {i}") for i in range(20)]
        rnd = ballots.create_round(store, "Priorités", "ideas", cands, budget=5)
        ballots.open_round(store, rnd)
    return store, rnd, cands


PLAIN = False     # --plain: the phones' operations one by one (not batched)


def workload(n_ideas: int, n_ballots: int, cands: list[int], rnd: int):
    """The phones' operations as the room server submits them (facilitator/room/server.py:
    engine.Batched, so that those arriving together are written together); each is also a
    plain operation `op(store)` (the GUI-thread baseline runs them so). --plain: plain
    operations only (one savepoint and one set of statements each)."""
    from facilitator.engine import Batched
    from facilitator.room import approval
    from facilitator.room.server import _record_many

    ops = []
    for i in range(n_ideas):
        ops.append(Batched(approval.add_tagged_many, (f"Idée du téléphone {i}", None)))
    for b in range(n_ballots):
        pick = {cands[(b + k) % len(cands)]: 1 for k in range(5)}
        ops.append(Batched(_record_many, (rnd, None, pick, "fr"), key=rnd))
    if PLAIN:
        ops = [lambda s, op=op: op(s) for op in ops]
    return ops


class Ticker:
    """A 100 ms QTimer on the GUI thread; records how late each tick is, and runs `work`."""

    def __init__(self, work=None) -> None:
        from PySide6.QtCore import QTimer

        self.late: list[float] = []
        self.work = work
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late.append(max(0.0, (now - self._last) * 1000 - 100))
        self._last = now
        if self.work is not None:
            self.work()

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def spin(app, until, timeout: float = 120) -> None:
    end = time.monotonic() + timeout
    while not until() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.001)


def phones(engine: Engine, ops, clients: int):
    """Client threads, each submitting its share at once when the gate opens."""
    acks: list[float] = []
    lock = threading.Lock()
    start_gate = threading.Event()
    per_client = [ops[i::clients] for i in range(clients)]

    def client(mine):
        start_gate.wait()
        futures = [(time.perf_counter(), engine.submit(op, undoable=False, source="room"))
                   for op in mine]
        for t0, f in futures:
            f.result(120)
            with lock:
                acks.append((time.perf_counter() - t0) * 1000)

    threads = [threading.Thread(target=client, args=(m,)) for m in per_client if m]
    for t in threads:
        t.start()
    return acks, start_gate, threads


def through_engine(app, folder: Path, args, n_ideas=None, read=False) -> dict:
    store, rnd, cands = make_session(folder, "engine")
    engine = Engine(store)
    ops = workload(args.ideas if n_ideas is None else n_ideas, args.ballots, cands, rnd)
    reads: list[tuple[bool, float]] = []
    burst = {"on": False}

    def read_results():
        t0 = time.perf_counter()
        ballots.results(store, rnd)             # through the gate: never mid-transaction
        reads.append((burst["on"], (time.perf_counter() - t0) * 1000))

    acks, start_gate, threads = phones(engine, ops, args.clients)
    ticker = Ticker(read_results if read else None)
    ticker.start()
    spin(app, lambda: False, 0.55)            # the timer runs before the burst too
    commits0 = engine.commits
    t0 = time.perf_counter()
    burst["on"] = True
    start_gate.set()
    spin(app, lambda: len(acks) == len(ops))
    total = time.perf_counter() - t0
    burst["on"] = False
    spin(app, lambda: False, 0.25)
    ticker.stop()
    for t in threads:
        t.join()
    commits = engine.commits - commits0
    engine.close()
    return {"acks": acks, "late": ticker.late, "total": total, "commits": commits,
            "read_busy": [ms for on, ms in reads if on],
            "read_idle": [ms for on, ms in reads if not on]}


def on_gui_thread(app, folder: Path, args, n_ideas=None, read=False) -> dict:
    """The baseline: the same burst written on the GUI thread, one undoable transaction each,
    as the window's ctx.do did; the requests are queued to the GUI thread as they arrive."""
    from PySide6.QtCore import QObject, Qt, Signal

    store, rnd, cands = make_session(folder, "gui")
    ops = workload(args.ideas if n_ideas is None else n_ideas, args.ballots, cands, rnd)
    acks: list[float] = []

    class Inbox(QObject):
        arrived = Signal(object, float)

    inbox = Inbox()

    def handle(op, t0):
        store.recorded(lambda: op(store))
        acks.append((time.perf_counter() - t0) * 1000)

    inbox.arrived.connect(handle, Qt.ConnectionType.QueuedConnection)
    start_gate = threading.Event()
    per_client = [ops[i::args.clients] for i in range(args.clients)]

    def client(mine):
        start_gate.wait()
        for op in mine:
            inbox.arrived.emit(op, time.perf_counter())

    threads = [threading.Thread(target=client, args=(m,)) for m in per_client if m]
    for t in threads:
        t.start()
    ticker = Ticker()
    ticker.start()
    spin(app, lambda: False, 0.35)
    t0 = time.perf_counter()
    start_gate.set()
    spin(app, lambda: len(acks) == len(ops))
    total = time.perf_counter() - t0
    spin(app, lambda: False, 0.25)
    ticker.stop()
    for t in threads:
        t.join()
    store.close()
    return {"acks": acks, "late": ticker.late, "total": total, "commits": len(ops),
            "read_busy": [], "read_idle": []}


def window_and_phones(app, folder: Path, args, phones_on=True) -> dict:
    """The window's SessionContext captures an idea on every tick (ctx.do on the GUI thread,
    through the engine) while the phones' burst arrives; the wall model follows the measured
    changes. phones_on=False: the same captures with no phone (the baseline)."""
    from facilitator_ui.context import SessionContext
    from facilitator_ui.models.ideas import WallModel

    store, rnd, cands = make_session(folder, "window")
    ctx = SessionContext(store)
    wall = WallModel(ctx)
    ctx.changed.connect(lambda kinds: kinds & {"ideas", "themes"} and wall.reload(
        kinds & {"ideas", "themes", "participants", "agenda", "session"}))
    ops = workload(args.ideas, args.ballots, cands, rnd) if phones_on else []
    own: list[float] = []
    n = iter(range(1_000_000))

    def capture():
        t0 = time.perf_counter()
        ctx.do("Ajouter", lambda k=next(n): ctx.store.ideas.add(f"Idée de la salle {k}"))
        own.append((time.perf_counter() - t0) * 1000)

    from PySide6.QtCore import QTimer

    acks, start_gate, threads = phones(ctx.engine, ops, args.clients)
    ticker = Ticker()              # the room's countdown: how late it ticks shows the stalls
    ticker.start()
    typing = QTimer()              # the facilitator's captures, on their own rhythm
    typing.setInterval(70)
    typing.timeout.connect(capture)
    typing.start()
    spin(app, lambda: False, 0.35)
    commits0 = ctx.engine.commits
    t0 = time.perf_counter()
    start_gate.set()
    spin(app, lambda: len(acks) == len(ops) and len(own) >= 8)
    total = time.perf_counter() - t0
    spin(app, lambda: False, 0.25)
    ticker.stop()
    typing.stop()
    for t in threads:
        t.join()
    commits = ctx.engine.commits - commits0
    shown = len(wall.data_.ideas)
    ctx.close()
    expected = 20 + (args.ideas if phones_on else 0) + len(own)
    assert shown == expected, (shown, expected)   # the wall shows every idea, phones' included
    return {"acks": acks or [0.0], "own": own, "late": ticker.late, "total": total,
            "commits": commits}


def pct(values: list[float], p: float) -> float:
    values = sorted(values) or [0.0]
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def fmt(vals, digits=0):
    m = statistics.median(vals)
    return f"{m:.{digits}f} [{min(vals):.{digits}f}–{max(vals):.{digits}f}]"


def _room_ops(engine: Engine, rnd: int, cands: list[int], phones: int) -> list:
    """What the room server submits for `phones` phones: 5 ideas each, then a ballot (its own
    submit_idea and submit_ballot; --plain: the same operations one by one)."""
    from facilitator.room import server as room

    futures = []
    for i in range(phones):
        pick = {cands[(i + k) % len(cands)]: 1 for k in range(5)}
        if PLAIN:
            for op in workload(5, 0, cands, rnd) + workload(0, 1, [pick_id for pick_id in pick],
                                                            rnd):
                futures.append(engine.submit(op, undoable=False, source="room"))
            continue
        for k in range(5):
            futures.append(room.submit_idea(engine, f"Idée {i}-{k}", None, held=False))
        futures.append(room.submit_ballot(engine, rnd, None, pick, "fr"))
    return futures


class Busy:
    """Another thread doing Python work without pause (the room server's thread in a burst)."""

    def __init__(self) -> None:
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        x = 0
        while not self.stop.is_set():
            for i in range(200):
                x += i * i

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()


def burst_once(folder: Path, phones: int, busy: bool) -> dict:
    store, rnd, cands = make_session(folder, f"burst{int(busy)}")
    engine = Engine(store)
    cpu0 = engine.read(lambda s: time.thread_time()).result()
    with contextlib.ExitStack() as stack:
        if busy:
            stack.enter_context(Busy())
        t0 = time.perf_counter()
        futures = _room_ops(engine, rnd, cands, phones)
        for f in futures:
            f.result(120)
        total = (time.perf_counter() - t0) * 1000
    cpu = (engine.read(lambda s: time.thread_time()).result() - cpu0) * 1000
    commits = engine.commits
    votes = engine.read(lambda s: sum(r[1] for r in s.voting.tally_rows(rnd))).result()
    engine.close()
    assert votes == 5 * phones, votes
    return {"total": total, "cpu": cpu, "ops": len(futures), "commits": commits}


def plain_sqlite(folder: Path, phones: int) -> float:
    """The floor: the same rows by plain sqlite3 on the same kind of file, one transaction."""
    import sqlite3

    store, rnd, cands = make_session(folder, "plain")
    path = store.path
    store.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("INSERT INTO vote (round_id, item_id, participant_id, dots, ballot) "
                 "SELECT ?, value, NULL, 1, 1 FROM json_each(?)", (rnd, str(cands)))
    t0 = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for i in range(phones):
        for k in range(5):
            conn.execute("INSERT INTO idea (text, created_at) VALUES (?, ?)",
                         (f"Idée {i}-{k}", "2026-11-30T12:00:00-05:00"))
        for k in range(5):
            conn.execute("UPDATE vote SET dots = dots + 1 WHERE round_id = ? AND item_id = ? "
                         "AND participant_id IS NULL AND ballot = 1",
                         (rnd, cands[(i + k) % len(cands)]))
    conn.execute("COMMIT")
    elapsed = (time.perf_counter() - t0) * 1000
    conn.close()
    return elapsed


def main_burst(args) -> None:
    rows = {"engine": [], "engine, a busy thread beside": [], "plain sqlite3": []}
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as d:
            rows["engine"].append(burst_once(Path(d), args.phones, False))
            rows["engine, a busy thread beside"].append(burst_once(Path(d), args.phones, True))
            rows["plain sqlite3"].append({"total": plain_sqlite(Path(d), args.phones)})
    ops = rows["engine"][0]["ops"]
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"{args.runs} runs, median [min–max]")
    print(f"burst: {args.phones} phones' operations ({ops}: 5 ideas and a ballot each) "
          f"submitted at once straight to the engine, "
          f"{'one by one (--plain)' if PLAIN else 'as the room server submits them (batched)'}; "
          f"{'default' if args.default_gc else 'the open room'}'s garbage collector")
    print(f"{'':<32}{'total ms':>18}{'µs per op':>18}{'writer CPU ms':>18}{'commits':>9}")
    for name, rs in rows.items():
        cpu = fmt([r["cpu"] for r in rs]) if "cpu" in rs[0] else "—"
        commits = str(int(statistics.median(r["commits"] for r in rs))) if "commits" in rs[0] \
            else "1"
        print(f"{name:<32}{fmt([r['total'] for r in rs]):>18}"
              f"{fmt([r['total'] * 1000 / ops for r in rs]):>18}{cpu:>18}{commits:>9}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=("all", "burst", "ballots", "window"), default="all",
                    help="burst: the engine alone (see above); ballots: measurement 2 only "
                         "(through the engine); window: measurement 3 only")
    ap.add_argument("--phones", type=int, default=300, help="with --only burst")
    ap.add_argument("--plain", action="store_true",
                    help="the phones' operations one by one (not batched)")
    ap.add_argument("--ideas", type=int, default=1000)
    ap.add_argument("--ballots", type=int, default=300)
    ap.add_argument("--clients", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--default-gc", action="store_true",
                    help="Python's default collector instead of the open room's")
    args = ap.parse_args()
    global PLAIN
    PLAIN = args.plain
    if args.only == "burst":
        main_burst(args)
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])

    def runs(fn, **kw):
        """Each run with the collector as an open room sets it (the phones' submissions come
        through the room, which quiets it: facilitator.quiet_gc), for every way of writing;
        --default-gc leaves Python's default collector, whose full passes over the window's
        heap take ≈ 0.1 s."""
        out = []
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as d:
                if not args.default_gc:
                    quiet_gc(True)
                try:
                    out.append(fn(app, Path(d), args, **kw))
                finally:
                    if not args.default_gc:
                        quiet_gc(False)
        return out

    load = os.getloadavg()[0]
    if args.only == "ballots":
        rs = runs(through_engine, n_ideas=0, read=True)
        print(f"load average before: {load:.1f}; {args.runs} runs, median [min–max]")
        print(f"2) {args.ballots} ballots at once from {args.clients} threads, through the "
              f"engine: ack p50 {fmt([pct(r['acks'], 50) for r in rs])} ms, p99 "
              f"{fmt([pct(r['acks'], 99) for r in rs])} ms, timer worst late "
              f"{fmt([max(r['late'] or [0]) for r in rs])} ms; GUI read stall worst "
              f"{fmt([max(r['read_busy'] or [0]) for r in rs], 1)} ms vs "
              f"{fmt([statistics.median(r['read_idle'] or [0]) for r in rs], 1)} ms idle")
        return
    window_only = args.only == "window"
    if not window_only:
        burst = {"engine": runs(through_engine), "gui thread": runs(on_gui_thread)}
        only = {"engine": runs(through_engine, n_ideas=0, read=True),
                "gui thread": runs(on_gui_thread, n_ideas=0)}
    window = {"window + phones": runs(window_and_phones),
              "window alone": runs(window_and_phones, phones_on=False)}

    print(f"load average before: {load:.1f} on {os.cpu_count()} cores; "
          f"{args.runs} runs, median [min–max]; phones' operations "
          f"{'one by one (--plain)' if PLAIN else 'as the room server submits them (batched)'}; "
          f"{'default' if args.default_gc else 'the open room'}'s garbage collector")
    if window_only:
        burst = only = {}
    head = (f"{'written':<16}{'ack p50 ms':>16}{'ack p99 ms':>18}{'timer worst late ms':>22}"
            f"{'total s':>18}{'commits':>9}")
    for title, rows in ((f"1) burst: {args.ideas} ideas + {args.ballots} ballots from "
                         f"{args.clients} threads", burst),
                        (f"2) {args.ballots} ballots at once from {args.clients} threads",
                         only)):
        print(title)
        print(head)
        for name, rs in rows.items():
            print(f"{name:<16}{fmt([pct(r['acks'], 50) for r in rs]):>16}"
                  f"{fmt([pct(r['acks'], 99) for r in rs]):>18}"
                  f"{fmt([max(r['late'] or [0]) for r in rs]):>22}"
                  f"{fmt([r['total'] for r in rs], 2):>18}"
                  f"{int(statistics.median(r['commits'] for r in rs)):>9}")
    if only:
        busy = [max(r["read_busy"] or [0]) for r in only["engine"]]
        idle = [statistics.median(r["read_idle"] or [0]) for r in only["engine"]]
        print(f"GUI read stall (the round's results, through the gate) during the "
              f"{args.ballots}-ballot burst: worst {fmt(busy, 1)} ms vs {fmt(idle, 1)} ms idle")
    print(f"3) the window's ctx.do (a capture every 70 ms, on the GUI thread) while the phones' "
          f"burst of 1) arrives; the wall follows")
    print(f"{'':<16}{'phones p99 ms':>16}{'own ack p50 ms':>18}{'own ack max ms':>18}"
          f"{'timer worst late ms':>22}")
    for name, rs in window.items():
        print(f"{name:<16}{fmt([pct(r['acks'], 99) for r in rs]):>16}"
              f"{fmt([pct(r['own'], 50) for r in rs], 1):>18}"
              f"{fmt([max(r['own']) for r in rs], 1):>18}"
              f"{fmt([max(r['late'] or [0]) for r in rs]):>22}")
    if window_only:
        return
    eng = statistics.median(max(r["late"] or [0]) for r in burst["engine"])
    gui = statistics.median(max(r["late"] or [0]) for r in burst["gui thread"])
    win = statistics.median(max(r["late"] or [0]) for r in window["window + phones"])
    print(f"timer worst lateness: engine {eng:.0f} ms, window + phones {win:.0f} ms, vs "
          f"GUI-thread writes {gui:.0f} ms (target ≤ 50 ms)")
    p99 = statistics.median(pct(r["acks"], 99) for r in only["engine"])
    print(f"engine ack p99 {p99:.0f} ms for {args.ballots} ballots at once (target ≤ 150 ms)")


if __name__ == "__main__":
    main()
