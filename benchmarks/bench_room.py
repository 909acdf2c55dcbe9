"""Simulated phones in the room, on 127.0.0.1 only (bounded in count and time).

N phones join (the page, the device cookie, a websocket each), then all at once each sends 5 ideas
one after another (as a person does on the page; ``--parallel``: 5 at once on 5 connections, the
load this benchmark used first) and one anonymous ballot, while a 100 ms Qt timer ticks on the main thread as the projector's
countdown does. Prints the acknowledgement p50/p99 of those requests, the time to push a state
change (« Révéler ») to every open socket, the process's peak memory, and the timer's worst
lateness. Baselines in the same process: the same requests' work done directly through the engine
with no HTTP (what the network and the server add on top), and the same phones against a bare
aiohttp server whose handlers answer 201 at once (no engine, no check, no file: what aiohttp
itself costs on this machine, the floor of any server built on it).

The simulated phones run in their own process, as real phones do, but on the same 2 cores: each
CPU millisecond they spend is taken from the laptop. So by default they send their burst over
plain keep-alive sockets with requests written once (« light » phones: the same bytes an
aiohttp client sends, a few times cheaper to make); they join and hold their websockets through
aiohttp as before. ``--client aiohttp`` sends the burst through aiohttp's client (the load this
benchmark used before 2026-11-30 13:00 UTC).

    python benchmarks/bench_room.py [--phones 300 1000] [--runs 2] [--client light|aiohttp]

All phones come from 127.0.0.1 here, so the per-address limit (meant for one device per address
on a Wi-Fi network) is raised for the benchmark; the per-device limit stays.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.ops import voting as ballots  # noqa: E402
from facilitator.engine import Engine  # noqa: E402
from facilitator.store import Store  # noqa: E402

TIME_LIMIT = 120.0   # seconds, for one whole run


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else 0


async def hang_up(lights, sockets, sessions, conn) -> None:
    """Every phone leaves: its keep-alive socket, its websocket, its aiohttp session."""
    for phone in lights:
        phone.close()
    for ws in sockets:
        await ws.close()
    for s in sessions:
        await s.close()
    await conn.close()


def session(folder: Path):
    store = Store.create(folder / "room.atelier", "Banc d'essai")
    with store.transaction():
        cands = [store.ideas.add(f"Piste {i}") for i in range(15)]
        rnd = ballots.create_round(store, "Priorités", "ideas", cands, budget=5, cap=2)
        ballots.open_round(store, rnd)
    return store, rnd, cands


class LightPhone:
    """One phone's keep-alive connection for its burst: each request written as one buffer
    (the headers an aiohttp client sends: Host, cookie, JSON type and length), each response
    read by its Content-Length."""

    def __init__(self, port: int, cookie: str) -> None:
        self.port, self.cookie = port, cookie
        self.reader = self.writer = None

    async def connect(self) -> None:
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)

    async def post(self, path: str, body: dict) -> tuple[int, bytes]:
        import json

        data = json.dumps(body).encode()
        self.writer.write(
            (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\nAccept: */*\r\n"
             f"Accept-Encoding: gzip, deflate\r\nUser-Agent: bench_room\r\n"
             f"Cookie: {self.cookie}\r\nContent-Type: application/json\r\n"
             f"Content-Length: {len(data)}\r\n\r\n").encode() + data)
        head = await self.reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        payload = await self.reader.readexactly(length)
        return int(head.split(b" ", 2)[1]), payload

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def phones(url: str, port: int, n: int, rnd: int, cands: list[int], out: dict,
                 reveal, parallel: bool = False, light: bool = True) -> None:
    import aiohttp

    base = f"http://127.0.0.1:{port}"
    code = url.rsplit("/", 1)[1]
    conn = aiohttp.TCPConnector(limit=0)
    timeout = aiohttp.ClientTimeout(total=TIME_LIMIT)
    sessions, sockets, lights = [], [], []
    try:
        async def join(i):
            s = aiohttp.ClientSession(connector=conn, connector_owner=False, timeout=timeout,
                                      cookie_jar=aiohttp.CookieJar(unsafe=True))
            sessions.append(s)
            async with s.get(f"{base}/j/{code}") as r:
                await r.read()
            ws = await s.ws_connect(f"{base}/ws")
            await ws.receive()                      # the first state
            sockets.append(ws)
            if light:       # its connection is open before the burst, as a phone's page's is
                phone = LightPhone(port, "; ".join(f"{c.key}={c.value}"
                                                   for c in s.cookie_jar))
                await phone.connect()
                lights.append(phone)
                return phone
            return s

        joined = await asyncio.gather(*(join(i) for i in range(n)))
        acks: list[float] = []

        async def burst(i, s):
            async def post(path, body):
                t0 = time.perf_counter()
                if light:
                    status, text = await s.post(path, body)
                    assert status == 201, (status, text)
                else:
                    async with s.post(base + path, json=body) as r:
                        await r.read()
                        assert r.status == 201, (r.status, await r.text())
                acks.append((time.perf_counter() - t0) * 1000)
            if parallel:      # the earlier load: 5 connections at once from each phone
                await asyncio.gather(*(post("/api/ideas", {"text": f"Idée {i}-{k}"})
                                       for k in range(5)))
            else:             # a person sends one idea, then the next, as the page does
                for k in range(5):
                    await post("/api/ideas", {"text": f"Idée {i}-{k}"})
            pick = {str(cands[(i + k) % len(cands)]): 1 for k in range(5)}
            await post("/api/ballots", {"round": rnd, "dots": pick})

        t0 = time.perf_counter()
        await asyncio.gather(*(burst(i, s) for i, s in enumerate(joined)))
        out["burst_s"] = time.perf_counter() - t0
        out["acks"] = acks

        # push: « Révéler » on the laptop, then every socket receives the new state
        async def until_revealed(ws):
            while True:
                msg = await ws.receive_json()
                if msg["state"]["round"] and msg["state"]["round"].get("revealed"):
                    return time.monotonic()
        waiters = [asyncio.ensure_future(until_revealed(ws)) for ws in sockets]
        await asyncio.sleep(0.2)
        t_reveal = await reveal()
        done = await asyncio.wait_for(asyncio.gather(*waiters), TIME_LIMIT)
        out["push_ms"] = (max(done) - t_reveal) * 1000
    finally:
        await hang_up(lights, sockets, sessions, conn)


def client_main(argv: list[str]) -> None:
    """The simulated phones, in their own process (as real phones are: the server's process
    does not also carry the clients' Python work)."""
    import json

    url, port, n, rnd = argv[0], int(argv[1]), int(argv[2]), int(argv[3])
    cands = [int(c) for c in argv[4].split(",")]
    parallel = "parallel" in argv[5:]
    light = "aiohttp" not in argv[5:]
    out: dict = {}

    async def reveal():
        print("READY", flush=True)
        line = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        return float(line)          # the monotonic time the laptop revealed

    asyncio.run(phones(url, port, n, rnd, cands, out, reveal, parallel, light))
    print(json.dumps(out), flush=True)


class BareServer:
    """aiohttp alone, on the room's routes: the page sets a cookie, the websocket sends a first
    state, each POST reads its body and answers 201 at once (no engine, no check, no file)."""

    def __init__(self) -> None:
        self.port = 0
        self.handled: list[float] = []
        self.cpu = 0.0
        self._loop = None
        self._sockets: set = set()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        from aiohttp import web

        loop = self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)

        async def page(request):
            response = web.Response(text="<!doctype html><html></html>",
                                    content_type="text/html")
            response.set_cookie("fac_device", os.urandom(16).hex(), httponly=True,
                                samesite="Strict")
            return response

        async def ws(request):
            sock = web.WebSocketResponse()
            await sock.prepare(request)
            self._sockets.add(sock)
            await sock.send_json({"type": "state", "state": {"round": None}})
            async for _ in sock:
                pass
            self._sockets.discard(sock)
            return sock

        async def post(request):
            t0 = time.perf_counter()
            json.loads(await request.read())
            response = web.json_response({"id": 1}, status=201)
            self.handled.append((time.perf_counter() - t0) * 1000)
            return response

        import json

        app = web.Application()
        app.router.add_get("/j/{code}", page)
        app.router.add_get("/ws", ws)
        app.router.add_post("/api/ideas", post)
        app.router.add_post("/api/ballots", post)
        runner = web.AppRunner(app, handle_signals=False, access_log=None)
        loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=4096)
        loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]
        t0 = time.thread_time()
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            self.cpu = time.thread_time() - t0
            for sock in list(self._sockets):
                loop.run_until_complete(sock.close())
            loop.run_until_complete(runner.cleanup())
            loop.close()

    def start(self) -> str:
        self._thread.start()
        self._ready.wait(15)
        return f"http://127.0.0.1:{self.port}/j/BARE00"

    def reveal(self) -> None:
        message = {"type": "state", "state": {"round": {"revealed": True}}}

        async def push():
            await asyncio.gather(*(s.send_json(message) for s in list(self._sockets)))
        asyncio.run_coroutine_threadsafe(push(), self._loop)

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(15)


def run_once(app, n: int, parallel: bool = False, client: str = "light",
             bare: bool = False) -> dict:
    import json
    import subprocess

    from PySide6.QtCore import QEventLoop, QTimer

    from facilitator.room.server import RoomServer

    with tempfile.TemporaryDirectory() as d:
        if bare:     # no session: the bare server writes nothing
            return _run_phones(app, n, parallel, client, None, BareServer(), 1,
                               list(range(1, 16)), {})
        store, rnd, cands = session(Path(d))
        engine = Engine(store)
        server = RoomServer(engine, host="127.0.0.1", port=0, rate_address=(100_000, 10.0))
        # what the laptop itself spends: each request's time inside the server (from the
        # request read to the response ready; the websockets excluded), and the CPU time of the
        # server's thread (the phones' process is measured apart: on a 2-core machine it takes
        # as much CPU as the server, which no real phone takes from the laptop)
        handled: list[float] = []
        guard, serve, cpu = server._guard, server._serve, {}

        async def timed_guard(request, handler):
            t0 = time.perf_counter()
            response = await guard(request, handler)
            if request.path != "/ws":
                handled.append((time.perf_counter() - t0) * 1000)
            return response

        def timed_serve():
            t0 = time.thread_time()
            try:
                serve()
            finally:
                cpu["server"] = time.thread_time() - t0
        server._guard, server._serve = timed_guard, timed_serve
        result = _run_phones(app, n, parallel, client, engine, server, rnd, cands, cpu)
        engine.close()
        result["handled"] = handled
        result["server_cpu_ms"] = cpu.get("server", 0.0) * 1000 / max(1, len(handled))
        return result


def _run_phones(app, n, parallel, client, engine, server, rnd, cands, cpu) -> dict:
    """The phones' process against `server` (the room, or the bare one) while the projector's
    timer ticks; « Révéler » once they are done."""
    import json
    import subprocess

    from PySide6.QtCore import QEventLoop, QTimer

    if True:
        url = server.start()
        late: list[float] = []
        last = [time.perf_counter()]

        def tick():
            now = time.perf_counter()
            late.append(max(0.0, (now - last[0]) * 1000 - 100))
            last[0] = now
        timer = QTimer()
        timer.setInterval(100)
        timer.timeout.connect(tick)
        proc = subprocess.Popen(
            [sys.executable, __file__, "--client", url, str(server.port), str(n), str(rnd),
             ",".join(map(str, cands))] + (["parallel"] if parallel else []) + [client],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(proc.stdout))
        reader.start()
        last[0] = time.perf_counter()
        timer.start()
        end = time.monotonic() + TIME_LIMIT
        revealed = [False]
        # the main thread runs a Qt event loop, as the window's does (it sleeps between events;
        # a loop that polled every 2 ms took the interpreter from the server thread 500 times a
        # second, which the window never does)
        loop = QEventLoop()

        def watch():
            if proc.poll() is not None or time.monotonic() > end:
                loop.quit()
                return
            if not revealed[0] and any(x.strip() == "READY" for x in lines):
                revealed[0] = True
                t = time.monotonic()
                if engine is None:
                    server.reveal()
                else:
                    engine.submit(lambda s: ballots.reveal(s, rnd))
                proc.stdin.write(f"{t}\n")
                proc.stdin.flush()
        watcher = QTimer()
        watcher.setInterval(20)
        watcher.timeout.connect(watch)
        watcher.start()
        loop.exec()
        watcher.stop()
        timer.stop()
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        reader.join(5)
        server.stop()
        result = json.loads(lines[-1])
        result["late"] = max(late or [0])
        if engine is None:
            result["handled"] = server.handled
            result["server_cpu_ms"] = server.cpu * 1000 / max(1, len(server.handled) + n)
        return result


def baseline(n: int) -> float:
    """The same writes straight through the engine (no HTTP), all at once, as the room server
    submits them: ms for all."""
    from facilitator.room.server import submit_ballot, submit_idea

    with tempfile.TemporaryDirectory() as d:
        store, rnd, cands = session(Path(d))
        engine = Engine(store)
        t0 = time.perf_counter()
        futures = []
        for i in range(n):
            for k in range(5):
                futures.append(submit_idea(engine, f"Idée {i}-{k}", None, held=False))
            pick = {cands[(i + k) % len(cands)]: 1 for k in range(5)}
            futures.append(submit_ballot(engine, rnd, None, pick, "fr"))
        for f in futures:
            f.result(TIME_LIMIT)
        elapsed = (time.perf_counter() - t0) * 1000
        engine.close()
        return elapsed


def main() -> None:
    if sys.argv[1:2] == ["--client"]:
        client_main(sys.argv[2:])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--phones", type=int, nargs="+", default=[300, 1000])
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--parallel", action="store_true",
                    help="each phone sends its 5 ideas on 5 connections at once (the earlier "
                         "load; a phone's page sends one idea at a time)")
    ap.add_argument("--client", choices=("light", "aiohttp"), default="light",
                    help="how the simulated phones send their burst (see above)")
    args = ap.parse_args()
    if any(n > 2000 for n in args.phones):
        sys.exit("at most 2,000 simulated phones")
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; phones: "
          f"{args.client}; {args.runs} runs each, alternated, median")
    print("server        | phones | requests | ack p50 ms | ack p99 ms | burst s | push to all ms "
          "| timer worst late ms | engine alone ms (no HTTP) | in server p50/p99 ms | "
          "server CPU ms/request")
    for n in args.phones:
        rows: dict[str, list] = {"room": [], "bare aiohttp": []}
        for _ in range(args.runs):     # alternated: both see the same load
            rows["room"].append(run_once(app, n, args.parallel, args.client))
            rows["bare aiohttp"].append(run_once(app, n, args.parallel, args.client, bare=True))
        base = statistics.median(baseline(n) for _ in range(args.runs))
        for name, runs in rows.items():
            p50 = statistics.median(pct(r["acks"], 50) for r in runs)
            p99 = statistics.median(pct(r["acks"], 99) for r in runs)
            engine_alone = f"{base:>8.0f}" if name == "room" else f"{'—':>8}"
            print(f"{name:<13} | {n:>6} | {len(runs[0]['acks']):>8} | {p50:>10.0f} | "
                  f"{p99:>10.0f} | {statistics.median(r['burst_s'] for r in runs):>7.2f} | "
                  f"{statistics.median(r['push_ms'] for r in runs):>14.0f} | "
                  f"{statistics.median(r['late'] for r in runs):>19.0f} | {engine_alone} | "
                  f"{statistics.median(pct(r['handled'], 50) for r in runs):>6.0f} / "
                  f"{statistics.median(pct(r['handled'], 99) for r in runs):<6.0f} | "
                  f"{statistics.median(r['server_cpu_ms'] for r in runs):.2f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the laptop's process (server and engine; the phones run apart): "
          f"{peak:.0f} MB")
    print("targets: 300 phones ack p99 ≤ 150 ms, timer never more than 50 ms late")


if __name__ == "__main__":
    main()
