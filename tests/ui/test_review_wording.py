"""Wording a facilitator reads, checked in French: Qt's own buttons are not taken over by one
of our translations that happens to share its English source."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox


def test_open_button_of_restore_dialog_says_ouvrir(qt_lang):
    from ui.dialogs.restore import RestoreDialog

    dialog = RestoreDialog([])
    box = dialog.findChild(QDialogButtonBox)
    texts = [b.text().replace("&", "") for b in box.buttons()]
    assert "Ouvrir" in texts and "Ouvert" not in texts
    # while a voting round that is open still reads « Ouvert »
    assert QCoreApplication.translate("ui.models.voting", "Open") == "Ouvert"
