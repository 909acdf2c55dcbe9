"""Dot voting at scale: 300 participants × 5 dots over 200 candidates, median of several runs.

Prints the tally time (target ≤ 20 ms) against a plain Python Counter over the same rows in the
same process, the time to read and tally the round from a session file (what the Vote page does
on each change), the bar chart's redraw painted offscreen into a QImage (what is in view on the
console, all 200 bars at once, the projector at 1920×1080) against a bare QPainter drawing the
same rectangles and texts, and one refresh of the Vote page's results tab.

    python benchmarks/bench_voting.py [--people 300] [--dots 5] [--candidates 200] [--runs 15]
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator import voting  # noqa: E402
from facilitator.ops import voting as ballots
from facilitator.model import Round, Vote  # noqa: E402

TARGETS_MS = {"tally": 20.0, "read and tally": 50.0, "redraw in view": 16.0,
              "redraw all bars": 100.0, "redraw projector": 16.0, "page refresh": 100.0}


def median_ms(fn, runs: int) -> float:
    fn()  # warm up
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def make_votes(people: int, dots: int, candidates: int, seed: int = 7):
    """Each person spreads their dots over candidates, some favourites more popular."""
    rng = random.Random(seed)
    weights = [1.0 / (1 + i) ** 0.8 for i in range(candidates)]
    ballots_: dict[int, dict[int, int]] = {}
    for pid in range(1, people + 1):
        b: dict[int, int] = {}
        for item in rng.choices(range(1, candidates + 1), weights, k=dots):
            b[item] = b.get(item, 0) + 1
        ballots_[pid] = b
    rows = [Vote(0, 1, item, pid, d) for pid, b in ballots_.items() for item, d in b.items()]
    return ballots_, [Vote(i + 1, 1, v.item_id, v.participant_id, v.dots)
                      for i, v in enumerate(rows)]


def counter_baseline(votes: list[Vote]) -> list[tuple[int, int]]:
    c: Counter = Counter()
    for v in votes:
        c[v.item_id] += v.dots
    return c.most_common()


def session_file(folder: Path, people: int, dots: int, candidates: int,
                 per_person: dict[int, dict[int, int]]):
    from facilitator.store import Store

    store = Store.create(folder / "bench.atelier", "Vote à grande échelle")
    with store.transaction():
        ideas = [store.ideas.add(f"Idée n° {i} — « proposition » pour le territoire ᐃᓄᒃᑎᑐᑦ")
                 for i in range(1, candidates + 1)]
        pids = [store.participants.add(f"Personne {i}", present=True)
                for i in range(1, people + 1)]
        rid = ballots.create_round(store, "Grand tour", "ideas", ideas, dots, None,
                                   anonymous=False)
        ballots.open_round(store, rid)
        for pid, b in per_person.items():
            ballots.record_ballot(store, rid, pids[pid - 1], {ideas[i - 1]: d for i, d in b.items()})
    return store, rid


def read_and_tally_rounds(session: Path, runs: int = 9) -> dict[str, float]:
    """What the Vote page reads and computes for the rounds of a session, beside the floor of
    any tally that reads the rounds' rows: the same vote rows read with plain sqlite3 (the
    session's own connection, which holds the file's exclusive lock) and summed with a Counter.
    The Vote page reads each round's sums kept as its votes were written (vote_sum), one row
    per candidate, so it may go below that floor. The three are alternated run by run, so
    that they see the same load of the machine; each figure is the median over runs, in
    wall-clock ms and in CPU ms of the measuring thread (robust to other jobs on the machine):

    - "tally": every round's ranking with its candidates' labels, as the comparison tab shows
      them side by side (facilitator.voting_results.comparison of the 5 rounds);
    - "results": every round's full results, as the Results tab shows one: ranking, labels,
      who voted for what in the named rounds (a name and dots per named vote row), the dots
      from ballots and on paper, voters, people present (voting_results.results of each);
    - "baseline": the floor; "rows": the vote rows of these rounds.
    """
    from facilitator import voting_results
    from facilitator.store import Store

    def timed(fn) -> tuple[float, float]:
        t, c = time.perf_counter(), time.thread_time()
        fn()
        return (time.perf_counter() - t) * 1000, (time.thread_time() - c) * 1000

    with Store.open(session) as store:
        ids = [r.id for r in store.voting.rounds()]
        rows = store.conn.execute("SELECT count(*) FROM vote").fetchone()[0]
        conn = store.conn

        def floor() -> None:
            for rid in ids:
                totals: Counter = Counter()
                people = set()
                for item, pid, dots in conn.execute(
                        "SELECT item_id, participant_id, dots FROM vote WHERE round_id = ?",
                        (rid,)):
                    totals[item] += dots
                    if pid is not None:
                        people.add(pid)
                totals.most_common()

        work = {"tally": lambda: voting_results.comparison(store, ids),
                "results": lambda: [voting_results.results(store, rid) for rid in ids],
                "baseline": floor}
        for fn in work.values():   # warm up
            fn()
        got: dict[str, list[tuple[float, float]]] = {k: [] for k in work}
        for _ in range(runs):
            for key, fn in work.items():
                got[key].append(timed(fn))
    out: dict[str, float] = {"rows": rows}
    for key, times in got.items():
        out[key] = statistics.median(w for w, _c in times)
        out[key + " cpu"] = statistics.median(c for _w, c in times)
    return out


def sums_upkeep(people: int = 300, dots: int = 5, candidates: int = 200) -> dict[str, float]:
    """What keeping each round's sums up to date (the vote_sum triggers) costs a ballot: the
    same ballots (a named and an anonymous round, each person once in each) recorded as the
    window records them (store.recorded: one undoable transaction each), in two sessions made
    alike, one of which has the triggers dropped; alternated ballot by ballot, median CPU ms of
    the measuring thread."""
    from facilitator.store import Store

    rng = random.Random(3)
    plan = [{item: 1 for item in rng.sample(range(candidates), dots)} for _ in range(people)]
    with tempfile.TemporaryDirectory() as tmp:
        sessions = []
        for kept in (True, False):
            s = Store.create(Path(tmp) / f"s{kept}.atelier", "Sommes")
            with s.transaction():
                ideas = [s.ideas.add(f"Idée {i}") for i in range(candidates)]
                pids = [s.participants.add(f"P {i}", present=True) for i in range(people)]
                rounds = [ballots.create_round(s, t, "ideas", ideas, dots, None, anonymous=a)
                          for t, a in (("Nommé", False), ("Secret", True))]
                for rid in rounds:
                    ballots.open_round(s, rid)
            if not kept:
                for event in ("insert", "update", "delete"):
                    s.conn.execute(f"DROP TRIGGER vote_sum_{event}")
            sessions.append((s, ideas, pids, rounds))
        times: dict[bool, list[float]] = {True: [], False: []}
        for k, picks in enumerate(plan):
            for kept, (s, ideas, pids, rounds) in zip((True, False), sessions):
                for rid in rounds:
                    b = {ideas[i]: d for i, d in picks.items()}
                    c = time.thread_time()
                    s.recorded(lambda: ballots.record_ballot(s, rid, pids[k], b))
                    times[kept].append((time.thread_time() - c) * 1000)
        for s, *_ in sessions:
            s.close()
    return {"kept": statistics.median(times[True]), "without": statistics.median(times[False])}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--people", type=int, default=300)
    p.add_argument("--dots", type=int, default=5)
    p.add_argument("--candidates", type=int, default=200)
    p.add_argument("--runs", type=int, default=15)
    p.add_argument("--sums", action="store_true",
                   help="only the cost of keeping the rounds' sums as ballots are recorded")
    a = p.parse_args()
    if a.sums:
        got = sums_upkeep(a.people, a.dots, a.candidates)
        print(f"a ballot recorded (one undoable transaction), median CPU time over "
              f"{2 * a.people} ballots: {got['kept']:.3f} ms with the sums kept, "
              f"{got['without']:.3f} ms without ({got['kept'] / got['without']:.2f}x)")
        return 0

    per_person, votes = make_votes(a.people, a.dots, a.candidates)
    rnd = Round(1, "Grand tour", "ideas", list(range(1, a.candidates + 1)), a.dots, None, False,
                "open")
    print(f"{a.people} participants × {a.dots} dots over {a.candidates} candidates: "
          f"{len(votes):,} vote rows, {sum(v.dots for v in votes):,} dots")
    rows: list[tuple[str, float, float | None, str]] = []
    tally_ms = median_ms(lambda: voting.tally(rnd, votes), a.runs)
    base_ms = median_ms(lambda: counter_baseline(votes), a.runs)
    rows.append(("tally", tally_ms, base_ms, "Counter over the same rows"))

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from facilitator_ui.models.voting import result_bars
    from facilitator_ui.widgets.bar_chart import BarChart

    with tempfile.TemporaryDirectory() as tmp:
        store, rid = session_file(Path(tmp), a.people, a.dots, a.candidates, per_person)
        read_ms = median_ms(lambda: ballots.results(store, rid), a.runs)
        rows.append(("read and tally", read_ms, tally_ms, "tally alone (rows in memory)"))
        res = ballots.results(store, rid)
        bars = result_bars(res)

        def bare(image: QImage, n: int, row: float) -> None:
            """The same rectangles and texts, no eliding, no layout: the floor."""
            painter = QPainter(image)
            painter.fillRect(image.rect(), QColor("white"))
            top = max(b.value for b in bars) or 1
            for i, b in enumerate(bars[:n]):
                y = 8 + i * row
                painter.drawText(QRectF(8, y, 30, row), 0, str(b.rank))
                painter.drawText(QRectF(40, y, 300, row), 0, b.label)
                painter.fillRect(QRectF(350, y + 4, 500 * b.value / top, row - 8), QColor("blue"))
                painter.drawText(QRectF(860, y, 100, row), 0, b.note)
            painter.end()

        console = BarChart()
        console.set_bars(bars)
        row_h = console.row_height()
        view = QImage(1000, 700, QImage.Format.Format_ARGB32_Premultiplied)
        console.resize(1000, console.sizeHint().height())

        def paint_chart(chart: BarChart, image: QImage, clip: QRectF | None = None) -> None:
            painter = QPainter(image)
            chart.paint(painter, QRectF(0, 0, chart.width(), chart.height()), clip=clip)
            painter.end()

        in_view = int(700 // row_h)
        rows.append(("redraw in view",
                     median_ms(lambda: paint_chart(console, view, QRectF(0, 0, 1000, 700)),
                               a.runs),
                     median_ms(lambda: bare(view, in_view, row_h), a.runs),
                     f"bare QPainter, the same {in_view} rows"))
        tall = QImage(1000, console.height(), QImage.Format.Format_ARGB32_Premultiplied)
        rows.append(("redraw all bars",
                     median_ms(lambda: paint_chart(console, tall, QRectF(tall.rect())), a.runs),
                     median_ms(lambda: bare(tall, len(bars), row_h), a.runs),
                     f"bare QPainter, the same {len(bars)} rows"))
        room = BarChart(room=True)
        room.set_bars(bars)
        room.resize(1920, 1080)
        screen = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
        shown, _more = room.shown()
        rows.append(("redraw projector", median_ms(lambda: paint_chart(room, screen), a.runs),
                     median_ms(lambda: bare(screen, len(shown), 1080 / len(shown)), a.runs),
                     f"bare QPainter, the same {len(shown)} rows"))

        from facilitator_ui.context import SessionContext
        from facilitator_ui.pages.voting import RESULTS_TAB, VotingPage

        ctx = SessionContext(store)
        page = VotingPage(ctx)
        page.resize(1400, 850)
        page.select_round(rid)
        page.tabs.setCurrentIndex(RESULTS_TAB)

        def refresh() -> None:
            page.refresh({"voting"})
            app.processEvents()

        rows.append(("page refresh", median_ms(refresh, max(3, a.runs // 3)), read_ms,
                     "reading and tallying alone"))
        page.deleteLater()
        ctx.undo_stack.clear()
        store.close()

    print(f"\n{'measure':<18} {'median':>9} {'target':>9} {'baseline':>9} {'ratio':>6}  baseline is")
    ok = True
    for name, ms, base, what in rows:
        target = TARGETS_MS[name]
        good = ms <= target
        ok &= good
        print(f"{name:<18} {ms:>7.2f}ms {'≤' + f'{target:g}ms':>9} {base:>7.2f}ms "
              f"{ms / base if base else float('nan'):>5.1f}x  {what}"
              f"{'' if good else '  OVER TARGET'}")
    print(f"(median of {a.runs} runs; Python {sys.version.split()[0]}, {os.cpu_count()} CPUs)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
