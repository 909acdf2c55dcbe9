"""A template that is a démarche, through the command line (issue 16): `new --template` makes
its first session, each `new --after --template` the next one, and says which it is."""
from __future__ import annotations

from facilitator.store import Store
from tests.cli.test_cli import run


def test_new_after_template_walks_the_sessions_of_the_demarche(tmp_path):
    first, second, third = (tmp_path / f"{n}.atelier" for n in (1, 2, 3))
    out = run("new", first, "--template", "positionnement-reseau", "--lang", "fr")
    assert out.returncode == 0, out.stderr
    out = run("new", second, "--after", first, "--template", "positionnement-reseau")
    assert out.returncode == 0, out.stderr
    assert "Séance 2 sur 3 de la démarche" in out.stdout
    assert "Réflexion du conseil d'administration" in out.stdout
    out = run("new", third, "--after", second, "--template", "positionnement-reseau",
              lang="en")
    assert out.returncode == 0, out.stderr
    assert "Session 3 of 3 of the process" in out.stdout
    with Store.open(third, read_only=True) as s:
        assert s.session.get().title == "Journée de positionnement stratégique du réseau"
        assert (s.session.get().start_time, s.session.get().end_time) == ("09:00", "15:15")
        items = s.agenda.list()
        assert "Choix des énoncés" in [i.title for i in items]
        assert s.evaluation.items() == [items[-1].id]
        assert s.voting.rounds() == [] and s.demarche.step() == 3
    with Store.open(second, read_only=True) as s:
        assert s.session.get().title == "Réflexion du conseil d'administration"
        assert "Lecture des résultats du sondage" in [i.title for i in s.agenda.list()]
