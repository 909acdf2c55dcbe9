"""The facilitation guide (« guide d'animation »): a PDF for the facilitator, never the minutes.

It holds what the minutes leave out on purpose: for each agenda item its clock time and length,
objective, method, materials and the facilitator's private notes; the session's own notes first.
It is exported only when asked (`facilitator export FILE --format guide`, or its box on the
Rapport page) and says on its first page that it is not to be handed out. Every user string goes
through `pdffonts.markup` (escaped; emoji and syllabics drawn with the embedded fonts).
"""
from __future__ import annotations

import functools
import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, \
    TableStyle
from reportlab.platypus.flowables import HRFlowable

from .. import agenda as rules
from . import pdffonts as F
from .labels import fmt_colon, fmt_date, fmt_minutes, label, norm_lang
from .paper import check_paper, page_size
from .pdf import ACCENT, INK, MUTED, PRIMARY, RULE, WIDTH, _chunks, _NumberedCanvas

NOTE_BG = colors.HexColor("#fff6e5")
TIME_W = 2.2 * cm      # at least; as wide as the widest « 10:30–10:45 »


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("g", fontName=F.REGULAR, fontSize=10, leading=13.5, textColor=INK)

    def st(name, **kw):
        return ParagraphStyle(name, parent=kw.pop("parent", base), **kw)

    return {
        "kicker": st("kicker", fontName=F.BOLD, textColor=ACCENT, spaceAfter=6),
        "title": st("title", fontName=F.BOLD, fontSize=20, leading=24, textColor=PRIMARY,
                    spaceAfter=6),
        "meta": st("meta", fontSize=11, leading=14, textColor=MUTED, spaceAfter=6),
        "private": st("private", fontName=F.ITALIC, textColor=ACCENT, spaceAfter=10),
        "h2": st("h2", fontName=F.BOLD, fontSize=13, leading=16, textColor=PRIMARY,
                 spaceBefore=10, spaceAfter=5, keepWithNext=1),
        "item": st("item", fontName=F.BOLD, fontSize=11.5, leading=14.5, textColor=PRIMARY),
        "time": st("time", fontName=F.BOLD, fontSize=10, leading=13.5),
        "length": st("length", fontSize=9, leading=12, textColor=MUTED),
        "field": st("field", fontSize=9.5, leading=12.8, spaceBefore=2),
        "note": st("note", fontSize=9.5, leading=12.8),
        "para": st("para", spaceAfter=4),
        "total": st("total", fontName=F.BOLD, spaceBefore=8, alignment=TA_RIGHT),
    }


def _text(text: str, style: ParagraphStyle, prefix: str = "") -> list[Paragraph]:
    """User text of any length as paragraphs; `prefix` is markup before the first piece."""
    return [Paragraph((prefix if n == 0 else "") + F.markup(piece, style.fontName), style)
            for n, piece in enumerate(_chunks(text))]


def _head(words: str) -> str:
    """The report's own words in bold, before user text in the same paragraph."""
    return f'<font name="{F.BOLD}">{F.markup(words, F.BOLD)}</font>'


def build_story(store, lang: str) -> list:
    s = _styles()
    session = store.session.get()
    items = store.agenda.list()
    colon = fmt_colon(lang)
    try:
        slots = {x.item_id: x for x in rules.schedule(items, session.start_time)}
        start = rules.parse_hhmm(session.start_time)
    except ValueError:
        slots, start = {}, None
    total = rules.total_minutes(items)
    meta = [fmt_date(session.date, lang)]
    if start is not None:
        meta.append(f"{rules.fmt_hhmm(start)}–{rules.fmt_hhmm(start + total)}")
    meta += [session.place or ""]
    story: list = [Paragraph(F.markup(label("guide_kind", lang).upper(), F.BOLD), s["kicker"])]
    story += _text(session.title, s["title"])
    line = " · ".join(m for m in meta if m)
    if line:
        story.append(Paragraph(F.markup(line), s["meta"]))
    story += [Paragraph(F.markup(label("guide_private", lang), F.ITALIC), s["private"]),
              HRFlowable(width="100%", thickness=1.5, color=ACCENT, spaceAfter=8)]
    if session.notes:
        story.append(Paragraph(F.markup(label("session_notes", lang), F.BOLD), s["h2"]))
        story += _text(session.notes, s["para"])
    story.append(Paragraph(F.markup(label("agenda", lang), F.BOLD), s["h2"]))
    times = {it.id: f"{rules.fmt_hhmm(x.start)}–{rules.fmt_hhmm(x.end)}"
             for it in items if (x := slots.get(it.id))}
    time_w = max([TIME_W] + [F.width(t, F.BOLD, 10) + 10 for t in times.values()])
    if not items:
        story.append(Paragraph(F.markup(label("no_items", lang)), s["para"]))
    for n, it in enumerate(items, 1):
        when = [Paragraph(F.markup(times[it.id], F.BOLD), s["time"])] if it.id in times else []
        when.append(Paragraph(F.markup(fmt_minutes(it.planned_minutes, lang)), s["length"]))
        body: list = _text(f"{n}. {it.title}", s["item"])
        for key, value in (("objective", it.objective), ("method", it.method),
                           ("materials", it.materials)):
            if value:
                body += _text(value, s["field"], _head(label(key, lang) + colon))
        rows = [[when, body]]
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                 ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                 ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE)]
        if it.notes:
            head = _head(label("facilitator_notes", lang) + colon)
            rows.append(["", _text(it.notes, s["note"], head)])
            style += [("BACKGROUND", (1, 1), (1, 1), NOTE_BG),
                      ("LINEBEFORE", (1, 1), (1, 1), 3, ACCENT)]
        table = Table(rows, colWidths=[time_w, WIDTH - time_w], splitInRow=1, hAlign="LEFT")
        table.setStyle(TableStyle(style))
        size = len(it.notes or "") + len(it.objective or "") + len(it.method or "")
        story.append(KeepTogether([table]) if size < 2500 else table)
    line = f"{label('total', lang)}{colon}{fmt_minutes(total, lang)}"
    if start is not None:
        line += f" · {label('planned_end', lang)}{colon}{rules.fmt_hhmm(start + total)}"
    story += [Spacer(1, 4), HRFlowable(width="100%", thickness=0.8, color=PRIMARY),
              Paragraph(F.markup(line, F.BOLD), s["total"])]
    return story


def write(store, out: str | os.PathLike, lang: str | None = None, *,
          paper: str | None = None) -> Path:
    """Write the guide at `out` as it is (formats.export chooses a temporary name and renames
    it); lang: "fr" or "en" (default: the session's); paper: "letter" or "a4"."""
    F.register()
    out = Path(out)
    session = store.session.get()
    lang = norm_lang(lang or session.language)
    pagesize = page_size(check_paper(paper))
    side = (pagesize[0] - WIDTH) / 2
    doc = SimpleDocTemplate(
        str(out), pagesize=pagesize, leftMargin=side, rightMargin=side, topMargin=1.8 * cm,
        bottomMargin=1.9 * cm, invariant=0, initialFontName=F.REGULAR, lang=lang,
        title=" ".join(F.display_lines(session.title)), creator=label("creator", lang),
        subject=label("guide_kind", lang))
    maker = functools.partial(_NumberedCanvas, page_label=label("page", lang))
    doc.build(build_story(store, lang), canvasmaker=maker)
    return out
