"""New session: title, template, language, and where to save the file."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLineEdit, QPushButton, QWidget)

from facilitator.store import SUFFIX


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text[:60] or "seance"


def default_folder() -> Path:
    docs = Path.home() / "Documents"
    return docs if docs.is_dir() else Path.home()


class NewSessionDialog(QDialog):
    def __init__(self, templates: list, template: str | None, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New session"))
        self.resize(620, 0)
        self.title_edit = QLineEdit()
        self.template_box = QComboBox()
        self.template_box.addItem(self.tr("Blank session"), None)
        for t in templates:
            self.template_box.addItem(t.title(lang), t.name)
        if template:
            self.template_box.setCurrentIndex(max(0, self.template_box.findData(template)))
        self.lang_box = QComboBox()
        self.lang_box.addItem("Français", "fr")
        self.lang_box.addItem("English", "en")
        self.lang_box.setCurrentIndex(0 if lang != "en" else 1)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File"))  # its label names the row, not it
        browse = QPushButton(self.tr("Browse…"))
        row = QWidget()
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.path_edit, 1)
        rl.addWidget(browse)

        self._templates = {t.name: t for t in templates}
        form = QFormLayout(self)
        form.addRow(self.tr("&Template"), self.template_box)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Language"), self.lang_box)
        form.addRow(self.tr("&File"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        form.addRow(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create the session"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        browse.clicked.connect(self._browse)
        self.template_box.currentIndexChanged.connect(self._template_changed)
        self.lang_box.currentIndexChanged.connect(self._template_changed)
        self.title_edit.textEdited.connect(self._title_edited)
        self._path_touched = False
        self.path_edit.textEdited.connect(lambda: setattr(self, "_path_touched", True))
        self._template_changed()

    def _template_changed(self) -> None:
        name = self.template_box.currentData()
        lang = self.lang_box.currentData()
        if name and name in self._templates:
            self.title_edit.setText(self._templates[name].steps[0].title(lang))
        elif not self.title_edit.text():
            self.title_edit.setText(self.tr("New session"))
        self._title_edited()

    def _title_edited(self) -> None:
        if not self._path_touched:
            self.path_edit.setText(str(self._free_path(slug(self.title_edit.text()))))

    @staticmethod
    def _free_path(stem: str) -> Path:
        return free_path(default_folder(), stem)

    def _browse(self) -> None:
        browse_session_path(self)

    def values(self) -> dict:
        path = self.path_edit.text().strip()
        if path and not path.endswith(SUFFIX):
            path += SUFFIX
        return {"title": self.title_edit.text().strip() or self.tr("New session"),
                "template": self.template_box.currentData(), "lang": self.lang_box.currentData(),
                "path": path}


def free_path(folder: Path, stem: str) -> Path:
    """`folder/stem.atelier`, or `stem-2.atelier`, `stem-3.atelier`… the first name not taken."""
    path = folder / f"{stem}{SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}{SUFFIX}"
        n += 1
    return path


def browse_session_path(dialog) -> None:
    """Ask where to save the new session (a dialog with `path_edit`); the name chosen by hand is
    then kept (`_path_touched`)."""
    path, _ = QFileDialog.getSaveFileName(
        dialog, QCoreApplication.translate("ui.dialogs.new_session", "Save the session as"),
        dialog.path_edit.text(),
        QCoreApplication.translate("ui.dialogs.new_session", "Facilitateur sessions (*.atelier)"))
    if path:
        if not path.endswith(SUFFIX):
            path += SUFFIX
        dialog.path_edit.setText(path)
        dialog._path_touched = True
