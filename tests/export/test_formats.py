"""formats.export: where files go, never replacing a file, progress, the json route, and the
command line running it as a user would."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.errors import FileError
from facilitator.export import formats


@pytest.mark.parametrize("fmt, name", [("pdf", "conseil.pdf"), ("docx", "conseil.docx"),
                                       ("md", "conseil.md"), ("json", "conseil.json"),
                                       ("csv", "conseil-csv")])
def test_default_output_is_beside_the_session(small_store, fmt, name):
    out = formats.export(small_store, fmt)
    assert out == small_store.path.with_name(name)
    assert out.exists()
    leftovers = [p.name for p in out.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md", "csv", "json"])
def test_an_existing_file_is_never_replaced(small_store, tmp_path, fmt):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / f"existing.{fmt}"
    if fmt == "csv":  # a folder holding a file of a name the export writes
        out.mkdir()
        (out / "ideas.csv").write_text("à moi")
    else:
        out.write_text("à moi")
    with pytest.raises(FileError) as err:
        formats.export(small_store, fmt, out)
    assert err.value.key == "exists"
    if fmt == "csv":
        assert [p.name for p in out.iterdir()] == ["ideas.csv"]
        assert (out / "ideas.csv").read_text() == "à moi"
    else:
        assert out.read_text() == "à moi"
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


@pytest.mark.parametrize("fmt", ["md", "csv"])
def test_overwrite_replaces_when_asked(small_store, tmp_path, fmt):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / f"again.{fmt}"
    formats.export(small_store, fmt, out)
    formats.export(small_store, fmt, out, overwrite=True)
    assert out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


def test_the_session_file_itself_is_never_overwritten(small_store):
    with pytest.raises(FileError):
        formats.export(small_store, "md", small_store.path, overwrite=True)
    assert small_store.quick_check()


def test_progress_goes_from_zero_to_one(small_store, tmp_path):
    seen: list[float] = []
    formats.export(small_store, "pdf", tmp_path / "p.pdf", progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)
    assert len(seen) > 3


def test_a_failing_progress_callback_leaves_nothing_behind(small_store, tmp_path):
    def cancel(fraction: float) -> None:
        if fraction > 0.5:
            raise KeyboardInterrupt

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(KeyboardInterrupt):
        formats.export(small_store, "docx", out / "p.docx", progress=cancel)
    assert list(out.iterdir()) == []


def test_include_leaves_sections_out(small_store, tmp_path):
    out = formats.export(small_store, "md", tmp_path / "p.md", include={"decisions"})
    text = out.read_text(encoding="utf-8")
    assert "## Décisions" in text
    assert "## Présences" not in text and "## Votes" not in text
    with pytest.raises(ValueError):
        formats.export(small_store, "md", tmp_path / "q.md", include={"decisons"})


def test_csv_folder_has_only_included_kinds(small_store, tmp_path):
    out = formats.export(small_store, "csv", tmp_path / "c", include={"votes", "actions"})
    assert sorted(p.name for p in out.iterdir()) == ["actions.csv", "votes.csv"]


def test_json_goes_to_the_archive(small_store, tmp_path):
    out = formats.export(small_store, "json", tmp_path / "a.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "facilitator-session"
    assert data["session"]["title"] == "Conseil de la MRC — séance ordinaire"


def test_unknown_format_is_refused(small_store):
    with pytest.raises(ValueError):
        formats.export(small_store, "odt")


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, LANG="fr_CA.UTF-8")
    return subprocess.run([sys.executable, "-m", "facilitator_ui.launch", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60)


def test_command_line_exports_each_format(small_store, tmp_path):
    path = small_store.path
    small_store.close()
    for fmt, name in (("pdf", "conseil.pdf"), ("docx", "conseil.docx"), ("md", "conseil.md"),
                      ("csv", "conseil-csv")):
        done = _cli("export", str(path), "--format", fmt, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == str(path.with_name(name))
        assert path.with_name(name).exists()
    again = _cli("export", str(path), "--format", "pdf", cwd=tmp_path)
    assert again.returncode == 1
    assert "existe déjà" in again.stderr and "Traceback" not in again.stderr
    en = _cli("export", str(path), "--format", "md", "--lang", "en", "-o",
              str(tmp_path / "en.md"), cwd=tmp_path)
    assert en.returncode == 0, en.stderr
    assert "## Decisions" in (tmp_path / "en.md").read_text(encoding="utf-8")


def test_pdf_metadata_carries_the_real_date(tmp_path):
    import datetime as dt
    import shutil

    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    from facilitator.export import formats
    from facilitator.store import Store

    with Store.create(tmp_path / "s.atelier", "Séance « test »") as s:
        out = formats.export(s, "pdf", str(tmp_path / "s.pdf"))
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "Séance « test »" in info
    assert str(dt.date.today().year) in [line for line in info.splitlines()
                                         if line.startswith("CreationDate")][0]
