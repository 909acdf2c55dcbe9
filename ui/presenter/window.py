"""The projector window: shows the room one view at a time, never anything private.

Views register themselves with `register_view(key, title, factory)`; `PresenterWindow.show_view`
switches with one call. A factory takes the SessionContext and returns a QWidget. The agenda,
idea wall, vote results and role wheel each add their own view module in ui/presenter/.

The room view never takes the keyboard: it is shown without being activated, does not accept
the focus, and if a window manager gives it the keyboard anyway, Escape closes it and every
other key goes back to the facilitator's window (N, P, Space, F5 keep working). With a second
screen it fills that screen; with one screen it is a preview window, whole on the screen, in a
corner where it covers none of the console's controls (`one_screen_geometry`).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QMargins, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox,
                               QLabel, QLineEdit, QMenuBar, QStackedWidget, QVBoxLayout, QWidget)

from facilitator_ui.context import SessionContext

_VIEWS: dict[str, tuple[Callable[[], str], Callable[[SessionContext], QWidget]]] = {}


def register_view(key: str, title: Callable[[], str],
                  factory: Callable[[SessionContext], QWidget]) -> None:
    _VIEWS[key] = (title, factory)


def registered_views() -> dict[str, Callable[[], str]]:
    return {k: v[0] for k, v in _VIEWS.items()}


class TitleView(QLabel):
    """The session title, large: what the room sees before anything starts."""

    def __init__(self, ctx: SessionContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet("color: white; background: #102a43;")
        ctx.changed.connect(lambda kinds: "session" in kinds and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.setText(self.ctx.store.session.get().title)

    def resizeEvent(self, event) -> None:  # noqa: N802
        font = self.font()
        font.setPixelSize(max(18, self.height() // 10))
        font.setBold(True)
        self.setFont(font)
        super().resizeEvent(event)


register_view("title", lambda: QLabel.tr("Session title"), TitleView)


#: With one screen, the preview's width as a share of the screen's, largest first.
PREVIEW_SHARES = (0.5, 0.45, 0.4, 0.35, 0.3, 0.25)
#: The title bar a window manager adds, when it cannot be measured yet.
FRAME_GUESS = QMargins(1, 30, 1, 1)


def controls_of(window: QWidget) -> list[QRect]:
    """The global rectangles of a window's visible controls (buttons, fields, menus), which a
    room view shown on the same screen must not cover."""
    kinds = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QMenuBar)
    rects = []
    for w in window.findChildren(QWidget):
        if isinstance(w, kinds) and w.isVisible() and w.width() > 0 and w.height() > 0:
            rects.append(QRect(w.mapToGlobal(QPoint(0, 0)), w.size()))
    return rects


def one_screen_geometry(available: QRect, controls: list[QRect],
                        frame: QMargins = FRAME_GUESS) -> QRect:
    """Where the room view goes when there is only one screen: a 16:9 window whose frame is
    whole inside `available` (the screen less its panels), as large as possible, in the corner
    where it covers none of `controls` (bottom right first, where the console keeps its list
    of items). Returns the client geometry (frame excluded)."""
    corners = ("bottom-right", "top-right", "bottom-left", "top-left")
    fallback: QRect | None = None
    for share in PREVIEW_SHARES:
        w = int(available.width() * share)
        h = int(w * 9 / 16)
        outer = QSize(w + frame.left() + frame.right(), h + frame.top() + frame.bottom())
        if outer.height() > available.height() or outer.width() > available.width():
            continue
        for corner in corners:
            x = (available.right() + 1 - outer.width() if corner.endswith("right")
                 else available.left())
            y = (available.bottom() + 1 - outer.height() if corner.startswith("bottom")
                 else available.top())
            box = QRect(QPoint(x, y), outer)
            client = box.marginsRemoved(frame)
            if fallback is None or share == PREVIEW_SHARES[-1] and corner == corners[0]:
                fallback = client
            if not any(box.intersects(c) for c in controls):
                return client
    return fallback if fallback is not None else available.marginsRemoved(frame)


class PresenterWindow(QWidget):
    closed = Signal()
    viewChanged = Signal(str)
    #: the view shown has pages (vote results beyond 15 candidates, a wall too long for the
    #: screen): what the room sees (« 1–15 sur 22 »), "" when everything is on the screen
    pagesChanged = Signal(str)

    def __init__(self, ctx: SessionContext) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.ctx = ctx
        self.console: QWidget | None = None   # the facilitator's window (set by the owner)
        # shown to the room, never given the keyboard: the facilitator keeps typing in the
        # console whatever is shown, revealed or clicked
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._retitle()
        self.setStyleSheet("background: #102a43;")
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.views: dict[str, QWidget] = {}
        self.current = ""
        self.resize(960, 540)
        # Page Down / Page Up step through the view's pages from anywhere in the application
        # (the room view never has the keyboard), only while the view shown has pages
        self.page_keys = []
        for keys, delta in ((QKeySequence.StandardKey.MoveToNextPage, 1),
                            (QKeySequence.StandardKey.MoveToPreviousPage, -1)):
            shortcut = QShortcut(QKeySequence(keys), self,
                                 context=Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(lambda d=delta: self.step(d))
            shortcut.setEnabled(False)
            self.page_keys.append(shortcut)
        self.show_view("title")

    def show_view(self, key: str) -> QWidget:
        if key not in self.views:
            _title, factory = _VIEWS[key]
            view = factory(self.ctx)
            self.views[key] = view
            self.stack.addWidget(view)
            signal = getattr(view, "pagesChanged", None)
            if signal is not None:
                signal.connect(lambda v=view: v is self.stack.currentWidget() and
                               self._pages_changed())
        self.stack.setCurrentWidget(self.views[key])
        self.current = key
        self.viewChanged.emit(key)
        self._pages_changed()
        return self.views[key]

    # -- pages (a view with more than the screen holds) ------------------------------------------
    def page_count(self) -> int:
        count = getattr(self.stack.currentWidget(), "page_count", None)
        return count() if callable(count) else 1

    def step(self, delta: int) -> bool:
        """The next (1) or previous (-1) page of the view shown."""
        step = getattr(self.stack.currentWidget(), "step", None)
        return bool(step(delta)) if callable(step) else False

    def _pages_changed(self) -> None:
        paged = self.page_count() > 1
        for shortcut in self.page_keys:
            shortcut.setEnabled(paged)
        text = getattr(self.stack.currentWidget(), "page_text", None)
        self.pagesChanged.emit(text() if paged and callable(text) else "")

    def place_on_screen(self, screen_name: str | None, console: QWidget | None = None) -> None:
        """Full screen on the chosen (or second) screen. With one screen, a preview window
        whole on the screen that covers none of the `console` window's controls. Either way
        the keyboard stays where it was."""
        screens = QGuiApplication.screens()
        target = next((s for s in screens if s.name() == screen_name), None)
        if target is None and len(screens) > 1:
            primary = QGuiApplication.primaryScreen()
            target = next((s for s in screens if s is not primary), None)
        if target is not None and len(screens) > 1:
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self._quietly(self.showFullScreen)
            return
        screen = (console.screen() if console is not None else None) or \
            QGuiApplication.primaryScreen()
        if screen is not None:
            if self.isFullScreen():
                self.showNormal()
            frame = _frame_of(console) if console is not None else FRAME_GUESS
            controls = controls_of(console) if console is not None else []
            self.setGeometry(one_screen_geometry(screen.availableGeometry(), controls, frame))
        self._quietly(self.show)

    def bring_up(self) -> None:
        """Put the room view above other windows without taking the keyboard."""
        self._quietly(self.raise_)

    def _quietly(self, show: Callable[[], None]) -> None:
        """Run show() and give the keyboard back to the window that had it (some platforms
        activate any window they map, whatever its flags)."""
        previous = QApplication.activeWindow()
        focus = QApplication.focusWidget()
        show()
        if previous is not None and previous is not self:
            QApplication.processEvents()
            if QApplication.activeWindow() is not previous:
                previous.activateWindow()
                if focus is not None and focus.window() is previous:
                    focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self._quietly(self.showFullScreen)

    # -- the keyboard, if the room view ever gets it -------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        if event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
            return
        self._hand_back(event)

    def _hand_back(self, event) -> None:
        """A key the room view received acts as it would in the facilitator's window (whose
        shortcut or menu action it triggers), and that window gets the keyboard back."""
        console = self.console
        if console is None or not console.isVisible():
            return
        console.activateWindow()
        seq = QKeySequence(event.keyCombination())
        for shortcut in console.findChildren(QShortcut):
            parent = shortcut.parent()
            if shortcut.isEnabled() and shortcut.key() == seq and isinstance(parent, QWidget) \
                    and parent.isVisible():
                shortcut.activated.emit()
                return
        for action in console.findChildren(QAction):
            if action.isEnabled() and seq in action.shortcuts():
                action.trigger()
                return

    def _retitle(self) -> None:
        self.setWindowTitle(self.tr("Facilitateur — Room view"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:   # the language was switched
            self._retitle()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.closed.emit()
        super().closeEvent(event)


def _frame_of(window: QWidget) -> QMargins:
    """The window manager's frame around `window` (the title bar), measured on it."""
    outer, inner = window.frameGeometry(), window.geometry()
    margins = QMargins(inner.left() - outer.left(), inner.top() - outer.top(),
                       outer.right() - inner.right(), outer.bottom() - inner.bottom())
    return margins if margins.top() > 0 else FRAME_GUESS
