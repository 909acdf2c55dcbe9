"""The Décisions page's own fields: the table where Delete removes and Space ticks, the
participant box (moved by, seconded by), and the editors of an action's owner and due date."""
from __future__ import annotations

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QLineEdit,
                               QStyledItemDelegate, QTableView)

from facilitator_ui.widgets.date_field import DateField


class KeyTable(QTableView):
    """A table where Delete asks to remove and Space toggles (when given)."""

    def __init__(self, on_delete, on_space=None) -> None:
        super().__init__()
        self._on_delete, self._on_space = on_delete, on_space
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._on_delete()
            return
        if not editing and self._on_space and event.key() == Qt.Key.Key_Space:
            self._on_space()
            return
        super().keyPressEvent(event)


class PersonBox(QComboBox):
    """A participant, picked from the list or typed with completion; empty = nobody.
    `committed` is emitted when a choice is made: picked, Enter, or the field left."""

    committed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(8)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.activated.connect(lambda _i: self.committed.emit())
        self.lineEdit().returnPressed.connect(self.committed)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.completer().popup().hide()
            self.committed.emit()

    def set_people(self, people: list[tuple[int, str]], selected: int | None) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for pid, name in people:
            self.addItem(name, pid)
        index = self.findData(selected) if selected is not None else 0
        self.setCurrentIndex(max(0, index))
        if selected is not None and index < 0:
            self.setEditText("?")
        self.blockSignals(False)

    def person(self) -> tuple[bool, int | None]:
        """(known, participant id): the typed name matched to a participant, or nobody."""
        text = self.currentText().strip()
        if not text:
            return True, None
        for i in range(1, self.count()):
            if self.itemText(i) == text:
                return True, self.itemData(i)
        folded = text.casefold()
        matches = [i for i in range(1, self.count()) if self.itemText(i).casefold() == folded]
        if len(matches) == 1:
            return True, self.itemData(matches[0])
        return False, None


class WhoDelegate(QStyledItemDelegate):
    """Who does an action: free text, with the participants' names offered."""

    def __init__(self, names_model: QStringListModel, parent=None) -> None:
        super().__init__(parent)
        self.names_model = names_model

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QLineEdit(parent)
        completer = QCompleter(self.names_model, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


class DueDelegate(QStyledItemDelegate):
    """A due date typed as people write it, or picked in a calendar that opens at today."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = DateField(parent)
        editor.setAutoFillBackground(True)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(value if isinstance(value, QDate) and value.isValid() else None)
        editor.edit.selectAll()

    def setModelData(self, editor, model, index):  # noqa: N802
        if not editor.valid():   # not a date: nothing changes (the field said so in red)
            return
        day = editor.date()
        model.setData(index, QDate(day.year, day.month, day.day) if day else QDate(),
                      Qt.ItemDataRole.EditRole)
