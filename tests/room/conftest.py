"""A room served on 127.0.0.1 (an ephemeral port) through the engine, and an HTTP client with a
cookie jar, as a phone has. Nothing here reaches any other address."""
from __future__ import annotations

import http.client
import json
from http.cookies import SimpleCookie

import pytest

from facilitator.ops import voting as ballots
from facilitator.engine import Engine
from facilitator.store import Store


class Phone:
    """One device: keeps its cookies, speaks JSON, never follows anything off 127.0.0.1."""

    def __init__(self, port: int, lang: str | None = None) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}
        self.lang = lang

    def request(self, method: str, path: str, body=None, *, headers=None, raw: bytes | None = None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        h = {"Host": f"127.0.0.1:{self.port}"}
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if self.lang:
            h["Accept-Language"] = self.lang
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
            h["Content-Type"] = "application/json"
        h.update(headers or {})
        conn.request(method, path, body=data, headers=h)
        resp = conn.getresponse()
        payload = resp.read()
        for header in resp.headers.get_all("Set-Cookie") or []:
            c = SimpleCookie()
            c.load(header)
            for k, m in c.items():
                self.cookies[k] = m.value
        conn.close()
        self.last_headers = resp.headers
        try:
            parsed = json.loads(payload) if payload and resp.headers.get_content_type() == \
                "application/json" else payload
        except ValueError:
            parsed = payload
        return resp.status, parsed

    def join(self, code: str):
        return self.request("GET", f"/j/{code}")

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, body, **kw):
        return self.request("POST", path, body, **kw)


@pytest.fixture
def session(tmp_path):
    store = Store.create(tmp_path / "salle.atelier", "Forum régional")
    with store.transaction():
        ideas = [store.ideas.add(t) for t in ("Logement abordable", "Transport collectif",
                                              "Services de proximité")]
        for name in ("Ana", "Béatrice", "Chen"):
            store.participants.add(name, present=True)
        store.participants.add("Absent", present=False)
        rnd = ballots.create_round(store, "Priorités", "ideas", ideas, budget=3, cap=2)
        ballots.open_round(store, rnd)
    return store, rnd, ideas


@pytest.fixture
def room(session):
    from facilitator.room.server import RoomServer

    store, rnd, ideas = session
    engine = Engine(store)
    server = RoomServer(engine, host="127.0.0.1", port=0, code="ABC234")
    server.start()
    yield server, engine, rnd, ideas
    server.stop()
    engine.close()


@pytest.fixture
def phone(room):
    server = room[0]
    p = Phone(server.port)
    status, _ = p.join(server.code)
    assert status == 200
    return p
