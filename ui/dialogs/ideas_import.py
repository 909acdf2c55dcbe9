"""Import ideas from a CSV or text file, with a preview: one idea a line, or one column (the
answers of a survey); likely duplicates are marked and can be left out."""
from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QRadioButton,
                               QTableWidgetItem, QVBoxLayout)

from facilitator.ideas import (DuplicateIndex, IdeaSource, ImportRow, guess_idea_column,
                               ideas_from_table, plan_import)
from facilitator_ui.dialogs.import_parts import add_preview_and_buttons
from facilitator_ui.models.ideas import count_text


class IdeasImportDialog(QDialog):
    PREVIEW_ROWS = 200

    def __init__(self, source: IdeaSource, dups: DuplicateIndex,
                 themes: list[tuple[int, str]], parent=None) -> None:
        super().__init__(parent)
        self.source = source
        self.dups = dups
        self.setWindowTitle(self.tr("Import ideas"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("File: %1").replace("%1", source.name)))

        layout.addWidget(self._build_line_choice())
        layout.addLayout(self._build_column_choice(source.table, source.looks_tabular))
        self.skip = QCheckBox()
        self.skip.setChecked(True)
        layout.addWidget(self.skip)
        layout.addLayout(self._build_theme_choice(themes))
        add_preview_and_buttons(self, layout)
        self._build_preview_columns()
        self.by_line.toggled.connect(self._update)
        self.column.currentIndexChanged.connect(self._update)
        self.skip.toggled.connect(self._update)
        self._update()

    def _build_line_choice(self) -> QRadioButton:
        self.by_line = QRadioButton(self.tr("One idea per line"))
        return self.by_line

    def _build_column_choice(self, table, looks_tabular: bool) -> QHBoxLayout:
        """« The ideas are in a column: » and the columns, each with a sample of its answers;
        the likeliest column is chosen, and the mode is « by column » when the file is a table."""
        self.by_column = QRadioButton(self.tr("The ideas are in a column:"))
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.by_line)
        self.mode.addButton(self.by_column)
        self.column = QComboBox()
        self.column.setAccessibleName(self.tr("Column"))
        columns = table.header or [self.tr("Column %1").replace("%1", str(i + 1))
                                   for i in range(table.width)]
        for i, name in enumerate(columns):
            sample = next((r[i] for r in table.rows if i < len(r) and r[i].strip()), "")
            label = name or self.tr("Column %1").replace("%1", str(i + 1))
            if sample and table.header:
                label += f" — {sample[:40]}"
            self.column.addItem(label, i)
        guess = guess_idea_column(table)
        if guess is not None:
            self.column.setCurrentIndex(guess)
        tabular = looks_tabular and self.column.count() > 0
        self.by_column.setEnabled(self.column.count() > 0)
        (self.by_column if tabular else self.by_line).setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.by_column)
        row.addWidget(self.column, 1)
        return row

    def _build_theme_choice(self, themes: list[tuple[int, str]]) -> QFormLayout:
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.addItem(self.tr("No theme"), None)
        for tid, title in themes:
            self.theme.addItem(title, tid)
        form = QFormLayout()
        form.addRow(self.tr("Put them in:"), self.theme)
        return form

    def _build_preview_columns(self) -> None:
        self.preview.setColumnCount(2)
        self.preview.setHorizontalHeaderLabels([self.tr("Idea"), self.tr("Note")])
        self.preview.setWordWrap(True)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def rows(self) -> list[ImportRow]:
        if self.by_column.isChecked() and self.column.count():
            texts = ideas_from_table(self.source.table, self.column.currentData())
        else:
            texts = self.source.lines
        return plan_import(texts, self.dups)

    def texts(self) -> list[str]:
        """The ideas to add, as they are in the file."""
        rows = self.rows()
        if self.skip.isChecked():
            rows = [r for r in rows if r.duplicate_of is None]
        return [r.text for r in rows]

    def theme_id(self) -> int | None:
        return self.theme.currentData()

    def _update(self) -> None:
        self.column.setEnabled(self.by_column.isChecked())
        rows = self.rows()
        dups = sum(r.duplicate_of is not None for r in rows)
        self.skip.setText(self.tr("Leave out the likely duplicates (%1): same words as an idea "
                                  "on the wall or earlier in the file").replace("%1", str(dups)))
        self.skip.setEnabled(dups > 0)
        shown = rows[: self.PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for n, r in enumerate(shown):
            self.preview.setItem(n, 0, QTableWidgetItem(r.text))
            note = ""
            if r.duplicate_of is not None:
                note = (self.tr("already on the wall") if r.duplicate_of > 0
                        else self.tr("same as row %1").replace("%1", str(-r.duplicate_of)))
            self.preview.setItem(n, 1, QTableWidgetItem(note))
        self.preview.resizeRowsToContents()
        count = len(self.texts())
        self.summary.setText(count_text(count, self.tr("%1 idea will be added."),
                                        self.tr("%1 ideas will be added.")))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(count > 0)
