"""What kept a burst of phones slow (benchmarks/bench_room.py): pushes of an unchanged state to
every socket after each ballot, and full garbage-collector passes over the window's whole heap
while the room is open. Loopback only."""
from __future__ import annotations

import asyncio
import gc

from facilitator.ops import voting as ballots

from .conftest import Phone


def _messages_during(server, phone, action, settle=0.6):
    """The state messages a phone's websocket receives while `action()` runs (after the first)."""
    import aiohttp

    async def listen():
        got = []
        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(cookie_jar=jar) as http:
            http.cookie_jar.update_cookies(phone.cookies)
            async with http.ws_connect(f"http://127.0.0.1:{server.port}/ws") as ws:
                await asyncio.wait_for(ws.receive_json(), 10)
                await asyncio.get_running_loop().run_in_executor(None, action)
                try:
                    while True:
                        got.append(await asyncio.wait_for(ws.receive_json(), settle))
                except asyncio.TimeoutError:
                    pass
        return got
    return asyncio.run(listen())


def test_ballots_before_reveal_push_nothing_and_reveal_pushes_once(room, phone):
    server, engine, rnd, ideas = room
    others = []
    for _ in range(5):
        p = Phone(server.port)
        p.join(server.code)
        others.append(p)

    def vote():
        for p in others:
            assert p.post("/api/ballots", {"round": rnd, "dots": {str(ideas[0]): 1}})[0] == 201
    assert _messages_during(server, phone, vote) == []      # nothing the phones see changed

    msgs = _messages_during(server, phone,
                            lambda: engine.run(lambda s: ballots.reveal(s, rnd)))
    assert len(msgs) == 1 and msgs[0]["state"]["round"]["results"][0]["dots"] == 5


def test_the_collector_is_quieter_while_the_room_is_open_and_restored_after(session):
    from facilitator.engine import Engine
    from facilitator.quiet_gc import GC_YOUNG
    from facilitator.room.server import RoomServer

    store = session[0]
    before = gc.get_threshold()
    engine = Engine(store)
    server = RoomServer(engine, host="127.0.0.1", port=0)
    try:
        server.start()
        assert gc.get_threshold()[0] >= GC_YOUNG and gc.get_freeze_count() > 0
    finally:
        server.stop()
        engine.close()
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_a_phone_joining_empties_a_young_generation_filled_by_the_joins(room):
    """The joins (connections, sockets, devices) are what fill the room's young generation
    (bench_room: 47,000 of 50,000 when the votes begin, then a 30–45 ms pass in the first wave
    of votes): a join that finds it more than half full collects it, while a page loads."""
    server = room[0]
    young = gc.get_threshold()[0]
    assert young >= 20_000                   # the room's quiet collector
    kept = [[] for _ in range(young // 2 + 2_000)]        # survivors, as the joins leave
    collected = []

    def seen(phase, info):
        if phase == "stop" and info["generation"] == 0:
            collected.append(info)
    gc.callbacks.append(seen)
    try:
        assert gc.get_count()[0] > young // 2
        assert Phone(server.port).join(server.code)[0] == 200
    finally:
        gc.callbacks.remove(seen)
    assert collected, "the join left the young generation more than half full"
    assert gc.get_count()[0] < young // 2
    assert len(kept) > young // 2          # nothing of what lives is lost: only counted older
