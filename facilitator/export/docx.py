"""The report as a Word document (python-docx) a secretary can edit: real headings (Heading 1,
2, 3), bulleted lists, tables in a table style, page header and numbered footer.

User text is written literally as runs (never parsed), so it cannot become a field, a link or
markup; only the characters XML cannot hold become U+FFFD. Line breaks stay line breaks."""
from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path
from typing import Callable

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from lxml.etree import SubElement

from .labels import fmt_colon
from .paper import check_paper, page_size
from .report import Report
from .text import xml_safe

#: The width of the text, whatever the paper: the tables are laid out for it once; on Letter
#: (21.59 cm) the side margins are a little wider than on A4 (21 cm).
TEXT_WIDTH_CM = 17.0
TABLE_STYLE = "Light List Accent 1"  # header band, thin rules; reads well in Word and LibreOffice
_W_R, _W_RPR, _W_B, _W_I, _W_COLOR, _W_SZ, _W_VAL, _W_BR, _W_TAB, _W_T = (
    qn("w:r"), qn("w:rPr"), qn("w:b"), qn("w:i"), qn("w:color"), qn("w:sz"), qn("w:val"),
    qn("w:br"), qn("w:tab"), qn("w:t"))
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
PRIMARY = RGBColor(0x1D, 0x4E, 0x5F)
MUTED = RGBColor(0x5B, 0x67, 0x70)
ACCENT = RGBColor(0xD9, 0x73, 0x1A)
RED = RGBColor(0xB3, 0x26, 0x1E)
HEAT = ("F3F5F6", "CFE3E8", "7FB3C2", "2F6F83")
BAR = "█"
BAR_WIDTH = 20


def _t(text: str | None) -> str:
    return xml_safe(text or "")


class _Writer:
    def __init__(self, report: Report, progress: Callable[[float], None] | None,
                 paper: str | None = None) -> None:
        self.r = report
        self.progress = progress
        self.paper = check_paper(paper)
        self.doc = Document()
        self._sect = None
        self._style_ids: dict[str, str] = {}
        self._setup()

    def L(self, key: str, **kw) -> str:
        return self.r.label(key, **kw)

    # -- document frame ----------------------------------------------------------------------
    def _setup(self) -> None:
        doc, tp = self.doc, self.r.title_page
        section = doc.sections[0]
        width, height = page_size(self.paper)        # points
        section.page_width, section.page_height = Pt(width), Pt(height)
        side = (section.page_width - Cm(TEXT_WIDTH_CM)) // 2
        section.left_margin = section.right_margin = side
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2)
        normal = doc.styles["Normal"]
        normal.font.size = Pt(10)
        rpr = normal.element.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "en-CA" if self.r.lang == "en" else "fr-CA")
        rpr.append(lang)
        props = doc.core_properties
        props.title = _t(tp.title)
        props.author = _t(tp.organizer)
        props.subject = _t(self.L("report_kind") + (f" — {tp.date}" if tp.date else ""))
        props.comments = self.L("generated")
        props.last_modified_by = self.L("creator")
        props.language = "en-CA" if self.r.lang == "en" else "fr-CA"
        props.keywords = ""
        props.revision = 1
        props.created = props.modified = _dt.datetime.now(_dt.timezone.utc).replace(
            microsecond=0, tzinfo=None)
        # header: title and date; footer: page n of N (fields, filled in by Word)
        section.different_first_page_header_footer = True
        head = section.header.paragraphs[0]
        self._run(head, tp.title, bold=True, size=8, color=MUTED)
        if tp.date:
            self._run(head, "\t" + tp.date, size=8, color=MUTED)
        head.paragraph_format.tab_stops.add_tab_stop(Cm(TEXT_WIDTH_CM), alignment=2)  # right
        for footer in (section.footer, section.first_page_footer):
            p = footer.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            before, _, rest = self.L("page").partition("{n}")
            middle, _, after = rest.partition("{total}")
            self._run(p, before, size=8, color=MUTED)
            field(p, "PAGE")
            self._run(p, middle, size=8, color=MUTED)
            field(p, "NUMPAGES")
            self._run(p, after, size=8, color=MUTED)

    @staticmethod
    def _run(paragraph, text: str, *, bold: bool = False, italic: bool = False,
             size: float | None = None, color: RGBColor | None = None):
        """Append a run of literal text (built directly with lxml: python-docx's property
        setters cost milliseconds each, too slow for thousands of ideas)."""
        r = SubElement(getattr(paragraph, "_p", paragraph), _W_R)
        if bold or italic or size or color is not None:
            rpr = SubElement(r, _W_RPR)
            if bold:
                SubElement(rpr, _W_B)
            if italic:
                SubElement(rpr, _W_I)
            if color is not None:
                SubElement(rpr, _W_COLOR).set(_W_VAL, str(color))
            if size:
                SubElement(rpr, _W_SZ).set(_W_VAL, str(round(size * 2)))
        # a line ends with \r\n, \r or \n: one break each (an XML reader would turn a \r
        # left inside the text into a second line end)
        for n, line in enumerate(_t(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")):
            if n:
                SubElement(r, _W_BR)
            for k, piece in enumerate(line.split("\t")):
                if k:
                    SubElement(r, _W_TAB)
                if piece:
                    t = SubElement(r, _W_T)
                    t.text = piece
                    if piece != piece.strip():
                        t.set(_XML_SPACE, "preserve")
        return r

    def para(self, text: str = "", style: str | None = None, **run) -> object:
        # Document.add_paragraph looks for the section properties among all the body's
        # children on every call (quadratic: 18 s for 20,000 ideas); keep them at hand.
        body = self.doc.element.body
        if self._sect is None or self._sect.getparent() is not body:
            self._sect = body.sectPr
        p_elm = OxmlElement("w:p")
        if self._sect is not None:
            self._sect.addprevious(p_elm)
        else:
            body.append(p_elm)
        p = Paragraph(p_elm, self.doc._body)
        if style:
            if style not in self._style_ids:
                self._style_ids[style] = self.doc.styles[style].style_id
            p._p.style = self._style_ids[style]
        if text:
            self._run(p, text, **run)
        return p

    def heading(self, text: str, level: int) -> None:
        # the Heading styles keep with the next paragraph (keepNext in the template's styles)
        self.para(_t(text).replace("\n", " "), f"Heading {level}")

    def lead_in(self, text: str, **run) -> object:
        """A line between a heading and what it introduces (a legend, a count): kept on the
        page of what follows, so that the heading is never left alone at a page's foot."""
        p = self.para(text, **run)
        p.paragraph_format.keep_with_next = True
        return p

    def table(self, header: list[str], rows: list[list[str]], widths: list[float] | None = None,
              right: set[int] = frozenset(), cell_format: Callable | None = None):
        """A table in TABLE_STYLE with a header row repeated on each page. cell_format(i, j)
        may return run options (bold, color, size) plus "shade" (hex fill) and "center" for
        data row i, column j."""
        t = self.doc.add_table(rows=len(rows) + 1, cols=len(header))
        t.style = self.doc.styles[TABLE_STYLE]
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        if widths:  # the column grid too: LibreOffice lays tables out from it, not the cells
            t.autofit = False
            for col, w in zip(t.columns, widths):
                col.width = Cm(w)
        trs = t._tbl.tr_lst
        for i, (tr, values) in enumerate(zip(trs, [header] + rows)):
            for j, (tc, value) in enumerate(zip(tr.tc_lst, values)):
                p = tc.p_lst[0]
                opts = dict(cell_format(i - 1, j) or {}) if cell_format and i else {}
                shade = opts.pop("shade", None)
                center = opts.pop("center", False)
                if value:
                    self._run(p, value, **opts)
                if center or j in right:
                    p.get_or_add_pPr().jc_val = (WD_ALIGN_PARAGRAPH.CENTER if center
                                                 else WD_ALIGN_PARAGRAPH.RIGHT)
                if shade:
                    _shade(tc, shade)
                if widths:
                    tc.width = Cm(widths[j])
        _repeat_header(trs[0])
        self.doc.add_paragraph()
        return t

    # -- content -----------------------------------------------------------------------------
    def write(self) -> None:
        self.title_page()
        sections = self.r.sections()
        for n, key in enumerate(sections):
            getattr(self, key)()
            if self.progress:
                self.progress(0.9 * (n + 1) / len(sections))

    def title_page(self) -> None:
        tp = self.r.title_page
        self.para(self.L("report_kind").upper(), bold=True, color=ACCENT, size=10)
        title = self.doc.add_paragraph(style="Title")
        self._run(title, tp.title)
        if tp.date:
            self.para(tp.date + (f" · {tp.start_time}" if tp.start_time else ""),
                      style="Subtitle")
        colon = fmt_colon(self.r.lang)
        for key, value in (("place", tp.place), ("organizer", tp.organizer),
                           ("facilitators", ", ".join(tp.facilitators))):
            if value:
                p = self.para(self.L(key) + colon, bold=True, color=MUTED)
                self._run(p, value)
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def attendance(self) -> None:
        a = self.r.attendance
        self.heading(self.L("attendance"), 1)
        self.lead_in(self.L("attendance_count", present=len(a.present),
                            total=len(a.present) + len(a.absent)), italic=True, color=MUTED)
        for key, people in (("present", a.present), ("absent", a.absent)):
            self.heading(self.L(key), 2)
            if not people:
                self.para(self.L("nobody"))
                continue
            self.table([self.L("name"), self.L("organization")],
                       [[p.name, p.organization or ""] for p in people], [7, 10])

    def agenda(self) -> None:
        ag = self.r.agenda
        self.heading(self.L("agenda"), 1)
        clock = ag.clock
        header = [self.L(key) for key in ag.header_keys()]
        colon = fmt_colon(self.r.lang)
        rows = []
        for row in ag.rows:
            title = row.title
            for key, value in (("objective", row.objective), ("method", row.method)):
                if value:
                    title += f"\n{self.L(key)}{colon}{value}"
            cells = [str(row.number), title] + ([row.start, row.end] if clock else [])
            rows.append(cells + [row.planned, row.actual, row.overrun])
        rows.append(["", self.L("total")] + (["", ""] if clock else [])
                    + [ag.total_planned, ag.total_actual, ag.total_overrun])
        n = len(header)
        widths = [1.0, 17 - 1.0 - 1.6 * (n - 3) - 2.2] + [1.6] * (n - 3) + [2.2]
        last = len(rows) - 1

        def fmt(i: int, j: int) -> dict:
            if i == last:
                return {"bold": True}
            return {"bold": True, "color": RED} if j == n - 1 else {}

        self.table(header, rows, widths, right=set(range(2, n)), cell_format=fmt)
        self.evaluation()

    def evaluation(self) -> None:
        """The session's evaluation (issue 16), after the agenda."""
        ev = self.r.agenda.evaluation
        if ev is None:
            return
        self.heading(self.L("evaluation"), 2)
        self.para(ev.summary)
        if ev.distribution:
            self.para(f"{self.L('evaluation_scores')}{fmt_colon(self.r.lang)}{ev.distribution}",
                      italic=True)
        for key, notes in (("evaluation_keep", ev.keep), ("evaluation_change", ev.change)):
            if notes:
                self.para(self.L(key), bold=True)
                for t in notes:
                    self.para(t, style="List Bullet")

    def ideas(self) -> None:
        ideas = self.r.ideas
        self.heading(self.L("ideas"), 1)
        self.lead_in(self.L("ideas_total", n=ideas.total, t=ideas.theme_count), italic=True,
                     color=MUTED)
        if not ideas.groups:
            self.para(self.L("empty_section"))
            return
        self.table([self.L("theme"), self.L("count")],
                   [[g.title, str(g.count)] for g in ideas.groups], [14, 3], right={1})
        for g in ideas.groups:
            self.heading(f"{g.title} ({g.count_text})", 2)
            for idea in g.ideas:
                p = self.para(idea.text, style="List Bullet")
                if idea.author:
                    self._run(p, " — " + idea.author, italic=True, color=MUTED, size=8.5)

    def votes(self) -> None:
        self.heading(self.L("votes"), 1)
        if not self.r.rounds:
            self.para(self.L("empty_section"))
        for rnd in self.r.rounds:
            self.heading(self.L("round_title", title=rnd.title), 2)
            self.lead_in(" · ".join(rnd.settings), italic=True, color=MUTED)
            self.lead_in(rnd.totals)
            if rnd.groups:
                self.lead_in(rnd.groups)
            named = not rnd.anonymous and any(r.names for r in rnd.rows)
            best = max([r.dots for r in rnd.rows] + [1])
            header = [self.L("rank"), self.L("candidate"), self.L("dots"), "",
                      self.L("share")]
            header += [] if rnd.anonymous else [self.L("voters")]
            header += [self.L("voter_names")] if named else []
            rows = []
            for r in rnd.rows:
                rank = str(r.rank) + (f" ({self.L('tie')})" if r.tied else "")
                bar = BAR * max(1 if r.dots else 0, round(BAR_WIDTH * r.dots / best))
                cells = [rank, r.label, str(r.dots), bar, r.share_text]
                cells += [] if rnd.anonymous else [str(r.voters)]
                rows.append(cells + ([", ".join(r.names)] if named else []))
            widths = [1.6, 4.6 if named else 8.0, 1.5, 2.4, 1.7]
            widths += ([] if rnd.anonymous else [1.8]) + ([4.4] if named else [])
            def fmt(i: int, j: int, rnd=rnd) -> dict | None:
                if j != 3:
                    return None
                return {"color": ACCENT if rnd.rows[i].rank == 1 else PRIMARY, "size": 7}

            self.table(header, rows, widths, right={2, 4, 5}, cell_format=fmt)

    def roles(self) -> None:
        rm = self.r.roles
        self.heading(self.L("roles"), 1)
        self.para(rm.heading)
        self.para(rm.source, italic=True, color=MUTED)
        self.heading(self.L("wheel"), 2)
        self.lead_in(self.L("actors_holding"), italic=True, color=MUTED)
        self.table([self.L("role"), self.L("description"), self.L("held_current"),
                    self.L("held_desired"), self.L("level_sum_current"),
                    self.L("level_sum_desired")],
                   [[s.label, s.description, str(s.held_current), str(s.held_desired),
                     str(s.current_total), str(s.desired_total)] for s in rm.wheel],
                   [3, 6, 1.6, 1.6, 2.4, 2.4], right={2, 3, 4, 5})
        self.heading(f"{self.L('current_levels')} / {self.L('desired_levels')}", 2)
        legend = f"{self.L('heat_legend')} — 2→3{fmt_colon(self.r.lang)}{self.L('current')}"
        self.lead_in(f"{legend} → {self.L('desired')}", italic=True, color=MUTED)
        if rm.actors:
            rows = []
            for a in rm.actors:
                name = a.name + (f"\n{a.kind}" if a.kind else "")
                rows.append([name] + [str(c) if c == d else f"{c}→{d}"
                                      for c, d in zip(a.current, a.desired)])
            def fmt(i: int, j: int) -> dict | None:
                if j == 0:
                    return None
                c, d = rm.actors[i].current[j - 1], rm.actors[i].desired[j - 1]
                out = {"shade": HEAT[c], "center": True, "bold": c != d}
                if c == 3:
                    out["color"] = RGBColor(0xFF, 0xFF, 0xFF)
                return out

            self.table([self.L("actor")] + rm.role_labels, rows, [4.6] + [1.8] * 7,
                       cell_format=fmt)
        else:
            self.para(self.L("empty_section"))
        self.heading(self.L("gaps"), 2)
        if not rm.gaps:
            self.para(self.L("no_gaps"))
        for gap in rm.gaps:
            self.para(gap, style="List Bullet")
        if rm.priorities:   # the role map of each priority (issue 16)
            self.heading(self.L("priority_roles"), 2)
            self.para(self.L("priority_roles_note"), italic=True)
            for p in rm.priorities:
                self.heading(p.title, 3)
                for line in p.holders + p.gaps:
                    self.para(line, style="List Bullet")

    def decisions(self) -> None:
        self.heading(self.L("decisions"), 1)
        if not self.r.decisions:
            self.para(self.L("empty_section"))
        for d in self.r.decisions:
            self.heading(d.heading, 3)
            for line in d.conflicts:            # council (issue 17): before the resolution
                self.para(line, italic=True)
            body = self.para(d.body)
            for line in (d.roll_call, d.quorum):
                if line:
                    body = self.para(line)
            if d.conclusion:
                body.paragraph_format.keep_with_next = True
                self.para(d.conclusion, bold=True, color=PRIMARY)

    def actions(self) -> None:
        self.heading(self.L("actions"), 1)
        if not self.r.actions:
            self.para(self.L("empty_section"))
            return
        self.table([self.L(k) for k in ("what", "who", "due", "status")],
                   [[a.text, a.owner or "", a.due, a.status_label] for a in self.r.actions],
                   [8, 4, 3, 2])


def field(paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) at the end of a paragraph; Word computes its value."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), code)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _repeat_header(tr) -> None:
    trpr = tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _shade(tc, fill: str) -> None:
    tcpr = tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def write(report: Report, out: str | os.PathLike,
          progress: Callable[[float], None] | None = None, *, paper: str | None = None) -> Path:
    """Write the report as a .docx file at `out` (the caller chooses a temporary name), on
    `paper` ("letter" or "a4"; None: the system's default, see export.paper)."""
    w = _Writer(report, progress, paper)
    w.write()
    w.doc.save(str(out))
    return Path(out)

