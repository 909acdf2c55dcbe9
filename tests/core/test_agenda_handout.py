"""The one-page agenda handout: titles and clock times, text exactly as typed (markup
characters included), never the facilitator's notes, one page even for a long agenda."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from facilitator.export.agenda_handout import write_agenda_handout

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def text_of(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def pages_of(pdf) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def planned(store):
    with store.transaction():
        store.session.update(start_time="09:00", end_time="12:00", date="2026-11-12",
                             place="Salle du conseil")
        store.agenda.add("Accueil et tour de table", 20, objective="Se présenter",
                         method="Tour de table", notes="NOTE PRIVÉE", materials="MATÉRIEL")
        store.agenda.add("a<b", 25, objective="R&D <b>", method="1-2-4-tous")
        store.agenda.add("R&D <b> ᐃᓄᒃᑎᑐᑦ", 15, method="<img src=\"/etc/passwd\"/>")
    return store


def test_titles_and_times(planned, tmp_path):
    out = write_agenda_handout(planned, tmp_path / "odj.pdf")
    text = text_of(out)
    assert "Ordre du jour" in text
    assert "Accueil et tour de table" in text
    assert "9:00–9:20" in text and "9:20–9:45" in text and "9:45–10:00" in text
    assert "12 novembre 2026" in text and "Salle du conseil" in text
    assert "Fin prévue" in text and "10:00" in text
    assert pages_of(out) == 1


def test_markup_characters_print_as_typed(planned, tmp_path):
    text = text_of(write_agenda_handout(planned, tmp_path / "odj.pdf"))
    assert "a<b" in text
    assert "R&D <b>" in text
    assert "R&D;" not in text
    assert "<img" in text and 'src="/etc/passwd"/>' in text   # shown, never read as an image
    assert "ᐃᓄᒃᑎᑐᑦ" in text


def test_notes_and_materials_are_not_printed(planned, tmp_path):
    text = text_of(write_agenda_handout(planned, tmp_path / "odj.pdf"))
    assert "NOTE PRIVÉE" not in text and "MATÉRIEL" not in text


def test_english_labels(planned, tmp_path):
    text = text_of(write_agenda_handout(planned, tmp_path / "agenda.pdf", lang="en"))
    assert "Agenda" in text and "Time" in text and "Planned end" in text
    assert "November 12, 2026" in text


def test_a_long_agenda_stays_on_one_page(store, tmp_path):
    with store.transaction():
        store.session.update(start_time="08:30")
        for n in range(45):
            store.agenda.add(f"Point numéro {n + 1}", 10, objective="Un objectif assez long "
                             "pour occuper une deuxième ligne dans la colonne du point " * 2)
    out = write_agenda_handout(store, tmp_path / "long.pdf")
    assert pages_of(out) == 1
    text = text_of(out)
    assert "Point numéro 1" in text and "Point numéro 45" in text


def test_without_start_time_no_clock(store, tmp_path):
    with store.transaction():
        store.agenda.add("Accueil", 10)
    text = text_of(write_agenda_handout(store, tmp_path / "odj.pdf"))
    assert "Accueil" in text and "10 min" in text and "Heure" not in text


def test_unwritable_place_is_a_clear_error(planned, tmp_path):
    from facilitator.errors import FileError

    with pytest.raises(FileError):
        write_agenda_handout(planned, tmp_path / "missing" / "odj.pdf")
    assert not list(tmp_path.glob("*.tmp"))
