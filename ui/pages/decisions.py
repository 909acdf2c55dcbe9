"""The Décisions page: numbered resolutions with the sentence the minutes will print, and the
actions that follow the workshop.

Keyboard: Ctrl+Shift+D adds a decision (numbered from the pattern) and puts the cursor in its
text; Tab walks the editor (number, text, moved by, seconded by, outcome, counts); each field is
saved when it is left. Ctrl+Shift+A goes to the new-action fields (what, Tab who, Tab due,
Enter adds); Ctrl+Shift+I makes an action from an idea. In the tables, Delete removes (undoable),
Space marks an action done. Every change is one undoable step (Ctrl+Z).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QFormLayout, QFrame,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QSplitter, QVBoxLayout, QWidget)

from facilitator import ops
from facilitator import decisions as rules
from facilitator.errors import FacilitatorError
from facilitator.i18n import current_language
from facilitator.model import Decision
from facilitator.participants import distinct
from facilitator_ui.i18n import plural
from facilitator_ui.icons import icon
from facilitator_ui.models.decisions import (ActionsModel, DecisionsModel, DONE, DUE, NUMBER,
                                             OUTCOME, TEXT, WHAT, WHO)
from facilitator_ui.widgets.date_field import DateField
from facilitator_ui.widgets.fields import LeaveTextEdit
from facilitator_ui.pages.base import Page
from facilitator_ui.dialogs.idea_picker import IdeaPicker
from facilitator_ui.widgets.decision_fields import DueDelegate, KeyTable, PersonBox, WhoDelegate

NO_COUNT = -1                 # the minimum of the count fields, shown as "—"


class DecisionsPage(Page):
    kinds = frozenset({"decisions", "actions", "participants", "session", "ideas", "voting"})
    pageRequested = Signal(str)   # another page to show (the main window switches)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("DecisionsPage", "Decisions")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self._loading = False
        self._current_id: int | None = None
        self.names_model = QStringListModel(self)

        top = self._build_top()
        list_box = self._build_decision_list()
        editor_host = self._build_editor(top)
        dec_group = self._build_decisions(list_box, editor_host)
        act_group = self._build_actions()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(dec_group)
        split.addWidget(act_group)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([400, 360])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self._connect()
        self.refresh(set(self.kinds))
        self._name_controls()

    def _build_top(self):
        """The attendance, a way to the Participants page, and the numbering pattern."""
        self.attendance = QLabel()
        self.participants_button = QPushButton(icon("fa5s.users"), self.tr("Participants…"))
        self.participants_button.setToolTip(self.tr("Mark who is present (Ctrl+2)"))
        self.participants_button.setFlat(True)
        self.pattern_edit = QLineEdit()
        self.pattern_edit.setMaximumWidth(260)
        self.pattern_edit.setAccessibleName(self.tr("Numbering pattern"))
        self.pattern_edit.setToolTip(self.tr(
            "{yyyy} {yy} {mm} {dd}: the session's date; {nnn}: the running number with as many "
            "digits as there are n. Saved when you leave the field."))
        self.pattern_info = QLabel()
        self.pattern_info.setTextFormat(Qt.TextFormat.PlainText)
        self.pattern_info.setWordWrap(True)
        pattern_label = QLabel(self.tr("&Numbering:"))
        pattern_label.setBuddy(self.pattern_edit)
        top = QHBoxLayout()
        top.addWidget(icon_label("fa5s.user-check"))
        top.addWidget(self.attendance)
        top.addWidget(self.participants_button)
        top.addStretch(1)
        top.addWidget(pattern_label)
        top.addWidget(self.pattern_edit)
        top.addWidget(self.pattern_info, 1)
        return top

    def _build_decision_list(self):
        """The decisions' table and its New / Remove buttons."""
        self.model = DecisionsModel(self.ctx, self)
        self.table = KeyTable(self.remove_decision)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Decisions"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OUTCOME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(OUTCOME, 150)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(icon("fa5s.plus"), self.tr("New decision"))
        self.add_button.setToolTip(self.tr("Add a decision with the next number (Ctrl+Shift+D)"))
        self.remove_button = QPushButton(icon("fa5s.trash-alt"), self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected decision (Delete)"))
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.add_button)
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.remove_button)
        list_box = QWidget()
        lb = QVBoxLayout(list_box)
        lb.setContentsMargins(0, 0, 0, 0)
        lb.addWidget(self.table, 1)
        lb.addLayout(list_buttons)
        return list_box

    def _build_editor(self, top):
        """The editor of the current decision, with the sentence the minutes will print."""
        self.number_edit = QLineEdit()
        self.number_edit.setToolTip(self.tr("Made from the numbering pattern; you may type "
                                            "another one, as long as no other decision has it"))
        self.text_edit = LeaveTextEdit(self._save_text)
        self.text_edit.setPlaceholderText(self.tr("What is resolved, e.g. “to adopt the agenda "
                                                  "as presented.”"))
        self.text_edit.setMinimumHeight(70)
        self.text_edit.setMaximumHeight(110)
        self.proposed_box = PersonBox()
        self.seconded_box = PersonBox()
        self.outcome_box = QComboBox()
        self.for_spin, self.against_spin, self.abstain_spin = (self._count_spin()
                                                              for _ in range(3))
        counts = QHBoxLayout()
        for text, spin in ((self.tr("Fo&r"), self.for_spin),
                           (self.tr("&Against"), self.against_spin),
                           (self.tr("A&bstentions"), self.abstain_spin)):
            lab = QLabel(text)
            lab.setBuddy(spin)
            counts.addWidget(lab)
            counts.addWidget(spin)
        counts.addStretch(1)
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setMargin(8)
        self.preview.setAccessibleName(self.tr("In the minutes"))
        self.preview_heading = QLabel()
        self.editor_error = QLabel()
        self.editor_error.setTextFormat(Qt.TextFormat.PlainText)
        self.editor_error.setWordWrap(True)
        self.editor_error.setStyleSheet("color: #b00020;")

        self.editor = QWidget()
        form = QFormLayout(self.editor)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def pair(first: QWidget, text: str, second: QWidget) -> QHBoxLayout:
            row = QHBoxLayout()
            row.addWidget(first, 1)
            lab = QLabel(text)
            lab.setBuddy(second)
            row.addSpacing(8)
            row.addWidget(lab)
            row.addWidget(second, 1)
            return row

        def buddy(text: str, widget: QWidget) -> QLabel:
            lab = QLabel(text)
            lab.setBuddy(widget)
            return lab

        form.addRow(buddy(self.tr("N&umber"), self.number_edit),
                    pair(self.number_edit, self.tr("&Outcome"), self.outcome_box))
        form.addRow(self.tr("&Text"), self.text_edit)
        form.addRow(buddy(self.tr("&Moved by"), self.proposed_box),
                    pair(self.proposed_box, self.tr("&Seconded by"), self.seconded_box))
        form.addRow(self.tr("Votes"), counts)
        self._counts_layout = counts
        chain = [self.number_edit, self.text_edit, self.proposed_box, self.seconded_box,
                 self.outcome_box, self.for_spin, self.against_spin, self.abstain_spin]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)
        form.addRow(self.editor_error)
        self._form = form
        self._build_council(form, top)
        form.addRow(self.preview_heading)
        form.addRow(self.preview)
        self.empty_hint = QLabel(self.tr("No decision yet. Ctrl+Shift+D adds one with the next "
                                         "number."))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor_host = QWidget()
        eh = QVBoxLayout(editor_host)
        eh.setContentsMargins(0, 0, 0, 0)
        eh.addWidget(self.editor)
        eh.addWidget(self.empty_hint)
        eh.addStretch(1)
        return editor_host

    def _build_decisions(self, list_box, editor_host):
        dec_split = QSplitter(Qt.Orientation.Horizontal)
        dec_split.addWidget(list_box)
        dec_split.addWidget(editor_host)
        dec_split.setStretchFactor(0, 1)
        dec_split.setStretchFactor(1, 1)
        dec_split.setSizes([560, 620])
        dec_split.setChildrenCollapsible(False)
        dec_group = QGroupBox(self.tr("Decisions"))
        QVBoxLayout(dec_group).addWidget(dec_split)
        return dec_group

    def _build_actions(self):
        """The actions: the fields that add one, their table and buttons."""
        self.actions_model = ActionsModel(self.ctx, self)
        self.actions_table = KeyTable(self.remove_action, self.toggle_action_done)
        self.actions_table.setModel(self.actions_model)
        self.actions_table.setAccessibleName(self.tr("Actions"))
        self.actions_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                           | QAbstractItemView.EditTrigger.EditKeyPressed
                                           | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.actions_table.setItemDelegateForColumn(WHO, WhoDelegate(self.names_model, self))
        self.actions_table.setItemDelegateForColumn(DUE, DueDelegate(self))
        ah = self.actions_table.horizontalHeader()
        ah.setSectionResizeMode(DONE, QHeaderView.ResizeMode.ResizeToContents)
        ah.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        ah.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Interactive)
        ah.setSectionResizeMode(DUE, QHeaderView.ResizeMode.ResizeToContents)
        ah.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        ah.resizeSection(WHO, 180)
        ah.resizeSection(4, 240)

        self.what_edit = QLineEdit()
        self.what_edit.setPlaceholderText(self.tr("New action: what is to be done"))
        self.what_edit.setAccessibleName(self.tr("New action"))
        self.who_edit = QLineEdit()
        self.who_edit.setPlaceholderText(self.tr("Who (optional)"))
        self.who_edit.setCompleter(_completer_on(self.names_model, self.who_edit))
        self.due_edit = DateField()   # typed (30 juin 2027…) or picked; calendar at today
        self.add_action_button = QPushButton(icon("fa5s.plus"), self.tr("Add"))
        self.add_action_button.setToolTip(self.tr("Add the action (Enter); Ctrl+Shift+A goes "
                                                  "to these fields"))
        self.from_idea_button = QPushButton(icon("fa5s.lightbulb"),
                                            self.tr("New action from an idea…"))
        self.from_idea_button.setToolTip(self.tr("Pick an idea, top-ranked first "
                                                 "(Ctrl+Shift+I)"))
        self.remove_action_button = QPushButton(icon("fa5s.trash-alt"), self.tr("Remove"))
        self.remove_action_button.setToolTip(self.tr("Remove the selected action (Delete)"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.what_edit, 3)
        add_row.addWidget(self.who_edit, 1)
        add_row.addWidget(self.due_edit)
        add_row.addWidget(self.add_action_button)
        action_buttons = QHBoxLayout()
        self.actions_summary = QLabel()
        action_buttons.addWidget(self.actions_summary, 1)
        action_buttons.addWidget(self.from_idea_button)
        action_buttons.addWidget(self.remove_action_button)
        act_group = QGroupBox(self.tr("Actions"))
        al = QVBoxLayout(act_group)
        al.addLayout(add_row)
        al.addWidget(self.actions_table, 1)
        al.addLayout(action_buttons)
        return act_group

    def _connect(self) -> None:
        """Signals to slots, and the page\'s shortcuts."""
        self.participants_button.clicked.connect(lambda: self.pageRequested.emit("participants"))
        self.pattern_edit.textEdited.connect(self._pattern_typed)
        self.pattern_edit.editingFinished.connect(self._save_pattern)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.add_button.clicked.connect(self.add_decision)
        self.remove_button.clicked.connect(self.remove_decision)
        self.number_edit.editingFinished.connect(self._save_number)
        self.text_edit.textChanged.connect(self._update_preview)
        for box, field in ((self.proposed_box, "proposed_by"),
                           (self.seconded_box, "seconded_by")):
            box.committed.connect(lambda b=box, f=field: self._save_person(b, f))
            box.editTextChanged.connect(self._update_preview)
        self.outcome_box.activated.connect(self._save_outcome)
        self.outcome_box.currentIndexChanged.connect(self._update_preview)
        for spin in (self.for_spin, self.against_spin, self.abstain_spin):
            spin.editingFinished.connect(self._save_counts)
            spin.valueChanged.connect(self._update_preview)
        self.what_edit.returnPressed.connect(self.add_action)
        self.who_edit.returnPressed.connect(self.add_action)
        self.due_edit.edit.returnPressed.connect(self.add_action)
        self.add_action_button.clicked.connect(self.add_action)
        self.from_idea_button.clicked.connect(self.new_action_from_idea)
        self.remove_action_button.clicked.connect(self.remove_action)
        self.actions_model.modelReset.connect(self._update_actions_summary)
        for keys, slot in (("Ctrl+Shift+D", self.add_decision),
                           ("Ctrl+Shift+A", self.what_edit.setFocus),
                           ("Ctrl+Shift+I", self.new_action_from_idea)):
            QShortcut(QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
                      activated=slot)

    def _name_controls(self) -> None:
        """Names a screen reader says (a placeholder vanishes once one types)."""
        self.who_edit.setAccessibleName(self.tr("Who does it"))

    def _count_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(NO_COUNT, 99999)
        spin.setSpecialValueText("—")
        spin.setAccelerated(True)
        return spin

    # -- showing ----------------------------------------------------------------------------
    def refresh(self, kinds: set) -> None:
        store = self.ctx.store
        self._loading = True
        try:
            people = store.participants.list()
            self._names = {p.id: p.name for p in people}
            people = distinct(people)   # a duplicate name is one person, offered once
            self._people = [(p.id, p.name) for p in people]
            present = sum(p.present for p in people)
            self.attendance.setText(plural(len(people),
                                           self.tr("Present: %1 of %2 registered", "one"),
                                           self.tr("Present: %1 of %2 registered"), "%2")
                                    .replace("%1", str(present)))
            self.names_model.setStringList([p.name for p in people])
            session = store.session.get()
            self._session_lang = session.language
            if not self.pattern_edit.hasFocus():
                self.pattern_edit.setText(session.decision_pattern)
            self._show_pattern_info(self.pattern_edit.text())
            self._fill_outcomes()
            if kinds & {"decisions", "participants", "session"}:
                self.model.reload()
            if kinds & {"actions", "ideas"}:
                self.actions_model.reload()
            row = self.model.row_of(self._current_id) if self._current_id is not None else -1
            if row < 0 and self.model.rowCount():
                row = min(max(0, self.table.currentIndex().row()), self.model.rowCount() - 1)
            if row >= 0:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, NUMBER),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            if kinds & {"decisions", "participants", "session"} or row < 0:
                self._show_editor(self.model.decision(row) if row >= 0 else None)
        finally:
            self._loading = False
        self._update_preview()
        self._update_actions_summary()
        self._show_quorum()

    def _fill_outcomes(self) -> None:
        """The outcome choices in the interface's language. Refilled only when their words
        change, keeping the choice shown: a refresh for another reason (an action added) must
        never leave the list on its first choice (« Adoptée » shown for a rejected motion)."""
        box = self.outcome_box
        choices = rules.outcome_choices(current_language())
        if [(box.itemData(i), box.itemText(i)) for i in range(box.count())] == choices:
            return
        shown = box.currentData()
        box.blockSignals(True)
        box.clear()
        for key, text in choices:
            box.addItem(text, key)
        box.setCurrentIndex(max(0, box.findData(shown)))
        box.blockSignals(False)

    def activated(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
        else:
            self.add_button.setFocus()

    def _row_changed(self, current, _previous) -> None:
        if self._loading:
            return
        decision = self.model.decision(current.row()) if current.isValid() else None
        self._loading = True
        try:
            self._show_editor(decision)
        finally:
            self._loading = False
        self._update_preview()

    def _show_editor(self, d: Decision | None) -> None:
        self._current_id = d.id if d else None
        self.editor.setVisible(d is not None)
        self.empty_hint.setVisible(d is None)
        self.remove_button.setEnabled(d is not None)
        self._set_error("")
        if d is None:
            return
        self.number_edit.setText(d.number)
        if self.text_edit.toPlainText() != d.text:
            self.text_edit.setPlainText(d.text)
        self.proposed_box.set_people(self._people, d.proposed_by)
        self.seconded_box.set_people(self._people, d.seconded_by)
        self.outcome_box.setCurrentIndex(max(0, self.outcome_box.findData(d.outcome)))
        for spin, value in ((self.for_spin, d.votes_for), (self.against_spin, d.votes_against),
                            (self.abstain_spin, d.abstentions)):
            spin.setValue(NO_COUNT if value is None else value)
        self._show_roll_call(d)

    def _show_pattern_info(self, pattern: str) -> None:
        store = self.ctx.store
        try:
            rules.check_pattern(pattern)
        except FacilitatorError as exc:
            self.pattern_info.setText(str(exc))
            self.pattern_info.setStyleSheet("color: #b00020;")
            return
        session = store.session.get()
        number = rules.next_number(pattern, store.decisions.numbers(), session.date)
        self.pattern_info.setText(self.tr("next: %1").replace("%1", number))
        self.pattern_info.setStyleSheet("")

    def _editor_decision(self) -> Decision | None:
        """The decision as the editor shows it now (typed but not yet saved included)."""
        if self._current_id is None:
            return None
        _, proposed = self.proposed_box.person()
        _, seconded = self.seconded_box.person()
        return Decision(
            id=self._current_id, number=self.number_edit.text(),
            text=self.text_edit.toPlainText(), proposed_by=proposed, seconded_by=seconded,
            outcome=self.outcome_box.currentData() or "adopted",
            votes_for=self._count(self.for_spin), votes_against=self._count(self.against_spin),
            abstentions=self._count(self.abstain_spin))

    @staticmethod
    def _count(spin: QSpinBox) -> int | None:
        return None if spin.value() == NO_COUNT else spin.value()

    def _update_preview(self, *_args) -> None:
        if self._loading:
            return
        d = self._editor_decision()
        lang = getattr(self, "_session_lang", "fr")
        self.preview_heading.setText(
            self.tr("In the minutes (French):") if lang != "en"
            else self.tr("In the minutes (English):"))
        self.preview.setText(self._council_preview(d, lang)
                             or (rules.minutes_sentence(d, self._names, lang) if d else ""))

    def _update_actions_summary(self) -> None:
        rows = self.actions_model.rows
        done = sum(a.status == "done" for a in rows)
        self.actions_summary.setText(self.tr("Actions: %1; done: %2")
                                     .replace("%1", str(len(rows))).replace("%2", str(done)))
        self.remove_action_button.setEnabled(bool(rows))

    # -- decisions --------------------------------------------------------------------------
    def current_decision(self) -> Decision | None:
        """The decision in the editor, as saved; None when there is none or the session is
        closing (a field losing the focus then has nothing to save)."""
        if self._current_id is None or self.ctx.store.closed:
            return None
        return self.ctx.store.decisions.get(self._current_id)

    def add_decision(self) -> None:
        store = self.ctx.store
        new_id = self.ctx.do(ops.decisions.add_decision.label(store),
                             lambda: ops.decisions.add_decision(store, ""))
        if new_id is None:
            return
        row = self.model.row_of(new_id)
        self.table.selectRow(row)
        self.text_edit.setFocus()

    def remove_decision(self) -> None:
        d = self.current_decision()
        if d is None:
            return
        store = self.ctx.store
        self._current_id = None
        self.ctx.do(ops.decisions.remove_decision.label(store, d.id),
                    lambda: ops.decisions.remove_decision(store, d.id))
        self.table.setFocus()

    def _set_error(self, text: str) -> None:
        self.editor_error.setText(text)
        self._form.setRowVisible(self.editor_error, bool(text))

    def _fail(self, text: str) -> None:
        self._set_error(text)
        self.statusMessage.emit(text)

    def _save_number(self) -> None:
        d = self.current_decision()
        if self._loading or d is None:
            return
        number = self.number_edit.text()
        if number.strip() == d.number:
            self.number_edit.setText(d.number)
            return
        store = self.ctx.store
        try:
            rules.check_number(number, store.decisions.numbers(), d.number)
        except FacilitatorError as exc:
            self._fail(str(exc))
            self.number_edit.setText(d.number)
            self._update_preview()
            return
        self._set_error("")
        self.ctx.do(ops.decisions.renumber.label(store, d.id, number),
                    lambda: ops.decisions.renumber(store, d.id, number))

    def _save_text(self) -> None:
        d = self.current_decision()
        text = self.text_edit.toPlainText()
        if self._loading or d is None or text == d.text:
            return
        store = self.ctx.store
        self.ctx.do(ops.decisions.edit_text.label(store, d.id, text),
                    lambda: ops.decisions.edit_text(store, d.id, text))

    def _save_person(self, box: PersonBox, field: str) -> None:
        d = self.current_decision()
        if self._loading or d is None:
            return
        known, pid = box.person()
        if not known:
            self._fail(self.tr("No participant is named “%1”; pick a name from the list or add "
                               "the person on the Participants page (Ctrl+2).")
                       .replace("%1", box.currentText().strip()))
            box.set_people(self._people, getattr(d, field))
            self._update_preview()
            return
        if pid == getattr(d, field):
            return
        self._set_error("")
        store = self.ctx.store
        self.ctx.do(ops.decisions.set_person.label(store, d.id, field, pid),
                    lambda: ops.decisions.set_person(store, d.id, field, pid))

    def _save_outcome(self, _index: int = 0) -> None:
        d = self.current_decision()
        outcome = self.outcome_box.currentData()
        if self._loading or d is None or outcome is None or outcome == d.outcome:
            return
        store = self.ctx.store
        self.ctx.do(ops.decisions.set_outcome.label(store, d.id, outcome),
                    lambda: ops.decisions.set_outcome(store, d.id, outcome))

    def _save_counts(self) -> None:
        d = self.current_decision()
        if self._loading or d is None:
            return
        counts = {"votes_for": self._count(self.for_spin),
                  "votes_against": self._count(self.against_spin),
                  "abstentions": self._count(self.abstain_spin)}
        if all(getattr(d, k) == v for k, v in counts.items()):
            return
        store = self.ctx.store
        values = [counts[k] for k in ops.decisions.COUNTS]
        self.ctx.do(ops.decisions.set_counts.label(store, d.id, *values),
                    lambda: ops.decisions.set_counts(store, d.id, *values))

    # -- council meetings (issue 17) ---------------------------------------------------------
    def _build_council(self, form: QFormLayout, top: QHBoxLayout) -> None:
        """The live quorum beside the attendance, and the roll-call grid in the editor (shown
        for a council meeting; the head counts stay for a show of hands)."""
        from facilitator_ui.widgets.roll_call import RollCallPanel

        self.quorum_label = QLabel()
        self.quorum_label.setAccessibleName(self.tr("Quorum now"))
        top.insertWidget(3, self.quorum_label)
        self.roll_call = RollCallPanel(self.ctx, self)
        self._votes_label = QLabel(self.tr("Roll call"))
        form.insertRow(form.rowCount() - 1, self._votes_label, self.roll_call)

    def _council_preview(self, d: Decision | None, lang: str) -> str:
        """A roll-call decision as the minutes print it; "" for a show of hands."""
        if d is None or self.ctx.store.council.settings() is None:
            return ""
        from facilitator.export.council_minutes import lines

        found = lines(self.ctx.store, d.id, self._names, lang)
        if found is None:
            return ""
        body = rules.wording(d, self._names, lang).body
        return "\n".join([*found["conflicts"], body, found["roll_call"], found["quorum"],
                          found["conclusion"]])

    def _show_quorum(self) -> None:
        from facilitator_ui.widgets.council_box import quorum_style, quorum_text

        q = self.ctx.store.council.quorum_now()
        self.quorum_label.setText(quorum_text(q))
        self.quorum_label.setStyleSheet(quorum_style(q))
        self.quorum_label.setVisible(q is not None)

    def _show_roll_call(self, d: Decision | None) -> None:
        on = self.roll_call.show_decision(d)
        council = self.ctx.store.council.settings() is not None
        self._form.setRowVisible(self._votes_label, council)
        self._form.setRowVisible(self._counts_layout, not on)
        self.outcome_box.setEnabled(not on)
        self.outcome_box.setToolTip(self.tr("Computed by the council's rule from the roll call")
                                    if on else "")

    # -- numbering pattern ------------------------------------------------------------------
    def _pattern_typed(self, text: str) -> None:
        self._show_pattern_info(text)

    def _save_pattern(self) -> None:
        if self._loading:
            return
        store = self.ctx.store
        pattern = self.pattern_edit.text()
        current = store.session.get().decision_pattern
        if pattern.strip() == current:
            return
        try:
            rules.check_pattern(pattern)
        except FacilitatorError as exc:
            self.statusMessage.emit(str(exc))
            self._show_pattern_info(pattern)
            return
        self.ctx.do(ops.decisions.set_pattern.label(store, pattern),
                    lambda: ops.decisions.set_pattern(store, pattern))

    # -- actions ----------------------------------------------------------------------------
    def add_action(self) -> None:
        what = self.what_edit.text()
        if not what.strip():
            self.what_edit.setFocus()
            return
        who = self.who_edit.text()
        if not self.due_edit.valid():
            self.statusMessage.emit(self.tr("The due date is not a date: type 2027-06-30, "
                                            "30/06/2027 or 30 juin 2027."))
            self.due_edit.setFocus()
            return
        due = self.due_edit.iso()
        store = self.ctx.store
        new_id = self.ctx.do(ops.decisions.add_action.label(store, what, who, due),
                             lambda: ops.decisions.add_action(store, what, who, due))
        if new_id is not None:
            self.what_edit.clear()
            self.who_edit.clear()
            self.due_edit.setDate(None)
        self.what_edit.setFocus()

    def _current_action(self):
        index = self.actions_table.currentIndex()
        if not index.isValid():
            return None
        return self.actions_model.action(index.row())

    def remove_action(self) -> None:
        a = self._current_action()
        if a is None:
            return
        store = self.ctx.store
        self.ctx.do(ops.decisions.remove_action.label(store, a.id),
                    lambda: ops.decisions.remove_action(store, a.id))

    def toggle_action_done(self) -> None:
        index = self.actions_table.currentIndex()
        if not index.isValid():
            return
        a = self.actions_model.action(index.row())
        state = Qt.CheckState.Unchecked if a.status == "done" else Qt.CheckState.Checked
        row = index.row()
        self.actions_model.setData(self.actions_model.index(row, DONE), state.value,
                                   Qt.ItemDataRole.CheckStateRole)
        self.actions_table.setCurrentIndex(self.actions_model.index(row, index.column()))

    def new_action_from_idea(self) -> None:
        choices, round_title = rules.ranked_ideas(self.ctx.store)
        if not choices:
            self.statusMessage.emit(self.tr("No ideas yet: gather some on the Ideas page "
                                            "(Ctrl+4)."))
            return
        dialog = IdeaPicker(choices, round_title, self)
        dialog.accepted.connect(lambda: self.add_action_from(dialog.idea_id()))
        dialog.open()

    def add_action_from(self, idea_id: int | None) -> None:
        if idea_id is None:
            return
        store = self.ctx.store
        new_id = self.ctx.do(ops.decisions.add_action_from_idea.label(store, idea_id),
                             lambda: ops.decisions.add_action_from_idea(store, idea_id))
        if new_id is not None:
            row = self.actions_model.row_of(new_id)
            self.actions_table.setCurrentIndex(self.actions_model.index(row, WHO))
            self.actions_table.setFocus()


def icon_label(name: str) -> QLabel:
    label = QLabel()
    label.setPixmap(icon(name).pixmap(18, 18))
    return label


def _completer_on(model: QStringListModel, parent) -> QCompleter:
    c = QCompleter(model, parent)
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    c.setFilterMode(Qt.MatchFlag.MatchContains)
    return c
