"""The Idées page: capture ideas as fast as people speak, sort them into themes on a wall.

Keyboard (also in the tooltips): the capture field has the focus; Enter saves the idea,
Shift+Enter starts a new line, Tab reaches the author and the agenda item. On the wall: 1–9
move the selected cards to that theme, 0 to no theme, Ctrl+M to any theme, Ctrl+T makes a new
theme (with the selected cards), Ctrl+J merges the selected ideas, Enter/F2 edits, Delete
deletes, Escape or F6 returns to the capture field; Ctrl+F searches. Every change is one
undoable command (Ctrl+Z)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QColorDialog, QComboBox, QCompleter, QFileDialog, QHBoxLayout,
                               QInputDialog, QLabel, QLineEdit, QMenu, QMessageBox, QPushButton,
                               QSplitter, QToolButton, QVBoxLayout, QWidget)

from facilitator import ops
from facilitator.ideas import ANY, color_name, IdeaFilter, merge_text, PALETTE
from facilitator.i18n import current_language
from facilitator_ui.icons import icon
from facilitator_ui.models.ideas import count_text, short, ThemesModel, WallModel
from facilitator_ui.pages.base import Page
from facilitator_ui.widgets.wall import ThemeChooser, ThemeList, WallView
from facilitator_ui.widgets.steady_label import SteadyLabel
from facilitator_ui.widgets.capture import CaptureEdit, DuplicateBar

ALL_KINDS = {"ideas", "themes", "participants", "agenda", "session"}


def _swatch(color: str) -> QIcon:
    pix = QPixmap(16, 16)
    pix.fill(QColor(color))
    return QIcon(pix)


class IdeasPage(Page):
    kinds = frozenset({"ideas", "themes", "participants", "agenda", "session", "live"})

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("IdeasPage", "Ideas")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.model = WallModel(ctx, self)
        self.themes_model = ThemesModel(self.model, self)
        self.duplicate: tuple[int, int] | None = None   # (new idea, the idea it looks like)
        self._live_applied: int | None = None

        capture_row = self._build_capture()
        filter_row = self._build_filters()
        splitter = self._build_wall()
        bottom = self._build_bottom()

        layout = QVBoxLayout(self)
        layout.addLayout(capture_row)
        layout.addWidget(self.duplicate_bar)
        layout.addLayout(filter_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._set_tab_order()

        self._connect()
        self._fill_lists()
        self._update_summary()
        self._name_controls()

    def _build_capture(self):
        """Where ideas are typed, with their author and agenda item, and the bar of a likely
        duplicate."""
        self.capture_edit = CaptureEdit()
        self.capture_edit.setPlaceholderText(self.tr(
            "Type an idea and press Enter (Shift+Enter: new line)"))
        self.capture_edit.setAccessibleName(self.tr("New idea"))
        self.capture_edit.setToolTip(self.tr(
            "Enter saves the idea, Shift+Enter starts a new line, Tab goes to the author "
            "(Ctrl+Shift+N comes back here)"))
        self.author_edit = QLineEdit()
        self.author_edit.setPlaceholderText(self.tr("Author (optional)"))
        self.author_edit.setAccessibleName(self.tr("Author"))
        self.author_edit.setClearButtonEnabled(True)
        self.author_edit.setToolTip(self.tr(
            "Who said it (optional). A name that is not on the list is added to the "
            "participants. Enter saves the idea."))
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.author_edit.setCompleter(completer)
        self.item_combo = QComboBox()
        self.item_combo.setAccessibleName(self.tr("Agenda item"))
        self.item_combo.setToolTip(self.tr("The agenda item the idea belongs to (the item "
                                           "running live, by default)"))
        self.item_combo.setMinimumWidth(180)
        self.add_button = QPushButton(icon("fa5s.plus"), self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add the idea (Enter)"))
        side = QVBoxLayout()
        side.addWidget(self.author_edit)
        side.addWidget(self.item_combo)
        capture_row = QHBoxLayout()
        capture_row.addWidget(self.capture_edit, 1)
        capture_row.addLayout(side)
        capture_row.addWidget(self.add_button)
        self.duplicate_bar = DuplicateBar()
        return capture_row

    def _build_filters(self):
        """Search and filters of the wall (theme, author, agenda item)."""
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search the ideas (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.search_edit.setClearButtonEnabled(True)
        self.theme_filter = QComboBox()
        self.theme_filter.setAccessibleName(self.tr("Show theme"))
        self.author_filter = QComboBox()
        self.author_filter.setAccessibleName(self.tr("Show author"))
        self.item_filter = QComboBox()
        self.item_filter.setAccessibleName(self.tr("Show agenda item"))
        self.search_edit.setMinimumWidth(160)
        for box in (self.theme_filter, self.author_filter, self.item_filter):
            box.setMinimumWidth(110)
            box.setMaximumWidth(260)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
        self.clear_filters_button = QPushButton(self.tr("Show all"))
        self.clear_filters_button.setToolTip(self.tr("Clear the search and the filters"))
        self.import_button = QPushButton(icon("fa5s.file-import"), self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import ideas from a CSV or text file (one idea "
                                              "a line, or a column of a survey)"))
        self.room_button = QPushButton(icon("fa5s.tv"), self.tr("Show the wall in the room"))
        self.room_button.setToolTip(self.tr("Show the wall on the projector; it follows every "
                                            "change, and never shows authors"))
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search_edit, 2)
        filter_row.addWidget(self.theme_filter, 1)
        filter_row.addWidget(self.author_filter, 1)
        filter_row.addWidget(self.item_filter, 1)
        filter_row.addWidget(self.clear_filters_button)
        return filter_row

    def _build_wall(self):
        """The themes beside the wall of cards."""
        self.theme_list = ThemeList(self.themes_model)
        self.new_theme_button = QPushButton(icon("fa5s.plus"), self.tr("New theme"))
        self.new_theme_button.setToolTip(self.tr("Create a theme; with cards selected on the "
                                                 "wall, they go into it (Ctrl+T)"))
        themes_label = QLabel(self.tr("Themes"))
        themes_label.setStyleSheet("font-weight: bold;")
        themes_label.setBuddy(self.theme_list)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(themes_label)
        left_layout.addWidget(self.theme_list, 1)
        left_layout.addWidget(self.new_theme_button)
        self.wall = WallView(self.model)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.wall)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        left.setMinimumWidth(160)
        return splitter

    def _build_bottom(self):
        """The wall's keys, the summary, import and the room view."""
        self.summary = SteadyLabel()   # a new count repaints it alone
        hint = self.tr(
            "Wall: 1–9 move the selected cards to a theme · 0 no theme · Ctrl+M move to… · "
            "Ctrl+T new theme · Ctrl+J merge · Enter edit · Delete · F6 capture ↔ wall")
        # lines break between two keys, never between a key and what it does
        self.hint = QLabel(" · ".join(part.replace(" ", "\u00a0") for part in hint.split(" · ")))
        self.hint.setStyleSheet("color: #52606d;")
        self.hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.summary)
        bottom.addSpacing(8)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.room_button)
        return bottom

    def _set_tab_order(self) -> None:
        """Tab walks capture, filters, themes, then the wall."""
        self.setTabOrder(self.capture_edit, self.author_edit)
        self.setTabOrder(self.author_edit, self.item_combo)
        self.setTabOrder(self.item_combo, self.add_button)
        self.setTabOrder(self.add_button, self.search_edit)
        self.setTabOrder(self.search_edit, self.theme_filter)
        self.setTabOrder(self.theme_filter, self.author_filter)
        self.setTabOrder(self.author_filter, self.item_filter)
        self.setTabOrder(self.item_filter, self.clear_filters_button)
        self.setTabOrder(self.clear_filters_button, self.import_button)
        self.setTabOrder(self.import_button, self.room_button)
        self.setTabOrder(self.room_button, self.theme_list)
        self.setTabOrder(self.theme_list, self.new_theme_button)
        self.setTabOrder(self.new_theme_button, self.wall)

    def _connect(self) -> None:
        """Signals to slots, and the page\'s shortcuts."""
        self.capture_edit.submitted.connect(self.capture)
        # the card being typed is drawn ahead, once typing leaves the event loop idle
        self._prepare_timer = QTimer(self, singleShot=True, interval=0)
        self._prepare_timer.timeout.connect(self._prepare_card)
        for changed in (self.capture_edit.textChanged, self.author_edit.textChanged,
                        self.item_combo.currentIndexChanged):
            changed.connect(self._prepare_timer.start)
        self.capture_edit.escaped.connect(self.keep_both)
        self.author_edit.returnPressed.connect(self.capture)
        self.add_button.clicked.connect(self.capture)
        self.duplicate_bar.mergeRequested.connect(self.merge_duplicate)
        self.duplicate_bar.keepRequested.connect(self.keep_both)
        self.search_edit.textChanged.connect(self.apply_filter)
        for box in (self.theme_filter, self.author_filter, self.item_filter):
            box.currentIndexChanged.connect(self.apply_filter)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.room_button.clicked.connect(lambda: self.ctx.room_view.show("wall"))
        self.new_theme_button.clicked.connect(lambda: self.new_theme(self.wall.selected_ids()))
        self.wall.moveRequested.connect(self.move_ideas)
        self.wall.deleteRequested.connect(self.delete_ideas)
        self.wall.captureRequested.connect(self.capture_edit.setFocus)
        self.wall.numberWithoutTheme.connect(self._no_theme_for)
        self.wall.horizontalHeader().menuRequested.connect(self.theme_menu)
        self.wall.horizontalHeader().renameRequested.connect(self.ask_rename_theme)
        self.themes_model.moveRequested.connect(self.move_ideas)
        self.theme_list.showRequested.connect(self.show_theme)
        self.theme_list.deleteRequested.connect(self.delete_theme)
        self.theme_list.moveThemeRequested.connect(self.move_theme)
        self.theme_list.menuRequested.connect(self.theme_menu)
        ctx_ = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+Shift+N", self.focus_capture), ("Ctrl+F", self.focus_search),
                           ("Ctrl+T", self._new_theme_key), ("Ctrl+M", self.ask_move),
                           ("Ctrl+J", self.merge_selected), ("F6", self.toggle_focus),
                           ("Ctrl+Shift+J", self.merge_duplicate)):
            QShortcut(QKeySequence(keys), self, activated=slot, context=ctx_)

    def _name_controls(self) -> None:
        """Names a screen reader says: the clear buttons Qt puts in the line edits."""
        for edit in (self.author_edit, self.search_edit):
            for button in edit.findChildren(QToolButton):
                button.setAccessibleName(self.tr("Clear"))

    # -- refresh ----------------------------------------------------------------------------
    def refresh(self, kinds: set) -> None:
        load = kinds & ALL_KINDS
        if load:
            self.model.reload(load)
        if kinds & {"themes", "participants", "agenda"}:
            self._fill_lists()
        if kinds & {"live", "agenda"}:
            self._follow_live()
        if self.duplicate and not all(i in self.model.data_.ideas for i in self.duplicate):
            self.keep_both()
        self._update_summary()

    def activated(self) -> None:
        self._follow_live()
        self.capture_edit.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            total = max(600, self.splitter.width())
            left = max(160, min(270, int(total * 0.22)))
            self.splitter.setSizes([left, total - left])

    def _fill_lists(self) -> None:
        d = self.model.data_
        self.names.setStringList(sorted(d.names.values(), key=str.casefold))
        items = [(t, i) for i, t in d.items.items()]
        self._refill(self.item_combo, [(self.tr("No agenda item"), None)] + items)
        changed = self._refill(self.theme_filter, [(self.tr("All themes"), ANY),
                                                   (self.tr("No theme"), None)]
                               + [(t.title, t.id) for t in d.themes])
        for row, t in enumerate(d.themes):
            self.theme_filter.setItemIcon(row + 2, _swatch(d.color(t.id)))
        changed |= self._refill(self.author_filter, [(self.tr("All authors"), ANY),
                                                     (self.tr("No author"), None)]
                                + sorted(((n, i) for i, n in d.names.items()),
                                         key=lambda x: x[0].casefold()))
        changed |= self._refill(self.item_filter, [(self.tr("All agenda items"), ANY),
                                                   (self.tr("No agenda item"), None)] + items)
        if changed:
            self.apply_filter()

    @staticmethod
    def _refill(box: QComboBox, entries: list[tuple[str, object]]) -> bool:
        """Refill a combo box, keeping its choice; True when the choice is gone."""
        def same(a, b) -> bool:
            return a is b or (isinstance(a, int) and isinstance(b, int) and a == b)

        had = box.count() > 0
        current = box.currentData() if had else entries[0][1]
        box.blockSignals(True)
        box.clear()
        for text, data in entries:
            box.addItem(text, data)
        found = next((n for n, (_t, d) in enumerate(entries) if same(d, current)), -1)
        box.setCurrentIndex(max(0, found))
        box.blockSignals(False)
        return had and found < 0

    def _live_item(self) -> int | None:
        """The agenda item running live, if the live-run controller says which one."""
        live = self.ctx.live
        for obj in (live, getattr(live, "run", None)):
            if obj is None:
                continue
            for name in ("current_id", "current_item_id", "item_id"):
                try:
                    value = getattr(obj, name, None)
                    if callable(value):
                        value = value()
                except Exception:  # a finished run has no current item
                    value = None
                if isinstance(value, int) and value in self.model.data_.items:
                    return value
        return None

    def _follow_live(self) -> None:
        live = self._live_item()
        if live != self._live_applied:
            self._live_applied = live
            row = self.item_combo.findData(live) if live is not None else -1
            if row >= 0:
                self.item_combo.setCurrentIndex(row)

    def _update_summary(self) -> None:
        m = self.model
        total = len(m.data_.ideas)
        themes = len(m.data_.themes)
        ideas = count_text(total, self.tr("%1 idea"), self.tr("%1 ideas"))
        if m.filter.active:
            ideas = self.tr("%1 shown out of %2").replace("%1", str(m.shown_total)).replace(
                "%2", ideas)
        self.summary.setText(ideas + " · " + count_text(themes, self.tr("%1 theme"),
                                                         self.tr("%1 themes")))

    # -- capture ----------------------------------------------------------------------------
    def focus_capture(self) -> None:
        self.capture_edit.setFocus()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def toggle_focus(self) -> None:
        if self.wall.hasFocus():
            self.capture_edit.setFocus()
        else:
            self.wall.setFocus()
            idx = self.wall.currentIndex()  # focus gives a current card, but not selected
            if not idx.isValid():
                idx = self.wall.moveCursor(self.wall.CursorAction.MoveNext,
                                           Qt.KeyboardModifier.NoModifier)
            if idx.isValid():
                self.wall.setCurrentIndex(idx)  # selected: 1–9 and Ctrl+T act on it at once

    def capture(self) -> int | None:
        """Save the typed idea (one undoable command), show it on the wall, clear the field.
        Returns the new idea's id, or None when nothing was saved."""
        text = self.capture_edit.toPlainText().strip()
        if not text:
            self.capture_edit.setFocus()
            return None
        store = self.ctx.store
        author, item_id, theme_id = self._capture_target()
        looks_like = self.model.data_.dups.matches(text)
        self._show_at_once(text, theme_id, item_id, author)
        iid = None
        try:
            iid = self.ctx.do(ops.ideas.capture.label(store, text),
                              lambda: ops.ideas.capture(store, text, author=author,
                                                        theme_id=theme_id, item_id=item_id))
        finally:
            if iid is None:   # not saved: its card goes; the text stays in the field
                self.model.drop_pending()
        if iid is None:   # (the person was told)
            return None
        self.capture_edit.clear()
        if self.author_edit.text():   # (an empty field set empty repaints all the same)
            self.author_edit.setText("")  # not undoable: Ctrl+Z then undoes the capture
        self.capture_edit.setFocus()
        self.model.set_fresh(iid)
        if looks_like:
            self.show_duplicate(iid, looks_like[0])
        else:
            self.keep_both()
        # the bar shown or hidden changes the wall's height: lay out before scrolling to the card
        self.layout().activate()
        self.wall.reveal(self.model.index_of(iid))
        # and the cell the next idea will take: the next card is painted without a scroll
        self.wall.reveal(self.model.next_cell(theme_id))
        return iid

    def _capture_target(self) -> tuple:
        """(author, agenda item, theme) a capture now would give its idea."""
        theme_id = self.model.filter.theme_id
        return (self.author_edit.text().strip(), self.item_combo.currentData(),
                theme_id if isinstance(theme_id, int) else None)

    def _prepare_card(self) -> None:
        """While the idea is typed, its card is drawn ahead (when the event loop is idle):
        at Enter the wall copies its pixels (WallView.prepare_card)."""
        text = self.capture_edit.toPlainText().strip()
        if text and self.wall.isVisible():
            author, item_id, theme_id = self._capture_target()
            self.wall.prepare_card(self.model.card_of(text, theme_id, item_id, author))

    def _show_at_once(self, text: str, theme_id, item_id, author: str) -> None:
        """The card on the wall and painted now, before the commit is acknowledged (the room
        sees it at Enter); the saved idea takes its place (WallModel.show_pending)."""
        # the card alone is painted now; the scroll bar (when the wall grows or moves), the
        # card before (its outline) and the header's count follow a moment later (pay_owed)
        bar = self.wall.verticalScrollBar()
        bar.setUpdatesEnabled(False)
        try:
            cell = self.model.show_pending(text, theme_id, item_id, author)
            if cell.isValid() and self.wall.isVisible():
                self.wall.reveal(cell)
                self.wall.viewport().repaint(self.wall.visualRect(cell))
        finally:
            bar.setUpdatesEnabled(True)
            self.model.pay_owed()

    def show_duplicate(self, new_id: int, old_id: int) -> None:
        old = self.model.data_.ideas.get(old_id)
        if old is None:
            return
        self.duplicate = (new_id, old_id)
        self.duplicate_bar.label.setText(
            self.tr("Idea similar to “%1”").replace("%1", short(old.text, 80)))
        self.duplicate_bar.show()

    def keep_both(self) -> None:
        self.duplicate = None
        self.duplicate_bar.hide()

    def merge_duplicate(self) -> None:
        """Merge the idea just captured into the one it looks like (its text kept in history)."""
        if not self.duplicate:
            return
        new_id, old_id = self.duplicate
        self.keep_both()
        self.merge_ideas([old_id, new_id])

    # -- ideas on the wall ------------------------------------------------------------------
    def merge_selected(self) -> None:
        ids = self.wall.selected_ids()
        if len(ids) < 2:
            self.statusMessage.emit(self.tr("Select two ideas or more to merge them "
                                            "(Shift or Ctrl with the arrows)"))
            return
        current = self.model.idea_id(self.wall.currentIndex())
        if current in ids:
            ids.remove(current)
            ids.insert(0, current)
        self.merge_ideas(ids)

    def merge_ideas(self, ids: list[int]) -> None:
        """Merge ids[1:] into ids[0]: one idea with ids[0]'s text (F2 edits it); the other
        texts are kept in its history (its tooltip, the archive)."""
        ideas = [self.model.data_.ideas[i] for i in ids if i in self.model.data_.ideas]
        if len(ideas) < 2:
            return
        text = merge_text([i.text for i in ideas])
        store = self.ctx.store
        kept = ideas[0].id
        ids = [i.id for i in ideas]
        done = self.ctx.do(ops.ideas.merge.label(store, ids), lambda: ops.ideas.merge(store, ids))
        if kept in self.model.data_.ideas:
            self.wall.select_ids([kept], kept)
        if done:
            self.statusMessage.emit(self.tr("Merged into “%1”; the other text is kept in its "
                                            "history (F2 on the wall edits the text)")
                                    .replace("%1", short(text, 40)))

    def delete_ideas(self, ids: list[int]) -> None:
        ideas = [self.model.data_.ideas[i] for i in ids if i in self.model.data_.ideas]
        if not ideas:
            return
        store = self.ctx.store
        ids = [i.id for i in ideas]
        label = ops.ideas.remove.label(store, ids)
        self.ctx.do(label, lambda: ops.ideas.remove(store, ids))
        self.statusMessage.emit(self.tr("%1 — Ctrl+Z brings it back").replace("%1", label))

    def move_ideas(self, ids: list[int], theme_id) -> None:
        d = self.model.data_
        ids = [i for i in ids if i in d.ideas and d.ideas[i].theme_id != theme_id]
        if not ids or (theme_id is not None and theme_id not in d.theme_by_id):
            return
        store = self.ctx.store
        self.ctx.do(ops.ideas.move.label(store, ids, theme_id),
                 lambda: ops.ideas.move(store, ids, theme_id))

    def ask_move(self) -> None:
        ids = self.wall.selected_ids()
        if not ids:
            self.statusMessage.emit(self.tr("Select cards on the wall first"))
            return
        ok, choice, typed = self.choose_theme(
            count_text(len(ids), self.tr("Move the selected idea to…"),
                       self.tr("Move %1 ideas to…")), allow_new=True)
        if not ok:
            return
        if choice == ThemeChooser.NEW:
            self.create_theme(typed, ids)
        else:
            self.wall.move_selected(choice, advance=True)

    def _no_theme_for(self, n: int) -> None:
        self.statusMessage.emit(self.tr("No theme has the key %1 yet: Ctrl+T creates one")
                                .replace("%1", str(n)))

    # -- filters ----------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self.model.set_filter(IdeaFilter(
            text=self.search_edit.text(),
            theme_id=self.theme_filter.currentData() if self.theme_filter.count() else ANY,
            author_id=self.author_filter.currentData() if self.author_filter.count() else ANY,
            agenda_item_id=self.item_filter.currentData() if self.item_filter.count() else ANY))
        self._update_summary()
        theme = self.model.filter.theme_id
        if isinstance(theme, int):
            self.capture_edit.setPlaceholderText(
                self.tr("Type an idea for “%1” and press Enter (Shift+Enter: new line)")
                .replace("%1", self.model.theme_title(theme)))
        else:
            self.capture_edit.setPlaceholderText(self.tr(
                "Type an idea and press Enter (Shift+Enter: new line)"))

    def clear_filters(self) -> None:
        for box in (self.theme_filter, self.author_filter, self.item_filter):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.apply_filter()

    # -- themes -----------------------------------------------------------------------------
    def _themes_for_chooser(self, with_none: bool = True) -> list[tuple]:
        d = self.model.data_
        out = [(None, self.model.theme_title(None), 0)] if with_none else []
        out += [(t.id, t.title, n if n <= 9 else None) for n, t in enumerate(d.themes, start=1)]
        return out

    def choose_theme(self, title: str, *, allow_new: bool = False, exclude=...,
                     with_none: bool = True) -> tuple[bool, object, str]:
        """Ask for a theme (a dialog; tests replace this method)."""
        dialog = ThemeChooser(title, self._themes_for_chooser(with_none), self,
                              allow_new=allow_new, exclude=exclude)
        if dialog.exec() != ThemeChooser.DialogCode.Accepted:
            return False, None, ""
        return dialog.choice()

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """Ask for one line of text (a dialog; tests replace this method)."""
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def _new_theme_key(self) -> None:
        self.new_theme(self.wall.selected_ids() if self.wall.hasFocus() else [])

    def new_theme(self, ids: list[int] | None = None) -> None:
        ids = list(ids or [])
        label = (count_text(len(ids), self.tr("Name of the new theme (the selected idea goes "
                                              "into it):"),
                            self.tr("Name of the new theme (the %1 selected ideas go into it):"))
                 if ids else self.tr("Name of the new theme:"))
        title = self.ask_text(self.tr("New theme"), label)
        if title is not None and title.strip():
            self.create_theme(title, ids)

    def create_theme(self, title: str, ids: list[int] | None = None) -> int | None:
        title = title.strip()
        if not title:
            return None
        store = self.ctx.store
        ids = list(ids or [])
        tid = self.ctx.do(ops.ideas.add_theme.label(store, title),
                       lambda: ops.ideas.add_theme(store, title, ids))
        if tid is not None:
            self.theme_list.setCurrentIndex(self.themes_model.index(self.themes_model.row_of(tid)))
            self.show_theme(tid)
        return tid

    def rename_theme(self, theme_id: int, title: str) -> None:
        t = self.model.data_.theme_by_id.get(theme_id)
        if t is None or not title.strip() or title.strip() == t.title:
            return
        store = self.ctx.store
        self.ctx.do(ops.ideas.rename_theme.label(store, theme_id),
                    lambda: ops.ideas.rename_theme(store, theme_id, title))

    def ask_rename_theme(self, theme_id) -> None:
        t = self.model.data_.theme_by_id.get(theme_id)
        if t is None:
            return
        title = self.ask_text(self.tr("Rename the theme"), self.tr("New name:"), t.title)
        if title is not None:
            self.rename_theme(theme_id, title)

    def recolor_theme(self, theme_id: int, color: str) -> None:
        t = self.model.data_.theme_by_id.get(theme_id)
        if t is None or (t.color or "").lower() == color.lower():
            return
        store = self.ctx.store
        self.ctx.do(ops.ideas.recolor_theme.label(store, theme_id),
                    lambda: ops.ideas.recolor_theme(store, theme_id, color))

    def ask_color(self, theme_id: int) -> None:
        t = self.model.data_.theme_by_id.get(theme_id)
        if t is None:
            return
        color = QColorDialog.getColor(QColor(t.color or "#ffe66d"), self,
                                      self.tr("Colour of “%1”").replace("%1", t.title))
        if color.isValid():
            self.recolor_theme(theme_id, color.name())

    def merge_themes(self, source_id: int, target_id: int) -> None:
        d = self.model.data_
        src, dst = d.theme_by_id.get(source_id), d.theme_by_id.get(target_id)
        if src is None or dst is None or source_id == target_id:
            return
        store = self.ctx.store
        self.ctx.do(ops.ideas.merge_themes.label(store, source_id, target_id),
                    lambda: ops.ideas.merge_themes(store, source_id, target_id))

    def ask_merge_theme(self, theme_id: int) -> None:
        t = self.model.data_.theme_by_id.get(theme_id)
        if t is None:
            return
        ok, choice, _typed = self.choose_theme(
            self.tr("Merge “%1” into…").replace("%1", t.title), exclude=theme_id,
            with_none=False)
        if ok and isinstance(choice, int):
            self.merge_themes(theme_id, choice)

    def delete_theme(self, theme_id) -> None:
        t = self.model.data_.theme_by_id.get(theme_id) if theme_id is not None else None
        if t is None:
            return
        store = self.ctx.store
        label = ops.ideas.remove_theme.label(store, theme_id)
        self.ctx.do(label, lambda: ops.ideas.remove_theme(store, theme_id))
        self.statusMessage.emit(self.tr("%1 — its ideas are kept without a theme; Ctrl+Z "
                                        "brings it back").replace("%1", label))

    def move_theme(self, theme_id, delta: int) -> None:
        themes = self.model.data_.themes
        ids = [t.id for t in themes]
        if theme_id not in ids:
            return
        new = ids.index(theme_id) + delta
        if not 0 <= new < len(ids):
            return
        store = self.ctx.store
        self.ctx.do(ops.ideas.move_theme.label(store, theme_id, new),
                    lambda: ops.ideas.move_theme(store, theme_id, new))
        self.theme_list.setCurrentIndex(self.themes_model.index(self.themes_model.row_of(theme_id)))

    def show_theme(self, theme_id) -> None:
        col = self.model.column_of_theme(theme_id)
        if col >= 0:
            self.wall.scrollTo(self.model.index(0, col) if self.model.rowCount() else
                               self.model.index(0, 0))
            self.wall.horizontalScrollBar().setValue(self.wall.columnViewportPosition(col)
                                                     + self.wall.horizontalScrollBar().value())

    def theme_menu(self, theme_id, pos) -> QMenu:
        menu = QMenu(self)
        if theme_id is None:
            menu.addAction(icon("fa5s.plus"), self.tr("New theme…"),
                           lambda: self.new_theme([]))
        else:
            menu.addAction(self.tr("Rename…"), lambda: self.ask_rename_theme(theme_id))
            colors = menu.addMenu(self.tr("Colour"))
            lang = current_language()
            for hex_, _fr, _en in PALETTE:
                colors.addAction(_swatch(hex_), color_name(hex_, lang),
                                 lambda h=hex_: self.recolor_theme(theme_id, h))
            colors.addSeparator()
            colors.addAction(self.tr("Other colour…"), lambda: self.ask_color(theme_id))
            menu.addAction(self.tr("Merge into…"), lambda: self.ask_merge_theme(theme_id))
            menu.addAction(self.tr("Move up"), lambda: self.move_theme(theme_id, -1))
            menu.addAction(self.tr("Move down"), lambda: self.move_theme(theme_id, 1))
            menu.addSeparator()
            menu.addAction(icon("fa5s.trash"), self.tr("Delete the theme (keep its ideas)"),
                           lambda: self.delete_theme(theme_id))
        if pos is not None:
            menu.popup(pos)
        return menu

    # -- import -----------------------------------------------------------------------------
    def import_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import ideas"), str(Path.home()),
                self.tr("Lists and surveys (*.csv *.txt *.tsv);;All files (*)"))
            if not path:
                return
        from facilitator.ideas import read_source
        from facilitator_ui.dialogs.ideas_import import IdeasImportDialog

        try:
            source = read_source(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Import ideas"),
                                self.tr("Could not read “%1”: %2")
                                .replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return
        if not source.lines:
            QMessageBox.information(self, self.tr("Import ideas"),
                                    self.tr("“%1” holds no ideas to import.")
                                    .replace("%1", path))
            return
        dialog = IdeasImportDialog(source, self.model.data_.dups,
                                   [(t.id, t.title) for t in self.model.data_.themes], self)
        if dialog.exec() != IdeasImportDialog.DialogCode.Accepted:
            return
        self.add_ideas(dialog.texts(), dialog.theme_id())

    def add_ideas(self, texts: list[str], theme_id: int | None = None) -> None:
        texts = [t for t in texts if t.strip()]
        if not texts:
            return
        store = self.ctx.store

        self.ctx.do(ops.ideas.import_texts.label(store, texts),
                    lambda: ops.ideas.import_texts(store, texts, theme_id))
        self.statusMessage.emit(count_text(len(texts), self.tr("%1 idea imported"),
                                           self.tr("%1 ideas imported")))
