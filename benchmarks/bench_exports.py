"""PDF and Word export times of the grand forum (benchmarks/forum.py), median of 3 runs.

Each figure is printed with its target and with its ratio to a baseline measured in the same
process, on the same text, so that a slower or faster machine can be told from a slower export:
- PDF: a minimal reportlab document holding the report's text in plain paragraphs (one font,
  no tables, no charts);
- DOCX: a minimal python-docx document with one paragraph per line of the same text.

    python benchmarks/bench_exports.py [--scale N]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

from forum import make_forum  # noqa: E402

from facilitator.export import formats, markdown  # noqa: E402
from facilitator.export.report import build_report  # noqa: E402
from facilitator.store import Store  # noqa: E402

TARGETS = {"pdf": 5.0, "docx": 5.0}
RUNS = 3


def _median(fn) -> float:
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _baseline_pdf(lines: list[str], out: Path) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["Normal"]
    SimpleDocTemplate(str(out)).build([Paragraph(escape(line), style) for line in lines])


def _baseline_docx(lines: list[str], out: Path) -> None:
    from docx import Document

    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    doc.save(str(out))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--scale", type=int, default=1)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        session = make_forum(folder / "forum.atelier", scale=args.scale)
        print(f"grand forum ×{args.scale} written in {time.perf_counter() - t:.2f} s")
        with Store.open(session) as store:
            counts = store.counts()
            print("  " + ", ".join(f"{k} {v}" for k, v in counts.items()))
            t = time.perf_counter()
            report = build_report(store)
            print(f"report view built in {time.perf_counter() - t:.2f} s")
            # the same text, plainly: Latin-1 only for the baseline's standard font
            lines = [ln.encode("latin-1", "replace").decode("latin-1")
                     for ln in markdown.render(report).splitlines() if ln.strip()]
            results = {}
            for fmt in ("pdf", "docx"):
                n = [0]

                def run(fmt=fmt, n=n) -> None:
                    n[0] += 1
                    formats.export(store, fmt, folder / f"forum{n[0]}.{fmt}")

                results[fmt] = _median(run)
            base = {"pdf": _median(lambda: _baseline_pdf(lines, folder / "base.pdf")),
                    "docx": _median(lambda: _baseline_docx(lines, folder / "base.docx"))}
            size = {fmt: (folder / f"forum1.{fmt}").stat().st_size for fmt in results}
        print(f"{'format':<6} {'median':>8} {'target':>8} {'baseline':>9} {'ratio':>6}  size")
        ok = True
        for fmt, secs in results.items():
            ok &= secs < TARGETS[fmt]
            print(f"{fmt:<6} {secs:>7.2f}s {'< ' + str(TARGETS[fmt]) + 's':>8} "
                  f"{base[fmt]:>8.2f}s {secs / base[fmt]:>5.1f}x  {size[fmt] / 1e6:.1f} MB "
                  f"{'ok' if secs < TARGETS[fmt] else 'OVER TARGET'}")
        print(f"({RUNS} runs each; baseline = the same text as plain paragraphs, "
              f"{len(lines)} lines, in a minimal document)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
