"""Workshop templates: the built-in ones are complete and bilingual, broken files are refused
with the file and the key named, a template fills a session, a session saves as a template."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from facilitator.agenda import parse_hhmm
from facilitator.errors import FacilitatorError, FileError
from facilitator.templates import (TemplateError, apply_template, builtin_dir, list_templates,
                                   load_template, parse_template, save_as_template)

PROMISED = {"tension-partenaires", "priorites-mrc", "strategie-mobilisation",
            "positionnement-reseau", "atelier-coconstruction", "conseil-mrc"}
TEXT_KEYS = ("title", "objective", "method", "notes", "materials")


def builtin_files() -> list[Path]:
    return sorted(builtin_dir().glob("*.toml"))


def test_the_promised_templates_are_built_in_and_listed_first():
    names = [t.name for t in list_templates()]
    assert PROMISED <= set(names)
    builtin = [t.name for t in list_templates() if t.builtin]
    assert builtin == sorted(builtin) == names[:len(builtin)]


@pytest.mark.parametrize("path", builtin_files(), ids=lambda p: p.stem)
def test_builtin_template_is_complete_in_both_languages(path):
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    assert raw["name"] == path.stem

    def bilingual(value, where):
        assert isinstance(value, dict), f"{where}: give fr and en"
        assert set(value) == {"fr", "en"}, where
        assert value["fr"].strip() and value["en"].strip(), where
        assert value["fr"] != value["en"] or len(value["fr"]) < 12, f"{where}: not translated"

    bilingual(raw["title"], "title")
    bilingual(raw["description"], "description")
    # a single session has 6 to 12 items; a démarche's sessions (issue 16) may be shorter
    assert (3 if raw.get("sessions") else 6) <= len(raw["agenda"]) <= 12
    agendas = [("agenda", raw["agenda"])]
    for n, session in enumerate(raw.get("sessions", []), 1):
        bilingual(session["title"], f"sessions[{n}].title")
        bilingual(session["description"], f"sessions[{n}].description")
        assert 3 <= len(session["agenda"]) <= 12
        agendas.append((f"sessions[{n}].agenda", session["agenda"]))
    for where, agenda in agendas:
        for i, item in enumerate(agenda, 1):
            assert isinstance(item["minutes"], int) and item["minutes"] > 0, f"{where}[{i}]"
            for key in TEXT_KEYS:
                if key in item:
                    bilingual(item[key], f"{where}[{i}].{key}")
            assert "objective" in item or item["minutes"] >= 15, \
                f"{where}[{i}] needs an objective"
    assert raw["prompts"], "idea-capture prompts"
    for i, prompt in enumerate(raw["prompts"], 1):
        bilingual(prompt, f"prompts[{i}]")
    for i, theme in enumerate(raw.get("themes", []), 1):
        bilingual(theme["title"], f"themes[{i}].title")

    tpl = parse_template(path, builtin=True)
    assert tpl.title("fr") == raw["title"]["fr"] and tpl.title("en") == raw["title"]["en"]
    assert tpl.voting["target"] in ("ideas", "themes")
    assert tpl.voting["dots_per_participant"] == "auto" or tpl.voting["dots_per_participant"] >= 1
    # each session's agenda fits its suggested times: not longer, and not much shorter
    for step in tpl.steps:
        span = parse_hhmm(step.end_time) - parse_hhmm(step.start_time)
        assert 0.8 * span <= sum(it.minutes for it in step.items) <= span, step.title("fr")


def test_council_meeting_numbers_its_resolutions_and_follows_the_usual_order():
    tpl = load_template("conseil-mrc")
    assert tpl.decision_pattern == "CM-{yyyy}-{mm}-{nnn}"
    titles = [it.title["fr"] for it in tpl.items]
    expected = ["ordre du jour", "procès-verbal", "Période de questions", "Levée de l'assemblée"]
    positions = [next(i for i, t in enumerate(titles) if word in t) for word in expected]
    assert positions == sorted(positions)


def test_load_by_name_by_path_and_unknown_name():
    by_name = load_template("priorites-mrc")
    by_path = load_template(str(builtin_dir() / "priorites-mrc.toml"))
    assert by_name.items == by_path.items and by_path.builtin
    assert load_template("priorites-mrc.toml").name == "priorites-mrc"
    with pytest.raises(FileError):
        load_template(str(builtin_dir() / "absent.toml"))
    with pytest.raises(FacilitatorError) as err:
        load_template("atelier-inexistant")
    assert err.value.key == "unknown_template"
    assert "atelier-inexistant" in err.value.message("fr")


def _broken(tmp_path, old: str, new: str, name: str = "priorites-mrc.toml") -> Path:
    text = (builtin_dir() / "priorites-mrc.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_a_wrong_type_names_the_file_and_the_key_in_both_languages(tmp_path):
    # the third [[agenda]] block is the territory profile, 30 minutes
    path = _broken(tmp_path, "minutes = 30\ntitle.fr = \"Portrait",
                   "minutes = \"trente\"\ntitle.fr = \"Portrait")
    with pytest.raises(TemplateError) as err:
        parse_template(path, builtin=False)
    assert err.value.message("fr") == (
        "priorites-mrc.toml : agenda[3].minutes : nombre entier attendu (trouvé \"trente\").")
    assert err.value.message("en") == (
        "priorites-mrc.toml: agenda[3].minutes: whole number expected (found \"trente\").")


def test_broken_toml_names_the_file_the_key_and_the_line(tmp_path):
    path = _broken(tmp_path, "minutes = 45", "minutes = ")
    with pytest.raises(TemplateError) as err:
        parse_template(path, builtin=False)
    line = path.read_text(encoding="utf-8").splitlines().index("minutes = ") + 1
    for lang in ("fr", "en"):
        text = err.value.message(lang)
        assert text.startswith("priorites-mrc.toml")
        assert "agenda[4].minutes" in text and str(line) in text


@pytest.mark.parametrize("old, new, key", [
    ('title.fr = "Dîner"\ntitle.en = "Lunch"', "", "agenda[8].title"),
    ('start_time = "08:30"', 'start_time = "8h30"', "start_time"),
    ('max_per_item = 2', 'max_per_item = 0', "voting.max_per_item"),
    ('anonymous = false', 'anonymous = "non"', "voting.anonymous"),
    ('target = "themes"', 'target = "people"', "voting.target"),
    ('decision_pattern = "PT-{yyyy}-{nnn}"', 'decision_pattern = "PT-{annee}-{nnn}"',
     "decision_pattern"),
    ('name = "priorites-mrc"', 'name = "autre-nom"', "name"),
    ('decision_pattern = "PT-{yyyy}-{nnn}"', 'decision_pattern = "PT-{yyyy}"',
     "decision_pattern"),
])
def test_each_kind_of_mistake_is_named(tmp_path, old, new, key):
    path = _broken(tmp_path, old, new)
    with pytest.raises(TemplateError) as err:
        parse_template(path, builtin=False)
    assert f"priorites-mrc.toml : {key} :" in err.value.message("fr")
    assert f"priorites-mrc.toml: {key}:" in err.value.message("en")


def test_plain_text_and_a_single_language_fill_both_languages(tmp_path):
    path = tmp_path / "court.toml"
    path.write_text('title = "Rencontre d\'équipe ᐃᓄᒃᑎᑐᑦ"\ndescription.fr = "Courte"\n'
                    '[[agenda]]\nminutes = 20\ntitle = "Tour de table 🙂"\n', encoding="utf-8")
    tpl = parse_template(path, builtin=False)
    assert tpl.title("en") == tpl.title("fr") == "Rencontre d'équipe ᐃᓄᒃᑎᑐᑦ"
    assert tpl.description("en") == "Courte"
    assert tpl.voting == {"target": "ideas", "dots_per_participant": "auto",
                          "max_per_item": None, "anonymous": True}


def test_a_broken_user_template_is_skipped_in_the_list_but_refused_on_load(tmp_home):
    from facilitator.paths import user_templates_dir

    (user_templates_dir() / "casse.toml").write_text("title = \n", encoding="utf-8")
    errors: list = []
    names = [t.name for t in list_templates(errors=errors)]
    assert "casse" not in names and PROMISED <= set(names)
    assert [e.params["file"] for e in errors] == ["casse.toml"]
    with pytest.raises(TemplateError):
        load_template("casse")


def test_apply_template_fills_agenda_times_themes_and_numbering(store):
    tpl = load_template("strategie-mobilisation")
    with store.transaction():
        apply_template(store, tpl, "en")
    items = store.agenda.list()
    assert [i.title for i in items] == [it.title["en"] for it in tpl.items]
    assert [i.planned_minutes for i in items] == [it.minutes for it in tpl.items]
    assert items[4].method == tpl.items[4].method["en"]
    assert items[4].materials == tpl.items[4].materials["en"]
    session = store.session.get()
    assert (session.start_time, session.end_time) == ("09:00", "15:30")
    assert [t.title for t in store.ideas.themes()] == [t["title"]["en"] for t in tpl.themes]
    assert store.participants.list() == []

    council = load_template("conseil-mrc")
    with store.transaction():
        apply_template(store, council, "fr")
    assert store.session.get().decision_pattern == "CM-{yyyy}-{mm}-{nnn}"
    assert store.agenda.list()[len(tpl.items)].title == council.items[0].title["fr"]


def test_save_as_template_round_trip(store, tmp_home):
    with store.transaction():
        apply_template(store, load_template("conseil-mrc"), "fr")
        first = store.agenda.list()[0]
        store.agenda.update(first.id, title="Ouverture « officielle » 🎉 ᐃᓄᒃᑎᑐᑦ",
                            notes='Ligne 1\nLigne 2 avec "guillemets" et \\ barre')
        store.ideas.add_theme("Suivis", "#123abc")
        store.voting.add_round("Tour", "ideas", [], 4, 1, anonymous=False)
    path = save_as_template(store, "Séance du conseil d'été", title="Conseil d'été")
    assert path == tmp_home / "data" / "templates" / "seance-du-conseil-d-ete.toml"

    tpl = load_template("seance-du-conseil-d-ete")
    assert not tpl.builtin and tpl.title("en") == "Conseil d'été"
    items = store.agenda.list()
    assert [(it.title["fr"], it.title["en"], it.minutes) for it in tpl.items] == \
        [(i.title, i.title, i.planned_minutes) for i in items]
    assert tpl.items[0].notes["en"] == 'Ligne 1\nLigne 2 avec "guillemets" et \\ barre'
    assert tpl.decision_pattern == "CM-{yyyy}-{mm}-{nnn}"
    assert (tpl.start_time, tpl.end_time) == ("19:00", "21:00")
    assert tpl.themes == [{"title": {"fr": "Suivis", "en": "Suivis"}, "color": "#123abc"}]
    assert tpl.voting == {"target": "ideas", "dots_per_participant": 4, "max_per_item": 1,
                          "anonymous": False}
    assert "seance-du-conseil-d-ete" in [t.name for t in list_templates() if not t.builtin]


def test_save_as_template_refuses_to_overwrite(store, tmp_home):
    with store.transaction():
        store.agenda.add("Accueil", 10)
    first = save_as_template(store, "mon-atelier")
    before = first.read_bytes()
    with pytest.raises(FileError) as err:
        save_as_template(store, "Mon atelier")
    assert err.value.key == "exists"
    assert first.read_bytes() == before
    with pytest.raises(FileError):
        save_as_template(store, "priorites-mrc")   # the name of a built-in template
    assert not (tmp_home / "data" / "templates" / "priorites-mrc.toml").exists()
    assert sorted(p.name for p in first.parent.iterdir()) == ["mon-atelier.toml"]
