"""Sessions for the export tests: a fixed small council meeting (golden files), and the hostile
corpus (text that breaks naive exporters)."""
from __future__ import annotations

from pathlib import Path

from facilitator.store import Store

GOLDEN = Path(__file__).parent / "golden"

#: Text that breaks exporters that trust it: markup, formulas, control characters, scripts.
HOSTILE = {
    "lt": "a<b",
    "amp": "R&D <b>",
    "img": '<img src="/etc/passwd"/>',
    "link": '<a href="javascript:x">clic</a>',
    "formula": '=HYPERLINK("x")',
    "plus": "+1",
    "at": "@SUM(A1)",
    "minus": "-2+3",
    "control": "bip\x07 fin\x1b[31m rouge\x0b",
    "surrogate": "avant \ud800 après",
    "guillemets": "« guillemets » ‹ simples ›",
    "syllabics": "ᐃᓄᒃᑎᑐᑦ ᐅᖃᐅᓯᖅ",
    "emoji": "Bravo 🎉👍 ✅ ❤",
    "hebrew": "עברית",
    "arabic": "العربية",
    "md": "*gras* _it_ `code` [lien](http://x.example) ![i](http://x.example/i.png) | # titre",
    "md_auto": "<http://x.example> https://www.example.com",
    "star_line": "- puce\n1. liste\n> citation",
}
LONG_IDEA = " ".join(f"mot{i}" for i in range(20000))[:100_000]


def fill_small(store: Store) -> None:
    """A council meeting with every section filled; fixed so golden files never drift."""
    with store.transaction():
        store.session.update(
            date="2026-11-12", start_time="19:00", place="Salle du conseil, Baie-Comeau",
            organizer="MRC de Manicouagan", facilitators=["Marie Tremblay", "Jean Gagnon"],
            notes="Séance ordinaire tenue en présentiel.\nProchaine séance : 10 décembre.")
        p = store.participants
        alice = p.add("Alice Côté", "Ville de Baie-Comeau", True)
        bruno = p.add("Bruno Lévesque", "Municipalité de Pointe-Lebel", True)
        chloe = p.add("Chloé Fontaine", None, True)
        david = p.add("David Paul", "Conseil des Innus de Pessamit", True)
        p.add("Émilie Roy", "CISSS de la Côte-Nord", False)
        p.add("Félix Otis", None, False)
        a = store.agenda
        a1 = a.add("Ouverture et adoption de l'ordre du jour", 10, "Ouvrir la séance", "Plénière",
                   actual_seconds=540)
        a2 = a.add("Tempête d'idées : mobilité rurale", 45, "Faire émerger les besoins",
                   "Post-it", actual_seconds=3120, notes="Beaucoup d'idées sur le covoiturage.")
        a.add("Vote par points", 20, None, "Gommettes", actual_seconds=1200)
        a.add("Varia et levée de la séance", 15)
        i = store.ideas
        t1 = i.add_theme("Transport collectif", "#2e86ab")
        t2 = i.add_theme("Covoiturage", "#f18f01")
        t3 = i.add_theme("Vélo & marche", None)
        stamp = "2026-11-12T19:20:00-05:00"
        i1 = i.add("Navette entre Pointe-Lebel et Baie-Comeau", t1, a2, alice, created_at=stamp)
        i2 = i.add("Horaire d'autobus adapté aux quarts de travail", t1, a2, bruno,
                   created_at=stamp)
        i3 = i.add("Plateforme régionale de covoiturage", t2, a2, chloe, created_at=stamp)
        i4 = i.add("Stationnements incitatifs", t2, a2, None, created_at=stamp)
        i5 = i.add("Pistes cyclables sécuritaires sur la 138", t3, a2, david, created_at=stamp)
        i.add("Trottoirs déneigés l'hiver", t3, a2, alice, created_at=stamp)
        i.add("Taxi collectif le soir", None, a2, bruno, created_at=stamp)
        v = store.voting
        r1 = v.add_round("Priorités de mobilité", "ideas", [i1, i2, i3, i4, i5], 3, 2,
                         anonymous=True, status="closed")
        for pid, ballot in ((alice, {i1: 2, i3: 1}), (bruno, {i1: 2, i3: 1}),
                            (chloe, {i3: 1, i5: 2}), (david, {i5: 1, i4: 1})):
            for item, dots in ballot.items():
                v.add_vote(r1, item, pid, dots)
        v.add_vote(r1, i2, None, 2)   # counted on paper
        r2 = v.add_round("Thème à approfondir", "themes", [t1, t2, t3], 1, None,
                         anonymous=False, status="closed")
        v.add_vote(r2, t1, alice, 1)
        v.add_vote(r2, t2, bruno, 1)
        v.add_vote(r2, t1, david, 1)
        ac = store.actors
        mrc = ac.add("MRC de Manicouagan", "municipal")
        for key, lv in {"animateur": (3, 3), "entrepreneur": (2, 3), "facilitateur": (2, 2),
                        "accelerateur": (2, 2)}.items():
            ac.set_level(mrc, key, *lv)
        cegep = ac.add("Cégep de Baie-Comeau", "public institution")
        ac.set_level(cegep, "developpeur", 2, 3)
        ac.set_level(cegep, "eclaireur", 1, 2)
        coop = ac.add("Coop de solidarité Vélo-Nord", "community")
        ac.set_level(coop, "experimentateur", 1, 3)
        ac.add("Chambre de commerce", "business")
        d = store.decisions
        d.add("CM-2026-11-045", "Que le conseil adopte l'ordre du jour tel que présenté.",
              alice, bruno, "adopted_unanimously")
        d.add("CM-2026-11-046", "Que la MRC mandate la direction générale pour étudier une "
              "navette entre Pointe-Lebel et Baie-Comeau.", chloe, david, "adopted", 3, 1, 0)
        d.add("CM-2026-11-047", "Que la MRC finance des stationnements incitatifs.", bruno,
              None, "rejected", 1, 3, 0)
        d.add("CM-2026-11-048", "Que la MRC adhère à la plateforme régionale de covoiturage.",
              None, None, "deferred")
        d.add_action("Étude de faisabilité de la navette", "Direction générale", "2027-02-28")
        d.add_action("Inventaire des pistes cyclables", "Coop Vélo-Nord", None, "done")
        d.add_action("Relancer le CISSS sur les horaires", None, "2026-12-10")


def fill_hostile(store: Store, *, anonymous_names: list[str] | None = None) -> None:
    """Every field that a person can type filled with hostile text."""
    texts = list(HOSTILE.values())
    with store.transaction():
        store.session.update(
            title="Séance <b>&amp; " + HOSTILE["img"], date="2026-11-12", start_time="9:00",
            place=HOSTILE["link"], organizer=HOSTILE["formula"],
            facilitators=[HOSTILE["amp"], HOSTILE["emoji"]], notes="\n".join(texts))
        pids = [store.participants.add(t.replace("\n", " "), t, n % 2 == 0)
                for n, t in enumerate(texts)]
        aid = store.agenda.add(HOSTILE["lt"], 5, HOSTILE["img"], HOSTILE["link"],
                               "\n".join(texts), actual_seconds=400)
        tids = [store.ideas.add_theme(t) for t in texts[:4]]
        iids = []
        for n, t in enumerate(texts):
            iids.append(store.ideas.add(t, tids[n % 4] if n % 5 else None, aid, pids[n],
                                        created_at="2026-11-12T09:30:00-05:00"))
        iids.append(store.ideas.add(LONG_IDEA, None, aid, None,
                                    created_at="2026-11-12T09:30:00-05:00"))
        rid = store.voting.add_round(HOSTILE["formula"], "ideas", iids[:6], 3, None, False,
                                     "closed")
        for n, pid in enumerate(pids[:6]):
            store.voting.add_vote(rid, iids[n], pid, 1)
        for n, t in enumerate(texts):
            a = store.actors.add(t, t)
            store.actors.set_level(a, "animateur", n % 4, (n + 1) % 4)
            store.decisions.add(f"{n:02d} {t}", t, pids[n], pids[-1 - n],
                                ("adopted", "adopted_unanimously", "rejected", "deferred")[n % 4])
            store.decisions.add_action(t, t, "2026-12-01", ("open", "done")[n % 2])
        store.decisions.add_action(LONG_IDEA, None, None)
        if anonymous_names:
            secret = [store.participants.add(n, None, True) for n in anonymous_names]
            r = store.voting.add_round("Secret", "ideas", iids[:3], 2, None, True, "closed")
            for n, pid in enumerate(secret):
                store.voting.add_vote(r, iids[n % 3], pid, 1)
