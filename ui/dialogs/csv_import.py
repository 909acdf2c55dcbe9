"""Import a list of participants from a CSV file, with a preview and the columns to use."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QTableWidgetItem, QVBoxLayout)

from facilitator.participants import ImportRow, plan_import
from facilitator.tabular import Table, guess_mapping, participants_from, skipped_rows
from facilitator_ui.dialogs.import_parts import add_preview_and_buttons
from facilitator_ui.i18n import plural

FIELDS = ("name", "first", "last", "organization", "email", "present")


class ParticipantsImportDialog(QDialog):
    PREVIEW_ROWS = 30

    def __init__(self, table: Table, filename: str, parent=None, existing=()) -> None:
        super().__init__(parent)
        self.table = table
        self.existing = list(existing)   # the session's participants, to merge same names
        self.setWindowTitle(self.tr("Import participants"))
        self.resize(960, 560)
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
        self.merge_box = QCheckBox(self.tr("Merge the names already on the list (same name, "
                                           "ignoring case and accents) instead of adding them "
                                           "twice"))
        self.merge_box.setChecked(True)
        self.merge_box.toggled.connect(self._update)
        layout.addWidget(self.merge_box)

        add_preview_and_buttons(self, layout)
        self.skipped_label = QLabel()
        self.skipped_label.setTextFormat(Qt.TextFormat.PlainText)
        self.skipped_label.setWordWrap(True)
        self.skipped_label.setStyleSheet("color: #8a4b00;")
        layout.insertWidget(layout.indexOf(self.summary) + 1, self.skipped_label)
        self._update()

    def mapping(self) -> dict[str, int | None]:
        return {f: box.currentData() for f, box in self.combos.items()}

    def people(self) -> list[dict]:
        return participants_from(self.table, self.mapping())

    def plan(self) -> list[ImportRow]:
        return plan_import(self.people(), self.existing)

    def merge(self) -> bool:
        return self.merge_box.isChecked()

    def _update(self) -> None:
        rows = self.plan()
        merge = self.merge()
        names = {p.id: p.name for p in self.existing}
        headers = [self.tr("Name"), self.tr("Organization"), self.tr("Email"), self.tr("Present"),
                   self.tr("Note")]
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        shown = rows[: self.PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for r, row in enumerate(shown):
            p = row.person
            if row.match is not None:
                note = (self.tr("already on the list as “%1”: merged") if merge else
                        self.tr("already on the list as “%1”: added again"))
                note = note.replace("%1", names.get(row.match, ""))
            elif row.repeat_of is not None:
                note = (self.tr("same name as row %1: merged") if merge else
                        self.tr("same name as row %1")).replace("%1", str(row.repeat_of + 1))
            else:
                note = ""
            cells = (p["name"], p["organization"] or "", p["email"] or "",
                     self.tr("yes") if p["present"] else self.tr("no"), note)
            for c, text in enumerate(cells):
                self.preview.setItem(r, c, QTableWidgetItem(text))
        self.preview.resizeColumnsToContents()
        self.preview.horizontalHeader().setStretchLastSection(True)
        same = sum(1 for r in rows if r.match is not None or r.repeat_of is not None)
        self.merge_box.setVisible(bool(same))
        new = len(rows) - same if merge else len(rows)
        text = plural(new, self.tr("%1 participant will be added."),
                      self.tr("%1 participants will be added."))
        if same and merge:
            text += " " + self.tr("%1 will be merged with the person of the same name "
                                  "(presence, organization and email filled in).") \
                .replace("%1", str(same))
        self.summary.setText(text)
        skipped = skipped_rows(self.table, self.mapping())
        self.skipped_label.setText(
            (self.tr("Left out, without a name: line %1 of the file.") if len(skipped) == 1 else
             self.tr("Left out, without a name: lines %1 of the file."))
            .replace("%1", ", ".join(str(n) for n in skipped[:20])
                     + (" …" if len(skipped) > 20 else "")) if skipped else "")
        self.skipped_label.setVisible(bool(skipped))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(rows))
