"""The démarche's report (facilitator/series.py) as a Word document: real headings, bulleted
lists, tables in a table style with their header repeated on every page, numbered footer.
Text is written literally (never parsed); only what XML cannot hold becomes U+FFFD."""
from __future__ import annotations

import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ..series import Bullets, Doc, Heading, Para, Table
from .docx import field
from .paper import check_paper, page_size
from .text import xml_safe

TEXT_WIDTH_CM = 17.0
TABLE_STYLE = "Light List Accent 1"
MUTED = RGBColor(0x5B, 0x67, 0x70)
NOTE = RGBColor(0x8A, 0x4B, 0x08)


def _run(paragraph, text: str, *, bold=False, italic=False, size=None, color=None):
    lines = xml_safe(text or "").split("\n")
    run = None
    for n, line in enumerate(lines):
        run = paragraph.add_run(line)
        if n < len(lines) - 1:
            run.add_break()
        run.bold = bold or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)
        if color is not None:
            run.font.color.rgb = color
    return run


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _table(document, block: Table) -> None:
    widths = block.widths or [1] * len(block.header)
    total = sum(widths)
    table = document.add_table(rows=1 + len(block.rows), cols=len(block.header))
    table.style = document.styles[TABLE_STYLE]
    table.autofit = False
    for r, row in enumerate([block.header, *block.rows]):
        cells = table.rows[r].cells
        for c, text in enumerate(row):
            p = cells[c].paragraphs[0]
            if c in block.right:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _run(p, text, bold=r == 0 or (r - 1) in block.strong, size=9)
            cells[c].width = Cm(TEXT_WIDTH_CM * widths[c] / total)
    _repeat_header(table.rows[0])
    document.add_paragraph()


def write(doc: Doc, out: str | os.PathLike, *, paper: str | None = None) -> Path:
    document = Document()
    section = document.sections[0]
    width, height = page_size(check_paper(paper))
    section.page_width, section.page_height = Pt(width), Pt(height)
    side = (section.page_width - Cm(TEXT_WIDTH_CM)) // 2
    section.left_margin = section.right_margin = side
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2)
    document.styles["Normal"].font.size = Pt(10)
    rpr = document.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-CA" if doc.lang == "en" else "fr-CA")
    rpr.append(lang)
    props = document.core_properties
    props.title = xml_safe(doc.title)
    props.subject = doc.label("series_kind")
    props.last_modified_by = props.author = doc.label("creator")
    props.language = "en-CA" if doc.lang == "en" else "fr-CA"
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, _, rest = doc.label("page").partition("{n}")
    middle, _, after = rest.partition("{total}")
    _run(footer, before, size=8, color=MUTED)
    field(footer, "PAGE")
    _run(footer, middle, size=8, color=MUTED)
    field(footer, "NUMPAGES")
    _run(footer, after, size=8, color=MUTED)

    _run(document.add_paragraph(), doc.label("series_kind"), bold=True, color=MUTED)
    _run(document.add_heading(level=0), doc.title)
    _run(document.add_paragraph(), doc.subtitle, size=12, color=MUTED)
    for block in doc.blocks:
        if isinstance(block, Heading):
            _run(document.add_heading(level=min(3, block.level)), block.text)
        elif isinstance(block, Para):
            p = document.add_paragraph()
            if block.style == "meta":
                _run(p, block.text, italic=True, size=9, color=MUTED)
            elif block.style == "note":
                p.paragraph_format.left_indent = Cm(0.4)
                _run(p, block.text, color=NOTE)
            else:
                _run(p, block.text)
        elif isinstance(block, Bullets):
            for item in block.items:
                _run(document.add_paragraph(style="List Bullet"), item)
        elif isinstance(block, Table):
            _table(document, block)
    document.save(str(out))
    return Path(out)
