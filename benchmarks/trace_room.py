"""Where a phone's request spends its time in the room server, during bursts only (a diagnostic,
not a benchmark of record: bench_room.py gives the figures).

N simulated phones (their own process, on 127.0.0.1 only) join once — the page, the cookie, a
websocket each — then send K bursts (each phone 5 ideas one after another and a ballot; ideas
only after the first burst), 0.3 s apart. For the bursts alone it prints:

- each request's time between stages, from timestamps taken on its path: guard entered (the
  request parsed and routed) → handed to the engine → picked by the writer → commit begun →
  committed → acknowledged by the writer → the server's loop woken → the handler resumed →
  the response ready; p50/p99 over all requests, and the mean of the middle 10 % against the
  slowest 2 %;
- the CPU time of the server's loop thread and of the engine's writer per request, and (Linux)
  how long each waited for a core (/proc/self/task/ID/schedstat: the run queue), and how long
  the loop sat idle in select within the bursts;
- the garbage collector's passes during the bursts.

``--py-spy FILE`` also records the process with py-spy (``--gil``: only the thread holding the
interpreter) while the bursts run, if py-spy is installed (a tool, not a dependency).

    python benchmarks/trace_room.py [--phones 300] [--bursts 5] [--py-spy out.txt]

It patches the server's and the engine's private methods to take the timestamps: it measures
this tree's code, and must follow it when those methods change.
"""
from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_room  # noqa: E402

pc = time.perf_counter
STAGES = ("in", "sub", "picked", "commit0", "committed", "deliver", "woke", "resumed", "out")
NAMES = {"in": "guard entered", "sub": "handed over", "picked": "picked by writer",
         "commit0": "commit begun", "committed": "committed", "deliver": "acknowledged",
         "woke": "loop woken", "resumed": "handler resumed", "out": "response ready"}


# -- the phones' process -------------------------------------------------------------------------
async def _phones(port: int, code: str, n: int, bursts: int, rnd: int, cands: list[int]) -> None:
    import aiohttp

    base = f"http://127.0.0.1:{port}"
    conn = aiohttp.TCPConnector(limit=0)
    sessions, sockets = [], []

    async def join(i):
        s = aiohttp.ClientSession(connector=conn, connector_owner=False,
                                  cookie_jar=aiohttp.CookieJar(unsafe=True))
        sessions.append(s)
        async with s.get(f"{base}/j/{code}") as r:
            await r.read()
        ws = await s.ws_connect(f"{base}/ws")
        await ws.receive()
        sockets.append(ws)
        phone = bench_room.LightPhone(port, "; ".join(f"{c.key}={c.value}" for c in s.cookie_jar))
        await phone.connect()
        return phone

    phones = await asyncio.gather(*(join(i) for i in range(n)))
    print("JOINED", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    for burst in range(bursts):
        acks: list[float] = []

        async def one(i, phone):
            async def post(path, body):
                t0 = pc()
                status, text = await phone.post(path, body)
                assert status == 201, (status, text)
                acks.append((pc() - t0) * 1000)
            for k in range(5):
                await post("/api/ideas", {"text": f"Idée {burst}-{i}-{k}"})
            if burst == 0:
                await post("/api/ballots", {"round": rnd, "dots": {
                    str(cands[(i + k) % len(cands)]): 1 for k in range(5)}})
            else:
                await post("/api/ideas", {"text": f"Idée {burst}-{i}-5"})
        t0, c0 = pc(), time.process_time()
        await asyncio.gather(*(one(i, p) for i, p in enumerate(phones)))
        print(json.dumps({"burst_s": pc() - t0, "p50": bench_room.pct(acks, 50),
                          "p99": bench_room.pct(acks, 99),
                          "phones_cpu_s": time.process_time() - c0}), flush=True)
        await asyncio.sleep(0.3)
    await bench_room.hang_up(phones, sockets, sessions, conn)


# -- the timestamps (patched in) ----------------------------------------------------------------
class Trace:
    def __init__(self) -> None:
        self.records: list[dict] = []
        self.blocked: list[tuple[float, float]] = []     # (start, seconds) in select, waiting
        self.gc: list[tuple[int, float]] = []
        self._current = threading.local()
        self._gc_start = 0.0

    def install(self) -> None:
        from facilitator import engine as E
        from facilitator.room import server as S

        trace = self
        guard = S.RoomServer._guard

        async def traced_guard(self, request, handler):
            if request.method != "POST":
                return await guard(self, request, handler)
            record = {"in": pc()}
            trace._current.record = record
            response = await guard(self, request, handler)
            record["out"] = pc()
            trace.records.append(record)
            return response
        S.RoomServer._guard = traced_guard

        through = S.RoomServer._through_engine

        def traced_through(self, submit, *args, **kwargs):
            record = getattr(trace._current, "record", None)
            trace._current.record = None
            if record is not None:
                record["sub"] = pc()

            def tagged(engine, *a, **k):
                future = submit(engine, *a, **k)
                future._trace = record
                return future
            waiter = through(self, tagged, *args, **kwargs)

            async def resumed():
                value = await waiter
                if record is not None:
                    record["resumed"] = pc()
                return value
            return resumed()
        S.RoomServer._through_engine = traced_through

        def stamp(futures, key, t=None):
            t = pc() if t is None else t
            for f in futures:
                record = getattr(f, "_trace", None)
                if record is not None:
                    record[key] = t

        run_batch, commit, deliver = E.Engine._run_batch, E.Engine._commit, E.Engine._deliver
        deliver_acks = S.RoomServer._deliver_acks

        def traced_run_batch(self, items, pending):
            stamp([i.future for i in items], "picked")
            return run_batch(self, items, pending)

        def traced_commit(self, pending):
            t0 = pc()
            commit(self, pending)
            futures = [item.future for entries, *_ in pending for item, _ in entries]
            stamp(futures, "commit0", t0)
            stamp(futures, "committed")

        def traced_deliver(self):
            stamp([item.future for item, _ in self._done], "deliver")
            return deliver(self)

        def traced_deliver_acks(self):
            stamp([f for _, f in self._acks], "woke")
            return deliver_acks(self)
        E.Engine._run_batch, E.Engine._commit = traced_run_batch, traced_commit
        E.Engine._deliver, S.RoomServer._deliver_acks = traced_deliver, traced_deliver_acks

        serve = S.RoomServer._serve

        def traced_serve(self):
            new_loop = asyncio.new_event_loop

            def loop_with_timed_select():
                loop = new_loop()
                select = loop._selector.select

                def timed(timeout=None):
                    t0 = pc()
                    events = select(timeout)
                    if timeout is None or timeout > 0:
                        trace.blocked.append((t0, pc() - t0))
                    return events
                loop._selector.select = timed
                return loop
            asyncio.new_event_loop = loop_with_timed_select
            try:
                return serve(self)
            finally:
                asyncio.new_event_loop = new_loop
        S.RoomServer._serve = traced_serve

        def on_gc(phase, info):
            if phase == "start":
                trace._gc_start = pc()
            else:
                trace.gc.append((info["generation"], (pc() - trace._gc_start) * 1000))
        gc.callbacks.append(on_gc)

    def reset(self) -> None:
        self.records.clear()
        self.blocked.clear()
        self.gc.clear()

    def windows(self) -> list[tuple[float, float]]:
        """The bursts: from the first request in to the last out, split at 150 ms of silence."""
        times = sorted(r["in"] for r in self.records)
        if not times:
            return []
        out, start, last = [], times[0], times[0]
        for t in times[1:]:
            if t - last > 0.15:
                out.append((start, last))
                start = t
            last = t
        out.append((start, last))
        return out


def _sched(tid: int) -> list[int] | None:
    """(ns on a core, ns waiting for a core, slices) of one thread, on Linux."""
    try:
        with open(f"/proc/self/task/{tid}/schedstat") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return None


def main() -> None:
    if sys.argv[1:2] == ["--client"]:
        a = sys.argv[2:]
        asyncio.run(_phones(int(a[0]), a[1], int(a[2]), int(a[3]), int(a[4]),
                            [int(c) for c in a[5].split(",")]))
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--phones", type=int, default=300)
    ap.add_argument("--bursts", type=int, default=5)
    ap.add_argument("--py-spy", dest="py_spy", help="record the bursts with py-spy into FILE")
    args = ap.parse_args()
    if not 1 <= args.phones <= 2000 or not 1 <= args.bursts <= 20:
        sys.exit("1 to 2,000 phones, 1 to 20 bursts")

    trace = Trace()
    trace.install()
    from facilitator.engine import Engine
    from facilitator.room.server import RoomServer

    n, k = args.phones, args.bursts
    with tempfile.TemporaryDirectory() as d:
        store, rnd, cands = bench_room.session(Path(d))
        engine = Engine(store)
        # all phones come from 127.0.0.1 and send 6 requests a burst: limits raised, as in
        # bench_room (the per-device limit would refuse the third burst within 10 s)
        server = RoomServer(engine, rate_address=(10**6, 10.0), rate_device=(10**6, 10.0))
        server.start()
        proc = subprocess.Popen(
            [sys.executable, __file__, "--client", str(server.port), server.code, str(n), str(k),
             str(rnd), ",".join(map(str, cands))],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        try:
            if proc.stdout.readline().strip() != "JOINED":
                sys.exit("the phones did not join")
            loop_tid, writer_tid = server._thread.native_id, engine.writer_thread.native_id

            def cpu(thread):
                return time.clock_gettime(time.pthread_getcpuclockid(thread.ident))
            spy = None
            if args.py_spy:
                exe = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
                spy = subprocess.Popen([exe, "record", "--nonblocking", "--threads", "--gil",
                                        "--rate", "1000", "--format", "raw", "-o", args.py_spy,
                                        "--pid", str(os.getpid())],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                time.sleep(1.0)
            trace.reset()
            before = (cpu(server._thread), cpu(engine.writer_thread), _sched(loop_tid),
                      _sched(writer_tid), os.getloadavg()[0])
            proc.stdin.write("go\n")
            proc.stdin.flush()
            rows = [json.loads(proc.stdout.readline()) for _ in range(k)]
            after = (cpu(server._thread), cpu(engine.writer_thread), _sched(loop_tid),
                     _sched(writer_tid), os.getloadavg()[0])
            if spy is not None:
                spy.send_signal(2)
                spy.wait(30)
            proc.wait(60)
        finally:
            if proc.poll() is None:
                proc.kill()
            server.stop()
            engine.close()

    requests = n * 6 * k
    pct = bench_room.pct
    print(f"{n} phones, {k} bursts of {n * 6} requests; load average {before[4]:.1f} → "
          f"{after[4]:.1f} on {os.cpu_count()} cores")
    print(f"acknowledgement (the phones' clock): p50 {statistics.median(r['p50'] for r in rows):.0f} ms,"
          f" p99 {statistics.median(r['p99'] for r in rows):.0f} ms "
          f"[{min(r['p99'] for r in rows):.0f}–{max(r['p99'] for r in rows):.0f}] (median of "
          f"bursts [min–max]); a burst {statistics.median(r['burst_s'] for r in rows):.2f} s; "
          f"the phones' CPU {statistics.median(r['phones_cpu_s'] for r in rows):.2f} s a burst")
    print(f"CPU per request: server loop {(after[0] - before[0]) * 1000 / requests:.3f} ms, "
          f"engine writer {(after[1] - before[1]) * 1000 / requests:.3f} ms")
    for name, a, z in (("server loop", before[2], after[2]), ("engine writer", before[3], after[3])):
        if a and z:
            print(f"  {name}: on a core {(z[0] - a[0]) / 1e6 / k:.0f} ms a burst, waiting for a "
                  f"core {(z[1] - a[1]) / 1e6 / k:.0f} ms a burst, {(z[2] - a[2]) / k:.0f} slices")
    windows = trace.windows()
    wall = sum(z - a for a, z in windows)
    idle = sum(max(0.0, min(z, t0 + dt) - max(a, t0)) for a, z in windows
               for t0, dt in trace.blocked)
    if wall:
        print(f"  the loop idle in select within the bursts: {idle * 1000 / len(windows):.0f} ms "
              f"a burst ({100 * idle / wall:.0f} %)")
    whole = [r for r in trace.records if all(s in r for s in STAGES)]
    whole.sort(key=lambda r: r["out"] - r["in"])
    if whole:
        middle = whole[int(len(whole) * 0.45):int(len(whole) * 0.55)] or whole
        slow = whole[int(len(whole) * 0.98):] or whole
        print(f"stages of {len(whole)} requests (ms): p50 / p99 | mean of the middle 10 % / of "
              f"the slowest 2 %")
        for a, z in zip(STAGES, STAGES[1:]):
            values = [(r[z] - r[a]) * 1000 for r in whole]
            mean = (lambda g: sum(r[z] - r[a] for r in g) / len(g) * 1000)
            print(f"  {NAMES[a]:>16} → {NAMES[z]:<16} {pct(values, 50):6.1f} / {pct(values, 99):6.1f}"
                  f" | {mean(middle):6.1f} / {mean(slow):6.1f}")
        total = [(r["out"] - r["in"]) * 1000 for r in whole]
        print(f"  {'inside the server':>35} {pct(total, 50):6.1f} / {pct(total, 99):6.1f}")
    for generation in sorted({g for g, _ in trace.gc}):
        ms = sorted(t for g, t in trace.gc if g == generation)
        print(f"garbage collector, generation {generation}: {len(ms)} passes, "
              f"longest {ms[-1]:.0f} ms")


if __name__ == "__main__":
    main()
