"""Reading exported files back as text, the way a person (or a program) would."""
from __future__ import annotations

import csv
import html
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

_PAGE = re.compile(r"^Page \d+ (de|of) \d+$")
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def squash(text: str) -> str:
    """Text without any whitespace nor direction marks: what must survive any layout."""
    return "".join(_MARKS.sub("", text).split())


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext missing: apt-get install poppler-utils")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def pdf_body(text: str, header_lines: int = 2) -> str:
    """pdftotext output without the running header (title and date, first lines of each page
    after the first) and the page numbers: the flowing text of the report."""
    pages = []
    for n, page in enumerate(text.split("\f")):
        lines = [ln for ln in page.splitlines() if not _PAGE.match(ln.strip())]
        if n:
            drop = header_lines
            while drop and lines:
                drop -= bool(lines.pop(0).strip())
        pages.append("\n".join(lines))
    return "\n".join(pages)


def docx_text(path: Path) -> str:
    """Paragraphs and tables of the body in order (cells joined by " | "), then header and
    footers: what a secretary sees in Word."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(str(path))
    lines = []
    for el in doc.element.body.iterchildren():
        if el.tag == qn("w:p"):
            lines.append(Paragraph(el, doc).text)
        elif el.tag == qn("w:tbl"):
            for row in Table(el, doc).rows:
                lines.append(" | ".join(c.text for c in row.cells))
    section = doc.sections[0]
    for part in (section.header, section.footer):
        lines += [p.text for p in part.paragraphs]
    return "\n".join(lines) + "\n"


def docx_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist()
                if n.endswith(".xml") or n.endswith(".rels")}


def md_html(text: str) -> str:
    """Markdown rendered as a viewer would (CommonMark with tables)."""
    markdown_it = pytest.importorskip("markdown_it")
    return markdown_it.MarkdownIt("commonmark").enable("table").render(text)


def html_text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def csv_rows(path: Path, lang: str = "fr") -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name} has no UTF-8 byte order mark"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";" if lang == "fr" else ","))
