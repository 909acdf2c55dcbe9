"""The idea wall on the projector while ideas are captured: the time to lay it out again after
one capture (the type that fits the whole wall, or its pages), beside the time to paint it, on
the demo session (47 ideas) and on the grand forum (2,000 ideas in 60 themes).

    python -m benchmarks.bench_room_wall
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def measure(path: Path, label: str, runs: int = 15) -> None:
    from PySide6.QtGui import QImage, QPainter

    from facilitator.store import Store
    from facilitator_ui.context import SessionContext
    from facilitator_ui.presenter.wall_view import WallRoomView

    store = Store.open(path)
    ctx = SessionContext(store)
    view = WallRoomView(ctx)
    view.resize(1600, 900)
    t0 = time.perf_counter()
    view._layout()
    first = time.perf_counter() - t0
    themes = store.ideas.themes()
    layout, paint, reload = [], [], []
    image = QImage(1600, 900, QImage.Format.Format_RGB32)
    for n in range(runs):
        with store.transaction():
            store.ideas.add(f"Une idée captée pendant la séance, numéro {n}",
                            themes[n % len(themes)].id if themes else None)
        t = time.perf_counter()
        view.reload()
        t1 = time.perf_counter()
        view._layout()
        layout.append(time.perf_counter() - t1)
        reload.append(t1 - t)
        t = time.perf_counter()
        p = QPainter(image)
        view.paint_wall(p, view.rect().toRectF())
        p.end()
        paint.append(time.perf_counter() - t)
    fit = view._layout()
    print(f"{label}: first layout {first * 1000:.0f} ms; after a capture: layout p50 "
          f"{statistics.median(layout) * 1000:.1f} ms, max {max(layout) * 1000:.1f} ms; "
          f"baselines: reading the ideas again p50 {statistics.median(reload) * 1000:.1f} ms, "
          f"painting the wall p50 {statistics.median(paint) * 1000:.1f} ms "
          f"(cards at {fit.px} px, {max(len(p) for p in fit.pages)} page(s))")
    store.close()


def main() -> None:
    from PySide6.QtWidgets import QApplication

    os.environ.setdefault("FACILITATOR_HOME", tempfile.mkdtemp(prefix="bench-wall-"))
    _app = QApplication.instance() or QApplication(sys.argv)
    from benchmarks.forum import make_forum
    from facilitator.demo import write_demo

    folder = Path(tempfile.mkdtemp(prefix="bench-wall-"))
    measure(write_demo(folder / "demo.atelier", "fr"), "demo (47 ideas)")
    measure(make_forum(folder / "forum.atelier"), "grand forum (2,000 ideas)", runs=8)


if __name__ == "__main__":
    main()
