"""The agenda page suggests a duration per method from past sessions (issue 16), and closing a
session keeps its times for later."""
from __future__ import annotations

from facilitator import history
from facilitator.store import Store
from tests.core.test_history import past_session


def test_the_item_editor_shows_past_times_of_its_method(window, ctx, tmp_path):
    for n, minutes in enumerate((44, 40, 50)):
        past_session(tmp_path / f"s{n}.atelier", minutes)
    ctx.do("add", lambda: ctx.store.agenda.add("Idées en petits groupes", 30,
                                               method="1-2-4-tous"))
    ctx.do("add", lambda: ctx.store.agenda.add("Autre", 10, method="Tempête d'idées"))
    page = window.show_page("agenda")
    page.editor.set_item(ctx.store.agenda.list()[0], 1)
    assert page.editor.suggested.text().endswith(
        "1-2-4-tous\u00a0: prévu 35\u00a0min, réel médian 44\u00a0min sur 3 séances")
    assert not page.editor.suggested.isHidden()
    page.editor.set_item(ctx.store.agenda.list()[1], 2)
    assert page.editor.suggested.text() == "" and page.editor.suggested.isHidden()


def test_closing_a_session_remembers_its_times(qtbot, qapp, messages, tmp_path):
    from facilitator_ui.controller import AppController

    c = AppController("fr")
    qtbot.addWidget(c.window)
    path = tmp_path / "s.atelier"
    assert c.create_session(str(path), "Atelier", None, "fr")
    uid = c.ctx.store.uid()
    c.ctx.write(lambda: c.ctx.store.agenda.add("Idées", 35, method="1-2-4-tous",
                                               actual_seconds=2640))
    c.close_session()
    entry = history.load_index()["sessions"][uid]
    assert entry["items"] == [["1-2-4-tous", 35, 2640]]
    with Store.open(path, read_only=True) as s:
        assert s.uid() == uid
