"""The `facilitator` command, run as a person would: a subprocess, exit codes, one-line errors."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def run(*args, lang="fr", home=None, **kw):
    env = dict(os.environ, LANG=f"{lang}_CA.UTF-8", LC_ALL="", LANGUAGE="",
               QT_QPA_PLATFORM="offscreen")
    env.pop("LC_ALL")
    if home:
        env["FACILITATOR_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "facilitator_ui.launch", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120, **kw)


def one_line_error(out):
    assert out.stderr.strip(), "an error must be said"
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1, out.stderr


def test_new_info_json(tmp_path):
    f = tmp_path / "s.atelier"
    out = run("new", f, "--title", "Séance « test »", "--lang", "fr")
    assert out.returncode == 0, out.stderr
    assert f.exists()
    info = run("info", f, "--json")
    assert info.returncode == 0
    data = json.loads(info.stdout)
    assert data["title"] == "Séance « test »"
    from facilitator.store import SCHEMA_VERSION

    assert data["schema_version"] == SCHEMA_VERSION
    for key in ("participants", "agenda_items", "themes", "ideas", "rounds", "votes", "actors",
                "decisions", "actions"):
        assert data[key] == 0


def test_info_plain_text_in_french_and_english(tmp_path):
    f = tmp_path / "s.atelier"
    run("new", f, "--title", "T")
    assert "Idées : 0" in run("info", f).stdout
    assert "Ideas: 0" in run("info", f, lang="en").stdout


def test_new_refuses_existing_file(tmp_path):
    f = tmp_path / "s.atelier"
    f.write_text("garder")
    out = run("new", f)
    assert out.returncode == 1
    one_line_error(out)
    assert "existe déjà" in out.stderr
    assert f.read_text() == "garder"


def test_templates_lists_names_and_descriptions():
    out = run("templates")
    assert out.returncode == 0
    lines = out.stdout.strip().splitlines()
    names = [line.split("\t")[0] for line in lines]
    for expected in ("priorites-mrc", "conseil-mrc", "tension-partenaires",
                     "strategie-mobilisation", "positionnement-reseau", "atelier-coconstruction"):
        assert expected in names
    assert all("\t" in line and line.split("\t")[1].strip() for line in lines)


def test_new_from_template_has_an_agenda(tmp_path):
    f = tmp_path / "t.atelier"
    out = run("new", f, "--template", "conseil-mrc", "--lang", "fr")
    assert out.returncode == 0, out.stderr
    data = json.loads(run("info", f, "--json").stdout)
    assert data["agenda_items"] >= 5
    bad = run("new", tmp_path / "u.atelier", "--template", "nope")
    assert bad.returncode == 1
    one_line_error(bad)
    assert not (tmp_path / "u.atelier").exists()


def test_export_json_then_import_round_trip(tmp_path):
    f = tmp_path / "demo.atelier"
    assert run("demo", f, "--no-open", home=tmp_path).returncode == 0
    a = tmp_path / "a.json"
    assert run("export", f, "--format", "json", "-o", a).returncode == 0
    g = tmp_path / "g.atelier"
    out = run("import", a, "-o", g)
    assert out.returncode == 0, out.stderr
    b = tmp_path / "b.json"
    assert run("export", g, "--format", "json", "-o", b).returncode == 0
    assert a.read_text("utf-8") == b.read_text("utf-8")
    again = run("import", a, "-o", g)
    assert again.returncode == 1
    one_line_error(again)
    assert run("import", a, "-o", g, "--force").returncode == 0


def test_import_refusal_names_key_and_position(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "facilitator-session", "version": 1,
                               "session": {"title": "x"},
                               "ideas": [{"id": "i1", "text": "a", "theme": "t9"}]}))
    out = run("import", bad, "-o", tmp_path / "x.atelier", lang="en")
    assert out.returncode == 1
    one_line_error(out)
    assert 'ideas[0].theme: no theme with id “t9”' in out.stderr
    assert not (tmp_path / "x.atelier").exists()


def test_demo_is_populated(tmp_path):
    f = tmp_path / "demo.atelier"
    out = run("demo", f, "--no-open", home=tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(run("info", f, "--json").stdout)
    for key in ("participants", "agenda_items", "themes", "ideas", "rounds", "votes", "actors",
                "decisions", "actions"):
        assert data[key] > 0, key
    assert run("check", f).returncode == 0


def test_check_healthy_and_damaged(tmp_path):
    f = tmp_path / "s.atelier"
    run("new", f)
    ok = run("check", f)
    assert ok.returncode == 0 and "sain" in ok.stdout
    pdf = tmp_path / "rapport.atelier"
    pdf.write_bytes(b"%PDF-1.4\n" + b"0" * 2000)
    out = run("check", pdf)
    assert out.returncode == 1
    one_line_error(out)
    assert "rapport.atelier" in out.stderr


@pytest.mark.parametrize("args", [["bogus"], ["info"], ["export", "x.atelier"],
                                  ["export", "x.atelier", "--format", "gif"]])
def test_usage_errors_exit_2(args):
    out = run(*args)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr


def test_missing_file_is_one_line_and_not_created(tmp_path):
    f = tmp_path / "absent.atelier"
    for args in (["info", f], ["check", f], ["export", f, "--format", "json"]):
        out = run(*args)
        assert out.returncode == 1
        one_line_error(out)
        assert "introuvable" in out.stderr
    assert not f.exists()
    out = run("info", f, lang="en")
    assert "File not found" in out.stderr


def test_newer_file_refused_in_english(tmp_path):
    import sqlite3

    f = tmp_path / "future.atelier"
    run("new", f)
    con = sqlite3.connect(f)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    before = f.read_bytes()
    out = run("info", f, lang="en")
    assert out.returncode == 1
    one_line_error(out)
    assert "newer version of Facilitateur" in out.stderr
    assert f.read_bytes() == before


def test_core_command_line_alone_does_not_open_windows(tmp_path):
    """python -m facilitator.cli is the core alone: commands work, windows are refused."""
    env = dict(os.environ, LANG="fr_CA.UTF-8", FACILITATOR_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-m", "facilitator.cli", "open", "x.atelier"],
                         capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 1
    one_line_error(out)
    assert "interface" in out.stderr
    ok = subprocess.run([sys.executable, "-m", "facilitator.cli", "templates"],
                        capture_output=True, text=True, env=env, timeout=60)
    assert ok.returncode == 0 and "conseil-mrc" in ok.stdout


def test_open_without_a_file_opens_the_app_as_the_desktop_entry_does():
    """The desktop entry runs `facilitator open %f`; from the applications menu %f is empty, and
    the app must open (last session or start screen), not fail with a usage error."""
    from facilitator.cli import main

    opened = []
    assert main(["open"], launch=lambda f: opened.append(f) or 0) == 0
    assert opened == [None]
    assert main(["open", "x.atelier"], launch=lambda f: opened.append(f) or 0) == 0
    assert opened == [None, "x.atelier"]


def test_export_guide_handout_and_paper(tmp_path):
    import shutil

    f = tmp_path / "s.atelier"
    assert run("new", f, "--template", "conseil-mrc", "--lang", "fr").returncode == 0
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo missing")

    def size(path):
        return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout

    out = run("export", f, "--format", "pdf")
    assert out.returncode == 0, out.stderr
    assert "612 x 792" in size(tmp_path / "s.pdf")          # fr_CA: Letter
    out = run("export", f, "--format", "pdf", "--paper", "a4", "-o", tmp_path / "a4.pdf")
    assert out.returncode == 0, out.stderr
    assert "(A4)" in size(tmp_path / "a4.pdf")
    for fmt, name in (("guide", "s-guide.pdf"), ("handout", "s-agenda.pdf")):
        out = run("export", f, "--format", fmt, "--paper", "a4")
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == str(tmp_path / name)
        assert "(A4)" in size(tmp_path / name)
    out = run("export", f, "--format", "pdf", "--paper", "b5")
    assert out.returncode == 2 and "b5" in out.stderr
    help_text = run("export", "--help").stdout
    assert "guide" in help_text and "--paper" in help_text


# -- a session that follows another (issue 16) -------------------------------------------------
def _previous_session(tmp_path):
    f = tmp_path / "oct.atelier"
    assert run("new", f, "--template", "conseil-mrc", "--date", "2026-10-15").returncode == 0
    code = ("import sys\nfrom facilitator.store import Store\nfrom facilitator import decisions\n"
            "with Store.open(sys.argv[1]) as s:\n"
            "    with s.transaction():\n"
            "        s.participants.add('Alice Côté', 'MRC', True)\n"
            "        s.decisions.add_action('Écrire au ministère', 'Alice', '2026-11-01')\n"
            "        decisions.add_decision(s, 'Autre', number='CM-2026-10-044')\n")
    subprocess.run([sys.executable, "-c", code, str(f)], check=True, timeout=60)
    return f


def test_new_after_says_what_carries_over(tmp_path):
    prev = _previous_session(tmp_path)
    f = tmp_path / "nov.atelier"
    out = run("new", f, "--after", prev, "--date", "2026-11-12", "--without", "actors")
    assert out.returncode == 0, out.stderr
    assert "à la suite de « Séance ordinaire du conseil de la MRC », 15 octobre 2026" in out.stdout
    assert "+ Les participants (1)" in out.stdout
    assert "− non repris : Les acteurs" in out.stdout
    assert "la prochaine sera CM-2026-11-045" in out.stdout
    info = json.loads(run("info", f, "--json").stdout)
    assert info["participants"] == 1 and info["actions"] == 1 and info["decisions"] == 1
    en = run("new", tmp_path / "dec.atelier", "--after", f, "--lang", "en", lang="en")
    assert en.returncode == 0, en.stderr
    assert "following “Séance ordinaire du conseil de la MRC”, November 12, 2026" in en.stdout


def test_new_after_refusals_are_one_line(tmp_path):
    prev = _previous_session(tmp_path)
    same = run("new", prev, "--after", prev)
    assert same.returncode == 1
    one_line_error(same)
    assert "la nouvelle séance doit être un autre fichier" in same.stderr
    bad = run("new", tmp_path / "x.atelier", "--after", prev, "--without", "acteurs")
    assert bad.returncode == 1 and "« acteurs »" in bad.stderr
    usage = run("new", tmp_path / "x.atelier", "--without", "actors")
    assert usage.returncode == 2
    from facilitator.store import Store

    with Store.open(prev):  # open in this process: the command runs in another one
        held = run("new", tmp_path / "x.atelier", "--after", prev, lang="en")
    assert held.returncode == 1
    one_line_error(held)
    assert "Cannot follow" in held.stderr and "open in another window" in held.stderr
    assert not (tmp_path / "x.atelier").exists()


def test_check_names_what_the_schema_lacks(tmp_path):
    """A file whose pages are sound but whose schema was edited by another tool: `check` names
    the missing trigger and column instead of calling it healthy."""
    import sqlite3

    f = tmp_path / "s.atelier"
    assert run("new", f).returncode == 0
    assert run("check", f).returncode == 0
    conn = sqlite3.connect(f)
    conn.execute("DROP TRIGGER action_closed_at")
    conn.execute("ALTER TABLE participant DROP COLUMN organization")
    conn.commit()
    conn.close()
    out = run("check", f)
    assert out.returncode == 1
    one_line_error(out)
    assert "action_closed_at" in out.stderr and "« organization »" in out.stderr
    out = run("check", f, lang="en")
    assert "column “organization” of table “participant” is missing" in out.stderr


def test_a_reader_that_stops_early_is_no_error(tmp_path):
    """`facilitator info FILE | head -3`: the reader closes the pipe; the command stops quietly
    (no « Erreur inattendue », the exit status of a closed pipe), and the file is untouched."""
    f = tmp_path / "s.atelier"
    assert run("new", f, "--title", "Séance").returncode == 0
    before = f.read_bytes()
    env = dict(os.environ, LANG="fr_CA.UTF-8", QT_QPA_PLATFORM="offscreen")
    env.pop("LC_ALL", None)
    for args in (["info", str(f)], ["templates"], ["--help"]):
        proc = subprocess.Popen([sys.executable, "-m", "facilitator_ui.launch", *args],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        proc.stdout.read(1)          # the reader takes one byte and goes away
        proc.stdout.close()
        err = proc.stderr.read().decode()
        proc.wait(60)
        assert "Erreur" not in err and "Traceback" not in err and "Exception" not in err, err
    assert f.read_bytes() == before
