"""The stateful undo/redo test again, every change and every undo or redo going through the
session engine (its writer thread, a savepoint per operation, group commit) as the window's do
now does, while the test reads from its own thread through the store's gate."""
from __future__ import annotations

import threading

import pytest
from hypothesis import HealthCheck, settings

from facilitator.engine import Engine

from .test_undo_stateful import Session


class SessionThroughEngine(Session):
    def __init__(self) -> None:
        super().__init__()
        self.engine = Engine(self.store)
        engine = self.engine

        def recorded(fn):
            done = engine.run(lambda store: fn(), urgent=True)
            assert threading.current_thread() is not engine.writer_thread
            return done.value, done.inverse

        def replay(statements):
            return engine.replay(statements, urgent=True).result(30).inverse

        self.store.recorded = recorded   # the machine's changes, undos and redos: the engine's
        self.store.replay = replay

    def teardown(self) -> None:
        self.engine.close()
        assert not self.engine.writer_thread.is_alive()


SessionThroughEngine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=30, deadline=None,
    suppress_health_check=list(HealthCheck))
TestUndoRedoThroughEngine = pytest.mark.slow(SessionThroughEngine.TestCase)   # about 25 s
