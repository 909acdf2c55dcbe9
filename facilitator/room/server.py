"""The room server: participants' phones and other laptops, over the room's own network.

aiohttp in its own thread with its own asyncio loop (never the GUI's); every write goes through
the session engine (its writer thread, group commit), so a burst of 300 phones never stalls the
projector's timer. Nothing listens until the facilitator opens the room; `stop()` closes the open
websockets first, then the listening socket, and joins the thread.

HTTP contract (kept exactly; other tools rely on it):

- ``GET /j/<code>`` → 200, the participant page; sets the device cookie. Wrong code → 404.
- ``GET /api/state`` → the room's state (see ``room.state``) with ``round.voted`` for this device.
- ``POST /api/ideas`` ``{"text"}`` → 201 ``{"id"}``; blank → 422; too long → 413; closed → 409.
- ``POST /api/ballots`` ``{"round", "dots": {candidate: n}, "name"?}`` → 201; a second ballot from
  the device → 409; over budget or cap → 422 with the laptop's message; unknown round → 404,
  unknown candidate → 422.
- ``GET /ws``: a websocket that pushes ``{"type": "state", "state": …}`` when the item, the timer,
  or the round (opened, closed, revealed) changes.
- Without the device cookie every API answers 403. Errors are ``{"error": message}`` in the
  device's language.

Security on a shared network: a random join code (wrong code → 404); a random 128-bit device
token (HttpOnly, SameSite=Strict cookie) kept in memory only; request bodies ≤ 8 KiB, JSON only,
Origin checked against Host; per-device and per-address rate limits and a cap on devices; a
Content-Security-Policy that allows nothing but this server; no access log. In an anonymous round
the file keeps no link between a device and a dot (one ballot per device is enforced in memory,
the ballot is written with no undo record) and the WAL is truncated when the round closes.
"""
from __future__ import annotations

import asyncio
import functools
import gc
import json
import secrets
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from importlib import resources as _res
from typing import Any

# aiohttp at the top, not inside each handler: this module is imported only when a room opens,
# and an import statement per request went through PySide's import hook (shiboken wraps
# __import__), about 50 µs each, thousands of times in a burst of phones.
from aiohttp import WSMsgType, web

from ..engine import Batched
from ..ops import Label
from ..ops import voting as ballots
from ..quiet_gc import quiet_gc
from ..catalogue import text as say
from ..errors import FacilitatorError
from ..store.db import clean_text
from ..voting import VotingError
from . import approval
from . import state as room_state

COOKIE = "fac_device"
LANG_COOKIE = "fac_lang"
MAX_BODY = 8 * 1024
MAX_IDEA = 500
MAX_DEVICES = 2000
#: Connections the system queues before the server accepts them. A burst of phones opens many at
#: once; past the backlog the system drops the SYN and the phone retries after 1 s, then 3 s:
#: with the default (128) a 300-phone burst waited 2 to 4 s for nothing.
BACKLOG = 4096
RATE_DEVICE = (20, 10.0)      # at most 20 submissions per device in 10 s
RATE_ADDRESS = (600, 10.0)    # and 600 per address (a whole table behind one laptop, a NAT)
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"   # no 0/O, 1/I: read aloud and typed by hand
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
#: What every answer carries (see RoomServer._harden); the 201 of a submission is built with them
#: and its type at once (a json_response, then four more headers set one by one, cost ~8 µs).
HARDENING = (("Content-Security-Policy", CSP), ("X-Content-Type-Options", "nosniff"),
             ("Referrer-Policy", "no-referrer"), ("Cache-Control", "no-store"))
_CREATED_HEADERS = dict((("Content-Type", "application/json; charset=utf-8"),) + HARDENING)
_BALLOT_CREATED = b'{"ok": true}'
PUSH_TABLES = frozenset({"live_state", "agenda_item", "round", "round_candidate", "session",
                         "vote", "participant"})


def new_code(length: int = 6) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


_STATIC: dict[str, bytes] = {}


def _static(name: str) -> bytes:
    """A file of the participant page, read once (a burst of 300 phones joining read it 300
    times from the package)."""
    data = _STATIC.get(name)
    if data is None:
        data = _STATIC[name] = _res.files("facilitator.room").joinpath("static", name).read_bytes()
    return data


def _collect_young_if_half_full() -> None:
    """Collect the young generation now if it is more than half full.

    Called when a phone joins or opens its websocket (a page loading, where 20 ms are not
    felt): the joins — connections, websockets, devices, which all outlive their request — are
    what fill the room's young generation (quiet_gc: 50,000 objects). Left to itself, the pass
    came when the votes began: in bench_room 300 joins left 47,000 young objects, and a 30–45 ms
    pass fell into the first wave of ballots and ideas, on every run. A burst of votes leaves
    few young objects of its own (its requests' objects die with them): it now runs without a
    pass, which falls among the joins instead (16–28 ms)."""
    if gc.get_count()[0] > gc.get_threshold()[0] // 2:
        gc.collect(0)


def cookie(request, name: str) -> str | None:
    """The value of the request's cookie `name` (the last one of that name), read from the
    Cookie header as aiohttp reads it (a quoted value unquoted), without the Morsel objects
    aiohttp makes of every cookie (~14 µs a request, 5 % of the server's time in a burst)."""
    header = request.headers.get("Cookie")
    if not header or name not in header:
        return None
    found = None
    for part in header.split(";"):
        key, sep, value = part.partition("=")
        if sep and key.strip() == name:
            found = value.strip()
    if found and len(found) > 1 and found[0] == found[-1] == '"':
        found = found[1:-1]
    return found


@dataclass
class Device:
    token: str
    address: str
    joined: float
    kind: str = "phone"                        # "phone" or "capture" (a co-facilitator's laptop)
    table: str | None = None                   # what a capture laptop's ideas are tagged with
    sent: deque = field(default_factory=deque)


class RoomError(FacilitatorError):
    """A refusal sent to a device: HTTP status and a catalogue key."""

    def __init__(self, status: int, key: str, **params: object) -> None:
        super().__init__(key, **params)
        self.status = status


class RoomServer:
    """One room for one session. ``start()`` returns once listening (or raises a
    FacilitatorError naming the problem: the port is taken, the address is not this machine's);
    ``stop()`` returns once every socket is closed and the thread has ended."""

    def __init__(self, engine, *, host: str = "127.0.0.1", port: int = 0,
                 code: str | None = None, ideas_open: bool = True,
                 rate_device: tuple[int, float] = RATE_DEVICE,
                 rate_address: tuple[int, float] = RATE_ADDRESS) -> None:
        self.engine = engine
        self.host = host
        self.port = port
        self.code = (code or new_code()).upper()
        self.ideas_open = ideas_open
        self.rate_device = rate_device
        self.rate_address = rate_address
        self.paused = False                  # the facilitator paused submissions
        self.approval = False                # ideas wait for the facilitator (room.approval)
        self.devices: dict[str, Device] = {}
        self.ballots_cast: dict[int, set[str]] = {}   # round -> device tokens (memory only)
        self._per_address: dict[str, deque] = {}
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner = None
        self._sockets: set = set()
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._unsubscribe = None
        self._push_pending = False
        self._last_pushed = ""
        self._last_status: dict[int, tuple[str, bool]] = {}
        self.session_language = "fr"
        self._gc_quiet = False
        self._results_shown = False        # the open round's results are on the phones
        self._named_open = False           # an open named round lists the present people
        self._open_round: int | None = None
        self._ack_lock = threading.Lock()
        self._acks: list = []              # acknowledged, waiting to be handed to the loop
        self._ack_posted = False
        self._to_submit: list = []

    # -- lifecycle --------------------------------------------------------------------------
    @property
    def url(self) -> str:
        host = self.host
        if host in ("0.0.0.0", "::", ""):
            host = lan_addresses()[0] if lan_addresses() else "127.0.0.1"
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}/j/{self.code}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and self._ready.is_set()

    def start(self, timeout: float = 15) -> str:
        if self.running:
            return self.url
        self._ready.clear()
        self._error = None
        self._thread = threading.Thread(target=self._serve, name="facilitateur-room",
                                        daemon=True)
        self._thread.start()
        self._ready.wait(timeout)
        if self._error is not None:
            self._thread.join(timeout)
            self._thread = None
            err, self._error = self._error, None
            raise err
        quiet_gc(True)
        self._gc_quiet = True
        self._unsubscribe = self.engine.subscribe(self._changed)
        self.engine.read(lambda s: (self._read_state(s),
                                    self._observe_rounds(s.voting.rounds()))).result(timeout)
        return self.url

    def stop(self, timeout: float = 15) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        fut = asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
        try:
            fut.result(timeout)
        except Exception:
            pass
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)
        self._thread = None
        self._loop = None
        if self._gc_quiet:
            self._gc_quiet = False
            quiet_gc(False)

    def lock(self) -> str:
        """A new join code: the old address stops working (those already joined stay)."""
        self.code = new_code()
        return self.url

    def remove_device(self, token: str) -> None:
        self.devices.pop(token, None)
        for ws in list(self._sockets):
            if getattr(ws, "_fac_token", None) == token and self._loop is not None:
                asyncio.run_coroutine_threadsafe(ws.close(), self._loop)

    def new_capture_code(self, table: str | None = None) -> str:
        """A separate code for a co-facilitator's or a table's laptop: its ideas arrive tagged
        with ``table``."""
        code = new_code(8)
        self._capture_codes[code] = table
        return code

    @property
    def _capture_codes(self) -> dict[str, str | None]:
        if not hasattr(self, "_capture_codes_store"):
            self._capture_codes_store: dict[str, str | None] = {}
        return self._capture_codes_store

    def live_counts(self) -> dict[str, int]:
        """Devices joined, and ballots cast from devices in the open round as last read: for
        the facilitator's live count, without waiting for the engine."""
        cast = self.ballots_cast.get(self._open_round, ()) if self._open_round else ()
        return {"devices": len(self.devices), "ballots": len(cast)}

    def counts(self) -> dict[str, int]:
        """Devices joined, and ballots cast from devices in the open round."""
        rnd = self.engine.read(room_state.open_round).result(10)
        cast = len(self.ballots_cast.get(rnd.id, ())) if rnd is not None else 0
        return {"devices": len(self.devices), "ballots": cast}

    # -- the server thread ------------------------------------------------------------------
    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)

        @web.middleware
        async def guard(request, handler):
            return await self._guard(request, handler)

        app = web.Application(client_max_size=MAX_BODY, middlewares=[guard])
        app.router.add_get("/j/{code}", self._join)
        app.router.add_get("/J/{code}", self._join)       # the QR code's upper-case URL
        app.router.add_get("/c/{code}", self._join_capture)
        app.router.add_get("/static/{name}", self._static)
        app.router.add_get("/api/state", self._state)
        app.router.add_post("/api/ideas", self._post_idea)
        app.router.add_post("/api/ballots", self._post_ballot)
        app.router.add_post("/api/lang", self._post_lang)
        app.router.add_get("/ws", self._ws)
        runner = web.AppRunner(app, handle_signals=False, access_log=None)
        self._runner = runner
        try:
            loop.run_until_complete(runner.setup())
            site = web.TCPSite(runner, self.host, self.port, reuse_address=False,
                               backlog=BACKLOG)
            loop.run_until_complete(site.start())
            sock = site._server.sockets[0]  # the port the system gave (port 0)
            self.port = sock.getsockname()[1]
        except BaseException as exc:
            loop.run_until_complete(runner.cleanup())
            loop.close()
            if isinstance(exc, OSError):
                key = "room_port_taken" if exc.errno in (98, 48, 10048) else "room_cannot_listen"
                exc = FacilitatorError(key, host=self.host, port=self.port,
                                       detail=exc.strerror or str(exc))
            self._error = exc
            self._ready.set()
            return
        self._loop = loop
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(runner.cleanup())
            loop.close()

    async def _shutdown(self) -> None:
        for ws in list(self._sockets):       # aiohttp waits for open websockets otherwise
            await ws.close()
        self._sockets.clear()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # -- language and refusals --------------------------------------------------------------
    def _lang(self, request) -> str:
        """The language the device chose with the page's FR/EN switch, else the session's."""
        chosen = cookie(request, LANG_COOKIE)
        if chosen in ("fr", "en"):
            return chosen
        return self.session_language

    def _error_response(self, request, status: int, key: str, **params):
        return web.json_response({"error": say(key, self._lang(request)).format(**params)},
                                 status=status)

    @staticmethod
    def _harden(response) -> None:
        headers = response.headers
        if "Content-Security-Policy" in headers:     # built hardened (_created)
            return
        for name, value in HARDENING:
            headers[name] = value

    @staticmethod
    def _created(body: bytes):
        """A 201 with its JSON body, built with every header at once."""
        return web.Response(body=body, status=201, headers=_CREATED_HEADERS)

    def _device(self, request) -> Device | None:
        return self.devices.get(cookie(request, COOKIE) or "")

    async def _guard(self, request, handler):
        origin = request.headers.get("Origin")
        if origin is not None and request.method != "GET":
            host = request.headers.get("Host", "")
            if origin not in (f"http://{host}", f"https://{host}"):
                return self._finish(self._error_response(request, 403, "room_forbidden"))
        if request.path.startswith("/api/") and self._device(request) is None:
            return self._finish(self._error_response(request, 403, "room_forbidden"))
        if request.method == "POST":
            if request.content_length is not None and request.content_length > MAX_BODY:
                return self._finish(self._error_response(request, 413, "room_too_large"))
            kind = request.headers.get("Content-Type")
            if kind is None or kind.partition(";")[0].strip().lower() != "application/json":
                return self._finish(self._error_response(request, 415, "room_json_only"))
        try:
            response = await handler(request)
        except web.HTTPRequestEntityTooLarge:
            response = self._error_response(request, 413, "room_too_large")
        except RoomError as exc:
            response = self._error_response(request, exc.status, exc.key, **exc.params)
        except web.HTTPException as exc:
            if exc.status in (404, 405):
                response = self._error_response(request, exc.status, "room_not_found")
            else:
                raise
        return self._finish(response)

    def _finish(self, response):
        self._harden(response)
        return response

    def _rate(self, request, device: Device) -> None:
        now = time.monotonic()
        mine = device.sent
        shared = self._per_address.get(device.address)
        if shared is None:
            shared = self._per_address[device.address] = deque()
        for bucket, (limit, window) in ((mine, self.rate_device), (shared, self.rate_address)):
            while bucket and now - bucket[0] > window:
                bucket.popleft()
            if len(bucket) >= limit:
                raise RoomError(429, "room_slow_down")
        mine.append(now)
        shared.append(now)

    async def _json(self, request) -> dict:
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            raise RoomError(413, "room_too_large") from None
        if len(body) > MAX_BODY:
            raise RoomError(413, "room_too_large")
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise RoomError(400, "room_bad_request") from None
        if not isinstance(data, dict):
            raise RoomError(400, "room_bad_request")
        return data

    # -- pages ------------------------------------------------------------------------------
    async def _join(self, request):
        if not secrets.compare_digest(request.match_info["code"].upper(), self.code):
            raise RoomError(404, "room_not_found")
        return self._page(request, "phone", None)

    async def _join_capture(self, request):
        code = request.match_info["code"].upper()
        if code not in self._capture_codes:
            raise RoomError(404, "room_not_found")
        return self._page(request, "capture", self._capture_codes[code])

    def _page(self, request, kind: str, table: str | None):
        _collect_young_if_half_full()
        device = self._device(request)
        response = web.Response(body=_static("page.html"), content_type="text/html",
                                charset="utf-8")
        if device is None:
            if len(self.devices) >= MAX_DEVICES:
                raise RoomError(503, "room_full")
            token = secrets.token_hex(16)            # 128 bits
            device = Device(token, request.remote or "?", time.time(), kind, table)
            self.devices[token] = device
            response.set_cookie(COOKIE, token, httponly=True, samesite="Strict", path="/")
        elif kind == "capture":
            device.kind, device.table = kind, table
        return response

    async def _static(self, request):
        name = request.match_info["name"]
        types = {"page.js": "application/javascript", "page.css": "text/css"}
        if name not in types:
            raise RoomError(404, "room_not_found")
        return web.Response(body=_static(name), content_type=types[name], charset="utf-8")

    # -- the API ----------------------------------------------------------------------------
    def _read_state(self, store) -> dict:
        state = room_state.public_state(store, ideas_open=self.ideas_open and not self.paused)
        self.session_language = state["language"]
        rnd = state["round"]
        self._open_round = rnd["id"] if rnd else None
        self._results_shown = bool(rnd and rnd.get("revealed"))
        self._named_open = bool(rnd and rnd.get("named"))
        return state

    async def _state(self, request):
        device = self._device(request)
        state = await asyncio.wrap_future(self.engine.read(self._read_state))
        if state["round"] is not None:
            state["round"]["voted"] = device.token in self.ballots_cast.get(state["round"]["id"],
                                                                             set())
        state["device"] = {"kind": device.kind, "table": device.table,
                           "language": self._lang(request)}
        return web.json_response(state)

    async def _post_lang(self, request):
        data = await self._json(request)
        lang = data.get("language")
        if lang not in ("fr", "en"):
            raise RoomError(422, "room_bad_request")
        response = web.json_response({"language": lang})
        response.set_cookie(LANG_COOKIE, lang, samesite="Strict", path="/", max_age=86400 * 30)
        return response

    async def _post_idea(self, request):
        device = self._device(request)
        data = await self._json(request)
        text = data.get("text")
        if not isinstance(text, str):
            raise RoomError(422, "room_idea_blank")
        text = clean_text(text) or ""
        if not text.strip():
            raise RoomError(422, "room_idea_blank")
        if len(text) > MAX_IDEA:
            raise RoomError(413, "room_idea_too_long", limit=MAX_IDEA)
        if not self.ideas_open or self.paused:
            raise RoomError(409, "room_ideas_closed")
        self._rate(request, device)
        table = device.table if device.kind == "capture" else None
        done = await self._through_engine(submit_idea, text, table, held=self.approval)
        return self._created(b'{"id": %d}' % done.value)

    async def _post_ballot(self, request):
        device = self._device(request)
        data = await self._json(request)
        if self.paused:
            raise RoomError(409, "room_paused")
        round_id = data.get("round")
        dots = data.get("dots")
        name = data.get("name")
        if not isinstance(round_id, int) or isinstance(round_id, bool):
            raise RoomError(404, "room_round_unknown")
        if not isinstance(dots, dict):
            raise RoomError(422, "room_bad_request")
        ballot: dict[int, int] = {}
        for key, value in dots.items():
            try:
                item = int(key)
            except (TypeError, ValueError):
                raise RoomError(422, "room_candidate_unknown") from None
            if not isinstance(value, int) or isinstance(value, bool):
                raise RoomError(422, "room_bad_request")
            ballot[item] = value
        cast = self.ballots_cast.setdefault(round_id, set())
        if device.token in cast:
            raise RoomError(409, "room_already_voted")
        self._rate(request, device)
        lang = self._lang(request)
        cast.add(device.token)   # claimed now: two ballots racing from one device -> one
        try:
            # everything about the round is checked inside the write itself: no read queued
            # between the writes of a burst (a read makes the engine commit what it holds)
            await self._through_engine(submit_ballot, round_id, name, ballot, lang)
        except VotingError as exc:
            cast.discard(device.token)
            return self._finish_voting_error(request, exc)
        except BaseException:
            cast.discard(device.token)
            raise
        return self._created(_BALLOT_CREATED)

    def _through_engine(self, submit, *args, **kwargs) -> asyncio.Future:
        """``submit(engine, *args, **kwargs)`` (a write), as a Future of this loop resolved
        once the engine has committed it.

        The requests this loop reads together are handed to the engine together, once the
        loop has run what it has at hand (one ``call_soon``), not one at a time: each hand-over
        to a writer waiting for work wakes its thread (a futex and a switch of the core), and
        in a burst of 300 phones that was 6 % of the server's time, with the writer taking a
        core from the loop hundreds of times a second to run a handful of operations. The
        acknowledgements of one commit likewise wake this loop once (``_acked``)."""
        waiter = self._loop.create_future()
        if not self._to_submit:
            self._loop.call_soon(self._submit_queued)
        self._to_submit.append((waiter, submit, args, kwargs))
        return waiter

    def _submit_queued(self) -> None:
        queued, self._to_submit = self._to_submit, []
        acked = self._acked
        for waiter, submit, args, kwargs in queued:
            try:
                future = submit(self.engine, *args, **kwargs)
            except BaseException as exc:         # nothing was queued: this request fails alone
                if not waiter.done():
                    waiter.set_exception(exc)
                continue
            future.add_done_callback(functools.partial(acked, waiter))

    def _acked(self, waiter, future) -> None:
        """On the engine's writer thread (or this loop's, when already done)."""
        with self._ack_lock:
            self._acks.append((waiter, future))
            if self._ack_posted:
                return
            self._ack_posted = True
        try:
            self._loop.call_soon_threadsafe(self._deliver_acks)
        except (RuntimeError, AttributeError):   # the loop is closing: nobody waits any more
            pass

    def _deliver_acks(self) -> None:
        with self._ack_lock:
            acks, self._acks = self._acks, []
            self._ack_posted = False
        for waiter, future in acks:
            if waiter.done():              # the phone went away (its request was cancelled)
                continue
            exc = future.exception()
            if exc is not None:
                waiter.set_exception(exc)
            else:
                waiter.set_result(future.result())

    def _finish_voting_error(self, request, exc: VotingError):
        status = 409 if exc.key in ("vote_already_cast", "vote_name_used") else 422
        if exc.key in ("vote_round_gone",):
            status = 404
        return web.json_response({"error": exc.message(self._lang(request))}, status=status)

    # -- pushing the state ------------------------------------------------------------------
    async def _ws(self, request):
        if self._device(request) is None:
            raise RoomError(403, "room_forbidden")
        _collect_young_if_half_full()
        ws = web.WebSocketResponse(heartbeat=25, max_msg_size=1024)
        await ws.prepare(request)
        ws._fac_token = cookie(request, COOKIE)
        self._sockets.add(ws)
        try:
            state = await asyncio.wrap_future(self.engine.read(self._read_state))
            await ws.send_json({"type": "state", "state": state})
            async for msg in ws:           # phones send nothing; read to notice the close
                if msg.type in (WSMsgType.ERROR, WSMsgType.CLOSE):
                    break
        finally:
            self._sockets.discard(ws)
        return ws

    def _changed(self, change) -> None:
        """On the engine's writer thread, after a commit: hand over to the server's loop."""
        seen = change.tables & PUSH_TABLES
        if not seen or self._loop is None:
            return
        # a ballot changes what the phones see only once the results are shown; a participant
        # only while a named round lists the names (a burst of 300 ballots pushed nothing new
        # to 300 sockets, and each push's read ended the engine's group commit early)
        if not self._results_shown:
            seen = seen - {"vote"}
        if not self._named_open:
            seen = seen - {"participant"}
        if not seen:
            return
        try:
            self._loop.call_soon_threadsafe(self._schedule_push)
        except RuntimeError:  # the loop is closing
            pass

    def _schedule_push(self) -> None:
        if self._push_pending:
            return
        self._push_pending = True
        self._loop.call_later(0.05, lambda: asyncio.ensure_future(self._push()))

    async def _push(self) -> None:
        self._push_pending = False
        state, rounds = await asyncio.wrap_future(self.engine.read(
            lambda s: (self._read_state(s), s.voting.rounds())))
        await self._after_round_changes(rounds)
        message = json.dumps({"type": "state", "state": state})
        if message == self._last_pushed:
            return
        self._last_pushed = message
        await asyncio.gather(*(ws.send_str(message) for ws in list(self._sockets)
                               if not ws.closed), return_exceptions=True)

    async def push_now(self) -> None:
        await self._push()

    def notify(self) -> None:
        """The facilitator changed something the room sees (ideas on/off, pause)."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._schedule_push)

    def _observe_rounds(self, rounds) -> bool:
        """Remember each round's status; True when an anonymous round has just closed."""
        closing = False
        for r in rounds:
            before = self._last_status.get(r.id)
            if before is not None and before[0] == "open" and r.status != "open" and r.anonymous:
                closing = True
            self._last_status[r.id] = (r.status, r.anonymous)
        return closing

    async def _after_round_changes(self, rounds) -> None:
        """When an anonymous round closes, fold the WAL into the file and truncate it: nothing
        of the last ballots lingers in the -wal."""
        if self._observe_rounds(rounds):
            await asyncio.wrap_future(self.engine.checkpoint("TRUNCATE"))


def submit_idea(engine, text: str, table: str | None, *, held: bool):
    """An idea from a device, through the engine: on the wall (tagged with a capture laptop's
    table), or held until the facilitator approves it (never on the wall before). A Future.

    The ideas of a burst of phones that reach the engine together are written together
    (engine.Batched: one statement, one acknowledgement each); a device's idea is not in the
    facilitator's undo history (the window's own changes are)."""
    if held:
        op, label = Batched(approval.hold_many, (text, table)), _label("op_room_idea_held")
    else:
        op, label = (Batched(approval.add_tagged_many, (text.strip(), table)),
                     _label("op_room_idea"))
    return engine.submit(op, label=label, undoable=False, source="room")


def submit_ballot(engine, round_id: int, name: object, ballot: dict[int, int], lang: str):
    """A device's ballot, through the engine, with no undo record. A Future. The ballots of
    one round that reach the engine together are checked one by one and written together."""
    return engine.submit(Batched(_record_many, (round_id, name, ballot, lang), key=round_id),
                         undoable=False, source="room", label=_label("op_room_ballot"))


_LABELS: dict[str, Label] = {}


def _label(key: str) -> Label:
    """The label of a device's change, made once (it knows both languages: `text(lang)`);
    made per request it cost ~30 µs, reading the system's language each time."""
    label = _LABELS.get(key)
    if label is None:
        label = _LABELS[key] = Label(key)
    return label


def _record_many(store, entries: list[tuple[int, object, dict[int, int], str]]) -> list:
    """Devices' ballots (round, name, ballot, lang) in one round (they are batched by round),
    each checked as `_record` checks it, in order: the room's own refusals here (the round
    open, its candidates), the laptop's rules in ops.voting.record_ballots. One outcome per
    ballot: None, or its refusal (nothing of it written)."""
    round_id = entries[0][0]
    rnd = store.voting.round(round_id)
    out: list = [None] * len(entries)
    anonymous: list[int] = []
    for k, (_, name, ballot, lang) in enumerate(entries):
        try:
            if rnd is None or rnd.status != "open":
                raise RoomError(404, "room_round_unknown")
            if any(item not in rnd.candidates for item in ballot):
                raise RoomError(422, "room_candidate_unknown")
            if rnd.anonymous:
                anonymous.append(k)
            else:    # a name used is refused to the next: each in turn, as alone
                _record(store, round_id, name, ballot, lang)
        except (RoomError, VotingError) as exc:
            out[k] = exc
    outcomes = ballots.record_ballots(store, round_id,
                                      [(None, entries[k][2], entries[k][3]) for k in anonymous])
    for k, outcome in zip(anonymous, outcomes):
        out[k] = outcome
    return out


def _record(store, round_id: int, name: object, ballot: dict[int, int], lang: str) -> None:
    """A device's ballot, checked against the round as it is when the write runs: an open round
    (else 404), its own candidates (else 422), in a named round a present participant's name
    not used yet (else the laptop's refusal), then the laptop's budget and cap."""
    rnd = store.voting.round(round_id)
    if rnd is None or rnd.status != "open":
        raise RoomError(404, "room_round_unknown")
    if any(item not in rnd.candidates for item in ballot):
        raise RoomError(422, "room_candidate_unknown")
    person = None
    if not rnd.anonymous:
        if not isinstance(name, int) or isinstance(name, bool):
            raise RoomError(422, "room_name_needed")
        p = store.participants.get(name)
        if p is None or not p.present:
            raise VotingError("vote_unknown_participant", lang, pid=name)
        if any(v.participant_id == name for v in store.voting.votes(round_id)):
            raise VotingError("vote_name_used", lang, name=p.name)
        person = name
    ballots.record_ballot(store, round_id, person, ballot, lang)


def lan_addresses() -> list[str]:
    """This machine's IPv4 addresses other than loopback (the room's Wi-Fi, a hotspot), found
    without sending anything on the network."""
    found: list[str] = []
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    for info in infos:
        addr = info[4][0]
        if not addr.startswith("127.") and addr not in found:
            found.append(addr)
    return found
