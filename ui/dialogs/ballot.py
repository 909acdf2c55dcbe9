"""Entering ballots: at the laptop, one person after the other, or typed by the facilitator.

`LaptopBallotDialog` fills the whole screen. Each person in turn (named rounds: first says who
they are) sees only the candidates and their own dots, places them with clicks or keys, cannot
exceed the budget or the cap (told why, in words), confirms; the screen is then cleared for the
next person, and no earlier ballot is ever shown.

`NamedBallotDialog` is for the facilitator typing each person's dots (e.g. each councillor's):
choose the person, type digits, Tab or Enter to the next candidate, Ctrl+Enter saves and moves
on to the next person without a ballot.

Neither writes: both call `submit(participant_id or None, {item: dots})`, which records the
ballot and returns None, or returns the reason it was refused (shown as is).

`NumberGrid` (also used by the paper grid) is a table whose one number column is typed with
digits; Tab or Enter saves the cell and goes to the next row, Shift+Tab to the previous one.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QApplication, QDialog,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QSplitter, QStackedWidget,
                               QStyle, QStyledItemDelegate, QStyleOptionButton, QTableView,
                               QVBoxLayout, QWidget)

from facilitator.model import Round
from facilitator.voting import ballot_line
from facilitator_ui.models.voting import (B_CANDIDATE, B_DOTS, B_MINUS, B_PLUS, BallotModel, one_line,
                              plural)

Submit = Callable[[int | None, dict], "str | None"]
ERROR_STYLE = "color: #b3261e; font-weight: bold;"
DONE_STYLE = "color: #2f6f3e; font-weight: bold;"


def _plain(text: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
    label.setWordWrap(wrap)
    return label


def _bigger(widget: QWidget, factor: float, bold: bool = False) -> None:
    f = widget.font()
    f.setPointSizeF(f.pointSizeF() * factor)
    f.setBold(bold)
    widget.setFont(f)


# -- typing numbers in a table --------------------------------------------------------------------
class DigitsDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,5}"), editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor


class NumberGrid(QTableView):
    """Digits start editing; Tab/Enter save and go down, Shift+Tab up; no mouse needed."""

    def __init__(self, column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self.setItemDelegateForColumn(column, DigitsDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)

    def start(self, row: int = 0) -> None:
        """Focus the number cell of a row, ready for digits."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        row = max(0, min(row, model.rowCount() - 1))
        self.setCurrentIndex(model.index(row, self.column))
        self.setFocus()

    def moveCursor(self, action, modifiers):  # noqa: N802
        current = self.currentIndex()
        model = self.model()
        if model is not None and current.isValid():
            step = {QAbstractItemView.CursorAction.MoveNext: 1,
                    QAbstractItemView.CursorAction.MovePrevious: -1}.get(action)
            if step is not None:
                row = current.row() + step
                if 0 <= row < model.rowCount():
                    return model.index(row, self.column)
                return current
        return super().moveCursor(action, modifiers)

    def closeEditor(self, editor, hint) -> None:  # noqa: N802
        moving = (QAbstractItemDelegate.EndEditHint.SubmitModelCache,  # Enter: next row
                  QAbstractItemDelegate.EndEditHint.EditNextItem,
                  QAbstractItemDelegate.EndEditHint.EditPreviousItem)
        if hint in moving and isinstance(editor, QLineEdit) and not self._kept(editor):
            # the model refused the number (it says why): stay on that cell
            current = self.currentIndex()
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.edit(current)
            return
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            hint = QAbstractItemDelegate.EndEditHint.EditNextItem
        super().closeEditor(editor, hint)

    def _kept(self, editor: QLineEdit) -> bool:
        """Whether the cell now holds what was typed in the editor."""
        typed = editor.text().strip() or "0"
        stored = str(self.currentIndex().data(Qt.ItemDataRole.EditRole) or "0").strip() or "0"
        return not typed.isdigit() or not stored.isdigit() or int(typed) == int(stored)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and self.state() != QAbstractItemView.State.EditingState):
            nxt = self.moveCursor(QAbstractItemView.CursorAction.MoveNext, event.modifiers())
            self.setCurrentIndex(nxt)
            return
        super().keyPressEvent(event)


# -- the laptop ballot ----------------------------------------------------------------------------
class ButtonsDelegate(QStyledItemDelegate):
    """Draws the − and + cells as buttons."""

    def paint(self, painter, option, index) -> None:
        if index.column() not in (B_MINUS, B_PLUS):
            super().paint(painter, option, index)
            return
        button = QStyleOptionButton()
        button.rect = option.rect.adjusted(4, 3, -4, -3)
        button.text = index.data()
        button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        button.fontMetrics = option.fontMetrics
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, option.widget)


class BallotTable(QTableView):
    """+/−, arrows and digits change the current candidate's dots."""

    def __init__(self, model: BallotModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(ButtonsDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(B_CANDIDATE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((B_DOTS, 200), (B_MINUS, 70), (B_PLUS, 70)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(col, width)
        self.clicked.connect(self._clicked)

    def _clicked(self, index) -> None:
        if index.column() == B_PLUS:
            self.model().add(index.row(), +1)
        elif index.column() == B_MINUS:
            self.model().add(index.row(), -1)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        row = self.currentIndex().row()
        key, text = event.key(), event.text()
        model: BallotModel = self.model()
        if row >= 0 and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Right) or text == "+":
                model.add(row, +1)
                return
            if key in (Qt.Key.Key_Minus, Qt.Key.Key_Left) or text == "-":
                model.add(row, -1)
                return
            if text.isdigit() and len(text) == 1:
                model.set_dots(row, int(text))
                return
        super().keyPressEvent(event)


class LaptopBallotDialog(QDialog):
    def __init__(self, rnd: Round, labels: dict[int, str], submit: Submit,
                 people: list[tuple[int, str, bool]] | None = None,
                 parent: QWidget | None = None, *,
                 absent: list[tuple[int, str, bool]] | None = None,
                 mark_present: Callable[[int], bool] | None = None) -> None:
        """people: (id, name, already has a ballot, or has voted in an anonymous round); None
        for an anonymous round without a list of participants. absent: the same for people
        not marked present: not offered, unless the facilitator marks one present here
        (mark_present(id) records it and says whether it was done)."""
        super().__init__(parent)
        self.rnd = rnd
        self.submit = submit
        self.people = list(people) if people is not None else None
        self.absent = list(absent or [])
        self.mark_present = mark_present
        self.voter: int | None = None
        self.recorded = 0
        self.setWindowTitle(self.tr("Ballots at the laptop — %1").replace("%1", one_line(rnd.title)))
        self.model = BallotModel(rnd, labels, buttons=True, parent=self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_welcome())
        self.pages.addWidget(self._build_ballot())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.pages)
        self.model.changed.connect(self._update_counts)
        self.model.refusedError.connect(self._refused)
        self.show_welcome("")

    # -- screens ------------------------------------------------------------------------------
    def _build_welcome(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.welcome_title = _plain(one_line(self.rnd.title))
        _bigger(self.welcome_title, 2.0, bold=True)
        self.done_label = _plain()
        _bigger(self.done_label, 1.6, bold=True)
        self.done_label.setStyleSheet(DONE_STYLE)
        how = self.tr("Each person in turn places their dots, confirms, then passes the computer "
                      "on. Nobody sees the earlier ballots.")
        if self.rnd.anonymous and self.people is None:
            how += " " + self.tr("This round is anonymous: the ballot is added to the totals "
                                 "and is not linked to anyone, not even in the session file.")
        elif self.rnd.anonymous:
            how += " " + self.tr("This round is anonymous: your name only keeps anyone from "
                                 "voting twice; your dots are added to the totals and never "
                                 "linked to you, not even in the session file.")
        self.how_label = _plain(how)
        _bigger(self.how_label, 1.2)
        self.count_label = _plain()
        v.addWidget(self.welcome_title)
        v.addSpacing(12)
        v.addWidget(self.done_label)
        v.addWidget(self.how_label)
        self.who_filter = QLineEdit()
        self.who_list = QListWidget()
        self.who_list.setAccessibleName(self.tr("Participants"))
        if self.people is not None:
            who = _plain(self.tr("Who is voting? Type your name, then Enter."))
            _bigger(who, 1.3, bold=True)
            self.who_filter.setPlaceholderText(self.tr("Your name"))
            self.who_filter.setAccessibleName(self.tr("Your name"))
            _bigger(self.who_filter, 1.3)
            _bigger(self.who_list, 1.3)
            for pid, name, voted in self.people:
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, pid)
                item.setData(Qt.ItemDataRole.UserRole + 1, voted)
                self.who_list.addItem(item)
            self._mark_voted()
            self.who_filter.textChanged.connect(self._filter_people)
            self.who_filter.returnPressed.connect(self.start_ballot)
            self.who_list.itemActivated.connect(lambda _i: self.start_ballot())
            # an absent person typing their name: the facilitator may mark them present
            self.absent_hint = _plain()
            self.mark_present_button = QPushButton(self.tr("Mark present"))
            self.mark_present_button.setToolTip(self.tr(
                "For the facilitator: this person is in the room after all"))
            self.mark_present_button.setAutoDefault(False)
            self.mark_present_button.clicked.connect(self._mark_present)
            absent_row = QHBoxLayout()
            absent_row.addWidget(self.absent_hint, 1)
            absent_row.addWidget(self.mark_present_button)
            self.absent_hint.hide()
            self.mark_present_button.hide()
            v.addWidget(who)
            v.addWidget(self.who_filter)
            v.addWidget(self.who_list, 1)
            v.addLayout(absent_row)
        else:
            v.addStretch(1)
        self.start_button = QPushButton(self.tr("Start my ballot"))
        self.start_button.setToolTip(self.tr("Enter"))
        _bigger(self.start_button, 1.5, bold=True)
        self.start_button.setMinimumHeight(64)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_ballot)
        self.finish_button = QPushButton(self.tr("Finish ballots"))
        self.finish_button.setToolTip(self.tr("For the facilitator: back to the console (Esc)"))
        self.finish_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.finish_button)
        v.addWidget(self.start_button)
        v.addLayout(row)
        return page

    def _build_ballot(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.ballot_title = _plain()
        _bigger(self.ballot_title, 1.8, bold=True)
        self.left_label = _plain()
        _bigger(self.left_label, 1.5, bold=True)
        rules = [plural(self.rnd.dots_per_participant, self.tr("You have 1 dot."),
                        self.tr("You have %1 dots."))]
        if self.rnd.max_per_item is not None:
            rules.append(self.tr("At most %1 on one candidate.")
                         .replace("%1", str(self.rnd.max_per_item)))
        self.rules_label = _plain(" ".join(rules))
        _bigger(self.rules_label, 1.2)
        self.keys_label = _plain(self.tr("Keys: ↑ ↓ choose a candidate · + or → adds a dot · − or "
                                         "← removes one · a digit sets the number · "
                                         "Ctrl+Enter confirms"))
        self.keys_label.setStyleSheet("color: #52606d;")
        self.table = BallotTable(self.model)
        self.table.setAccessibleName(self.tr("Your dots"))
        _bigger(self.table, 1.4)
        self.table.verticalHeader().setDefaultSectionSize(
            int(self.table.fontMetrics().height() * 2.1))
        self.refusal = _plain()   # only when a ballot cannot be recorded; its room is kept
        _bigger(self.refusal, 1.3)
        self.refusal.setStyleSheet(ERROR_STYLE)
        self.refusal.setAccessibleName(self.tr("Why the ballot was not recorded"))
        self.refusal.hide()
        self.left_label.setWordWrap(False)   # one line, always: its height never changes
        self.left_label.setAccessibleName(self.tr("Your dots, and why a dot was not placed"))
        self.replace_note = _plain()
        self.clear_button = QPushButton(self.tr("Start over"))
        self.clear_button.setToolTip(self.tr("Remove all your dots (Ctrl+Backspace)"))
        self.clear_button.clicked.connect(self._start_over)
        self.back_button = QPushButton(self.tr("Cancel this ballot"))
        self.back_button.setToolTip(self.tr("Nothing is recorded (Esc)"))
        self.back_button.clicked.connect(lambda: self.show_welcome(""))
        self.confirm_button = QPushButton(self.tr("Confirm my ballot"))
        self.confirm_button.setToolTip(self.tr("Ctrl+Enter"))
        _bigger(self.confirm_button, 1.4, bold=True)
        self.confirm_button.setMinimumHeight(56)
        self.confirm_button.clicked.connect(self.confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        v.addWidget(self.ballot_title)
        v.addWidget(self.left_label)
        v.addWidget(self.rules_label)
        v.addWidget(self.table, 1)
        v.addWidget(self.refusal)
        v.addWidget(self.replace_note)
        v.addWidget(self.keys_label)
        v.addLayout(buttons)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), page, activated=self.confirm)
        QShortcut(QKeySequence("Ctrl+Backspace"), page, activated=self._start_over)
        return page

    # -- flow ---------------------------------------------------------------------------------
    def _mark_voted(self) -> None:
        for i in range(self.who_list.count()):
            item = self.who_list.item(i)
            voted = item.data(Qt.ItemDataRole.UserRole + 1)
            name = next(n for p, n, _v in self.people if p == item.data(Qt.ItemDataRole.UserRole))
            item.setText(name + ("  ✓ " + self.tr("has voted") if voted else ""))

    def _filter_people(self, text: str) -> None:
        needle = text.casefold().strip()
        first = None
        for i in range(self.who_list.count()):
            item = self.who_list.item(i)
            hide = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hide)
            if not hide and first is None:
                first = item
        if first is not None:
            self.who_list.setCurrentItem(first)
        else:
            self.who_list.setCurrentRow(-1)
        self._absent_match = None
        if needle and first is None:
            self._absent_match = next((a for a in self.absent
                                       if needle in a[1].casefold()), None)
        if self._absent_match is not None:
            self.absent_hint.setText(self.tr("%1 is marked absent, so not on this list.")
                                     .replace("%1", self._absent_match[1]))
        self.absent_hint.setVisible(self._absent_match is not None)
        self.mark_present_button.setVisible(self._absent_match is not None
                                            and self.mark_present is not None)

    def _mark_present(self) -> None:
        person = getattr(self, "_absent_match", None)
        if person is None or self.mark_present is None or not self.mark_present(person[0]):
            return
        self.absent.remove(person)
        self.people.append(person)
        item = QListWidgetItem(person[1])
        item.setData(Qt.ItemDataRole.UserRole, person[0])
        item.setData(Qt.ItemDataRole.UserRole + 1, person[2])
        self.who_list.addItem(item)
        self._mark_voted()
        self._filter_people(self.who_filter.text())
        self.who_filter.setFocus()

    def show_welcome(self, message: str) -> None:
        self.model.clear()
        self.voter = None
        self.refusal.clear()
        self.refusal.hide()
        self.done_label.setText(message)
        self.done_label.setVisible(bool(message))
        self.count_label.setText(self.tr("Ballots recorded since this screen opened: %1")
                                 .replace("%1", str(self.recorded)))
        self.pages.setCurrentIndex(0)
        if self.people is not None:
            self.who_filter.clear()
            self.who_list.clearSelection()
            self.who_list.setCurrentRow(-1)
            self.who_filter.setFocus()
        else:
            self.start_button.setFocus()

    def start_ballot(self) -> None:
        if self.people is not None:
            item = self.who_list.currentItem()
            if item is None or item.isHidden():
                self.done_label.setStyleSheet(ERROR_STYLE)
                self.done_label.setText(self.tr("Choose your name in the list first."))
                self.done_label.setVisible(True)
                self.who_filter.setFocus()
                return
            self.done_label.setStyleSheet(DONE_STYLE)
            self.voter = item.data(Qt.ItemDataRole.UserRole)
            name = next(n for p, n, _v in self.people if p == self.voter)
            self.ballot_title.setText(self.tr("%1, place your dots").replace("%1", name))
            voted = item.data(Qt.ItemDataRole.UserRole + 1)
            if voted and self.rnd.anonymous:  # an anonymous ballot cannot be replaced
                self.done_label.setStyleSheet(ERROR_STYLE)
                self.done_label.setText(self.tr("%1 has already voted in this round.")
                                        .replace("%1", name))
                self.done_label.setVisible(True)
                self.who_filter.setFocus()
                self.voter = None
                return
            self.replace_note.setText(self.tr("You already have a ballot in this round: "
                                              "confirming replaces it.") if voted else "")
        else:
            self.ballot_title.setText(self.tr("Place your dots"))
            self.replace_note.setText("")
        self.replace_note.setVisible(bool(self.replace_note.text()))
        self.model.clear()
        self.refusal.clear()
        self.refusal.hide()
        self._update_counts()
        self.pages.setCurrentIndex(1)
        self.table.setCurrentIndex(self.model.index(0, B_DOTS))
        self.table.setFocus()

    def _start_over(self) -> None:
        self.model.clear()
        self.refusal.clear()
        self.refusal.hide()
        self._update_counts()

    def _update_counts(self) -> None:
        # one line says what the ballot holds (and, after a refused dot, why): its height never
        # changes, so the list of candidates never moves under the person's eyes
        self.left_label.setText(ballot_line(self.model.spent(), self.rnd.dots_per_participant))
        self.left_label.setStyleSheet("")
        self.confirm_button.setText(plural(self.model.spent(),
                                           self.tr("Confirm my ballot (%1 dot)"),
                                           self.tr("Confirm my ballot (%1 dots)")))

    def _refused(self, error) -> None:
        self.left_label.setText(ballot_line(self.model.spent(), self.rnd.dots_per_participant,
                                            error))
        self.left_label.setStyleSheet(ERROR_STYLE)
        QApplication.beep()

    def confirm(self) -> None:
        if self.pages.currentIndex() != 1:
            return
        reason = self.submit(self.voter, self.model.ballot())
        if reason:
            self.refusal.setText(reason)
            self.refusal.show()
            return
        self.recorded += 1
        if self.people is not None:
            for i in range(self.who_list.count()):
                item = self.who_list.item(i)
                if item.data(Qt.ItemDataRole.UserRole) == self.voter:
                    item.setData(Qt.ItemDataRole.UserRole + 1, True)
            self._mark_voted()
        self.show_welcome(self.tr("Ballot recorded. Thank you! Please pass the computer to the "
                                  "next person."))

    def reject(self) -> None:
        if self.pages.currentIndex() == 1:  # Esc during a ballot: cancel it, keep the screen
            self.show_welcome("")
            return
        # Esc between ballots: the console behind is the facilitator's, not the next voter's
        answer = QMessageBox.question(self, self.tr("Finish ballots"),
                                      self.tr("Leave the ballots and go back to the console?"))
        if answer == QMessageBox.StandardButton.Yes:
            super().reject()

    def start(self) -> None:
        """Show full screen (the console behind stays out of sight), window-modal; returns at
        once."""
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        self.open()


# -- the facilitator types named ballots ----------------------------------------------------------
class NamedBallotDialog(QDialog):
    def __init__(self, rnd: Round, labels: dict[int, str], people: list[tuple[int, str]],
                 existing: dict[int, dict[int, int]], submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rnd = rnd
        self.submit = submit
        self.existing = {pid: dict(b) for pid, b in existing.items()}
        self.people = people
        self.setWindowTitle(self.tr("Named ballots — %1").replace("%1", one_line(rnd.title)))
        self.resize(980, 640)
        self.model = BallotModel(rnd, labels, buttons=False, parent=self)

        left = self._build_people(people)
        right = self._build_ballot(rnd)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([260, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(_plain(self.tr("Choose a person, type their dots (digits, Tab or Enter "
                                        "to the next candidate), then Ctrl+Enter.")))
        layout.addWidget(split, 1)

        self._connect()
        self._mark()
        self._select_next(0)

    def _build_people(self, people):
        """Left: who voted, one name per row."""
        self.who_list = QListWidget()
        self.who_list.setAccessibleName(self.tr("Participants"))
        for pid, name in people:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            self.who_list.addItem(item)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        who_label = QLabel(self.tr("&Who voted?"))
        who_label.setBuddy(self.who_list)
        lv.addWidget(who_label)
        lv.addWidget(self.who_list, 1)
        return left

    def _build_ballot(self, rnd):
        """Right: the person's dots, the round's rules, and saving."""
        self.heading = _plain()
        _bigger(self.heading, 1.3, bold=True)
        self.spent_label = _plain()
        rules = [plural(rnd.dots_per_participant, self.tr("%1 dot per person"),
                        self.tr("%1 dots per person"))]
        if rnd.max_per_item is not None:
            rules.append(self.tr("at most %1 on one candidate").replace("%1",
                                                                        str(rnd.max_per_item)))
        self.rules_label = _plain(", ".join(rules) + ".")
        self.grid = NumberGrid(B_DOTS)
        self.grid.setModel(self.model)
        self.grid.horizontalHeader().setSectionResizeMode(B_CANDIDATE,
                                                          QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setSectionResizeMode(B_DOTS,
                                                          QHeaderView.ResizeMode.ResizeToContents)
        self.grid.setAccessibleName(self.tr("Dots of this person"))
        self.refusal = _plain()
        self.refusal.setStyleSheet(ERROR_STYLE)
        self.saved_label = _plain()
        self.saved_label.setStyleSheet(DONE_STYLE)
        self.save_button = QPushButton(self.tr("Save this ballot"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter; then the next person without a ballot"))
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove this person's dots from the form "
                                             "(saving then removes their ballot)"))
        self.clear_button.clicked.connect(self._clear)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for button in (self.save_button, self.clear_button, close):
            button.setAutoDefault(False)  # Enter on a name goes to the dots, never « Clear »
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.heading)
        rv.addWidget(self.rules_label)
        rv.addWidget(self.grid, 1)
        rv.addWidget(self.spent_label)
        rv.addWidget(self.refusal)
        rv.addWidget(self.saved_label)
        row = QHBoxLayout()
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(self.save_button)
        rv.addLayout(row)
        return right

    def _connect(self) -> None:
        """Signals to slots, and Ctrl+Enter saves."""
        self.who_list.currentItemChanged.connect(lambda *_: self._load_current())
        self.who_list.itemActivated.connect(lambda _i: self.grid.start(0))
        self.model.changed.connect(self._update_spent)
        self.model.refused.connect(lambda reason: self.refusal.setText(reason))
        for seq in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(seq), self, activated=self.save)

    def _mark(self) -> None:
        for i in range(self.who_list.count()):
            item = self.who_list.item(i)
            pid = item.data(Qt.ItemDataRole.UserRole)
            name = next(n for p, n in self.people if p == pid)
            spent = sum(self.existing.get(pid, {}).values())
            item.setText(f"{name}  ✓ {spent}" if pid in self.existing else name)

    def _select_next(self, start: int) -> None:
        n = self.who_list.count()
        for k in range(n):
            i = (start + k) % n
            if self.who_list.item(i).data(Qt.ItemDataRole.UserRole) not in self.existing:
                self.who_list.setCurrentRow(i)
                return
        if n:
            self.who_list.setCurrentRow(min(start, n - 1))

    def voter(self) -> int | None:
        item = self.who_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _load_current(self) -> None:
        pid = self.voter()
        self.refusal.clear()
        if pid is None:
            self.heading.setText(self.tr("Choose a person"))
            self.model.clear()
            return
        name = next(n for p, n in self.people if p == pid)
        self.heading.setText(self.tr("Ballot of %1").replace("%1", name))
        self.model.load(self.existing.get(pid, {}))

    def _update_spent(self) -> None:
        self.spent_label.setText(plural(self.model.spent(), self.tr("%1 dot placed of %2"),
                                        self.tr("%1 dots placed of %2"))
                                 .replace("%2", str(self.rnd.dots_per_participant)))

    def _clear(self) -> None:
        self.model.clear()
        self.refusal.clear()

    def save(self) -> None:
        pid = self.voter()
        if pid is None:
            self.refusal.setText(self.tr("Choose who voted first."))
            return
        editor = QApplication.focusWidget()  # Ctrl+Enter while typing: keep what is typed
        if isinstance(editor, QLineEdit) and editor.parent() is self.grid.viewport():
            self.grid.commitData(editor)
            self.grid.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        ballot = self.model.ballot()
        reason = self.submit(pid, ballot)
        if reason:
            self.refusal.setText(reason)
            return
        name = next(n for p, n in self.people if p == pid)
        if ballot:
            self.existing[pid] = ballot
            self.saved_label.setText(self.tr("Saved: %1's ballot.").replace("%1", name))
        else:
            self.existing.pop(pid, None)
            self.saved_label.setText(self.tr("Removed: %1's ballot.").replace("%1", name))
        self._mark()
        self._select_next(self.who_list.currentRow() + 1)
        self.grid.start(0)
