"""The core never loads Qt: importing every module of facilitator/ leaves PySide6 out."""
from __future__ import annotations

import pkgutil
import subprocess
import sys

import facilitator


def test_importing_every_core_module_loads_no_qt():
    names = [m.name for m in pkgutil.walk_packages(facilitator.__path__, "facilitator.")]
    assert "facilitator.store.db" in names and "facilitator.cli" in names
    code = (
        "import importlib, sys\n"
        f"for n in {names!r}: importlib.import_module(n)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'qtawesome', 'qtpy', 'ui', 'facilitator_ui'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
