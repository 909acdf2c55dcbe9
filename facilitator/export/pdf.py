"""The report as a PDF (reportlab platypus): title page, numbered pages with a header, tables,
vector charts, embedded fonts. Every user string goes through `pdffonts.markup` (escaped, with
font fallback); long texts are cut into several paragraphs so that any length lays out."""
from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Callable

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph,
                                LongTable, SimpleDocTemplate, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

from . import pdfcharts as C
from . import pdffonts as F
from .pdftables import PIECE_ROWS, Rows as _Rows
from .labels import fmt_colon
from .paper import check_paper, page_size
from .report import Report

#: The width of the text, the same on every paper (A4's with 2 cm margins): the tables and
#: charts are laid out for it once; on Letter (wider, shorter) the side margins grow a little.
MARGIN = 2 * cm
WIDTH = 21 * cm - 2 * MARGIN
#: Longest piece of user text in one Paragraph; longer text is cut at a space near it.
CHUNK = 2500
#: The same in a table cell (a narrow column: fewer characters per piece).
CELL_CHUNK = 500

INK, MUTED, PRIMARY, ACCENT = C.INK, C.MUTED, C.PRIMARY, C.ACCENT
HEAD_BG = colors.HexColor("#e6eef1")
STRIPE = colors.HexColor("#f6f8f9")
RULE = colors.HexColor("#c9d4d9")
RED = colors.HexColor("#b3261e")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=F.REGULAR, fontSize=9.5, leading=13.2, textColor=INK,
                          splitLongWords=1)
    s = {"base": base}

    def add(name, **kw):
        s[name] = ParagraphStyle(name, parent=kw.pop("parent", base), **kw)

    add("kicker", fontName=F.BOLD, fontSize=10, leading=13, textColor=ACCENT, spaceAfter=10)
    add("title", fontName=F.BOLD, fontSize=24, leading=29, textColor=PRIMARY, spaceAfter=8)
    add("subtitle", fontSize=13, leading=17, textColor=MUTED, spaceAfter=18)
    add("h1", fontName=F.BOLD, fontSize=15, leading=19, textColor=PRIMARY, spaceBefore=16,
        spaceAfter=3, keepWithNext=1)
    add("h2", fontName=F.BOLD, fontSize=11.5, leading=15, textColor=PRIMARY, spaceBefore=11,
        spaceAfter=4, keepWithNext=1)
    add("h3", fontName=F.BOLD, fontSize=10, leading=13.5, textColor=INK, spaceBefore=9,
        spaceAfter=3, keepWithNext=1)
    # a meta line introduces what follows it (a legend, a count): never left alone at the foot
    add("meta", fontName=F.ITALIC, fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=5,
        keepWithNext=1)
    add("para", spaceAfter=4)
    add("lead", spaceAfter=4, keepWithNext=1)
    add("cont", spaceAfter=0)
    add("bullet", leftIndent=13, bulletIndent=3, spaceAfter=2.5)
    add("bullet_cont", leftIndent=13, spaceAfter=0)
    add("quote", leftIndent=14, spaceAfter=4)
    add("cell", fontSize=8.5, leading=10.8)
    add("cell_b", parent=s["cell"], fontName=F.BOLD)
    add("cell_r", parent=s["cell"], alignment=TA_RIGHT)
    add("cell_rb", parent=s["cell"], alignment=TA_RIGHT, fontName=F.BOLD)
    add("cell_c", parent=s["cell"], alignment=TA_CENTER)
    add("cell_small", fontSize=7.5, leading=9.5, textColor=MUTED)
    add("head", fontName=F.BOLD, fontSize=8, leading=10, textColor=PRIMARY)
    add("head_r", parent=s["head"], alignment=TA_RIGHT)
    add("head_c", parent=s["head"], alignment=TA_CENTER)
    add("toc", fontSize=10.5, leading=16)
    add("info_label", fontName=F.BOLD, fontSize=10, leading=14, textColor=MUTED)
    add("info", fontSize=10.5, leading=14)
    return s


# -- text helpers ------------------------------------------------------------------------------
def _chunks(text: str, size: int = CHUNK) -> list[str]:
    """Cut text into pieces of at most `size` characters, at a line break or a space when one
    is near the end of the piece."""
    out = []
    while len(text) > size:
        cut = max(text.rfind("\n", 0, size), text.rfind(" ", 0, size))
        if cut < size // 2:
            cut = size
        out.append(text[:cut])
        text = text[cut:].lstrip(" \n") if cut < size else text[cut:]
    out.append(text)
    return out


def _p(text: str, style: ParagraphStyle, font: str | None = None, **kw) -> Paragraph:
    """One Paragraph of user text (escaped)."""
    return Paragraph(F.markup(text, font or style.fontName), style, **kw)


def _label(text: str, style: ParagraphStyle) -> Paragraph:
    """One Paragraph of the report's own words (still escaped: labels hold « & » too)."""
    return Paragraph(F.markup(text, style.fontName), style)


def _long(text: str, style: ParagraphStyle, cont: ParagraphStyle, bullet: str | None = None,
          tail: str = "") -> list[Flowable]:
    """User text of any length: the first piece in `style`, the rest in `cont`; `tail` is
    markup added after the last piece."""
    pieces = _chunks(text)
    out: list[Flowable] = []
    for i, piece in enumerate(pieces):
        st = style if i == 0 else cont
        end = tail if i == len(pieces) - 1 else ""
        out.append(Paragraph(F.markup(piece, st.fontName) + end, st,
                             bulletText=bullet if i == 0 else None))
    if len(pieces) > 1:   # keep the paragraph's space after the last piece
        out.append(Spacer(1, style.spaceAfter))
    return out


class _Pieces(list):
    """A long text of a table cell cut into paragraphs; `_expand` gives each its own row."""


def _cell(text: str | None, style: ParagraphStyle) -> Paragraph | _Pieces | str:
    """User text in a table cell. A long text is cut into pieces that `_expand` spreads over
    continuation rows: a table re-measures a whole row at every page it runs over, so one
    100,000-character cell cost time in the square of its length."""
    if not text:
        return ""
    if len(text) <= CELL_CHUNK:
        return _p(text, style)
    return _Pieces(_p(piece, style) for piece in _chunks(text, CELL_CHUNK))


def _stack(*parts) -> list | _Pieces:
    """Several paragraphs in one cell (long ones spread over continuation rows)."""
    flat = [q for part in parts if part != "" for q in (part if isinstance(part, list)
                                                         else [part])]
    return _Pieces(flat) if any(isinstance(part, _Pieces) for part in parts) else flat


def _expand(rows: list[list]) -> tuple[list[list], list[int]]:
    """Rows with a long cell (_Pieces) spread over continuation rows, one piece each (the
    other cells empty below the first); also the index of each original row's first row."""
    out, starts = [], []
    for row in rows:
        starts.append(len(out))
        n = max((len(c) for c in row if isinstance(c, _Pieces)), default=0)
        if not n:
            out.append(row)
            continue
        for k in range(n):
            out.append([(c[k] if k < len(c) else "") if isinstance(c, _Pieces)
                        else (c if k == 0 else "") for c in row])
    return out, starts


def _table(rows: list[list], widths: list[float], *, header: bool = True,
           extra: list | None = None, zebra: bool = True) -> Flowable:
    rows = _expand(rows)[0]
    # top and bottom padding: reportlab's own 3 points (a command would set it cell by cell,
    # again on every page's piece of a long table)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.9, PRIMARY)]
        if zebra:
            cmds.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]))
    cmds += extra or []
    if header and len(rows) > PIECE_ROWS + 1:
        return _Rows(rows, widths, cmds)
    # LongTable: reportlab's splitting of a long table across pages without re-measuring every
    # remaining row at each page (a 1,500-row table took seconds with Table)
    t = LongTable(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1,
                  hAlign="LEFT")
    t.setStyle(TableStyle(cmds))
    return t


class _Bookmark(Flowable):
    """An invisible mark that adds an entry to the PDF's outline (bookmarks panel)."""

    keepWithNext = 1     # placed before a heading: never a link in the chain that breaks it

    def __init__(self, title: str, level: int = 0) -> None:
        super().__init__()
        self.title, self.level = title, level
        self.width = self.height = 0

    def draw(self) -> None:
        key = f"s{id(self)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(" ".join(F.display_lines(self.title))[:200], key,
                                  level=self.level, closed=self.level > 0)


# -- the document ----------------------------------------------------------------------------
class _Builder:
    def __init__(self, report: Report) -> None:
        self.r = report
        self.s = _styles()
        self.story: list[Flowable] = []

    def L(self, key: str, **kw) -> str:
        return self.r.label(key, **kw)

    def h1(self, text: str) -> None:
        rule = HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=0,
                          spaceAfter=7)
        rule.keepWithNext = 1     # the heading, its rule and what follows stay together
        self.story += [CondPageBreak(4 * cm), _Bookmark(text, 0), _label(text, self.s["h1"]),
                       rule]

    def h2(self, text: str, *, user: bool = False) -> None:
        self.story += [_Bookmark(text, 1),
                       *(_long(text, self.s["h2"], self.s["h2"]) if user
                         else [_label(text, self.s["h2"])])]

    def build(self) -> list[Flowable]:
        self.title_page()
        for key in self.r.sections():
            getattr(self, key)()
        return self.story

    # -- title page --------------------------------------------------------------------------
    def title_page(self) -> None:
        tp, s = self.r.title_page, self.s
        self.story += [Spacer(1, 2.2 * cm), _label(self.L("report_kind").upper(), s["kicker"]),
                       *_long(tp.title, s["title"], s["title"])]
        if tp.date:
            when = tp.date + (f" · {tp.start_time}" if tp.start_time else "")
            self.story.append(_label(when, s["subtitle"]))
        self.story.append(HRFlowable(width="100%", thickness=2, color=ACCENT, spaceAfter=14))
        info = []
        for key, value in (("place", tp.place), ("organizer", tp.organizer),
                           ("facilitators", ", ".join(tp.facilitators))):
            if value:
                info.append([_label(self.L(key), s["info_label"]), _cell(value, s["info"])])
        if info:
            t = Table(_expand(info)[0], colWidths=[4 * cm, WIDTH - 4 * cm], hAlign="LEFT", splitInRow=1)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            self.story.append(t)
        toc = self.contents()
        if toc:
            self.story += [Spacer(1, 1.2 * cm), _label(self.L("contents"), s["h2"])]
            self.story += [Paragraph(line, s["toc"], bulletText="–") for line in toc]
        self.story.append(PageBreak())

    def contents(self) -> list[str]:
        r, out = self.r, []

        def line(key, detail=""):
            text = F.markup(self.L(key), F.BOLD)
            if detail:
                text = f'<font name="{F.BOLD}">{text}</font> <font color="#5b6770">— ' \
                       f"{F.markup(detail)}</font>"
            else:
                text = f'<font name="{F.BOLD}">{text}</font>'
            out.append(text)

        for key in r.sections():
            if key == "attendance":
                a = r.attendance
                line("attendance", self.L("attendance_count", present=len(a.present),
                                          total=len(a.present) + len(a.absent)))
            elif key == "agenda":
                line("agenda", f"{len(r.agenda.rows)} · {r.agenda.total_planned}")
            elif key == "ideas":
                line("ideas", self.L("ideas_total", n=r.ideas.total, t=r.ideas.theme_count))
            elif key == "votes":
                line("votes", str(len(r.rounds)))
            elif key == "roles":
                line("roles", str(len(r.roles.actors)))
            elif key == "decisions":
                line("decisions", str(len(r.decisions)))
            elif key == "actions":
                line("actions", str(len(r.actions)))
        return out

    # -- sections ----------------------------------------------------------------------------
    def attendance(self) -> None:
        a, s = self.r.attendance, self.s
        self.h1(self.L("attendance"))
        self.story.append(_label(self.L("attendance_count", present=len(a.present),
                                        total=len(a.present) + len(a.absent)), s["meta"]))
        for key, people in (("present", a.present), ("absent", a.absent)):
            self.h2(self.L(key))
            if not people:
                self.story.append(_label(self.L("nobody"), s["para"]))
                continue
            head = [_label(self.L("name"), s["head"]), _label(self.L("organization"), s["head"])]
            rows = [head + [""] + head]
            half = (len(people) + 1) // 2
            for left, right in zip(people[:half], people[half:] + [None]):
                row = [_cell(left.name, s["cell_b"]), _cell(left.organization, s["cell"]), ""]
                row += ([_cell(right.name, s["cell_b"]), _cell(right.organization, s["cell"])]
                        if right else ["", ""])
                rows.append(row)
            w = (WIDTH - 0.4 * cm) / 2
            self.story.append(_table(rows, [w * 0.45, w * 0.55, 0.4 * cm, w * 0.45, w * 0.55],
                                     zebra=False, extra=[
                                         ("BACKGROUND", (2, 0), (2, -1), colors.white),
                                         ("LINEBELOW", (2, 0), (2, -1), 0, colors.white)]))

    def agenda(self) -> None:
        ag, s = self.r.agenda, self.s
        self.h1(self.L("agenda"))
        clock = ag.clock
        head = [self.L(key) for key in ag.header_keys()]
        rows = [[_label(h, s["head"] if i < 2 else s["head_r"]) for i, h in enumerate(head)]]
        for row in ag.rows:
            title: list = [_cell(row.title, s["cell_b"])]
            colon = fmt_colon(self.r.lang)
            for key, value in (("objective", row.objective), ("method", row.method)):
                if value:
                    pieces = _chunks(value, CELL_CHUNK)
                    title.append(Paragraph(F.markup(self.L(key) + colon) + F.markup(pieces[0]),
                                           s["cell_small"]))
                    if len(pieces) > 1:
                        title.append(_Pieces(_p(q, s["cell_small"]) for q in pieces[1:]))
            cells = [_label(str(row.number), s["cell"]), _stack(*title)]
            cells += ([_label(row.start, s["cell_r"]), _label(row.end, s["cell_r"])]
                      if clock else [])
            over = Paragraph(f'<font color="{_hex(RED)}">{F.markup(row.overrun)}</font>'
                             if row.overrun else "", s["cell_rb"])
            cells += [_label(row.planned, s["cell_r"]), _label(row.actual, s["cell_r"]), over]
            rows.append(cells)
        total = [_label("", s["cell"]), _label(self.L("total"), s["cell_b"])]
        total += [_label("", s["cell"])] * 2 if clock else []
        total += [_label(ag.total_planned, s["cell_rb"]), _label(ag.total_actual, s["cell_rb"]),
                  _label(ag.total_overrun, s["cell_rb"])]
        rows.append(total)
        # the number and length columns as wide as their widest cell: « No. » and « 6 h 30 min »
        # (no-break spaces) are never cut across two lines
        def fit(texts, least, font=F.BOLD, size=8.5):
            return max([least] + [F.width(t, font, size) + 9 for t in texts if t])

        lengths = [row.planned for row in ag.rows] + [row.actual for row in ag.rows]
        lengths += [ag.total_planned, ag.total_actual]
        number_w = fit([head[0]] + [str(row.number) for row in ag.rows], 0.8 * cm, size=8)
        length_w = fit(lengths + head[-3:-1], 1.6 * cm)
        over_w = fit([row.overrun for row in ag.rows] + [ag.total_overrun, head[-1]], 2.0 * cm)
        fixed = [number_w] + ([1.3 * cm] * 2 if clock else []) + [length_w, length_w, over_w]
        widths = [fixed[0], WIDTH - sum(fixed)] + fixed[1:]
        self.story.append(_table(rows, widths, extra=[
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, PRIMARY),
            ("BACKGROUND", (0, -1), (-1, -1), colors.white)]))
        self.evaluation()

    def evaluation(self) -> None:
        """The session's evaluation (issue 16), after the agenda."""
        ev, s = self.r.agenda.evaluation, self.s
        if ev is None:
            return
        self.h2(self.L("evaluation"))
        self.story.append(_label(ev.summary, s["para"]))
        if ev.distribution:
            self.story.append(_label(f"{self.L('evaluation_scores')}{fmt_colon(self.r.lang)}"
                                     f"{ev.distribution}", s["meta"]))
        for key, notes in (("evaluation_keep", ev.keep), ("evaluation_change", ev.change)):
            if notes:
                self.story.append(_label(self.L(key), s["cell_b"]))
                for t in notes:
                    self.story += _long(t, s["bullet"], s["bullet_cont"], bullet="•")

    def ideas(self) -> None:
        ideas, s = self.r.ideas, self.s
        self.h1(self.L("ideas"))
        self.story.append(_label(self.L("ideas_total", n=ideas.total, t=ideas.theme_count),
                                 s["meta"]))
        if not ideas.groups:
            self.story.append(_label(self.L("empty_section"), s["para"]))
            return
        rows = [[_label(self.L("theme"), s["head"]), _label(self.L("count"), s["head_r"])]]
        for g in ideas.groups:
            rows.append([_cell(g.title, s["cell"]), _label(str(g.count), s["cell_r"])])
        rows, starts = _expand(rows)
        ends = starts[2:] + [len(rows)]
        swatches = [("LINEBEFORE", (0, start), (0, end - 1), 4, _color(g.color))
                    for g, start, end in zip(ideas.groups, starts[1:], ends)]
        self.story += [_table(rows, [WIDTH - 2.5 * cm, 2.5 * cm], extra=swatches),
                       Spacer(1, 4)]
        for g in ideas.groups:
            self.story += [CondPageBreak(2.5 * cm), _Bookmark(g.title, 1)]
            head = Table(_expand([[_cell(g.title, s["h2"]), _label(g.count_text, s["meta"])]])[0],
                         colWidths=[WIDTH - 3 * cm, 3 * cm], splitInRow=1, hAlign="LEFT")
            head.setStyle(TableStyle([
                ("LINEBEFORE", (0, 0), (0, 0), 4, _color(g.color)),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (0, 0), 7), ("TOPPADDING", (0, 0), (-1, -1), 8)]))
            self.story.append(head)
            for idea in g.ideas:
                # the author in the idea's own font: one run per paragraph lays out twice as
                # fast as two (2,000 ideas of a forum)
                author = " — " + idea.author if idea.author else ""
                self.story += _long(idea.text + author, s["bullet"], s["bullet_cont"],
                                    bullet="•")

    def votes(self) -> None:
        s = self.s
        self.h1(self.L("votes"))
        if not self.r.rounds:
            self.story.append(_label(self.L("empty_section"), s["para"]))
        for rnd in self.r.rounds:
            self.story.append(CondPageBreak(5 * cm))
            self.h2(self.L("round_title", title=rnd.title), user=True)
            self.story.append(_label(" · ".join(rnd.settings), s["meta"]))
            self.story.append(_label(rnd.totals, s["lead"]))
            if rnd.groups:
                self.story.append(_p(rnd.groups, s["lead"]))
            chart = C.vote_bars(rnd, WIDTH, self.L("chart_top", n=C.BAR_ROWS))
            if chart is None:
                self.story.append(_label(self.L("no_votes"), s["para"]))
            else:
                self.story += [chart, Spacer(1, 6)]
            named = not rnd.anonymous and any(r.names for r in rnd.rows)
            head = [self.L("rank"), self.L("candidate"), self.L("dots"), self.L("share")]
            head += [] if rnd.anonymous else [self.L("voters")]
            head += [self.L("voter_names")] if named else []
            rows = [[_label(h, s["head_r"] if i in (2, 3, 4) else s["head"])
                     for i, h in enumerate(head)]]
            tie = self.L("tie")
            for r in rnd.rows:
                rank = str(r.rank) + (f" ({tie})" if r.tied else "")
                # numbers as plain strings (styled below): thousands of Paragraphs cost time
                cells = [rank, _cell(r.label, s["cell"]), str(r.dots), r.share_text]
                cells += [] if rnd.anonymous else [str(r.voters)]
                if named:
                    cells.append(_cell(", ".join(r.names), s["cell_small"]))
                rows.append(cells)
            fixed = [2.4 * cm, 1.4 * cm, 1.5 * cm] + ([] if rnd.anonymous else [1.7 * cm])
            fixed += [4.2 * cm] if named else []
            widths = [fixed[0], WIDTH - sum(fixed)] + fixed[1:]
            self.story.append(_table(rows, widths, extra=[
                ("FONTNAME", (0, 1), (-1, -1), F.REGULAR), ("FONTSIZE", (0, 1), (-1, -1), 8.5),
                ("TEXTCOLOR", (0, 1), (-1, -1), INK), ("FONTNAME", (2, 1), (2, -1), F.BOLD),
                ("ALIGN", (2, 1), (3 if rnd.anonymous else 4, -1), "RIGHT")]))

    def roles(self) -> None:
        rm, s = self.r.roles, self.s
        self.h1(self.L("roles"))
        self.story += [_label(rm.heading, s["para"]), _label(rm.source, s["meta"])]
        self.h2(self.L("wheel"))
        self.story += [_label(self.L("actors_holding"), s["meta"]),
                       C.role_wheel(rm.wheel, self.L("current"), self.L("desired"), WIDTH),
                       Spacer(1, 6)]
        rows = [[_label(h, s["head"] if i < 2 else s["head_r"]) for i, h in enumerate((
            self.L("role"), self.L("description"), self.L("held_current"), self.L("held_desired"),
            self.L("level_sum_current"), self.L("level_sum_desired")))]]
        for seg in rm.wheel:
            rows.append([_label(seg.label, s["cell_b"]), _label(seg.description, s["cell"]),
                         _label(str(seg.held_current), s["cell_r"]),
                         _label(str(seg.held_desired), s["cell_r"]),
                         _label(str(seg.current_total), s["cell_r"]),
                         _label(str(seg.desired_total), s["cell_r"])])
        fixed = [3.2 * cm, 1.7 * cm, 1.7 * cm, 2.5 * cm, 2.5 * cm]
        self.story.append(_table(rows, [fixed[0], WIDTH - sum(fixed)] + fixed[1:]))
        self.heat_map()
        self.h2(self.L("gaps"))
        if not rm.gaps:
            self.story.append(_label(self.L("no_gaps"), s["para"]))
        for gap in rm.gaps:
            self.story += _long(gap, s["bullet"], s["bullet_cont"], bullet="•")
        if rm.priorities:   # the role map of each priority (issue 16)
            self.h2(self.L("priority_roles"))
            self.story.append(_label(self.L("priority_roles_note"), s["meta"]))
            for p in rm.priorities:
                self.story.append(_label(p.title, s["cell_b"]))
                for line in p.holders + p.gaps:
                    self.story += _long(line, s["bullet"], s["bullet_cont"], bullet="•")

    def heat_map(self) -> None:
        rm, s = self.r.roles, self.s
        # the heading, its legend, the table's tall head and a first actor start a page together
        self.story.append(CondPageBreak(6 * cm))
        self.h2(f"{self.L('current_levels')} / {self.L('desired_levels')}")
        legend = f"{self.L('heat_legend')} — 2→3{fmt_colon(self.r.lang)}{self.L('current')}"
        self.story.append(_label(f"{legend} → {self.L('desired')}", s["meta"]))
        if not rm.actors:
            self.story.append(_label(self.L("empty_section"), s["para"]))
            return
        col = 1.45 * cm
        name_w = WIDTH - 7 * col
        head = [_label(self.L("actor"), s["head"])]
        head += [C.rotated_label(lbl, col - 8, 2.3 * cm) for lbl in rm.role_labels]
        rows = [head]
        cmds = [("ALIGN", (1, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("FONTNAME", (1, 1), (-1, -1), F.REGULAR), ("FONTSIZE", (1, 1), (-1, -1), 8.5),
                ("TEXTCOLOR", (1, 1), (-1, -1), INK),
                ("GRID", (1, 1), (-1, -1), 1.2, colors.white),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM")]
        for a in rm.actors:
            row = [_stack(_cell(a.name, s["cell_b"]), _cell(a.kind, s["cell_small"]))]
            row += [str(cur) if cur == des else f"{cur}→{des}"
                    for cur, des in zip(a.current, a.desired)]
            rows.append(row)
        rows, starts = _expand(rows)
        for a, i in zip(rm.actors, starts[1:]):
            # one command per run of equal cells in the row, not one per cell
            for name, value, cells in (
                    ("BACKGROUND", None, [C.HEAT[cur] for cur in a.current]),
                    ("TEXTCOLOR", INK, [C.HEAT_TEXT[cur] for cur in a.current]),
                    ("FONTNAME", F.REGULAR, [F.BOLD if cur != des else F.REGULAR
                                             for cur, des in zip(a.current, a.desired)])):
                j = 0
                while j < len(cells):
                    k = j
                    while k + 1 < len(cells) and cells[k + 1] == cells[j]:
                        k += 1
                    if cells[j] != value:
                        cmds.append((name, (j + 1, i), (k + 1, i), cells[j]))
                    j = k + 1
        cmds = [("LINEBELOW", (0, 0), (-1, 0), 0.9, PRIMARY),
                ("LINEBELOW", (0, 1), (0, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)] + cmds
        widths = [name_w] + [col] * 7
        if len(rows) > PIECE_ROWS + 1:
            t = _Rows(rows, widths, cmds)
        else:
            t = LongTable(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
            t.setStyle(TableStyle(cmds))
        self.story.append(t)

    def decisions(self) -> None:
        s = self.s
        self.h1(self.L("decisions"))
        if not self.r.decisions:
            self.story.append(_label(self.L("empty_section"), s["para"]))
        conclusion = ParagraphStyle("concl", parent=s["para"], fontName=F.BOLD,
                                    textColor=PRIMARY, spaceAfter=8)
        for d in self.r.decisions:
            block = [_Bookmark(d.heading, 1), *_long(d.heading, s["h3"], s["h3"])]
            block += [_p(line, s["para"]) for line in d.conflicts]   # council (issue 17)
            block += _long(d.body, s["para"], s["cont"])
            block += [_p(line, s["para"]) for line in (d.roll_call, d.quorum) if line]
            if d.conclusion:
                block.append(_label(d.conclusion, conclusion))
            if len(d.body) + len(d.heading) <= CHUNK:
                self.story.append(KeepTogether(block))
            else:
                self.story += block

    def actions(self) -> None:
        s = self.s
        self.h1(self.L("actions"))
        if not self.r.actions:
            self.story.append(_label(self.L("empty_section"), s["para"]))
            return
        head = [_label(self.L(k), s["head"]) for k in ("what", "who", "due", "status")]
        fixed = [4 * cm, 3.2 * cm, 1.8 * cm]
        rows = [head]
        colon = fmt_colon(self.r.lang)
        for a in self.r.actions:
            if len(a.text) <= CHUNK:
                rows.append([_cell(a.text, s["cell"]), _cell(a.owner, s["cell"]),
                             _label(a.due, s["cell"]),
                             _label(a.status_label, s["cell_b" if a.status == "open"
                                                       else "cell"])])
                continue
            # a very long action: a table row cannot run over pages quickly, so it is
            # written full width between two parts of the table, in its place
            if len(rows) > 1:
                self.story.append(_table(rows, [WIDTH - sum(fixed)] + fixed))
            rows = [head]
            meta = [f"{self.L(k)}{colon}{v}" for k, v in (
                ("who", a.owner), ("due", a.due), ("status", a.status_label)) if v]
            self.story += [Spacer(1, 4), *_long(" · ".join(meta), s["meta"], s["meta"])]
            self.story += _long(a.text, s["para"], s["cont"])
        if len(rows) > 1:
            self.story.append(_table(rows, [WIDTH - sum(fixed)] + fixed))


def _color(value: str | None):
    try:
        return colors.HexColor(value) if value else RULE
    except (ValueError, TypeError):
        return RULE


def _hex(color) -> str:
    return "#%02x%02x%02x" % tuple(round(v * 255) for v in color.rgb())


# -- pages -----------------------------------------------------------------------------------
class _NumberedCanvas(rl_canvas.Canvas):
    """Draws « Page n de N » once the number of pages is known."""

    def __init__(self, *args, page_label: str = "{n}/{total}", **kw) -> None:
        super().__init__(*args, **kw)
        self._pages: list[dict] = []
        self._page_label = page_label

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(F.REGULAR, 7.5)
            self.setFillColor(MUTED)
            self.drawCentredString(self._pagesize[0] / 2, 1.1 * cm, self._page_label.format(
                n=self._pageNumber, total=total))
            super().showPage()
        super().save()


def _header(report: Report):
    tp = report.title_page
    right = tp.date or ""
    size = 7.5
    right_w = F.width(right, F.REGULAR, size) if right else 0
    title = F.fit(tp.title, F.BOLD, size, WIDTH - right_w - 20)   # once, not on every page

    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        page_w, page_h = doc.pagesize
        left, right_x = doc.leftMargin, page_w - doc.rightMargin
        y = page_h - 1.25 * cm
        F.draw(canvas, left, y, title, F.BOLD, size)
        if right:
            F.draw(canvas, right_x, y, right, F.REGULAR, size, align="right")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, y - 5, right_x, y - 5)
        canvas.restoreState()

    return draw


def write(report: Report, out: str | os.PathLike,
          progress: Callable[[float], None] | None = None, *, paper: str | None = None,
          notices: list[str] | None = None) -> Path:
    """Write the report as a PDF at `out` (the caller chooses a temporary name), on `paper`
    ("letter" or "a4"; None: the system's default, see export.paper). Characters that no font
    has (neither the embedded ones nor the computer's) are drawn as empty boxes and named in a
    sentence appended to `notices`."""
    F.register()
    pagesize = page_size(check_paper(paper))
    side = (pagesize[0] - WIDTH) / 2
    out = Path(out)
    tp = report.title_page
    subject = report.label("report_kind") + (f" — {tp.date}" if tp.date else "")
    meta = lambda t: " ".join(F.display_lines(t)) if t else ""  # noqa: E731
    doc = SimpleDocTemplate(
        str(out), pagesize=pagesize, leftMargin=side, rightMargin=side, topMargin=2.1 * cm,
        bottomMargin=1.9 * cm, title=meta(tp.title), author=meta(tp.organizer or ""),
        subject=meta(subject), creator=report.label("creator"), invariant=0,
        initialFontName=F.REGULAR, lang=report.lang)
    with F.collecting_missing() as missing_in_story:
        story = _Builder(report).build()
    if progress:
        total, done = [max(1, len(story))], [0.0]

        def on_progress(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                total[0] = max(1, value)
            elif kind == "PROGRESS":   # flowables split over pages add to the count: never go back
                done[0] = max(done[0], min(1.0, value / total[0]))
                progress(done[0])

        doc.setProgressCallBack(on_progress)
    maker = functools.partial(_NumberedCanvas, page_label=report.label("page"))
    # streams as plain deflate, without the ASCII85 layer: a fifth faster and smaller (the
    # setting is read while writing; any value gives a valid PDF)
    a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        with F.collecting_missing() as missing:
            doc.build(story, onFirstPage=lambda c, d: None, onLaterPages=_header(report),
                      canvasmaker=maker)
    finally:
        rl_config.useA85 = a85
    notice = F.missing_notice(missing | missing_in_story)
    if notice and notices is not None:
        notices.append(notice)
    return out
