"""Decisions and actions as tables. Decisions are read-only here (the page's editor changes
them); actions are edited in place, each edit one undoable command."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt

from facilitator import ops
from facilitator import decisions as rules
from facilitator.i18n import current_language
from facilitator_ui.context import SessionContext

NUMBER, OUTCOME, TEXT = range(3)
DONE, WHAT, WHO, DUE, IDEA = range(5)


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class DecisionsModel(QAbstractTableModel):
    def __init__(self, ctx: SessionContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows = ctx.store.decisions.list()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.ctx.store.decisions.list()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Number"), self.tr("Outcome"), self.tr("Text"))[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        d = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NUMBER:
                return d.number
            if col == OUTCOME:
                return rules.outcome_label(d.outcome, current_language())
            return _one_line(d.text) or self.tr("(no text yet)")
        if role == Qt.ItemDataRole.ToolTipRole and col == TEXT:
            return _one_line(d.text, 600)
        if role == Qt.ItemDataRole.UserRole:
            return d.id
        return None

    def decision(self, row: int):
        return self.rows[row]

    def row_of(self, decision_id: int) -> int:
        return next((n for n, d in enumerate(self.rows) if d.id == decision_id), -1)


class ActionsModel(QAbstractTableModel):
    def __init__(self, ctx: SessionContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._load()

    def _load(self) -> None:
        store = self.ctx.store
        self.rows = store.decisions.actions()
        # the texts of the ideas the actions come from, not every idea of the session
        self.idea_text = store.ideas.texts(a.idea_id for a in self.rows if a.idea_id is not None)

    def reload(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Done"), self.tr("What"), self.tr("Who"), self.tr("Due"),
                    self.tr("From the idea"))[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == IDEA:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        a = self.rows[index.row()]
        col = index.column()
        if col == DONE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if a.status == "done" else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("done") if a.status == "done" else self.tr("to do")
            return None
        if col == DUE:
            if role == Qt.ItemDataRole.DisplayRole:
                return a.due or ""
            if role == Qt.ItemDataRole.EditRole:
                return QDate.fromString(a.due, "yyyy-MM-dd") if a.due else QDate()
            return None
        if col == IDEA:
            text = self.idea_text.get(a.idea_id, "") if a.idea_id is not None else ""
            if role == Qt.ItemDataRole.DisplayRole:
                return _one_line(text, 80)
            if role == Qt.ItemDataRole.ToolTipRole and text:
                return _one_line(text, 600)
            return None
        value = a.text if col == WHAT else (a.owner or "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        if role == Qt.ItemDataRole.ToolTipRole and col == WHAT:
            return _one_line(value, 600)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        a = self.rows[index.row()]
        store = self.ctx.store
        col = index.column()
        if col == DONE and role == Qt.ItemDataRole.CheckStateRole:
            status = "done" if Qt.CheckState(value) == Qt.CheckState.Checked else "open"
            if status == a.status:
                return False
            done = status == "done"
            self.ctx.do(ops.decisions.set_action_done.label(store, a.id, done),
                        lambda: ops.decisions.set_action_done(store, a.id, done))
            return True
        if role != Qt.ItemDataRole.EditRole or col in (DONE, IDEA):
            return False
        if col == DUE:
            if isinstance(value, QDate):
                due = value.toString("yyyy-MM-dd") if value.isValid() else None
            else:
                due = str(value).strip() or None
                if due and not QDate.fromString(due, "yyyy-MM-dd").isValid():
                    return False
            if due == a.due:
                return False
            self.ctx.do(ops.decisions.set_action_due.label(store, a.id, due),
                        lambda: ops.decisions.set_action_due(store, a.id, due))
            return True
        value = str(value)
        if col == WHAT:
            if not value.strip() or value == a.text:
                return False
            self.ctx.do(ops.decisions.set_action_text.label(store, a.id, value),
                        lambda: ops.decisions.set_action_text(store, a.id, value))
            return True
        if value == (a.owner or ""):
            return False
        self.ctx.do(ops.decisions.set_action_owner.label(store, a.id, value),
                    lambda: ops.decisions.set_action_owner(store, a.id, value))
        return True

    def action(self, row: int):
        return self.rows[row]

    def row_of(self, action_id: int) -> int:
        return next((n for n, a in enumerate(self.rows) if a.id == action_id), -1)
