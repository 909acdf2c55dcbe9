"""`facilitator export` never overwrites without being asked (--force), for every format."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from facilitator import cli
from facilitator.store import Store

FORMATS = ["pdf", "docx", "md", "csv", "json"]


@pytest.fixture
def session(tmp_path):
    f = tmp_path / "s.atelier"
    with Store.create(f, "Séance « test »") as s:
        with s.transaction():
            s.ideas.add("Une idée")
            s.participants.add("Ana")
    return f


def run(capsys, *argv):
    """The command in this process: (exit status, stdout, stderr)."""
    try:
        code = cli.main([str(a) for a in argv])
    except SystemExit as exc:  # argparse: usage errors
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_refuses_an_existing_output_unless_force(session, tmp_path, capsys, fmt):
    out = tmp_path / f"existing.{fmt}"
    if fmt == "csv":  # a folder holding a file of the same name as one the export writes
        out.mkdir()
        (out / "ideas.csv").write_text("à moi", encoding="utf-8")
        mine = out / "ideas.csv"
    else:
        out.write_text("à moi", encoding="utf-8")
        mine = out
    code, _, err = run(capsys, "export", session, "--format", fmt, "-o", out)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "--force" in err and "existe déjà" in err
    assert mine.read_text(encoding="utf-8") == "à moi"

    code, stdout, err = run(capsys, "export", session, "--format", fmt, "-o", out, "--force")
    assert code == 0, err
    assert mine.read_text(encoding="utf-8", errors="replace") != "à moi"
    assert str(out) in stdout
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_force_is_known_to_export_and_the_usage_error_is_gone(session, tmp_path, capsys):
    code, _, err = run(capsys, "export", session, "--format", "md", "-o", tmp_path / "new.md",
                       "--force")
    assert code == 0, err
    assert (tmp_path / "new.md").exists()


def test_json_export_onto_the_session_itself_is_refused_even_with_force(session, capsys):
    before = session.read_bytes()
    code, _, err = run(capsys, "export", session, "--format", "json", "-o", session, "--force")
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert session.read_bytes() == before


def test_csv_into_an_existing_empty_folder_is_fine(session, tmp_path, capsys):
    folder = tmp_path / "vide"
    folder.mkdir()
    code, _, err = run(capsys, "export", session, "--format", "csv", "-o", folder)
    assert code == 0, err
    assert "ideas.csv" in {p.name for p in folder.iterdir()}


def test_csv_into_a_folder_of_other_files_keeps_them(session, tmp_path, capsys):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "budget.xlsx").write_bytes(b"pas a moi")
    code, _, err = run(capsys, "export", session, "--format", "csv", "-o", folder)
    assert code == 0, err
    assert (folder / "budget.xlsx").read_bytes() == b"pas a moi"
    assert (folder / "ideas.csv").exists()
    # --force replaces only the export's own files, never the rest of the folder
    code, _, err = run(capsys, "export", session, "--format", "csv", "-o", folder, "--force")
    assert code == 0, err
    assert (folder / "budget.xlsx").read_bytes() == b"pas a moi"
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_csv_refusal_names_the_clashing_file_and_writes_nothing(session, tmp_path, capsys):
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "votes.csv").write_text("à moi", encoding="utf-8")
    code, _, err = run(capsys, "export", session, "--format", "csv", "-o", folder)
    assert code == 1
    assert "votes.csv" in err
    assert sorted(p.name for p in folder.iterdir()) == ["votes.csv"]


def test_refusal_as_a_person_sees_it_in_english(session, tmp_path):
    out = tmp_path / "a.json"
    out.write_text("{}", encoding="utf-8")
    env = dict(os.environ, LANG="en_CA.UTF-8", LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    env.pop("LC_ALL", None)
    done = subprocess.run([sys.executable, "-m", "facilitator.cli", "export", str(session),
                           "--format", "json", "-o", str(out)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip() == f"“{out}” already exists; nothing was overwritten " \
                                  "(use --force to replace it)."
    assert out.read_text(encoding="utf-8") == "{}"


@pytest.mark.parametrize("body,says", [
    ('{"format": "facilitator-session", "version": 1, "session": {"title": "x"}, "n": '
     + "[" * 100_000 + "]" * 100_000 + "}", "niveaux"),
    ('{"format": "facilitator-session", "version": 1, "session": {"title": "x"}, '
     '"decisions": [{"id": "d", "number": "1", "text": "t", "votes_for": 18446744073709551616}]}',
     "decisions[0].votes_for"),
    ('{"format": "facilitator-session", "version": 1, "session": {"title": "x"}, '
     '"ideas": [{"id": "i", "text": "t", "created_at": "\\ud800"}]}', "ideas[0].created_at"),
    ('{"format": "facilitator-session", "version": 1, "session": {"title": "x"}, '
     '"ideas": [{"id": "abc", "text": "a"}, {"id": "1", "text": "b"}], '
     '"rounds": [{"id": "r", "title": "t", "candidates": ["abc", "abc"], '
     '"dots_per_participant": 1}]}', "rounds[0].candidates[1]"),
])
def test_hostile_archives_get_one_catalogue_line(tmp_path, capsys, body, says):
    src = tmp_path / "a.json"
    src.write_text(body, encoding="utf-8")
    code, _, err = run(capsys, "import", src, "-o", tmp_path / "s.atelier")
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert says in err
    for bad in ("Erreur inattendue", "UNIQUE", "sqlite", ".importing"):
        assert bad not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "home"]


def test_a_named_pipe_or_a_folder_as_archive_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    env = dict(os.environ, LANG="fr_CA.UTF-8", LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    env.pop("LC_ALL", None)
    for src, says in ((fifo, "tube nommé"), (tmp_path, "est un dossier")):
        done = subprocess.run([sys.executable, "-m", "facilitator.cli", "import", str(src), "-o",
                               str(tmp_path / "s.atelier")], capture_output=True, text=True,
                              env=env, timeout=30)
        assert done.returncode == 1
        assert len(done.stderr.strip().splitlines()) == 1 and says in done.stderr
    assert not (tmp_path / "s.atelier").exists()
