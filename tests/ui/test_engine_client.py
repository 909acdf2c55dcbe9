"""The window is a client of the session engine: what another client (a phone through the room
server) changes reaches the window's views, measured; the window's own changes are acknowledged
after their commit; closing the session stops the engine first and leaves no thread behind."""
from __future__ import annotations

import threading

import pytest

from facilitator.engine import Engine
from facilitator.store import Store


def writers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "facilitateur-writer" and t.is_alive()]


@pytest.fixture
def page(window):
    return window.show_page("ideas")


def from_a_phone(ctx, op):
    """Submit an operation from a plain thread, as the room server does; the Done it got."""
    out = {}

    def phone():
        out["done"] = ctx.engine.run(op, undoable=False, source="room")

    t = threading.Thread(target=phone)
    t.start()
    t.join(30)
    return out["done"]


def test_the_context_owns_an_engine_that_writes_the_windows_changes(qtbot, ctx):
    assert isinstance(ctx.engine, Engine)
    seen = []
    ctx.engine.subscribe(seen.append)
    iid = ctx.do("Ajouter", lambda: ctx.store.ideas.add("Vélo"))
    # acknowledged after its commit, on the writer thread, measured; told to every subscriber
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[-1].rows == {"idea": frozenset({iid})}
    assert ctx.engine.commits >= 1
    assert [i.text for i in ctx.store.ideas.list()] == ["Vélo"]


def test_the_windows_change_is_told_from_what_it_measured(ctx):
    got = []
    ctx.changed.connect(got.append)
    ctx.do("Ajouter", lambda: ctx.store.ideas.add("Vélo", None, None,
                                                 ctx.store.participants.add("Lise", None)))
    assert got == [{"ideas", "participants"}]
    ctx.undo_stack.undo()
    assert got[-1] == {"ideas", "participants"} and ctx.store.ideas.list() == []


def test_an_idea_from_another_thread_shows_on_the_wall(qtbot, ctx, page):
    done = from_a_phone(ctx, lambda s: s.ideas.add("Idée du téléphone"))
    iid = done.value
    qtbot.waitUntil(lambda: page.model.index_of(iid).isValid(), timeout=5000)
    assert page.model.index_of(iid).data() == "Idée du téléphone"
    assert ctx.undo_stack.count() == 0       # not the window's change: nothing to undo here


def test_a_burst_from_other_threads_reaches_the_wall_in_few_refreshes(qtbot, ctx, page):
    refreshes = []
    ctx.changed.connect(refreshes.append)
    ids = []

    def phones():
        futures = [ctx.engine.submit(lambda s, n=n: s.ideas.add(f"Piste {n}"),
                                     undoable=False, source="room") for n in range(200)]
        ids.extend(f.result(30).value for f in futures)

    t = threading.Thread(target=phones)
    t.start()
    t.join(30)
    qtbot.waitUntil(lambda: all(page.model.index_of(i).isValid() for i in ids), timeout=5000)
    assert len(refreshes) < 20               # merged, not 200 refreshes


def test_the_window_reads_while_phones_write_and_never_sees_half_a_change(qtbot, ctx):
    """A phone's change writes two rows; the GUI thread reads all along the burst and always
    sees both or neither."""
    stop = threading.Event()

    def pair(s, n):
        a = s.ideas.add(f"a{n}")
        s.ideas.add(f"b{n}")
        return a

    def phones():
        futures = [ctx.engine.submit(lambda s, n=n: pair(s, n), undoable=False, source="room")
                   for n in range(150)]
        for f in futures:
            f.result(30)
        stop.set()

    t = threading.Thread(target=phones)
    t.start()
    reads = 0
    while not stop.is_set():
        count = ctx.store.conn.execute("SELECT count(*) FROM idea").fetchone()[0]
        assert count % 2 == 0
        reads += 1
    t.join(30)
    assert reads > 0 and len(ctx.store.ideas.list()) == 300


def test_a_change_made_while_the_window_reads_in_a_block_does_not_deadlock(qtbot, ctx):
    with ctx.store.reading():
        iid = ctx.do("Ajouter", lambda: ctx.store.ideas.add("dans un bloc de lecture"))
        assert ctx.store.ideas.get(iid).text == "dans un bloc de lecture"


def test_closing_the_session_stops_the_engine_first_and_leaves_no_thread(qtbot, qapp, messages,
                                                                       tmp_path):
    from facilitator_ui.controller import AppController

    before = len(writers())
    c = AppController("fr")
    qtbot.addWidget(c.window)
    path = tmp_path / "s.atelier"
    assert c.create_session(str(path), "Atelier", None, "fr")
    assert len(writers()) == before + 1
    ctx = c.ctx
    gate = threading.Event()
    ctx.engine.submit(lambda s: gate.wait(10), source="room")
    late = ctx.engine.submit(lambda s: s.ideas.add("juste avant la fermeture"), source="room")
    threading.Timer(0.2, gate.set).start()
    c.close_session()
    # what was queued was committed before the store closed
    assert late.done() and late.result().value
    assert ctx.engine.closed and ctx.store.closed
    assert len(writers()) == before
    with Store.open(path, read_only=True) as s:
        assert [i.text for i in s.ideas.list()] == ["juste avant la fermeture"]


def test_quitting_the_app_leaves_no_engine_thread(qtbot, qapp, messages, tmp_path):
    from facilitator_ui.controller import AppController

    before = len(writers())
    c = AppController("fr")
    qtbot.addWidget(c.window)
    assert c.create_session(str(tmp_path / "s.atelier"), "Atelier", None, "fr")
    c.window.show()
    c.window.close()
    assert c.ctx is None and len(writers()) == before


def test_the_live_runs_record_of_times_repaints_no_card(qtbot, ctx, page):
    """The live run writes the actual seconds into the agenda every few seconds: measured, that
    is an agenda change; the cards show the agenda item's title, which did not change, so no
    card is repainted (a title that changes is)."""
    store = ctx.store
    item = ctx.do("Point", lambda: store.agenda.add("Idées", 10))
    ids = [ctx.do("Idée", lambda n=n: store.ideas.add(f"idée {n}", None, item)) for n in range(5)]
    repainted = []
    page.model.dataChanged.connect(lambda a, b: repainted.append((a.row(), b.row())))
    got = []
    ctx.changed.connect(got.append)
    ctx.write(lambda: store.agenda.update(item, actual_seconds=30))
    assert got == [{"agenda"}] and repainted == []
    ctx.do("Renommer", lambda: store.agenda.update(item, title="Remue-méninges"))
    assert repainted
    from facilitator_ui.models.ideas import FooterRole

    assert page.model.data(page.model.index_of(ids[0]), FooterRole) == "Remue-méninges"


def test_a_phones_change_counts_as_saved_work_for_the_snapshots(qtbot, ctx):
    from facilitator_ui.safety import SessionGuard

    guard = SessionGuard(ctx, idle_ms=50)
    guard.dirty = False
    from_a_phone(ctx, lambda s: s.ideas.add("du téléphone"))
    qtbot.waitUntil(lambda: guard.dirty, timeout=5000)


def test_an_open_session_holds_the_windows_heap_frozen_until_it_closes(qapp, store, messages):
    """The collector's full passes never scan the window built for the session (83–114 ms
    held the GUI thread, at any moment); closing the session lets them again."""
    import gc

    from facilitator_ui.context import SessionContext
    from facilitator_ui.main_window import MainWindow

    from facilitator.quiet_gc import holders

    before = holders()
    ctx = SessionContext(store)
    window = MainWindow()
    window.set_session(ctx)
    qapp.processEvents()
    try:
        assert holders() == before + 1 and gc.get_freeze_count() > 0
    finally:
        window.close()
        ctx.close()
    assert holders() == before
    assert before > 0 or gc.get_freeze_count() == 0
