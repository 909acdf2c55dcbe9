"""What the room reads on the projector, as a facilitator checks it before the session: a
1024 x 768 projector is not made wider by a long text, candidates are read whole, the numbers of
the role wheel's legend are large enough to find the actors on the wheel."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter

from facilitator.model import Actor
from facilitator.roles import ROLE_KEYS
from ui.widgets.bar_chart import Bar, BarChart
from ui.widgets.role_wheel import RoleWheel

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
    from ui.presenter import load_views
    from ui.presenter.window import PresenterWindow

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
