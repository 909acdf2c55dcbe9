"""The démarche's report (issue 16) on a chain of three sessions built through the command line:
the first imported from an archive, each next one made with `new --after`, filled by exporting
it to JSON, editing the JSON as another program would, and importing it back; then
`facilitator series` in Markdown, PDF (read back with pdftotext) and Word."""
from __future__ import annotations

import json
import subprocess

import docx
import pytest

from tests.cli.test_cli import one_line_error, run

HOSTILE = "R&D <b>gras</b> =HYPERLINK(\"x\") ᐃᓄᒃᑎᑐᑦ 👍"


def first_archive() -> dict:
    people = [{"id": "1", "name": "Alice Côté", "organization": "MRC", "present": True},
              {"id": "2", "name": "Bruno Lévesque", "organization": "Ville de Rimouski",
               "present": True},
              {"id": "3", "name": "Chloé Roy", "organization": "MRC", "present": False},
              {"id": "4", "name": "Denis Ouellet", "organization": HOSTILE, "present": True}]
    ideas = [{"id": str(n), "text": t} for n, t in enumerate(
        ("Logement abordable", "Transport collectif", "Garderies", HOSTILE), 1)]
    votes = [{"item": "1", "participant": None, "dots": 9},
             {"item": "2", "participant": None, "dots": 6},
             {"item": "3", "participant": None, "dots": 2},
             {"item": "4", "participant": None, "dots": 1}]
    return {
        "format": "facilitator-session", "version": 1,
        "session": {"title": "Démarche MRC — priorités", "date": "2026-03-10",
                    "language": "fr", "decision_pattern": "CM-{yyyy}-{nnn}"},
        "participants": people,
        "agenda": [{"id": "1", "title": "Accueil", "planned_minutes": 10, "actual_seconds": 700,
                    "method": "Tour de table"},
                   {"id": "2", "title": "Priorités", "planned_minutes": 40,
                    "actual_seconds": 2500, "method": "Vote par points"},
                   {"id": "3", "title": "Gouvernance partagée", "planned_minutes": 30}],
        "ideas": ideas,
        "rounds": [{"id": "1", "title": "Priorités du territoire", "target": "ideas",
                    "candidates": ["1", "2", "3", "4"], "dots_per_participant": 5,
                    "anonymous": True, "status": "closed", "votes": votes}],
        "actors": [{"id": "1", "name": "MRC", "roles": {
                        "animateur": {"current": 3, "desired": 3},
                        "eclaireur": {"current": 0, "desired": 2}}},
                   {"id": "2", "name": "Table de concertation", "roles": {
                        "facilitateur": {"current": 2, "desired": 2}}}],
        "decisions": [{"id": "1", "number": "CM-2026-001", "text": "d'adopter l'ordre du jour",
                       "outcome": "adopted_unanimously"},
                      {"id": "2", "number": "CM-2026-002", "text": "que la MRC finance l'étude",
                       "outcome": "rejected", "votes_for": 2, "votes_against": 4,
                       "abstentions": 0}],
        "actions": [{"id": "1", "text": "Budget de l'étude", "owner": "Alice",
                     "due": "2026-04-01", "status": "open"},
                    {"id": "2", "text": "Écrire au ministère", "owner": "Bruno",
                     "due": "2026-12-01", "status": "open"},
                    {"id": "3", "text": "Réserver la salle", "owner": "Chloé", "status": "done"}],
    }


def ok(out):
    assert out.returncode == 0, out.stderr
    return out


def refill(tmp_path, name: str, edit) -> str:
    """Export the session to JSON, let `edit` change it, import it as NAME-b.atelier."""
    src = tmp_path / f"{name}.atelier"
    archive = tmp_path / f"{name}.json"
    ok(run("export", src, "--format", "json", "-o", archive))
    data = json.loads(archive.read_text(encoding="utf-8"))
    edit(data)
    archive.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    ok(run("import", archive, "-o", tmp_path / f"{name}-b.atelier"))
    return f"{name}-b.atelier"


def second(data: dict) -> None:
    assert data["session"]["previous"]["title"] == "Démarche MRC — priorités"
    for p in data["participants"]:
        p["present"] = p["name"] != "Bruno Lévesque"
    for a in data["actions"]:
        if a["text"] == "Écrire au ministère":
            a["status"], a["closed_at"] = "done", "2026-06-09T20:15:00"
    data["ideas"] = [{"id": str(n), "text": t} for n, t in enumerate(
        ("Transport collectif", "logement  abordable", "Parc industriel"), 1)]
    data["rounds"] = [{"id": "1", "title": "Second tour", "target": "ideas",
                       "candidates": ["1", "2", "3"], "dots_per_participant": 5,
                       "status": "closed", "votes": [
                           {"item": "1", "participant": None, "dots": 8},
                           {"item": "2", "participant": None, "dots": 5},
                           {"item": "3", "participant": None, "dots": 3}]}]
    data["actors"][0]["roles"]["eclaireur"] = {"current": 2, "desired": 2}
    carried = next(a for a in data["agenda"] if a["title"] == "Gouvernance partagée")
    carried.update(method="vote  par points", actual_seconds=3000)
    data["decisions"].append({"id": "9", "number": "CM-2026-004",
                              "text": "d'adopter le plan de gouvernance", "outcome": "adopted"})


def third(data: dict) -> None:
    assert data["session"]["previous"]["numbering"] == {"year": 2026, "last": 4}
    for p in data["participants"]:
        p["present"] = True
    data["actors"][1]["roles"]["facilitateur"] = {"current": 1, "desired": 2}


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("chain")
    (tmp / "s1.json").write_text(json.dumps(first_archive(), ensure_ascii=False),
                                 encoding="utf-8")
    ok(run("import", tmp / "s1.json", "-o", tmp / "s1.atelier"))
    ok(run("new", tmp / "s2.atelier", "--after", tmp / "s1.atelier", "--date", "2026-06-09"))
    s2 = refill(tmp, "s2", second)
    out = ok(run("new", tmp / "s3.atelier", "--after", tmp / s2, "--date", "2027-01-20"))
    assert "la prochaine sera CM-2027-001" in out.stdout  # a new year restarts
    s3 = refill(tmp, "s3", third)
    return tmp, [tmp / "s1.atelier", tmp / s2, tmp / s3]


def test_markdown_report_across_the_chain(chain):
    tmp, (s1, s2, s3) = chain
    md = tmp / "demarche.md"
    ok(run("series", s3, s1, s2, "--format", "md", "-o", md))  # any order: by date
    text = md.read_text(encoding="utf-8")
    assert "**Rapport de la démarche** · 3 séances, du 10 mars 2026 au 20 janvier 2027" in text
    sessions = text.split("## Actions")[0]
    assert sessions.index("| S1 | Démarche MRC — priorités | 10 mars 2026 |   | s1.atelier |") \
        < sessions.index("| S2 |") < sessions.index("| S3 |")
    assert "| S2 | Démarche MRC — priorités | 9 juin 2026 | S1 |" in sessions
    assert "| S3 | Démarche MRC — priorités | 20 janvier 2027 | S2 |" in sessions
    assert "ne fait pas suite" not in text
    # actions: the overdue one first, with its status at each session
    actions = text.split("## Actions")[1].split("## ")[0]
    rows = [line for line in actions.splitlines() if line.startswith("| ") and "---" not in line]
    assert rows[1].startswith("| **Budget de l'étude** | **Alice** | "
                              "**1er avril 2026 — en retard** | **À faire** | **À faire** | "
                              "**À faire** |")
    assert "| Écrire au ministère | Bruno | 1er décembre 2026 | À faire | Fait le 9 juin 2026 " \
        "| — |" in actions
    assert "| Réserver la salle | Chloé |   | Fait | — | — |" in actions
    # the register: every numbered decision, the numbering continued then restarted in 2027
    register = text.split("## Registre des résolutions")[1].split("## ")[0]
    for number, session in (("CM-2026-001", "S1"), ("CM-2026-002", "S1"),
                            ("CM-2026-003", "S2"), ("CM-2026-004", "S2"),
                            ("CM-2027-001", "S3")):
        assert f"| {number} | {session} |" in register
    assert "Rejetée (pour : 2 ; contre : 4 ; abstentions : 0)" in register.replace(
        "\u00a0", " ").replace("\u202f", " ")
    assert "Adoptée à l'unanimité" in register
    # priorities: matched by their text (case and spaces aside) across sessions
    evolution = text.split("### Évolution")[1].split("## ")[0]
    assert "| Transport collectif | 2 | 1 | — | monte (2 → 1) |" in evolution
    assert "| Logement abordable | 1 | 2 | — | descend (1 → 2) |" in evolution
    assert "| Parc industriel | — | 3 | — | nouvelle |" in evolution
    assert "| Garderies | 3 | — | — | absente du dernier vote |" in evolution
    assert "### S1 — Priorités du territoire" in text and "### S2 — Second tour" in text
    # the role map: current / desired at 2+, the gaps closed and opened
    roles = text.split("## Les rôles au fil des séances")[1].split("## Présences")[0]
    assert "| Éclaireur | 0 / 1 | 1 / 1 | 1 / 1 |" in roles
    assert "| Facilitateur | 1 / 1 | 1 / 1 | 0 / 1 |" in roles
    s1_s2 = roles.split("### De S1 à S2")[1].split("###")[0]
    assert "Écart comblé : Éclaireur — personne au niveau 2 ou plus" in s1_s2
    s2_s3 = roles.split("### De S2 à S3")[1]
    assert "Nouvel écart : Facilitateur — personne au niveau 2 ou plus" in s2_s3
    # attendance, per session and per organization
    attendance = text.split("\n## Présences\n")[1]
    assert "| S1 | 10 mars 2026 | 3 | 4 | 75 % |" in attendance.replace("\u00a0", " ")
    assert "| S2 | 9 juin 2026 | 3 | 4 | 75 % |" in attendance.replace("\u00a0", " ")
    assert "| S3 | 20 janvier 2027 | 4 | 4 | 100 % |" in attendance.replace("\u00a0", " ")
    assert "| MRC | 1 / 2 | 2 / 2 | 2 / 2 |" in attendance
    assert "| Ville de Rimouski | 1 / 1 | 0 / 1 | 1 / 1 |" in attendance
    # planned vs actual time per method, over the items run live
    durations = text.split("## Durées par méthode")[1].replace("\u00a0", " ")
    assert "| Vote par points | 2 | 2 | 35 min | 46 min |" in durations
    assert "| Tour de table | 1 | 1 | 10 min | 12 min |" in durations
    # typed text stays text: no HTML, no link
    assert "<b>" not in text and "R&D \\<b\\>gras\\</b\\>" in text


def test_pdf_report_read_back(chain):
    tmp, files = chain
    pdf = tmp / "demarche.pdf"
    ok(run("series", *files, "--format", "pdf", "-o", pdf, "--paper", "letter"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = " ".join(text.split())
    for words in ("Rapport de la démarche", "Registre des résolutions", "CM-2027-001",
                  "Priorités au fil des séances", "monte (2 → 1)", "descend (1 → 2)",
                  "Écart comblé : Éclaireur — personne au niveau 2 ou plus",
                  "1er avril 2026 — en retard", "Présences par organisation",
                  "R&D <b>gras</b>", "ᐃᓄᒃᑎᑐᑦ", "👍", "Page 1 de"):
        assert words in flat, words
    assert flat.index("Budget de l'étude") < flat.index("Écrire au ministère")


def test_word_report(chain):
    tmp, files = chain
    out = tmp / "demarche.docx"
    ok(run("series", *files, "--format", "docx", "-o", out, "--lang", "en"))
    d = docx.Document(str(out))
    headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:5] == ["Sessions", "Actions", "Resolutions register",
                            "Priorities over time", "S1 — Priorités du territoire"]
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    assert "April 1, 2026 — overdue" in cells and "rises (2 → 1)" in cells
    assert HOSTILE in cells


def test_a_single_file_gives_its_own_report(chain):
    tmp, (s1, _, _) = chain
    md = tmp / "seule.md"
    ok(run("series", s1, "--format", "md", "-o", md))
    text = md.read_text(encoding="utf-8")
    assert "· 1 séance" in text and "| S1 | Démarche MRC — priorités |" in text
    assert "### S1 — Priorités du territoire" in text and "### Écarts" in text
    assert "## Présences" in text and "### Évolution" not in text


def test_files_that_are_not_a_chain_are_ordered_by_date_with_a_note(chain, tmp_path):
    _, (s1, _, s3) = chain
    alone = tmp_path / "autre.atelier"
    ok(run("new", alone, "--title", "Rencontre à part", "--date", "2026-08-01"))
    md = tmp_path / "melange.md"
    ok(run("series", s3, alone, s1, "--format", "md", "-o", md, "--lang", "en"))
    text = md.read_text(encoding="utf-8")
    assert text.index("| S1 | Démarche MRC") < text.index("| S2 | Rencontre à part") \
        < text.index("| S3 | Démarche MRC")
    assert "> “Rencontre à part” does not follow “Démarche MRC — priorités” (no link " \
        "recorded between them)" in text
    assert "follows “Démarche MRC — priorités” (June 9, 2026), which is not in this " \
        "report" in text


def test_series_refusals(chain, tmp_path):
    _, (s1, s2, _) = chain
    out = tmp_path / "r.md"
    out.write_text("le mien")
    exists = run("series", s1, "--format", "md", "-o", out)
    assert exists.returncode == 1 and out.read_text() == "le mien"
    one_line_error(exists)
    twice = run("series", s1, s2, s1, "--format", "md", "-o", tmp_path / "x.md")
    assert twice.returncode == 1 and "même séance" in twice.stderr
    assert not (tmp_path / "x.md").exists()
    over_a_session = run("series", s1, "--format", "md", "-o", s1, "--force")
    assert over_a_session.returncode == 1 and s1.read_bytes()[:6] == b"SQLite"
