"""The projector window: shows the room one view at a time, never anything private.

Views register themselves with `register_view(key, title, factory)`; `PresenterWindow.show_view`
switches with one call. A factory takes the SessionContext and returns a QWidget. The agenda,
idea wall, vote results and role wheel each add their own view module in ui/presenter/.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ui.context import SessionContext

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


class PresenterWindow(QWidget):
    closed = Signal()
    viewChanged = Signal(str)

    def __init__(self, ctx: SessionContext) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.ctx = ctx
        self._retitle()
        self.setStyleSheet("background: #102a43;")
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.views: dict[str, QWidget] = {}
        self.current = ""
        QShortcut(QKeySequence("F11"), self, activated=self.toggle_full_screen)
        QShortcut(QKeySequence("Escape"), self, activated=self.showNormal)
        self.resize(960, 540)
        self.show_view("title")

    def show_view(self, key: str) -> QWidget:
        if key not in self.views:
            _title, factory = _VIEWS[key]
            view = factory(self.ctx)
            self.views[key] = view
            self.stack.addWidget(view)
        self.stack.setCurrentWidget(self.views[key])
        self.current = key
        self.viewChanged.emit(key)
        return self.views[key]

    def place_on_screen(self, screen_name: str | None) -> None:
        """Full screen on the chosen (or second) screen; a movable window with one screen."""
        screens = QGuiApplication.screens()
        target = next((s for s in screens if s.name() == screen_name), None)
        if target is None and len(screens) > 1:
            primary = QGuiApplication.primaryScreen()
            target = next((s for s in screens if s is not primary), None)
        if target is not None and len(screens) > 1:
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.show()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def _retitle(self) -> None:
        self.setWindowTitle(self.tr("Facilitateur — Room view"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:   # the language was switched
            self._retitle()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.closed.emit()
        super().closeEvent(event)
