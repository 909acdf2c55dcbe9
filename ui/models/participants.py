"""Participants as a table: present, name, organization, email, then the council columns
(municipality, voices, population, group). Edits become undoable commands."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from PySide6.QtGui import QColor

from facilitator import ops
from facilitator.participants import duplicate_rows
from facilitator_ui.context import SessionContext
from facilitator_ui.models import council_columns   # council meetings (issue 17): columns 4 to 7
from facilitator_ui.models.council_columns import COUNCIL_COLUMNS, MUNICIPALITY

PRESENT, NAME, ORGANIZATION, EMAIL = range(4)


class ParticipantsModel(QAbstractTableModel):
    def __init__(self, ctx: SessionContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows = ctx.store.participants.list()
        self.dups = duplicate_rows(self.rows)
        self.council_info = ctx.store.council.info()

    def reload(self) -> None:
        rows = self.ctx.store.participants.list()
        if [p.id for p in rows] == [p.id for p in self.rows]:
            # the same people: update in place, so that the view keeps its current cell, its
            # focus and an open editor (a reset after each edit threw the keyboard out)
            self.rows = rows
            self.dups = duplicate_rows(rows)
            self.council_info = self.ctx.store.council.info()
            if rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.dups = duplicate_rows(self.rows)   # id -> the earlier row with the same name
        self.council_info = self.ctx.store.council.info()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4 + len(COUNCIL_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section >= MUNICIPALITY:
                return council_columns.header(section)
            return (self.tr("Present"), self.tr("Name"), self.tr("Organization"),
                    self.tr("Email"))[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == PRESENT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        p = self.rows[index.row()]
        col = index.column()
        if col >= MUNICIPALITY:
            return council_columns.data(self.council_info.get(p.id), col, role)
        if col == PRESENT:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if p.present else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("present") if p.present else self.tr("absent")
            return None
        if col == NAME and p.id in self.dups:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor("#fff3bf")
            if role == Qt.ItemDataRole.ToolTipRole:
                first = self.dups[p.id]
                row = self.rows.index(first) + 1 if first in self.rows else "?"
                return (self.tr("Same name as “%1” (row %2): this person is counted once. "
                                "Remove this row, or tell them apart by their name.")
                        .replace("%1", first.name).replace("%2", str(row)))
        value = (None, p.name, p.organization, p.email)[col]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value or ""
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        p = self.rows[index.row()]
        store = self.ctx.store
        col = index.column()
        if col == PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            present = Qt.CheckState(value) == Qt.CheckState.Checked
            done = self.ctx.do(ops.participants.set_present.label(store, [p.id], present),
                               lambda: ops.participants.set_present(store, [p.id], present))
            return done is not False
        if role != Qt.ItemDataRole.EditRole or col == PRESENT:
            return False
        if col >= MUNICIPALITY:
            return council_columns.set_data(self, p, col, value)
        field = ("", "name", "organization", "email")[col]
        value = str(value)
        if field == "name" and not value.strip():
            return False
        if (getattr(p, field) or "") == value:
            return False
        self.ctx.do(ops.participants.edit.label(store, p.id, field, value),
                    lambda: ops.participants.edit(store, p.id, field, value))
        return True

    def participant(self, row: int):
        return self.rows[row]
