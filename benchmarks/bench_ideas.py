"""How fluid the Idées page stays with 2,000 ideas in 60 themes (the grand forum of
benchmarks/forum.py, or the same counts generated here if it is missing).

Measured through the page as a person uses it, on an offscreen window of 1600×900:
- capture to visible: Enter in the capture field → the idea committed (one undoable command),
  the wall model updated and the wall repainted; 200 captures, p50 and p99;
- filter: one keystroke in the search field → the wall regrouped and repainted (a word typed
  letter by letter, then erased), p50 and p99;
- move: a number key on the current card of the pile (sorting it card after card) →
  committed, regrouped, repainted; 200 moves, p50 and p99.

Each figure is printed beside its target and its ratio to a baseline run in the same process:
a raw sqlite3 INSERT + COMMIT with the same PRAGMAs as a session file (WAL, synchronous=FULL,
exclusive locking, foreign keys) — what a capture costs with no application at all.

    python benchmarks/bench_ideas.py [--captures 200] [--scale 1]
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
sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET_MS = {"capture": 50.0, "filter": 50.0, "move": 50.0}


def build_session(path: Path, scale: int) -> Path:
    """The grand forum if benchmarks/forum.py is there, else 2,000 ideas in 60 themes."""
    try:
        from forum import make_forum
    except ImportError:
        make_forum = None
    if make_forum is not None:
        return make_forum(path, scale=scale)
    from facilitator.store import Store

    rnd = random.Random(1)
    words = ("mobilité", "logement", "abordable", "jeunes", "aînés", "transport", "collectif",
             "marché", "public", "hiver", "déneigement", "vélo", "culture", "ᐃᓄᒃᑎᑐᑦ", "🎉")
    with Store.create(path, "Forum") as s, s.transaction():
        people = [s.participants.add(f"Personne {n}") for n in range(300 * scale)]
        themes = [s.ideas.add_theme(f"Thème {n}") for n in range(60 * scale)]
        for n in range(2000 * scale):
            text = " ".join(rnd.choice(words) for _ in range(rnd.randint(4, 18)))
            s.ideas.add(text.capitalize(), rnd.choice(themes + [None]), None,
                        rnd.choice(people + [None] * 100))
    return path


def baseline_ms(path: Path, n: int) -> list[float]:
    """Raw sqlite3 INSERT + COMMIT into a copy of the session, same PRAGMAs."""
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("locking_mode = EXCLUSIVE", "journal_mode = WAL", "synchronous = FULL",
                   "foreign_keys = ON", "temp_store = MEMORY"):
        conn.execute(f"PRAGMA {pragma}")
    out = []
    for i in range(n):
        t = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO idea (text, created_at) VALUES (?, ?)",
                     (f"idée brute {i} « é »", "2026-11-27T10:00:00-05:00"))
        conn.execute("COMMIT")
        out.append((time.perf_counter() - t) * 1000)
    conn.close()
    return out


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * len(values)) - 1))]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--captures", type=int, default=200)
    p.add_argument("--scale", type=int, default=1)
    args = p.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from facilitator.store import Store
    from ui.context import SessionContext
    from ui.pages.ideas import IdeasPage

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-ideas-"))
    source = build_session(folder / "forum.atelier", args.scale)
    raw_copy = folder / "raw.atelier"
    work = folder / "work.atelier"
    with Store.open(source) as s:
        counts = s.counts()
        s.save_copy(raw_copy)
        s.save_copy(work)
    print(f"session: {counts['ideas']} ideas, {counts['themes']} themes, "
          f"{counts['participants']} participants")

    base = baseline_ms(raw_copy, args.captures)
    store = Store.open(work)
    ctx = SessionContext(store)
    t = time.perf_counter()
    page = IdeasPage(ctx)
    page.resize(1600, 900)
    page.show()
    app.processEvents()
    open_ms = (time.perf_counter() - t) * 1000
    wall = page.wall.viewport()
    edit = page.capture_edit

    # capture to visible
    capture = []
    for i in range(args.captures):
        edit.setPlainText(f"Nouvelle idée {i} « à l'été » ᐃᓄᒃᑎᑐᑦ")
        t = time.perf_counter()
        QTest.keyClick(edit, Qt.Key.Key_Return)
        wall.repaint()
        capture.append((time.perf_counter() - t) * 1000)
    assert len(store.ideas.list()) == counts["ideas"] + args.captures

    # filter, keystroke by keystroke
    filtering = []
    search = page.search_edit
    for _round in range(5):
        for word in ("logement", "abordable"):
            for ch in word:
                t = time.perf_counter()
                QTest.keyClick(search, ch)
                wall.repaint()
                filtering.append((time.perf_counter() - t) * 1000)
            for _ch in word:
                t = time.perf_counter()
                QTest.keyClick(search, Qt.Key.Key_Backspace)
                wall.repaint()
                filtering.append((time.perf_counter() - t) * 1000)
    assert not page.model.filter.active

    # move with the keyboard, as when sorting: the first card of the pile is current, a
    # number key sends it to a theme and the next card takes its place
    moves = []
    view = page.wall
    rnd = random.Random(2)
    pile = rnd.sample([i.id for i in store.ideas.list()], args.captures)
    with store.transaction():
        store.ideas.set_theme(pile, None)
    ctx.changed.emit({"ideas"})
    in_pile = page.model.counts[None]
    view.setFocus()
    first = page.model.index(0, 0)
    view.select_ids([page.model.idea_id(first)], page.model.idea_id(first))
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5,
            Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9]
    for _ in range(args.captures):
        t = time.perf_counter()
        QTest.keyClick(view, rnd.choice(keys))
        wall.repaint()
        moves.append((time.perf_counter() - t) * 1000)
    assert page.model.counts[None] == in_pile - args.captures, "every key moved a card"

    page.close()
    ctx.undo_stack.clear()
    store.close()

    b50, b99 = statistics.median(base), pct(base, 0.99)
    rows = [
        ("capture to visible, p50", statistics.median(capture), "capture", b50),
        ("capture to visible, p99", pct(capture, 0.99), "capture", b99),
        ("filter, one keystroke, p50", statistics.median(filtering), "filter", b50),
        ("filter, one keystroke, p99", pct(filtering, 0.99), "filter", b99),
        ("move with a key, p50", statistics.median(moves), "move", b50),
        ("move with a key, p99", pct(moves, 0.99), "move", b99),
    ]
    print(f"page opened with the whole wall in {open_ms:.0f} ms")
    print(f"baseline raw INSERT + COMMIT: p50 {b50:.3f} ms, p99 {b99:.3f} ms "
          f"({args.captures} commits)")
    print(f"{'measure':<30} {'ms':>8} {'target':>9} {'× baseline':>11}  ok")
    ok_all = True
    for name, value, kind, ref in rows:
        ok = value <= TARGET_MS[kind]
        ok_all &= ok
        print(f"{name:<30} {value:8.2f} {'≤ ' + format(TARGET_MS[kind], '.0f'):>9} "
              f"{value / ref:11.1f}  {'yes' if ok else 'NO'}")
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
