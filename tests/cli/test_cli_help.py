"""`facilitator --help` and usage errors in the user's language: argparse's own words
(usage, options, required arguments) come from the core catalogue too."""
from __future__ import annotations

from .test_cli import run


def test_help_in_french():
    out = run("--help", lang="fr")
    assert out.returncode == 0
    text = out.stdout.replace("\u00a0", " ")
    assert text.startswith("utilisation : facilitator")
    assert "afficher ce message d'aide et quitter" in text
    assert "afficher le numéro de version et quitter" in text
    assert "commandes :" in text and "options :" in text
    assert "exporter une séance" in text
    for english in ("usage:", "show this help", "positional arguments", "options:"):
        assert english not in text, english


def test_subcommand_help_in_french_names_its_arguments():
    text = run("export", "--help", lang="fr").stdout.replace("\u00a0", " ")
    assert text.startswith("utilisation : facilitator export")
    assert "FICHIER" in text and "format du fichier écrit" in text
    assert "arguments positionnels :" in text


def test_help_in_english():
    out = run("--help", lang="en")
    assert out.returncode == 0
    assert out.stdout.startswith("usage: facilitator")
    assert "show this help message and exit" in out.stdout
    assert "commands:" in out.stdout and "export a session" in out.stdout
    assert "utilisation" not in out.stdout


def test_usage_errors_in_french():
    out = run("export", lang="fr")
    assert out.returncode == 2
    assert "les arguments suivants sont requis : FICHIER, --format" in out.stderr
    out = run("export", "x.atelier", "--format", "odt", lang="fr")
    assert out.returncode == 2
    assert "choix invalide" in out.stderr and "Traceback" not in out.stderr


def test_a_usage_error_found_after_reading_the_arguments_is_all_in_french(tmp_path):
    """`new --date` is checked once argparse has read the arguments: its usage line was printed
    in English (« usage: facilitator … ») above the French sentence."""
    out = run("new", "--date", "2026-13-40", str(tmp_path / "s.atelier"), lang="fr")
    assert out.returncode == 2
    err = out.stderr.replace("\u00a0", " ")
    assert err.startswith("utilisation : facilitator"), err
    assert "date invalide : 2026-13-40 (AAAA-MM-JJ)" in err and "usage:" not in err
    out = run("new", "--without", "actors", str(tmp_path / "t.atelier"), lang="fr")
    err = out.stderr.replace("\u00a0", " ")
    assert out.returncode == 2 and err.startswith("utilisation : facilitator"), err
    assert "--without va avec --after" in err
    assert not (tmp_path / "s.atelier").exists() and not (tmp_path / "t.atelier").exists()
