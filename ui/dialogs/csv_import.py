"""Import a list of participants from a CSV file, with a preview and the columns to use."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QTableWidgetItem, QVBoxLayout)

from facilitator.tabular import Table, guess_mapping, participants_from
from ui.dialogs.import_parts import add_preview_and_buttons
from ui.i18n import plural

FIELDS = ("name", "first", "last", "organization", "email", "present")


class ParticipantsImportDialog(QDialog):
    PREVIEW_ROWS = 30

    def __init__(self, table: Table, filename: str, parent=None) -> None:
        super().__init__(parent)
        self.table = table
        self.setWindowTitle(self.tr("Import participants"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("File: %1").replace("%1", filename)))

        labels = {"name": self.tr("Name"), "first": self.tr("First name"),
                  "last": self.tr("Last name"), "organization": self.tr("Organization"),
                  "email": self.tr("Email"), "present": self.tr("Present")}
        mapping = guess_mapping(table)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        columns = table.header or [self.tr("Column %1").replace("%1", str(i + 1))
                                   for i in range(table.width)]
        for field in FIELDS:
            box = QComboBox()
            box.addItem(self.tr("(none)"), None)
            for i, name in enumerate(columns):
                box.addItem(name or self.tr("Column %1").replace("%1", str(i + 1)), i)
            box.setCurrentIndex(0 if mapping.get(field) is None else mapping[field] + 1)
            box.currentIndexChanged.connect(self._update)
            self.combos[field] = box
            form.addRow(labels[field], box)
        layout.addLayout(form)

        add_preview_and_buttons(self, layout)
        self._update()

    def mapping(self) -> dict[str, int | None]:
        return {f: box.currentData() for f, box in self.combos.items()}

    def people(self) -> list[dict]:
        return participants_from(self.table, self.mapping())

    def _update(self) -> None:
        people = self.people()
        headers = [self.tr("Name"), self.tr("Organization"), self.tr("Email"), self.tr("Present")]
        self.preview.clear()
        self.preview.setColumnCount(4)
        self.preview.setHorizontalHeaderLabels(headers)
        shown = people[: self.PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for r, p in enumerate(shown):
            cells = (p["name"], p["organization"] or "", p["email"] or "",
                     self.tr("yes") if p["present"] else self.tr("no"))
            for c, text in enumerate(cells):
                self.preview.setItem(r, c, QTableWidgetItem(text))
        self.preview.resizeColumnsToContents()
        self.summary.setText(plural(len(people), self.tr("%1 participant will be added."),
                                    self.tr("%1 participants will be added.")))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(people))
