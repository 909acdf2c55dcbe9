"""The "grand forum": a large session for measuring exports and screens.

At scale 1: 300 participants, 2,000 ideas in 60 themes, 40 agenda items, 5 dot-voting rounds
with 7,500 dot placements in all (each within the round's budget and cap), 150 actors with role
levels, 40 decisions, 80 actions. `scale` multiplies every count. Written with bulk inserts in
one transaction (a second or two at scale 1).

Anonymous rounds store what the app stores (facilitator/ops/voting.py): only the per-candidate totals, never a
person; their placements count among the 7,500.

    python -m benchmarks.forum OUT.atelier [--scale N] [--seed S]
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

from facilitator.roles import ROLE_KEYS
from facilitator.store import Store

FIRST = ("Marie", "Jean", "Sophie", "Luc", "Isabelle", "Pierre", "Nathalie", "François",
         "Julie", "Éric", "Geneviève", "Mathieu", "Chloé", "Rémi", "Amélie", "Gaétan",
         "Noémie", "Étienne", "Josée", "Benoît", "Aputi", "Tuumasi", "Sarah", "Ahmed")
LAST = ("Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie",
        "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron",
        "Paradis", "Saint-Pierre", "Nappaaluk", "Qumaq", "Bérubé")
ORGS = ("Ville de Rimouski", "MRC de la Mitis", "Cégep de Rimouski", "CISSS du Bas-Saint-Laurent",
        "Coop de solidarité", "Chambre de commerce", "Table de concertation jeunesse",
        "Corporation de développement communautaire", "Conseil de bande", "Comité citoyen",
        "Université du Québec à Rimouski", "Société de transport", None)
WORDS = ("mobilité", "logement", "abordable", "jeunes", "aînés", "transport", "collectif",
         "alimentation", "locale", "serre", "communautaire", "école", "parc", "sentier",
         "vélo", "covoiturage", "emploi", "formation", "numérique", "culture", "patrimoine",
         "fleuve", "forêt", "énergie", "solaire", "rénovation", "services", "proximité",
         "entraide", "bénévolat", "marché", "public", "hiver", "déneigement", "accès",
         "santé", "prévention", "loisirs", "famille", "garderie", "internet", "haute vitesse")
THEMES = ("Transport", "Logement", "Alimentation", "Environnement", "Économie locale",
          "Culture", "Santé", "Éducation", "Loisirs", "Numérique", "Gouvernance", "Jeunesse")
EXTRA = ("", "", "", "", "", " 🎉", " ✅", " — « essentiel »", " ᐃᓄᒃᑎᑐᑦ", " (R&D)")
KINDS = ("municipal", "community", "public institution", "business", "citizen group", "other")

BASE = {"participants": 300, "ideas": 2000, "themes": 60, "agenda": 40, "placements": 7500,
        "actors": 150, "decisions": 40, "actions": 80}


def _sentence(rnd: random.Random, low: int, high: int) -> str:
    words = [rnd.choice(WORDS) for _ in range(rnd.randint(low, high))]
    return (" ".join(words)).capitalize() + rnd.choice(EXTRA)


def make_forum(path: str | Path, scale: int = 1, seed: int = 1) -> Path:
    """Write the grand forum (every count × scale) to a new session file at `path`."""
    path = Path(path)
    rnd = random.Random(seed)
    n = {k: v * scale for k, v in BASE.items()}
    store = Store.create(path, "Grand forum régional — Bas-Saint-Laurent 2026")
    try:
        c = store.conn
        with store.transaction():
            store.session.update(
                date="2026-10-17", start_time="8:30", end_time="17:30",
                place="Centre des congrès de Rimouski", organizer="MRC de Rimouski-Neigette",
                facilitators=["Marie Tremblay", "Jean Gagnon", "Aputi Qumaq"],
                notes="Forum ouvert à toute la population.\n" + _sentence(rnd, 20, 40))
            pids = list(range(1, n["participants"] + 1))
            c.executemany(
                "INSERT INTO participant (id, name, organization, present, position) "
                "VALUES (?, ?, ?, ?, ?)",
                [(i, f"{rnd.choice(FIRST)} {rnd.choice(LAST)}", rnd.choice(ORGS),
                  int(rnd.random() < 0.85), i) for i in pids])
            c.executemany(
                "INSERT INTO agenda_item (id, title, objective, method, planned_minutes, "
                "actual_seconds, notes, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(i, _sentence(rnd, 2, 6), _sentence(rnd, 4, 10), rnd.choice(
                    ("Plénière", "World café", "Post-it", "Vote par points", "Atelier")),
                  rnd.choice((5, 10, 15, 20, 30)),
                  rnd.randint(240, 2100) if i <= n["agenda"] * 7 // 8 else None,
                  _sentence(rnd, 8, 30) if rnd.random() < 0.3 else None, i)
                 for i in range(1, n["agenda"] + 1)])
            tids = list(range(1, n["themes"] + 1))
            c.executemany(
                "INSERT INTO theme (id, title, color, position) VALUES (?, ?, ?, ?)",
                [(t, f"{THEMES[(t - 1) % len(THEMES)]} {(t - 1) // len(THEMES) + 1}",
                  "#%06x" % rnd.randrange(0x1000000), t) for t in tids])
            iids = list(range(1, n["ideas"] + 1))
            c.executemany(
                "INSERT INTO idea (id, text, theme_id, agenda_item_id, author_id, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(i, _sentence(rnd, 5, 30), rnd.choice(tids) if rnd.random() < 0.95 else None,
                  rnd.randint(1, n["agenda"]), rnd.choice(pids),
                  f"2026-10-17T{9 + i * 8 // n['ideas']:02d}:{rnd.randint(0, 59):02d}:00-04:00")
                 for i in iids])
            _rounds(c, rnd, pids, iids, tids, n["placements"])
            c.executemany(
                "INSERT INTO actor (id, name, kind, position) VALUES (?, ?, ?, ?)",
                [(a, f"{rnd.choice(ORGS[:-1])} {a}", rnd.choice(KINDS), a)
                 for a in range(1, n["actors"] + 1)])
            levels = []
            for a in range(1, n["actors"] + 1):
                for key in ROLE_KEYS:
                    cur = rnd.choice((0, 0, 0, 1, 1, 2, 3))
                    des = min(3, cur + rnd.choice((0, 0, 1, 2)))
                    if cur or des:
                        levels.append((a, key, cur, des))
            c.executemany("INSERT INTO actor_role (actor_id, role, current, desired) "
                          "VALUES (?, ?, ?, ?)", levels)
            outcomes = ("adopted", "adopted", "adopted_unanimously", "adopted_unanimously",
                        "rejected", "deferred")
            decisions = []
            for d in range(1, n["decisions"] + 1):
                outcome = rnd.choice(outcomes)
                counted = outcome in ("adopted", "rejected")
                decisions.append((d, f"FR-2026-10-{d:03d}", "Que " + _sentence(rnd, 10, 40)
                                  + ".", rnd.choice(pids), rnd.choice(pids), outcome,
                                  rnd.randint(5, 20) if counted else None,
                                  rnd.randint(0, 8) if counted else None,
                                  rnd.randint(0, 3) if counted else None, d))
            c.executemany(
                "INSERT INTO decision (id, number, text, proposed_by, seconded_by, outcome, "
                "votes_for, votes_against, abstentions, position) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", decisions)
            c.executemany(
                "INSERT INTO action (id, text, owner, due, status, idea_id, position) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(a, _sentence(rnd, 4, 15), rnd.choice(ORGS),
                  f"2027-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
                  if rnd.random() < 0.8 else None, rnd.choice(("open", "open", "done")),
                  rnd.choice(iids) if rnd.random() < 0.5 else None, a)
                 for a in range(1, n["actions"] + 1)])
    finally:
        store.close()
    return path


def _rounds(c, rnd: random.Random, pids, iids, tids, placements: int) -> None:
    """Five rounds; every participant places 5 dots rows per round (1 or 2 dots each, within a
    budget of 8 and a cap of 2), 5 × participants placements per round."""
    voters = pids[:max(1, placements // 25)]   # 5 rounds x 5 placements each
    plan = [("Priorités générales", "ideas", rnd.sample(iids, min(100, len(iids))), False),
            ("Thèmes prioritaires", "themes", list(tids), True),
            ("Priorités — transport et logement", "ideas", rnd.sample(iids, min(50, len(iids))),
             False),
            ("Projets à démarrer", "ideas", rnd.sample(iids, min(30, len(iids))), True),
            ("Second tour", "ideas", rnd.sample(iids, min(20, len(iids))), False)]
    vote_id = 0
    for r, (title, target, cands, anonymous) in enumerate(plan, start=1):
        c.execute("INSERT INTO round (id, title, target, dots_per_participant, max_per_item, "
                  "anonymous, status, revealed, position) VALUES (?, ?, ?, 8, 2, ?, 'closed', "
                  "1, ?)", (r, title, target, int(anonymous), r))
        c.executemany("INSERT INTO round_candidate (round_id, item_id, position) "
                      "VALUES (?, ?, ?)", [(r, item, k) for k, item in enumerate(cands)])
        rows, totals = [], {}
        for pid in voters:
            picks = rnd.sample(cands, min(5, len(cands)))
            dots = [rnd.choice((1, 1, 2)) for _ in picks]   # at most 10 > 8: trim below
            while sum(dots) > 8:
                dots[dots.index(2)] = 1
            for item, d in zip(picks, dots):
                if anonymous:
                    totals[item] = totals.get(item, 0) + d
                else:
                    vote_id += 1
                    rows.append((vote_id, r, item, pid, d))
        for item in cands:
            if totals.get(item):
                vote_id += 1
                rows.append((vote_id, r, item, None, totals[item]))
        c.executemany("INSERT INTO vote (id, round_id, item_id, participant_id, dots) "
                      "VALUES (?, ?, ?, ?, ?)", rows)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out")
    p.add_argument("--scale", type=int, default=1)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    print(make_forum(a.out, a.scale, a.seed))


if __name__ == "__main__":
    main()
