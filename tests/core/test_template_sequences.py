"""Templates that are démarches (issue 16): a template can hold a sequence of sessions, each
with its agenda, made one after another « à la suite de… »; an agenda item can be the session's
evaluation."""
from __future__ import annotations

from pathlib import Path

import pytest

from facilitator import carryover
from facilitator.store import Store
from facilitator.templates import TemplateError, apply_template, parse_template

SEQUENCE = '''
name = "demarche-test"
title.fr = "Démarche en trois temps"
title.en = "Three-step process"
description.fr = "Sondage, réflexion, journée."
description.en = "Survey, reflection, day."

[[agenda]]
minutes = 30
title.fr = "Questions du sondage"
title.en = "Survey questions"

[[sessions]]
title.fr = "Réflexion du conseil"
title.en = "Board reflection"
description.fr = "Le conseil lit les résultats."
description.en = "The board reads the results."

[[sessions.agenda]]
minutes = 45
title.fr = "Lecture des résultats"
title.en = "Reading the results"

[[sessions]]
title.fr = "Journée de positionnement"
title.en = "Positioning day"

[[sessions.agenda]]
minutes = 60
title.fr = "Choix du positionnement"
title.en = "Choosing the positioning"

[[sessions.agenda]]
minutes = 10
kind = "evaluation"
title.fr = "Évaluation de la journée"
title.en = "Evaluation of the day"
'''


def _tpl(tmp_path: Path, text: str = SEQUENCE):
    path = tmp_path / "demarche-test.toml"
    path.write_text(text, encoding="utf-8")
    return parse_template(path, builtin=False)


def test_a_template_holds_a_sequence_of_sessions(tmp_path):
    tpl = _tpl(tmp_path)
    assert len(tpl.steps) == 3
    assert [s.title("fr") for s in tpl.steps] == [
        "Démarche en trois temps", "Réflexion du conseil", "Journée de positionnement"]
    assert [it.text("title", "en") for it in tpl.steps[2].items] == [
        "Choosing the positioning", "Evaluation of the day"]
    assert tpl.steps[2].items[1].kind == "evaluation"
    assert tpl.total_minutes() == 30        # the first session's own agenda


@pytest.mark.parametrize("bad, where", [
    (SEQUENCE.replace('[[sessions.agenda]]\nminutes = 45', '[[nothing]]\nminutes = 45'),
     "sessions[1].agenda"),
    (SEQUENCE.replace('kind = "evaluation"', 'kind = "vote"'), "sessions[2].agenda[2].kind"),
    (SEQUENCE.replace('title.fr = "Journée de positionnement"\ntitle.en = "Positioning day"',
                      ''), "sessions[2].title"),
])
def test_a_broken_sequence_is_refused_naming_the_key(tmp_path, bad, where):
    with pytest.raises(TemplateError) as err:
        _tpl(tmp_path, bad)
    assert where in err.value.message("fr") and where in err.value.message("en")


def test_each_step_fills_its_own_agenda_and_is_remembered(tmp_path):
    tpl = _tpl(tmp_path)
    with Store.create(tmp_path / "s3.atelier", "x", template=tpl.name) as store:
        with store.transaction():
            apply_template(store, tpl, "fr", step=3)
        assert [i.title for i in store.agenda.list()] == ["Choix du positionnement",
                                                         "Évaluation de la journée"]
        assert store.demarche.step() == 3
        assert store.evaluation.items() == [store.agenda.list()[1].id]


def test_following_with_the_template_takes_its_next_session(tmp_path, monkeypatch):
    tpl = _tpl(tmp_path)
    monkeypatch.setattr("facilitator.templates.load_template", lambda name: tpl)
    first = tmp_path / "1.atelier"
    with Store.create(first, "Sondage", template=tpl.name) as store:
        with store.transaction():
            apply_template(store, tpl, "fr")
    assert carryover.template_step(carryover.load_previous(first), tpl) == 2
    second = carryover.create_following(tmp_path / "2.atelier", carryover.load_previous(first),
                                        template=tpl.name)
    with Store.open(second) as s:
        assert s.session.get().title == "Réflexion du conseil"
        assert [i.title for i in s.agenda.list()][-1] == "Lecture des résultats"
        assert s.demarche.step() == 2
    third = carryover.create_following(tmp_path / "3.atelier", carryover.load_previous(second),
                                       template=tpl.name)
    with Store.open(third) as s:
        assert s.session.get().title == "Journée de positionnement"
        assert "Choix du positionnement" in [i.title for i in s.agenda.list()]
        assert s.demarche.step() == 3
    # after the last session, or after a session of another template: the first one again
    assert carryover.template_step(carryover.load_previous(third), tpl) == 1
    other = tmp_path / "o.atelier"
    Store.create(other, "Autre").close()
    assert carryover.template_step(carryover.load_previous(other), tpl) == 1


def test_a_saved_template_keeps_its_evaluation_item(tmp_path, monkeypatch):
    from facilitator.templates import load_template, save_as_template

    monkeypatch.setenv("FACILITATOR_HOME", str(tmp_path / "home"))
    with Store.create(tmp_path / "s.atelier", "x") as store:
        with store.transaction():
            store.agenda.add("Accueil", 10)
            item = store.agenda.add("Bilan", 10)
            store.evaluation.set_item(item, True)
        save_as_template(store, "avec-bilan")
    assert [it.kind for it in load_template("avec-bilan").items] == [None, "evaluation"]


def test_a_demarche_lists_its_sessions(tmp_path):
    from facilitator.templates import load_template, sessions_summary

    assert sessions_summary(_tpl(tmp_path), "fr") == (
        "3 séances : 1. Démarche en trois temps · 2. Réflexion du conseil · "
        "3. Journée de positionnement")
    assert sessions_summary(load_template("tension-partenaires"), "en").startswith(
        "3 sessions: 1. Preparation with the advisor · 2. Partners' meeting")
    assert sessions_summary(load_template("conseil-mrc"), "fr") == ""
