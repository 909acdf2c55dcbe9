"""A plain `pip install .` carries what the app needs at run time: templates, translations,
fonts; finds them through the one resolver (facilitator_resources.resource_path /
workshops_dir); and its import names are its own: another distribution with top-level `ui`,
`resources` and `workshops` packages neither breaks it nor is overwritten by it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.timeout(300)
def test_installed_package_has_its_assets(tmp_path):
    pytest.importorskip("setuptools")
    src = _copy_source(tmp_path / "src")
    target = tmp_path / "site"
    out = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                          "--no-build-isolation", "--target", str(target), str(src)],
                         capture_output=True, text=True, timeout=280)
    assert out.returncode == 0, out.stderr
    code = (
        "import facilitator.templates as t\n"
        "from facilitator_resources import resource_path, workshops_dir\n"
        "assert str(resource_path('x')).startswith(%r)\n"
        "print(len(list(resource_path('translations','fr').glob('*.ts'))))\n"
        "print(len(list(workshops_dir().glob('*.toml'))))\n"
        "print(len(list(resource_path('fonts').glob('*.ttf'))))\n"
        "print(len(t.list_templates()))\n" % str(target))
    env = dict(os.environ, PYTHONPATH=str(target))
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=tmp_path, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    ts, toml, ttf, templates = map(int, run.stdout.split())
    assert ts >= 10
    assert toml >= 6 and templates >= 6
    assert ttf >= 4


def _copy_source(dest: Path) -> Path:
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split()
    for f in files:
        if (ROOT / f).is_file():
            (dest / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / f, dest / f)
    return dest


def _generic_distribution(dest: Path) -> Path:
    """A throwaway distribution with the generic top-level names a review found colliding."""
    (dest / "pyproject.toml").parent.mkdir(parents=True, exist_ok=True)
    (dest / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools>=68"]\nbuild-backend = "setuptools.build_meta"\n'
        '[project]\nname = "generic-names"\nversion = "1.0"\n'
        '[tool.setuptools]\npackages = ["ui", "resources", "workshops"]\n')
    for name in ("ui", "resources", "workshops"):
        (dest / name).mkdir()
        (dest / name / "__init__.py").write_text(f"OWNER = 'generic-names {name}'\n")
    return dest


@pytest.mark.slow   # builds and installs a wheel twice: about 9 s each
@pytest.mark.timeout(600)
@pytest.mark.parametrize("order", ["ours-first", "generic-first"])
def test_installed_beside_generic_top_level_names(tmp_path, order):
    pytest.importorskip("setuptools")
    ours = _copy_source(tmp_path / "src")
    generic = _generic_distribution(tmp_path / "generic")
    target = tmp_path / "site"
    for src in ((ours, generic) if order == "ours-first" else (generic, ours)):
        out = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                              "--no-build-isolation", "--upgrade", "--target", str(target),
                              str(src)], capture_output=True, text=True, timeout=280)
        assert out.returncode == 0, out.stderr
    # the other distribution's packages are intact: nothing of ours was written over them
    for name in ("ui", "resources", "workshops"):
        assert (target / name / "__init__.py").read_text() == f"OWNER = 'generic-names {name}'\n"
    env = dict(os.environ, PYTHONPATH=str(target), LANG="fr_CA.UTF-8", QT_QPA_PLATFORM="offscreen",
               FACILITATOR_HOME=str(tmp_path / "home"))
    env.pop("LC_ALL", None)

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "facilitator_ui.launch", *map(str, args)],
                              capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)

    where = subprocess.run(
        [sys.executable, "-c", "import facilitator_ui, facilitator, ui; "
         "print(facilitator_ui.__file__); print(facilitator.__file__); print(ui.OWNER)"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert where.returncode == 0, where.stderr
    ours_ui, ours_core, theirs = where.stdout.splitlines()
    assert ours_ui.startswith(str(target)) and ours_core.startswith(str(target))
    assert theirs == "generic-names ui"
    # it lists its templates, makes a session from one and exports the PDF minutes
    listed = cli("templates")
    assert listed.returncode == 0, listed.stderr
    assert "conseil-mrc" in listed.stdout and "tension-partenaires" in listed.stdout
    session = tmp_path / "séance.atelier"
    made = cli("new", session, "--template", "conseil-mrc", "--title", "Séance du conseil")
    assert made.returncode == 0, made.stderr
    pdf = tmp_path / "pv.pdf"
    exported = cli("export", session, "--format", "pdf", "-o", pdf)
    assert exported.returncode == 0, exported.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
    # and the window starts: a session opens in the main window, offscreen, then closes
    start = subprocess.run(
        [sys.executable, "-c",
         "import sys\n"
         "from PySide6.QtCore import QTimer\n"
         "from PySide6.QtWidgets import QApplication\n"
         "app = QApplication([])\n"
         "from facilitator_ui.controller import AppController\n"
         "c = AppController('fr')\n"
         f"assert c.open_path({str(session)!r})\n"
         "c.window.show()\n"
         "print(c.window.windowTitle())\n"
         "QTimer.singleShot(300, app.quit)\n"
         "app.exec()\n"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert start.returncode == 0, start.stderr
    assert "Séance du conseil" in start.stdout
