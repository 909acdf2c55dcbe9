"""Put the app in the states of the démarche screenshots (issue 16), for `../shared/tools/shoot`:

    shoot docs/screenshots/roles-priority.png 6 .venv/bin/python \
        docs/screenshots/demarche_views.py roles
    shoot docs/screenshots/roles-priority-projector.png 5 .venv/bin/python \
        docs/screenshots/demarche_views.py room
    shoot docs/screenshots/evaluation-dialog.png 6 .venv/bin/python \
        docs/screenshots/demarche_views.py evaluation
    shoot docs/screenshots/following-demarche.png 6 .venv/bin/python \
        docs/screenshots/demarche_views.py following

`roles`: the Rôles page showing the map of the priority « Logement abordable… »; `room`: the same
map on the projector; `evaluation`: the session's evaluation dialog over the Agenda page;
`following`: « Nouvelle séance à la suite de… » after the first session of the tension template.
The sessions are copies of the demo written to a temporary folder."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

#: the interface's and the demo's language: SHOT_LANG=en for the English screenshots
LANG = os.environ.get("SHOT_LANG", "fr")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("FACILITATOR_HOME", tempfile.mkdtemp(prefix="demarche-views-"))

# the map of « Logement abordable et rétention des familles »: actor index -> {role: levels}
HOUSING = {0: {"animateur": (2, 3), "entrepreneur": (3, 3), "facilitateur": (3, 3)},
           1: {"experimentateur": (2, 3), "facilitateur": (3, 2)},
           3: {"facilitateur": (2, 2), "accelerateur": (1, 2), "eclaireur": (0, 2)},
           5: {"developpeur": (1, 3)}}


def session(path: Path):
    from facilitator import evaluation
    from facilitator.demo import write_demo
    from facilitator.store import Store

    write_demo(path, LANG, replace=True)
    store = Store.open(path)
    actors = store.actors.list()
    housing = store.ideas.themes()[0].id
    with store.transaction():
        for n, roles in HOUSING.items():
            for key, (cur, des) in roles.items():
                store.priority_roles.set_level("themes", housing, actors[n].id, key, cur, des)
        evaluation.record(store, {5: 7, 4: 11, 3: 3, 2: 1},
                          ["Les sous-groupes mixtes élus et partenaires",
                           "La carte des rôles par priorité"],
                          ["Envoyer le portrait du territoire une semaine avant",
                           "Prévoir plus de temps pour le partage des ressources"])
    return store, housing


def main(state: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator.i18n import set_language
    from facilitator_ui import i18n

    app = QApplication(sys.argv)
    i18n.install(LANG)
    set_language(LANG)
    folder = Path(tempfile.mkdtemp(prefix="demarche-views-"))
    if state == "following":
        from facilitator.store import Store
        from facilitator.templates import apply_template, list_templates, load_template
        from facilitator_ui.controller import AppController
        from facilitator_ui.dialogs.following import FollowingDialog

        tpl = load_template("tension-partenaires")
        prev = folder / "preparation.atelier"
        with Store.create(prev, tpl.steps[0].title(LANG), template=tpl.name) as s:
            with s.transaction():
                apply_template(s, tpl, LANG)
                s.session.update(date="2026-11-12")
                s.participants.add("Julie Tremblay", "Table de concertation")
                s.participants.add("Marc Gagnon", "CDC des Moulins")
                s.decisions.add_action("Conversation individuelle avec la CDC", "Julie Tremblay",
                                       "2026-11-20", "open")
        c = AppController(LANG)
        c.window.resize(1500, 860)
        c.window.show()
        d = FollowingDialog(c.read_previous, list_templates(), LANG, str(prev), c.window)
        d.show()
        app.exec()
        return
    store, housing = session(folder / "demo.atelier")
    from facilitator_ui.context import SessionContext
    from facilitator_ui.presenter import load_views
    from facilitator_ui.presenter.roles_view import display_for

    ctx = SessionContext(store)
    load_views()
    if state == "room":
        from facilitator_ui.presenter.window import PresenterWindow

        display_for(ctx).set_priority(("themes", housing))
        display_for(ctx).set(layer="desired")
        room = PresenterWindow(ctx)
        room.show_view("roles")
        room.setGeometry(app.primaryScreen().geometry())
        room.showFullScreen()
        app.exec()
        return
    from facilitator_ui.main_window import MainWindow

    window = MainWindow()
    window.set_session(ctx)
    window.resize(1600, 900)
    window.show()
    if state == "roles":
        page = window.show_page("roles")
        page.priority_box.setCurrentIndex(1)
    elif state == "evaluation":
        from facilitator import evaluation
        from facilitator_ui.dialogs.evaluation import EvaluationDialog

        window.show_page("agenda")
        dialog = EvaluationDialog(evaluation.read(store), window)
        QTimer.singleShot(300, dialog.show)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "roles")
