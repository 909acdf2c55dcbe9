"""The one owner of what the room view (the projector window) shows, for one session.

Pages never look for windows: they ask ``ctx.room_view`` —

- ``show(key)`` opens the projector window if needed (on the remembered screen, or as a preview
  beside the console with one screen) and switches it to a registered view: "title", "agenda",
  "wall", "results", "roles", "join" (the room's address and QR code);
- ``show_results(round_id)`` chooses the round the results view shows, then shows it;
- ``roles`` (chart and layer of the role map) and ``results`` (the round) are the settings the
  views follow;
- ``set_join(url)`` / ``clear_join()``: the open room's address, shown by the "join" view;
- ``is_open``, ``current``, ``close()``, ``place(screen)``.

It never takes the keyboard from the facilitator: the window is shown without being activated.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Join:
    """What the room's "join" view shows: the URL (also in the QR code) and its parts, read
    aloud or typed by hand."""

    url: str
    address: str        # host:port
    code: str


class ResultsFocus(QObject):
    """The round the room's results view shows (None: the session's last round)."""

    roundChanged = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.round_id: int | None = None

    def set_round(self, round_id: int | None) -> None:
        self.round_id = round_id
        self.roundChanged.emit()


class RoomView(QObject):
    #: the view shown ("" once the window is closed)
    viewChanged = Signal(str)
    #: the window has just appeared (the controller explains the one-screen preview)
    opened = Signal()
    #: the view shown has pages: what the room sees (« 1–15 sur 22 »), "" otherwise
    pagesChanged = Signal(str)
    #: the room was opened, locked (new code) or closed
    joinChanged = Signal()

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        from facilitator_ui.presenter.roles_view import RolesDisplay

        self.ctx = ctx
        self.window = None                    # the PresenterWindow, while on screen
        self.console: QWidget | None = None   # the facilitator's window (placement, keys)
        self.screen_name: str | None = None   # None: the preference (settings)
        self.results = ResultsFocus(self)
        self.roles = RolesDisplay(self)
        self.join: Join | None = None
        self.dialog = None                    # the « Ouvrir la salle » dialog, once opened
        self._room = None

    @property
    def room(self):
        """The room server's controls for this session (ui.room_control.RoomControl)."""
        if self._room is None:
            from facilitator_ui.room_control import RoomControl

            self._room = RoomControl(self.ctx, self)
        return self._room

    def shutdown(self) -> None:
        """The session closes: the room server stops (sockets first), the dialog and the
        projector window close."""
        if self._room is not None:
            self._room.stop()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.close()

    # -- state ------------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.window is not None and self.window.isVisible()

    @property
    def current(self) -> str:
        return self.window.current if self.window is not None else ""

    # -- what pages ask ---------------------------------------------------------------------
    def open(self):
        """The projector window, opened if needed (it never takes the keyboard)."""
        from facilitator_ui import settings
        from facilitator_ui.presenter import load_views
        from facilitator_ui.presenter.window import PresenterWindow

        load_views()
        if self.window is None:
            window = PresenterWindow(self.ctx)
            window.console = self.console
            window.closed.connect(self._closed)
            window.viewChanged.connect(self.viewChanged)
            window.pagesChanged.connect(self.pagesChanged)
            self.window = window
            screen = self.screen_name if self.screen_name is not None else \
                settings.value("presenter_screen")
            window.place_on_screen(screen or None, self.console)
            self.opened.emit()
        else:
            self.window.bring_up()
        return self.window

    def show(self, key: str) -> QWidget:
        """Switch the room view to `key` (opening the window if needed); returns the view."""
        return self.open().show_view(key)

    def show_if_open(self, key: str) -> None:
        """Switch the room view only when it is already on screen."""
        if self.is_open:
            self.show(key)

    def show_results(self, round_id: int | None) -> QWidget:
        self.results.set_round(round_id)
        return self.show("results")

    def place(self, screen_name: str | None) -> None:
        """Move the open room view to this screen (None: automatic)."""
        self.screen_name = screen_name or ""
        if self.is_open:
            self.window.place_on_screen(screen_name or None, self.console)

    def set_console(self, console: QWidget | None) -> None:
        self.console = console
        if self.window is not None:
            self.window.console = console

    def close(self) -> None:
        if self.window is not None:
            self.window.close()

    # -- the room (phones) ------------------------------------------------------------------
    def set_join(self, url: str, address: str, code: str) -> None:
        self.join = Join(url, address, code)
        self.joinChanged.emit()

    def clear_join(self) -> None:
        self.join = None
        self.joinChanged.emit()
        if self.current == "join":
            self.show("title")

    def _closed(self) -> None:
        self.window = None
        self.viewChanged.emit("")
