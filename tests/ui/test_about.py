"""« À propos »: version, licence, credits of the reference frame and fonts, and the folders."""
from __future__ import annotations

from facilitator import __version__


def test_about_names_version_licence_credits_and_folders(qapp, qt_lang, store, tmp_home):
    from facilitator_ui.dialogs.about import AboutDialog

    dialog = AboutDialog(store.path)
    credits = dialog.credits_label.text()
    assert __version__ in dialog.version_label.text()
    assert "MIT" in credits
    assert "Communagir" in credits and "Sinha" in credits and "Draimin" in credits
    assert "DejaVu" in credits and "Symbola" in credits
    shown = " ".join(label.text() for label in dialog.folder_labels)
    assert str(store.path.resolve().parent) in shown
    assert str(tmp_home / "data" / "snapshots") in shown
    assert "Dossier de cette séance" in shown         # French first
    dialog.deleteLater()


def test_help_menu_opens_about(qapp, qt_lang, monkeypatch):
    from facilitator_ui.dialogs.about import AboutDialog
    from facilitator_ui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow()
    window.about_action.trigger()
    assert len(opened) == 1 and "Facilitateur" in opened[0].windowTitle()
    window.close()
