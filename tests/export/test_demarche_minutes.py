"""Issue 16 in the minutes: the role map of each priority with its gaps, and the session's
evaluation (scores, what to keep, what to change), in every format and both languages."""
from __future__ import annotations

import pytest
from .export_readback import docx_text, pdf_text

from facilitator.export import formats
from facilitator.export.report import build_report


def _fill(store):
    with store.transaction():
        cdc = store.actors.add("CDC des Etchemins")
        ville = store.actors.add("Ville de Lac-Etchemin")
        housing = store.ideas.add_theme("Logement abordable")
        store.ideas.add_theme("Transport")            # no map: not in the minutes
        store.priority_roles.set_level("themes", housing, cdc, "facilitateur", 3, 3)
        store.priority_roles.set_level("themes", housing, ville, "facilitateur", 3, 2)
        store.priority_roles.set_level("themes", housing, ville, "eclaireur", 0, 2)
        item = store.agenda.add("Évaluation de la rencontre", 10)
        store.evaluation.set_item(item, True)
        store.evaluation.set_rating(4, 6)
        store.evaluation.set_rating(5, 2)
        store.evaluation.set_rating(2, 1)
        store.evaluation.add_note("keep", "Les tours de parole courts")
        store.evaluation.add_note("change", "Envoyer les documents 5 jours avant")


def test_report_carries_the_priorities_and_the_evaluation(small_store):
    _fill(small_store)
    r = build_report(small_store, lang="fr")
    [p] = r.roles.priorities
    assert p.title == "Logement abordable"
    assert "Pour « Logement abordable » : personne n'est Éclaireur." in p.gaps
    assert any("plusieurs acteurs le mènent (CDC des Etchemins et Ville de Lac-Etchemin)"
               in g for g in p.gaps)
    assert p.holders == ["CDC des Etchemins\u00a0: Facilitateur 3 → 3",
                         "Ville de Lac-Etchemin\u00a0: Éclaireur 0 → 2, Facilitateur 3 → 2"]
    ev = r.agenda.evaluation
    assert ev.summary == "Note moyenne : 4,0 sur 5 (9 personnes)."
    assert ev.distribution == "5\u00a0: 2 · 4\u00a0: 6 · 2\u00a0: 1"
    assert ev.keep == ["Les tours de parole courts"]
    assert ev.change == ["Envoyer les documents 5 jours avant"]
    assert build_report(small_store, lang="en").agenda.evaluation.summary == \
        "Average score: 4.0 out of 5 (9 people)."


def test_without_a_map_or_an_evaluation_nothing_is_added(small_store):
    r = build_report(small_store, lang="fr")
    assert r.roles.priorities == [] and r.agenda.evaluation is None


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
def test_every_format_writes_them(small_store, tmp_path, fmt):
    _fill(small_store)
    for lang, words in (("fr", ("Rôles par priorité", "Logement abordable",
                                "personne n'est Éclaireur", "Évaluation de la séance",
                                "Note moyenne : 4,0 sur 5 (9 personnes).", "À garder",
                                "Les tours de parole courts", "À changer",
                                "Envoyer les documents 5 jours avant")),
                        ("en", ("Roles per priority", "nobody is Scout",
                                "Session evaluation", "Average score: 4.0 out of 5 (9 people).",
                                "To keep", "To change"))):
        out = formats.export(small_store, fmt, tmp_path / f"pv-{lang}.{fmt}", lang=lang)
        text = (out.read_text(encoding="utf-8") if fmt == "md"
                else docx_text(out) if fmt == "docx" else pdf_text(out))
        flat = " ".join(text.replace("\u00a0", " ").replace("\\", "").split())
        for w in words:
            assert w in flat, (lang, fmt, w)


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
def test_hostile_priority_titles_and_notes_survive(small_store, tmp_path, fmt):
    hostile = "R&D <b>gras</b> *x* [l](http://e) ᐃᓄᒃᑎᑐᑦ"
    with small_store.transaction():
        cdc = small_store.actors.add("CDC")
        theme = small_store.ideas.add_theme(hostile)
        small_store.priority_roles.set_level("themes", theme, cdc, "eclaireur", 0, 2)
        small_store.evaluation.add_note("keep", hostile)
    out = formats.export(small_store, fmt, tmp_path / f"pv.{fmt}", lang="fr")
    if fmt == "md":
        from .export_readback import html_text, md_html

        text = html_text(md_html(out.read_text(encoding="utf-8")))
    else:
        text = docx_text(out) if fmt == "docx" else pdf_text(out)
    flat = " ".join(text.replace("\u00a0", " ").split())
    assert "Pour « R&D <b>gras</b> *x* [l](http://e) ᐃᓄᒃᑎᑐᑦ » : personne n'est Éclaireur." \
        in flat, fmt
    assert flat.count("R&D <b>gras</b> *x* [l](http://e)") >= 3, fmt   # + its heading, + keep
