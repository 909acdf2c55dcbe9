"""A plain `pip install .` carries what the app needs at run time: templates, translations,
fonts; and finds them through the one resolver (resources.resource_path / workshops_dir)."""
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
    src = tmp_path / "src"
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split()
    for f in files:
        if (ROOT / f).is_file():
            (src / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / f, src / f)
    target = tmp_path / "site"
    out = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                          "--no-build-isolation", "--target", str(target), str(src)],
                         capture_output=True, text=True, timeout=280)
    assert out.returncode == 0, out.stderr
    code = (
        "import resources, workshops, facilitator.templates as t\n"
        "from resources import resource_path, workshops_dir\n"
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
