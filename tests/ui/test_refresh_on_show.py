"""Fast where the room is watching: a change made on the Idées page does no work on the pages
that are not shown (they are marked stale and catch up when they are shown), and the card just
captured is on screen, inside the visible wall, every time — on a small wall and on the grand
forum's (2,000 ideas in 60 themes)."""
from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtTest import QTest

from facilitator.ops import voting as ballots
from facilitator_ui.pages import PAGES
from facilitator_ui.widgets.wall import CARD_H, CARD_W


def visit_every_page(window, qapp):
    for key, *_ in PAGES:
        window.show_page(key)
        qapp.processEvents()


def spy_refresh(window, keys):
    """Record each refresh of these pages (the page still refreshes)."""
    calls: list[str] = []
    for key in keys:
        page = window.pages[key]
        real = page.refresh

        def spy(kinds, real=real, key=key):
            calls.append(key)
            return real(kinds)

        page.refresh = spy
    return calls


def capture(page, text):
    page.capture_edit.setPlainText(text)
    QTest.keyClick(page.capture_edit, Qt.Key.Key_Return)


@pytest.fixture
def session(ctx):
    """Three ideas, a round on two of them, an action from the first."""
    s = ctx.store
    with s.transaction():
        a = s.ideas.add("Navette vers le cégep")
        b = s.ideas.add("Serre communautaire")
        s.ideas.add("Marché d'hiver")
        ballots.create_round(s, "Priorités", "ideas", [a, b], anonymous=False)
        s.decisions.add_action("Appeler la société de transport", idea_id=a)
    ctx.changed.emit({"ideas", "voting", "actions"})
    return a, b


def test_a_change_on_the_ideas_page_does_not_refresh_hidden_pages(window, ctx, session, qapp):
    first, _second = session
    visit_every_page(window, qapp)
    ideas = window.show_page("ideas")
    qapp.processEvents()
    hidden = [k for k, *_ in PAGES if k != "ideas"]
    calls = spy_refresh(window, hidden)

    capture(ideas, "Une piste cyclable sur la 132")
    qapp.processEvents()
    # an edit of a candidate's text, on the wall itself (what the Vote and Décisions pages show)
    idx = ideas.model.index_of(first)
    assert ideas.model.setData(idx, "Navette gratuite vers le cégep")
    qapp.processEvents()
    assert calls == [], f"hidden pages refreshed: {calls}"

    # shown again, each page shows the store as it is now, after one refresh
    voting = window.show_page("voting")
    grid = voting.grid_model
    labels = [grid.data(grid.index(r, 0)) for r in range(grid.rowCount())]
    assert labels == ["Navette gratuite vers le cégep", "Serre communautaire"]
    decisions = window.show_page("decisions")
    actions = decisions.actions_model
    assert actions.data(actions.index(0, 4)) == "Navette gratuite vers le cégep"
    assert calls == ["voting", "decisions"]

    # the next change while shown refreshes the shown page at once, and only it
    calls.clear()
    with ctx.store.transaction():
        ctx.store.ideas.update(first, text="Navette vers le cégep, le soir")
    ctx.changed.emit({"ideas"})
    assert calls == ["decisions"]
    assert actions.data(actions.index(0, 4)) == "Navette vers le cégep, le soir"


def test_a_stale_page_catches_up_with_every_kind_it_missed(window, ctx, session, qapp):
    visit_every_page(window, qapp)
    window.show_page("ideas")
    calls: list[set] = []
    voting = window.pages["voting"]
    real = voting.refresh
    voting.refresh = lambda kinds: (calls.append(set(kinds)), real(kinds))
    ctx.changed.emit({"ideas"})
    ctx.changed.emit({"participants"})
    ctx.changed.emit({"agenda"})          # not a kind the Vote page shows
    assert calls == []
    window.show_page("voting")
    assert calls == [{"ideas", "participants"}]
    window.show_page("ideas")
    window.show_page("voting")            # nothing missed: no refresh
    assert len(calls) == 1


def test_a_page_never_shown_in_a_window_refreshes_as_before(ctx, qapp, session):
    """A page on its own (not in a shown window) keeps refreshing on every change."""
    from facilitator_ui.pages.voting import VotingPage

    page = VotingPage(ctx)
    first, _ = session
    with ctx.store.transaction():
        ctx.store.ideas.update(first, text="Autre texte")
    ctx.changed.emit({"ideas"})
    grid = page.grid_model
    assert grid.data(grid.index(0, 0)) == "Autre texte"
    page.deleteLater()


# -- the captured card is inside the visible wall ----------------------------------------------
class PaintSpy(QObject):
    """What the wall's viewport repaints: the rectangles of each paint event, in the wall's
    own coordinates (where they were when painted: a scroll afterwards moves those pixels)."""

    def __init__(self, wall=None) -> None:
        super().__init__()
        self.wall = wall
        self.regions: list[QRect] = []

    def offset(self):
        w = self.wall
        return (w.horizontalScrollBar().value(), w.verticalScrollBar().value()) if w else (0, 0)

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            dx, dy = self.offset()
            self.regions.extend(r.translated(dx, dy) for r in event.region())
        return False

    def on_wall(self, rect: QRect) -> QRect:
        """A rectangle of the viewport now, in the wall's coordinates."""
        dx, dy = self.offset()
        return rect.translated(dx, dy)

    def area(self) -> int:
        return sum(r.width() * r.height() for r in self.regions)


def distinct_text(n: int) -> str:
    """An idea that looks like no other (no duplicate bar appears and changes the wall's
    height), with accents."""
    rnd = random.Random(n)
    words = ["".join(rnd.choice("bcdfglmnprstvàéè") for _ in range(rnd.randint(4, 9)))
             for _ in range(4)]
    return " ".join(words).capitalize() + f" « {n} »"


def assert_captures_visible(window, ideas, qapp, n):
    wall = ideas.wall
    spy = PaintSpy(wall)
    wall.viewport().installEventFilter(spy)
    outside = []
    areas = []
    previous = None
    for i in range(n):
        spy.regions.clear()
        capture(ideas, distinct_text(i))
        iid = ideas.model.fresh_id
        for _turn in range(5):   # the event loop's next turns: Qt lays out, then paints
            qapp.processEvents()
            rect = wall.visualRect(ideas.model.index_of(iid))
            if any(r.intersects(spy.on_wall(rect)) for r in spy.regions):
                break
        if not (rect.isValid() and wall.viewport().rect().contains(rect)):
            outside.append((i, rect, wall.viewport().rect()))
        assert any(r.intersects(spy.on_wall(rect)) for r in spy.regions), \
            f"capture {i}: card not painted"
        if previous is not None:   # the card captured before loses its outline
            before = wall.visualRect(ideas.model.index_of(previous))
            if wall.viewport().rect().intersects(before):
                assert any(r.intersects(spy.on_wall(before)) for r in spy.regions), \
                    f"capture {i}: the previous card keeps its outline"
        previous = iid
        areas.append(spy.area())
    wall.viewport().removeEventFilter(spy)
    assert outside == [], f"captured cards outside the visible wall: {outside[:3]}"
    return areas


def assert_repaints_what_changed(wall, areas):
    """Each capture repaints the new card and the one outlined before it and, when the wall
    must scroll to show it, the strip of one row that the scroll uncovers — never the whole
    wall (which is what Qt does after a row is added or a header changes)."""
    card = CARD_W * CARD_H
    strip = wall.viewport().width() * CARD_H
    view = wall.viewport().width() * wall.viewport().height()
    assert max(areas) <= 1.05 * (strip + 2 * card) < view, ([(i, a) for i, a in enumerate(areas) if a > 2 * card], strip, card, view)


def test_captured_card_is_inside_the_visible_wall_small(window, ctx, qapp):
    window.resize(1280, 760)
    visit_every_page(window, qapp)
    ideas = window.show_page("ideas")
    qapp.processEvents()
    # enough cards that the pile outgrows the visible wall: the view must scroll to them
    n = 3 * ideas.model.visible_columns * (ideas.wall.viewport().height() // 124 + 1)
    areas = assert_captures_visible(window, ideas, qapp, n)
    assert ideas.wall.verticalScrollBar().value() > 0
    assert_repaints_what_changed(ideas.wall, areas[1:])


@pytest.mark.slow
def test_captured_card_is_inside_the_visible_wall_grand_forum(qtbot, qapp, tmp_path, messages):
    from benchmarks.forum import make_forum
    from facilitator.store import Store
    from facilitator_ui.context import SessionContext
    from facilitator_ui.main_window import MainWindow

    path = make_forum(tmp_path / "forum.atelier")
    store = Store.open(path)
    ctx = SessionContext(store)
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 760)
    w.set_session(ctx)
    w.show()
    visit_every_page(w, qapp)
    ideas = w.show_page("ideas")
    qapp.processEvents()
    assert len(ideas.model.data_.ideas) == 2000
    areas = assert_captures_visible(w, ideas, qapp, 12)
    assert_repaints_what_changed(ideas.wall, areas[1:])
    # with a theme shown by the filter, captures go to that theme, still visible
    ideas.theme_filter.setCurrentIndex(ideas.theme_filter.findData(5))
    qapp.processEvents()
    assert_captures_visible(w, ideas, qapp, 5)
    w.set_session(None)
    ctx.undo_stack.clear()
    store.close()


def test_the_wall_is_described_to_screen_readers_after_a_capture_not_during_it(
        window, ctx, qapp, qtbot, monkeypatch):
    """Describing the whole wall in words (every column and its count: 600 columns at ten
    times the grand forum) is not part of Enter → card painted: it is done once the captures
    pause, and then says the new count."""
    from facilitator_ui.presenter import wall_view

    ideas = window.show_page("ideas")
    qapp.processEvents()
    calls = []
    real = wall_view.wall_summary
    monkeypatch.setattr(wall_view, "wall_summary",
                        lambda *a: (calls.append(a), real(*a))[1])
    before = ideas.wall.accessibleDescription()
    for n in range(3):
        capture(ideas, f"Idée dite plus tard {n}")
    assert calls == []          # the keypresses themselves did not describe the wall
    qtbot.waitUntil(lambda: ideas.wall.accessibleDescription() != before, timeout=3000)
    total = len(ideas.model.data_.ideas)
    assert ideas.wall.accessibleDescription().startswith(f"{total} ")
    assert len(calls) == 1      # once for the three captures
