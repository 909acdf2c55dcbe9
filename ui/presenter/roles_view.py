"""The role map in the room: the role wheel or the heat map, today or desired, large, on the
projector's dark background, with the gaps written out and the source of the roles credited.

The room shows what the Rôles page chose: the page sets `display_for(ctx)` (chart and layer),
this view follows it, and redraws when the actors change."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from facilitator.i18n import current_language
from facilitator.roles import heading, source
from facilitator_ui.context import SessionContext
from facilitator_ui.presenter.window import register_view
from facilitator_ui.widgets.heat_map import HeatMap
from facilitator_ui.theme import room
from facilitator_ui.widgets.role_wheel import DARK, LAYERS, RoleWheel

CHARTS = ("wheel", "heatmap")


class RolesDisplay(QObject):
    """What the role map shows, shared by the page and the room: one per session context."""

    changed = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("rolesDisplay")
        self.chart = "wheel"
        self.layer = "current"
        # the priority whose map is shown (issue 16): (target, item id), None: the whole session
        self.priority: tuple[str, int] | None = None

    def set_priority(self, priority: tuple[str, int] | None) -> None:
        if priority != self.priority:
            self.priority = priority
            self.changed.emit()

    def set(self, chart: str | None = None, layer: str | None = None) -> None:
        if chart is not None and chart not in CHARTS:
            raise ValueError(f"chart must be one of {CHARTS}, not {chart!r}")
        if layer is not None and layer not in LAYERS:
            raise ValueError(f"layer must be one of {LAYERS}, not {layer!r}")
        new = (chart or self.chart, layer or self.layer)
        if new != (self.chart, self.layer):
            self.chart, self.layer = new
            self.changed.emit()


def priority_actors(store, priority: tuple[str, int] | None):
    """(the actors with the levels of the map shown, the priority's title or None)."""
    from facilitator import rolemap_priorities

    actors = store.actors.list()
    if priority is None:
        return actors, None
    title = rolemap_priorities.title_of(store, *priority)
    if title is None:
        return actors, None
    return store.priority_roles.actors(*priority, actors), title


def display_for(ctx: SessionContext) -> RolesDisplay:
    """What the role map shows: kept by the session's room view owner (ctx.room_view)."""
    return ctx.room_view.roles


def title() -> str:
    return QCoreApplication.translate("RolesRoomView", "Role map (wheel or heat map)")


class RolesRoomView(QWidget):
    def __init__(self, ctx: SessionContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.display = display_for(ctx)
        self.setStyleSheet(f"background: {DARK.background}; color: {DARK.text};")
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)  # a long heading never widens the projector window
        self.wheel = RoleWheel(dark=True, show_gap_text=True)
        self.heat_map = HeatMap(dark=True, show_gap_text=True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.wheel)
        self.stack.addWidget(self.heat_map)
        self.source = QLabel()   # where the seven roles come from, said in the room
        self.source.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.source.setWordWrap(True)
        self.source.setStyleSheet(f"color: {DARK.muted};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.source)
        ctx.changed.connect(self._on_changed)
        self.display.changed.connect(self.refresh)
        self.refresh()

    def _on_changed(self, kinds: set) -> None:
        # a priority's title or existence follows its theme or idea (issue 16)
        if "actors" in kinds or (self.display.priority is not None
                                 and kinds & {"themes", "ideas", "voting"}):
            self.refresh()

    def chart(self):
        return self.wheel if self.display.chart == "wheel" else self.heat_map

    def refresh(self) -> None:
        actors, self._priority_title = priority_actors(self.ctx.store, self.display.priority)
        for chart in (self.wheel, self.heat_map):
            chart.set_actors(actors, priority=self._priority_title)
            chart.set_layer(self.display.layer)
        self.stack.setCurrentWidget(self.chart())
        self._retext()

    def _retext(self) -> None:
        """The heading and the source, in the interface's language."""
        layer = (self.tr("today") if self.display.layer == "current"
                 else self.tr("desired"))
        lang = current_language()
        title = getattr(self, "_priority_title", None)
        if title:   # one priority's map (issue 16)
            self.heading.setText(f"{heading(lang)} — {layer} — "
                                 + self.tr("for “%1”").replace("%1", title))
            return
        self.heading.setText(f"{heading(lang)} — {layer}")
        self.source.setText(source(lang))

    def resizeEvent(self, event) -> None:  # noqa: N802
        font = self.heading.font()
        font.setPixelSize(max(16, int(self.height() / 22 * room().scale)))
        font.setBold(True)
        self.heading.setFont(font)
        small = self.source.font()
        small.setPixelSize(max(12, self.height() // 48))
        self.source.setFont(small)
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:   # the language changed: say it anew
            self._retext()
            for chart in (self.wheel, self.heat_map):
                chart.update()
        super().changeEvent(event)


register_view("roles", title, RolesRoomView)
