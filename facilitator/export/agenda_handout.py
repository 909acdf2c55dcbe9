"""The agenda as a one-page PDF handout, for the room's walls or the participants.

Session title, date, place, then each item with its clock time (from the start time), title,
objective, method and length; the planned end at the bottom. Facilitator notes and materials
are never printed here. A long agenda is shrunk to stay on one page, on Letter or A4 (see
`paper`: the system's default unless asked). Every user string goes
through `pdffonts.markup` (escaped: `a<b`, `R&D <b>` print as typed; emoji and syllabics drawn
with the embedded fonts).
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Table, TableStyle

from .. import agenda as rules
from ..errors import FileError
from . import pdffonts as F
from .labels import fmt_colon, fmt_date, fmt_minutes, label, norm_lang
from .paper import check_paper, page_size

MARGIN = 1.6 * cm
INK = colors.HexColor("#102a43")
SOFT = colors.HexColor("#486581")
RULE = colors.HexColor("#bcccdc")
BAND = colors.HexColor("#f0f4f8")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=F.REGULAR, fontSize=10.5, leading=13.5,
                          textColor=INK)
    return {
        "title": ParagraphStyle("title", base, fontName=F.BOLD, fontSize=20, leading=24,
                                spaceAfter=4),
        "meta": ParagraphStyle("meta", base, textColor=SOFT, fontSize=11, leading=14),
        "heading": ParagraphStyle("heading", base, fontName=F.BOLD, fontSize=13, leading=16,
                                  spaceBefore=10, spaceAfter=6),
        "head": ParagraphStyle("head", base, fontName=F.BOLD, fontSize=9, leading=11,
                               textColor=SOFT),
        "time": ParagraphStyle("time", base, fontName=F.BOLD),
        "item": ParagraphStyle("item", base, fontName=F.BOLD),
        "objective": ParagraphStyle("objective", base, fontSize=9.5, leading=12,
                                    textColor=SOFT),
        "cell": base,
        "right": ParagraphStyle("right", base, alignment=2),
        "total": ParagraphStyle("total", base, fontName=F.BOLD, spaceBefore=8),
    }


def build_story(store, lang: str | None = None, paper: str | None = None) -> list:
    """The flowables of the handout (one KeepInFrame that shrinks to one page of `paper`)."""
    F.register()
    page_w, page_h = page_size(paper)
    session = store.session.get()
    lang = norm_lang(lang or session.language)
    st = _styles()
    items = store.agenda.list()
    slots = {s.item_id: s for s in rules.schedule(items, session.start_time)}
    esc = F.markup

    story: list = [Paragraph(esc(session.title, F.BOLD), st["title"])]
    meta = [fmt_date(session.date, lang)]
    start = rules.parse_hhmm(session.start_time)
    if start is not None:
        end = start + rules.total_minutes(items)
        meta.append(f"{rules.fmt_hhmm(start)}–{rules.fmt_hhmm(end)}")
    if session.place:
        meta.append(session.place)
    meta = [m for m in meta if m]
    if meta:
        story.append(Paragraph(esc(" · ".join(meta)), st["meta"]))
    story.append(Paragraph(esc(label("agenda", lang), F.BOLD), st["heading"]))

    has_time = bool(slots)
    header = ([Paragraph(esc(label("time", lang), F.BOLD), st["head"])] if has_time else []) + [
        Paragraph(esc(label("item", lang), F.BOLD), st["head"]),
        Paragraph(esc(label("method", lang), F.BOLD), st["head"]),
        Paragraph(esc(label("length", lang), F.BOLD), st["head"]),
    ]
    rows = [header]
    for n, it in enumerate(items, 1):
        cell = [Paragraph(esc(f"{n}. {it.title}", F.BOLD), st["item"])]
        if it.objective:
            cell.append(Paragraph(esc(it.objective), st["objective"]))
        slot = slots.get(it.id)
        row = ([Paragraph(esc(f"{rules.fmt_hhmm(slot.start)}–{rules.fmt_hhmm(slot.end)}",
                               F.BOLD), st["time"])] if has_time else [])
        row += [cell, Paragraph(esc(it.method or ""), st["cell"]),
                Paragraph(esc(fmt_minutes(it.planned_minutes, lang)), st["right"])]
        rows.append(row)

    width = page_w - 2 * MARGIN
    cols = ([3.2 * cm] if has_time else []) + [None, 4.6 * cm, 2.0 * cm]
    fixed = sum(c for c in cols if c)
    cols = [c if c else width - fixed for c in cols]
    table = Table(rows, colWidths=cols, repeatRows=1)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for r in range(2, len(rows), 2):
        style.append(("BACKGROUND", (0, r), (-1, r), BAND))
    table.setStyle(TableStyle(style))
    story.append(table)

    total = rules.total_minutes(items)
    line = f"{label('total', lang)}{fmt_colon(lang)}{fmt_minutes(total, lang)}"
    if start is not None:
        line += f" · {label('planned_end', lang)}{fmt_colon(lang)}{rules.fmt_hhmm(start + total)}"
    story.append(Paragraph(esc(line, F.BOLD), st["total"]))
    frame_h = page_h - 2 * MARGIN - 0.8 * cm
    return [KeepInFrame(width, frame_h, story, mode="shrink")]


def write(store, out: str | os.PathLike, lang: str | None = None, *,
          paper: str | None = None) -> Path:
    """Write the handout at `out` as it is (formats.export chooses a temporary name)."""
    out = Path(out)
    session = store.session.get()
    lang = norm_lang(lang or session.language)
    paper = check_paper(paper)

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFillColor(SOFT)
        F.draw(canvas, MARGIN, MARGIN * 0.6, label("generated", lang), F.REGULAR, 8)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(out), pagesize=page_size(paper), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN, bottomMargin=MARGIN, invariant=0, initialFontName=F.REGULAR,
        title=" ".join(F.display_lines(session.title)), creator=label("creator", lang),
        subject=label("agenda", lang), lang=lang)
    doc.build(build_story(store, lang, paper), onFirstPage=footer, onLaterPages=footer)
    return out


def write_agenda_handout(store, out: str | os.PathLike, lang: str | None = None, *,
                         paper: str | None = None) -> Path:
    """Write the one-page handout at `out` (through a temporary file, then renamed).
    lang: "fr" or "en" (default: the session's language); paper: "letter" or "a4" (default:
    the system's, see export.paper). Raises FileError when it cannot be written."""
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        write(store, tmp, lang, paper=paper)
        os.replace(tmp, out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if getattr(exc, "errno", None) == 28:
            raise FileError("disk_full", file=str(out)) from None
        raise FileError("cannot_create", file=str(out),
                        detail=exc.strerror or str(exc)) from None
    return out
