"""« Ouvrir la salle… » in the window: the network choice, start/stop, the QR code on the room
view, the live count and devices, lock, remove, pause, the approval queue, and a clean stop when
the session or the app closes. The server listens on 127.0.0.1 only here (ephemeral port)."""
from __future__ import annotations

import socket
import threading

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from facilitator.ops import voting as ballots
from facilitator.room import approval

from ..room.conftest import Phone


def room_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "facilitateur-room"]


def listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def dialog(qtbot, ctx, qt_lang):
    from facilitator_ui.dialogs.room_dialog import open_room_dialog

    with ctx.store.transaction():
        ideas = [ctx.store.ideas.add(t) for t in ("Logement", "Transport")]
        rid = ballots.create_round(ctx.store, "Priorités", "ideas", ideas, budget=3, cap=2)
        ballots.open_round(ctx.store, rid)
    d = open_room_dialog(ctx)
    qtbot.addWidget(d)
    yield d
    ctx.room_view.shutdown()


def open_on_loopback(qtbot, d):
    index = d.interface_box.findData("127.0.0.1")
    assert index >= 0                                   # 127.0.0.1 is always offered
    d.interface_box.setCurrentIndex(index)
    qtbot.mouseClick(d.start_button, Qt.MouseButton.LeftButton)
    assert d.room.running, d.error.text()
    return d.room.server


def test_nothing_listens_until_opened_and_the_network_is_chosen(qtbot, ctx, dialog):
    d = dialog
    assert d.room.server is None and room_threads() == []
    assert not d.open_box.isEnabled()
    addresses = [d.interface_box.itemData(i) for i in range(d.interface_box.count())]
    assert "127.0.0.1" in addresses and len(addresses) == len(set(addresses))
    server = open_on_loopback(qtbot, d)
    assert server.host == "127.0.0.1" and listening(server.port)
    assert d.open_box.isEnabled() and not d.interface_box.isEnabled()
    assert f"127.0.0.1:{server.port}" in d.address_label.text() and server.code in \
        d.address_label.text()


def test_the_dialog_shows_the_address_served_whoever_opened_the_room(qtbot, ctx, dialog):
    d = dialog
    d.interface_box.setCurrentIndex(0)
    d.room.start("127.0.0.1")                # e.g. opened from elsewhere, the dialog follows
    assert d.interface_box.currentData() == "127.0.0.1"
    assert d.port_box.value() == d.room.server.port


def test_the_room_view_shows_the_qr_code_of_the_address(qtbot, ctx, dialog):
    server = open_on_loopback(qtbot, dialog)
    room = ctx.room_view
    assert room.is_open and room.current == "join"      # one switch of the room view
    view = room.window.views["join"]
    view.resize(1280, 720)
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(image)
    assert [r.text for r in found] == [server.url.upper()]
    assert view.code.text().endswith(server.code)


def test_live_count_devices_and_removing_one(qtbot, ctx, dialog):
    d = dialog
    server = open_on_loopback(qtbot, d)
    phones = [Phone(server.port) for _ in range(2)]
    for p in phones:
        assert p.join(server.code)[0] == 200
    rid = ctx.store.voting.rounds()[0].id
    cand = ctx.store.voting.round(rid).candidates[0]
    assert phones[0].post("/api/ballots", {"round": rid, "dots": {str(cand): 1}})[0] == 201
    qtbot.waitUntil(lambda: d.count_label.text() == "1 bulletin / 2 présents", timeout=5000)
    assert d.device_list.count() == 2 and "127.0.0.1" in d.device_list.item(0).text()
    d.device_list.setCurrentRow(1)
    qtbot.mouseClick(d.remove_button, Qt.MouseButton.LeftButton)
    assert phones[1].get("/api/state")[0] == 403         # put out
    assert phones[0].get("/api/state")[0] == 200
    qtbot.waitUntil(lambda: d.device_list.count() == 1, timeout=5000)


def test_lock_gives_a_new_code_and_joined_phones_keep_working(qtbot, ctx, dialog):
    d = dialog
    server = open_on_loopback(qtbot, d)
    inside = Phone(server.port)
    inside.join(server.code)
    old = server.code
    qtbot.mouseClick(d.lock_button, Qt.MouseButton.LeftButton)
    assert server.code != old and ctx.room_view.join.code == server.code
    assert Phone(server.port).join(old)[0] == 404
    assert Phone(server.port).join(server.code)[0] == 200
    assert inside.post("/api/ideas", {"text": "Toujours là"})[0] == 201
    assert server.code in d.address_label.text()
    assert ctx.room_view.window.views["join"].code.text().endswith(server.code)


def test_pause_stops_submissions(qtbot, ctx, dialog):
    d = dialog
    server = open_on_loopback(qtbot, d)
    p = Phone(server.port)
    p.join(server.code)
    d.pause_box.setChecked(True)
    assert p.post("/api/ideas", {"text": "x"})[0] == 409
    d.pause_box.setChecked(False)
    assert p.post("/api/ideas", {"text": "x"})[0] == 201


def test_approval_queue_in_the_window_and_the_wall_never_shows_pending(qtbot, ctx, dialog):
    d = dialog
    server = open_on_loopback(qtbot, d)
    wall = ctx.room_view.show("wall")
    p = Phone(server.port)
    p.join(server.code)
    d.approval_box.setChecked(True)
    assert p.post("/api/ideas", {"text": "Une halte-garderie"})[0] == 201
    assert p.post("/api/ideas", {"text": "Hors sujet"})[0] == 201
    qtbot.waitUntil(lambda: d.queue_list.count() == 2, timeout=5000)
    assert "Une halte-garderie" not in [i.text for i in ctx.store.ideas.list()]
    wall.grab()
    assert not any("halte" in t for t in wall.shown.texts())
    d.queue_list.item(0).setSelected(True)
    qtbot.mouseClick(d.approve_button, Qt.MouseButton.LeftButton)
    d.queue_list.item(0).setSelected(True)               # what is left: « Hors sujet »
    qtbot.mouseClick(d.reject_button, Qt.MouseButton.LeftButton)
    assert d.queue_list.count() == 0 and approval.pending(ctx.store) == []
    texts = [i.text for i in ctx.store.ideas.list()]
    assert "Une halte-garderie" in texts and "Hors sujet" not in texts
    qtbot.waitUntil(lambda: (wall.grab(), any("halte" in t for t in wall.shown.texts()))[1],
                    timeout=5000)
    ctx.undo_stack.undo()                                # the reject, then the approve
    ctx.undo_stack.undo()
    assert len(approval.pending(ctx.store)) == 2


def test_the_controls_are_not_reachable_from_the_network(qtbot, ctx, dialog):
    server = open_on_loopback(qtbot, dialog)
    p = Phone(server.port)
    p.join(server.code)
    for path in ("/api/lock", "/api/pause", "/api/approve", "/api/devices", "/api/stop"):
        assert p.post(path, {})[0] in (404, 405)
        assert p.get(path)[0] in (403, 404, 405)


def test_stop_closes_sockets_and_leaves_no_thread(qtbot, ctx, dialog):
    d = dialog
    server = open_on_loopback(qtbot, d)
    port = server.port
    p = Phone(server.port)
    p.join(server.code)
    keep = socket.create_connection(("127.0.0.1", port))   # a phone that never says goodbye
    try:
        qtbot.mouseClick(d.start_button, Qt.MouseButton.LeftButton)   # « Fermer la salle »
        assert not d.room.running and not listening(port) and room_threads() == []
        assert ctx.room_view.join is None
    finally:
        keep.close()


def test_closing_the_session_stops_the_room(qtbot, tmp_path, qapp, messages):
    from facilitator.store import Store
    from facilitator_ui.controller import AppController
    from facilitator_ui.dialogs.room_dialog import open_room_dialog

    path = tmp_path / "salle.atelier"
    Store.create(path, "Forum").close()
    controller = AppController("en")
    qtbot.addWidget(controller.window)
    assert controller.open_path(path)
    d = open_room_dialog(controller.ctx, controller.window)
    server = open_on_loopback(qtbot, d)
    port = server.port
    ws_phone = Phone(port)
    ws_phone.join(server.code)
    keep = socket.create_connection(("127.0.0.1", port))
    try:
        controller.window.close()                                     # the app quits
        assert not listening(port) and room_threads() == []
    finally:
        keep.close()


def test_closing_the_context_alone_stops_the_room_first(qtbot, store, qapp, messages):
    from facilitator_ui.context import SessionContext

    ctx = SessionContext(store)
    room = ctx.room_view.room
    assert room.start("127.0.0.1")
    port = room.server.port
    p = Phone(port)
    p.join(room.server.code)
    ctx.close()
    assert not listening(port) and room_threads() == [] and store.closed


def test_a_tables_laptop_gets_its_own_code_and_its_ideas_are_tagged(qtbot, ctx, dialog):
    with ctx.store.transaction():
        theme = ctx.store.ideas.add_theme("Mobilité")
    d = dialog
    server = open_on_loopback(qtbot, d)
    d.table_box.setCurrentIndex(d.table_box.findData("Mobilité"))
    qtbot.mouseClick(d.capture_button, Qt.MouseButton.LeftButton)
    url = d.capture_label.text()
    assert url.startswith(f"http://127.0.0.1:{server.port}/c/")
    laptop = Phone(server.port)
    assert laptop.request("GET", url.split(str(server.port), 1)[1])[0] == 200
    assert laptop.post("/api/ideas", {"text": "Covoiturage"})[0] == 201
    idea = ctx.store.ideas.list()[-1]
    assert (idea.text, idea.theme_id) == ("Covoiturage", theme)
