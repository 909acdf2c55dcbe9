"""Emoji in the window: a colour emoji font when the system has one, the bundled Symbola when it
has none (issue 12)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics


def test_without_an_emoji_font_the_bundled_one_draws_emoji(qapp):
    from facilitator_ui.fonts import ensure_emoji_font

    family = ensure_emoji_font(families=["DejaVu Sans", "Liberation Sans"])
    assert family == "Symbola"
    assert family in QFontDatabase.families()
    assert QFontMetrics(QFont(family)).inFontUcs4(0x1F68C)   # 🚌


def test_with_an_emoji_font_nothing_is_added(qapp):
    from facilitator_ui.fonts import ensure_emoji_font

    assert ensure_emoji_font(families=["DejaVu Sans", "Noto Color Emoji"]) is None


@pytest.mark.slow   # starts the app: about 11 s
def test_the_app_asks_for_the_fallback_at_start(monkeypatch, qapp):
    import facilitator_ui.app
    import facilitator_ui.fonts

    calls = []
    monkeypatch.setattr("facilitator_ui.crash.install", lambda: None)
    monkeypatch.setattr(facilitator_ui.fonts, "ensure_emoji_font", lambda *a, **k: calls.append(1))
    monkeypatch.setattr("facilitator_ui.controller.AppController", lambda lang: (_ for _ in ()).throw(
        SystemExit(0)))
    try:
        facilitator_ui.app.main(None, [])
    except SystemExit:
        pass
    assert calls == [1]
