"""The main window: menus, the start screen or the session's pages, page switching.

Pages are built the first time they are shown (start-up stays light). Ctrl+1 … Ctrl+8 reach the
pages in the order of ui.pages.PAGES from anywhere. The window holds no session logic: the
controller (ui/controller.py) opens and closes sessions; pages talk to the SessionContext."""
from __future__ import annotations

import importlib

from PySide6.QtCore import QObject, QSize, Qt, QTime, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMainWindow,
                               QMenu, QStackedWidget, QWidget)

from facilitator_ui.context import SessionContext
from facilitator_ui.icons import icon
from facilitator_ui.pages import PAGES, page_title
from facilitator_ui.start_screen import StartScreen
from facilitator_ui.widgets.steady_label import SteadyLabel


class MainWindow(QMainWindow):
    newRequested = Signal(object)
    followingRequested = Signal()     # a new session that follows another (issue 16)
    openRequested = Signal()
    recentRequested = Signal(str)
    demoRequested = Signal()
    saveCopyRequested = Signal()
    restoreRequested = Signal()
    closeRequested = Signal()
    languageRequested = Signal(str)
    presenterRequested = Signal()
    presenterCloseRequested = Signal()
    appearanceChanged = Signal()   # theme or text size changed in the preferences (ui.theme)

    def __init__(self) -> None:
        super().__init__()
        self.ctx: SessionContext | None = None
        self.pages: dict[str, QWidget] = {}
        self.setMinimumSize(QSize(900, 600))
        screen = QGuiApplication.primaryScreen()
        avail = screen.availableGeometry().size() if screen is not None else QSize(1280, 848)
        # a 1366 x 768 or 1024 x 768 laptop: the whole window, title bar included, on screen
        self.resize(min(1280, avail.width()), min(800, avail.height() - 48))

        self.start = StartScreen()
        self.sidebar = QListWidget()
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setAccessibleName(self.tr("Phases"))
        self.page_stack = QStackedWidget()
        self.workspace = QWidget()
        row = QHBoxLayout(self.workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.page_stack, 1)
        self.central = QStackedWidget()
        self.central.addWidget(self.start)
        self.central.addWidget(self.workspace)
        self.setCentralWidget(self.central)
        self.saved_label = SteadyLabel()   # « Saved at … » after each change: repaints it alone
        self.statusBar().addPermanentWidget(self.saved_label)

        for n, (key, _module, _cls, icon_name) in enumerate(PAGES):
            item = QListWidgetItem(icon(icon_name), f"{n + 1}. {self._page_title(key)}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"Ctrl+{n + 1}")
            self.sidebar.addItem(item)
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self, context=Qt.ShortcutContext.ApplicationShortcut,
                      activated=lambda n=n: self.show_page_index(n))
        self.sidebar.currentRowChanged.connect(self.show_page_index)
        # as wide as the longest phase name: on a 1024 px screen the pages need every pixel
        self.sidebar.setFixedWidth(self.sidebar.sizeHintForColumn(0)
                                   + 2 * self.sidebar.frameWidth() + 16)

        self.start.newRequested.connect(self.newRequested)
        self.start.followingRequested.connect(self.followingRequested)
        self.start.openRequested.connect(self.openRequested)
        self.start.recentRequested.connect(self.recentRequested)
        self.start.demoRequested.connect(self.demoRequested)
        self._build_menus()
        self.show_start()

    # -- menus ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = file_menu.addAction(icon("fa5s.file"), self.tr("&New session…"))
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.newRequested.emit(None))
        self.following_action = file_menu.addAction(icon("fa5s.forward"),
                                                    self.tr("New session &following…"))
        self.following_action.triggered.connect(self.followingRequested)
        self.open_action = file_menu.addAction(icon("fa5s.folder-open"), self.tr("&Open…"))
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.openRequested)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        self.copy_action = file_menu.addAction(icon("fa5s.copy"), self.tr("Save a &copy…"))
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.copy_action.triggered.connect(self.saveCopyRequested)
        self.restore_action = file_menu.addAction(icon("fa5s.history"),
                                                  self.tr("Restore a &backup…"))
        self.restore_action.triggered.connect(self.restoreRequested)
        self.close_action = file_menu.addAction(self.tr("&Close the session"))
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.closeRequested)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = QAction(icon("fa5s.undo"), self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(icon("fa5s.redo"), self.tr("&Redo"), self)
        # Ctrl+Shift+Z as the menu says on every platform (offscreen's first binding is Ctrl+Y)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        from facilitator_ui.widgets.undo_keys import FieldUndoFallback

        self._field_undo = FieldUndoFallback(self)   # Ctrl+Z from a field with nothing to undo
        QApplication.instance().installEventFilter(self._field_undo)

        view_menu = bar.addMenu(self.tr("&View"))
        self.presenter_action = view_menu.addAction(icon("fa5s.tv"), self.tr("&Room view (projector)"))
        self.presenter_action.setShortcut(QKeySequence("F5"))
        self.presenter_action.triggered.connect(self.presenterRequested)
        # the room view never has the keyboard: it is closed from here
        self.presenter_close_action = view_menu.addAction(self.tr("&Close the room view"))
        self.presenter_close_action.setShortcut(QKeySequence("Shift+F5"))
        self.presenter_close_action.triggered.connect(self.presenterCloseRequested)
        self.room_menu = view_menu.addMenu(self.tr("&Show in the room"))
        self.room_menu.aboutToShow.connect(self._fill_room_menu)
        view_menu.addSeparator()
        # phones join the session over the room's network (issue 15): ui/dialogs/room_dialog.py
        self.open_room_action = view_menu.addAction(icon("fa5s.wifi"),
                                                    self.tr("&Open the room to phones…"))
        self.open_room_action.triggered.connect(self._open_room)

        prefs = bar.addMenu(self.tr("&Preferences"))
        lang_menu = prefs.addMenu(self.tr("&Language"))
        # the language in use is ticked; one choice at a time
        from facilitator.i18n import current_language

        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: list[QAction] = []
        for code, name in (("fr", "Français"), ("en", "English")):
            act = lang_menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(code == current_language())
            act.setData(code)
            group.addAction(act)
            act.triggered.connect(lambda _=False, c=code: self.languageRequested.emit(c))
            self.language_actions.append(act)
        self.screen_menu = prefs.addMenu(self.tr("Screen of the &room view"))
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self._build_appearance_menu(prefs)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = help_menu.addAction(self.tr("&About Facilitateur"))
        self.about_action.triggered.connect(self.show_about)
        self._undo_connections: list = []
        self._update_actions()

    def _build_appearance_menu(self, prefs: QMenu) -> None:
        """Préférences › High contrast, and the text size of the console and of the room view
        (remembered; ui.theme applies them to the whole application)."""
        from facilitator_ui import theme

        self.contrast_action = prefs.addAction(self.tr("&High contrast"))
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(theme.theme() == "contrast")
        self.contrast_action.toggled.connect(
            lambda on: (theme.set_theme("contrast" if on else "standard"),
                        self.appearanceChanged.emit()))
        self.size_menus = {}
        for key, title, choices, current, setter in (
                ("console", self.tr("&Text size"), theme.CONSOLE_SCALES, theme.console_scale(),
                 theme.set_console_scale),
                ("room", self.tr("Text size of the room &view"), theme.ROOM_SCALES,
                 theme.room_scale(), theme.set_room_scale)):
            menu = prefs.addMenu(title)
            group = QActionGroup(menu)
            for scale in choices:
                act = menu.addAction(f"{round(scale * 100)} %")
                act.setCheckable(True)
                act.setChecked(scale == current)
                group.addAction(act)
                act.triggered.connect(lambda _=False, s=scale, f=setter:
                                      (f(s), self.appearanceChanged.emit()))
            self.size_menus[key] = menu

    def show_about(self) -> None:
        from facilitator_ui.dialogs.about import AboutDialog

        session = self.ctx.path if self.ctx is not None else None
        AboutDialog(session, self).exec()

    def _fill_room_menu(self) -> None:
        from facilitator_ui.presenter import load_views
        from facilitator_ui.presenter.window import registered_views

        load_views()
        self.room_menu.clear()
        for key, title in registered_views().items():
            act = self.room_menu.addAction(title())
            act.setEnabled(self.ctx is not None)
            act.triggered.connect(lambda _=False, k=key: self.ctx and self.ctx.room_view.show(k))

    def _open_room(self) -> None:
        if self.ctx is not None:
            from facilitator_ui.dialogs.room_dialog import open_room_dialog

            open_room_dialog(self.ctx, self)

    def _fill_screen_menu(self) -> None:
        from facilitator_ui.presenter.screens import fill_screen_menu

        fill_screen_menu(self.screen_menu, self.ctx.room_view if self.ctx is not None else None)

    def _fill_recent(self) -> None:
        from facilitator_ui import settings

        self.recent_menu.clear()
        for path in settings.recent_files():
            act = self.recent_menu.addAction(path)
            act.triggered.connect(lambda _=False, p=path: self.recentRequested.emit(p))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _update_actions(self) -> None:
        has = self.ctx is not None
        for act in (self.copy_action, self.close_action, self.presenter_action,
                    self.restore_action, self.open_room_action):
            act.setEnabled(has)
        if not has:
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)

    # -- session ----------------------------------------------------------------------------
    def set_language_checked(self, lang: str) -> None:
        """Tick the language in use in Préférences › Langue."""
        for act in self.language_actions:
            act.setChecked(act.data() == lang)

    def set_session(self, ctx: SessionContext | None, page: str | None = None) -> None:
        """Show ctx's pages (None: the start screen), at page (a key of PAGES) or the first."""
        for page in self.pages.values():
            self.page_stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        for conn in self._undo_connections:
            QObject.disconnect(conn)
        self._undo_connections = []
        self.ctx = ctx
        if ctx is None:
            self.show_start()
            self._update_actions()
            return
        stack = ctx.undo_stack
        self._undo_connections = [
            self.undo_action.triggered.connect(stack.undo),
            self.redo_action.triggered.connect(stack.redo),
            stack.canUndoChanged.connect(self.undo_action.setEnabled),
            stack.canRedoChanged.connect(self.redo_action.setEnabled),
            stack.undoTextChanged.connect(self._undo_text),
            stack.redoTextChanged.connect(self._redo_text),
        ]
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        ctx.saved.connect(self._saved)
        ctx.changed.connect(self._changed)
        self.central.setCurrentWidget(self.workspace)
        self._update_actions()
        self._update_title()
        self.saved_label.setText(self.tr("All changes saved"))
        keys = [k for k, *_ in PAGES]
        index = keys.index(page) if page in keys else 0
        self.sidebar.setCurrentRow(index)
        self.show_page_index(index)

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo"))

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo"))

    def _saved(self) -> None:
        self.saved_label.setText(self.tr("Saved at %1").replace(
            "%1", QTime.currentTime().toString("HH:mm:ss")))

    def _changed(self, kinds: set) -> None:
        if "session" in kinds:
            self._update_title()

    def _update_title(self) -> None:
        if self.ctx is None:
            self.setWindowTitle("Facilitateur")
            return
        title = self.ctx.store.session.get().title
        self.setWindowTitle(f"{title} — {self.ctx.path.name} — Facilitateur")

    def show_start(self) -> None:
        self.start.refresh()
        self.central.setCurrentWidget(self.start)
        self.setWindowTitle("Facilitateur")

    # -- pages ------------------------------------------------------------------------------
    @staticmethod
    def _page_class(key: str):
        for k, module, cls, _icon in PAGES:
            if k == key:
                return getattr(importlib.import_module(module), cls)
        raise KeyError(key)

    @staticmethod
    def _page_title(key: str) -> str:
        return page_title(key)

    def page(self, key: str) -> QWidget:
        """The page for key, built on first use."""
        if key not in self.pages:
            page = self._page_class(key)(self.ctx)
            if hasattr(page, "statusMessage"):
                page.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
            if hasattr(page, "pageRequested"):  # a page may send the person to another page
                page.pageRequested.connect(self.show_page)
            self.pages[key] = page
            self.page_stack.addWidget(page)
        return self.pages[key]

    def show_page_index(self, index: int) -> None:
        if self.ctx is None or not (0 <= index < len(PAGES)):
            return
        key = PAGES[index][0]
        page = self.page(key)
        self.page_stack.setCurrentWidget(page)
        if self.sidebar.currentRow() != index:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(index)
            self.sidebar.blockSignals(False)
        page.activated()

    def show_page(self, key: str) -> QWidget:
        index = [k for k, *_ in PAGES].index(key)
        self.show_page_index(index)
        return self.pages[key]

    def current_page_key(self) -> str | None:
        page = self.page_stack.currentWidget()
        return next((k for k, p in self.pages.items() if p is page), None)
