"""The projector's results view: one voting round's ranking as large bars, shown ONLY once the
facilitator has pressed « Révéler ». Before that the room sees a neutral « Results hidden »
screen with the round's title, and no number at all. Who voted for what is never shown here.

Which round: the one the Vote page last sent to the room (`ctx.room_view.show_results(id)`, done by
« Révéler » and « Show in the room »); before that, the last round of the session.

Read from the back of the room: up to 15 candidates on the screen, each label at least 3.5 % of
the screen's height; more candidates are shown in pages (« 1–15 sur 22 ») that the facilitator
steps through from the console (Page Down / Page Up: `step`), never hidden.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from facilitator.ops import voting as ballots
from facilitator_ui.context import SessionContext
from facilitator_ui.presenter.owner import ResultsFocus
from facilitator_ui.models.voting import one_line, plural, result_bars
from facilitator_ui.presenter.style import DIM, SOFT, TEXT, room_label
from facilitator_ui.presenter.style import set_pixel_size as _size
from facilitator_ui.presenter.window import register_view
from facilitator_ui.widgets.bar_chart import BarChart



def _label(colour: str, bold: bool = False):
    return room_label(colour, bold, center=True)


def focus(ctx: SessionContext) -> ResultsFocus:
    """The round the room's results view shows: kept by the session's room view owner."""
    return ctx.room_view.results


class ResultsRoomView(QWidget):
    pagesChanged = Signal()   # the number of pages or the page shown changed

    def __init__(self, ctx: SessionContext) -> None:
        super().__init__()
        self._dots = ""
        self.ctx = ctx
        self.setStyleSheet("background: #102a43;")
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.hidden_page = QWidget()
        hv = QVBoxLayout(self.hidden_page)
        self.hidden_title = _label(SOFT)
        self.hidden_big = _label(TEXT, bold=True)
        self.hidden_note = _label(DIM)
        hv.addStretch(2)
        hv.addWidget(self.hidden_title)
        hv.addWidget(self.hidden_big)
        hv.addWidget(self.hidden_note)
        hv.addStretch(3)

        self.shown_page = QWidget()
        sv = QVBoxLayout(self.shown_page)
        self.title = _label(TEXT, bold=True)
        self.summary = _label(DIM)
        self.chart = BarChart(room=True)
        sv.addWidget(self.title)
        sv.addWidget(self.summary)
        sv.addWidget(self.chart, 1)

        self.pages.addWidget(self.hidden_page)
        self.pages.addWidget(self.shown_page)
        ctx.changed.connect(self._changed)
        focus(ctx).roundChanged.connect(self.refresh)
        self.refresh()

    def _changed(self, kinds: set) -> None:
        if kinds & {"voting", "ideas", "themes", "participants"}:
            self.refresh()

    def _round_id(self) -> int | None:
        rid = focus(self.ctx).round_id
        store = self.ctx.store
        if rid is not None and store.voting.round(rid) is not None:
            return rid
        rounds = store.voting.rounds()
        return rounds[-1].id if rounds else None

    def is_showing_results(self) -> bool:
        return self.pages.currentWidget() is self.shown_page

    def refresh(self) -> None:
        rid = self._round_id()
        rnd = self.ctx.store.voting.round(rid) if rid is not None else None
        if rnd is None or not rnd.revealed:
            self.hidden_title.setText(one_line(rnd.title) if rnd else "")
            self.hidden_big.setText(QCoreApplication.translate("ResultsRoomView", "Results hidden"))
            self.hidden_note.setText(QCoreApplication.translate(
                "ResultsRoomView", "They will appear here when the facilitator reveals them."))
            self.chart.set_bars([])
            self.pages.setCurrentWidget(self.hidden_page)
            self._fit()
            return
        res = ballots.results(self.ctx.store, rnd.id)
        self.title.setText(one_line(rnd.title))
        self._dots = plural(res.dots_total,
                            QCoreApplication.translate("ResultsRoomView", "1 dot in all"),
                            QCoreApplication.translate("ResultsRoomView", "%1 dots in all"))
        self.chart.set_bars(result_bars(res))
        self.pages.setCurrentWidget(self.shown_page)
        self._show_page()
        self._fit()

    # -- pages of candidates ---------------------------------------------------------------------
    def page_count(self) -> int:
        return self.chart.page_count() if self.is_showing_results() else 1

    def page_text(self) -> str:
        """« 1–15 sur 22 » when the candidates take more than one page, else ""."""
        if self.page_count() < 2:
            return ""
        first, last = self.chart.page_range()
        return QCoreApplication.translate("ResultsRoomView", "%1–%2 of %3").replace(
            "%1", str(first)).replace("%2", str(last)).replace("%3", str(len(self.chart.bars)))

    def step(self, delta: int) -> bool:
        """Show the next (1) or previous (-1) page of candidates; False when there is none."""
        if not self.is_showing_results() or not self.chart.set_page(self.chart.page + delta):
            return False
        self._show_page()
        return True

    def _show_page(self) -> None:
        page = self.page_text()
        self.summary.setText(self._dots + (f"  ·  {page}" if page else ""))
        self.pagesChanged.emit()

    def _fit(self) -> None:
        h = max(300, self.height())
        _size(self.hidden_title, h / 16)
        _size(self.hidden_big, h / 9)
        _size(self.hidden_note, h / 24)
        # many candidates: a smaller title leaves the rows their height
        many = len(self.chart.shown()[0]) > 10
        _size(self.title, h / (18 if many else 14))
        _size(self.summary, h / 28)
        self.chart.screen_height = h
        self.chart.update()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()


register_view("results", lambda: QCoreApplication.translate("ResultsRoomView", "Vote results"),
              ResultsRoomView)
