"""A council meeting in the window: the Participants page's council columns and « Conseil »
box with the live quorum; the Décisions page's roll-call grid that computes the outcome by the
rule and explains it, the head counts staying for a show of hands."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.core.test_council_store import VILLAGES, make_council


@pytest.fixture(autouse=True)
def english():
    """The interface runs untranslated (English) in these tests: the core's words too."""
    from facilitator.i18n import set_language

    set_language("en")
    yield
    set_language(None)


def pick(box, data):
    """Choose an item of a combo box as a person does (activated)."""
    index = box.findData(data)
    box.setCurrentIndex(index)
    box.activated.emit(index)


def test_participants_page_council_columns_and_box(window, ctx, qtbot):
    store = ctx.store
    with store.transaction():
        ana = store.participants.add("Ana", present=True)
        store.participants.add("Bob", present=False)
    page = window.show_page("participants")
    from facilitator_ui.models.council_columns import GROUP, MUNICIPALITY, POPULATION, VOICES

    assert page.table.isColumnHidden(VOICES) and not page.table.isColumnHidden(GROUP)
    assert not page.council_box.isChecked()
    page.council_box.setChecked(True)                  # the session becomes a council
    assert store.council.settings().rule == "double_majority"
    assert not page.table.isColumnHidden(VOICES)
    model = page.model
    assert model.headerData(MUNICIPALITY, Qt.Orientation.Horizontal) == "Municipality"
    model.setData(model.index(0, MUNICIPALITY), "Alma")
    model.setData(model.index(0, VOICES), "3")
    model.setData(model.index(0, POPULATION), "30 904")      # spaces as typed in Québec
    model.setData(model.index(0, GROUP), "élus")
    info = store.council.info()[ana]
    assert (info.municipality, info.voices, info.population, info.group) == (
        "Alma", 3, 30904, "élus")
    assert model.data(model.index(0, POPULATION)) == "30\u00a0904"
    assert not model.setData(model.index(1, VOICES), "trois")    # refused, nothing written
    assert store.council.info()[2].voices is None
    assert page.council_box.quorum_label.text() == "Quorum: 1 of 1 member, 3 of 3 voices"
    pick(page.council_box.rule_box, "simple")
    assert store.council.settings().rule == "simple"
    pick(page.council_box.prefect_box, ana)
    assert store.council.settings().prefect == ana
    window.undo_action.trigger()
    assert store.council.settings().prefect is None
    page.council_box.setChecked(False)
    assert store.council.settings() is None
    assert page.table.isColumnHidden(VOICES)


@pytest.fixture
def council_page(window, ctx, qtbot):
    ids = make_council(ctx.store)
    with ctx.store.transaction():
        ctx.store.participants.update(ids["Saint-E"], present=False)
        did = ctx.store.decisions.add("CM-1", "Adopter le budget")
    ctx.changed.emit({"participants", "decisions"})
    page = window.show_page("decisions")
    qtbot.waitUntil(lambda: page.isVisible())
    return page, ids, did


def test_decisions_page_roll_call_computes_the_outcome(council_page, ctx, window):
    page, ids, did = council_page
    store = ctx.store
    assert page.quorum_label.text() == "Quorum: 6 of 7 members, 8 of 9 voices"
    assert page.roll_call.isVisible() and page.roll_call.start_button.isVisible()
    assert page.for_spin.isVisible()                     # a show of hands until a roll call
    page.roll_call.start_button.click()
    votes = store.council.roll_call(did)
    assert votes[ids["Saint-E"]] == "absent" and votes[ids["Maire Ville"]] == "for"
    assert not page.for_spin.isVisible() and not page.outcome_box.isEnabled()
    assert page.roll_call.explanation.text() == "Carried: 8 of 8 voices cast, 100% of the population"
    # the town votes against: majority of voices, not of the population
    pick(page.roll_call.vote_box(ids["Maire Ville"]), "against")
    assert store.decisions.get(did).outcome == "rejected"
    assert page.roll_call.explanation.text() == (
        "Defeated: majority of voices reached, but only 41% of the population")
    assert page.roll_call.quorum_label.text() == "Quorum: 6 of 7 members, 8 of 9 voices"
    # the town declares a conflict: it withdraws and the others carry it
    pick(page.roll_call.vote_box(ids["Maire Ville"]), "conflict")
    assert store.decisions.get(did).outcome == "adopted"
    window.undo_action.trigger()
    assert store.decisions.get(did).outcome == "rejected"
    assert page.roll_call.vote_box(ids["Maire Ville"]).currentData() == "against"
    page.roll_call.stop_button.click()
    assert store.council.roll_call(did) == {}
    assert page.for_spin.isVisible() and page.outcome_box.isEnabled()


def test_tie_offers_the_prefects_casting_vote(council_page, ctx):
    page, ids, did = council_page
    page.roll_call.start_button.click()
    for name, vote in (("Maire Ville", "for"), ("Saint-A", "for"), ("Saint-B", "against"),
                       ("Saint-C", "against"), ("Saint-D", "against"), ("Préfet", "against")):
        pick(page.roll_call.vote_box(ids[name]), vote)
    assert page.roll_call.casting_box.isVisible()
    pick(page.roll_call.casting_box, "for")
    assert ctx.store.council.casting_vote(did) == "for"
    assert ctx.store.decisions.get(did).outcome == "adopted"
    assert page.roll_call.explanation.text().endswith("; the préfet's casting vote")


def test_plain_session_keeps_the_show_of_hands(window, ctx, qtbot):
    with ctx.store.transaction():
        ctx.store.participants.add("Ana", present=True)
        ctx.store.decisions.add("N-1", "x")
    page = window.show_page("decisions")
    qtbot.waitUntil(lambda: page.isVisible())
    assert not page.roll_call.isVisible() and not page.quorum_label.isVisible()
    assert page.for_spin.isVisible()


def test_preview_prints_the_roll_call_as_the_minutes_do(council_page, ctx):
    page, ids, did = council_page
    page.roll_call.start_button.click()
    pick(page.roll_call.vote_box(ids["Maire Ville"]), "conflict")
    text = page.preview.text().replace("\u00a0", " ").replace("\u202f", " ")
    lines = text.split("\n")
    assert lines[0] == "Maire Ville déclare son intérêt et se retire des délibérations."
    assert lines[1].startswith("Il est résolu à la majorité")
    assert lines[2].startswith("Vote nominal : pour : Maire Saint-A (1 voix)")
    assert lines[3] == "Quorum atteint : 5 membres sur 6, 5 voix sur 6."
    assert lines[4] == "Adoptée : 5 voix sur 5 exprimées, 100 % de la population."


def test_council_box_takes_the_council_of_a_previous_session(window, ctx, tmp_path, qtbot):
    from facilitator.store import Store

    previous = tmp_path / "octobre.atelier"
    with Store.create(previous, "Octobre") as old:
        make_council(old)
    page = window.show_page("participants")
    page.council_box.setChecked(True)
    said = []
    page.statusMessage.connect(said.append)
    page.council_box.reuse(str(previous))
    assert len(ctx.store.council.members()) == 7
    assert page.model.rowCount() == 8
    assert said == ["8 members added, 0 completed from octobre.atelier."]
    window.undo_action.trigger()
    assert ctx.store.participants.list() == []


def test_a_number_that_is_not_one_is_said_on_the_status_line(window, ctx):
    from facilitator_ui.models.council_columns import VOICES

    with ctx.store.transaction():
        ctx.store.participants.add("Ana")
    page = window.show_page("participants")
    said = []
    page.statusMessage.connect(said.append)
    assert not page.model.setData(page.model.index(0, VOICES), "trois")
    assert said == ["“trois” is not a whole number: Voices unchanged."]


def test_the_vote_page_breaks_results_down_by_group(ctx, qtbot):
    """Named round: « By group: … » under the results; anonymous round with groups under five
    voters: the breakdown is withheld and the reason said (no one exposed)."""
    from facilitator.ops import voting as ballots
    from facilitator_ui.pages.voting import RESULTS_TAB, VotingPage

    store = ctx.store
    with store.transaction():
        a, b = store.ideas.add("Logement"), store.ideas.add("Transport")
        elus = [store.participants.add(f"Élu {n}", present=True) for n in range(2)]
        partners = [store.participants.add(f"Partenaire {n}", present=True) for n in range(2)]
        for pid in elus:
            store.council.set_member(pid, group="élus")
        for pid in partners:
            store.council.set_member(pid, group="partenaires")
        named = ballots.create_round(store, "Nominatif", "ideas", [a, b], budget=1,
                                     anonymous=False)
        ballots.open_round(store, named)
        for pid in elus:
            ballots.record_ballot(store, named, pid, {a: 1})
        for pid in partners:
            ballots.record_ballot(store, named, pid, {b: 1})
        anon = ballots.create_round(store, "Anonyme", "ideas", [a, b], budget=1)
        ballots.open_round(store, anon)
        for pid in elus + partners:
            ballots.record_ballot(store, anon, pid, {a: 1})
    page = VotingPage(ctx)
    qtbot.addWidget(page)
    page.refresh({"voting"})
    page.tabs.setCurrentIndex(RESULTS_TAB)
    page.select_round(named)
    text = page.groups_note.text()
    assert not page.groups_note.isHidden()
    assert "Logement" in text and "Transport" in text
    page.select_round(anon)
    withheld = page.groups_note.text()
    assert "5" in withheld and "Logement" not in withheld


def test_the_council_stays_while_a_decision_is_taken_by_roll_call(council_page, ctx, window):
    """Turning the council off would leave roll calls without their rule: the box says why
    and stays ticked; back to a show of hands, it can be turned off."""
    page, ids, did = council_page
    said: list[str] = []
    ctx.failed.connect(said.append)
    page.roll_call.start_button.click()
    box = window.show_page("participants").council_box
    box.setChecked(False)
    assert box.isChecked() and ctx.store.council.settings() is not None
    assert said and "CM-1" in said[-1] and "show of hands" in said[-1]
    window.show_page("decisions").roll_call.stop_button.click()
    box.setChecked(False)
    assert ctx.store.council.settings() is None and not box.isChecked()
