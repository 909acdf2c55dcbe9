"""Agenda items as a table: clock time, title, method, planned and actual duration.

The clock times come from facilitator.agenda.schedule (the session's start time); a slot that
ends after the planned end of the session is drawn in red. Rows can be dragged to another
place: the drop becomes one undoable `ctx.do`. During a live run (`set_live`) the current item
is marked and its actual time counts live.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from facilitator import ops
from facilitator.agenda import DAY, fmt_countdown, fmt_duration, fmt_hhmm, parse_hhmm, schedule
from facilitator.i18n import current_language
from facilitator_ui.context import SessionContext
from facilitator_ui.theme import readable

TIME, TITLE, METHOD, PLANNED, ACTUAL = range(5)
MIME = "application/x-facilitateur-agenda-item"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LATE = QColor("#c81e1e")
CURRENT_BG = QColor("#fff3c4")


class AgendaModel(QAbstractTableModel):
    def __init__(self, ctx: SessionContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.live = None  # ui.live.LiveController while a run is on
        self.rows = []
        self.slots = []
        self.end_limit: int | None = None
        self._load()

    # -- data from the store --------------------------------------------------------------------
    def _load(self) -> None:
        store = self.ctx.store
        self.rows = store.agenda.list()
        self.evaluation_ids = set(store.evaluation.items())   # the session's evaluation
        s = store.session.get()
        self.slots = schedule(self.rows, s.start_time)
        start, end = parse_hhmm(s.start_time), parse_hhmm(s.end_time)
        if start is not None and end is not None and end < start:
            end += DAY
        self.end_limit = end if start is not None else None

    def reload(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def set_live(self, live) -> None:
        self.live = live
        self.live_changed()

    def live_changed(self) -> None:
        """The live run moved or time passed: redraw what depends on it."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, ACTUAL))

    def item(self, row: int):
        return self.rows[row]

    def row_of(self, item_id: int) -> int:
        return next((i for i, it in enumerate(self.rows) if it.id == item_id), -1)

    def slot_text(self, row: int) -> str:
        if row >= len(self.slots):
            return ""
        slot = self.slots[row]
        return f"{fmt_hhmm(slot.start)}–{fmt_hhmm(slot.end)}"

    def is_late(self, row: int) -> bool:
        """The item ends after the session's planned end."""
        return (self.end_limit is not None and row < len(self.slots)
                and self.slots[row].end > self.end_limit)

    # -- the table ------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (self.tr("Time"), self.tr("Item"), self.tr("Method"), self.tr("Planned"),
                    self.tr("Actual"))[section]
        return str(section + 1)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def _is_current(self, item_id: int) -> bool:
        return self.live is not None and self.live.current_id == item_id

    def _actual(self, it) -> tuple[str, float | None]:
        lang = current_language()
        if self.live is not None:
            seconds = self.live.elapsed_of(it.id)
            if seconds is not None:
                if self._is_current(it.id):
                    return fmt_countdown(seconds), seconds
                return fmt_duration(seconds, lang), seconds
        if it.actual_seconds is None:
            return "", None
        return fmt_duration(it.actual_seconds, lang), float(it.actual_seconds)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, col = index.row(), index.column()
        it = self.rows[row]
        if role == ID_ROLE:
            return it.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == TIME:
                return self.slot_text(row) or "—"
            if col == TITLE:
                return it.title
            if col == METHOD:
                return it.method or ""
            if col == PLANNED:
                return fmt_duration(it.planned_minutes * 60, current_language())
            return self._actual(it)[0]
        if role == Qt.ItemDataRole.DecorationRole and col == TITLE \
                and it.id in self.evaluation_ids:   # the session's evaluation (issue 16)
            from facilitator_ui.icons import icon

            return icon("fa5s.star-half-alt", "#b7791f")
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == TIME and self.is_late(row):
                return self.tr("Ends after the planned end of the session")
            if col == TITLE and it.id in self.evaluation_ids:
                return self.tr("The session's evaluation (More › Session evaluation…)") + (
                    "\n" + it.objective if it.objective else "")
            if col == TITLE and it.objective:
                return it.objective
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == TIME and self.is_late(row):
                return QBrush(readable(LATE))
            if col == ACTUAL:
                seconds = self._actual(it)[1]
                if seconds is not None and seconds > it.planned_minutes * 60 + 59:
                    return QBrush(readable(LATE))
            if self._is_current(it.id):
                return QBrush(QColor("#102a43"))
            return None
        if role == Qt.ItemDataRole.BackgroundRole and self._is_current(it.id):
            return QBrush(CURRENT_BG)
        if role == Qt.ItemDataRole.FontRole and self._is_current(it.id):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (PLANNED, ACTUAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and self._is_current(it.id):
            return self.tr("current item")
        return None

    # -- drag and drop --------------------------------------------------------------------------
    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [str(self.rows[r].id) for r in rows]
        data = QMimeData()
        data.setData(MIME, QByteArray(",".join(ids).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return data.hasFormat(MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        """Move the dragged item(s) so they sit before `row` (the end when row is -1)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not data.hasFormat(MIME):
            return False
        try:
            ids = [int(x) for x in bytes(data.data(MIME)).decode().split(",") if x]
        except ValueError:
            return False
        ids = [i for i in ids if self.row_of(i) >= 0]
        if not ids:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        order = [it.id for it in self.rows]
        before = [i for i in order[:row] if i not in ids]
        if before + ids + [i for i in order[row:] if i not in ids] == order:
            return False
        store = self.ctx.store
        self.ctx.do(ops.agenda.move_items.label(store, ids, row),
                    lambda: ops.agenda.move_items(store, ids, row))
        # False: the view must not remove the source rows, the store already moved them
        return False
