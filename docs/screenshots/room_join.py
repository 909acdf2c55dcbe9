"""Put the app in the states the README's « room » screenshots show, for `../shared/tools/shoot`:

    SHOOT_SIZE=1400x860 shoot docs/screenshots/room-dialog.png 25 .venv/bin/python \
        docs/screenshots/room_join.py dialog
    SHOOT_SIZE=1280x720 shoot docs/screenshots/room-join-projector.png 20 .venv/bin/python \
        docs/screenshots/room_join.py join

`dialog`: the facilitator's window with « Ouvrir la salle aux téléphones » open, the room open on
127.0.0.1 (this laptop only: the script's simulated phones stay on the loopback), three phones
joined, one ballot cast and two ideas waiting for approval. `join`: the room view, full screen,
with the QR code and the address. The session is a copy of the demo in a temporary folder.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

#: the interface's and the demo's language: SHOT_LANG=en for the English screenshots
LANG = os.environ.get("SHOT_LANG", "fr")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("FACILITATOR_HOME", tempfile.mkdtemp(prefix="room-join-"))


def phones(port: int, code: str, rid: int | None, candidates: list[int]) -> None:
    """Three simulated phones on 127.0.0.1: they join, one votes, two send ideas."""
    import http.client
    import json

    def call(method, path, cookie=None, body=None):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        headers = {"Host": f"127.0.0.1:{port}"}
        if cookie:
            headers["Cookie"] = cookie
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        conn.request(method, path, body=data, headers=headers)
        resp = conn.getresponse()
        resp.read()
        cookie = resp.getheader("Set-Cookie")
        conn.close()
        return cookie.split(";", 1)[0] if cookie else None

    cookies = [call("GET", f"/j/{code}") for _ in range(3)]
    if rid is not None:
        call("POST", "/api/ballots", cookies[0], {"round": rid, "dots": {str(candidates[0]): 2}})
    call("POST", "/api/ideas", cookies[1], {"text": "Une navette le samedi vers l'hôpital"})
    call("POST", "/api/ideas", cookies[2], {"text": "Des bancs au parc du village"})


def main(state: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator.ops import voting as ballots
    from facilitator.demo import write_demo
    from facilitator.i18n import set_language
    from facilitator.store import Store
    from facilitator_ui import i18n

    app = QApplication(sys.argv)
    i18n.install(LANG)
    set_language(LANG)
    path = Path(tempfile.mkdtemp(prefix="room-join-")) / "demo.atelier"
    write_demo(path, LANG, replace=True)
    store = Store.open(path)
    with store.transaction():
        ideas = [i.id for i in store.ideas.list()][:6]
        rid = ballots.create_round(store, "Priorités de territoire 2027", "ideas", ideas, 5, 3,
                                   True)
        ballots.open_round(store, rid)
    from facilitator_ui.context import SessionContext
    from facilitator_ui.presenter import load_views

    ctx = SessionContext(store)
    load_views()
    if state == "dialog":
        from facilitator_ui.dialogs.room_dialog import open_room_dialog
        from facilitator_ui.main_window import MainWindow

        window = MainWindow()
        window.set_session(ctx)
        window.resize(1200, 800)
        window.move(0, 0)
        window.show()
        window.show_page("session")
        dialog = open_room_dialog(ctx, window)
        dialog.approval_box.setChecked(True)
        dialog.room.start("127.0.0.1", 8765)
        dialog.refresh()
        dialog.move(380, 120)
        ctx.room_view.close()                  # the dialog is the picture here
        phones(8765, dialog.room.code, rid, ideas)
        QTimer.singleShot(1500, dialog.room._tick)
    else:
        room = ctx.room_view.room
        room.start("127.0.0.1", 8765)
        win = ctx.room_view.show("join").window()
        win.setGeometry(app.primaryScreen().geometry())   # no window manager on the shoot
        win.showFullScreen()
    app.aboutToQuit.connect(ctx.room_view.shutdown)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dialog")
