"""What the import dialogs share: a read-only preview, a count, and Import / Cancel."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QVBoxLayout,
)


def add_preview_and_buttons(dialog: QDialog, layout: QVBoxLayout) -> None:
    """Give the dialog `preview` (a read-only table), `summary` (a label) and `buttons`
    (« Importer » / Cancel, wired to accept and reject), laid out at the bottom."""
    dialog.preview = QTableWidget()
    dialog.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    layout.addWidget(dialog.preview, 1)
    dialog.summary = QLabel()
    layout.addWidget(dialog.summary)
    dialog.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                      | QDialogButtonBox.StandardButton.Cancel)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
        QCoreApplication.translate("Import", "Import"))
    dialog.buttons.accepted.connect(dialog.accept)
    dialog.buttons.rejected.connect(dialog.reject)
    layout.addWidget(dialog.buttons)
