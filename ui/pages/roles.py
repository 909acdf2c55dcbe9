"""The Rôles page: the actors of the territory and the level at which each plays the seven roles
in support of systems change (Communagir's reference frame), today and desired; the map read per
role (levels, gaps), as a wheel or a heat map, shown in the room and exported as PNG or SVG.

Keyboard: in the grid, arrows move, 0–3 set the level of the layer being edited (today or
desired), Space switches layer, Delete sets 0 (on a name: removes the actor), F1 describes the
role and its source, Ctrl+Shift+L marks the actor's many roles as a risk of overload, F2 or
typing edits a name or kind. Every change is one undoable command."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QFileDialog, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMenu, QMessageBox, QPushButton, QSplitter,
                               QTableView, QTabWidget, QToolTip, QVBoxLayout, QWidget)

from facilitator import ops
from facilitator import rolemap
from facilitator.roles import level_label, LEVELS, ROLES, source
from facilitator_ui.icons import icon
from facilitator_ui.models.roles import (ActorGridModel, column_role, CoverageModel, FIRST_ROLE,
                                         KIND, LEVELS_ROLE, NAME, role_help)
from facilitator_ui.pages.base import Page
from facilitator_ui.presenter.roles_view import display_for
from facilitator_ui.widgets.heat_map import HeatMap
from facilitator_ui.widgets.role_wheel import keep_together, RoleWheel
from facilitator_ui.widgets.role_grid import KindDelegate, LevelDelegate, RoleGrid, kind_labels
from facilitator_ui.widgets.priority_box import PriorityBox

class RolesPage(Page):
    # themes, ideas, voting: the priorities a map can be kept for (issue 16)
    kinds = frozenset({"actors", "participants", "themes", "ideas", "voting"})

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("RolesPage", "Roles")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.display = display_for(ctx)
        self.model = ActorGridModel(ctx, self)
        self.coverage_model = CoverageModel(self)

        add_row = self._build_add_row()
        layer_row = self._build_layer_row()
        self._build_grid()
        grid_tab = self._build_reading()
        self._build_tabs(grid_tab)

        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addLayout(layer_row)
        layout.addWidget(self.tabs, 1)

        self._connect()
        self._refresh_all()
        self._display_changed()

    def _build_add_row(self):
        """The fields that add an actor, and actors made from the participants' organizations."""
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Actor of the territory (Ctrl+Shift+N)"))
        self.name_edit.setAccessibleName(self.tr("New actor's name"))
        self.kind_combo = QComboBox()
        self.kind_combo.setEditable(True)
        self.kind_combo.addItems([""] + kind_labels())
        self.kind_combo.lineEdit().setPlaceholderText(self.tr("Kind (optional)"))
        self.kind_combo.setAccessibleName(self.tr("New actor's kind"))
        self.kind_combo.setMinimumContentsLength(16)
        self.add_button = QPushButton(icon("fa5s.plus"), self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add the actor (Enter)"))
        self.orgs_button = QPushButton(icon("fa5s.building"),
                                       self.tr("Create actors from participants' organizations"))
        self.orgs_button.setToolTip(self.tr(
            "One actor per organization of the participants, except those already there "
            "(Ctrl+Shift+O)"))
        self.remove_button = QPushButton(icon("fa5s.trash-alt"), self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected actors (Delete on a name)"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 3)
        add_row.addWidget(self.kind_combo, 2)
        add_row.addWidget(self.add_button)
        add_row.addSpacing(12)
        add_row.addWidget(self.orgs_button)
        add_row.addWidget(self.remove_button)
        return add_row

    def _build_layer_row(self):
        """Which layer the digits set and the charts show: today or desired."""
        self.today_button = QPushButton(self.tr("Today"))
        self.desired_button = QPushButton(self.tr("Desired"))
        self.layer_group = QButtonGroup(self)
        for b in (self.today_button, self.desired_button):
            b.setCheckable(True)
            b.setToolTip(self.tr("Which level the digits set and the charts show "
                                 "(Space in the grid switches)"))
            self.layer_group.addButton(b)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layer_row = QHBoxLayout()
        self._add_priority_box(layer_row)
        layer_row.addWidget(QLabel(self.tr("Levels:")))
        layer_row.addWidget(self.today_button)
        layer_row.addWidget(self.desired_button)
        layer_row.addSpacing(8)
        layer_row.addWidget(self.hint, 1)
        return layer_row

    def _build_grid(self) -> None:
        """The grid of actors by role."""
        self.grid = RoleGrid(self)
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Actors and their roles"))
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.level_delegate = LevelDelegate(self)
        self.kind_delegate = KindDelegate(self)
        for c in range(FIRST_ROLE, FIRST_ROLE + len(ROLES)):
            self.grid.setItemDelegateForColumn(c, self.level_delegate)
        self.grid.setItemDelegateForColumn(KIND, self.kind_delegate)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.verticalHeader().setDefaultSectionSize(38)
        self.grid.setWordWrap(True)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)   # full name in the tooltip
        header.resizeSection(NAME, 190)
        header.resizeSection(KIND, 120)
        header.setMinimumSectionSize(60)

    def _build_reading(self):
        """Reading the map under the grid: the role under the cursor, actors per level, gaps."""
        self.role_title = QLabel()
        title_font = self.role_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.role_title.setFont(title_font)
        self.role_text = QLabel()
        self.role_text.setWordWrap(True)
        self.role_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.role_source = QLabel()   # the reference frame the roles come from
        self.role_source.setWordWrap(True)
        self.role_source.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        role_box = QGroupBox(self.tr("Role (F1)"))
        role_layout = QVBoxLayout(role_box)
        role_layout.addWidget(self.role_title)
        role_layout.addWidget(self.role_text, 1)
        role_layout.addWidget(self.role_source)
        self.coverage = QTableView()
        self.coverage.setModel(self.coverage_model)
        self.coverage.setAccessibleName(self.tr("Actors per role and level"))
        self.coverage.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.coverage.verticalHeader().hide()
        self.coverage.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.gap_list = QListWidget()
        self.gap_list.setAccessibleName(self.tr("Gaps"))
        self.gap_list.setWordWrap(True)
        coverage_box = QGroupBox(self.tr("Actors per level (today → desired)"))
        QVBoxLayout(coverage_box).addWidget(self.coverage)
        gaps_box = QGroupBox(self.tr("Gaps"))
        QVBoxLayout(gaps_box).addWidget(self.gap_list)
        reading = QSplitter(Qt.Orientation.Horizontal)
        reading.addWidget(role_box)
        reading.addWidget(coverage_box)
        reading.addWidget(gaps_box)
        reading.setSizes([220, 520, 440])
        reading.setChildrenCollapsible(False)

        grid_tab = QSplitter(Qt.Orientation.Vertical)
        grid_tab.addWidget(self.grid)
        grid_tab.addWidget(reading)
        grid_tab.setStretchFactor(0, 3)
        grid_tab.setStretchFactor(1, 2)
        grid_tab.setChildrenCollapsible(False)
        return grid_tab

    def _build_tabs(self, grid_tab) -> None:
        """The grid and the charts, each in its tab."""
        self.wheel = RoleWheel()
        self.heat_map = HeatMap()
        self.tabs = QTabWidget()
        self.tabs.addTab(grid_tab, icon("fa5s.table"), self.tr("Grid"))
        self.tabs.addTab(self._chart_tab(self.wheel), icon("fa5s.dharmachakra"),
                         self.tr("Wheel"))
        self.tabs.addTab(self._chart_tab(self.heat_map), icon("fa5s.th"), self.tr("Heat map"))
        self.tabs.setTabToolTip(0, self.tr("Actors × roles, levels today and desired "
                                           "(Ctrl+Shift+G)"))
        self.tabs.setTabToolTip(1, self.tr("The seven roles around a circle, actors by level "
                                           "(Ctrl+Shift+W)"))
        self.tabs.setTabToolTip(2, self.tr("Actors × roles coloured by level (Ctrl+Shift+H)"))

    def _connect(self) -> None:
        """Signals to slots, and the page\'s shortcuts."""
        self.name_edit.returnPressed.connect(self.add_from_fields)
        self.kind_combo.lineEdit().returnPressed.connect(self.add_from_fields)
        self.add_button.clicked.connect(self.add_from_fields)
        self.orgs_button.clicked.connect(self.create_from_organizations)
        self.remove_button.clicked.connect(self.remove_selected)
        self.today_button.clicked.connect(lambda: self.set_layer("current"))
        self.desired_button.clicked.connect(lambda: self.set_layer("desired"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.grid.customContextMenuRequested.connect(self._context_menu)
        self.display.changed.connect(self._display_changed)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+Shift+N", self.name_edit.setFocus),
                           ("Ctrl+Shift+O", self.create_from_organizations),
                           ("Ctrl+Shift+G", lambda: self.tabs.setCurrentIndex(0)),
                           ("Ctrl+Shift+W", lambda: self.tabs.setCurrentIndex(1)),
                           ("Ctrl+Shift+H", lambda: self.tabs.setCurrentIndex(2)),
                           ("Shift+F5", self.show_in_room),
                           ("Ctrl+Shift+L", self.toggle_overload_flag),
                           ("F1", self.show_role_help)):
            QShortcut(QKeySequence(keys), self, activated=slot, context=context)

    # -- state ------------------------------------------------------------------------------
    def layer(self) -> str:
        return self.display.layer

    def set_layer(self, layer: str) -> None:
        self.display.set(layer=layer)

    def toggle_layer(self) -> None:
        self.set_layer("desired" if self.layer() == "current" else "current")

    def chart(self):
        return self.wheel if self.display.chart == "wheel" else self.heat_map

    def _chart_tab(self, chart) -> QWidget:
        png = QPushButton(icon("fa5s.file-image"), self.tr("Export as PNG…"))
        png.setToolTip(self.tr("Save this chart as a PNG image"))
        svg = QPushButton(icon("fa5s.file-code"), self.tr("Export as SVG…"))
        svg.setToolTip(self.tr("Save this chart as an SVG drawing (sharp at any size)"))
        room = QPushButton(icon("fa5s.tv"), self.tr("Show in the room"))
        room.setToolTip(self.tr("Show this chart on the projector; it follows your choices "
                                "here (Shift+F5)"))
        png.clicked.connect(lambda: self.export_chart("png", chart=chart))
        svg.clicked.connect(lambda: self.export_chart("svg", chart=chart))
        room.clicked.connect(self.show_in_room)
        row = QHBoxLayout()
        row.addWidget(png)
        row.addWidget(svg)
        row.addStretch()
        row.addWidget(room)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(chart, 1)
        layout.addLayout(row)
        return tab

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.display.set(chart="wheel")
        elif index == 2:
            self.display.set(chart="heatmap")

    def _display_changed(self) -> None:
        current = self.layer() == "current"
        self.today_button.setChecked(current)
        self.desired_button.setChecked(not current)
        for chart in (self.wheel, self.heat_map):
            chart.set_layer(self.layer())
        if current:
            self.hint.setText(self.tr("In the grid: arrows move · "
                                      "<b>0–3 set today's level</b> · "
                                      "Space switches to desired levels · Delete sets 0 · "
                                      "F1 describes the role"))
        else:
            self.hint.setText(self.tr("In the grid: arrows move · <b>0–3 set the desired "
                                      "level</b> · Space switches to today's levels · "
                                      "Delete sets 0 · F1 describes the role"))
        self.grid.viewport().update()

    def refresh(self, kinds: set) -> None:
        if kinds & {"themes", "ideas", "voting"}:
            self._fill_priorities()
        if "actors" in kinds:
            self._refresh_all()
        self._update_buttons()

    # -- the map of one priority (issue 16) -------------------------------------------------
    def _add_priority_box(self, row: QHBoxLayout) -> None:
        self.priority_box = PriorityBox()
        label = QLabel(self.tr("&Map of:"))
        label.setBuddy(self.priority_box)
        row.addWidget(label)
        row.addWidget(self.priority_box)
        row.addSpacing(12)
        self.priority_box.priorityChosen.connect(self.display.set_priority)
        self.display.changed.connect(self._priority_changed)
        self._fill_priorities()

    def _fill_priorities(self) -> None:
        """List the priorities again; a priority gone (theme deleted…) gives back the whole
        session's map."""
        chosen = self.priority_box.fill(self.ctx.store, self.display.priority)
        if chosen != self.display.priority:
            self.display.set_priority(chosen)

    def _priority_changed(self) -> None:
        if self.priority_box.priority() != self.display.priority:
            self.priority_box.fill(self.ctx.store, self.display.priority)
        if self.model.priority != self.display.priority:
            self.model.set_priority(self.display.priority)
            self._refresh_all()

    def priority_title(self) -> str | None:
        from facilitator import rolemap_priorities

        if self.display.priority is None:
            return None
        return rolemap_priorities.title_of(self.ctx.store, *self.display.priority)

    def _refresh_all(self) -> None:
        index = self.grid.currentIndex()
        row, col = index.row(), index.column()
        self.model.reload()
        actors = self.model.actors
        self.coverage_model.set_actors(actors)
        for chart in (self.wheel, self.heat_map):
            chart.set_actors(actors, priority=self.priority_title())
        self._fill_gaps()
        if self.model.rowCount():
            row = min(max(row, 0), self.model.rowCount() - 1)
            self.grid.setCurrentIndex(self.model.index(row, max(col, 0)))
        self._update_role_panel()
        self._update_buttons()

    def _fill_gaps(self) -> None:
        self.gap_list.clear()
        actors = self.model.actors
        if not actors:
            self.gap_list.addItem(self.tr("Add the actors of the territory to read the map."))
            return
        lang = self.model.lang()
        styles = {"uncovered": ("fa5s.exclamation-triangle", "#c62828"),
                  "below_desired": ("fa5s.arrow-up", "#e65100"),
                  "shared_lead": ("fa5s.users", "#6a1b9a"),
                  "overloaded": ("fa5s.weight-hanging", "#c62828")}
        title = self.priority_title()
        if title is not None:   # one priority's map (issue 16)
            from facilitator import rolemap_priorities

            lines = rolemap_priorities.lines(title, actors, lang)
            if not any(a.roles for a in actors):
                self.gap_list.addItem(QListWidgetItem(
                    icon("fa5s.info-circle", "#52606d"),
                    keep_together(rolemap_priorities.empty_sentence(title, lang))))
                return
        else:
            lines = rolemap.gap_lines(actors, lang)
        for kind, sentence in lines:
            self.gap_list.addItem(QListWidgetItem(icon(*styles[kind]), keep_together(sentence)))
        if not lines:
            self.gap_list.addItem(QListWidgetItem(
                icon("fa5s.check", "#2e7d32"),
                self.tr("No gap: every role is held at a significant level, as desired, and "
                        "no actor is flagged as overloaded.")))

    def _update_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.remove_button.setEnabled(has_rows)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not getattr(self, "_sized", False):   # names get a fair share of a wide screen
            self._sized = True
            width = self.grid.viewport().width()
            header = self.grid.horizontalHeader()
            header.resizeSection(NAME, int(min(max(width * 0.2, 170), 280)))
            header.resizeSection(KIND, int(min(max(width * 0.11, 110), 150)))

    def activated(self) -> None:
        if self.model.rowCount():
            self.grid.setFocus()
        else:
            self.name_edit.setFocus()

    # -- the role under the cursor ---------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_role_panel()

    def current_role(self):
        return column_role(self.grid.currentIndex().column())

    def _update_role_panel(self) -> None:
        role = self.current_role()
        lang = self.model.lang()
        self.role_source.setText(source(lang))
        if role is None:
            self.role_title.setText(self.tr("Levels"))
            self.role_text.setText(" · ".join(f"{lv}\u00a0{level_label(lv, lang)}"  # kept together
                                              for lv in LEVELS)
                                   + "\n" + self.tr("Move to a role's column to read what it "
                                                    "means."))
            return
        self.role_title.setText(role.label(lang))
        self.role_text.setText(role.description(lang))

    def show_role_help(self) -> None:
        role = self.current_role() or ROLES[0]
        index = self.grid.currentIndex()
        rect = self.grid.visualRect(index) if index.isValid() else QRect()
        point = self.grid.viewport().mapToGlobal(rect.bottomLeft())
        QToolTip.showText(point, role_help(role, self.model.lang()), self.grid)
        self._update_role_panel()

    # -- changes ----------------------------------------------------------------------------
    def selected_role_cells(self) -> list[QModelIndex]:
        cells = [i for i in self.grid.selectionModel().selectedIndexes()
                 if column_role(i.column()) is not None]
        current = self.grid.currentIndex()
        if current.isValid() and column_role(current.column()) is not None and \
                current not in cells:
            cells = [current]
        return cells

    def set_selected_level(self, level: int) -> None:
        """Set the edited layer's level of the selected role cells (one undoable change)."""
        changes = []
        for index in self.selected_role_cells():
            actor = self.model.actor(index.row())
            key = column_role(index.column()).key
            current, desired = actor.roles.get(key, (0, 0))
            if self.layer() == "current":
                current = level
            else:
                desired = level
            changes.append((actor.id, key, current, desired))
        self.model.set_levels(changes)

    def add_from_fields(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setFocus()
            return
        kind = self.kind_combo.currentText()
        store = self.ctx.store
        aid = self.ctx.do(ops.roles.add_actor.label(store, name, kind),
                          lambda: ops.roles.add_actor(store, name, kind))
        if aid is not None:
            self.name_edit.clear()
            self.kind_combo.setCurrentIndex(0)
            self.kind_combo.setEditText("")
            row = self.model.row_of(aid)
            if row >= 0:
                self.grid.setCurrentIndex(self.model.index(row, FIRST_ROLE))
        self.name_edit.setFocus()

    def create_from_organizations(self) -> list[str]:
        """One actor per organization of the participants not already an actor (case and
        accents ignored), in one undoable change. Returns the names created."""
        store = self.ctx.store
        if not any(p.organization and p.organization.strip()
                   for p in store.participants.list()):
            self.statusMessage.emit(self.tr("No participant has an organization yet."))
            return []
        names = self.ctx.do(ops.roles.add_from_organizations.label(store),
                            lambda: ops.roles.add_from_organizations(store))
        if names is None:   # not saved: ctx told the person
            return []
        if not names:
            self.statusMessage.emit(self.tr("Every participant's organization is already an "
                                            "actor."))
            return []
        self.statusMessage.emit(self.tr("Actors created: %1").replace("%1", ", ".join(names)))
        return names

    def selected_actor_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.grid.selectionModel().selectedIndexes()})
        if not rows and self.grid.currentIndex().isValid():
            rows = [self.grid.currentIndex().row()]
        return [self.model.actor(r).id for r in rows if r < self.model.rowCount()]

    def remove_selected(self) -> None:
        ids = self.selected_actor_ids()
        if not ids:
            return
        store = self.ctx.store
        names = self.ctx.do(ops.roles.remove_actors.label(store, ids),
                            lambda: ops.roles.remove_actors(store, ids))
        if names:
            self.statusMessage.emit(self.tr("Removed (Ctrl+Z to undo): %1")
                                    .replace("%1", ", ".join(names)))

    def _context_menu(self, pos) -> None:
        index = self.grid.indexAt(pos)
        role = column_role(index.column()) if index.isValid() else None
        menu = QMenu(self)
        if role is not None:
            self.grid.setCurrentIndex(index)
            lang = self.model.lang()
            for layer, title in (("current", self.tr("Today")),
                                 ("desired", self.tr("Desired"))):
                sub = menu.addMenu(title)
                for lv in LEVELS:
                    act = sub.addAction(f"{lv} {level_label(lv, lang)}")
                    act.triggered.connect(lambda _=False, lv=lv, layer=layer:
                                          self._set_cell(index, layer, lv))
            menu.addAction(self.tr("What this role means (F1)"), self.show_role_help)
        if index.isValid():
            actor = self.model.actor(index.row())
            flag = menu.addAction(icon("fa5s.weight-hanging"),
                                  self.tr("Holding many roles is a risk for this actor "
                                          "(Ctrl+Shift+L)"),
                                  lambda: self._flag_row(index.row()))
            flag.setCheckable(True)
            flag.setChecked(actor.overload_flag)
            menu.addAction(icon("fa5s.trash-alt"), self.tr("Remove the actor"),
                           self.remove_selected)
        if not menu.isEmpty():
            menu.popup(self.grid.viewport().mapToGlobal(pos))

    def _flag_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            actor = self.model.actor(row)
            self.model.set_overload_flag(actor.id, not actor.overload_flag)

    def toggle_overload_flag(self) -> None:
        """Flag (or unflag) the actor of the current row: the group sees its many roles as a
        risk of overload (one undoable change)."""
        index = self.grid.currentIndex()
        if index.isValid():
            self._flag_row(index.row())

    def _set_cell(self, index: QModelIndex, layer: str, level: int) -> None:
        current, desired = index.data(LEVELS_ROLE)
        if layer == "current":
            current = level
        else:
            desired = level
        self.model.setData(index, (current, desired), LEVELS_ROLE)

    # -- charts -----------------------------------------------------------------------------
    def show_in_room(self) -> None:
        """Show the chart of the tab in the room (the last chart seen, from the grid)."""
        self._tab_changed(self.tabs.currentIndex())
        self.ctx.room_view.show("roles")

    def export_chart(self, fmt: str, path: str | None = None, chart=None) -> bool:
        """Save a chart (default: the one chosen for the room) as "png" or "svg", with the gap
        sentences; asks where unless path is given."""
        chart = chart or self.chart()
        if not path:
            today = self.layer() == "current"
            if chart is self.wheel:
                base = self.tr("role-wheel-today") if today else self.tr("role-wheel-desired")
            else:
                base = (self.tr("role-heat-map-today") if today
                        else self.tr("role-heat-map-desired"))
            suggestion = Path(self.ctx.path).parent / f"{base}.{fmt}"
            filters = (self.tr("PNG images (*.png)") if fmt == "png"
                       else self.tr("SVG drawings (*.svg)"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the chart"),
                                                  str(suggestion), filters)
            if not path:
                return False
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        saved = chart.save_png(path, gap_text=True) if fmt == "png" else \
            chart.save_svg(path, gap_text=True)
        if saved:
            self.statusMessage.emit(self.tr("Chart saved: %1").replace("%1", path))
        else:
            QMessageBox.warning(self, self.tr("Export the chart"),
                                self.tr("Could not write “%1”. Choose another folder.")
                                .replace("%1", path))
        return saved
