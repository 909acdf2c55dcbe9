"""The Rapport page writes the démarche's report for the open session's chain (issue 16): the
sessions it follows are found by their uid (files may have moved), the open session is read
through its own store."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from facilitator import carryover
from tests.core.test_carryover import make_previous


@pytest.fixture
def controller(qtbot, qapp, messages, tmp_path):
    from facilitator_ui.controller import AppController

    c = AppController("fr")
    qtbot.addWidget(c.window)
    c.window.show()
    yield c
    c.close_session()


def test_report_page_writes_the_chain_report(controller, tmp_path):
    first = make_previous(tmp_path / "octobre.atelier")
    prev = carryover.load_previous(first)
    second = carryover.create_following(tmp_path / "novembre.atelier", prev, date="2026-11-12")
    assert controller.open_path(second)
    page = controller.window.show_page("report")
    page.activated()
    assert page.chain == [first]
    assert "octobre" in page.chain_label.text()
    out = tmp_path / "rapports"
    out.mkdir()
    page.folder_edit.setText(str(out))
    page.format_boxes["md"].setChecked(True)
    written = page.write_series()
    assert sorted(p.name for p in written) == ["novembre-demarche.docx", "novembre-demarche.md",
                                               "novembre-demarche.pdf"]
    text = (out / "novembre-demarche.md").read_text(encoding="utf-8")
    assert "| S1 | Conseil d'octobre | 15 octobre 2026 |   | octobre.atelier |" in text
    assert "| S2 | Conseil d'octobre | 12 novembre 2026 | S1 | novembre.atelier |" in text
    pdf = subprocess.run(["pdftotext", str(out / "novembre-demarche.pdf"), "-"],
                         capture_output=True, text=True, check=True).stdout
    assert "Rapport de la démarche" in pdf and "CM-2026-11-045" in pdf


def test_a_moved_previous_file_is_found_by_its_uid_in_the_recent_files(controller, tmp_path):
    from facilitator_ui import settings

    first = make_previous(tmp_path / "octobre.atelier")
    second = carryover.create_following(tmp_path / "novembre.atelier",
                                        carryover.load_previous(first))
    elsewhere = tmp_path / "archives"
    elsewhere.mkdir()
    moved = elsewhere / "renomme.atelier"
    shutil.move(first, moved)
    assert controller.open_path(second)
    page = controller.window.show_page("report")
    page.activated()
    assert page.chain == [] and "Conseil d'octobre" in page.chain_label.text()
    settings.add_recent(moved)
    page.activated()
    assert page.chain == [moved]
