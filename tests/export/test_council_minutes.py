"""A council's roll-call decision in the minutes (PDF, Word, Markdown; French and English): the
declaration of interest before the resolution, the resolution's wording, who voted how, the
quorum at the decision, and the rule's one-line explanation instead of « Pour : 2 ; contre : 4 »."""
from __future__ import annotations

import pytest
from .export_readback import docx_text, pdf_text

from facilitator.export import formats
from facilitator.export.report import build_report
from tests.core.test_council_store import VILLAGES, make_council


@pytest.fixture
def council(store):
    ids = make_council(store)
    with store.transaction():
        d1 = store.decisions.add("CM-2026-11-001", "Adopter le règlement 2026-04",
                                 ids["Saint-A"], ids["Saint-B"], votes_for=2, votes_against=4)
        store.council.take_roll_call(d1, {ids["Maire Ville"]: "against"} | {
            ids[v]: "for" for v in VILLAGES} | {ids["Préfet"]: "for"})
        d2 = store.decisions.add("CM-2026-11-002", "Octroyer le contrat de déneigement",
                                 ids["Saint-A"], ids["Saint-C"])
        store.council.take_roll_call(d2, {
            ids["Maire Ville"]: "conflict", ids["Saint-A"]: "for", ids["Saint-B"]: "for",
            ids["Saint-C"]: "for", ids["Saint-D"]: "against", ids["Saint-E"]: "abstain"})
        store.decisions.add("CM-2026-11-003", "Adopter l'ordre du jour", ids["Saint-A"],
                            ids["Saint-B"], "adopted", 6, 1, 0)
    return store


EXPECTED = {
    "fr": [
        "Il est proposé par Maire Saint-A, appuyé par Maire Saint-B, que la MRC adopte",
        "Vote nominal : pour : Maire Saint-A (1 voix)",
        "contre : Maire Ville (3 voix).",
        "Quorum atteint : 7 membres sur 7, 9 voix sur 9.",
        "Rejetée : majorité des voix atteinte, mais 45 % de la population seulement.",
        "Maire Ville déclare son intérêt et se retire des délibérations.",
        "Adoptée : 3 voix sur 4 exprimées, 75 % de la population.",
        "abstention : Maire Saint-E (1 voix) ; absents : Préfète Roy.",
        "Quorum atteint : 5 membres sur 6, 5 voix sur 6.",
        "Pour : 6 ; contre : 1 ; abstentions : 0.",
    ],
    "en": [
        "Roll call: for: Maire Saint-A (1 voice)",
        "against: Maire Ville (3 voices).",
        "Quorum: 7 of 7 members, 9 of 9 voices.",
        "Defeated: majority of voices reached, but only 45% of the population.",
        "Maire Ville declares an interest and withdraws from the deliberations.",
        "Carried: 3 of 4 voices cast, 75% of the population.",
        "For: 6; against: 1; abstentions: 0.",
    ],
}


def _squash(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


CONFLICT = {"fr": "Maire Ville déclare son intérêt et se retire des délibérations.",
            "en": "Maire Ville declares an interest and withdraws from the deliberations."}
REJECTED = {"fr": "Rejetée : majorité des voix atteinte, mais 45 % de la population seulement.",
            "en": "Defeated: majority of voices reached, but only 45% of the population."}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_report_rows_of_a_roll_call(council, lang):
    rows = build_report(council, lang, include={"decisions"}).decisions
    assert rows[0].conflicts == []
    assert rows[1].conflicts == [CONFLICT[lang]]
    assert _squash(rows[0].conclusion) == REJECTED[lang]
    # the wrong head count typed before the roll call is gone
    assert rows[0].votes_for is None
    assert "ontre" not in rows[0].body and "gainst" not in rows[0].body
    assert rows[2].roll_call == "" and rows[2].quorum == "" and rows[2].conflicts == []


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_minutes_print_the_roll_call(council, tmp_path, fmt, lang):
    out = formats.export(council, fmt, tmp_path / f"pv.{fmt}", lang=lang)
    if fmt == "pdf":
        text = pdf_text(out)
    elif fmt == "docx":
        text = docx_text(out)
    else:
        text = out.read_text(encoding="utf-8").replace("\\", "").replace("*", "")
    text = _squash(text)
    for line in EXPECTED[lang][1:]:
        assert _squash(line) in text, f"{line!r} missing from the {fmt} minutes"
    # the declaration comes before the resolution it concerns
    assert text.index(_squash(CONFLICT[lang])) < text.index("contrat de déneigement")


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md"])
def test_minutes_print_the_group_breakdown_of_a_named_round(store, tmp_path, fmt):
    from facilitator.ops import voting as ballots

    with store.transaction():
        for group, n, choice in (("élus", 2, 0), ("partenaires", 2, 1)):
            for i in range(n):
                pid = store.participants.add(f"{group} {i}", present=True)
                store.council.set_member(pid, group=group)
        ideas = [store.ideas.add("Logement"), store.ideas.add("Transport")]
        rid = ballots.create_round(store, "Priorités", "ideas", ideas, 1, anonymous=False)
        ballots.open_round(store, rid)
        for pid in (1, 2):
            ballots.record_ballot(store, rid, pid, {ideas[0]: 1})
        for pid in (3, 4):
            ballots.record_ballot(store, rid, pid, {ideas[1]: 1})
        anon = ballots.create_round(store, "Anonyme", "ideas", ideas, 1, anonymous=True)
        ballots.open_round(store, anon)
        ballots.record_ballot(store, anon, 1, {ideas[0]: 1})
    out = formats.export(store, fmt, tmp_path / f"pv.{fmt}", lang="fr")
    if fmt == "pdf":
        text = pdf_text(out)
    elif fmt == "docx":
        text = docx_text(out)
    else:
        text = out.read_text(encoding="utf-8").replace("\\", "")
    text = _squash(text)
    assert "Par groupe : élus : Logement 1er ; partenaires : Transport 1er" in text
    assert ("Répartition par groupe non affichée : le groupe « élus » compte moins de 5 "
            "votants dans ce tour anonyme.") in text


def test_no_group_line_when_nobody_has_a_group(small_store):
    rounds = build_report(small_store, "fr", include={"votes"}).rounds
    assert rounds and all(r.groups == "" for r in rounds)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_spreadsheet_of_decisions_has_the_roll_call(council, tmp_path, lang):
    """decisions.csv carries what the minutes say of a roll call: the declarations of interest,
    who voted how and the quorum, each in its own column."""
    import csv

    folder = formats.export(council, "csv", tmp_path / "tableur", lang=lang)
    with open(folder / "decisions.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";" if lang == "fr" else ","))
    header, first, second, third = rows
    cells = {name: [_squash(r[header.index(name)]) for r in (first, second, third)]
             for name in header}
    roll = {"fr": "Vote nominal", "en": "Roll call"}[lang]
    conflicts = {"fr": "Déclarations d'intérêt", "en": "Declarations of interest"}[lang]
    assert _squash(EXPECTED[lang][1 if lang == "fr" else 0]) in cells[roll][0]
    assert cells[conflicts] == ["", _squash(CONFLICT[lang]), ""]
    assert _squash(EXPECTED[lang][3 if lang == "fr" else 2]) in cells["Quorum"][0]
    assert cells[roll][2] == "" and cells["Quorum"][2] == ""
