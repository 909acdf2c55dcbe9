"""The built app (PyInstaller one-folder, and the .deb made from it) beside the pip-installed one.

Prints the size of the one-folder build and of the .deb, and the start-up of each app from launch
to the session opened (offscreen Qt; the moment the app takes its opening snapshot of the session,
which only an open session does), alternating built and pip-installed runs so that both see the
same machine.

    python benchmarks/bench_built_app.py [--dist DIR] [--runs 5]

Without --dist it builds first (packaging/build_linux.sh, a few minutes).
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def time_to_open(command: list[str], session: Path, timeout: float = 120) -> float:
    home = Path(tempfile.mkdtemp(prefix="bench-home-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACILITATOR_HOME=str(home))
    snaps = home / "data" / "snapshots"
    t0 = time.perf_counter()
    proc = subprocess.Popen([*command, "open", str(session)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - t0 < timeout:
            if snaps.is_dir() and any(snaps.rglob("*.atelier")):
                return time.perf_counter() - t0
            if proc.poll() is not None:
                raise RuntimeError(f"{command[0]} ended before opening the session")
            time.sleep(0.01)
        raise RuntimeError(f"{command[0]} did not open the session in {timeout} s")
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(home, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dist", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    dist = args.dist
    if dist is None:
        dist = Path(tempfile.mkdtemp(prefix="bench-dist-"))
        t = time.perf_counter()
        subprocess.run(["bash", str(ROOT / "packaging" / "build_linux.sh"), str(dist)], check=True,
                       env=dict(os.environ, PYTHON=sys.executable), stdout=subprocess.DEVNULL)
        print(f"build: {time.perf_counter() - t:.0f} s")
    built = dist / "facilitateur" / "facilitateur"
    debs = sorted(dist.glob("facilitateur_*.deb"))
    print(f"one-folder build: {size_mb(dist / 'facilitateur'):.0f} MB"
          + (f"; .deb: {size_mb(debs[0]):.0f} MB" if debs else ""))
    pip_app = Path(sys.executable).parent / "facilitator"
    with tempfile.TemporaryDirectory() as d:
        session = Path(d) / "séance.atelier"
        subprocess.run([str(pip_app), "demo", str(session), "--no-open"], check=True,
                       env=dict(os.environ, FACILITATOR_HOME=str(Path(d) / "h")),
                       stdout=subprocess.DEVNULL)
        a, b = [], []
        time_to_open([str(built)], session)      # warm-up: the disk cache, both
        time_to_open([str(pip_app)], session)
        for _ in range(args.runs):
            a.append(time_to_open([str(built)], session))
            b.append(time_to_open([str(pip_app)], session))
    ratios = [x / y for x, y in zip(a, b)]
    print(f"launch → demo session opened (offscreen), median of {args.runs} [min–max]:")
    print(f"  built app     {statistics.median(a):.2f} s [{min(a):.2f}–{max(a):.2f}]")
    print(f"  pip-installed {statistics.median(b):.2f} s [{min(b):.2f}–{max(b):.2f}]")
    print(f"  ratio built / pip, pair by pair: {statistics.median(ratios):.2f}× "
          f"[{min(ratios):.2f}–{max(ratios):.2f}]")


if __name__ == "__main__":
    main()
