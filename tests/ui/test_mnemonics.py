"""No two mnemonics (Alt+letter) collide on one screen: each page, each of its tabs, empty and
with the demo session, in French and in English; the menu bar's count too (issue 12)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QTabWidget,
                               QWidget)

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search((text or "").replace("&&", ""))
    return found.group(1).casefold() if found else None


def shown_mnemonics(window, page) -> list[tuple[str, str]]:
    """(letter, where) of every mnemonic a person can press now."""
    out = []
    for menu_bar in window.findChildren(QMenuBar):
        for act in menu_bar.actions():
            if act.isVisible() and mnemonic(act.text()):
                out.append((mnemonic(act.text()), f"menu « {act.text()} »"))
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(window) or not w.isEnabled():
            continue
        texts = []
        if isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QLabel) and w.buddy() is not None:
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count()) if w.isTabEnabled(i)]
        for t in texts:
            if mnemonic(t):
                out.append((mnemonic(t), f"{type(w).__name__} « {t} »"))
    return out


def collisions(window, page) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for letter, where in shown_mnemonics(window, page):
        seen.setdefault(letter, []).append(where)
    return {k: v for k, v in seen.items() if len(v) > 1}


def walk(window, qtbot) -> list[str]:
    from facilitator_ui.pages import PAGES

    found = []
    for key, *_ in PAGES:
        page = window.show_page(key)
        qtbot.waitUntil(page.isVisible)
        tab_widgets = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(window)]
        states = [(None, None)] + [(t, i) for t in tab_widgets for i in range(t.count())]
        for tabs, index in states:
            if tabs is not None:
                tabs.setCurrentIndex(index)
            for letter, places in collisions(window, page).items():
                where = f" (tab {tabs.tabText(index)})" if tabs is not None else ""
                found.append(f"{key}{where}: Alt+{letter.upper()} → " + " / ".join(places))
    return sorted(set(found))


def open_window(qtbot, store, lang):
    from facilitator_ui import i18n
    from facilitator_ui.context import SessionContext
    from facilitator_ui.main_window import MainWindow

    i18n.install(lang)
    ctx = SessionContext(store)
    w = MainWindow()
    qtbot.addWidget(w)
    w.set_session(ctx)
    w.show()
    return w, ctx


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_mnemonic_collides_on_any_page_of_an_empty_session(qtbot, qapp, messages, store,
                                                              lang):
    from facilitator_ui import i18n

    try:
        w, ctx = open_window(qtbot, store, lang)
        found = walk(w, qtbot)
        assert found == [], "\n".join(found)
        ctx.undo_stack.clear()
    finally:
        i18n.install("en")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_mnemonic_collides_on_any_page_of_the_demo(qtbot, qapp, messages, tmp_path, lang):
    from facilitator.demo import write_demo
    from facilitator.store import Store
    from facilitator_ui import i18n

    path = write_demo(tmp_path / "demo.atelier", lang)
    store = Store.open(path)
    try:
        w, ctx = open_window(qtbot, store, lang)
        found = walk(w, qtbot)
        assert found == [], "\n".join(found)
        ctx.undo_stack.clear()
    finally:
        store.close()
        i18n.install("en")


if __name__ == "__main__":   # list every collision (a helper for fixing them)
    import os
    import sys
    import tempfile
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from facilitator.demo import write_demo
    from facilitator.store import Store
    from facilitator_ui import i18n
    from facilitator_ui.context import SessionContext
    from facilitator_ui.main_window import MainWindow

    class Bot:
        @staticmethod
        def waitUntil(fn):  # noqa: N802
            QApplication.processEvents()

    app = QApplication([])
    os.environ["FACILITATOR_HOME"] = tempfile.mkdtemp()
    for lang in ("fr", "en"):
        for demo in (False, True):
            i18n.install(lang)
            tmp = Path(tempfile.mkdtemp())
            store = (Store.open(write_demo(tmp / "d.atelier", lang)) if demo
                     else Store.create(tmp / "e.atelier", "x"))
            ctx = SessionContext(store)
            w = MainWindow()
            w.set_session(ctx)
            w.show()
            for line in walk(w, Bot):
                print(lang, "demo" if demo else "empty", line)
            w.close()
            ctx.undo_stack.clear()
            store.close()
    sys.exit(0)
