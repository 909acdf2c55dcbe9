"""Put the app in the states of the gesture screenshots (issue 12), for ../shared/tools/shoot:

    shoot docs/screenshots/vote-grid.png 10 .venv/bin/python docs/screenshots/gestures_views.py grid
    shoot docs/screenshots/vote-ballot.png 10 .venv/bin/python docs/screenshots/gestures_views.py ballot
    shoot docs/screenshots/main-window.png 10 .venv/bin/python docs/screenshots/gestures_views.py participants

Each opens the French demo session in a temporary folder (nothing of the user's is touched)."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ["FACILITATOR_HOME"] = tempfile.mkdtemp()


def _round(store, ballots, n=14):
    with store.transaction():
        ideas = [i.id for i in store.ideas.list()][:n]
        rid = ballots.create_round(store, "Idées à retenir pour 2027", "ideas", ideas,
                                   budget=5, cap=2)
        ballots.open_round(store, rid)
    return rid, ideas


def grid(ctx, page):
    from facilitator.ops import voting as ballots

    store = ctx.store
    rid, ideas = _round(store, ballots)
    with store.transaction():
        people = [p.id for p in store.participants.list() if p.present]
        ballots.record_ballot(store, rid, people[0], {ideas[0]: 2, ideas[4]: 2, ideas[1]: 1})
        ballots.record_ballot(store, rid, people[1], {ideas[4]: 2, ideas[3]: 2, ideas[7]: 1})
        ballots.record_paper_totals(store, rid, {ideas[0]: 3, ideas[1]: 5, ideas[2]: 1,
                                                 ideas[3]: 8, ideas[4]: 11, ideas[5]: 2,
                                                 ideas[6]: 1, ideas[7]: 1})
    ctx.changed.emit({"voting"})
    page.select_round(rid)
    page.tabs.setCurrentIndex(0)
    page.grid.start(0)


def ballot(ctx, page):
    from facilitator.ops import voting as ballots

    rid, _ = _round(ctx.store, ballots)
    ctx.changed.emit({"voting"})
    page.select_round(rid)
    page.laptop_ballots()
    from PySide6.QtWidgets import QDialog

    d = [w for w in page.findChildren(QDialog) if w.isVisible()][-1]   # the one just opened
    d.who_filter.setText("Mart")
    d.start_ballot()
    d.model.set_dots(0, 2)
    d.model.set_dots(3, 1)
    d.table.setCurrentIndex(d.model.index(0, 1))
    d.model.add(0, +1)   # a third dot on a candidate capped at 2: said on the one line


def participants(ctx, page):
    page.name_edit.setText("jacques belanger")   # absent on the list: ticked, not added
    page.add_from_fields()


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator.demo import write_demo
    from facilitator_ui import i18n
    from facilitator_ui.controller import AppController

    state = sys.argv[1]
    app = QApplication([])
    i18n.install("fr")
    path = write_demo(Path(tempfile.mkdtemp()) / "demo.atelier", "fr")
    c = AppController("fr")
    c.open_path(path)
    c.window.resize(1600, 880)
    c.window.move(0, 0)
    c.window.show()
    key = {"grid": "voting", "ballot": "voting", "participants": "participants"}[state]
    page = c.window.show_page(key)
    QTimer.singleShot(300, lambda: globals()[state](c.ctx, page))
    app.exec()


if __name__ == "__main__":
    main()
