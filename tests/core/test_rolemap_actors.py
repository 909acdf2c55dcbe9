"""Actor kinds (known kinds, free text) and new actors from the participants' organizations."""
from __future__ import annotations

from facilitator.rolemap import ACTOR_KINDS, kind_from_text, kind_label, new_actor_names


def test_known_kinds_have_a_label_in_each_language():
    assert [kind_label(k, "fr") for k in ACTOR_KINDS] == [
        "Municipal", "Communautaire", "Institution publique", "Entreprise", "Groupe citoyen",
        "Autre"]
    assert [kind_label(k, "en") for k in ACTOR_KINDS] == [
        "Municipal", "Community", "Public institution", "Business", "Citizen group", "Other"]


def test_free_text_kind_is_shown_as_typed_and_blank_is_empty():
    assert kind_label("MRC « rurale » ᐃᓄᒃᑎᑐᑦ", "fr") == "MRC « rurale » ᐃᓄᒃᑎᑐᑦ"
    assert kind_label(None, "en") == ""


def test_text_becomes_a_known_kind_whatever_the_language_case_or_accents():
    assert kind_from_text("Institution publique") == "public institution"
    assert kind_from_text("  groupe  CITOYEN ") == "citizen group"
    assert kind_from_text("Business") == "business"
    assert kind_from_text("public institution") == "public institution"
    assert kind_from_text("communautaire") == "community"


def test_other_text_is_kept_as_typed_and_blank_is_none():
    assert kind_from_text(" Coopérative 🌱 ") == "Coopérative 🌱"
    assert kind_from_text("   ") is None
    assert kind_from_text(None) is None


def test_new_actor_names_skip_existing_actors_ignoring_case_accents_and_spaces():
    orgs = ["Ville de Lévis", None, "", "  ", "CISSS de Chaudière-Appalaches",
            "ville de levis", "Cisss de  chaudiere-appalaches ", "Table de quartier"]
    assert new_actor_names(orgs, ["VILLE DE LEVIS"]) == [
        "CISSS de Chaudière-Appalaches", "Table de quartier"]


def test_new_actor_names_keep_the_first_spelling_and_the_order():
    assert new_actor_names(["Écoles", "ecoles", "Cégep", "ÉCOLES"], []) == ["Écoles", "Cégep"]
    assert new_actor_names(["A", "B"], ["a", "b"]) == []
