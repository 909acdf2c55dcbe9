"""Which screen the room view (projector window) uses: remembered in the preferences; the
second screen when there is one and nothing was chosen."""
from __future__ import annotations

from PySide6.QtGui import QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu

from facilitator_ui import settings
from facilitator_ui.i18n import tr


def choose_room_screen(name: str, room_view=None) -> None:
    """Remember the screen for the room view ("" = automatic) and move the session's open room
    view there (`room_view`: ctx.room_view, ui.presenter.owner)."""
    settings.set_value("presenter_screen", name)
    if room_view is not None:
        room_view.place(name or None)


def fill_screen_menu(menu: QMenu, room_view=None) -> None:
    """The screens the room view can use, the remembered one checked."""
    menu.clear()
    current = settings.value("presenter_screen", "") or ""
    group = QActionGroup(menu)
    auto = menu.addAction(tr("Automatic (the second screen when there is one)"))
    choices = [(auto, "")]
    for screen in QGuiApplication.screens():
        g = screen.geometry()
        act = menu.addAction(f"{screen.name()} ({g.width()}×{g.height()})")
        choices.append((act, screen.name()))
    for act, name in choices:
        act.setCheckable(True)
        act.setChecked(name == current)
        group.addAction(act)
        act.triggered.connect(lambda _=False, n=name: choose_room_screen(n, room_view))
