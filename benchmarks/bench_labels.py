"""One keypress on the role grid: the undo label computed apart from the change (as on main; then
with the labeller reading the actors once) beside the label the operation says from its own read
(`ops.Said`); and the catalogue's lookup beside a plain dict lookup.

    python benchmarks/bench_labels.py [--actors 60] [--presses 300]

Prints CPU time per keypress (label + change, one recorded transaction each, as the window's
engine runs it) and the statements on the actor tables, for a session of N actors with levels in
every role; then the cost of one report label read through the catalogue. Both ways run in the
same process, alternating, so they see the same machine.
"""
from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

from facilitator import ops
from facilitator.roles import ROLE_KEYS
from facilitator.store import Store

ACTOR_SQL = re.compile(r"^SELECT .* FROM (actor|actor_role)\b")


def make(n: int) -> tuple[Store, list[int]]:
    store = Store.create(Path(tempfile.mkdtemp()) / "bench.atelier", "Banc d'essai")
    with store.transaction():
        ids = [store.actors.add(f"Acteur {i}") for i in range(n)]
        for i, aid in enumerate(ids):
            for j, key in enumerate(ROLE_KEYS):
                store.actors.set_level(aid, key, (i + j) % 4, (i + 2 * j) % 4)
    return store, ids


def press_main(store, cells):
    """As main had it: the labeller read the actors for the cells, then again for the name."""
    label = ops.roles.set_levels.label(store, cells)
    store.actors.get(cells[0][0])
    store.recorded(lambda: ops.roles.set_levels(store, cells))
    return str(label)


def press_before(store, cells):
    label = ops.roles.set_levels.label(store, cells)
    store.recorded(lambda: ops.roles.set_levels(store, cells))
    return str(label)


def press_after(store, cells):
    said = ops.Said()
    store.recorded(lambda: ops.roles.set_levels(store, cells, said=said))
    return str(said)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--actors", type=int, default=60)
    ap.add_argument("--presses", type=int, default=300)
    args = ap.parse_args()
    store, ids = make(args.actors)
    cpu = {"as on main": 0.0, "label apart (before)": 0.0, "said by the op (after)": 0.0}
    statements = {k: 0 for k in cpu}
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    for n in range(args.presses):
        cells = [(ids[n % len(ids)], ROLE_KEYS[n % 7], (n // 7) % 4, 3)]
        for name, press in (("as on main", press_main), ("label apart (before)", press_before),
                            ("said by the op (after)", press_after)):
            cells = [(a, k, (c + 1) % 4, d) for a, k, c, d in cells]   # a real change each time
            seen.clear()
            t0 = time.process_time()
            press(store, cells)
            cpu[name] += time.process_time() - t0
            statements[name] += sum(1 for s in seen if ACTOR_SQL.match(" ".join(s.split())))
    store.conn.set_trace_callback(None)
    print(f"{args.actors} actors x 7 roles, {args.presses} keypresses each way")
    base = cpu["as on main"]
    for name, t in cpu.items():
        print(f"  {name:24s} {1000 * t / args.presses:7.3f} ms CPU a keypress "
              f"({t / base:4.2f}x), {statements[name] / args.presses:.0f} statements on the actors")
    store.close()

    from facilitator.catalogue import MESSAGES
    from facilitator.export.labels import label
    plain = {k: v[0] for k, v in MESSAGES.items()}
    n = 200_000
    t0 = time.process_time()
    for _ in range(n):
        plain["attendance_count"].format(present=3, total=4)
    t_plain = time.process_time() - t0
    t0 = time.process_time()
    for _ in range(n):
        label("attendance_count", "fr", present=3, total=4)
    t_cat = time.process_time() - t0
    print(f"a report label with fields: dict + format {1e6 * t_plain / n:.2f} µs, "
          f"catalogue label() {1e6 * t_cat / n:.2f} µs ({t_cat / t_plain:.2f}x)")


if __name__ == "__main__":
    main()
