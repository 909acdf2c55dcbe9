"""One object owns what the room view (projector window) shows: pages ask `ctx.room_view`,
they never look for windows. Headless (offscreen)."""
from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.ops import voting as ballots

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def voting_page(qtbot, ctx, qt_lang):
    from facilitator_ui.pages.voting import VotingPage

    s = ctx.store
    with s.transaction():
        ideas = [s.ideas.add(t) for t in ("Logement", "Transport")]
        rid = ballots.create_round(s, "Priorités", "ideas", ideas, budget=3, cap=2)
        ballots.open_round(s, rid)
    page = VotingPage(ctx)
    qtbot.addWidget(page)
    page.refresh({"voting"})
    page.select_round(rid)
    return page, rid


def test_a_page_switches_the_room_view_through_its_owner(qtbot, ctx, voting_page):
    page, rid = voting_page
    room = ctx.room_view
    assert not room.is_open and room.current == ""
    shown = []
    room.viewChanged.connect(shown.append)
    page.round_id = rid
    page.show_in_room()                                   # « Show in the room »
    assert shown == ["results"] and room.is_open and room.current == "results"
    assert room.results.round_id == rid
    view = room.window.views["results"]
    assert view._round_id() == rid
    # one window, whatever asks: the same owner switches it to the wall
    window = room.window
    room.show("wall")
    assert room.window is window and room.current == "wall"
    room.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not room.is_open and room.window is None and shown[-1] == ""


def test_the_role_map_settings_and_the_results_round_live_in_the_owner(ctx):
    from facilitator_ui.presenter.results_view import focus
    from facilitator_ui.presenter.roles_view import display_for

    assert display_for(ctx) is ctx.room_view.roles and focus(ctx) is ctx.room_view.results


def test_show_if_open_never_opens_the_window(ctx):
    ctx.room_view.show_if_open("agenda")
    assert not ctx.room_view.is_open and ctx.room_view.window is None
    ctx.room_view.open()
    ctx.room_view.show_if_open("agenda")
    assert ctx.room_view.current == "agenda"
    ctx.room_view.close()


def test_no_page_looks_for_windows():
    """The room view's owner is the one way in (grep of the interface's sources)."""
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for needle in ("topLevelWidgets(", "findChild(", "showInRoom"):
            if needle in text:
                offenders.append(f"{path.relative_to(ROOT)}: {needle}")
    assert offenders == []
