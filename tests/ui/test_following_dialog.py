"""« Nouvelle séance à la suite de… » (issue 16): the File menu and the start screen open it; it
shows each part that will carry over with a checkbox, reads the open session through its own
store, and says why another file cannot be followed."""
from __future__ import annotations

import hashlib

import pytest

from facilitator.store import Store
from tests.core.test_carryover import make_previous


@pytest.fixture
def controller(qtbot, qapp, messages, tmp_path):
    from facilitator_ui.controller import AppController

    c = AppController("fr")
    qtbot.addWidget(c.window)
    c.window.show()
    yield c
    c.close_session()


def dialog_for(controller, previous=None):
    from facilitator.templates import list_templates
    from facilitator_ui.dialogs.following import FollowingDialog

    return FollowingDialog(controller.read_previous, list_templates(), "fr", previous,
                           controller.window)


def test_menu_and_start_screen_offer_it(controller, qtbot, tmp_path, monkeypatch):
    from facilitator_ui.dialogs.following import FollowingDialog

    shown = []
    monkeypatch.setattr(FollowingDialog, "exec",
                        lambda self: shown.append(self.prev_edit.text()) or 0)
    w = controller.window
    w.start.following_button.click()
    assert shown == [""]  # no session open: the previous one is to be chosen
    prev = make_previous(tmp_path / "octobre.atelier")
    assert controller.open_path(prev)
    w.following_action.trigger()
    assert shown[-1] == str(prev)  # the open session is offered as the previous one


def test_follow_the_open_session_leaving_the_actors_out(controller, qtbot, tmp_path):
    prev = make_previous(tmp_path / "octobre.atelier")
    assert controller.open_path(prev)
    before = controller.ctx.store.counts()
    d = dialog_for(controller, str(prev))
    qtbot.addWidget(d)
    assert d.previous is not None and d.create_button.isEnabled()
    assert "Conseil d'octobre" in d.prev_info.text() and "15 octobre 2026" in d.prev_info.text()
    texts = {k: c.text() for k, c in d.checks.items()}
    assert texts["participants"].startswith("Les participants (2)")
    assert texts["actions"].startswith("Les actions ouvertes (2)")
    assert "Transport collectif" in d.details["agenda"].text()
    assert "Alice Côté" in d.details["participants"].text()
    d.date_edit.setDate(d.date_edit.date().fromString("2027-01-14", "yyyy-MM-dd"))
    assert d.checks["numbering"].text().endswith("CM-2027-01-001")  # a new year restarts
    d.date_edit.setDate(d.date_edit.date().fromString("2026-11-12", "yyyy-MM-dd"))
    assert d.checks["numbering"].text().endswith("CM-2026-11-045")
    d.checks["actors"].setChecked(False)
    d.path_edit.setText(str(tmp_path / "novembre.atelier"))
    values = d.values()
    assert "actors" not in values["parts"] and "participants" in values["parts"]
    assert controller.create_following(d.previous, **values)
    store = controller.ctx.store
    assert store.path.name == "novembre.atelier"
    assert len(store.participants.list()) == 2 and store.actors.list() == []
    assert store.series.previous().title == "Conseil d'octobre"
    with Store.open(prev, read_only=True) as p:
        assert p.counts() == before


def test_a_damaged_file_is_said_and_nothing_can_be_created(controller, qtbot, tmp_path):
    bad = tmp_path / "abime.atelier"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 200)
    digest = hashlib.sha256(bad.read_bytes()).hexdigest()
    d = dialog_for(controller, str(bad))
    qtbot.addWidget(d)
    assert d.previous is None and not d.create_button.isEnabled()
    assert "abime.atelier" in d.prev_info.text()
    assert "Impossible de faire suite" in d.prev_info.text() or \
        "n'est pas une séance" in d.prev_info.text()
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == digest


def test_a_template_that_is_a_demarche_offers_its_next_session(controller, qtbot, tmp_path):
    """Issue 16: following a session made from a démarche template, with that template, the
    dialog says which session of the démarche comes next and takes its title."""
    from facilitator.templates import apply_template, load_template

    tpl = load_template("tension-partenaires")
    prev = tmp_path / "prep.atelier"
    with Store.create(prev, "Préparation", template=tpl.name) as s:
        with s.transaction():
            apply_template(s, tpl, "fr")
    d = dialog_for(controller, str(prev))
    qtbot.addWidget(d)
    assert d.template_box.currentData() == "tension-partenaires"
    assert d.step_info.text() == ("Séance 2 sur 3 de la démarche « Dénouer une tension entre "
                                  "partenaires » : Rencontre des partenaires.")
    assert d.title_edit.text() == "Rencontre des partenaires"
    d.template_box.setCurrentIndex(0)            # no template: nothing said, title kept
    assert d.step_info.isHidden() and d.title_edit.text() == "Rencontre des partenaires"


def test_the_previous_session_is_quoted_in_the_dialogs_language(controller, qtbot, tmp_path):
    from facilitator.templates import list_templates
    from facilitator_ui.dialogs.following import FollowingDialog

    prev = make_previous(tmp_path / "octobre.atelier")
    for lang, quoted in (("fr", "« Conseil d'octobre »"), ("en", "“Conseil d'octobre”")):
        d = FollowingDialog(controller.read_previous, list_templates(), lang, str(prev),
                            controller.window)
        qtbot.addWidget(d)
        assert d.prev_info.text().startswith(quoted), d.prev_info.text()
