"""The projector's agenda view: what the room needs, nothing private.

During a live run: the current item's title and objective, a large timer readable from the back
of the room (it scales with the window), and the next item. Before the run: the agenda with its
clock times. It follows the facilitator's console live (`ctx.live`: ui.live.LiveController).
Facilitator notes and materials are never read here.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGridLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from facilitator.agenda import fmt_hhmm, schedule
from facilitator_ui.context import SessionContext
from facilitator_ui.i18n import tr
from facilitator_ui.presenter.style import DIM, SOFT, TEXT
from facilitator_ui.presenter.style import room_label as _label
from facilitator_ui.presenter.style import set_pixel_size as _size
from facilitator_ui.theme import room
from facilitator_ui.presenter.window import register_view
from facilitator_ui.widgets.timer import TimerWidget

#: Rows of the agenda shown before the run (a longer agenda ends with "…").
OVERVIEW_ROWS = 12


class AgendaRoomView(QWidget):
    def __init__(self, ctx: SessionContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.live = None
        self.setStyleSheet("background: #102a43;")
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        # -- the run ----------------------------------------------------------------------------
        self.run_page = QWidget()
        self.position = _label(DIM)
        self.item_title = _label(TEXT, bold=True)
        self.objective = _label(SOFT)
        self.timer = TimerWidget(dark=True)
        self.next_label = _label(DIM)
        for w in (self.position, self.item_title, self.objective, self.next_label):
            w.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        rl = QVBoxLayout(self.run_page)
        rl.setContentsMargins(40, 24, 40, 24)
        rl.addWidget(self.position)
        rl.addWidget(self.item_title)
        rl.addWidget(self.objective)
        rl.addWidget(self.timer, 1)
        rl.addWidget(self.next_label)
        self.pages.addWidget(self.run_page)

        # -- before the run: the agenda -----------------------------------------------------------
        self.overview = QWidget()
        self.heading = _label(TEXT, bold=True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.subheading = _label(DIM)
        self.subheading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(32)
        self.grid.setColumnStretch(1, 1)
        self.footer = _label(DIM)
        self.footer.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        ol = QVBoxLayout(self.overview)
        ol.setContentsMargins(60, 30, 60, 30)
        ol.addWidget(self.heading)
        ol.addWidget(self.subheading)
        ol.addSpacing(12)
        ol.addWidget(self.grid_host)
        ol.addStretch(1)
        ol.addWidget(self.footer)
        self.pages.addWidget(self.overview)
        self.rows: list[tuple[QLabel, QLabel]] = []

        ctx.changed.connect(self._on_changed)
        self.refresh()

    # -- following the console ------------------------------------------------------------------
    def _on_changed(self, kinds: set) -> None:
        if kinds & {"live", "agenda", "session"}:
            self.refresh()

    def _attach(self) -> None:
        live = self.ctx.live
        if live is self.live:
            return
        if self.live is not None:
            for sig, slot in ((self.live.ticked, self._tick), (self.live.moved, self.refresh)):
                try:
                    sig.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self.live = live
        if live is not None:
            live.ticked.connect(self._tick)
            live.moved.connect(self.refresh)

    def refresh(self) -> None:
        if self.ctx.store.closed:
            return
        self._attach()
        snap = self.live.snapshot() if self.live is not None else None
        if snap is None or snap.finished:
            self._show_overview(finished=snap is not None)
            return
        self.pages.setCurrentWidget(self.run_page)
        self.position.setText(tr("Item %1 of %2")
                              .replace("%1", str(snap.index + 1)).replace("%2", str(snap.count)))
        self.item_title.setText(snap.item.title if snap.item else "")
        self.objective.setText((snap.item.objective or "") if snap.item else "")
        self.objective.setVisible(bool(snap.item and snap.item.objective))
        if snap.next_item is not None:
            self.next_label.setText(tr("Next: %1").replace("%1", snap.next_item.title))
        else:
            self.next_label.setText(tr("Last item"))
        self._tick()

    def _tick(self) -> None:
        if self.live is None or self.ctx.store.closed:
            return
        snap = self.live.snapshot()
        if snap.finished:
            return
        caption = tr("paused") if snap.paused else ""
        self.timer.set_state(snap.remaining, snap.allowance, snap.phase, snap.paused, caption)

    def _show_overview(self, finished: bool) -> None:
        self.pages.setCurrentWidget(self.overview)
        store = self.ctx.store
        session = store.session.get()
        items = store.agenda.list()
        slots = {s.item_id: s for s in schedule(items, session.start_time)}
        self.heading.setText(session.title)
        for pair in self.rows:
            for label in pair:
                self.grid.removeWidget(label)
                label.hide()
                label.deleteLater()
        self.rows = []
        shown = items[:int(OVERVIEW_ROWS / room().scale)]  # fewer at a larger text size
        for r, it in enumerate(shown):
            slot = slots.get(it.id)
            time_label = _label(DIM, wrap=False)
            time_label.setText(f"{fmt_hhmm(slot.start)}–{fmt_hhmm(slot.end)}" if slot
                               else f"{it.planned_minutes} min")
            title_label = _label(TEXT)  # wraps: a long title never widens the window
            title_label.setText(it.title)
            self.grid.addWidget(time_label, r, 0, Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(title_label, r, 1)
            self.rows.append((time_label, title_label))
        if len(items) > len(shown):
            more = _label(DIM, wrap=False)
            more.setText("…")
            blank = _label(DIM, wrap=False)
            self.grid.addWidget(blank, len(shown), 0)
            self.grid.addWidget(more, len(shown), 1)
            self.rows.append((blank, more))
        self.subheading.setText(tr("Agenda") if items else "")
        self.footer.setText(tr("End of the agenda. Thank you!") if finished else "")
        self.footer.setVisible(finished)
        self._scale()

    # -- readable from the back of the room -----------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        h = max(200, self.height())
        _size(self.position, h / 30)
        _size(self.item_title, h / 12)
        _size(self.objective, h / 24)
        _size(self.next_label, h / 22)
        _size(self.heading, h / 14)
        _size(self.subheading, h / 26)
        _size(self.footer, h / 20)
        rows = max(6, len(self.rows))
        # a larger text size (Préférences) shows fewer rows (see _show_overview), each as large
        # as the size asks and as still fits the screen whole: measured, never cut
        scale = room().scale
        px = int(min(h / 22 * scale, h * 0.62 / rows / 1.5))
        while px > 10 and not self._rows_fit(px):
            px -= 1
        for a, b in self.rows:
            for label in (a, b):
                f = label.font()
                f.setPixelSize(max(10, px))
                label.setFont(f)

    def _rows_fit(self, px: int) -> bool:
        """Whether the agenda's rows, at px, fit under the heading whole."""
        if not self.rows:
            return True
        ol = self.overview.layout()
        m = ol.contentsMargins()
        width = max(100, self.width() - m.left() - m.right())
        used = m.top() + m.bottom() + 12 + ol.spacing() * 4
        for label in (self.heading, self.subheading, self.footer):
            if not label.isHidden() and label.text():
                used += label.heightForWidth(width)
        font = self.rows[0][0].font()
        font.setPixelSize(px)
        fm = QFontMetrics(font)
        time_w = max(fm.horizontalAdvance(a.text()) for a, _b in self.rows)
        title_w = max(50, width - time_w - self.grid.horizontalSpacing())
        need = 0
        for _a, b in self.rows:
            rect = fm.boundingRect(0, 0, title_w, 100000, int(Qt.TextFlag.TextWordWrap), b.text())
            need += max(fm.height(), rect.height()) + max(0, self.grid.verticalSpacing())
        return used + need <= max(200, self.height())

    def visible_text(self) -> str:
        """Every text the room can read on this view (used by tests and accessibility)."""
        parts = [lbl.text() for lbl in self.findChildren(QLabel) if lbl.isVisibleTo(self)]
        if self.pages.currentWidget() is self.run_page:
            parts.append(self.timer.text())
        return "\n".join(p for p in parts if p)


register_view("agenda", lambda: tr("Agenda and timer"), AgendaRoomView)
