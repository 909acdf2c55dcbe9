"""Child process for the start-up benchmark: prints the seconds from the parent's launch
(argv[1], a time.time() stamp) to the first paint of the window, then quits.

    python -m benchmarks._first_paint T0 bare          a bare PySide6 main window
    python -m benchmarks._first_paint T0 app [FILE]    Facilitateur (start screen, or FILE)
"""
from __future__ import annotations

import sys
import time


def main() -> None:
    t0 = float(sys.argv[1])
    mode = sys.argv[2]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    done = {"t": None}

    class FirstPaint(QObject):
        def __init__(self, target) -> None:
            super().__init__()
            self.target = target

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and done["t"] is None and (
                    obj is self.target or self.target.isAncestorOf(obj)):
                done["t"] = time.time() - t0
                QTimer.singleShot(0, app.quit)
            return False

    if mode == "bare":
        w = QMainWindow()
        w.resize(1280, 800)
        f = FirstPaint(w)
        app.installEventFilter(f)
        w.show()
        app.exec()
    else:
        from facilitator_ui import app as ui_app
        from facilitator_ui.controller import AppController

        real_init = AppController.__init__

        def init(self, lang):
            real_init(self, lang)
            self._bench_filter = FirstPaint(self.window)
            app.installEventFilter(self._bench_filter)

        AppController.__init__ = init
        ui_app.main(sys.argv[3] if len(sys.argv) > 3 else None)
    print(f"{done['t']:.4f}")


if __name__ == "__main__":
    main()
