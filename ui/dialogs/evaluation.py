"""The session's evaluation (issue 16): how many people gave each score from 1 to 5, what to
keep and what to change. The rules (what is valid, the average) are in
facilitator.evaluation; this dialog only lays them out."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from facilitator import evaluation
from facilitator.i18n import current_language
from facilitator_ui.icons import icon


class NoteList(QWidget):
    """A list of short texts: type and press Enter (or Add); Delete removes the selected one."""

    def __init__(self, placeholder: str, parent=None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(placeholder)
        add = QPushButton(icon("fa5s.plus"), self.tr("Add"))
        remove = QPushButton(icon("fa5s.trash-alt"), self.tr("Remove"))
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(add)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.edit)
        layout.addLayout(row)
        self.edit.returnPressed.connect(self._add_typed)
        add.clicked.connect(self._add_typed)
        remove.clicked.connect(self.remove_current)

    def add(self, text: str) -> None:
        if text.strip():
            self.list.addItem(text.strip())

    def _add_typed(self) -> None:
        self.add(self.edit.text())
        self.edit.clear()
        self.edit.setFocus()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


class EvaluationDialog(QDialog):
    def __init__(self, summary: evaluation.Summary, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session evaluation"))
        self.resize(620, 560)
        scores = QGroupBox(self.tr("How many people gave each score"))
        form = QFormLayout(scores)
        self.spins: dict[int, QSpinBox] = {}
        for score in sorted(evaluation.SCORES, reverse=True):
            spin = QSpinBox()
            spin.setRange(0, 9999)
            spin.setMaximumWidth(120)
            spin.setValue(summary.ratings.get(score, 0))
            spin.setAccessibleName(self.tr("People who gave %1 out of 5")
                                   .replace("%1", str(score)))
            spin.valueChanged.connect(self._update_summary)
            form.addRow(self.tr("%1 out of 5").replace("%1", str(score)), spin)
            self.spins[score] = spin
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: bold;")
        self.keep = NoteList(self.tr("What to keep (Enter adds it)"))
        self.change = NoteList(self.tr("What to change (Enter adds it)"))
        for text in summary.keep:
            self.keep.add(text)
        for text in summary.change:
            self.change.add(text)
        keep_box = QGroupBox(self.tr("To keep"))
        QVBoxLayout(keep_box).addWidget(self.keep)
        change_box = QGroupBox(self.tr("To change"))
        QVBoxLayout(change_box).addWidget(self.change)
        notes = QHBoxLayout()
        notes.addWidget(keep_box)
        notes.addWidget(change_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scores)
        layout.addWidget(self.summary)
        layout.addLayout(notes, 1)
        layout.addWidget(buttons)
        self._update_summary()

    def values(self) -> tuple[dict[int, int], list[str], list[str]]:
        """(ratings {score: people}, to keep, to change), for evaluation.record."""
        return ({s: self.spins[s].value() for s in evaluation.SCORES}, self.keep.texts(),
                self.change.texts())

    def _update_summary(self) -> None:
        ratings = {s: n for s, n in self.values()[0].items() if n}
        self.summary.setText(evaluation.summary_sentence(evaluation.Summary(ratings),
                                                         current_language()))
