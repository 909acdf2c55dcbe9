"""Wording a facilitator reads, checked in French: Qt's own buttons are not taken over by one
of our translations that happens to share its English source."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox


def test_open_button_of_restore_dialog_says_ouvrir(qt_lang):
    from facilitator_ui.dialogs.restore import RestoreDialog

    dialog = RestoreDialog([])
    box = dialog.findChild(QDialogButtonBox)
    texts = [b.text().replace("&", "") for b in box.buttons()]
    assert "Ouvrir" in texts and "Ouvert" not in texts
    # while a voting round that is open still reads « Ouvert »
    assert QCoreApplication.translate("ui.models.voting", "Open") == "Ouvert"


def test_csv_preview_says_who_is_absent_and_the_button_says_importer(qt_lang, tmp_path):
    from facilitator.tabular import read_table
    from facilitator_ui.dialogs.csv_import import ParticipantsImportDialog

    path = tmp_path / "liste.csv"
    path.write_text("Nom,Présent\nLouise Tremblay,oui\nMarc Gagnon,non\n", encoding="utf-8")
    dialog = ParticipantsImportDialog(read_table(str(path)), path.name)
    present = [dialog.preview.item(r, 3).text() for r in range(2)]
    assert present == ["oui", "non"]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Importer" and ok.isEnabled()


def test_new_session_button_names_what_it_does(qt_lang):
    from facilitator_ui.dialogs.new_session import NewSessionDialog

    dialog = NewSessionDialog([], None, "fr")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Créer la séance"
