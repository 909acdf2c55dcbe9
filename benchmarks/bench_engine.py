"""The session engine under a burst, while the projector's timer ticks.

A Qt timer ticks every 100 ms on the main (GUI) thread, as the room view's countdown does. A
burst arrives at once — 1,000 idea captures and 300 anonymous ballots, from 300 client threads
(phones through the room server, in real life) — and is written either

- through the engine (its writer thread, group commit, acknowledgement after commit), or
- on the GUI thread, one transaction per change (what the window did before the engine),
  the baseline measured in the same process on the same kind of file.

Prints each way's acknowledgement p50/p99 (from submission to acknowledgement), the total
time, the number of commits, and the timer's worst lateness. Targets (issue 14): the timer never
more than 50 ms late, p99 acknowledgement ≤ 150 ms for 300 submissions arriving at once.

    python benchmarks/bench_engine.py [--ideas 1000] [--ballots 300] [--clients 300] [--runs 3]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.ops import voting as ballots  # noqa: E402
from facilitator.engine import Engine  # noqa: E402
from facilitator.store import Store  # noqa: E402


def make_session(folder: Path, name: str) -> tuple[Store, int, list[int]]:
    store = Store.create(folder / f"{name}.atelier", "Banc d'essai")
    with store.transaction():
        cands = [store.ideas.add(f"Piste {i}") for i in range(20)]
        rnd = ballots.create_round(store, "Priorités", "ideas", cands, budget=5)
        ballots.open_round(store, rnd)
    return store, rnd, cands


def workload(n_ideas: int, n_ballots: int, cands: list[int], rnd: int):
    ops = []
    for i in range(n_ideas):
        ops.append(lambda s, i=i: s.ideas.add(f"Idée du téléphone {i}"))
    for b in range(n_ballots):
        pick = {cands[(b + k) % len(cands)]: 1 for k in range(5)}
        ops.append(lambda s, pick=pick: ballots.record_ballot(s, rnd, None, pick))
    return ops


class Ticker:
    """A 100 ms QTimer on the GUI thread; records how late each tick is."""

    def __init__(self, app) -> None:
        from PySide6.QtCore import QTimer

        self.late: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late.append(max(0.0, (now - self._last) * 1000 - 100))
        self._last = now

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


def through_engine(app, folder: Path, args) -> dict:
    store, rnd, cands = make_session(folder, "engine")
    engine = Engine(store)
    ops = workload(args.ideas, args.ballots, cands, rnd)
    acks: list[float] = []
    lock = threading.Lock()
    start_gate = threading.Event()
    per_client = [ops[i::args.clients] for i in range(args.clients)]

    def client(mine):
        start_gate.wait()
        futures = [(time.perf_counter(), engine.submit(op, undoable=False, source="room"))
                   for op in mine]
        for t0, f in futures:
            f.result(120)
            with lock:
                acks.append((time.perf_counter() - t0) * 1000)

    threads = [threading.Thread(target=client, args=(m,)) for m in per_client]
    for t in threads:
        t.start()
    ticker = Ticker(app)
    ticker.start()
    spin(app, lambda: False, 0.35)            # the timer runs before the burst too
    commits0 = engine.commits
    t0 = time.perf_counter()
    start_gate.set()
    spin(app, lambda: len(acks) == len(ops))
    total = time.perf_counter() - t0
    spin(app, lambda: False, 0.25)
    ticker.stop()
    for t in threads:
        t.join()
    commits = engine.commits - commits0
    engine.close()
    return {"acks": acks, "late": ticker.late, "total": total, "commits": commits}


def on_gui_thread(app, folder: Path, args) -> dict:
    """The baseline: the same burst written on the GUI thread, one undoable transaction each,
    as the window's ctx.do did; the requests are queued to the GUI thread as they arrive."""
    from PySide6.QtCore import QObject, Qt, Signal

    store, rnd, cands = make_session(folder, "gui")
    ops = workload(args.ideas, args.ballots, cands, rnd)
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

    threads = [threading.Thread(target=client, args=(m,)) for m in per_client]
    for t in threads:
        t.start()
    ticker = Ticker(app)
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
    return {"acks": acks, "late": ticker.late, "total": total, "commits": len(ops)}


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ideas", type=int, default=1000)
    ap.add_argument("--ballots", type=int, default=300)
    ap.add_argument("--clients", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])
    rows = {"engine": [], "gui thread": []}
    for run in range(args.runs):
        for name, fn in (("engine", through_engine), ("gui thread", on_gui_thread)):
            with tempfile.TemporaryDirectory() as d:
                rows[name].append(fn(app, Path(d), args))
    print(f"burst: {args.ideas} ideas + {args.ballots} ballots from {args.clients} threads, "
          f"a 100 ms timer on the GUI thread; {args.runs} runs (median [min–max])")
    print(f"{'written':<12}{'ack p50 ms':>16}{'ack p99 ms':>20}{'timer worst late ms':>24}"
          f"{'total s':>14}{'commits':>10}")

    def fmt(vals, digits=0):
        m = statistics.median(vals)
        return f"{m:.{digits}f} [{min(vals):.{digits}f}–{max(vals):.{digits}f}]"

    for name, runs in rows.items():
        p50 = [pct(r["acks"], 50) for r in runs]
        p99 = [pct(r["acks"], 99) for r in runs]
        late = [max(r["late"] or [0]) for r in runs]
        total = [r["total"] for r in runs]
        commits = [r["commits"] for r in runs]
        print(f"{name:<12}{fmt(p50):>16}{fmt(p99):>20}{fmt(late):>24}  {fmt(total, 2):>14}"
              f"{int(statistics.median(commits)):>10}")
    eng = statistics.median(max(r["late"] or [0]) for r in rows["engine"])
    gui = statistics.median(max(r["late"] or [0]) for r in rows["gui thread"])
    print(f"timer worst lateness: engine {eng:.0f} ms vs GUI-thread writes {gui:.0f} ms "
          f"(target ≤ 50 ms)")
    small = [pct(r["acks"], 99) for r in rows["engine"]]
    print(f"engine ack p99 {statistics.median(small):.0f} ms for "
          f"{args.ideas + args.ballots} submissions at once (target ≤ 150 ms for 300)")


if __name__ == "__main__":
    main()
