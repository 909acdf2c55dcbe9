"""Simulated phones in the room, on 127.0.0.1 only (bounded in count and time).

N phones join (the page, the device cookie, a websocket each), then all at once each sends 5 ideas
one after another (as a person does on the page; ``--parallel``: 5 at once on 5 connections, the
load this benchmark used first) and one anonymous ballot, while a 100 ms Qt timer ticks on the main thread as the projector's
countdown does. Prints the acknowledgement p50/p99 of those requests, the time to push a state
change (« Révéler ») to every open socket, the process's peak memory, and the timer's worst
lateness. Baseline in the same process: the same requests' work done directly through the engine
with no HTTP (what the network and the server add on top).

    python benchmarks/bench_room.py [--phones 300 1000] [--runs 2]

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


def session(folder: Path):
    store = Store.create(folder / "room.atelier", "Banc d'essai")
    with store.transaction():
        cands = [store.ideas.add(f"Piste {i}") for i in range(15)]
        rnd = ballots.create_round(store, "Priorités", "ideas", cands, budget=5, cap=2)
        ballots.open_round(store, rnd)
    return store, rnd, cands


async def phones(url: str, port: int, n: int, rnd: int, cands: list[int], out: dict,
                 reveal, parallel: bool = False) -> None:
    import aiohttp

    base = f"http://127.0.0.1:{port}"
    code = url.rsplit("/", 1)[1]
    conn = aiohttp.TCPConnector(limit=0)
    timeout = aiohttp.ClientTimeout(total=TIME_LIMIT)
    sessions, sockets = [], []
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
            return s

        joined = await asyncio.gather(*(join(i) for i in range(n)))
        acks: list[float] = []

        async def burst(i, s):
            async def post(path, body):
                t0 = time.perf_counter()
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
        for ws in sockets:
            await ws.close()
        for s in sessions:
            await s.close()
        await conn.close()


def client_main(argv: list[str]) -> None:
    """The simulated phones, in their own process (as real phones are: the server's process
    does not also carry the clients' Python work)."""
    import json

    url, port, n, rnd = argv[0], int(argv[1]), int(argv[2]), int(argv[3])
    cands = [int(c) for c in argv[4].split(",")]
    parallel = argv[5:6] == ["parallel"]
    out: dict = {}

    async def reveal():
        print("READY", flush=True)
        line = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        return float(line)          # the monotonic time the laptop revealed

    asyncio.run(phones(url, port, n, rnd, cands, out, reveal, parallel))
    print(json.dumps(out), flush=True)


def run_once(app, n: int, parallel: bool = False) -> dict:
    import json
    import subprocess

    from PySide6.QtCore import QEventLoop, QTimer

    from facilitator.room.server import RoomServer

    with tempfile.TemporaryDirectory() as d:
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
             ",".join(map(str, cands))] + (["parallel"] if parallel else []), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True)
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
        engine.close()
        result = json.loads(lines[-1])
        result["late"] = max(late or [0])
        result["handled"] = handled
        result["server_cpu_ms"] = cpu.get("server", 0.0) * 1000 / max(1, len(handled))
        return result


def baseline(n: int) -> float:
    """The same writes straight through the engine (no HTTP), all at once: ms for all."""
    with tempfile.TemporaryDirectory() as d:
        store, rnd, cands = session(Path(d))
        engine = Engine(store)
        t0 = time.perf_counter()
        futures = []
        for i in range(n):
            for k in range(5):
                futures.append(engine.submit(lambda s, i=i, k=k: s.ideas.add(f"Idée {i}-{k}")))
            pick = {cands[(i + k) % len(cands)]: 1 for k in range(5)}
            futures.append(engine.submit(lambda s, pick=pick: ballots.record_ballot(
                s, rnd, None, pick), undoable=False))
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
    args = ap.parse_args()
    if any(n > 2000 for n in args.phones):
        sys.exit("at most 2,000 simulated phones")
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])
    print("phones | requests | ack p50 ms | ack p99 ms | burst s | push to all ms | "
          "timer worst late ms | engine alone ms (no HTTP) | in server p50/p99 ms | "
          "server CPU ms/request")
    for n in args.phones:
        runs = [run_once(app, n, args.parallel) for _ in range(args.runs)]
        base = statistics.median(baseline(n) for _ in range(args.runs))
        p50 = statistics.median(pct(r["acks"], 50) for r in runs)
        p99 = statistics.median(pct(r["acks"], 99) for r in runs)
        print(f"{n:>6} | {len(runs[0]['acks']):>8} | {p50:>10.0f} | {p99:>10.0f} | "
              f"{statistics.median(r['burst_s'] for r in runs):>7.2f} | "
              f"{statistics.median(r['push_ms'] for r in runs):>14.0f} | "
              f"{statistics.median(r['late'] for r in runs):>19.0f} | {base:>8.0f} | "
              f"{statistics.median(pct(r['handled'], 50) for r in runs):>6.0f} / "
              f"{statistics.median(pct(r['handled'], 99) for r in runs):<6.0f} | "
              f"{statistics.median(r['server_cpu_ms'] for r in runs):.2f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the laptop's process (server and engine; the phones run apart): "
          f"{peak:.0f} MB")
    print("targets: 300 phones ack p99 ≤ 150 ms, timer never more than 50 ms late")


if __name__ == "__main__":
    main()
