"""PDF and Word export times of the grand forum (benchmarks/forum.py), each beside a baseline
laying out the same content in the same process, at 1x and (with --ten) 10x the data.

- PDF baseline: plain reportlab, no application code, laying out the same content as the
  minutes: the same paragraphs (title page, headings, every idea, decision, action and note)
  and the same tables (attendance, agenda, themes, each round's ranking, the role levels with a
  colour per cell, actions), in the same embedded TrueType font (DejaVu Sans), as anyone would
  write it with reportlab's documented API (Paragraph, LongTable with repeatRows, TableStyle).
  Only the two vector charts per section (vote bars, role wheel) are left out of it.
- DOCX baseline: python-docx with one paragraph per line of the same text.

Each figure is printed as median [min–max] over RUNS runs; the ratio is median over median;
the growth is the 10x median over the 1x median.

    python benchmarks/bench_exports.py [--ten] [--runs N] [--only pdf|docx]
    python benchmarks/bench_exports.py --long-word     # one word of 25,000 and 100,000 characters

--long-word: a session whose every kind of field (title, a participant's name and organisation,
an agenda item, an idea, a round, an actor, a decision, an action) holds one word without a
space, at 25,000 then 100,000 characters: the PDF export time should grow about 4x, not 16x.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))                        # this checkout's code, not an installed one
sys.path.insert(1, str(Path(__file__).resolve().parent))

from forum import make_forum  # noqa: E402

from facilitator.export import formats, markdown  # noqa: E402
from facilitator.export.report import Report, build_report  # noqa: E402
from facilitator.store import Store  # noqa: E402

TARGETS = {"pdf": 5.0, "docx": 5.0}


def _spread(fn, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return times


# -- the PDF baseline: plain reportlab, the same paragraphs and tables ---------------------------
def _plain_pdf(r: Report, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import LongTable, PageBreak, Paragraph, SimpleDocTemplate, TableStyle

    fonts = ROOT / "resources" / "fonts"
    if "Plain" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Plain", str(fonts / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("Plain-Bold", str(fonts / "DejaVuSans-Bold.ttf")))
    body = ParagraphStyle("b", fontName="Plain", fontSize=9.5, leading=13)
    cell = ParagraphStyle("c", fontName="Plain", fontSize=8.5, leading=10.8)
    h1 = ParagraphStyle("h1", fontName="Plain-Bold", fontSize=15, leading=19, spaceBefore=12)
    h2 = ParagraphStyle("h2", fontName="Plain-Bold", fontSize=11.5, leading=15, spaceBefore=8)
    P = lambda text, style=body: Paragraph(escape(text or ""), style)  # noqa: E731
    C = lambda text: Paragraph(escape(text or ""), cell)  # noqa: E731
    grid = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.whitesmoke])]

    def table(rows, widths, extra=()):
        t = LongTable(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        t.setStyle(TableStyle(grid + list(extra)))
        return t

    W = A4[0] - 4 * 28.35
    tp = r.title_page
    story = [P(tp.title, h1), P(tp.date), P(tp.place), P(tp.organizer),
             P(", ".join(tp.facilitators)), PageBreak()]
    if r.attendance:
        story.append(P("Présences", h1))
        people = r.attendance.present + r.attendance.absent
        half = (len(people) + 1) // 2
        rows = [[C("Nom"), C("Organisation"), C("Nom"), C("Organisation")]]
        for a, b in zip(people[:half], people[half:] + [None]):
            rows.append([C(a.name), C(a.organization), C(b.name if b else ""),
                         C(b.organization if b else "")])
        story.append(table(rows, [W * 0.22, W * 0.28] * 2))
    if r.agenda:
        story.append(P("Ordre du jour", h1))
        rows = [[C(h) for h in ("#", "Point", "Début", "Fin", "Prévu", "Réel", "Dépassement")]]
        for a in r.agenda.rows:
            rows.append([C(str(a.number)), [C(a.title), C(a.objective), C(a.method)],
                         C(a.start), C(a.end), C(a.planned), C(a.actual), C(a.overrun)])
        story.append(table(rows, [W * 0.06, W * 0.46] + [W * 0.096] * 5))
    if r.ideas:
        story.append(P("Idées", h1))
        story.append(table([[C("Thème"), C("Nombre")]] + [[C(g.title), C(str(len(g.ideas)))]
                                                          for g in r.ideas.groups],
                           [W * 0.8, W * 0.2]))
        for g in r.ideas.groups:
            story.append(P(g.title, h2))
            story += [P("• " + i.text + (" — " + i.author if i.author else ""))
                      for i in g.ideas]
    for rnd in r.rounds or []:
        story += [P(rnd.title, h2), P(" · ".join(rnd.settings)), P(rnd.totals)]
        rows = [[C(h) for h in ("Rang", "Candidat", "Points", "Part", "Votants", "Noms")]]
        rows += [[str(x.rank), C(x.label), str(x.dots), x.share_text, str(x.voters),
                  C(", ".join(x.names))] for x in rnd.rows]
        story.append(table(rows, [W * 0.1, W * 0.4, W * 0.1, W * 0.1, W * 0.1, W * 0.2]))
    if r.roles:
        story.append(P("Rôles", h1))
        story.append(table([[C(s.label), C(s.description), str(s.held_current),
                             str(s.held_desired)] for s in r.roles.wheel],
                           [W * 0.2, W * 0.5, W * 0.15, W * 0.15]))
        heat = ["#f3f5f6", "#cfe3e8", "#7fb3c2", "#2f6f83"]
        rows = [[C("Acteur")] + [C(x) for x in r.roles.role_labels]]
        cmds = []
        for i, a in enumerate(r.roles.actors, start=1):
            rows.append([[C(a.name), C(a.kind)]] + [f"{c}→{d}" for c, d in
                                                     zip(a.current, a.desired)])
            cmds += [("BACKGROUND", (j, i), (j, i), colors.HexColor(heat[c]))
                     for j, c in enumerate(a.current, start=1)]
        story.append(table(rows, [W * 0.3] + [W * 0.1] * 7, cmds))
        story += [P("• " + g) for g in r.roles.gaps]
    if r.decisions:
        story.append(P("Décisions", h1))
        for d in r.decisions:
            story += [P(d.heading, h2)] + [P(x) for x in (*d.conflicts, d.body, d.roll_call,
                                                          d.quorum, d.conclusion) if x]
    if r.actions:
        story.append(P("Actions", h1))
        story.append(table([[C(h) for h in ("Quoi", "Qui", "Échéance", "Statut")]]
                           + [[C(a.text), C(a.owner), C(a.due), C(a.status_label)]
                              for a in r.actions], [W * 0.5, W * 0.2, W * 0.15, W * 0.15]))
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2 * 28.35, rightMargin=2 * 28.35,
                      topMargin=2.1 * 28.35, bottomMargin=1.9 * 28.35).build(story)


def _plain_docx(lines: list[str], out: Path) -> None:
    from docx import Document

    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    doc.save(str(out))


def measure(folder: Path, scale: int, runs: int, only: list[str]) -> dict:
    t = time.perf_counter()
    session = make_forum(folder / f"forum{scale}.atelier", scale=scale)
    print(f"grand forum ×{scale} written in {time.perf_counter() - t:.2f} s")
    res = {}
    with Store.open(session) as store:
        print("  " + ", ".join(f"{k} {v}" for k, v in store.counts().items()))
        report = build_report(store)
        lines = [ln for ln in markdown.render(report).splitlines() if ln.strip()]
        n = [0]
        for fmt in only:
            def run(fmt=fmt) -> None:
                n[0] += 1
                formats.export(store, fmt, folder / f"f{scale}-{n[0]}.{fmt}")

            if fmt == "pdf":
                base = lambda: _plain_pdf(report, folder / "base.pdf")  # noqa: E731
            else:
                base = lambda: _plain_docx(lines, folder / "base.docx")  # noqa: E731
            # alternate the two, so that both see the same load of the machine
            ours, theirs = [], []
            for _ in range(runs):
                ours += _spread(run, 1)
                theirs += _spread(base, 1)
            res[fmt] = (ours, theirs)
    return res


def long_word(runs: int) -> None:
    times = {}
    for n in (25_000, 100_000):
        w = "".join("abcdefghijklmnopqrstuvwxyz0123456789"[i * 7 % 36] for i in range(n))
        with tempfile.TemporaryDirectory() as tmp:
            with Store.create(Path(tmp) / "w.atelier", w) as store:
                with store.transaction():
                    pid = store.participants.add(w, w, True)
                    aid = store.agenda.add(w, 5, w, w)
                    iid = store.ideas.add(w, None, aid, pid)
                    rid = store.voting.add_round(w, "ideas", [iid], 3, None, False, "closed")
                    store.voting.add_vote(rid, iid, pid, 1)
                    store.actors.add(w, w)
                    store.decisions.add("D-1", w, pid, pid, "adopted")
                    store.decisions.add_action(w, w, None)
                k = [0]

                def run() -> None:
                    k[0] += 1
                    formats.export(store, "pdf", Path(tmp) / f"w{k[0]}.pdf")

                times[n] = _spread(run, runs)
        print(f"one {n:,}-character word in every field: PDF {fmt_spread(times[n])}")
    growth = statistics.median(times[100_000]) / statistics.median(times[25_000])
    print(f"4x the word: {growth:.1f}x the time (linear: about 4x)")


def fmt_spread(xs: list[float]) -> str:
    return f"{statistics.median(xs):6.2f} s [{min(xs):.2f}–{max(xs):.2f}]"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--ten", action="store_true", help="also 10x the data, and print growth")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--only", choices=["pdf", "docx"])
    p.add_argument("--long-word", action="store_true",
                   help="only the export of a session full of one long word")
    args = p.parse_args()
    if args.long_word:
        long_word(args.runs)
        return 0
    only = [args.only] if args.only else ["pdf", "docx"]
    with tempfile.TemporaryDirectory() as tmp:
        one = measure(Path(tmp), 1, args.runs, only)
        ten = measure(Path(tmp), 10, args.runs, only) if args.ten else None
    print(f"\n{'':6} {'ours ×1':>22} {'baseline ×1':>22} {'ratio':>6}", end="")
    print(f" {'ours ×10':>22} {'baseline ×10':>22} {'growth':>7} {'base growth':>11}"
          if ten else "")
    ok = True
    for fmt in only:
        ours, base = one[fmt]
        ratio = statistics.median(ours) / statistics.median(base)
        line = f"{fmt:6} {fmt_spread(ours):>22} {fmt_spread(base):>22} {ratio:5.2f}x"
        if ten:
            o10, b10 = ten[fmt]
            growth = statistics.median(o10) / statistics.median(ours)
            bgrowth = statistics.median(b10) / statistics.median(base)
            line += (f" {fmt_spread(o10):>22} {fmt_spread(b10):>22} {growth:6.1f}x"
                     f" {bgrowth:10.1f}x")
            ok &= growth <= 11
        ok &= statistics.median(ours) < TARGETS[fmt]
        print(line)
    print(f"({args.runs} runs each, alternated with the baseline; median [min–max]; targets: "
          "< 5 s at 1x, PDF ≤ 1.3x its baseline, growth ≤ 11x)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
