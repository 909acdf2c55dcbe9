"""The roll call of a council's decision on the Décisions page (issue 17): each member's vote
(pour, contre, abstention, absent, conflit d'intérêts), the préfet's casting vote on a tie, the
outcome computed by the council's rule with its one-line explanation, and the quorum recorded
at the decision. Each change is one undoable step through ``store.council.take_roll_call``;
the rule is ``facilitator.council``'s."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from facilitator import ops
from facilitator import council as rules
from facilitator.i18n import current_language
from facilitator_ui.icons import icon
from facilitator_ui.widgets.council_box import quorum_style

VOTES = rules.VOTES        # for, against, abstain, absent, conflict


class RollCallPanel(QWidget):
    #: the roll call was started or stopped (the page then hides or shows the head counts)
    modeChanged = Signal(bool)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._decision = None
        self._loading = False
        self.vote_words = {"for": self.tr("For"), "against": self.tr("Against"),
                           "abstain": self.tr("Abstains"), "absent": self.tr("Absent"),
                           "conflict": self.tr("Conflict of interest (withdraws)")}
        self.start_button = QPushButton(icon("fa5s.list-ol"), self.tr("Take a roll call"))
        self.start_button.setToolTip(self.tr("Record each member's vote; the outcome is computed "
                                             "by the council's rule (present members start "
                                             "« for », absent ones « absent »)"))
        self.stop_button = QPushButton(self.tr("Back to a show of hands"))
        self.stop_button.setToolTip(self.tr("Forget this roll call and type the counts (Ctrl+Z "
                                            "brings it back)"))
        self.grid = QTableWidget(0, 4)
        self.grid.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Municipality"),
                                             self.tr("Voices"), self.tr("Vote")])
        self.grid.setAccessibleName(self.tr("Roll call"))
        self.grid.verticalHeader().setVisible(False)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        h = self.grid.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.grid.setMinimumHeight(120)
        self.casting_label = QLabel(self.tr("Préfet's casting vote:"))
        self.casting_box = QComboBox()
        self.casting_box.addItem(self.tr("(not used)"), None)
        self.casting_box.addItem(self.tr("For"), "for")
        self.casting_box.addItem(self.tr("Against"), "against")
        self.casting_label.setBuddy(self.casting_box)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(self.tr("Outcome by the council's rule"))
        self.explanation.setStyleSheet("font-weight: bold;")
        self.quorum_label = QLabel()
        self.quorum_label.setWordWrap(True)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.start_button)
        top.addWidget(self.stop_button)
        top.addStretch(1)
        top.addWidget(self.casting_label)
        top.addWidget(self.casting_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.quorum_label)
        layout.addWidget(self.grid, 1)

        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.casting_box.activated.connect(lambda _i: self._save())

    # -- showing ----------------------------------------------------------------------------
    def active(self) -> bool:
        return bool(self._decision is not None
                    and self.ctx.store.council.roll_call(self._decision.id))

    def show_decision(self, decision) -> bool:
        """Show the roll call of ``decision`` (None: nothing). Returns whether it has one."""
        self._decision = decision
        store = self.ctx.store
        council = store.council.settings()
        self.setVisible(council is not None and decision is not None)
        if council is None or decision is None:
            return False
        votes = store.council.roll_call(decision.id)
        on = bool(votes)
        self._loading = True
        try:
            self.start_button.setVisible(not on)
            for w in (self.stop_button, self.grid, self.explanation, self.quorum_label):
                w.setVisible(on)
            members = store.council.members()
            names = {p.id: p.name for p in store.participants.list()}
            self.grid.setRowCount(len(members) if on else 0)
            if on:
                for row, m in enumerate(members):
                    for col, text in enumerate((names.get(m.id, "?"), m.municipality or "",
                                                str(m.voices))):
                        item = QTableWidgetItem(text)
                        if col == 2:
                            item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                                  | Qt.AlignmentFlag.AlignVCenter)
                        self.grid.setItem(row, col, item)
                    box = QComboBox()
                    for key in VOTES:
                        box.addItem(self.vote_words[key], key)
                    box.setCurrentIndex(box.findData(votes.get(m.id, "absent")))
                    box.setAccessibleName(self.tr("Vote of %1").replace("%1",
                                                                         names.get(m.id, "?")))
                    box.setProperty("member", m.id)
                    box.activated.connect(lambda _i: self._save())
                    self.grid.setCellWidget(row, 3, box)
            outcome = store.council.outcome(decision.id) if on else None
            tie = outcome is not None and (
                outcome.casting_vote is not None or outcome.undecided
                or (outcome.voices_for == outcome.voices_against and outcome.voices_cast > 0
                    and council.prefect is not None))
            self.casting_label.setVisible(on and tie)
            self.casting_box.setVisible(on and tie)
            cast = store.council.casting_vote(decision.id)
            self.casting_box.setCurrentIndex(max(0, self.casting_box.findData(cast))
                                             if cast else 0)
            lang = current_language()
            self.explanation.setText(rules.explain(outcome, lang) if outcome else "")
            q = store.council.recorded_quorum(decision.id) if on else None
            self.quorum_label.setText(rules.explain_quorum(q, lang) if q else "")
            self.quorum_label.setStyleSheet(quorum_style(q))
        finally:
            self._loading = False
        return on

    def votes(self) -> dict[int, str]:
        """Each member's vote as the grid shows it."""
        out = {}
        for row in range(self.grid.rowCount()):
            box = self.grid.cellWidget(row, 3)
            out[box.property("member")] = box.currentData()
        return out

    def vote_box(self, member_id: int) -> QComboBox | None:
        for row in range(self.grid.rowCount()):
            box = self.grid.cellWidget(row, 3)
            if box.property("member") == member_id:
                return box
        return None

    # -- changing ---------------------------------------------------------------------------
    def start(self) -> None:
        d = self._decision
        if d is None:
            return
        store = self.ctx.store
        self.ctx.do(ops.decisions.start_roll_call.label(store, d.id),
                    lambda: ops.decisions.start_roll_call(store, d.id))
        self.modeChanged.emit(True)

    def stop(self) -> None:
        d = self._decision
        if d is None:
            return
        store = self.ctx.store
        self.ctx.do(ops.decisions.clear_roll_call.label(store, d.id),
                    lambda: ops.decisions.clear_roll_call(store, d.id))
        self.modeChanged.emit(False)

    def _save(self) -> None:
        d = self._decision
        if self._loading or d is None:
            return
        votes = self.votes()
        cast = self.casting_box.currentData() if not self.casting_box.isHidden() else None
        store = self.ctx.store
        self.ctx.do(ops.decisions.record_roll_call.label(store, d.id, votes, cast),
                    lambda: ops.decisions.record_roll_call(store, d.id, votes, cast))
