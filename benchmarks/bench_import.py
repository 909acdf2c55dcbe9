"""Importing a large session archive: 100,000 participants, 20,000 ideas and 75,000 votes.

Prints, in the same process and on the same disk:
- `facilitator import` as the command runs it (archive.load, then archive.import_archive:
  parse, validate every key and voting rule, write the session file), target under 10 s;
- the baseline: the same rows written by raw sqlite3 `executemany` into a session file of the
  same schema (no parsing, no checking), so the figure reads as a multiple of SQLite's own cost;
- the same rows through sqlite-utils `insert_all` (the other bulk writer we could have used);
- peak memory of load + import (tracemalloc, in a second run: it slows Python down), beside
  the archive's size, and the process's maximum resident size (getrusage).

    python benchmarks/bench_import.py [--participants 100000] [--ideas 20000] [--votes 75000]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.export import archive  # noqa: E402
from facilitator.store import Store  # noqa: E402

TARGET_S = 10.0
MB = 1024 * 1024   # as the archive's size limit counts them


def make_archive(people: int, ideas: int, votes: int) -> dict:
    """A plausible (if enormous) session: every vote named and within the round's rules."""
    per_person = 3
    voters = votes // per_person
    cands = min(ideas, 300)
    return {
        "format": "facilitator-session", "version": 1,
        "session": {"title": "Grande consultation régionale", "date": "2026-11-27",
                    "start_time": "09:00", "language": "fr", "facilitators": ["Julie"]},
        "participants": [{"id": str(i + 1), "name": f"Personne n° {i + 1} — Élise",
                          "organization": f"Organisme {i % 97}", "present": i % 3 != 0,
                          "email": None} for i in range(people)],
        "agenda": [{"id": str(i + 1), "title": f"Point {i + 1}", "planned_minutes": 15,
                    "actual_seconds": None, "objective": None, "method": None, "notes": None,
                    "materials": None} for i in range(20)],
        "themes": [{"id": str(i + 1), "title": f"Thème {i + 1}", "color": "#00aaff"}
                   for i in range(50)],
        "ideas": [{"id": str(i + 1), "text": f"Idée « {i + 1} » : une navette 🚌 entre villages",
                   "theme": str(i % 50 + 1), "agenda_item": str(i % 20 + 1),
                   "author": str(i % people + 1), "created_at": "2026-11-27T10:00:00-05:00"}
                  for i in range(ideas)],
        "rounds": [{"id": "1", "title": "Priorités", "target": "ideas",
                    "candidates": [str(i + 1) for i in range(cands)],
                    "dots_per_participant": per_person, "max_per_item": 1, "anonymous": False,
                    "status": "closed", "revealed": True, "ballots_cast": [],
                    "votes": [{"item": str((p * 7 + k * 13) % cands + 1),
                               "participant": str(p + 1), "dots": 1}
                              for p in range(voters) for k in range(per_person)]}],
        "actors": [{"id": str(i + 1), "name": f"Acteur {i + 1}", "kind": "community",
                    "roles": {"eclaireur": {"current": 1, "desired": 2}}} for i in range(50)],
        "decisions": [{"id": str(i + 1), "number": f"CM-2026-11-{i + 1:03d}", "text": "Adopter",
                       "proposed_by": "1", "seconded_by": "2", "outcome": "adopted",
                       "votes_for": 12, "votes_against": 0, "abstentions": 1}
                      for i in range(100)],
        "actions": [{"id": str(i + 1), "text": "Écrire au ministère", "owner": "Julie",
                     "due": "2026-12-15", "status": "open", "idea": "1"} for i in range(100)],
    }


def rows(data: dict) -> dict[str, tuple[str, list[tuple]]]:
    """The same rows the import writes, ready for executemany (ids and positions given)."""
    out = {
        "participant": ("INSERT INTO participant (id, name, organization, present, email, position)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        [(int(p["id"]), p["name"], p["organization"], int(p["present"]), None, i)
                         for i, p in enumerate(data["participants"])]),
        "idea": ("INSERT INTO idea (id, text, theme_id, agenda_item_id, author_id, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?)",
                 [(int(i["id"]), i["text"], int(i["theme"]), int(i["agenda_item"]),
                   int(i["author"]), i["created_at"]) for i in data["ideas"]]),
        "vote": ("INSERT INTO vote (round_id, item_id, participant_id, dots) VALUES (?, ?, ?, ?)",
                 [(1, int(v["item"]), int(v["participant"]), v["dots"])
                  for v in data["rounds"][0]["votes"]]),
    }
    return out


def raw_baseline(folder: Path, data: dict) -> float:
    """Raw sqlite3 executemany of the bulk rows into a fresh session file, one transaction."""
    f = folder / "raw.atelier"
    Store.create(f, "raw").close()
    prepared = rows(data)
    t = time.perf_counter()
    con = sqlite3.connect(f, isolation_level=None)
    con.execute("PRAGMA synchronous = FULL")
    con.execute("BEGIN")
    con.executemany("INSERT INTO agenda_item (id, title, planned_minutes, position) "
                    "VALUES (?, ?, 15, ?)", [(i + 1, f"Point {i + 1}", i) for i in range(20)])
    con.executemany("INSERT INTO theme (id, title, color, position) VALUES (?, ?, ?, ?)",
                    [(i + 1, f"Thème {i + 1}", "#00aaff", i) for i in range(50)])
    con.execute("INSERT INTO round (id, title, target, dots_per_participant, position) "
                "VALUES (1, 'Priorités', 'ideas', 3, 0)")
    for table in ("participant", "idea", "vote"):
        sql, values = prepared[table]
        con.executemany(sql, values)
    con.execute("COMMIT")
    con.close()
    return time.perf_counter() - t


def sqlite_utils_reference(folder: Path, data: dict) -> float | None:
    """The same bulk rows through sqlite-utils insert_all (batched INSERTs), one transaction."""
    try:
        import sqlite_utils
    except ImportError:
        return None
    f = folder / "su.atelier"
    Store.create(f, "su").close()
    prepared = rows(data)
    cols = {"participant": ("id", "name", "organization", "present", "email", "position"),
            "idea": ("id", "text", "theme_id", "agenda_item_id", "author_id", "created_at"),
            "vote": ("round_id", "item_id", "participant_id", "dots")}
    t = time.perf_counter()
    db = sqlite_utils.Database(sqlite3.connect(f, isolation_level=None))
    with db.atomic():
        db.execute("INSERT INTO agenda_item (id, title, planned_minutes, position) "
                   "SELECT value, 'Point', 15, value FROM json_each('[1,2,3,4,5,6,7,8,9,10,11,"
                   "12,13,14,15,16,17,18,19,20]')")
        for i in range(50):
            db.execute("INSERT INTO theme (id, title, color, position) VALUES (?, ?, ?, ?)",
                       (i + 1, f"Thème {i + 1}", "#00aaff", i))
        db.execute("INSERT INTO round (id, title, target, dots_per_participant, position) "
                   "VALUES (1, 'Priorités', 'ideas', 3, 0)")
        for table in ("participant", "idea", "vote"):
            db[table].insert_all((dict(zip(cols[table], r)) for r in prepared[table][1]),
                                 batch_size=500)
    db.conn.close()
    return time.perf_counter() - t


def import_once(src: Path, out: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): on a shared machine the CPU time is what
    the import would take alone."""
    t, c = time.perf_counter(), time.process_time()
    archive.import_archive(archive.load(src), out)
    return time.perf_counter() - t, time.process_time() - c


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--participants", type=int, default=100_000)
    ap.add_argument("--ideas", type=int, default=20_000)
    ap.add_argument("--votes", type=int, default=75_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        folder = Path(tmp)
        data = make_archive(args.participants, args.ideas, args.votes)
        src = folder / "big.json"
        src.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        size_mb = src.stat().st_size / MB
        n_votes = len(data["rounds"][0]["votes"])
        print(f"archive: {args.participants:,} participants, {args.ideas:,} ideas, "
              f"{n_votes:,} votes; {size_mb:.1f} MB (limit {archive.MAX_ARCHIVE_BYTES / MB:.0f} MB)")

        t_parse = time.perf_counter()
        parsed = archive.load(src)
        t_parse = time.perf_counter() - t_parse
        t_valid = time.perf_counter()
        archive.validate(parsed)
        t_valid = time.perf_counter() - t_valid
        del parsed
        t_import, cpu_import = import_once(src, folder / "imported.atelier")
        with Store.open(folder / "imported.atelier") as s:
            counts = s.counts()
        assert counts["participants"] == args.participants and counts["votes"] == n_votes, counts

        # linear time: a tenth of the data should take about a tenth of the time
        small = folder / "small.json"
        small.write_text(json.dumps(make_archive(args.participants // 10, args.ideas // 10,
                                                 args.votes // 10), ensure_ascii=False, indent=2),
                         encoding="utf-8")
        _, cpu_small = import_once(small, folder / "small.atelier")

        t_raw = raw_baseline(folder, data)
        t_su = sqlite_utils_reference(folder, data)
        del data

        tracemalloc.start()
        import_once(src, folder / "again.atelier")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        maxrss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        verdict = "OK" if t_import < TARGET_S else "SLOW"
        load = os.getloadavg()[0]
        print(f"import (load + validate + write): {t_import:6.2f} s   target < {TARGET_S:.0f} s  "
              f"{verdict}   (CPU {cpu_import:.2f} s; load average {load:.1f} on "
              f"{os.cpu_count()} cores)")
        print(f"  of which JSON parse {t_parse:.2f} s, validation with the voting rules "
              f"{t_valid:.2f} s")
        print(f"  a tenth of the data: CPU {cpu_small:.2f} s, so 10x the data costs "
              f"{cpu_import / cpu_small:.1f}x (linear: about 10x)")
        print(f"baseline raw sqlite3 executemany of the same rows: {t_raw:6.2f} s   "
              f"(import = {t_import / t_raw:.1f}x)")
        if t_su is not None:
            print(f"sqlite-utils insert_all of the same rows:        {t_su:6.2f} s   "
                  f"({t_su / t_raw:.1f}x raw)")
        print(f"peak Python memory of load + import (tracemalloc): {peak / MB:6.0f} MB "
              f"= {peak / MB / size_mb:.1f}x the archive's size; process max RSS "
              f"{maxrss_mb:.0f} MB (includes building the archive)")
        print(f"so the {archive.MAX_ARCHIVE_BYTES / MB:.0f} MB limit bounds an import to about "
              f"{peak / size_mb * archive.MAX_ARCHIVE_BYTES / MB / MB:.0f} MB of memory")


if __name__ == "__main__":
    main()
