"""The démarche's report (facilitator/series.py) as a PDF: embedded fonts, numbered pages, tables
that split across pages with their header repeated. Every string goes through
`pdffonts.markup` (escaped, with font fallback), so any text a person typed survives."""
from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from . import pdffonts as F
# the minutes' width, colours and cutting of long text into paragraphs
from .pdf import CHUNK, HEAD_BG, INK, MUTED, PRIMARY, RULE, STRIPE, WIDTH, _chunks
from .paper import check_paper, page_size
from ..series import Bullets, Doc, Heading, Para, Table

NOTE = colors.HexColor("#8a4b08")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=F.REGULAR, fontSize=9.5, leading=13, textColor=INK,
                          splitLongWords=1)
    s = {"base": base}

    def add(name, **kw):
        s[name] = ParagraphStyle(name, parent=kw.pop("parent", base), **kw)

    add("kicker", fontName=F.BOLD, fontSize=10, leading=13, textColor=colors.HexColor("#d9731a"),
        spaceAfter=8)
    add("title", fontName=F.BOLD, fontSize=20, leading=25, textColor=PRIMARY, spaceAfter=6)
    add("subtitle", fontSize=12, leading=16, textColor=MUTED, spaceAfter=14)
    add("h1", fontName=F.BOLD, fontSize=14, leading=18, textColor=PRIMARY, spaceBefore=14,
        spaceAfter=4, keepWithNext=1)
    add("h2", fontName=F.BOLD, fontSize=11, leading=14, textColor=PRIMARY, spaceBefore=9,
        spaceAfter=3, keepWithNext=1)
    add("h3", fontName=F.BOLD, fontSize=10, leading=13, spaceBefore=7, spaceAfter=2,
        keepWithNext=1)
    add("body", spaceAfter=4)
    add("meta", fontName=F.ITALIC, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=4,
        keepWithNext=1)
    add("note", textColor=NOTE, leftIndent=8, borderPadding=(2, 0, 2, 6), spaceAfter=5)
    add("bullet", leftIndent=13, bulletIndent=3, spaceAfter=2)
    add("cell", fontSize=8.5, leading=10.8)
    add("cell_b", parent=s["cell"], fontName=F.BOLD)
    add("cell_r", parent=s["cell"], alignment=TA_RIGHT)
    add("cell_rb", parent=s["cell"], alignment=TA_RIGHT, fontName=F.BOLD)
    add("head", fontName=F.BOLD, fontSize=8, leading=10, textColor=PRIMARY)
    add("head_r", parent=s["head"], alignment=TA_RIGHT)
    return s


def _paras(text: str, style: ParagraphStyle, bullet: str | None = None) -> list:
    return [Paragraph(F.markup(piece, style.fontName), style,
                      bulletText=bullet if i == 0 else None)
            for i, piece in enumerate(_chunks(text))]


def _cell(text: str, style: ParagraphStyle):
    return Paragraph(F.markup(text[:CHUNK], style.fontName), style) if text else ""


def _table(block: Table, s: dict) -> LongTable:
    widths = block.widths or [1] * len(block.header)
    total = sum(widths)
    widths = [WIDTH * w / total for w in widths]
    rows = [[_cell(h, s["head_r" if i in block.right else "head"])
             for i, h in enumerate(block.header)]]
    for n, row in enumerate(block.rows):
        bold = n in block.strong
        names = [("cell_r" if i in block.right else "cell") for i in range(len(row))]
        if bold:
            names = ["cell_rb" if n == "cell_r" else "cell_b" for n in names]
        rows.append([_cell(c, s[n]) for c, n in zip(row, names)])
    t = LongTable(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("LINEBELOW", (0, 0), (-1, 0), 0.9, PRIMARY),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE])]))
    return t


def story(doc: Doc) -> list:
    s = _styles()
    out: list = [Paragraph(F.markup(doc.label("series_kind"), F.BOLD), s["kicker"]),
                 *_paras(doc.title, s["title"]), *_paras(doc.subtitle, s["subtitle"])]
    for block in doc.blocks:
        if isinstance(block, Heading):
            out += _paras(block.text, s[f"h{min(3, block.level)}"])
        elif isinstance(block, Para):
            out += _paras(block.text, s.get(block.style, s["body"]))
        elif isinstance(block, Bullets):
            for item in block.items:
                out += _paras(item, s["bullet"], bullet="•")
            out.append(Spacer(1, 3))
        elif isinstance(block, Table):
            out += [_table(block, s), Spacer(1, 6)]
    return out


class _NumberedCanvas(rl_canvas.Canvas):
    """« Page n de N » and the report's title at the top of every page after the first."""

    def __init__(self, *args, page_label: str = "{n}/{total}", title: str = "", **kw) -> None:
        super().__init__(*args, **kw)
        self._pages: list[dict] = []
        self._page_label = page_label
        self._title = title

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFillColor(MUTED)
            F.draw(self, self._pagesize[0] / 2, 1.1 * cm,
                   self._page_label.format(n=self._pageNumber, total=total), F.REGULAR, 7.5,
                   align="center")
            if self._pageNumber > 1 and self._title:
                left = (self._pagesize[0] - WIDTH) / 2
                F.draw(self, left, self._pagesize[1] - 1.25 * cm,
                       F.fit(self._title, F.BOLD, 7.5, WIDTH), F.BOLD, 7.5)
            super().showPage()
        super().save()


def write(doc: Doc, out: str | os.PathLike, *, paper: str | None = None) -> Path:
    F.register()
    pagesize = page_size(check_paper(paper))
    side = (pagesize[0] - WIDTH) / 2
    out = Path(out)
    meta = lambda t: " ".join(F.display_lines(t)) if t else ""  # noqa: E731
    template = SimpleDocTemplate(
        str(out), pagesize=pagesize, leftMargin=side, rightMargin=side, topMargin=2.1 * cm,
        bottomMargin=1.9 * cm, title=meta(doc.title), subject=meta(doc.label("series_kind")),
        creator=doc.label("creator"), invariant=0, initialFontName=F.REGULAR, lang=doc.lang)
    heading = f"{doc.label('series_kind')} — {doc.title}"

    def canvas(*args, **kw):
        return _NumberedCanvas(*args, page_label=doc.label("page"), title=heading, **kw)

    template.build(story(doc), canvasmaker=canvas)
    return out
