"""The editor of one agenda item (title, length, objective, method, notes, materials) beside the
plan; each field is saved when it is left."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox,
                               QVBoxLayout, QWidget)

from facilitator.agenda import fmt_duration
from facilitator.i18n import current_language
from facilitator_ui.widgets.fields import LeaveTextEdit


MAX_MINUTES = 24 * 60   # the longest item: a day


class ItemEditor(QWidget):
    """The detail editor beside the list; each field is saved when it is left."""
    fieldEdited = Signal(int, str, object)   # item id, field, new value

    def __init__(self) -> None:
        super().__init__()
        self.item = None
        self._loading = False
        self.title_edit = QLineEdit()
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(" min")
        self.minutes.setKeyboardTracking(False)
        self.minutes.setAccelerated(True)
        self.objective = LeaveTextEdit(lambda: self._save_text("objective", self.objective))
        self.objective.setPlaceholderText(self.tr("What this item must produce"))
        self.method = LeaveTextEdit(lambda: self._save_text("method", self.method))
        self.method.setPlaceholderText(self.tr("e.g. round table, 1-2-4-all, world café"))
        self.notes = LeaveTextEdit(lambda: self._save_text("notes", self.notes))
        self.notes.setPlaceholderText(self.tr("For you only: never shown to the room"))
        self.materials = LeaveTextEdit(lambda: self._save_text("materials", self.materials))
        self.materials.setPlaceholderText(self.tr("Flip charts, markers, sticky notes…"))
        self.actual = QLabel()
        self.actual.setStyleSheet("color: #486581;")
        # past actual times of this method in other sessions (facilitator.history, issue 16)
        self.suggested = QLabel()
        self.suggested.setStyleSheet("color: #486581;")
        self.suggested.setWordWrap(True)
        self.suggest = lambda method: ""
        for w in (self.objective, self.method, self.notes, self.materials):
            w.setMinimumHeight(54)
        self.heading = QLabel()
        f = self.heading.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.heading.setFont(f)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.empty = QLabel(self.tr("Select an item to edit it, or add one above."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #627d98;")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # a side pane: labels above
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Length"), self.minutes)
        form.addRow(self.tr("&Objective"), self.objective)
        form.addRow(self.tr("&Method"), self.method)
        form.addRow("", self.suggested)
        form.addRow(self.tr("Facilitator &notes"), self.notes)
        form.addRow(self.tr("M&aterials"), self.materials)
        form.addRow("", self.actual)
        self.fields = QWidget()
        self.fields.setLayout(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.fields, 1)

        self.title_edit.editingFinished.connect(self._save_title)
        self.minutes.valueChanged.connect(self._save_minutes)
        self.set_item(None)

    def set_item(self, item, number: int = 0, when: str = "") -> None:
        """Show an item (None: nothing selected). Fields being edited keep their text."""
        same = self.item is not None and item is not None and self.item.id == item.id
        self.item = item
        self.fields.setVisible(item is not None)
        self.empty.setVisible(item is None)
        if item is None:
            self.heading.setText("")
            return
        self.heading.setText(f"{number}. {item.title}" + (f"  ·  {when}" if when else ""))
        self._loading = True
        try:
            if not (same and self.title_edit.hasFocus()) and self.title_edit.text() != item.title:
                self.title_edit.setText(item.title)
                self.title_edit.setCursorPosition(0)
            if not (same and self.minutes.hasFocus()):
                self.minutes.setValue(item.planned_minutes)
            for w, value in ((self.objective, item.objective), (self.method, item.method),
                             (self.notes, item.notes), (self.materials, item.materials)):
                if not (same and w.hasFocus()) and w.toPlainText() != (value or ""):
                    w.setPlainText(value or "")
        finally:
            self._loading = False
        hint = self.suggest(item.method)
        self.suggested.setText(self.tr("In past sessions: %1").replace("%1", hint) if hint else "")
        self.suggested.setVisible(bool(hint))
        if item.actual_seconds is not None:
            self.actual.setText(self.tr("Actual length: %1").replace(
                "%1", fmt_duration(item.actual_seconds, current_language())))
        else:
            self.actual.setText("")

    def _emit(self, field: str, value) -> None:
        if self._loading or self.item is None:
            return
        current = getattr(self.item, field)
        if isinstance(value, str) and field != "title":
            value = value if value.strip() else None
        if value == current:
            return
        self.fieldEdited.emit(self.item.id, field, value)

    def _save_title(self) -> None:
        if self.item is None:
            return
        if not self.title_edit.text().strip():  # an item always has a title
            self.title_edit.setText(self.item.title)
            return
        self._emit("title", self.title_edit.text())

    def _save_minutes(self, value: int) -> None:
        self._emit("planned_minutes", int(value))

    def _save_text(self, field: str, edit: QPlainTextEdit) -> None:
        self._emit(field, edit.toPlainText())
