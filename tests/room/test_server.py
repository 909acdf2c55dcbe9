"""The room server's HTTP contract, its refusals and limits, anonymity, and its clean stop.
Every request goes to 127.0.0.1 on an ephemeral port."""
from __future__ import annotations

import asyncio
import socket
import sqlite3
import threading

import pytest

from facilitator.ops import voting as ballots
from facilitator.engine import Engine
from facilitator.errors import FacilitatorError
from facilitator.store import Store

from .conftest import Phone


def test_wrong_code_is_404_and_the_api_needs_the_device_cookie(room):
    server = room[0]
    stranger = Phone(server.port)
    assert stranger.join("WRONG1")[0] == 404
    assert stranger.get("/api/state")[0] == 403
    status, body = stranger.post("/api/ideas", {"text": "x"})
    assert status == 403 and "error" in body
    assert stranger.post("/api/ballots", {"round": 1, "dots": {}})[0] == 403


def test_joining_sets_a_private_128_bit_device_cookie_and_a_strict_policy(room):
    server = room[0]
    p = Phone(server.port)
    status, page = p.join(server.code.lower())          # codes are read aloud: any case
    assert status == 200 and b"<html" in page
    cookie = p.last_headers.get("Set-Cookie")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert len(p.cookies["fac_device"]) == 32 and int(p.cookies["fac_device"], 16) >= 0
    csp = p.last_headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    for asset in ("/static/page.js", "/static/page.css"):
        status, body = p.get(asset)
        assert status == 200 and len(body) < 40_000      # every asset served by the laptop


def test_state_follows_the_contract(room, phone):
    server, engine, rnd, ideas = room
    status, state = phone.get("/api/state")
    assert status == 200
    assert state["session"] == "Forum régional" and state["language"] == "fr"
    assert state["item"] is None and state["ideas_open"] is True
    r = state["round"]
    assert {k: r[k] for k in ("id", "title", "budget", "cap", "named", "voted")} == \
        {"id": rnd, "title": "Priorités", "budget": 3, "cap": 2, "named": False, "voted": False}
    assert [c["text"] for c in r["candidates"]] == ["Logement abordable", "Transport collectif",
                                                   "Services de proximité"]
    assert "results" not in r and "people" not in r     # hidden until « Révéler »; anonymous


def test_state_shows_the_current_item_and_its_timer(room, phone):
    import time

    engine = room[1]

    def start_run(s):
        item = s.agenda.add("Accueil", planned_minutes=10)
        s.live.save({"version": 1, "saved_at": time.time(), "index": 0, "running": True,
                     "started": True, "items": [{"id": item, "elapsed": 60, "added": 0,
                                                 "touched": True}]})
    engine.run(start_run)
    item = phone.get("/api/state")[1]["item"]
    assert item["title"] == "Accueil" and 535 <= item["remaining_seconds"] <= 540


def test_an_idea_reaches_the_file(room, phone):
    engine = room[1]
    status, body = phone.post("/api/ideas", {"text": "  Un marché public  "})
    assert status == 201 and isinstance(body["id"], int)
    texts = engine.read(lambda s: [i.text for i in s.ideas.list()]).result(10)
    assert "Un marché public" in texts


@pytest.mark.parametrize("payload, status", [
    ({"text": "   "}, 422), ({"text": ""}, 422), ({"text": 42}, 422), ({}, 422),
    ({"text": "x" * 501}, 413)])
def test_blank_or_too_long_ideas_are_refused_with_a_sentence(room, phone, payload, status):
    got, body = phone.post("/api/ideas", payload)
    assert got == status and body["error"]


def test_ideas_closed_is_409_in_the_devices_language(room, phone):
    server = room[0]
    server.ideas_open = False
    status, body = phone.post("/api/ideas", {"text": "Trop tard"})
    assert status == 409 and "fermé" in body["error"]
    english = Phone(server.port, lang="en-CA,en;q=0.9")   # the browser's language is not asked:
    english.join(server.code)                            # the session's, until the switch
    assert "fermé" in english.post("/api/ideas", {"text": "Too late"})[1]["error"]
    assert english.post("/api/lang", {"language": "en"})[0] == 200
    assert "closed" in english.post("/api/ideas", {"text": "Too late"})[1]["error"]


def test_request_hygiene_size_type_origin(room, phone):
    server = room[0]
    big = b'{"text": "' + b"x" * 9000 + b'"}'
    assert phone.request("POST", "/api/ideas", raw=big,
                         headers={"Content-Type": "application/json"})[0] == 413
    assert phone.request("POST", "/api/ideas", raw=b"text=x",
                         headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 415
    status = phone.post("/api/ideas", {"text": "x"},
                        headers={"Origin": "http://evil.example"})[0]
    assert status == 403
    ok = phone.post("/api/ideas", {"text": "bonne origine"},
                    headers={"Origin": f"http://127.0.0.1:{server.port}"})[0]
    assert ok == 201
    deep = b"[" * 100000 + b"]" * 100000
    assert phone.request("POST", "/api/ideas", raw=deep[:8000],
                         headers={"Content-Type": "application/json"})[0] == 400


def test_a_device_is_slowed_down_past_its_rate(room, phone):
    statuses = [phone.post("/api/ideas", {"text": f"idée {n}"})[0] for n in range(25)]
    assert statuses[:20] == [201] * 20 and 429 in statuses[20:]


def test_anonymous_ballot_once_per_device_and_no_link_in_the_file(room, phone, tmp_path):
    server, engine, rnd, ideas = room
    a, b, c = ideas
    assert phone.post("/api/ballots", {"round": rnd, "dots": {str(a): 2, str(b): 1}})[0] == 201
    status, body = phone.post("/api/ballots", {"round": rnd, "dots": {str(c): 1}})
    assert status == 409 and body["error"]
    assert phone.get("/api/state")[1]["round"]["voted"] is True
    other = Phone(server.port)
    other.join(server.code)
    assert other.get("/api/state")[1]["round"]["voted"] is False
    votes = engine.read(lambda s: s.voting.votes(rnd)).result(10)
    assert all(v.participant_id is None for v in votes)
    assert {v.item_id: v.dots for v in votes} == {a: 2, b: 1}
    # nothing names a device: no cookie value anywhere in the file
    engine.checkpoint("TRUNCATE").result(10)
    token = phone.cookies["fac_device"].encode()
    assert token not in (server.engine.store.path).read_bytes()


@pytest.mark.parametrize("dots, status, words", [
    ({"A": 2, "B": 2}, 422, "3 permis"),      # 4 dots of 3
    ({"A": 3}, 422, "2"),                    # over the cap of 2
    ({"999": 1}, 422, None),                 # not a candidate
    ({"A": -1}, 422, None)])
def test_over_budget_cap_or_unknown_candidate_is_422_with_the_laptops_message(
        room, phone, dots, status, words):
    server, engine, rnd, ideas = room
    names = {"A": ideas[0], "B": ideas[1]}
    body = {"round": rnd, "dots": {str(names.get(k, k)): v for k, v in dots.items()}}
    got, answer = phone.post("/api/ballots", body)
    assert got == status
    if words:
        assert words in answer["error"]
    # a refused ballot leaves the device free to vote
    assert phone.get("/api/state")[1]["round"]["voted"] is False


def test_the_laptop_and_the_phone_say_the_same_sentence(room, phone):
    server, engine, rnd, ideas = room
    laptop = None
    try:
        engine.run(lambda s: ballots.record_ballot(s, rnd, None, {ideas[0]: 2, ideas[1]: 2}, "fr"))
    except Exception as exc:
        laptop = exc.message("fr")
    answer = phone.post("/api/ballots", {"round": rnd,
                                         "dots": {str(ideas[0]): 2, str(ideas[1]): 2}})[1]
    assert laptop and answer["error"] == laptop


def test_unknown_or_closed_round_is_404(room, phone):
    server, engine, rnd, ideas = room
    assert phone.post("/api/ballots", {"round": 9999, "dots": {}})[0] == 404
    engine.run(lambda s: ballots.close_round(s, rnd))
    assert phone.post("/api/ballots", {"round": rnd, "dots": {str(ideas[0]): 1}})[0] == 404


def test_named_round_name_from_present_participants_once(session, tmp_path):
    from facilitator.room.server import RoomServer

    store, _rnd, ideas = session
    with store.transaction():
        named = ballots.create_round(store, "Nominatif", "ideas", ideas, budget=2,
                                     anonymous=False)
        ballots.close_round(store, _rnd)
        ballots.open_round(store, named)
    engine = Engine(store)
    server = RoomServer(engine, host="127.0.0.1", port=0, code="NAMED1")
    server.start()
    try:
        p1, p2 = Phone(server.port), Phone(server.port)
        p1.join(server.code)
        p2.join(server.code)
        state = p1.get("/api/state")[1]["round"]
        assert state["named"] is True
        people = {x["name"]: x["id"] for x in state["people"]}
        assert set(people) == {"Ana", "Béatrice", "Chen"}       # present only
        assert p1.post("/api/ballots", {"round": named, "dots": {str(ideas[0]): 1}})[0] == 422
        assert p1.post("/api/ballots", {"round": named, "dots": {str(ideas[0]): 1},
                                        "name": people["Ana"]})[0] == 201
        status, body = p2.post("/api/ballots", {"round": named, "dots": {str(ideas[1]): 1},
                                                "name": people["Ana"]})
        assert status == 409 and "Ana" in body["error"]
        absent = engine.read(lambda s: [p.id for p in s.participants.list()
                                        if not p.present]).result(10)[0]
        assert p2.post("/api/ballots", {"round": named, "dots": {str(ideas[1]): 1},
                                        "name": absent})[0] == 422
    finally:
        server.stop()
        engine.close()


def test_results_only_after_reveal(room, phone):
    server, engine, rnd, ideas = room
    phone.post("/api/ballots", {"round": rnd, "dots": {str(ideas[1]): 2}})
    assert "results" not in phone.get("/api/state")[1]["round"]
    engine.run(lambda s: ballots.reveal(s, rnd))
    results = phone.get("/api/state")[1]["round"]["results"]
    assert results[0]["text"] == "Transport collectif" and results[0]["dots"] == 2


def test_nothing_private_is_served(room, phone):
    server, engine, rnd, ideas = room

    def private(s):
        s.session.update(notes="NOTE-PRIVÉE", hide_authors=True)
        pid = s.participants.list()[0].id
        s.ideas.add("Idée signée", author_id=pid)
        item = s.agenda.add("Atelier", planned_minutes=5)
        s.agenda.update(item, notes="NOTES-ANIMATION")
    engine.run(private)
    state = phone.get("/api/state")[1]
    text = str(state)
    assert "NOTE-PRIVÉE" not in text and "NOTES-ANIMATION" not in text
    assert "Ana" not in text                # no participant list in an anonymous round


def test_the_websocket_pushes_round_changes(room, phone):
    import aiohttp

    server, engine, rnd, ideas = room

    async def listen():
        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(cookie_jar=jar) as http:
            http.cookie_jar.update_cookies(phone.cookies)
            async with http.ws_connect(f"http://127.0.0.1:{server.port}/ws") as ws:
                first = await asyncio.wait_for(ws.receive_json(), 10)
                assert first["type"] == "state" and first["state"]["round"]["revealed"] is False
                engine.submit(lambda s: ballots.reveal(s, rnd))
                while True:
                    msg = await asyncio.wait_for(ws.receive_json(), 10)
                    if msg["state"]["round"] and msg["state"]["round"]["revealed"]:
                        return msg
    msg = asyncio.run(listen())
    assert msg["state"]["round"]["results"]


def test_closing_an_anonymous_round_truncates_the_wal(room, phone):
    server, engine, rnd, ideas = room
    phone.post("/api/ballots", {"round": rnd, "dots": {str(ideas[0]): 1}})
    import time

    phone.get("/api/state")
    time.sleep(0.3)                   # the server has seen the round open
    engine.run(lambda s: ballots.close_round(s, rnd))
    wal = server.engine.store.path.with_name(server.engine.store.path.name + "-wal")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and wal.exists() and wal.stat().st_size > 0:
        time.sleep(0.1)
    assert not wal.exists() or wal.stat().st_size == 0


def test_stop_with_open_sockets_is_clean_and_restart_works(session):
    import aiohttp

    from facilitator.room.server import RoomServer

    store = session[0]
    engine = Engine(store)
    server = RoomServer(engine, host="127.0.0.1", port=0, code="STOP12")
    server.start()
    p = Phone(server.port)
    p.join(server.code)
    opened = threading.Event()
    closed = threading.Event()

    def hold_socket():
        async def run():
            async with aiohttp.ClientSession(cookies=p.cookies) as http:
                async with http.ws_connect(f"http://127.0.0.1:{server.port}/ws") as ws:
                    await ws.receive()
                    opened.set()
                    await ws.receive()          # the server closes it
                    closed.set()
        asyncio.run(run())

    t = threading.Thread(target=hold_socket)
    t.start()
    assert opened.wait(10)
    before = {th.name for th in threading.enumerate()}
    assert "facilitateur-room" in before
    server.stop(timeout=10)
    assert closed.wait(10)
    t.join(10)
    assert "facilitateur-room" not in {th.name for th in threading.enumerate()}
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", p.port), timeout=1)
    server.start()                                 # the facilitator opens the room again
    assert Phone(server.port).join(server.code)[0] == 200
    server.stop()
    engine.close()
    with Store.open(store.path) as again:
        assert again.check() == []


def test_a_port_already_taken_is_a_clear_message_and_no_thread_is_left(session):
    from facilitator.room.server import RoomServer

    store = session[0]
    engine = Engine(store)
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    port = blocker.getsockname()[1]
    server = RoomServer(engine, host="127.0.0.1", port=port)
    try:
        with pytest.raises(FacilitatorError) as err:
            server.start()
        assert str(port) in str(err.value) and "port" in str(err.value)
        assert "facilitateur-room" not in {th.name for th in threading.enumerate()}
    finally:
        blocker.close()
        engine.close()


def test_a_capture_laptop_tags_its_ideas_with_its_table(room):
    server, engine, rnd, ideas = room
    engine.run(lambda s: s.ideas.add_theme("Table 3"))
    code = server.new_capture_code("Table 3")
    laptop = Phone(server.port)
    assert laptop.request("GET", f"/c/{code}")[0] == 200
    assert laptop.request("GET", "/c/NOPE1234")[0] == 404
    idea = laptop.post("/api/ideas", {"text": "Jardin communautaire"})[1]["id"]
    theme = engine.read(lambda s: (s.ideas.get(idea).theme_id,
                                   [t.id for t in s.ideas.themes() if t.title == "Table 3"][0])
                        ).result(10)
    assert theme[0] == theme[1]


def test_lock_gives_a_new_code_and_the_old_one_stops_working(room):
    server = room[0]
    old = server.code
    server.lock()
    assert server.code != old
    assert Phone(server.port).join(old)[0] == 404
    assert Phone(server.port).join(server.code)[0] == 200
