"""What the room reads on the projector, as a facilitator checks it before the session: a
1024 x 768 projector is not made wider by a long text, candidates are read whole, the numbers of
the role wheel's legend are large enough to find the actors on the wheel."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter

from facilitator.model import Actor
from facilitator.roles import ROLE_KEYS
from facilitator_ui.widgets.bar_chart import Bar, BarChart
from facilitator_ui.widgets.role_wheel import RoleWheel

LONG_ITEM = ("Remue-méninges en sous-groupes sur les enjeux prioritaires du territoire, "
             "puis retour en plénière avec les porte-parole de chaque table")


class RecordingPainter(QPainter):
    """A painter that remembers each text drawn with the pixel size of its font."""

    def __init__(self, device) -> None:
        super().__init__(device)
        self.texts: list[tuple[str, int]] = []

    def drawText(self, *args):  # noqa: N802
        text = next((a for a in args if isinstance(a, str)), "")
        self.texts.append((text, self.font().pixelSize()))
        return super().drawText(*args)


@pytest.fixture
def presenter(qapp, ctx, qt_lang):
    from facilitator_ui.presenter import load_views
    from facilitator_ui.presenter.window import PresenterWindow

    load_views()
    w = PresenterWindow(ctx)
    yield w
    w.close()
    w.deleteLater()


@pytest.mark.parametrize("key", ["agenda", "roles"])
@pytest.mark.parametrize("width, height", [(1024, 768), (800, 600)])
def test_a_long_text_does_not_widen_a_small_projector(presenter, ctx, qapp, key, width, height):
    store = ctx.store
    with store.transaction():
        store.session.update(title="MRC des Moulins-du-Lac — Priorités de territoire 2027 et "
                                   "gouvernance partagée des ressources")
        store.agenda.add(LONG_ITEM, 45)
        store.actors.add("Corporation de développement communautaire des Moulins-du-Lac")
    ctx.changed.emit({"session", "agenda", "actors"})
    presenter.show_view(key)
    presenter.resize(width, height)
    presenter.show()
    qapp.processEvents()
    assert presenter.minimumSizeHint().width() <= width
    assert presenter.width() <= width


def test_room_results_show_a_long_candidate_whole(qapp):
    chart = BarChart(room=True)
    labels = ["Logement abordable et rétention des familles",
              "Eau, environnement et adaptation climatique",
              "Services de proximité, santé et alimentation"]
    chart.set_bars([Bar(text, 11 - n, n + 1, f"{11 - n} · {23 - n} %")
                    for n, text in enumerate(labels)])
    for size in (QSize(1582, 757), QSize(1008, 600)):
        image = QImage(size, QImage.Format.Format_RGB32)
        painter = RecordingPainter(image)
        chart.paint(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        drawn = [text for text, _px in painter.texts]
        for text in labels:
            assert text in drawn, f"{text!r} cut at {size.width()} px"


def test_wheel_legend_numbers_are_readable(qapp):
    wheel = RoleWheel(dark=True)
    wheel.set_actors([Actor(n, f"Acteur numéro {n}", "municipal", {ROLE_KEYS[n % 7]: (1, 2)})
                      for n in range(1, 13)], "fr")
    image = QImage(QSize(1500, 700), QImage.Format.Format_RGB32)
    painter = RecordingPainter(image)
    wheel.paint_chart(painter, QRectF(0, 0, 1500, 700))
    painter.end()
    name_px = dict(painter.texts)["Acteur numéro 12"]
    legend_12 = [px for text, px in painter.texts if text == "12"][-1]  # the legend comes last
    assert legend_12 >= 0.5 * name_px
    legend_7 = [px for text, px in painter.texts if text == "7"][-1]
    assert legend_7 >= 0.65 * name_px


# -- issue 12: results readable from the back of the room ----------------------------------------
CANDIDATES = ["Réseau de bornes de recharge dans chaque village",
              "Internet haute vitesse partout sur le territoire",
              "Un marché public ouvert toute l'année",
              "Des logements pour les aînés près des services",
              "Une maison de la culture itinérante",
              "Un fonds pour les projets citoyens",
              "Valoriser le patrimoine bâti des villages",
              "Des sentiers de motoneige mieux balisés",
              "Accueil des nouveaux arrivants",
              "Une politique régionale de l'eau",
              "Soutien aux commerces de proximité",
              "Un plan de mobilité active pour les écoles",
              "Une table jeunesse de la MRC",
              "Des haltes-garderies pour les parents",
              "Un guichet unique pour les entreprises",
              "Des jardins collectifs", "Une navette le samedi", "Un festival régional",
              "Un inventaire des terrains", "Une ressource en urbanisme",
              "Un tableau de bord public", "Un bilan annuel"]


def revealed_round(ctx, n):
    from facilitator.ops import voting as ballots

    store = ctx.store
    with store.transaction():
        ideas = [store.ideas.add(text) for text in CANDIDATES[:n]]
        rid = ballots.create_round(store, "Priorités de territoire 2027", "ideas", ideas, 5, 3,
                                   True)
        ballots.open_round(store, rid)
        ballots.record_paper_totals(store, rid, {iid: 30 - k for k, iid in enumerate(ideas)})
        ballots.reveal(store, rid)
    ctx.changed.emit({"voting", "ideas"})
    return rid


def painted(chart):
    image = QImage(chart.size(), QImage.Format.Format_RGB32)
    painter = RecordingPainter(image)
    chart.paint(painter, QRectF(chart.rect()))
    painter.end()
    return painter.texts


@pytest.mark.parametrize("width, height", [(1600, 900), (1024, 768)])
@pytest.mark.parametrize("n", [7, 14, 15])
def test_room_results_labels_are_readable_from_the_back(presenter, ctx, qapp, width, height, n):
    """Up to 15 candidates: every one on the screen, each label at least 3.5 % of the screen's
    height (32 px on a 900 px projector), none behind « … et N autres »."""
    revealed_round(ctx, n)
    view = presenter.show_view("results")
    presenter.resize(width, height)
    presenter.show()
    qapp.processEvents()
    assert view.is_showing_results()
    texts = painted(view.chart)
    sizes = {text: px for text, px in texts}
    for label in CANDIDATES[:n]:
        assert label in sizes, f"{label!r} not drawn whole"
        assert sizes[label] >= 0.035 * height, (label, sizes[label], height)
    assert not any("autre" in text or "more" in text for text, _px in texts)


def test_room_results_beyond_fifteen_are_paged_never_hidden(presenter, ctx, qapp):
    revealed_round(ctx, 22)
    view = presenter.show_view("results")
    presenter.resize(1600, 900)
    presenter.show()
    qapp.processEvents()
    assert view.page_count() == 2
    first = [t for t, _px in painted(view.chart)]
    assert "1–15 sur 22" in view.summary.text()
    assert all(label in first for label in CANDIDATES[:15])
    assert view.step(1)
    second = painted(view.chart)
    assert "16–22 sur 22" in view.summary.text()
    assert all(label in [t for t, _px in second] for label in CANDIDATES[15:22])
    assert all(px >= 0.035 * 900 for t, px in second if t in CANDIDATES)
    assert not view.step(1)                                    # no third page
    assert view.step(-1) and "1–15 sur 22" in view.summary.text()


# -- issue 12: the idea wall on the projector ----------------------------------------------------
@pytest.fixture
def demo_ctx(qapp, tmp_path, qt_lang):
    from facilitator.demo import write_demo
    from facilitator.store import Store
    from facilitator_ui.context import SessionContext

    store = Store.open(write_demo(tmp_path / "demo.atelier", "fr"))
    c = SessionContext(store)
    yield c
    c.undo_stack.clear()
    store.close()


def wall(ctx, qtbot, width, height):
    from facilitator_ui.presenter.wall_view import WallRoomView

    view = WallRoomView(ctx)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.grab()
    return view


@pytest.mark.parametrize("width, height", [(1600, 900), (1024, 768)])
def test_room_wall_theme_titles_wrap_whole(demo_ctx, qtbot, width, height):
    view = wall(demo_ctx, qtbot, width, height)
    titles = [t.title for t in demo_ctx.store.ideas.themes()]
    assert titles
    headers = ["".join(h.split()) for h in view.shown.headers]   # lines joined, spaces aside
    for title in titles:
        assert any(h.startswith("".join(title.split()) + "(") for h in headers), \
            (title, view.shown.headers)
    assert not any("…" in h for h in view.shown.headers)


def test_room_wall_shows_every_idea_whole_when_they_fit(demo_ctx, qtbot):
    """The demo's 47 ideas fit a 1600 x 900 projector at a readable size: none is hidden, none
    is cut short."""
    view = wall(demo_ctx, qtbot, 1600, 900)
    ideas = {i.text for i in demo_ctx.store.ideas.list()}
    assert set(view.shown.cards) == ideas
    assert view.shown.cut == []
    assert view.shown.notes == []
    assert view.page_count() == 1
    assert view.card_px >= 0.02 * 900


def test_room_wall_that_cannot_fit_says_how_many_and_steps_through_them(demo_ctx, qtbot):
    """On 1024 x 768 the demo's wall does not fit at a size read from the back: the smallest
    readable type first; then each column says how many ideas are elsewhere, and Page Down
    shows them: every idea on some page."""
    from facilitator.ideas import group_by_theme

    view = wall(demo_ctx, qtbot, 1024, 768)
    assert view.card_px >= 0.02 * 768
    ideas = demo_ctx.store.ideas.list()
    assert view.page_count() > 1
    assert view.page_text()
    seen: list[str] = []
    for page in range(view.page_count()):
        if page:
            assert view.step(1)
        view.grab()
        shown = view.shown
        hidden = len(ideas) - len(shown.cards)
        counted = sum(int("".join(c for c in note.split(" ")[1] if c.isdigit()) or 0)
                      for note in shown.notes if note.startswith("+ "))
        assert counted == hidden, (shown.notes, hidden)
        seen += shown.cards
    assert not view.step(1)
    assert set(seen) == {i.text for i in ideas}                   # every idea, on some page
    view.step(-view.page_count())
    groups = group_by_theme(ideas, demo_ctx.store.ideas.themes())
    assert groups                                                 # the first page again
