"""How fluid the Idées page stays on the grand forum (benchmarks/forum.py: 2,000 ideas in 60
themes, 300 people, 5 rounds…), or ten times it, in the app's own window.

The window is the one people use (MainWindow with the session open, 1280×800), and EVERY page
is visited once first (Séance … Rapport), so that every page a facilitator has opened is alive
and listening while ideas are captured. Then, on the Idées page:

- capture, Enter → new card painted and visible: the text is put in the capture field (typing
  is not measured), a real key press (QTest.keyClick: a QKeyEvent sent through the application
  to the capture field) starts the clock; it stops when the wall's viewport has painted the
  region holding the whole new card while that card shows the captured text (CardPaintClock
  runs that paint event itself and reads the clock when it is done). The page shows the card
  at Enter and paints it before the commit (the saved idea then takes its place): the share of
  cards painted before their acknowledgement is printed. A second figure, Enter → saved, the
  wall and its counts updated, stops when the capture's key press has returned (commit
  acknowledged, rereads done) and the event loop has run what it left (paints, layouts).
  Under the offscreen platform Qt paints widgets into the window's backing store exactly as on
  a screen; only the final copy of the backing store to a display is missing. Each capture
  also checks that the card lies inside the visible wall (the viewport's rectangle) when it is
  painted: the percentage is printed.
- filter: one keystroke in the search field → the wall regrouped and repainted;
- move: a number key on the current card of the pile → committed, regrouped, repainted.

Two baselines, each alternated with each capture so that all see the same disk (an fsync
costs more or less from one second to the next on a shared machine) and the same load:

- the floor: what no application can go below here — a raw sqlite3 INSERT + COMMIT with the
  session file's PRAGMAs (WAL, synchronous=FULL, exclusive lock) into a copy of the session,
  then a bare QWidget of the window's size told to repaint one card's rectangle, timed until
  that paint is done, the same way. Its two parts are printed too (the commit; update() →
  painted, the display system's own latency);
- a plain Qt list: the same commit, then the text appended to a plain QListView over a
  QStandardItemModel holding as many rows as the wall has ideas, scrolled to the bottom, timed
  until that view has painted the new row. Qt lays such a view out again after a row is added
  and repaints its whole viewport: it is what a naive list costs, not a floor.

The capture's own parts are printed beside: the engine's acknowledgement (the window's request
→ the writer thread's commit → acknowledged), and the area of the wall repainted per capture.

    python -m benchmarks.bench_ideas [--captures 200] [--scale 1] [--repeat 3] [--no-filter]
"""
from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_MS = {"capture p99": {1: 5.0, 10: 8.0}, "filter": 50.0, "move": 50.0}
WINDOW = (1280, 800)


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * len(values)) - 1))]


def raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("locking_mode = EXCLUSIVE", "journal_mode = WAL", "synchronous = FULL",
                   "foreign_keys = ON", "temp_store = MEMORY"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def raw_capture(conn: sqlite3.Connection, text: str) -> None:
    """The capture with nothing of the app: one INSERT and its COMMIT (the fsync included)."""
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO idea (text, created_at) VALUES (?, ?)",
                 (text, "2026-11-27T10:00:00-05:00"))
    conn.execute("COMMIT")


def capture_text(i: int) -> str:
    rnd = random.Random(i)
    words = ("mobilité", "logement", "abordable", "navette", "serre", "hiver", "vélo",
             "marché", "aînés", "jeunes", "culture", "ᐃᓄᒃᑎᑐᑦ", "sentier", "fleuve")
    return " ".join(rnd.choice(words) for _ in range(rnd.randint(4, 12))).capitalize() + \
        f" « {i} »"


class PaintWatch:
    """Records the rectangles painted in a widget (an event filter sees each paint event)."""

    def __init__(self, widget) -> None:
        from PySide6.QtCore import QEvent, QObject

        class _Filter(QObject):
            def __init__(self, owner) -> None:
                super().__init__()
                self.owner = owner

            def eventFilter(self, obj, event):  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    self.owner.rects.extend(event.region())
                return False

        self.rects: list = []
        self.widget = widget
        self._filter = _Filter(self)
        widget.installEventFilter(self._filter)

    def painted(self, rect) -> bool:
        return any(r.intersects(rect) for r in self.rects)


def wait_painted(app, watch: PaintWatch, rect_of, limit_s: float = 5.0) -> bool:
    """Turn the event loop until the rectangle rect_of() has been painted (or limit_s). Between
    turns it sleeps until the next event (Qt paints on a short timer after an update), so that
    waiting burns no CPU and the CPU time measured is the work done."""
    from PySide6.QtCore import QEventLoop

    end = time.perf_counter() + limit_s
    app.processEvents()
    while True:
        rect = rect_of()
        if rect is not None and watch.painted(rect):
            return True
        if time.perf_counter() > end:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


class RawBaseline:
    """A baseline's gesture: the raw commit of the idea, then its own way of showing it."""

    def _commit(self, i: int) -> tuple[str, float, float]:
        """The event loop idle, the clocks started, the idea committed raw: (text, t, cpu)."""
        text = capture_text(i)
        self.app.processEvents()
        self.watch.rects.clear()
        t, c = time.perf_counter(), time.process_time()
        raw_capture(self.conn, text)
        return text, t, c

    def _done(self, t: float, c: float) -> float:
        """The clocks read: the time and CPU since _commit kept; returns the moment."""
        now = time.perf_counter()
        self.times.append((now - t) * 1000)
        self.cpu.append((time.process_time() - c) * 1000)
        return now

    def close(self) -> None:
        self.view.close()
        self.conn.close()


class PlainBaseline(RawBaseline):
    """The same gesture with no application: raw INSERT + COMMIT, a row appended to a plain
    Qt list view of the same size, painted."""

    def __init__(self, app, raw_path: Path, rows: int) -> None:
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QListView

        self.app = app
        self.conn = raw_connection(raw_path)
        self.model = QStandardItemModel()
        self.item = QStandardItem
        root = self.model.invisibleRootItem()
        root.appendRows([QStandardItem(f"idée {n}") for n in range(rows)])
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.resize(*WINDOW)
        self.view.show()
        self.view.scrollToBottom()
        app.processEvents()
        self.watch = PaintWatch(self.view.viewport())
        self.times: list[float] = []
        self.cpu: list[float] = []

    def once(self, i: int) -> None:
        text, t, c = self._commit(i)
        self.model.appendRow(self.item(text))
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.view.scrollTo(index)
        wait_painted(self.app, self.watch, lambda: self.view.visualRect(index))
        self._done(t, c)


class FloorBaseline(RawBaseline):
    """The floor: raw INSERT + COMMIT, then a bare widget of the window's size repaints one
    card's rectangle (nothing laid out, nothing read, one fill). The display system's own
    update() → painted latency is timed apart."""

    def __init__(self, app, raw_path: Path) -> None:
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QColor, QPainter
        from PySide6.QtWidgets import QWidget

        class Bare(QWidget):
            def paintEvent(self, event):  # noqa: N802
                p = QPainter(self)
                p.fillRect(event.rect(), QColor("#fff3b0"))
                p.end()

        self.app = app
        self.conn = raw_connection(raw_path)
        self.view = Bare()
        self.view.resize(*WINDOW)
        self.view.show()
        app.processEvents()
        self.rect = QRect(0, 432, 224, 124)
        self.watch = PaintWatch(self.view)
        self.times: list[float] = []
        self.cpu: list[float] = []
        self.commit: list[float] = []
        self.paint: list[float] = []

    def once(self, i: int) -> None:
        _text, t, c = self._commit(i)
        t1 = time.perf_counter()
        self.view.update(self.rect)
        wait_painted(self.app, self.watch, lambda: self.rect)
        t2 = self._done(t, c)
        self.commit.append((t1 - t) * 1000)
        self.paint.append((t2 - t1) * 1000)


def open_window(app, path: Path):
    """The app's main window on a session, every page visited once, the Idées page in front."""
    from facilitator.store import Store
    from facilitator_ui.context import SessionContext
    from facilitator_ui.main_window import MainWindow
    from facilitator_ui.pages import PAGES

    store = Store.open(path)
    ctx = SessionContext(store)
    window = MainWindow()
    window.resize(*WINDOW)
    window.set_session(ctx)
    window.show()
    app.processEvents()
    for key, *_ in PAGES:
        window.show_page(key)
        app.processEvents()
    page = window.show_page("ideas")
    app.processEvents()
    return window, ctx, page


def close_window(window, ctx) -> None:
    window.set_session(None)
    ctx.undo_stack.clear()
    ctx.store.close()
    window.close()


class CardPaintClock:
    """The moment the new card is on screen: the end of the wall viewport's paint event whose
    region holds the whole card while the card shows the captured text. The event filter runs
    that paint itself (what the scroll area's own filter does next) and reads the clock when
    it is done; it also notes whether the card lay inside the visible wall and whether the
    engine had acknowledged the idea by then."""

    def __init__(self, view, model, acks: list) -> None:
        from PySide6.QtCore import QEvent, QObject

        clock = self

        class _Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802
                if event.type() == QEvent.Type.Paint and clock.text is not None \
                        and clock.at is None:
                    rect = clock.card_rect()
                    if rect is not None and event.region().contains(rect):
                        view.viewportEvent(event)
                        clock.at = time.perf_counter()
                        clock.inside = view.viewport().rect().contains(rect)
                        clock.before_ack = not acks
                        return True
                return False

        self.view, self.model = view, model
        self.text: str | None = None
        self.at: float | None = None
        self.inside = self.before_ack = False
        self._filter = _Filter()
        view.viewport().installEventFilter(self._filter)

    def start(self, text: str) -> None:
        self.text, self.at, self.inside, self.before_ack = text, None, False, False

    def card_rect(self):
        from facilitator_ui.models.ideas import CardRole

        iid = self.model.fresh_id
        if iid is None:
            return None
        idx = self.model.index_of(iid)
        if not idx.isValid() or self.model.data(idx, CardRole)[0] != self.text:
            return None
        return self.view.visualRect(idx)


def measure_capture(session: Path, n: int) -> dict:
    """Enter → the new card painted and visible, every page visited first; alternated with
    the baselines. Returns the times (ms), the share of cards visible, and the baselines."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from facilitator.store import Store

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-capture-"))
    work, raw_path = folder / "work.atelier", folder / "raw.atelier"
    floor_path = folder / "floor.atelier"
    with Store.open(session) as s:
        s.save_copy(work)
        s.save_copy(raw_path)
        s.save_copy(floor_path)   # its own file: each raw connection locks its file
        ideas = s.counts()["ideas"]
    window, ctx, page = open_window(app, work)
    # the engine's acknowledgement (request → writer thread → commit → acknowledged), timed
    # inside each capture
    acks: list[float] = []
    submit = ctx._submit

    def timed_submit(fn):
        t0 = time.perf_counter()
        try:
            return submit(fn)
        finally:
            acks.append((time.perf_counter() - t0) * 1000)

    ctx._submit = timed_submit
    base = PlainBaseline(app, raw_path, ideas)
    floor = FloorBaseline(app, floor_path)
    wall, model, edit = page.wall, page.model, page.capture_edit
    watch = PaintWatch(wall.viewport())
    clock = CardPaintClock(wall, model, acks)
    view_area = wall.viewport().width() * wall.viewport().height()
    times: list[float] = []       # Enter → the new card painted
    saved: list[float] = []       # Enter → saved, the wall and its counts up to date
    ack_times: list[float] = []
    cpu: list[float] = []         # the CPU time of the process meanwhile (robust to load)
    gui: list[float] = []         # the GUI thread's alone (the writer thread's left out)
    areas: list[float] = []       # the share of the wall's viewport repainted
    visible = before_ack = 0
    edit.setFocus()
    for i in range(n):
        base.once(i)
        floor.once(i)
        text = capture_text(i)
        edit.setPlainText(text)
        app.processEvents()
        watch.rects.clear()
        acks.clear()
        clock.start(text)
        t, c, g = time.perf_counter(), time.process_time(), time.thread_time()
        QTest.keyClick(edit, Qt.Key.Key_Return)
        app.processEvents()   # what the capture left for the event loop: paints, layouts
        done = time.perf_counter()
        end = done + 5.0
        while clock.at is None and time.perf_counter() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        if clock.at is None:
            raise SystemExit(f"capture {i}: the new card was never painted")
        times.append((clock.at - t) * 1000)
        saved.append((max(done, clock.at) - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        gui.append((time.thread_time() - g) * 1000)
        ack_times.append(sum(acks))
        areas.append(sum(r.width() * r.height() for r in watch.rects) / view_area)
        visible += clock.inside
        before_ack += clock.before_ack
    assert len(model.data_.ideas) == ideas + n, "every Enter captured an idea"
    base.close()
    floor.close()
    close_window(window, ctx)
    return {"times": times, "saved": saved, "ack": ack_times, "cpu": cpu, "gui": gui,
            "visible": visible / n, "before_ack": before_ack / n, "area": areas,
            "baseline": base.times, "baseline_cpu": base.cpu,
            "floor": floor.times, "floor_cpu": floor.cpu, "floor_commit": floor.commit,
            "floor_paint": floor.paint}


def measure_filter_and_move(session: Path, n: int) -> tuple[list[float], list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from facilitator.store import Store

    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="bench-filter-")) / "work.atelier"
    with Store.open(session) as s:
        s.save_copy(work)
    window, ctx, page = open_window(app, work)
    store = ctx.store
    wall = page.wall.viewport()
    filtering = []
    search = page.search_edit
    for _round in range(3):
        for word in ("logement", "abordable"):
            for key in [*word, *[Qt.Key.Key_Backspace] * len(word)]:
                t = time.perf_counter()
                QTest.keyClick(search, key)
                wall.repaint()
                filtering.append((time.perf_counter() - t) * 1000)
    assert not page.model.filter.active
    # move with the keyboard, as when sorting: the first card of the pile is current, a
    # number key sends it to a theme and the next card takes its place
    moves = []
    view = page.wall
    rnd = random.Random(2)
    pile = rnd.sample(list(page.model.data_.ideas), n)
    with store.transaction():
        store.ideas.set_theme(pile, None)
    ctx.changed.emit({"ideas"})
    in_pile = page.model.counts[None]
    view.setFocus()
    first = page.model.index(0, 0)
    view.select_ids([page.model.idea_id(first)], page.model.idea_id(first))
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
    for _ in range(n):
        t = time.perf_counter()
        QTest.keyClick(view, rnd.choice(keys))
        wall.repaint()
        moves.append((time.perf_counter() - t) * 1000)
    assert page.model.counts[None] == in_pile - n, "every key moved a card"
    close_window(window, ctx)
    return filtering, moves


def capture_figures(cap: dict) -> dict[str, float]:
    """One run's figures (ms), by name: the capture's, the floor's and the plain list's."""
    med = statistics.median
    return {
        "p50": med(cap["times"]), "p99": pct(cap["times"], 0.99),
        "saved p50": med(cap["saved"]), "saved p99": pct(cap["saved"], 0.99),
        "ack p50": med(cap["ack"]), "ack p99": pct(cap["ack"], 0.99),
        "cpu p50": med(cap["cpu"]), "cpu p99": pct(cap["cpu"], 0.99),
        "gui p50": med(cap["gui"]), "gui p99": pct(cap["gui"], 0.99),
        "floor p50": med(cap["floor"]), "floor p99": pct(cap["floor"], 0.99),
        "floor commit p50": med(cap["floor_commit"]),
        "floor commit p99": pct(cap["floor_commit"], 0.99),
        "floor paint p50": med(cap["floor_paint"]),
        "floor paint p99": pct(cap["floor_paint"], 0.99),
        "floor cpu p50": med(cap["floor_cpu"]), "floor cpu p99": pct(cap["floor_cpu"], 0.99),
        "list p50": med(cap["baseline"]), "list p99": pct(cap["baseline"], 0.99),
        "list cpu p50": med(cap["baseline_cpu"]), "list cpu p99": pct(cap["baseline_cpu"], 0.99),
        "area p50": med(cap["area"]) * 100, "area max": max(cap["area"]) * 100,
        "visible": cap["visible"] * 100, "before ack": cap["before_ack"] * 100,
    }


def spread(runs: list[dict], key: str) -> str:
    """median [min–max] over the runs (just the figure for one run)."""
    values = [r[key] for r in runs]
    m = statistics.median(values)
    return f"{m:.2f}" if len(values) == 1 else \
        f"{m:.2f} [{min(values):.2f}–{max(values):.2f}]"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--captures", type=int, default=200)
    p.add_argument("--scale", type=int, default=1)
    p.add_argument("--repeat", type=int, default=1,
                   help="runs of the captures, each on a fresh copy of the session: the "
                        "figures are then the median [min–max] of the runs")
    p.add_argument("--no-filter", action="store_true", help="measure the captures only")
    args = p.parse_args()

    from PySide6.QtWidgets import QApplication

    from benchmarks.forum import make_forum

    QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-ideas-"))
    session = make_forum(folder / "forum.atelier", scale=args.scale)
    caps = [measure_capture(session, args.captures) for _ in range(args.repeat)]
    runs = [capture_figures(c) for c in caps]
    target99 = TARGET_MS["capture p99"].get(args.scale, 8.0)
    print(f"grand forum × {args.scale}, window {WINDOW[0]}×{WINDOW[1]}, every page visited "
          f"first; {args.captures} captures × {args.repeat} run(s)"
          + (": median [min–max] of the runs" if args.repeat > 1 else ""))
    print("the card is shown at Enter and painted before its commit; the saved idea takes its "
          "place (its pixels are not painted again)")
    print("floor = raw INSERT+COMMIT, then a bare widget repainting one card's rectangle "
          "(its parts: the commit; update() → painted, the display system's own latency)")
    print("plain list = the same commit, then a plain QListView appending the row (Qt lays it "
          "out again and repaints its whole viewport: a naive list, not a floor)")
    table = [
        ("Enter → card painted and visible, p50", "p50", None, "floor paint p50", None),
        ("Enter → card painted and visible, p99", "p99", target99, "floor paint p99", None),
        ("Enter → saved, wall and counts updated, p50", "saved p50", None, "floor p50",
         "list p50"),
        ("Enter → saved, wall and counts updated, p99", "saved p99", None, "floor p99",
         "list p99"),
        ("  engine acknowledgement, p50", "ack p50", None, "floor commit p50", None),
        ("  engine acknowledgement, p99", "ack p99", None, "floor commit p99", None),
        ("  CPU time, p50", "cpu p50", None, "floor cpu p50", "list cpu p50"),
        ("  CPU time, p99", "cpu p99", None, "floor cpu p99", "list cpu p99"),
        ("  CPU time of the GUI thread, p50", "gui p50", None, None, None),
        ("  CPU time of the GUI thread, p99", "gui p99", None, None, None),
    ]
    ok_all = True
    print(f"{'measure (ms)':<40} {'app':>22} {'target':>7} {'floor':>22} {'plain list':>22}")
    for name, key, target, floor_key, list_key in table:
        value = statistics.median(r[key] for r in runs)
        ok = target is None or value <= target
        ok_all &= ok
        print(f"{name:<40} {spread(runs, key):>22} "
              f"{('≤ ' + format(target, 'g')) if target else '—':>7} "
              f"{spread(runs, floor_key) if floor_key else '—':>22} "
              f"{spread(runs, list_key) if list_key else '—':>22}"
              + ("" if ok else "  NOT MET"))
    print("(floor column: beside « card painted », the display system's own update() → "
          "painted; beside « saved », the raw commit and that paint)")
    print(f"wall repainted per capture (% of its visible area): p50 {spread(runs, 'area p50')}, "
          f"max {spread(runs, 'area max')}")
    print(f"captured cards inside the visible wall once painted: {spread(runs, 'visible')} %")
    print(f"captured cards painted before their commit was acknowledged: "
          f"{spread(runs, 'before ack')} %")
    ok_all &= all(r["visible"] == 100 for r in runs)
    if not args.no_filter:
        filtering, moves = measure_filter_and_move(session, min(100, args.captures))
        for name, values, target in (("filter, one keystroke", filtering, TARGET_MS["filter"]),
                                     ("move with a key", moves, TARGET_MS["move"])):
            p50, p99 = statistics.median(values), pct(values, 0.99)
            ok_all &= p99 <= target
            print(f"{name}: p50 {p50:.2f} ms, p99 {p99:.2f} ms (target ≤ {target:g} ms)"
                  + ("" if p99 <= target else "  NOT MET"))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"(load average {load:.1f} on {os.cpu_count()} CPUs: wall-clock figures grow with it, "
          f"CPU times much less)")
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
