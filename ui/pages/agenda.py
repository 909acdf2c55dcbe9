"""The Agenda page: plan the session's items before the day, then run them live (« Animer »).

Plan: a table of items with their clock times (from the session's start time) beside a detail
editor; add, duplicate, delete, reorder by drag and drop or Alt+Up / Alt+Down; every change is
one undoable `ctx.do`. The total is compared with the planned end and flagged when it runs past.
Print a one-page handout; save the agenda as one's own template.

Run (« Animer », F6): the console shows the current item, a big countdown, the next item and the
schedule shift; Space pauses, N / P go to the next / previous item, + / Ctrl++ add 1 / 5 minutes,
Enter or a double-click on an item jumps to it. The run itself lives in ui.live.LiveController
(`ctx.live`); the projector's agenda view follows it.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox,
                               QFileDialog, QFormLayout, QFrame, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QLineEdit, QMenu, QMessageBox,
                               QPlainTextEdit, QPushButton, QSpinBox, QSplitter,
                               QStackedWidget, QTableView, QToolButton, QVBoxLayout, QWidget)

from facilitator import ops
from facilitator.agenda import (fmt_duration, fmt_hhmm, overrun_minutes, parse_hhmm,
                                recorded_seconds, restart_point, total_minutes)
from facilitator.errors import FacilitatorError
from facilitator.i18n import current_language
from facilitator_ui import settings
from facilitator_ui.i18n import plural
from facilitator_ui.icons import icon
from facilitator_ui.live import LiveController, set_timer_sound, timer_sound
from facilitator_ui.models.agenda import ACTUAL, METHOD, PLANNED, TIME, TITLE, AgendaModel
from facilitator_ui.widgets.fields import LeaveTextEdit
from facilitator_ui.pages.base import Page
from facilitator_ui.presenter.screens import fill_screen_menu, room_view_open
from facilitator_ui.widgets.timer import TimerWidget

MAX_MINUTES = 24 * 60
LATE_STYLE = ("QLabel { background: #fde8e8; color: #8a1c1c; border: 1px solid #f5a3a3;"
              " border-radius: 4px; padding: 6px 10px; font-weight: bold; }")
BANNER_STYLE = ("QFrame#liveBanner { background: #fff3c4; border: 1px solid #f0c94d;"
                " border-radius: 4px; }")
ACCENT_STYLE = ("QPushButton { background: #2680c2; color: white; font-weight: bold;"
                " padding: 6px 16px; border-radius: 4px; border: none; }"
                "QPushButton:hover { background: #186faf; }"
                "QPushButton:focus { outline: 2px solid #102a43; }")


# -- the plan --------------------------------------------------------------------------------
class _PlanTable(QTableView):
    deleteRequested = Signal()
    editRequested = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.deleteRequested.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.editRequested.emit()
            return
        super().keyPressEvent(event)


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


# -- the live console --------------------------------------------------------------------------
class _RunList(QTableView):
    jumpRequested = Signal(int)   # row

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.jumpRequested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class RunConsole(QWidget):
    """The facilitator's screen during the run. It shows a LiveController's snapshot and turns
    gestures into requests; the page wires them to the controller."""
    planRequested = Signal()
    toggleRequested = Signal()
    nextRequested = Signal()
    previousRequested = Signal()
    addMinutesRequested = Signal(int)
    jumpRequested = Signal(int)      # row in the model
    roomRequested = Signal()
    stopRequested = Signal()

    def __init__(self, model: AgendaModel) -> None:
        super().__init__()
        self.model = model
        # top bar
        self.plan_button = QPushButton(icon("fa5s.arrow-left"), self.tr("Plan"))
        self.plan_button.setToolTip(self.tr("Back to the plan; the run goes on (F6 returns)"))
        self.shift_label = QLabel()
        self.shift_label.setAccessibleName(self.tr("Schedule shift"))
        self.end_label = QLabel()
        self.room_button = QPushButton(icon("fa5s.tv"), self.tr("Show in the room"))
        self.room_button.setToolTip(self.tr("Show the current item and the timer on the "
                                            "projector (room view)"))
        self.screen_button = QToolButton()
        self.screen_button.setIcon(icon("fa5s.desktop"))
        self.screen_button.setToolTip(self.tr("Screen for the room view"))
        self.screen_button.setAccessibleName(self.tr("Screen for the room view"))
        self.screen_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        screen_menu = QMenu(self.screen_button)
        screen_menu.aboutToShow.connect(lambda: fill_screen_menu(screen_menu))
        self.screen_button.setMenu(screen_menu)
        self.sound_box = QCheckBox(self.tr("Sound at zero"))
        self.sound_box.setToolTip(self.tr("A discreet sound when an item's time is up"))
        self.sound_box.setChecked(timer_sound())
        self.stop_button = QPushButton(icon("fa5s.stop"), self.tr("End the run"))
        self.stop_button.setToolTip(self.tr("Stop the live run; the actual times stay recorded"))
        top = QHBoxLayout()
        top.addWidget(self.plan_button)
        top.addSpacing(8)
        top.addWidget(self.shift_label)
        top.addWidget(self.end_label)
        top.addStretch(1)
        top.addWidget(self.sound_box)
        top.addWidget(self.room_button)
        top.addWidget(self.screen_button)
        top.addWidget(self.stop_button)

        # the current item
        self.position = QLabel()
        self.position.setStyleSheet("color: #486581;")
        self.title_label = QLabel()
        self.objective_label = QLabel()
        self.method_label = QLabel()
        self.method_label.setStyleSheet("color: #486581;")
        for lbl, px, bold in ((self.title_label, 26, True), (self.objective_label, 16, False)):
            f = lbl.font()
            f.setPixelSize(px)
            f.setBold(bold)
            lbl.setFont(f)
        for lbl in (self.position, self.title_label, self.objective_label, self.method_label):
            lbl.setWordWrap(True)
            lbl.setTextFormat(Qt.TextFormat.PlainText)
        self.timer = TimerWidget()
        self.timer.setMinimumHeight(150)

        self.prev_button = QPushButton(icon("fa5s.step-backward"), self.tr("Previous"))
        self.prev_button.setToolTip(self.tr("Previous item (P)"))
        self.pause_button = QPushButton()
        self.pause_button.setToolTip(self.tr("Pause or resume the timer (Space)"))
        self.next_button = QPushButton(icon("fa5s.step-forward"), self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next item (N)"))
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.plus1 = QPushButton("+1 min")
        self.plus1.setToolTip(self.tr("One more minute for this item (+)"))
        self.plus5 = QPushButton("+5 min")
        self.plus5.setToolTip(self.tr("Five more minutes for this item (Ctrl++)"))
        for b in (self.prev_button, self.pause_button, self.next_button, self.plus1, self.plus5):
            b.setMinimumHeight(36)
        self.pause_button.setMinimumWidth(120)
        controls = QHBoxLayout()
        controls.addWidget(self.prev_button)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.next_button)
        controls.addStretch(1)
        controls.addWidget(self.plus1)
        controls.addWidget(self.plus5)

        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.private = QLabel()
        self.private.setWordWrap(True)
        self.private.setTextFormat(Qt.TextFormat.PlainText)
        self.private.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.private_box = QFrame()
        self.private_box.setObjectName("privateBox")
        self.private_box.setStyleSheet("QFrame#privateBox { background: #f0f4f8;"
                                       " border-radius: 4px; }")
        pl = QVBoxLayout(self.private_box)
        pl.setContentsMargins(10, 6, 10, 6)
        private_head = QLabel(self.tr("Notes for you (never shown to the room)"))
        private_head.setStyleSheet("color: #627d98; font-size: 11px;")
        pl.addWidget(private_head)
        pl.addWidget(self.private)

        current = QWidget()
        cl = QVBoxLayout(current)
        cl.setContentsMargins(0, 0, 8, 0)
        cl.addWidget(self.position)
        cl.addWidget(self.title_label)
        cl.addWidget(self.objective_label)
        cl.addWidget(self.method_label)
        cl.addWidget(self.timer, 1)
        cl.addLayout(controls)
        cl.addWidget(self.next_label)
        cl.addWidget(self.private_box)

        self.list = _RunList()
        self.list.setModel(model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setColumnHidden(METHOD, True)
        self.list.setColumnHidden(TIME, True)   # the current item's planned time is shown above
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setToolTip(self.tr("Enter or double-click: go to this item"))
        self.list.setAccessibleName(self.tr("Agenda items"))
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (PLANNED, ACTUAL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.list.verticalHeader().setVisible(False)
        self.list.setWordWrap(False)

        split = QSplitter()
        split.addWidget(current)
        split.addWidget(self.list)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self.plan_button.clicked.connect(self.planRequested)
        self.pause_button.clicked.connect(self.toggleRequested)
        self.next_button.clicked.connect(self.nextRequested)
        self.prev_button.clicked.connect(self.previousRequested)
        self.plus1.clicked.connect(lambda: self.addMinutesRequested.emit(1))
        self.plus5.clicked.connect(lambda: self.addMinutesRequested.emit(5))
        self.room_button.clicked.connect(self.roomRequested)
        self.stop_button.clicked.connect(self.stopRequested)
        self.sound_box.toggled.connect(set_timer_sound)
        self.list.doubleClicked.connect(lambda idx: self.jumpRequested.emit(idx.row()))
        self.list.jumpRequested.connect(self.jumpRequested)

        ctx_ = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, signal in (("Space", self.toggleRequested), ("N", self.nextRequested),
                             ("P", self.previousRequested)):
            QShortcut(QKeySequence(keys), self, context=ctx_, activated=signal.emit)
        for keys, minutes in (("+", 1), ("=", 1), ("Ctrl++", 5), ("Ctrl+=", 5), ("-", -1)):
            QShortcut(QKeySequence(keys), self, context=ctx_,
                      activated=lambda m=minutes: self.addMinutesRequested.emit(m))
        self._name_controls()

    def _name_controls(self) -> None:
        """Names a screen reader says (the pause button shows an icon and a changing word)."""
        self.pause_button.setAccessibleName(self.tr("Pause or resume the timer"))

    def show_snapshot(self, snap) -> None:
        tr = self.tr
        lang = current_language()
        if snap.finished:
            self.position.setText(plural(snap.count, tr("The only item is done"),
                                         tr("All %1 items done")))
            self.title_label.setText(tr("End of the agenda"))
            self.objective_label.setText("")
            self.method_label.setText("")
            self.next_label.setText("")
            self.private_box.setVisible(False)
            self.timer.clear(tr("finished"))
        else:
            item = snap.item
            row = self.model.row_of(item.id) if item else -1
            when = self.model.slot_text(row) if row >= 0 else ""
            pos = tr("Item %1 of %2").replace("%1", str(snap.index + 1)).replace(
                "%2", str(snap.count))
            if when:
                pos += "  ·  " + tr("planned %1").replace("%1", when)
            self.position.setText(pos)
            self.title_label.setText(item.title if item else "")
            self.objective_label.setText((item.objective or "") if item else "")
            self.objective_label.setVisible(bool(item and item.objective))
            self.method_label.setText(tr("Method: %1").replace("%1", item.method)
                                      if item and item.method else "")
            self.method_label.setVisible(bool(item and item.method))
            if snap.next_item is not None:
                self.next_label.setText(tr("Next: %1 (%2)").replace("%1", snap.next_item.title)
                                        .replace("%2", fmt_duration(
                                            snap.next_item.planned_minutes * 60, lang)))
            else:
                self.next_label.setText(tr("Last item of the agenda"))
            private = [t for t in ((item.notes if item else None),
                                   (tr("Materials: %1").replace("%1", item.materials)
                                    if item and item.materials else None)) if t]
            self.private.setText("\n".join(private))
            self.private_box.setVisible(bool(private))
            self.show_time(snap)
        self.pause_button.setEnabled(not snap.finished)
        self.next_button.setEnabled(not snap.finished)
        self.prev_button.setEnabled(snap.index > 0)
        self.plus1.setEnabled(not snap.finished)
        self.plus5.setEnabled(not snap.finished)
        if snap.paused and not snap.finished:
            self.pause_button.setIcon(icon("fa5s.play"))
            self.pause_button.setText(tr("Resume"))
        else:
            self.pause_button.setIcon(icon("fa5s.pause"))
            self.pause_button.setText(tr("Pause"))
        self.show_shift(snap)

    def show_time(self, snap) -> None:
        if snap.finished:
            return
        self.timer.set_state(snap.remaining, snap.allowance, snap.phase, snap.paused,
                             self.tr("paused") if snap.paused else "")
        self.show_shift(snap)

    def show_shift(self, snap) -> None:
        text = snap.shift_text()
        if snap.shift_seconds >= 60:
            style = "background: #fde8e8; color: #8a1c1c;"
        elif snap.shift_seconds <= -60:
            style = "background: #e3f9e5; color: #0e5814;"
        else:
            style = "background: #f0f4f8; color: #334e68;"
        self.shift_label.setStyleSheet(f"QLabel {{ {style} border-radius: 10px;"
                                       " padding: 3px 10px; font-weight: bold; }")
        if self.shift_label.text() != text:
            self.shift_label.setText(text)
        end = (self.tr("Expected end %1").replace("%1", fmt_hhmm(snap.projected_end))
               if snap.projected_end is not None else "")
        if self.end_label.text() != end:
            self.end_label.setText(end)


# -- the page ----------------------------------------------------------------------------------
def _past_sessions() -> dict | None:
    """The local index of past sessions, refreshed from the files that changed (read only);
    None when it cannot be read: no suggestion, nothing else changes."""
    from facilitator import history

    try:
        return history.refresh()
    except Exception:  # noqa: BLE001 (a suggestion is a help, never a failure)
        return None


class AgendaPage(Page):
    kinds = frozenset({"agenda", "session", "live"})

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("AgendaPage", "Agenda")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.live: LiveController | None = None
        self.model = AgendaModel(ctx, self)

        # -- plan: adding, and the run button ----------------------------------------------------
        self.add_edit = QLineEdit()
        self.add_edit.setPlaceholderText(self.tr("Title of a new item, then Enter"))
        self.add_edit.setAccessibleName(self.tr("New item's title"))
        self.add_edit.setToolTip(self.tr("Title of a new item, then Enter (Ctrl+Shift+N comes "
                                         "back here)"))
        self.add_minutes = QSpinBox()
        self.add_minutes.setRange(0, MAX_MINUTES)
        self.add_minutes.setValue(15)
        self.add_minutes.setSuffix(" min")
        self.add_minutes.setAccessibleName(self.tr("New item's length in minutes"))
        self.add_button = QPushButton(icon("fa5s.plus"), self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add the item at the end of the agenda (Enter)"))
        self.run_button = QPushButton(icon("fa5s.play", "#ffffff"), self.tr("Run live"))
        self.run_button.setStyleSheet(ACCENT_STYLE)
        self.run_button.setToolTip(self.tr("« Animer »: run the agenda live with a timer (F6)"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_edit, 1)
        add_row.addWidget(self.add_minutes)
        add_row.addWidget(self.add_button)
        add_row.addSpacing(16)
        add_row.addWidget(self.run_button)

        # a run is on while the plan is shown
        self.banner = QFrame()
        self.banner.setObjectName("liveBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_label = QLabel()
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_button = QPushButton(self.tr("Back to the live console"))
        self.banner_button.setToolTip("F6")
        bl = QHBoxLayout(self.banner)
        bl.setContentsMargins(10, 4, 4, 4)
        bl.addWidget(self.banner_label, 1)
        bl.addWidget(self.banner_button)

        self.late_label = QLabel()
        self.late_label.setStyleSheet(LATE_STYLE)
        self.late_label.setWordWrap(True)
        self.late_label.setVisible(False)

        # -- plan: the table and the editor ------------------------------------------------------
        self.table = _PlanTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Agenda items"))
        self.table.setToolTip(self.tr("Drag to reorder, or Alt+Up / Alt+Down. Enter edits."))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (TIME, PLANNED, ACTUAL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(METHOD, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(METHOD, 130)
        self.editor = ItemEditor()
        self.editor.suggest = self._suggest_duration
        self._history: dict | None | bool = False   # read on the first suggestion
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.editor.setMinimumWidth(260)

        # -- plan: below the table -------------------------------------------------------------
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.dup_button = self._tool("fa5s.clone", self.tr("Duplicate (Ctrl+D)"))
        self.del_button = self._tool("fa5s.trash-alt", self.tr("Delete (Delete)"))
        self.up_button = self._tool("fa5s.arrow-up", self.tr("Move up (Alt+Up)"))
        self.down_button = self._tool("fa5s.arrow-down", self.tr("Move down (Alt+Down)"))
        self.print_button = QPushButton(icon("fa5s.print"), self.tr("Print…"))
        self.print_button.setToolTip(self.tr("A one-page PDF of the agenda with its times, "
                                             "for the walls or the participants (Ctrl+P)"))
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setToolTip(self.tr("Templates of agenda items, screen for the room view"))
        self.more_button.setIcon(icon("fa5s.ellipsis-h"))
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.save_template_action = more.addAction(icon("fa5s.save"),
                                                   self.tr("Save as my template…"))
        self.from_template_action = more.addAction(icon("fa5s.file-import"),
                                                   self.tr("Add items from a template…"))
        self.clear_actuals_action = more.addAction(icon("fa5s.eraser"),
                                                   self.tr("Clear the actual times"))
        self.clear_actuals_action.setToolTip(self.tr("Forget the times recorded by the live "
                                                     "runs (e.g. after a rehearsal); Ctrl+Z "
                                                     "brings them back"))
        more.addSeparator()
        screens = more.addMenu(icon("fa5s.desktop"), self.tr("Screen for the room view"))
        screens.aboutToShow.connect(lambda: fill_screen_menu(screens))
        self.more_button.setMenu(more)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        for b in (self.dup_button, self.del_button, self.up_button, self.down_button):
            bottom.addWidget(b)
        bottom.addSpacing(8)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.more_button)

        self.plan = QWidget()
        pl = QVBoxLayout(self.plan)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addLayout(add_row)
        pl.addWidget(self.banner)
        pl.addWidget(self.late_label)
        pl.addWidget(split, 1)
        pl.addLayout(bottom)

        # -- the console -----------------------------------------------------------------------
        self.console = RunConsole(self.model)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plan)
        self.stack.addWidget(self.console)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        # -- wiring --------------------------------------------------------------------------
        self.add_edit.returnPressed.connect(self.add_from_fields)
        self.add_button.clicked.connect(self.add_from_fields)
        self.run_button.clicked.connect(self.run_live)
        self.banner_button.clicked.connect(self.show_console)
        self.dup_button.clicked.connect(self.duplicate_selected)
        self.del_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.print_button.clicked.connect(lambda: self.print_handout())
        self.save_template_action.triggered.connect(lambda: self.save_as_template())
        self.from_template_action.triggered.connect(lambda: self.add_from_template())
        self.clear_actuals_action.triggered.connect(self.clear_actuals)
        self.table.deleteRequested.connect(self.remove_selected)
        self.table.editRequested.connect(self._edit_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.editor.fieldEdited.connect(self.edit_field)
        self.console.planRequested.connect(self.show_plan)
        self.console.toggleRequested.connect(lambda: self.live and self.live.toggle())
        self.console.nextRequested.connect(lambda: self.live and self.live.next())
        self.console.previousRequested.connect(lambda: self.live and self.live.previous())
        self.console.addMinutesRequested.connect(lambda m: self.live and self.live.add_minutes(m))
        self.console.jumpRequested.connect(self._jump_row)
        self.console.roomRequested.connect(lambda: self.ctx.showInRoom.emit("agenda"))
        self.console.stopRequested.connect(self.stop_run)

        page_ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Alt+Up", lambda: self.move_selected(-1)),
                           ("Alt+Down", lambda: self.move_selected(1)),
                           ("Ctrl+D", self.duplicate_selected),
                           ("Ctrl+Shift+N", self.add_edit.setFocus),
                           ("Ctrl+P", lambda: self.print_handout())):
            QShortcut(QKeySequence(keys), self.plan, context=page_ctx, activated=slot)
        QShortcut(QKeySequence("F6"), self, context=page_ctx, activated=self.toggle_mode)

        self._update_plan()
        self._attach_live()
        if self.live is not None:
            self.stack.setCurrentWidget(self.console)

    def _tool(self, icon_name: str, tip: str) -> QToolButton:
        b = QToolButton()
        b.setIcon(icon(icon_name))
        b.setIconSize(QSize(16, 16))
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.setAutoRaise(False)
        b.setMinimumSize(30, 28)
        return b

    # -- showing --------------------------------------------------------------------------------
    def refresh(self, kinds: set) -> None:
        if kinds & {"agenda", "session"}:
            current = self.current_id()
            self.model.reload()
            self._select_id(current)
            self._update_plan()
        if "live" in kinds or kinds & {"agenda", "session"}:
            self._attach_live()

    def activated(self) -> None:
        if self.stack.currentWidget() is self.console:
            self.console.list.setFocus()
        elif self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self._select_row(0)
        else:
            self.add_edit.setFocus()

    def _update_plan(self) -> None:
        rows = self.model.rows
        s = self.ctx.store.session.get()
        lang = current_language()
        total = total_minutes(rows)
        start = parse_hhmm(s.start_time)
        parts = [self.tr("%1 items").replace("%1", str(len(rows))) if len(rows) != 1
                 else self.tr("1 item"),
                 self.tr("total %1").replace("%1", fmt_duration(total * 60, lang))]
        if start is not None:
            parts.append(self.tr("%1 → %2").replace("%1", fmt_hhmm(start))
                         .replace("%2", fmt_hhmm(start + total)))
            if s.end_time:
                end = fmt_hhmm(parse_hhmm(s.end_time))
                parts.append(self.tr("planned end %1").replace("%1", end))
        else:
            parts.append(self.tr("no start time: set it on the Session page to see clock times"))
        self.summary.setText(" · ".join(parts))
        over = overrun_minutes(rows, s.start_time, s.end_time)
        self.late_label.setVisible(over > 0)
        if over:
            self.late_label.setText(
                self.tr("⚠ The agenda runs %1 past the planned end (%2): shorten or remove "
                        "items before the day.").replace("%1", fmt_duration(over * 60, lang))
                .replace("%2", fmt_hhmm(parse_hhmm(s.end_time) or 0)))
        self._show_current()
        has = bool(rows)
        for w in (self.dup_button, self.del_button, self.up_button, self.down_button,
                  self.print_button, self.run_button):
            w.setEnabled(has)
        self.save_template_action.setEnabled(has)

    def _show_current(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self.editor.set_item(self.model.item(row), row + 1, self.model.slot_text(row))
        else:
            self.editor.set_item(None)

    # -- selection ------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        row = self.table.currentIndex().row()
        return self.model.item(row).id if 0 <= row < self.model.rowCount() else None

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _select_id(self, item_id: int | None) -> None:
        if item_id is None:
            return
        row = self.model.row_of(item_id)
        if row >= 0:
            self._select_row(row)

    def _edit_current(self) -> None:
        if self.current_id() is not None:
            self.editor.title_edit.setFocus()
            self.editor.title_edit.selectAll()

    # -- plan gestures (each one undoable change) ---------------------------------------------
    def add_from_fields(self) -> None:
        title = self.add_edit.text()
        if not title.strip():
            self.add_edit.setFocus()
            return
        minutes = self.add_minutes.value()
        row = self.table.currentIndex().row()
        index = row + 1 if 0 <= row < self.model.rowCount() - 1 else None
        store = self.ctx.store
        new_id = self.ctx.do(ops.agenda.add_item.label(store, title),
                             lambda: ops.agenda.add_item(store, title, minutes, index), {"agenda"})
        if new_id is not None:
            self.add_edit.clear()
            self._select_id(new_id)
        self.add_edit.setFocus()

    def duplicate_selected(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        store = self.ctx.store
        new_id = self.ctx.do(ops.agenda.duplicate_item.label(store, item_id),
                             lambda: ops.agenda.duplicate_item(store, item_id), {"agenda"})
        self._select_id(new_id)

    def remove_selected(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        store = self.ctx.store
        row = self.model.row_of(item_id)
        title = store.agenda.get(item_id).title
        self.ctx.do(ops.agenda.remove_item.label(store, item_id),
                    lambda: ops.agenda.remove_item(store, item_id), {"agenda", "ideas"})
        self._select_row(min(row, self.model.rowCount() - 1))
        self.statusMessage.emit(self.tr("“%1” deleted (Ctrl+Z to undo)").replace("%1", title))

    def move_selected(self, step: int) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        row = self.model.row_of(item_id)
        target = row + step
        if not 0 <= target < self.model.rowCount():
            return
        store = self.ctx.store
        self.ctx.do(ops.agenda.move_item.label(store, item_id, target),
                    lambda: ops.agenda.move_item(store, item_id, target), {"agenda"})
        self._select_id(item_id)

    def _suggest_duration(self, method: str | None) -> str:
        """« 1-2-4-tous : prévu 35 min, réel médian 44 min sur 6 séances », from the other
        sessions opened on this computer; "" when there are too few."""
        from facilitator import history

        if not method or not method.strip():
            return ""
        if self._history is False:
            self._history = _past_sessions()
        if not self._history:
            return ""
        found = history.suggestion(method, self._history, exclude=self.ctx.store.uid())
        return history.suggestion_text(found, current_language()) if found else ""

    def edit_field(self, item_id: int, field: str, value) -> None:
        store = self.ctx.store
        if store.agenda.get(item_id) is None:
            return
        self.ctx.do(ops.agenda.edit_item.label(store, item_id, field, value),
                    lambda: ops.agenda.edit_item(store, item_id, field, value), {"agenda"})

    # -- print, templates ---------------------------------------------------------------------
    def print_handout(self, path: str | None = None) -> Path | None:
        """Ask where to save the one-page PDF handout, then write it."""
        if not self.model.rows:
            return None
        if not path:
            suggestion = self.ctx.path.with_name(self.ctx.path.stem + self.tr("-agenda") + ".pdf")
            folder = settings.value("export_folder", "")
            if folder and Path(folder).is_dir():
                suggestion = Path(folder) / suggestion.name
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Print the agenda"),
                                                  str(suggestion), self.tr("PDF (*.pdf)"))
            if not path:
                return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from facilitator.export.agenda_handout import write_agenda_handout

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # the paper chosen on the Rapport page (None: the system's default)
            out = write_agenda_handout(self.ctx.store, path,
                                       paper=settings.value("paper", "") or None)
        except FacilitatorError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Print the agenda"), str(exc))
            return None
        QApplication.restoreOverrideCursor()
        settings.set_value("export_folder", str(Path(path).parent))
        self.statusMessage.emit(self.tr("Agenda saved: %1").replace("%1", str(out)))
        return out

    def save_as_template(self, name: str | None = None) -> Path | None:
        from facilitator.templates import save_as_template

        if not self.model.rows:
            return None
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Save as my template"),
                self.tr("Name of the template (it will be offered for new sessions):"),
                text=self.ctx.store.session.get().title)
            if not ok or not name.strip():
                return None
        try:
            path = save_as_template(self.ctx.store, name, title=name)
        except FacilitatorError as exc:
            QMessageBox.warning(self, self.tr("Save as my template"), str(exc))
            return None
        self.statusMessage.emit(self.tr("Template “%1” saved: it is offered when you create a "
                                        "new session").replace("%1", name.strip()))
        return path

    def add_from_template(self, name: str | None = None) -> int:
        """Append a template's items to the agenda (one undoable change); returns how many."""
        from facilitator.templates import list_templates, load_template

        lang = self.ctx.store.session.get().language
        if name is None:
            errors: list = []
            templates = list_templates(errors=errors)
            if not templates:
                QMessageBox.information(self, self.tr("Add items from a template"),
                                        self.tr("No template was found."))
                return 0
            titles = [f"{t.title(lang)} ({len(t.items)})" for t in templates]
            choice, ok = QInputDialog.getItem(self, self.tr("Add items from a template"),
                                              self.tr("Template:"), titles, 0, False)
            if not ok:
                return 0
            tpl = templates[titles.index(choice)]
        else:
            try:
                tpl = load_template(name)
            except FacilitatorError as exc:
                QMessageBox.warning(self, self.tr("Add items from a template"), str(exc))
                return 0
        store = self.ctx.store
        self.ctx.do(ops.agenda.add_from_template.label(store, tpl, lang),
                    lambda: ops.agenda.add_from_template(store, tpl, lang), {"agenda"})
        return len(tpl.items)

    # -- the live run -------------------------------------------------------------------------
    def _attach_live(self) -> None:
        live = self.ctx.live if isinstance(self.ctx.live, LiveController) else None
        if live is self.live:
            self._update_banner()
            return
        if self.live is not None:
            for sig, slot in ((self.live.moved, self._on_moved), (self.live.ticked, self._on_tick),
                              (self.live.ended, self._on_ended)):
                try:
                    sig.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self.live = live
        self.model.set_live(live)
        if live is not None:
            live.moved.connect(self._on_moved)
            live.ticked.connect(self._on_tick)
            live.ended.connect(self._on_ended)
            self._on_moved()
        self._update_banner()

    def _update_banner(self) -> None:
        live = self.live
        self.clear_actuals_action.setEnabled(
            live is None and bool(recorded_seconds(self.model.rows)))
        self.banner.setVisible(live is not None)
        self.run_button.setText(self.tr("Live console") if live else self.tr("Run live"))
        if live is None:
            return
        snap = live.snapshot()
        if snap.finished:
            text = self.tr("Live run: end of the agenda reached.")
        else:
            text = self.tr("Live run in progress: item %1, “%2” (%3)").replace(
                "%1", str(snap.index + 1)).replace("%2", snap.item.title if snap.item else "") \
                .replace("%3", snap.countdown)
        self.banner_label.setText(text)

    def _on_moved(self) -> None:
        if self.live is None:
            return
        snap = self.live.snapshot()
        self.console.show_snapshot(snap)
        self.model.live_changed()
        if not snap.finished and snap.item is not None:
            row = self.model.row_of(snap.item.id)
            if row >= 0:
                self.console.list.selectRow(row)
                self.console.list.scrollTo(self.model.index(row, TITLE))
        self._update_banner()

    def _on_tick(self) -> None:
        if self.live is None:
            return
        snap = self.live.snapshot()
        self.console.show_time(snap)
        self.model.live_changed()
        if self.banner.isVisible():
            self._update_banner()

    def _on_ended(self) -> None:
        self._attach_live()
        self.show_plan()

    def run_live(self) -> None:
        """« Animer »: go back to the run in progress, or start one: at the first item the
        first time; after an earlier run, where it stopped or at the selected item, as the
        facilitator answers (the actual times recorded are kept and added to)."""
        if self.live is None:
            if not self.model.rows:
                self.statusMessage.emit(self.tr("Add items to the agenda before running it."))
                return
            index = self._start_index()
            if index is None:
                return
            live = LiveController.begin(self.ctx, index)
            self._attach_live()
            if live is not None and room_view_open():
                self.ctx.showInRoom.emit("agenda")
        self.show_console()

    def _start_index(self) -> int | None:
        """Where a new run starts (None: the facilitator cancelled). Asked only when an earlier
        run recorded times: continue where it stopped, or start at the selected item."""
        rows = self.model.rows
        stopped = self.ctx.store.live.stopped()
        if stopped is None and not recorded_seconds(rows):
            return 0
        here = restart_point(rows, stopped)
        selected = max(0, self.table.currentIndex().row())
        if selected >= len(rows):
            selected = 0
        kept = self.tr("The actual times already recorded are kept: time spent again on an item "
                       "is added to its time (to start afresh, clear them first with More › "
                       "Clear the actual times).")
        Button = QMessageBox.StandardButton

        def name(i: int) -> str:
            return self.tr("item %1, “%2”").replace("%1", str(i + 1)).replace(
                "%2", rows[i].title)

        if here is not None and here != selected:
            text = (self.tr("The last run stopped at %1.").replace("%1", name(here)) + "\n\n"
                    + self.tr("Yes: continue there.") + "\n"
                    + self.tr("No: start at the selected item, %1.").replace("%1", name(selected))
                    + "\n\n" + kept)
            answer = QMessageBox.question(self, self.tr("Run live again"), text,
                                          Button.Yes | Button.No | Button.Cancel, Button.Yes)
            if answer == Button.Yes:
                return here
            return selected if answer == Button.No else None
        start = here if here is not None else selected
        if here is not None:
            text = self.tr("Continue the last run at %1?").replace("%1", name(start))
        else:
            text = (self.tr("The last run went to the end of the agenda.") + "\n\n"
                    + self.tr("Run it again from the selected item, %1?").replace(
                        "%1", name(start)))
        answer = QMessageBox.question(self, self.tr("Run live again"), text + "\n\n" + kept,
                                      Button.Yes | Button.Cancel, Button.Yes)
        return start if answer == Button.Yes else None

    def clear_actuals(self) -> None:
        """Forget the actual times recorded by earlier runs: one undoable change, and the
        next run starts afresh at the first item."""
        if self.live is not None:
            return
        store = self.ctx.store
        if not recorded_seconds(self.model.rows):
            return
        self.ctx.do(ops.agenda.clear_actuals.label(store),
                    lambda: ops.agenda.clear_actuals(store), {"agenda"})
        self.ctx.write(lambda: ops.live.forget(store), {"live"})
        self.statusMessage.emit(self.tr("Actual times cleared (Ctrl+Z to undo)"))

    def show_console(self) -> None:
        if self.live is None:
            return
        self.stack.setCurrentWidget(self.console)
        self._on_moved()
        self.console.list.setFocus()

    def show_plan(self) -> None:
        self.stack.setCurrentWidget(self.plan)
        self._update_banner()
        self.table.setFocus()

    def toggle_mode(self) -> None:
        if self.stack.currentWidget() is self.console:
            self.show_plan()
        else:
            self.run_live()

    def _jump_row(self, row: int) -> None:
        if self.live is not None and 0 <= row < self.model.rowCount():
            self.live.jump_to_item(self.model.item(row).id)

    def stop_run(self, confirm: bool = True) -> None:
        if self.live is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("End the run"),
                self.tr("End the live run? The actual times stay recorded in the session."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.live.stop()

