"""The Rapport page: exports run in a worker on a snapshot of the session (the app keeps its
exclusive lock), with progress; existing files are only replaced after a yes; the preview
follows the language and the sections chosen."""
from __future__ import annotations

import shutil
import subprocess
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from facilitator import decisions as rules
from facilitator_ui import export_worker

TITLE = "Conseil « spécial » R&D ᐃᓄᒃᑎᑐᑦ"


@pytest.fixture
def small(store):
    with store.transaction():
        store.session.update(title=TITLE, date="2026-11-12", place="Baie-Comeau",
                             organizer="MRC de Manicouagan", facilitators=["Marie Tremblay"])
        alice = store.participants.add("Alice Côté", None, True)
        store.participants.add("Bruno Lévesque", None, False)
        store.agenda.add("Ouverture", 10)
        store.ideas.add("Navette régionale")
        rules.add_decision(store, "d'adopter l'ordre du jour.", proposed_by=alice)
        store.decisions.add_action("Écrire au ministère", "Alice Côté")
    return store


@pytest.fixture
def page(window, small, tmp_path, qtbot):
    p = window.show_page("report")
    out = tmp_path / "out"
    out.mkdir()
    p.folder_edit.setText(str(out))
    p.name_edit.setText("pv")
    return p


def wait_done(page, qtbot):
    qtbot.waitUntil(lambda: page.run is None and export_worker.running() == 0, timeout=20000)


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout


def docx_text(path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def test_exports_pdf_and_docx_through_the_worker(page, qtbot, tmp_path, messages):
    assert [f for f, box in page.format_boxes.items() if box.isChecked()] == ["pdf", "docx"]
    seen = []
    page.progress.valueChanged.connect(seen.append)
    QTest.keyClick(page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert page.run is not None and not page.export_button.isEnabled()
    wait_done(page, qtbot)
    pdf, docx = tmp_path / "out" / "pv.pdf", tmp_path / "out" / "pv.docx"
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        assert TITLE in pdf_text(pdf)
    assert "ᐃᓄᒃᑎᑐᑦ" in docx_text(docx) and "R&amp;D" in docx_text(docx)
    assert page.status.text() == f"2 files written in “{tmp_path / 'out'}”."
    assert [page.results.item(i).text() for i in range(page.results.count())] == ["pv.pdf",
                                                                                    "pv.docx"]
    assert page.open_folder_button.isVisible() and page.export_button.isEnabled()
    assert seen and max(seen) == 1000
    assert messages == []
    # nothing left behind: no temporary file, no snapshot
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["pv.docx", "pv.pdf"]


def test_snapshot_is_deleted_and_the_session_stays_locked_and_usable(page, qtbot, ctx,
                                                                    monkeypatch, tmp_path):
    made = []
    real = ctx.store.save_copy
    monkeypatch.setattr(ctx.store, "save_copy", lambda dest: made.append(real(dest)) or made[-1])
    page.export()
    wait_done(page, qtbot)
    assert len(made) == 1 and not made[0].exists() and not made[0].parent.exists()
    # the app still writes to its session
    assert ctx.do("x", lambda: ctx.store.participants.add("Chloé"))


def test_asks_before_overwriting_and_replaces_after_yes(page, qtbot, tmp_path, messages):
    page.format_boxes["docx"].setChecked(False)
    pdf = tmp_path / "out" / "pv.pdf"
    pdf.write_bytes(b"old")
    page.export()
    wait_done(page, qtbot)
    [(kind, title, text)] = messages
    assert kind == "question" and "pv.pdf" in text and "Replace" in title
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_no_keeps_the_existing_file(page, qtbot, tmp_path, monkeypatch):
    pdf = tmp_path / "out" / "pv.pdf"
    pdf.write_bytes(b"old")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    page.export()
    assert page.run is None and export_worker.running() == 0
    assert len(asked) == 1 and "pv.pdf" in asked[0]
    assert pdf.read_bytes() == b"old"
    assert not (tmp_path / "out" / "pv.docx").exists()
    assert page.status.text() == "Nothing was exported: the existing files are kept."


def test_markdown_csv_and_archive_in_english(page, qtbot, tmp_path):
    for fmt, box in page.format_boxes.items():
        box.setChecked(fmt in ("md", "csv", "json"))
    page.lang_box.setCurrentIndex(page.lang_box.findData("en"))
    page.section_boxes["ideas"].setChecked(False)
    page.export()
    wait_done(page, qtbot)
    out = tmp_path / "out"
    md = (out / "pv.md").read_text(encoding="utf-8")
    assert TITLE in md or "ᐃᓄᒃᑎᑐᑦ" in md
    assert "Attendance" in md and "Navette régionale" not in md
    assert (out / "pv-csv").is_dir() and any((out / "pv-csv").glob("*.csv"))
    assert '"title": "Conseil « spécial » R&D ᐃᓄᒃᑎᑐᑦ"' in (out / "pv.json").read_text("utf-8")


def test_missing_folder_is_refused(page, messages, tmp_path):
    page.folder_edit.setText(str(tmp_path / "nope"))
    page.export()
    assert page.run is None
    assert messages and "nope" in messages[0][2]


def test_nothing_to_export_disables_the_button(page):
    for box in page.format_boxes.values():
        box.setChecked(False)
    assert not page.export_button.isEnabled()
    page.format_boxes["md"].setChecked(True)
    assert page.export_button.isEnabled()
    page.name_edit.setText("  ")
    assert not page.export_button.isEnabled()


def test_preview_follows_language_and_sections(page):
    text = page.preview.text()
    assert text.splitlines()[:3] == ["Procès-verbal", TITLE, "12 novembre 2026"]
    assert "Lieu\u00a0: Baie-Comeau" in text
    assert "1. Présences — Présents : 1 sur 2 inscrits" in text
    assert "6. Décisions — 1" in text
    page.section_boxes["attendance"].setChecked(False)
    assert "Présences" not in page.preview.text()
    assert "5. Décisions — 1" in page.preview.text()
    page.lang_box.setCurrentIndex(page.lang_box.findData("en"))
    assert page.preview.text().splitlines()[:3] == ["Minutes", TITLE, "November 12, 2026"]
    page.preview.grab()   # paints without error


def test_french_interface(qt_lang, window, small):
    page = window.show_page("report")
    assert page.export_button.text() == "Exporter"
    assert page.lang_box.itemText(0) == "Celle de la séance (Français)"
    assert page.section_boxes["decisions"].text() == "Décisions"


def test_notes_are_not_a_section_of_the_minutes_and_the_guide_is_a_choice(page, qtbot,
                                                                         tmp_path, ctx):
    assert "notes" not in page.section_boxes
    assert all("Notes" not in box.text() for box in page.section_boxes.values())
    guide = page.format_boxes["guide"]
    assert not guide.isChecked() and "notes" in guide.text()
    with ctx.store.transaction():
        item = ctx.store.agenda.list()[0]
        ctx.store.agenda.update(item.id, notes="Garder le vote anonyme pour le personnel")
    page.export()
    wait_done(page, qtbot)
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == ["pv.docx", "pv.pdf"]
    assert "Garder le vote anonyme" not in pdf_text(out / "pv.pdf")
    for fmt, box in page.format_boxes.items():
        box.setChecked(fmt == "guide")
    page.export()
    wait_done(page, qtbot)
    assert "Garder le vote anonyme" in pdf_text(out / "pv-guide.pdf")


def test_paper_defaults_to_letter_in_quebec_and_is_remembered(window, ctx, small, tmp_path,
                                                               qtbot, monkeypatch):
    from facilitator_ui import settings

    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    monkeypatch.delenv("LC_PAPER", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    page = window.show_page("report")
    assert page.paper_box.currentData() == "letter"
    page.paper_box.setCurrentIndex(page.paper_box.findData("a4"))
    assert settings.value("paper") == "a4"
    assert page.job().paper == "a4"
    out = tmp_path / "out"
    out.mkdir()
    page.folder_edit.setText(str(out))
    page.name_edit.setText("pv")
    page.export()
    wait_done(page, qtbot)
    info = subprocess.run(["pdfinfo", str(out / "pv.pdf")], capture_output=True, text=True).stdout
    assert "(A4)" in info
    from facilitator_ui.pages.report import ReportPage

    again = ReportPage(ctx)
    assert again.paper_box.currentData() == "a4"


def test_the_page_names_characters_no_font_has(page, qtbot, small, tmp_path, monkeypatch):
    conf = tmp_path / "fonts.conf"
    conf.write_text("<?xml version=\"1.0\"?><fontconfig></fontconfig>")
    monkeypatch.setenv("FONTCONFIG_FILE", str(conf))   # a computer without any other font
    small.ideas.add("ภาษาไทย")
    for fmt, box in page.format_boxes.items():
        box.setChecked(fmt == "pdf")
    page.export()
    wait_done(page, qtbot)
    text = page.status.text()
    assert text.startswith(f"1 file written in “{tmp_path / 'out'}”.")
    assert "ภ" in text and "U+0E20" in text      # named, in the core's language
    assert "empty boxes" in text or "cases vides" in text
