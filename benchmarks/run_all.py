"""Facilitateur's benchmark suite: one command, a table of figures with the target beside each.

    python -m benchmarks.run_all [--quick] [--no-ten]

Every figure is the median of several runs and is set against a baseline measured in the same
process or the same command (a bare PySide6 window, a raw sqlite3 INSERT + COMMIT with the same
PRAGMAs, an empty session, a plain Counter over the same votes, plain reportlab laying out the
same paragraphs and tables as the PDF, a minimal Word document). Then the
same is measured with ten times the data: no figure may grow more than 11x.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Measure what users run: compiled modules cached, as pip installs them.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


@dataclass
class Row:
    name: str
    value: float
    unit: str
    target: str
    ok: bool
    baseline: float | None = None
    spread: tuple[float, float] | None = None   # min and max over repeated runs

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None


def median_of(fn, runs: int) -> float:
    return statistics.median(fn() for _ in range(runs))


# -- start-up -------------------------------------------------------------------------------
def first_paint(mode: str, *extra: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACILITATOR_HOME=tempfile.mkdtemp())
    t0 = time.time()
    out = subprocess.run([sys.executable, "-m", "benchmarks._first_paint", repr(t0), mode, *extra],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    return float(out.stdout.strip().splitlines()[-1])


def startup(runs: int, session: Path) -> list[Row]:
    first_paint("bare")  # warm the disk cache and the compiled-module cache
    first_paint("app")
    first_paint("app", str(session))
    bare = median_of(lambda: first_paint("bare"), runs)
    app = median_of(lambda: first_paint("app"), runs)
    with_session = median_of(lambda: first_paint("app", str(session)), runs)
    return [Row("start-up to first painted window (start screen)", app, "s", "≤ 3x bare window",
                app / bare <= 3, bare),
            Row("start-up to first painted window (with the session)", with_session, "s",
                "≤ 3x bare window", with_session / bare <= 3, bare)]


# -- opening a session ----------------------------------------------------------------------
def opening(session: Path, runs: int) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from facilitator.store import Store
    from facilitator_ui.controller import AppController

    app = QApplication.instance() or QApplication([])
    controller = AppController("fr")
    controller.window.show()
    empty = Path(tempfile.mkdtemp()) / "empty.atelier"
    Store.create(empty, "vide").close()

    def once(path: Path) -> float:
        t = time.perf_counter()
        controller.open_path(path)
        app.processEvents()
        controller.window.repaint()
        took = time.perf_counter() - t
        controller.close_session()
        app.processEvents()
        return took

    def wall(path: Path) -> float:
        t = time.perf_counter()
        controller.open_path(path)
        controller.window.show_page("ideas")
        app.processEvents()
        controller.window.repaint()
        took = time.perf_counter() - t
        controller.close_session()
        app.processEvents()
        return took

    once(session)
    base = median_of(lambda: once(empty), runs)
    value = median_of(lambda: once(session), runs)
    wall_value = median_of(lambda: wall(session), runs)
    wall_base = median_of(lambda: wall(empty), runs)
    controller.window.close()
    return [Row("open the session to an interactive window", value, "s", "≤ 0.5 s",
                value <= 0.5, base),
            Row("open the session straight to the idea wall", wall_value, "s", "—", True,
                wall_base)]


# -- capturing an idea ----------------------------------------------------------------------
def capture(session: Path, n: int, scale: int = 1) -> list[Row]:
    """The store's own part (one undoable commit, no view), then the gesture as the room sees
    it: Enter in the capture field of the app's window, every page visited first, until the
    new card is painted inside the visible wall (benchmarks/bench_ideas.py)."""
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_ideas import TARGET_MS, measure_capture, raw_connection
    from facilitator.store import Store
    from facilitator_ui.context import SessionContext

    QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp()) / "capture.atelier"
    raw_path = Path(tempfile.mkdtemp()) / "raw.atelier"
    with Store.open(session) as s:
        s.save_copy(work)
        s.save_copy(raw_path)
    raw = raw_connection(raw_path)
    # 1. the store's part: one undoable change committed (SessionContext.do, no view
    # listening), each alternated with a raw insert so that both see the same disk
    store = Store.open(work)
    ctx = SessionContext(store)
    commit_times, raw_times = [], []
    for i in range(n):
        t = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO idea (text, created_at) VALUES (?, ?)",
                    (f"idée brute {i}", "2026-11-27T10:00:00-05:00"))
        raw.execute("COMMIT")
        raw_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        ctx.do("capture", lambda i=i: store.ideas.add(f"idée {i} « é »"))
        commit_times.append(time.perf_counter() - t)
    raw.close()
    ctx.undo_stack.clear()
    store.close()
    # 2. Enter -> the new card painted and visible, every page visited first
    cap = measure_capture(session, n)

    def pct(xs, q):
        xs = sorted(xs)
        return xs[min(len(xs) - 1, int(len(xs) * q))]

    cr50 = pct(raw_times, 0.5)
    c50 = pct(commit_times, 0.5)
    p50, p99 = pct(cap["times"], 0.5), pct(cap["times"], 0.99)
    b50, b99 = pct(cap["baseline"], 0.5), pct(cap["baseline"], 0.99)
    target = TARGET_MS["capture p99"].get(scale, 8.0)
    return [Row("capture: store commit (undoable), p50", c50 * 1000, "ms",
                "≤ 2x raw INSERT+COMMIT", c50 / cr50 <= 2, cr50 * 1000),
            Row("capture: Enter → card painted, all pages visited, p50", p50, "ms", "—", True,
                b50),
            Row("capture: Enter → card painted, all pages visited, p99", p99, "ms",
                f"≤ {target:g} ms", p99 <= target, b99),
            Row("capture: CPU time of Enter → card painted, p50", pct(cap["cpu"], 0.5), "ms",
                "—", True, pct(cap["baseline_cpu"], 0.5)),
            Row("capture: cards inside the visible wall", cap["visible"] * 100, "%", "100 %",
                cap["visible"] == 1.0)]


# -- tally ------------------------------------------------------------------------------------
def tally(session: Path, runs: int, scale: int = 1) -> Row:
    """A round of 7,500 vote rows x scale: 300 x scale participants x 25 dots, 200 candidates."""
    import random

    from facilitator import voting
    from facilitator.model import Round, Vote

    rnd = random.Random(7)
    big = Round(id=1, title="forum", candidates=list(range(1, 201)), dots_per_participant=25,
                status="closed")
    allv = [Vote(n, 1, rnd.randint(1, 200), p, 1)
            for n, p in enumerate((p for p in range(1, 300 * scale + 1) for _ in range(25)),
                                  start=1)]

    def once() -> float:
        t = time.perf_counter()
        voting.tally(big, allv)
        return time.perf_counter() - t

    def baseline() -> float:
        t = time.perf_counter()
        c = Counter()
        for v in allv:
            c[v.item_id] += v.dots
        sorted(c.items(), key=lambda kv: -kv[1])
        return time.perf_counter() - t

    value = median_of(once, runs) * 1000
    base = median_of(baseline, runs) * 1000
    return Row(f"tally a round of {len(allv):,} votes", value, "ms", "≤ 20 ms", value <= 20, base)


def vote_page(session: Path, runs: int) -> list[Row]:
    """The 5 rounds' rankings as the Vote page reads them (SQL sums, ranked in the core), and
    their full results (with who voted), beside plain sqlite3 + Counter over the same rows,
    alternated run by run; wall-clock and CPU time."""
    from benchmarks.bench_voting import read_and_tally_rounds

    got = read_and_tally_rounds(session, runs)
    return [Row(f"Vote page: read + tally of the 5 rounds ({got['rows']:,} vote rows)",
                got["tally"], "ms", "≤ 5 ms", got["tally"] <= 5, got["baseline"]),
            Row("Vote page: the same, CPU time", got["tally cpu"], "ms", "—", True,
                got["baseline cpu"]),
            Row("Vote page: full results of the 5 rounds (who voted, presence)",
                got["results"], "ms", "—", True, got["baseline"])]


# -- exports ----------------------------------------------------------------------------------
def exports(session: Path, runs: int) -> list[Row]:
    """PDF beside plain reportlab laying out the same paragraphs and tables (bench_exports'
    baseline, same process, alternated run by run); Word beside a minimal document."""
    from benchmarks.bench_exports import _plain_pdf
    from facilitator.export import formats
    from facilitator.export.report import build_report
    from facilitator.store import Store

    rows = []
    cpu: dict[str, list[float]] = {"ours": [], "base": []}   # CPU time of the PDF's runs
    for fmt, label in (("pdf", "PDF"), ("docx", "DOCX")):
        def once(fmt=fmt) -> float:
            out = Path(tempfile.mkdtemp()) / f"report.{fmt}"
            with Store.open(session) as s:
                t, c = time.perf_counter(), time.thread_time()
                formats.export(s, fmt, str(out))
                if fmt == "pdf":
                    cpu["ours"].append(time.thread_time() - c)
                return time.perf_counter() - t

        def baseline(fmt=fmt) -> float:
            out = Path(tempfile.mkdtemp()) / f"min.{fmt}"
            if fmt == "pdf":   # the same content, plain reportlab
                with Store.open(session) as s:
                    report = build_report(s)
                t, c = time.perf_counter(), time.thread_time()
                _plain_pdf(report, out)
                cpu["base"].append(time.thread_time() - c)
                return time.perf_counter() - t
            import docx   # a minimal document of the same kind

            t = time.perf_counter()
            d = docx.Document()
            d.add_paragraph("x")
            d.save(out)
            return time.perf_counter() - t

        values, bases = [], []
        for _ in range(runs):   # alternated, so that both see the same load of the machine
            values.append(once())
            bases.append(baseline())
        value, base = statistics.median(values), statistics.median(bases)
        if fmt == "pdf":
            rows.append(Row(f"{label} export of the whole session", value, "s",
                            "≤ 5 s, ≤ 1.3x plain reportlab", value <= 5 and value / base <= 1.3,
                            base))
            ours_cpu, base_cpu = statistics.median(cpu["ours"]), statistics.median(cpu["base"])
            rows.append(Row(f"{label} export, CPU time", ours_cpu, "s", "≤ 1.3x plain reportlab",
                            ours_cpu / base_cpu <= 1.3, base_cpu))
        else:
            rows.append(Row(f"{label} export of the whole session", value, "s", "≤ 5 s",
                            value <= 5, base))
    return rows


# -- memory -----------------------------------------------------------------------------------
MEMORY_CHILD = """
import os, resource, sys
os.environ['QT_QPA_PLATFORM'] = 'offscreen'
from PySide6.QtWidgets import QApplication
app = QApplication([])
if sys.argv[1] != '-':
    from facilitator_ui.controller import AppController
    from facilitator_ui.pages import PAGES
    c = AppController('fr')
    c.window.show()
    c.open_path(sys.argv[1])
    for key, *_ in PAGES:
        c.window.show_page(key)
        app.processEvents()
else:
    from PySide6.QtWidgets import QMainWindow
    w = QMainWindow(); w.show(); app.processEvents()
# VmHWM: this process's peak resident memory (ru_maxrss would carry the parent's over exec)
hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]
print(int(hwm) / 1024)
"""


def memory(session: Path) -> Row:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACILITATOR_HOME=tempfile.mkdtemp())

    def peak(arg: str) -> float:
        out = subprocess.run([sys.executable, "-c", MEMORY_CHILD, arg], capture_output=True,
                             text=True, cwd=ROOT, env=env, timeout=300)
        return float(out.stdout.strip().splitlines()[-1])

    base = peak("-")
    value = peak(str(session))
    return Row("peak memory, session open, every page shown", value, "MB", "≤ 250 MB",
               value <= 250, base)


# -- the whole suite --------------------------------------------------------------------------
PARTS = ("startup", "opening", "capture", "tally", "vote", "exports", "memory")


def measure(session: Path, runs: int, n_capture: int, scale: int = 1,
            only: tuple[str, ...] = PARTS) -> list[Row]:
    rows = []
    if "startup" in only:
        rows += startup(runs, session)
    if "opening" in only:
        rows += opening(session, runs)
    if "capture" in only:
        rows += capture(session, n_capture, scale)
    if "tally" in only:
        rows.append(tally(session, max(runs, 5), scale))
    if "vote" in only:
        rows += vote_page(session, max(runs, 9))
    if "exports" in only:
        rows += exports(session, max(3, runs // 2))
    if "memory" in only:
        rows.append(memory(session))
    return rows


def repeated(times: int, *args, **kwargs) -> list[Row]:
    """measure() `times` times: each figure is the median of the runs, with their spread."""
    runs = [measure(*args, **kwargs) for _ in range(times)]
    if times == 1:
        return runs[0]
    out = []
    for same in zip(*runs):
        values = [r.value for r in same]
        mid = sorted(same, key=lambda r: r.value)[len(same) // 2]
        bases = [r.baseline for r in same if r.baseline]
        out.append(Row(mid.name, statistics.median(values), mid.unit, mid.target,
                       all(r.ok for r in same) if mid.unit == "%" else mid.ok,
                       statistics.median(bases) if bases else None,
                       (min(values), max(values))))
    return out


def print_table(rows: list[Row], rows10: list[Row] | None) -> None:
    head = f"{'measure':54} {'figure':>10} {'target':>24} {'baseline':>10} {'ratio':>7} {'ok':>4}"
    if rows10:
        head += f" {'x10 data':>10} {'growth':>7} {'baseline growth':>16}"
    print(head)
    print("-" * len(head))
    for i, r in enumerate(rows):
        line = (f"{r.name:54} {r.value:>8.3g} {r.unit:<2}".ljust(65)
                + (f" ({r.spread[0]:.3g}–{r.spread[1]:.3g})" if r.spread else "")
                + f" {r.target:>24} {(f'{r.baseline:.3g}' if r.baseline else '—'):>10}"
                + f" {(f'{r.ratio:.2f}x' if r.ratio else '—'):>7} {'yes' if r.ok else 'NO':>4}")
        if rows10:
            r10 = rows10[i]
            growth = r10.value / r.value if r.value else float("nan")
            line += f" {r10.value:>7.3g} {r10.unit:<2}"
            if r10.spread:
                line += f" ({r10.spread[0]:.3g}–{r10.spread[1]:.3g})"
            line += f" {growth:>6.1f}x"
            if r.baseline and r10.baseline:
                line += f" {r10.baseline / r.baseline:>15.1f}x"
            else:
                line += f" {'—':>16}"
            if growth > 11:
                line += "  > 11x!"
        print(line)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="fewer runs")
    ap.add_argument("--no-ten", action="store_true", help="skip the ten-times-the-data run")
    ap.add_argument("--only", default=",".join(PARTS),
                    help="comma-separated parts to measure: " + ", ".join(PARTS))
    ap.add_argument("--repeat", type=int, default=1,
                    help="run the measures N times: medians, with their spread (min–max)")
    ap.add_argument("--captures", type=int, default=200)
    args = ap.parse_args()
    only = tuple(p for p in args.only.split(",") if p in PARTS)
    sys.path.insert(0, str(ROOT))
    from benchmarks.forum import make_forum

    runs = 3 if args.quick else 5
    folder = Path(tempfile.mkdtemp(prefix="facilitator-bench-"))
    t = time.perf_counter()
    forum = make_forum(folder / "forum.atelier", scale=1)
    print(f"grand forum written in {time.perf_counter() - t:.1f} s: {forum}")
    rows = repeated(args.repeat, forum, runs, args.captures, only=only)
    rows10 = None
    if not args.no_ten:
        t = time.perf_counter()
        forum10 = make_forum(folder / "forum10.atelier", scale=10)
        print(f"ten times the data written in {time.perf_counter() - t:.1f} s")
        rows10 = repeated(args.repeat, forum10, 3, args.captures, scale=10, only=only)
    print()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{time.strftime('%Y-%m-%d %H:%M %Z')}, {os.cpu_count()} CPUs, load average "
          f"{load:.1f}" + (f"; medians of {args.repeat} runs (min–max)" if args.repeat > 1
                            else ""))
    print_table(rows, rows10)


if __name__ == "__main__":
    main()
