"""Property tests: any text a person can type comes out of Markdown, CSV and Word as typed,
and never turns into markup, a link or a formula."""
from __future__ import annotations

import csv
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from facilitator.export import csv as csv_export
from facilitator.export import docx as docx_export
from facilitator.export import markdown
from facilitator.export.report import build_report
from facilitator.export.text import printable, xml_safe
from facilitator.store import Store, clean_text

from .export_readback import html_text, md_html, squash

#: Typed text: any character, with the ones that matter to Markdown, CSV and XML made common.
SPECIAL = list("<>&[]()!*_`|#-+=@~\\:/.\"'\t\r\n\x00\x07\x1b\u2028\ufeff\ud800") + [
    "http://", "www.", "](", "<a ", "<img ", "&amp;", "1. ", "> ", "ᐃᓄᒃᑎᑐᑦ", "🎉", "עברית"]
typed = st.lists(st.one_of(st.sampled_from(SPECIAL), st.text(min_size=1, max_size=4)),
                 min_size=1, max_size=25).map("".join).filter(lambda t: t.strip())
#: Typed text that a spreadsheet would read as a formula (half the examples).
formula_like = st.one_of(typed, st.builds(
    lambda blanks, first, rest: blanks + first + rest,
    st.sampled_from(["", " ", "  ", "\t", " \u00a0", "\u3000"]),
    st.sampled_from(list("=+-@\t\r＝＋－＠")), typed))


def runs_as_formula(text: str) -> bool:
    """What a spreadsheet runs: = + - @ (or ＝ ＋ － ＠) once leading blanks are trimmed, or a
    leading tab or carriage return."""
    blanks = "[\\s\u200b\u200c\u200d\u2060\ufeff]*"
    return re.match(f"[\t\r]|{blanks}[=+\\-@＝＋－＠]", text) is not None


SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store.create(tmp_path_factory.mktemp("prop") / "p.atelier", "Propriétés") as s:
        with s.transaction():
            s.ideas.add("placeholder")
            s.decisions.add_action("placeholder")
        yield s


def put(store, text: str) -> None:
    """The text as an idea, an action and the session's title."""
    with store.transaction():
        store.conn.execute("UPDATE idea SET text = ?", (clean_text(text),))
        store.conn.execute("UPDATE action SET text = ?", (clean_text(text),))
        store.session.update(title=text)


@SETTINGS
@given(text=typed)
@example(text="<\r1. ")   # a carriage return in a title once split it into a list
def test_markdown_shows_any_text_as_typed_and_nothing_else(store, text):
    put(store, text)
    md = markdown.render(build_report(store, include={"ideas", "actions"}))
    assert "](" not in md
    html = md_html(md)
    assert "<a " not in html and "<img" not in html
    assert html.count("<h1>") == 1       # the title stays one heading, whatever it holds
    item = html.split("<li>", 1)[1].split("</li>", 1)[0]
    assert "<a " not in item and "<img" not in item and "<code>" not in item
    assert "<strong>" not in item and "<em>" not in item
    assert squash(html_text(item)) == squash(printable(clean_text(text)))


@SETTINGS
@given(text=formula_like)
def test_csv_keeps_any_text_and_runs_no_formula(store, tmp_path_factory, text):
    put(store, text)
    folder = tmp_path_factory.mktemp("csv")
    csv_export.write(build_report(store, include={"ideas"}), folder)
    with open(folder / "ideas.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    cell = rows[1][1]
    stored = clean_text(text)
    if runs_as_formula(stored):
        assert cell == "'" + stored
    else:
        assert cell == stored


@SETTINGS
@given(text=typed)
@example(text="<\r\n")   # found by hypothesis: a Windows line end read back as two
def test_docx_keeps_any_text_literally(store, tmp_path_factory, text):
    from docx import Document

    put(store, text)
    out = tmp_path_factory.mktemp("docx") / "p.docx"
    docx_export.write(build_report(store, include={"ideas"}), out)
    doc = Document(str(out))
    bullets = [p.text for p in doc.paragraphs if p.style.name == "List Bullet"]
    expected = xml_safe(clean_text(text)).replace("\r\n", "\n").replace("\r", "\n")
    assert [b.replace("\r", "\n") for b in bullets] == [expected]
    assert doc.core_properties.title == xml_safe(clean_text(text))
