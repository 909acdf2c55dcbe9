"""Minutes a secretary would sign: the facilitator's notes never in them (only in the separate
« guide d'animation »), the paper of the place, no heading left alone at the bottom of a page,
and numbers with their unit never cut across two lines."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from .export_readback import docx_text, docx_xml, pdf_text

from facilitator.export import formats
from facilitator.export.labels import SECTIONS
from facilitator.export.report import build_report

#: The notes of fill_small (session and item 2), and a template's note.
NOTES = ("Séance ordinaire tenue en présentiel", "Prochaine séance", "Beaucoup d'idées sur le "
         "covoiturage", "Le vote anonyme permet au personnel")


@pytest.fixture
def noted(small_store):
    with small_store.transaction():
        first = small_store.agenda.list()[0]
        small_store.agenda.update(first.id, notes="Le vote anonyme permet au personnel de "
                                  "s'exprimer librement devant sa direction.",
                                  materials="Tableau blanc, gommettes")
    return small_store


def _all_text(out) -> str:
    if out.is_dir():
        return "\n".join(p.read_text(encoding="utf-8-sig") for p in sorted(out.iterdir()))
    if out.suffix == ".pdf":
        return pdf_text(out)
    if out.suffix == ".docx":
        return docx_text(out) + "\n".join(docx_xml(out).values())
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md", "csv"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_facilitator_notes_never_reach_the_minutes(noted, tmp_path, fmt, lang):
    out = formats.export(noted, fmt, tmp_path / ("pv-csv" if fmt == "csv" else f"pv.{fmt}"),
                         lang=lang)
    text = " ".join(_all_text(out).split())
    for note in NOTES:
        assert note not in text, f"{note!r} is printed in the {fmt} minutes"
    assert "Notes d'animation" not in text and "Facilitator notes" not in text


def test_the_report_has_no_notes_section(noted):
    assert "notes" not in SECTIONS
    report = build_report(noted)
    assert not hasattr(report, "notes")
    assert all(not hasattr(row, "notes") for row in report.agenda.rows)
    with pytest.raises(ValueError, match="notes"):
        build_report(noted, include={"notes"})


@pytest.mark.parametrize("lang, words", [
    ("fr", ("Guide d'animation", "Matériel", "Tableau blanc, gommettes", "Notes d'animation",
            "Le vote anonyme permet au personnel", "Séance ordinaire tenue en présentiel",
            "Plénière", "Ouvrir la séance", "19:00", "ne pas distribuer")),
    ("en", ("Facilitation guide", "Materials", "Tableau blanc, gommettes", "Facilitator notes",
            "Le vote anonyme permet au personnel", "Plénière", "do not hand out")),
])
def test_the_facilitation_guide_is_its_own_export(noted, tmp_path, lang, words):
    out = formats.export(noted, "guide", tmp_path / "guide.pdf", lang=lang)
    assert out == tmp_path / "guide.pdf"
    text = " ".join(pdf_text(out).split()).casefold()
    for word in words:
        assert word.casefold() in text, word
    # the guide is not the minutes: no votes, no decisions, no attendance
    assert "résolution" not in text and "navette entre pointe-lebel" not in text
    assert formats.default_output(noted.path, "guide").name == "conseil-guide.pdf"


# -- paper -----------------------------------------------------------------------------------
def page_size(path) -> tuple[float, float]:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo missing: apt-get install poppler-utils")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    w, h = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return round(float(w)), round(float(h))


LETTER, A4 = (612, 792), (595, 842)


@pytest.mark.parametrize("env, expected", [
    ({"LANG": "fr_CA.UTF-8"}, "letter"), ({"LANG": "en_CA.UTF-8"}, "letter"),
    ({"LANG": "en_US.UTF-8"}, "letter"), ({"LANG": "es_MX.UTF-8"}, "letter"),
    ({"LANG": "fr_FR.UTF-8"}, "a4"), ({"LANG": "en_GB.UTF-8"}, "a4"),
    ({"LANG": "de_DE.UTF-8"}, "a4"), ({"LANG": "fr_BE"}, "a4"),
    ({"LANG": "C.UTF-8"}, "letter"), ({"LANG": "fr"}, "letter"), ({}, "letter"),
    ({"LANG": "fr_FR.UTF-8", "LC_PAPER": "fr_CA.UTF-8"}, "letter"),
    ({"LANG": "fr_CA.UTF-8", "LC_PAPER": "fr_FR.UTF-8"}, "a4"),
    ({"LC_ALL": "en_GB.UTF-8", "LC_PAPER": "en_CA.UTF-8"}, "a4"),
    ({"LC_ALL": "", "LANG": "fr_CH.UTF-8"}, "a4"),
])
def test_default_paper_follows_the_system_locale(env, expected):
    from facilitator.export.paper import default_paper

    assert default_paper(env) == expected


@pytest.mark.parametrize("paper, size", [("letter", LETTER), ("a4", A4)])
def test_pdf_minutes_guide_and_handout_on_the_paper_asked(small_store, tmp_path, paper, size):
    for fmt in ("pdf", "guide", "handout"):
        out = formats.export(small_store, fmt, tmp_path / f"{fmt}-{paper}.pdf", paper=paper)
        assert page_size(out) == size, fmt


def test_default_paper_is_letter_in_quebec(small_store, tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_PAPER", raising=False)
    assert page_size(formats.export(small_store, "pdf", tmp_path / "pv.pdf")) == LETTER
    monkeypatch.setenv("LC_PAPER", "fr_FR.UTF-8")
    assert page_size(formats.export(small_store, "pdf", tmp_path / "fr.pdf")) == A4


@pytest.mark.parametrize("paper, cm", [("letter", (21.59, 27.94)), ("a4", (21.0, 29.7))])
def test_word_minutes_on_the_paper_asked(small_store, tmp_path, paper, cm):
    from docx import Document

    out = formats.export(small_store, "docx", tmp_path / "pv.docx", paper=paper)
    section = Document(str(out)).sections[0]
    assert (round(section.page_width.cm, 2), round(section.page_height.cm, 2)) == cm


def test_unknown_paper_is_refused(small_store, tmp_path):
    with pytest.raises(ValueError, match="b5"):
        formats.export(small_store, "pdf", tmp_path / "pv.pdf", paper="b5")
    assert not (tmp_path / "pv.pdf").exists()


# -- keeping headings with what they introduce -----------------------------------------------
HEAT = {"fr": "Niveaux actuels / Niveaux souhaités", "en": "Current levels / Desired levels"}


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_no_heading_is_left_alone_at_the_bottom_of_a_page(small_store, tmp_path, monkeypatch,
                                                           paper):
    """The role-map section pushed down the page step by step: wherever its heat-map heading
    lands, the first actor of its table is on the same page."""
    from reportlab.platypus import Spacer

    from facilitator.export import pdf
    from facilitator.export.paper import page_size as size_of

    report = build_report(small_store, "fr", {"roles"})
    height = size_of(paper)[1]
    for step in range(0, int(height * 0.8), 14):
        monkeypatch.setattr(pdf._Builder, "title_page",
                            lambda self, h=step: self.story.append(Spacer(1, h)))
        out = pdf.write(report, tmp_path / f"r{step}.pdf", paper=paper)
        for page in pdf_text(out).split("\f"):
            if HEAT["fr"] in page:
                after = page.split(HEAT["fr"], 1)[1]
                assert "MRC de Manicouagan" in after, f"heading alone at the bottom ({step} pt)"


def _keeps_next(xml: str, styles: str) -> set[str]:
    """Style ids whose paragraphs keep with the next one."""
    out = set()
    for m in re.finditer(r'<w:style [^>]*w:styleId="([^"]+)".*?</w:style>', styles, re.S):
        if "<w:keepNext/>" in m.group(0):
            out.add(m.group(1))
    return out


def test_word_headings_and_their_lead_in_keep_with_the_table(small_store, tmp_path):
    out = formats.export(small_store, "docx", tmp_path / "pv.docx", lang="en")
    xml = docx_xml(out)
    body, keep_styles = xml["word/document.xml"], _keeps_next("", xml["word/styles.xml"])
    blocks = re.findall(r"<w:p\b.*?</w:p>|<w:p/>|<w:tbl>", body, re.S)
    checked = 0
    for n, block in enumerate(blocks):
        if block != "<w:tbl>":
            continue
        # every paragraph between the heading and the table keeps with the next one
        k = n - 1
        while k >= 0 and blocks[k] != "<w:tbl>":
            para = blocks[k]
            style = re.search(r'<w:pStyle w:val="([^"]+)"', para)
            keeps = "<w:keepNext/>" in para or (style and style.group(1) in keep_styles)
            text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", para))
            if text.strip():
                assert keeps, f"« {text} » does not keep with the table after it"
            if style and style.group(1).startswith("Heading"):
                checked += 1
                break
            k -= 1
    assert checked >= 8


# -- numbers with their unit -----------------------------------------------------------------
def test_durations_and_no_never_wrap_in_english(small_store, tmp_path):
    with small_store.transaction():
        for item in small_store.agenda.list():
            small_store.agenda.update(item.id, planned_minutes=item.planned_minutes + 95,
                                      actual_seconds=(item.actual_seconds or 0) + 95 * 60)
    report = build_report(small_store, "en")
    assert report.agenda.total_planned == "7\u00a0h\u00a050\u00a0min"
    assert report.agenda.rows[0].planned == "1\u00a0h\u00a045\u00a0min"
    pdf = pdf_text(formats.export(small_store, "pdf", tmp_path / "pv.pdf", lang="en"))
    lines = [ln.strip() for ln in pdf.splitlines()]
    assert "No." in " ".join(lines).split() and "No" not in lines
    for value in (report.agenda.total_planned, report.agenda.total_actual,
                  report.agenda.rows[0].planned):
        # pdftotext writes the no-break spaces as spaces: the value is whole on one line
        assert "\u00a0h\u00a0" in value and value.replace("\u00a0", " ") in pdf, value
    for ln in lines:     # never a unit alone at the start of a line
        assert not re.match(r"^(min|h)\b", ln), ln
    docx = docx_xml(formats.export(small_store, "docx", tmp_path / "pv.docx", lang="en"))
    assert "7\u00a0h\u00a050\u00a0min" in docx["word/document.xml"]
    md = formats.export(small_store, "md", tmp_path / "pv.md", lang="en").read_text("utf-8")
    assert "7\u00a0h\u00a050\u00a0min" in md


def test_the_guide_prints_hostile_text_as_typed(hostile_store, tmp_path):
    with hostile_store.transaction():
        item = hostile_store.agenda.list()[0]
        hostile_store.agenda.update(item.id, materials='R&D <b> <img src="/etc/passwd"/>')
    out = formats.export(hostile_store, "guide", tmp_path / "g.pdf", lang="fr", paper="a4")
    text = pdf_text(out)
    for typed in ("a<b", "R&D <b>", '<img src="/etc/passwd"/>', "=HYPERLINK"):
        assert typed in text, typed
