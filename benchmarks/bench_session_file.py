"""What the session file's safety costs (issue 11): opening (the journal checked to be the
session's own, merged into the file and marked), opening after a crash (a private merged copy is
checked first), the read-only open of `info`/`check`/`export`, and a checkpoint.

Each figure is printed beside a baseline measured in the same process: a raw sqlite3 open of the
same file with the same PRAGMAs as a session (exclusive lock, WAL, synchronous=FULL) and one
read — what opening costs with no application at all.

    python benchmarks/bench_session_file.py [--ideas 2000] [--runs 7]
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def median_ms(fn, runs: int) -> float:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return statistics.median(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ideas", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    from facilitator.store import Store

    folder = Path(tempfile.mkdtemp(prefix="bench-file-"))
    path = folder / "s.atelier"
    with Store.create(path, "Forum") as s, s.transaction():
        for n in range(args.ideas):
            s.ideas.add(f"Idée {n} : une navette entre les villages, le samedi " * 2)
    size = path.stat().st_size

    def raw_open() -> None:
        con = sqlite3.connect(path, isolation_level=None, timeout=0)
        con.execute("PRAGMA locking_mode = EXCLUSIVE")
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        con.execute("SELECT count(*) FROM idea").fetchone()
        con.close()

    def store_open() -> None:
        Store.open(path).close()

    def read_only_open() -> None:
        with Store.open(path, read_only=True) as s:
            s.counts()

    crashed = folder / "crash.atelier"

    def make_crash(ideas: int) -> None:
        for p in folder.glob("crash.atelier*"):
            p.unlink()
        shutil.copyfile(path, crashed)
        pid = os.fork()
        if pid == 0:
            s = Store.open(crashed)
            for n in range(ideas):
                s.recorded(lambda: s.ideas.add(f"après {n} " + "x" * 200))
            os._exit(0)
        os.waitpid(pid, 0)

    def timed_after_crash(fn, ideas: int) -> float:
        out = []
        for _ in range(max(3, args.runs // 2)):
            make_crash(ideas)
            t = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t) * 1000)
        return statistics.median(out)

    rows = []
    base = median_ms(raw_open, args.runs)
    rows.append(("raw sqlite3 open + one read (baseline)", base))
    rows.append(("Store.open + close, clean file", median_ms(store_open, args.runs)))
    rows.append(("Store.open(read_only) + counts, clean file", median_ms(read_only_open,
                                                                        args.runs)))
    rows.append(("Store.open + close after a crash, 100 unmerged ideas",
                 timed_after_crash(lambda: Store.open(crashed).close(), 100)))
    rows.append(("Store.open(read_only) after a crash, 100 unmerged ideas",
                 timed_after_crash(lambda: Store.open(crashed, read_only=True).close(), 100)))
    s = Store.open(path)
    ck = []
    for _ in range(args.runs):
        for n in range(50):
            s.recorded(lambda: s.ideas.add(f"encore {n}"))
        t = time.perf_counter()
        s.checkpoint()
        ck.append((time.perf_counter() - t) * 1000)
    s.close()
    rows.append(("Store.checkpoint() after 50 ideas", statistics.median(ck)))
    print(f"session of {args.ideas} ideas, {size / 1e6:.1f} MB; median of {args.runs} runs")
    for label, ms in rows:
        print(f"  {label:<58} {ms:8.1f} ms  ×{ms / base:5.1f} baseline")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
