"""Fixtures of the export tests (sessions in export_sessions.py)."""
from __future__ import annotations

import pytest
from .export_sessions import fill_hostile, fill_small

from facilitator.store import Store


@pytest.fixture
def small_store(tmp_path):
    store = Store.create(tmp_path / "conseil.atelier", "Conseil de la MRC — séance ordinaire")
    fill_small(store)
    yield store
    store.close()


@pytest.fixture
def hostile_store(tmp_path):
    store = Store.create(tmp_path / "hostile.atelier", "x")
    fill_hostile(store, anonymous_names=SECRET_VOTERS)
    yield store
    store.close()


#: People who vote in an anonymous round of the hostile session and appear nowhere else
#: except the attendance list.
SECRET_VOTERS = ["Zéphirine Secrète", "Octave Anonyme"]
