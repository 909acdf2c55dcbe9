"""The MRC council template makes the session a council meeting ([council] table), a saved
template keeps the council settings, and a bad [council] key is named."""
from __future__ import annotations

import pytest

from facilitator.templates import (TemplateError, apply_template, load_template, parse_template,
                                   save_as_template)


def test_conseil_mrc_template_is_a_council_meeting(store):
    tpl = load_template("conseil-mrc")
    assert tpl.council == {"rule": "double_majority", "prefect_at_large": False,
                           "quorum": "third_members_half_voices"}
    with store.transaction():
        apply_template(store, tpl, "fr")
    c = store.council.settings()
    assert (c.rule, c.prefect, c.prefect_at_large, c.quorum) == (
        "double_majority", None, False, "third_members_half_voices")


def test_other_templates_are_no_council(store):
    with store.transaction():
        apply_template(store, load_template("priorites-mrc"), "fr")
    assert load_template("priorites-mrc").council is None
    assert store.council.settings() is None


def test_saved_template_keeps_the_council_settings(store, tmp_home):
    with store.transaction():
        store.agenda.add("Ouverture", 5)
        store.council.set_settings(rule="simple", prefect_at_large=True, quorum=None)
    save_as_template(store, "Mon conseil")
    assert load_template("mon-conseil").council == {"rule": "simple", "prefect_at_large": True,
                                                    "quorum": None}


@pytest.mark.parametrize("block, key", [
    ('[council]\nrule = "unanimité"\n', "council.rule"),
    ('[council]\nprefect_at_large = "oui"\n', "council.prefect_at_large"),
    ('[council]\nquorum = "moitié"\n', "council.quorum"),
])
def test_a_bad_council_key_is_named(tmp_path, block, key):
    path = tmp_path / "conseil.toml"
    path.write_text('title = "C"\ndescription = "D"\n' + block +
                    '\n[[agenda]]\nminutes = 5\ntitle = "Ouverture"\n', encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        parse_template(path, builtin=False)
    assert f"conseil.toml : {key} :" in err.value.message("fr")
    assert f"conseil.toml: {key}:" in err.value.message("en")
