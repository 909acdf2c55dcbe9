"""The hostile corpus in every format: exported without error, read back as typed, no file
read, no live link, no formula, and the voters of an anonymous round never named."""
from __future__ import annotations

import re

import pytest

from facilitator.export import formats
from facilitator.export.text import printable, xml_safe
from facilitator.store import Store, clean_text

from .conftest import SECRET_VOTERS
from .export_readback import (csv_rows, docx_text, docx_xml, html_text, md_html, pdf_body,
                              pdf_text, squash)
from .export_sessions import HOSTILE, LONG_IDEA, fill_hostile
from .test_properties import runs_as_formula

EVERYTHING_BUT_ATTENDANCE = {"agenda", "ideas", "votes", "roles", "decisions", "actions"}


def typed(text: str) -> str:
    """What the session file keeps of typed text (lone surrogates and NUL as U+FFFD)."""
    return clean_text(text)


def shown(text: str) -> str:
    """What a page shows for typed text: control characters as U+FFFD too."""
    return squash(printable(typed(text)))


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The hostile session exported once in each format (read by several tests)."""
    folder = tmp_path_factory.mktemp("hostile")
    with Store.create(folder / "hostile.atelier", "x") as store:
        fill_hostile(store, anonymous_names=SECRET_VOTERS)
        return {fmt: formats.export(store, fmt, folder / f"out.{fmt}")
                for fmt in ("pdf", "docx", "md", "csv")}


def test_pdf_reads_back_every_text_and_embeds_no_image_nor_link(exported):
    pdf = exported["pdf"]
    text = squash(pdf_body(pdf_text(pdf)))
    for key, value in HOSTILE.items():
        assert shown(value) in text, key
    assert squash(LONG_IDEA) in text
    raw = pdf.read_bytes()
    for forbidden in (b"/Subtype /Image", b"/URI", b"/Link", b"/Annots", b"/JavaScript",
                      b"/Launch"):
        assert forbidden not in raw, forbidden
    assert b"root:x:0:0" not in raw          # /etc/passwd was not read into the file


def test_pdf_embeds_its_fonts(exported):
    import shutil
    import subprocess

    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts missing: apt-get install poppler-utils")
    fonts = subprocess.run(["pdffonts", str(exported["pdf"])], capture_output=True,
                           text=True).stdout
    used = [line for line in fonts.splitlines()[2:] if "TrueType" in line]
    assert any("DejaVuSans" in line for line in used)
    assert any("Symbola" in line for line in used)      # the emoji
    assert all(" yes yes " in line for line in used)     # embedded, subset


def test_docx_holds_every_text_literally_and_no_hyperlink(exported):
    docx = exported["docx"]
    text = squash(docx_text(docx))
    for key, value in HOSTILE.items():
        # Word keeps C1 controls; only what XML cannot hold becomes U+FFFD
        assert squash(xml_safe(typed(value))) in text, key
    assert squash(LONG_IDEA) in text
    parts = docx_xml(docx)
    for name, xml in parts.items():
        assert "<w:hyperlink" not in xml, name
        assert "relationships/hyperlink" not in xml, name
        assert "instrText" not in xml, name
        assert not re.search(r'w:instr="[^"]*HYPERLINK', xml), name
    assert not any(name.startswith("word/media") for name in parts)


def test_markdown_renders_every_text_as_typed_without_links_images_or_html(exported):
    md = exported["md"].read_text(encoding="utf-8")
    assert "](" not in md
    assert not re.search(r"(?<!\\)<(a|img|b)\b", md)
    html = md_html(md)
    for tag in ("<a ", "<img", "<b>", "<script", "<blockquote>\n<p>citation"):
        assert tag not in html, tag
    assert html.count("<h1>") == 1          # the title only: no heading from user text
    text = squash(html_text(html))
    for key, value in HOSTILE.items():
        assert shown(value) in text, key
    assert squash(LONG_IDEA) in text


def test_csv_neutralises_formulas_and_keeps_the_rest(exported):
    folder = exported["csv"]
    cells = [c for f in folder.iterdir() for row in csv_rows(f)[1:] for c in row]
    for key, value in HOSTILE.items():
        value = typed(value)
        expected = "'" + value if runs_as_formula(value) else value
        assert expected in cells, key
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert LONG_IDEA in cells


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md", "csv"])
def test_anonymous_voters_are_never_named(hostile_store, tmp_path, fmt):
    out = formats.export(hostile_store, fmt, tmp_path / f"out.{fmt}",
                         include=EVERYTHING_BUT_ATTENDANCE)
    if fmt == "pdf":
        text = pdf_text(out)
    elif fmt == "docx":
        text = "\n".join(docx_xml(out).values())
    elif fmt == "md":
        text = out.read_text(encoding="utf-8")
    else:
        text = "\n".join(f.read_text(encoding="utf-8-sig") for f in out.iterdir())
    assert "Secret" in text                       # the anonymous round is there...
    for name in SECRET_VOTERS:
        assert squash(name) not in squash(text)   # ...but not who voted in it


def test_attendance_still_lists_secret_voters(hostile_store, tmp_path):
    out = formats.export(hostile_store, "md", tmp_path / "a.md", include={"attendance"})
    assert all(name in out.read_text(encoding="utf-8") for name in SECRET_VOTERS)
