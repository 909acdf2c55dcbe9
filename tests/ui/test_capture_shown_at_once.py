"""Enter → the new card is on the wall at once, before the file has acknowledged it (issue 13).

The commit (its fsync) and the rereads after it take longer than the room may wait for a card
typed in front of it. So the Idées page shows the card where it will land and paints it, then
waits for the acknowledgement: the saved idea takes the card's place. When the file refuses
the idea, the card goes away, the typed text stays in the capture field and the person is told:
nothing is lost, nothing is shown that was not saved."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest

from facilitator.errors import FacilitatorError
from facilitator_ui.models.ideas import CardRole


class Paints(QObject):
    """The regions painted in a widget, in order."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.regions: list = []
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.regions.append(event.region())
        return False

    def covered(self, rect) -> bool:
        return any(region.contains(rect) for region in self.regions)


def settle(qapp) -> None:
    for _turn in range(5):
        qapp.processEvents()


@pytest.fixture
def page(window, ctx, qapp):
    store = ctx.store
    with store.transaction():
        theme = store.ideas.add_theme("Mobilité")
        for n in range(30):   # more than the wall shows: a capture scrolls it
            store.ideas.add(f"Idée déjà là {n}", theme_id=theme if n % 3 == 0 else None)
    ctx.changed.emit({"ideas", "themes"})
    window.resize(1280, 760)
    page = window.show_page("ideas")
    settle(qapp)
    return page


def cards(model) -> list[tuple[int, str]]:
    """Every card on the wall: (id, text)."""
    out = []
    for c in range(model.columnCount()):
        for r in range(model.rowCount()):
            idx = model.index(r, c)
            iid = model.idea_id(idx)
            if iid is not None:
                out.append((iid, model.data(idx, CardRole)[0]))
    return out


def on_submit(ctx, monkeypatch, before):
    """Call before() when the page hands its change to the engine, before the commit."""
    submit = ctx._submit

    def watched(fn):
        before()
        return submit(fn)

    monkeypatch.setattr(ctx, "_submit", watched)


def test_the_card_is_painted_inside_the_wall_before_the_commit_is_acknowledged(
        page, ctx, qapp, monkeypatch):
    wall, model = page.wall, page.model
    seen = []
    for n in range(8):
        text = f"Un autobus le dimanche {n}"
        paints = Paints(wall.viewport())

        def before(text=text, paints=paints):
            in_file = [i.text for i in ctx.store.ideas.list()]
            shown = [(iid, t) for iid, t in cards(model) if t == text]
            if len(shown) != 1:   # not on the wall before the commit, or twice
                seen.append(("cards with the text", len(shown)))
                return
            idx = model.index_of(shown[0][0])
            rect = wall.visualRect(idx)
            seen.append((text not in in_file, wall.viewport().rect().contains(rect),
                         paints.covered(rect),
                         model.data(idx, CardRole)[4]))   # outlined as the fresh card

        on_submit(ctx, monkeypatch, before)
        page.capture_edit.setPlainText(text)
        QTest.keyClick(page.capture_edit, Qt.Key.Key_Return)
        settle(qapp)
        monkeypatch.undo()
        assert page.capture_edit.toPlainText() == ""
        saved = ctx.store.ideas.list()[-1]
        assert saved.text == text
        # the saved idea took the card's place: each text once, under its own id
        assert cards(model).count((saved.id, text)) == 1
        assert all(iid > 0 for iid, _t in cards(model))
        assert model.fresh_id == saved.id
    assert seen == [(True, True, True, True)] * 8


def test_a_capture_the_file_refuses_takes_its_card_back_and_keeps_the_text(
        page, ctx, qapp, monkeypatch, messages):
    from facilitator import ops

    wall, model = page.wall, page.model
    text = "Une idée que le disque plein refuse"
    page.capture_edit.setPlainText("La dernière idée enregistrée")
    QTest.keyClick(page.capture_edit, Qt.Key.Key_Return)
    settle(qapp)
    before_cards = cards(model)
    before_headers = [model.headerData(c, Qt.Orientation.Horizontal)
                      for c in range(model.columnCount())]
    fresh = model.fresh_id
    shown_at_submit, spot = [], []
    paints = Paints(wall.viewport())

    def before():
        shown = [iid for iid, t in cards(model) if t == text]
        shown_at_submit.append(len(shown))
        spot.extend(wall.visualRect(model.index_of(iid)) for iid in shown)
        paints.regions.clear()

    on_submit(ctx, monkeypatch, before)

    def full_disk(*_args, **_kwargs):
        raise FacilitatorError("disk_full", file="forum.atelier")

    full_disk.label = ops.ideas.capture.label
    monkeypatch.setattr(ops.ideas, "capture", full_disk)
    failed = []
    ctx.failed.connect(failed.append)
    page.capture_edit.setPlainText(text)
    QTest.keyClick(page.capture_edit, Qt.Key.Key_Return)
    settle(qapp)
    assert shown_at_submit == [1], "the card was shown while the file was asked"
    assert failed == [str(FacilitatorError("disk_full", file="forum.atelier"))]
    assert failed[0].startswith("Le disque est plein")
    assert page.capture_edit.toPlainText() == text, "the text waits in the field, not lost"
    assert cards(model) == before_cards, "the wall is as it was: no card that was not saved"
    assert [model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(model.columnCount())] == before_headers
    assert model.fresh_id == fresh
    assert text not in [i.text for i in ctx.store.ideas.list()]
    # where the card was is painted again: the room does not keep seeing it
    assert len(spot) == 1 and paints.covered(spot[0])


def test_an_idea_from_a_phone_saved_meanwhile_and_the_windows_own_both_land_once(
        page, ctx, qapp, monkeypatch):
    model = page.model

    def phone():   # another client of the engine: its notice reaches the window later
        ctx.engine.submit(lambda store: store.ideas.add("Idée d'un téléphone"),
                          undoable=False).result(10)

    on_submit(ctx, monkeypatch, phone)
    page.capture_edit.setPlainText("Idée du clavier")
    QTest.keyClick(page.capture_edit, Qt.Key.Key_Return)
    settle(qapp)
    in_file = [(i.id, i.text) for i in ctx.store.ideas.list()]
    assert in_file[-2:][0][1] == "Idée d'un téléphone" and in_file[-1][1] == "Idée du clavier"
    shown = cards(model)
    assert sorted(shown) == sorted(in_file), "every idea once, under its own id"
    # exactly where a full regrouping puts them
    cols = [list(c) for c in model._cols]
    model.reload()
    assert [list(c) for c in model._cols] == cols


def test_the_saved_idea_taking_its_cards_place_does_not_paint_it_again(
        page, ctx, qapp, monkeypatch):
    """The card the room sees at Enter is the saved idea's: the reread after the commit
    repaints neither it nor the rest of the wall."""
    wall, model = page.wall, page.model
    for n in range(6):
        text = f"Une halte-garderie au village {n}"
        paints = Paints(wall.viewport())
        spot = []

        def before(text=text, paints=paints, spot=spot):
            spot.extend(wall.visualRect(model.index_of(iid))
                        for iid, t in cards(model) if t == text)
            paints.regions.clear()

        on_submit(ctx, monkeypatch, before)
        page.capture_edit.setPlainText(text)
        QTest.keyClick(page.capture_edit, Qt.Key.Key_Return)
        settle(qapp)
        monkeypatch.undo()
        assert len(spot) == 1
        # (the wall may then move up by one card, so that the next card's cell shows: its
        # pixels move with it, the strip it uncovers is painted)
        now = wall.visualRect(model.index_of(model.fresh_id))
        assert now.size() == spot[0].size() and now.x() == spot[0].x()
        assert not any(region.intersects(now) for region in paints.regions), \
            f"capture {n}: the card was painted again after its commit"


def test_the_card_being_typed_is_drawn_ahead_and_enter_only_copies_it(
        page, ctx, qapp, monkeypatch):
    """Typing leaves the event loop idle between keys: the card is drawn then, so at Enter
    nothing is laid out or drawn again for it, its pixels are copied."""
    from facilitator_ui.widgets import wall as wall_module

    drawn = []
    real = wall_module.paint_card
    monkeypatch.setattr(wall_module, "paint_card",
                        lambda p, rect, text, *a, **k: (drawn.append(text),
                                                        real(p, rect, text, *a, **k)))
    for n in range(4):
        page.author_edit.setText("Mireille")   # (emptied by each capture)
        text = f"Un marche public l'hiver {n}"   # (QTest types ASCII only)
        QTest.keyClicks(page.capture_edit, text)
        settle(qapp)
        assert drawn and drawn[-1] == text, "drawn while typed"
        drawn.clear()
        QTest.keyClick(page.capture_edit, Qt.Key.Key_Return)
        settle(qapp)
        assert text not in drawn, f"capture {n}: drawn again at Enter"
        idx = page.model.index_of(page.model.fresh_id)
        assert page.model.data(idx, CardRole)[:3] == (text, page.model.data_.color(None),
                                                      "Mireille")
