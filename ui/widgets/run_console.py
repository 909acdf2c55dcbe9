"""The live run's console on the Agenda page: the current item, its timer and the gestures of
the run (start, pause, next, more time), with the items still to come."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFrame, QHBoxLayout, QHeaderView,
                               QLabel, QMenu, QPushButton, QSplitter, QTableView, QToolButton,
                               QVBoxLayout, QWidget)

from facilitator.agenda import fmt_duration, fmt_hhmm
from facilitator.i18n import current_language
from facilitator_ui.i18n import plural
from facilitator_ui.icons import icon
from facilitator_ui.live import set_timer_sound, timer_sound
from facilitator_ui.models.agenda import ACTUAL, AgendaModel, METHOD, PLANNED, TIME, TITLE
from facilitator_ui.presenter.screens import fill_screen_menu
from facilitator_ui.widgets.timer import TimerWidget


class RunList(QTableView):
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
    evaluationRequested = Signal()   # the session's evaluation (issue 16)

    def __init__(self, model: AgendaModel) -> None:
        super().__init__()
        self.model = model
        top = self._build_top()
        current = self._build_current()
        self._build_list(model)

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

        self._connect()
        self._name_controls()

    def _build_top(self):
        """The top bar: back to the plan, the planned end, sound, room view, screen, stop."""
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
        return top

    def _build_current(self):
        """The current item: its title, objective and method, the timer, the gestures of the run,
        the next item and the private notes."""
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
        self._add_evaluation_button(controls)
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
        return current

    def _build_list(self, model) -> None:
        """The items of the run, to jump to one."""
        self.list = RunList()
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

    def _connect(self) -> None:
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

    def _name_controls(self) -> None:
        """Names a screen reader says (the pause button shows an icon and a changing word)."""
        self.pause_button.setAccessibleName(self.tr("Pause or resume the timer"))

    def _add_evaluation_button(self, row: QHBoxLayout) -> None:
        """At the session's evaluation item: record the group's scores (issue 16)."""
        self.evaluation_button = QPushButton(icon("fa5s.star-half-alt"),
                                             self.tr("Record the evaluation…"))
        self.evaluation_button.setToolTip(self.tr("The group's scores (1 to 5) and what to keep "
                                                  "or change: in the minutes"))
        self.evaluation_button.setMinimumHeight(36)
        self.evaluation_button.hide()
        self.evaluation_button.clicked.connect(self.evaluationRequested)
        row.addSpacing(12)
        row.addWidget(self.evaluation_button)

    def show_snapshot(self, snap) -> None:
        tr = self.tr
        self.evaluation_button.setVisible(
            not snap.finished and snap.item is not None
            and snap.item.id in self.model.evaluation_ids)
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
