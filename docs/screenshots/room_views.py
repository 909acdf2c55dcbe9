"""Put the app in the states the README's room-view screenshots show, for
`../shared/tools/shoot` (a virtual screen, one screen):

    shoot docs/screenshots/vote-results-projector.png 5 .venv/bin/python \
        docs/screenshots/room_views.py results
    shoot docs/screenshots/ideas-projector.png 5 .venv/bin/python docs/screenshots/room_views.py wall
    shoot docs/screenshots/agenda-projector.png 5 .venv/bin/python docs/screenshots/room_views.py agenda
    shoot /tmp/console.png 6 .venv/bin/python docs/screenshots/room_views.py console
    shoot docs/screenshots/contrast-console.png 6 .venv/bin/python \
        docs/screenshots/room_views.py console --contrast

`--contrast` shows it in the high-contrast theme (Préférences › Contraste élevé).

`results` reveals a round of the demo session with 14 candidates (`results22` with 22, on two
pages), `wall` shows the demo's idea wall, `agenda` the live run on its second item; each fills
the screen as on a projector. `console` shows the facilitator's window during the run with the
room view opened beside it, as it opens when there is only one screen. The session is a copy of
the demo written to a temporary folder; nothing of the person's is touched.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("FACILITATOR_HOME", tempfile.mkdtemp(prefix="room-views-"))

EXTRA = ["Réseau de bornes de recharge dans chaque village",
         "Internet haute vitesse partout sur le territoire",
         "Un marché public ouvert toute l'année",
         "Des logements pour les aînés près des services",
         "Une maison de la culture itinérante",
         "Un fonds pour les projets citoyens",
         "Valoriser le patrimoine bâti des villages",
         "Des sentiers de motoneige et de quad mieux balisés",
         "Accueil des nouveaux arrivants dans chaque municipalité",
         "Une politique régionale de l'eau",
         "Soutien aux commerces de proximité",
         "Un plan de mobilité active pour les écoles",
         "Une table jeunesse de la MRC",
         "Des haltes-garderies pour les parents aux études",
         "Un guichet unique pour les entreprises"]


def session(path: Path, candidates: int):
    from facilitator.ops import voting as ballots
    from facilitator.demo import write_demo
    from facilitator.store import Store

    write_demo(path, "fr", replace=True)
    store = Store.open(path)
    if candidates:
        with store.transaction():
            ideas = [i.id for i in store.ideas.list()][:max(0, candidates - len(EXTRA))]
            ideas += [store.ideas.add(text) for text in EXTRA[:candidates - len(ideas)]]
            rid = ballots.create_round(store, "Priorités de territoire 2027", "ideas", ideas,
                                       5, 3, True)
            ballots.open_round(store, rid)
            ballots.record_paper_totals(store, rid, {iid: max(1, 19 - n) for n, iid
                                                     in enumerate(ideas)})
            ballots.reveal(store, rid)
    return store


def main(state: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator_ui import i18n

    app = QApplication(sys.argv)
    i18n.install("fr")
    from facilitator.i18n import set_language

    set_language("fr")
    if CONTRAST:  # Préférences › High contrast (and the text sizes, when given)
        from facilitator_ui import theme

        theme.set_theme("contrast")
        theme.apply(app)
    folder = Path(tempfile.mkdtemp(prefix="room-views-"))
    candidates = {"results": 14, "results22": 22}.get(state, 0)
    store = session(folder / "demo.atelier", candidates)
    from facilitator_ui.context import SessionContext
    from facilitator_ui.presenter import load_views
    from facilitator_ui.presenter.window import PresenterWindow

    ctx = SessionContext(store)
    load_views()
    if state == "console":
        from facilitator_ui.main_window import MainWindow
        from facilitator_ui.live import LiveController

        window = MainWindow()
        window.set_session(ctx)
        window.show()
        page = window.show_page("agenda")
        LiveController.begin(ctx, 1)
        page.run_live()
        room = PresenterWindow(ctx)

        def open_room():
            room.place_on_screen(None, window)
            room.show_view("agenda")

        QTimer.singleShot(800, open_room)
    else:
        room = PresenterWindow(ctx)
        if state == "agenda":
            from facilitator_ui.live import LiveController

            LiveController.begin(ctx, 1)
        room.show_view("results" if state.startswith("results") else state)
        room.setGeometry(app.primaryScreen().geometry())   # no window manager on the shoot
        room.showFullScreen()
    app.exec()


CONTRAST = "--contrast" in sys.argv

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--contrast"]
    main(args[0] if args else "results")
