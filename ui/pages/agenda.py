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

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFileDialog, QFrame, QHBoxLayout,
                               QHeaderView, QInputDialog, QLabel, QLineEdit, QMenu, QMessageBox,
                               QPushButton, QSpinBox, QSplitter, QStackedWidget, QToolButton,
                               QVBoxLayout, QWidget)

from facilitator import ops
from facilitator.agenda import (fmt_duration, fmt_hhmm, overrun_minutes, parse_hhmm,
                                recorded_seconds, restart_point, total_minutes)
from facilitator.errors import FacilitatorError
from facilitator.i18n import current_language
from facilitator_ui import settings
from facilitator_ui.icons import icon
from facilitator_ui.live import LiveController
from facilitator_ui.models.agenda import ACTUAL, AgendaModel, METHOD, PLANNED, TIME, TITLE
from facilitator_ui.pages.base import Page
from facilitator_ui.presenter.screens import fill_screen_menu
from facilitator_ui.widgets.item_editor import MAX_MINUTES, ItemEditor
from facilitator_ui.widgets.run_console import RunConsole
from facilitator_ui.widgets.plan_table import PlanTable

LATE_STYLE = ("QLabel { background: #fde8e8; color: #8a1c1c; border: 1px solid #f5a3a3;"
              " border-radius: 4px; padding: 6px 10px; font-weight: bold; }")
BANNER_STYLE = ("QFrame#liveBanner { background: #fff3c4; border: 1px solid #f0c94d;"
                " border-radius: 4px; }")
ACCENT_STYLE = ("QPushButton { background: #2680c2; color: white; font-weight: bold;"
                " padding: 6px 16px; border-radius: 4px; border: none; }"
                "QPushButton:hover { background: #186faf; }"
                "QPushButton:focus { outline: 2px solid #102a43; }")


# -- the plan --------------------------------------------------------------------------------
# -- the live console --------------------------------------------------------------------------
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

        add_row = self._build_add_row()
        split = self._build_plan_split()
        bottom = self._build_bottom()

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

        self._connect()
        self._update_plan()
        self._attach_live()
        if self.live is not None:
            self.stack.setCurrentWidget(self.console)

    def _build_add_row(self):
        """The fields that add an item, the run button, the banner of a run in progress and
        the notice of running late."""
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
        return add_row

    def _build_plan_split(self):
        """The plan's table beside the editor of the current item."""
        self.table = PlanTable()
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
        return split

    def _build_bottom(self):
        """Below the table: the summary and the gestures on the selected item, print and more."""
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
        self._add_evaluation_actions(more)
        more.addSeparator()
        screens = more.addMenu(icon("fa5s.desktop"), self.tr("Screen for the room view"))
        screens.aboutToShow.connect(lambda: fill_screen_menu(screens, self.ctx.room_view))
        self.more_button.setMenu(more)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        for b in (self.dup_button, self.del_button, self.up_button, self.down_button):
            bottom.addWidget(b)
        bottom.addSpacing(8)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.more_button)
        return bottom

    def _connect(self) -> None:
        """Signals to slots, and the page\'s shortcuts."""
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
        self.console.roomRequested.connect(lambda: self.ctx.room_view.show("agenda"))
        self.console.stopRequested.connect(self.stop_run)
        self.console.evaluationRequested.connect(lambda: self.open_evaluation())

        page_ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Alt+Up", lambda: self.move_selected(-1)),
                           ("Alt+Down", lambda: self.move_selected(1)),
                           ("Ctrl+D", self.duplicate_selected),
                           ("Ctrl+Shift+N", self.add_edit.setFocus),
                           ("Ctrl+P", lambda: self.print_handout())):
            QShortcut(QKeySequence(keys), self.plan, context=page_ctx, activated=slot)
        QShortcut(QKeySequence("F6"), self, context=page_ctx, activated=self.toggle_mode)

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
                             lambda: ops.agenda.add_item(store, title, minutes, index))
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
                             lambda: ops.agenda.duplicate_item(store, item_id))
        self._select_id(new_id)

    def remove_selected(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        store = self.ctx.store
        row = self.model.row_of(item_id)
        title = store.agenda.get(item_id).title
        self.ctx.do(ops.agenda.remove_item.label(store, item_id),
                    lambda: ops.agenda.remove_item(store, item_id))
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
                    lambda: ops.agenda.move_item(store, item_id, target))
        self._select_id(item_id)

    # -- the session's evaluation (issue 16) -------------------------------------------------
    def _add_evaluation_actions(self, menu: QMenu) -> None:
        menu.addSeparator()
        self.evaluation_action = menu.addAction(icon("fa5s.star-half-alt"),
                                                self.tr("Session evaluation…"))
        self.evaluation_action.setToolTip(self.tr("Record the group's scores (1 to 5) and what "
                                                  "to keep or change: in the minutes"))
        self.evaluation_item_action = menu.addAction(
            self.tr("This item is the session's evaluation"))
        self.evaluation_item_action.setCheckable(True)
        self.evaluation_action.triggered.connect(lambda: self.open_evaluation())
        self.evaluation_item_action.triggered.connect(self.toggle_evaluation_item)
        menu.aboutToShow.connect(self._update_evaluation_action)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_evaluation_action())

    def _update_evaluation_action(self) -> None:
        item_id = self.current_id()
        self.evaluation_item_action.setEnabled(item_id is not None)
        self.evaluation_item_action.setChecked(
            item_id is not None and item_id in self.ctx.store.evaluation.items())

    def toggle_evaluation_item(self) -> None:
        """Mark (or unmark) the current item as the session's evaluation: one undoable change."""
        item_id = self.current_id()
        if item_id is None:
            return
        store = self.ctx.store
        on = item_id not in store.evaluation.items()
        self.ctx.do(ops.agenda.set_evaluation_item.label(store, item_id, on),
                    lambda: ops.agenda.set_evaluation_item(store, item_id, on))
        self._select_id(item_id)
        self._update_evaluation_action()

    def add_evaluation_item(self) -> int | None:
        """Add a 10-minute « Évaluation de la séance » item at the end, marked as such."""
        store = self.ctx.store
        item_id = self.ctx.do(ops.agenda.add_evaluation_item.label(store),
                              lambda: ops.agenda.add_evaluation_item(store))
        if item_id is not None:
            self._select_id(item_id)
        return item_id

    def open_evaluation(self) -> bool:
        """The evaluation dialog; what it records replaces the evaluation (one undoable change).
        With no evaluation item yet, one is added in the same change."""
        from facilitator import evaluation
        from facilitator_ui.dialogs.evaluation import EvaluationDialog

        store = self.ctx.store
        dialog = EvaluationDialog(evaluation.read(store), self)
        if not dialog.exec():
            return False
        ratings, keep, change = dialog.values()
        done = self.ctx.do(ops.agenda.record_evaluation.label(store, ratings, keep, change),
                           lambda: ops.agenda.record_evaluation(store, ratings, keep, change))
        if done:
            self.statusMessage.emit(evaluation.summary_sentence(evaluation.read(store),
                                                                current_language()))
        return bool(done)

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
                    lambda: ops.agenda.edit_item(store, item_id, field, value))

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
                    lambda: ops.agenda.add_from_template(store, tpl, lang))
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
            if live is not None:
                self.ctx.room_view.show_if_open("agenda")
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
                    lambda: ops.agenda.clear_actuals(store))
        self.ctx.write(lambda: ops.live.forget(store))
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

