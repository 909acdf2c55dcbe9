"""The Linux installers are built and run here: the PyInstaller one-folder app and the .deb that
installs it with its desktop entry, icon and the .atelier file type (packaging/build_linux.sh).

Slow (a PyInstaller build is about a minute on this machine); `.ci/run` runs it with the rest."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    pytest.importorskip("PyInstaller", reason="PyInstaller comes with the test extras")
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not on this machine (not Debian)")
    out = tmp_path_factory.mktemp("dist")
    env = dict(os.environ, PYTHON=sys.executable, LANG="C.UTF-8")
    run = subprocess.run(["bash", str(ROOT / "packaging" / "build_linux.sh"), str(out)],
                         capture_output=True, text=True, env=env, timeout=1200)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-4000:]
    app = out / "facilitateur" / "facilitateur"
    debs = list(out.glob("facilitateur_*.deb"))
    assert app.is_file() and os.access(app, os.X_OK)
    assert len(debs) == 1
    return app, debs[0]


def _env(tmp_path: Path) -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", FACILITATOR_HOME=str(tmp_path / "home"),
                LANG="fr_CA.UTF-8", LC_ALL="")


@pytest.mark.timeout(1500)
def test_built_app_runs_the_command_line(built, tmp_path):
    app, _ = built
    from facilitator import __version__

    env = _env(tmp_path)
    version = subprocess.run([str(app), "--version"], capture_output=True, text=True, env=env,
                             timeout=120)
    assert version.returncode == 0 and version.stdout.strip() == f"facilitator {__version__}"

    session = tmp_path / "démo é.atelier"          # a path with accents, as people name files
    demo = subprocess.run([str(app), "demo", str(session), "--no-open"], capture_output=True,
                          text=True, env=env, timeout=180)
    assert demo.returncode == 0, demo.stderr
    assert session.is_file()

    pdf = tmp_path / "procès-verbal.pdf"
    export = subprocess.run([str(app), "export", str(session), "--format", "pdf", "-o", str(pdf)],
                            capture_output=True, text=True, env=env, timeout=300)
    assert export.returncode == 0, export.stderr
    assert pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "procès-verbal" in text.lower()    # the fonts and labels travelled in the build

    templates = subprocess.run([str(app), "templates"], capture_output=True, text=True, env=env,
                               timeout=120)
    assert templates.returncode == 0 and len(templates.stdout.splitlines()) >= 6


@pytest.mark.timeout(1500)
def test_built_app_opens_a_session_window(built, tmp_path):
    """Opening a session under the offscreen platform: the window opens the file (it takes the
    opening snapshot, which only an open session does) and runs until it is stopped."""
    app, _ = built
    env = _env(tmp_path)
    session = tmp_path / "séance.atelier"
    subprocess.run([str(app), "new", str(session), "--title", "Essai"], check=True, env=env,
                   timeout=120, capture_output=True)
    proc = subprocess.Popen([str(app), "open", str(session)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        snapshots = Path(env["FACILITATOR_HOME"]) / "data" / "snapshots"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read().decode(errors="replace")
            if snapshots.is_dir() and any(snapshots.rglob("*.atelier")):
                break
            time.sleep(0.5)
        else:
            pytest.fail("the built app did not open the session within 120 s")
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_deb_installs_the_app_its_desktop_entry_icon_and_file_type(built, tmp_path):
    app, deb = built
    info = subprocess.run(["dpkg-deb", "--field", str(deb), "Package", "Version"],
                          capture_output=True, text=True, check=True).stdout
    from facilitator import __version__

    assert "Package: facilitateur" in info and f"Version: {__version__}" in info
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    desktop = (root / "usr/share/applications/facilitateur.desktop").read_text(encoding="utf-8")
    assert "MimeType=application/x-facilitateur-session;" in desktop
    assert "Exec=facilitator open %f" in desktop
    mime = (root / "usr/share/mime/packages/facilitateur.xml").read_text(encoding="utf-8")
    assert 'type="application/x-facilitateur-session"' in mime and '*.atelier' in mime
    assert (root / "usr/share/icons/hicolor/scalable/apps/facilitateur.svg").is_file()
    link = root / "usr/bin/facilitator"
    assert link.is_symlink() and os.readlink(link) == "/opt/facilitateur/facilitateur"
    installed = root / "opt/facilitateur/facilitateur"
    run = subprocess.run([str(installed), "--version"], capture_output=True, text=True,
                         env=_env(tmp_path), timeout=120)
    assert run.returncode == 0 and __version__ in run.stdout
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate",
                                str(root / "usr/share/applications/facilitateur.desktop")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
