"""What every answer of the room carries, and how a request's cookie and type are read: kept
exactly while the per-request path is made cheaper (issue 15, 300 phones at once).
Every request goes to 127.0.0.1 on an ephemeral port."""
from __future__ import annotations

import json

import pytest

from .conftest import Phone

HARDENED = {
    "Content-Security-Policy": None,       # checked apart: the whole policy
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def _hardened(headers) -> None:
    for name, value in HARDENED.items():
        assert len(headers.get_all(name) or []) == 1, name      # once, not twice
        if value is not None:
            assert headers[name] == value
    csp = headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp


def test_every_answer_of_the_api_is_hardened_json(room, phone):
    rnd, ideas = room[2], room[3]
    answers = [
        phone.post("/api/ideas", {"text": "Une idée"}),
        phone.post("/api/ideas", {"text": "  "}),
        phone.post("/api/ballots", {"round": rnd, "dots": {str(ideas[0]): 1}}),
        phone.post("/api/ballots", {"round": rnd, "dots": {str(ideas[0]): 1}}),
        phone.get("/api/state"),
        phone.get("/api/nothing-here"),
        Phone(phone.port).post("/api/ideas", {"text": "sans témoin"}),
    ]
    assert [status for status, _ in answers] == [201, 422, 201, 409, 200, 404, 403]
    idea, blank, ballot = answers[0][1], answers[1][1], answers[2][1]
    assert set(idea) == {"id"} and isinstance(idea["id"], int)
    assert ballot == {"ok": True} and set(blank) == {"error"}
    for status, body in answers:
        assert isinstance(body, dict), (status, body)


@pytest.mark.parametrize("path, body", [
    ("/api/ideas", {"text": "Une idée"}), ("/api/ideas", {"text": ""}),
    ("/api/ballots", {"round": 999, "dots": {}}), ("/api/nothing-here", None)])
def test_each_answer_has_its_headers_once(room, phone, path, body):
    status, payload = (phone.post(path, body) if body is not None else phone.get(path))
    assert status in (201, 404, 422)
    _hardened(phone.last_headers)
    assert phone.last_headers["Content-Type"] == "application/json; charset=utf-8"
    assert isinstance(payload, dict)


def test_the_201_of_an_idea_is_exactly_its_id(room, phone):
    status, raw = phone.request("POST", "/api/ideas", {"text": "Une idée"},
                                headers={"Accept": "*/*"})
    assert status == 201
    engine = room[1]
    newest = engine.read(lambda s: max(i.id for i in s.ideas.list())).result(10)
    assert raw == {"id": newest}
    assert int(phone.last_headers["Content-Length"]) == len(json.dumps({"id": newest}))


@pytest.mark.parametrize("cookie, status", [
    ("other=1; fac_device={t}; fac_lang=fr", 201),
    ("fac_device={t}", 201),
    ("  fac_device={t}  ;other=2", 201),
    ('fac_device="{t}"', 201),
    ("xfac_device={t}", 403),
    ("fac_device=", 403),
    ("fac_device={t}x", 403),
    ("fac_devices={t}", 403),
    ("", 403),
])
def test_the_device_cookie_is_found_among_others_and_nothing_else_passes(room, phone, cookie,
                                                                         status):
    token = phone.cookies["fac_device"]
    stranger = Phone(phone.port)
    got = stranger.post("/api/ideas", {"text": "Une idée"},
                        headers={"Cookie": cookie.format(t=token)})
    assert got[0] == status, got


def test_the_language_cookie_among_others_chooses_the_sentence(room, phone):
    server = room[0]
    server.ideas_open = False
    token = phone.cookies["fac_device"]
    for cookie, word in ((f"a=b; fac_device={token}; fac_lang=en", "closed"),
                         (f"fac_lang=en; fac_device={token}", "closed"),
                         (f"fac_lang=xx; fac_device={token}", "fermé"),
                         (f"fac_device={token}", "fermé")):
        status, body = Phone(phone.port).post("/api/ideas", {"text": "Trop tard"},
                                              headers={"Cookie": cookie})
        assert status == 409 and word in body["error"], (cookie, body)


@pytest.mark.parametrize("content_type, status", [
    ("application/json", 201),
    ("application/json; charset=utf-8", 201),
    ("Application/JSON", 201),
    ("application/json ; charset=UTF-8", 201),
    ("text/plain", 415),
    ("application/json-patch+json", 415),
    ("application/x-www-form-urlencoded", 415),
    ("json", 415),
])
def test_only_json_is_read(room, phone, content_type, status):
    got = phone.request("POST", "/api/ideas", raw=b'{"text": "Une id\\u00e9e"}',
                        headers={"Content-Type": content_type})
    assert got[0] == status, got


def test_a_post_without_a_type_is_refused(room, phone):
    got = phone.request("POST", "/api/ideas", raw=b'{"text": "Une idee"}')
    assert got[0] == 415
