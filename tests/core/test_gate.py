"""The store's gate (facilitator/store/gate.py): readers go first, and the writer still gets its
turn while a reader reads again and again (a page refreshing one query at a time)."""
from __future__ import annotations

import threading
import time

from facilitator.store.gate import Gate


def test_a_reader_reading_without_pause_does_not_keep_the_writer_out():
    gate = Gate()
    done = threading.Event()
    writes = []

    def writer():
        gate.writer = threading.get_ident()
        for n in range(50):
            with gate:
                writes.append(n)
                time.sleep(0.0005)   # inside a transaction
        done.set()

    reads = 0
    t = threading.Thread(target=writer)
    t.start()
    deadline = time.monotonic() + 10
    while not done.is_set() and time.monotonic() < deadline:
        with gate:                  # the GUI thread, one query after another
            reads += 1
            time.sleep(0.0002)
    finished, got = done.is_set(), len(writes)
    t.join(10)
    assert finished, f"the writer got in {got} times of 50 in 10 s of reads"
    assert writes == list(range(50)) and reads > 0


def test_a_waiting_reader_goes_before_the_writers_next_turn():
    gate = Gate()
    gate.writer = threading.get_ident()      # this thread is the writer
    order = []
    gate.enter()                             # the writer is inside
    reader = threading.Thread(target=lambda: (gate.enter(), order.append("read"), gate.leave()))
    reader.start()
    while not gate.wanted:
        time.sleep(0.001)
    gate.leave()                             # the writer commits and lets the reader in
    gate.enter()
    order.append("write")
    gate.leave()
    reader.join(5)
    assert order == ["read", "write"]
