"""Run the repository's folders under their installed import names.

The wheel installs `ui/` as `facilitator_ui`, `resources/` as `facilitator_resources` and
`workshops/` as `facilitator_workshops` (pyproject's `package-dir`), so that no other
distribution's top-level `ui` or `resources` can overwrite or shadow them. Tests run the working
tree, not the installed copy: this finder maps those names onto the folders. The test session
imports it (tests/conftest.py) and puts this folder first on PYTHONPATH, so that the commands the
tests start (`python -m facilitator_ui.launch ...`) run the same code; Python imports a
`sitecustomize` module found on its path at start-up.
"""
from __future__ import annotations

import importlib.abc
import importlib.util
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _names() -> dict[str, str]:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["tool"]["setuptools"]["package-dir"]


class SourceTree(importlib.abc.MetaPathFinder):
    """Finds `facilitator_ui` (and the other mapped names) in the repository's folders."""

    def __init__(self) -> None:
        self.folders = {name: ROOT / folder for name, folder in _names().items()}

    def find_spec(self, name, path=None, target=None):
        folder = self.folders.get(name)
        if folder is None:
            return None   # submodules are found through the package's __path__
        return importlib.util.spec_from_file_location(
            name, folder / "__init__.py", submodule_search_locations=[str(folder)])


def install() -> None:
    if not any(isinstance(f, SourceTree) for f in sys.meta_path):
        sys.meta_path.insert(0, SourceTree())
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


install()
