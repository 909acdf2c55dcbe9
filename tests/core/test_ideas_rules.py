"""Rules of the idea wall: likely duplicates, merged text, filters, colours, import from files,
and the store's merge of ideas and themes (what is kept, what moves, what undo brings back)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.ideas import (ANY, PALETTE, UNTHEMED_COLOR, DuplicateIndex, IdeaFilter, INK,
                               haystack,
                               contrast, duplicate_key, filter_ideas, find_author,
                               find_duplicates, group_by_theme, guess_idea_column,
                               ideas_from_table, merged_text, merged_texts, next_color,
                               note_color, plan_import, read_source, source_from_text,
                               theme_colors)
from facilitator.model import Idea, Participant, Theme


def idea(i, text, theme=None, author=None, item=None):
    return Idea(i, text, theme, item, author, "2026-05-01T09:00:00-04:00")


# -- duplicates -----------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Plus de pistes cyclables", "plus de PISTES cyclables !"),
    ("Élargir l'accès au transport", "elargir l acces au  transport"),
    ("Réduire les délais,\nvite", "réduire les délais — vite."),
    ("ᐃᓄᒃᑎᑐᑦ ᐊᑐᕐᓗᒋᑦ", "ᐃᓄᒃᑎᑐᑦ   ᐊᑐᕐᓗᒋᑦ!"),
])
def test_same_words_are_duplicates(a, b):
    assert duplicate_key(a) == duplicate_key(b)


@pytest.mark.parametrize("a, b", [
    ("Plus de pistes cyclables", "Moins de pistes cyclables"),
    ("pistes cyclables", "cyclables pistes"),
    ("côte", "coté est"),
])
def test_different_words_are_not(a, b):
    assert duplicate_key(a) != duplicate_key(b)


def test_emoji_only_ideas_compare_on_their_signs():
    assert duplicate_key("🚲 🚲") == duplicate_key("🚲  🚲")
    assert duplicate_key("🚲") != duplicate_key("🚌")


def test_find_duplicates_and_index_agree():
    ideas = [idea(1, "Plus de pistes cyclables"), idea(2, "Un marché public"),
             idea(3, "plus de pistes  CYCLABLES")]
    assert [i.id for i in find_duplicates("Plus de pistes cyclables!", ideas)] == [1, 3]
    index = DuplicateIndex(ideas)
    assert index.matches("Plus de pistes cyclables!") == [1, 3]
    assert index.others(1) == [3]
    assert index.others(2) == []
    index.remove(3)
    assert index.others(1) == []
    index.add(2, "plus de pistes cyclables")   # its text was edited
    assert index.others(1) == [2]
    assert index.matches("") == []


# -- merging --------------------------------------------------------------------------------

def test_merged_text_keeps_both_texts_exactly():
    a = "Plus de pistes cyclables « sécuritaires »"
    b = "plus de pistes cyclables 🚲\nsurtout l'hiver"
    m = merged_text(a, b)
    assert a in m and b in m and m.index(a) < m.index(b)


def test_merged_text_repeats_nothing():
    assert merged_text("Même texte", "Même texte") == "Même texte"
    ab = merged_text("A", "B")
    assert merged_text(ab, "B") == ab
    assert merged_text("B", ab) == ab
    assert merged_texts(["A", "B", "A", "C"]) == merged_text(merged_text("A", "B"), "C")


@given(st.text(min_size=1), st.text(min_size=1))
def test_merged_text_never_loses_a_text(a, b):
    m = merged_text(a, b)
    assert a in m and b in m


# -- filters --------------------------------------------------------------------------------

IDEAS = [idea(1, "Pistes cyclables en hiver", theme=10, author=100, item=7),
         idea(2, "Un marché public l'été", theme=None, author=None, item=7),
         idea(3, "Déneigement des trottoirs", theme=10, author=101, item=None),
         idea(4, "ᐃᓄᒃᑎᑐᑦ partout", theme=11, author=100, item=None)]
NAMES = {100: "Élise Côté", 101: "Jean Tremblay"}


@pytest.mark.parametrize("flt, expected", [
    (IdeaFilter(), [1, 2, 3, 4]),
    (IdeaFilter(text="HIVER"), [1]),
    (IdeaFilter(text="marche ete"), [2]),            # accents and case ignored, all words
    (IdeaFilter(text="deneigement trottoirs"), [3]),
    (IdeaFilter(text="ᐃᓄᒃᑎᑐᑦ"), [4]),
    (IdeaFilter(text="elise"), [1, 4]),               # the author's name is searched too
    (IdeaFilter(theme_id=10), [1, 3]),
    (IdeaFilter(theme_id=None), [2]),
    (IdeaFilter(author_id=100), [1, 4]),
    (IdeaFilter(author_id=None), [2]),
    (IdeaFilter(agenda_item_id=7), [1, 2]),
    (IdeaFilter(agenda_item_id=None), [3, 4]),
    (IdeaFilter(text="pistes", theme_id=10, author_id=100, agenda_item_id=7), [1]),
    (IdeaFilter(text="pistes", theme_id=11), []),
])
def test_filter(flt, expected):
    assert [i.id for i in filter_ideas(IDEAS, flt, NAMES)] == expected


def test_filter_activity():
    assert not IdeaFilter().active
    assert not IdeaFilter(text="   ").active
    assert IdeaFilter(theme_id=None).active
    assert IdeaFilter(text="x").active
    assert IdeaFilter(author_id=ANY, agenda_item_id=3).active


def test_group_by_theme_keeps_every_theme_and_order():
    themes = [Theme(11, "B", None, 0), Theme(10, "A", None, 1), Theme(12, "vide", None, 2)]
    groups = group_by_theme(IDEAS, themes)
    assert list(groups) == [None, 11, 10, 12]
    assert [i.id for i in groups[10]] == [1, 3]
    assert groups[12] == []
    assert [i.id for i in groups[None]] == [2]


def test_find_author_ignores_case_accents_and_spacing():
    people = [Participant(1, "Élise Côté"), Participant(2, "Jean Tremblay")]
    assert find_author("elise  cote", people).id == 1
    assert find_author("Jean", people) is None
    assert find_author("  ", people) is None


# -- colours --------------------------------------------------------------------------------

def test_palette_reads_well_with_dark_ink():
    assert len({h for h, _fr, _en in PALETTE}) == len(PALETTE) >= 10
    for h, fr, en in PALETTE:
        assert contrast(h, INK) >= 7, (h, fr)
        assert fr and en


def test_next_color_takes_unused_then_least_used():
    assert next_color([]) == PALETTE[0][0]
    assert next_color([PALETTE[0][0].upper()]) == PALETTE[1][0]
    all_once = [h for h, _fr, _en in PALETTE]
    assert next_color(all_once + [PALETTE[0][0]]) == PALETTE[1][0]


@pytest.mark.parametrize("color", ["#3d85c6", "#000000", "#9c6ade", "#e07a5f", "#ffe66d"])
def test_note_color_is_always_readable(color):
    assert contrast(note_color(color), INK) >= 9


def test_note_color_of_nothing_is_the_plain_note():
    assert note_color(None) == UNTHEMED_COLOR
    assert note_color("not a colour") == UNTHEMED_COLOR


def test_theme_colors_give_every_theme_a_distinct_colour():
    themes = [Theme(1, "A", "#3d85c6"), Theme(2, "B", None), Theme(3, "C", None),
              Theme(4, "D", PALETTE[0][0])]
    colors = theme_colors(themes)
    assert colors[1] == "#3d85c6"
    assert colors[2] not in (colors[1], colors[4]) and colors[3] not in (colors[2], colors[4])


# -- import ---------------------------------------------------------------------------------

def test_text_file_one_idea_a_line(tmp_path):
    path = tmp_path / "idees.txt"
    path.write_text("Plus de pistes, et de trottoirs\n\n  Un marché « public »  \n🚲 ᐃᓄᒃᑎᑐᑦ\n",
                    encoding="utf-8")
    source = read_source(path)
    assert source.lines == ["Plus de pistes, et de trottoirs", "Un marché « public »",
                            "🚲 ᐃᓄᒃᑎᑐᑦ"]
    assert not source.looks_tabular


def test_survey_csv_column_guessed_and_multiline_answers_kept(tmp_path):
    path = tmp_path / "sondage.csv"
    path.write_bytes(
        "Horodateur;Municipalité;Votre idée\r\n"
        "2026-05-01;Saint-Côme;\"Plus de pistes\r\nsurtout l'été\"\r\n"
        "2026-05-02;Rawdon;Un marché public\r\n"
        "2026-05-03;Rawdon;\r\n".encode("cp1252"))
    source = read_source(path)
    assert source.looks_tabular
    col = guess_idea_column(source.table)
    assert col == 2
    assert ideas_from_table(source.table, col) == ["Plus de pistes\nsurtout l'été",
                                                   "Un marché public"]


def test_column_without_a_known_name_is_the_longest_text():
    source = source_from_text("id,note\n1,Une longue réponse au sondage\n2,Une autre réponse\n")
    assert guess_idea_column(source.table) == 1


def test_plan_import_marks_duplicates_of_the_wall_and_of_the_file():
    index = DuplicateIndex([idea(5, "Plus de pistes cyclables")])
    rows = plan_import(["plus de pistes cyclables!", "Un marché", "un MARCHÉ", "Autre"], index)
    assert [r.duplicate_of for r in rows] == [5, None, -2, None]
    assert [r.text for r in rows] == ["plus de pistes cyclables!", "Un marché", "un MARCHÉ",
                                      "Autre"]


# -- the store: merge of ideas, themes ------------------------------------------------------

def test_store_merge_ideas_keeps_texts_and_moves_links(store):
    s = store
    with s.transaction():
        t = s.ideas.add_theme("Mobilité")
        who = s.participants.add("Élise Côté")
        a = s.ideas.add("Plus de pistes cyclables", None, None, None)
        b = s.ideas.add("plus de pistes cyclables 🚲", t, None, who)
    result, inverse = s.recorded(
        lambda: s.ideas.merge(a, [b], merged_text("Plus de pistes cyclables",
                                                  "plus de pistes cyclables 🚲")))
    kept = s.ideas.get(a)
    assert s.ideas.get(b) is None
    assert kept.text == "Plus de pistes cyclables\n\nplus de pistes cyclables 🚲"
    assert kept.theme_id == t and kept.author_id == who   # taken from the other, it had none
    s.replay(inverse)
    assert s.ideas.get(b).text == "plus de pistes cyclables 🚲"
    assert s.ideas.get(a).text == "Plus de pistes cyclables" and s.ideas.get(a).theme_id is None


def test_store_merge_moves_votes_and_candidacies(store):
    s = store
    with s.transaction():
        a = s.ideas.add("A")
        b = s.ideas.add("B")
        c = s.ideas.add("C")
        r = s.voting.add_round("Tour 1", "ideas", [a, b, c], 3)
        s.voting.add_vote(r, b, None, 2)
        s.ideas.merge(a, [b], "A\n\nB")
    assert sorted(s.voting.round(r).candidates) == sorted([a, c])
    assert [(v.item_id, v.dots) for v in s.voting.votes(r)] == [(a, 2)]
    assert s.check() == []


def test_store_theme_delete_keeps_ideas_and_merge_moves_them(store):
    s = store
    with s.transaction():
        t1 = s.ideas.add_theme("Transport")
        t2 = s.ideas.add_theme("Mobilité")
        i1 = s.ideas.add("x", t1)
        i2 = s.ideas.add("y", t2)
        s.ideas.merge_themes(t1, t2)
    assert s.ideas.theme(t1) is None
    assert s.ideas.get(i1).theme_id == t2 and s.ideas.get(i2).theme_id == t2
    with s.transaction():
        s.ideas.remove_theme(t2)
    assert s.ideas.get(i1).theme_id is None and s.ideas.get(i1).text == "x"
    assert s.ideas.count_by_theme() == {None: 2}


def test_one_column_export_heading_is_not_an_idea():
    from facilitator.ideas import source_from_text

    src = source_from_text("Idée\nUne navette\nDes jardins\n")
    assert src.lines == ["Une navette", "Des jardins"]
    src = source_from_text("\ufeffRéponses :\nPlus de logements\n")
    assert src.lines == ["Plus de logements"]
    plain = source_from_text("Idées pour la MRC\nUne navette\n")
    assert plain.lines[0] == "Idées pour la MRC"  # a sentence is kept


# -- issue 12: near-duplicates and a merge that gives one text ------------------------------

def test_near_duplicates_ignore_stop_words_in_french_and_english():
    from facilitator.ideas import duplicate_key

    assert duplicate_key("Partage de services entre les municipalités") == \
        duplicate_key("partage des services entre municipalités !")
    assert duplicate_key("More bike lanes in the town") == duplicate_key("more bike lanes, town")
    assert duplicate_key("Plus de pistes cyclables") != duplicate_key("Moins de pistes cyclables")
    assert duplicate_key("Le la les") == "le la les"     # only stop words: kept as they are


def test_merge_gives_one_text_and_keeps_the_other_in_history(store):
    from facilitator.ideas import merge_text

    s = store
    with s.transaction():
        a = s.ideas.add("Partage de services entre les municipalités")
        b = s.ideas.add("Partage des services entre municipalités")
        c = s.ideas.add("Mutualiser les services")
    texts = [s.ideas.get(i).text for i in (a, b)]
    assert merge_text(texts) == "Partage de services entre les municipalités"
    _, inverse = s.recorded(lambda: s.ideas.merge(a, [b], merge_text(texts)))
    assert s.ideas.get(a).text == "Partage de services entre les municipalités"
    assert "\n\n" not in s.ideas.get(a).text
    assert s.ideas.merged_texts(a) == ["Partage des services entre municipalités"]
    with s.transaction():   # merging again carries the history along
        s.ideas.merge(c, [a], "Mutualiser les services")
    assert s.ideas.merged_texts(c) == ["Partage des services entre municipalités",
                                       "Partage de services entre les municipalités"]
    with s.transaction():
        s.ideas.remove(c)
    assert s.ideas.all_merged_texts() == {}


# -- a search typed further looks among what the shorter one showed (the wall's filter) -------
_words = st.lists(st.sampled_from(["log", "loge", "logement", "abord", "ab", "é", "e", "hiver",
                                   "Hiver", "ment", "mar"]), max_size=3).map(" ".join)


@given(texts=st.lists(st.text(alphabet="abdeghilmnortvéÉ ", max_size=20), max_size=12),
       first=_words, second=_words, author=st.sampled_from(["", "Élise", "Hector"]))
def test_a_filter_that_narrows_another_accepts_only_what_the_other_accepts(
        texts, first, second, author):
    from facilitator.tabular import fold

    wide, narrow = IdeaFilter(text=first), IdeaFilter(text=second)
    ideas = [Idea(n, t, author_id=1 if author else None) for n, t in enumerate(texts)]
    for idea in ideas:
        hay = haystack(fold(idea.text), fold(author))
        # one rule: the prepared haystack gives what accepts gives
        assert narrow.accepts_hay(idea, hay) == narrow.accepts(idea, None, author)
        if narrow.narrows(wide) and narrow.accepts(idea, None, author):
            assert wide.accepts(idea, None, author)
    # and at once, for many ideas, with or without the other fields
    by_id = {i.id: i for i in ideas}
    hay = {i.id: haystack(fold(i.text), fold(author)) for i in ideas}
    for flt in (narrow, IdeaFilter(text=second, author_id=1), IdeaFilter(author_id=None)):
        assert flt.select(list(by_id), by_id, hay) == \
            [i.id for i in ideas if flt.accepts_hay(i, hay[i.id])]


def test_typing_further_narrows_and_erasing_or_another_field_does_not():
    assert IdeaFilter(text="loge").narrows(IdeaFilter(text="log"))
    assert IdeaFilter(text="log e").narrows(IdeaFilter(text="log"))
    assert IdeaFilter(text="Logé").narrows(IdeaFilter(text="loge"))   # folded
    assert IdeaFilter(text="log").narrows(IdeaFilter())
    assert IdeaFilter(text="log", theme_id=3).narrows(IdeaFilter(theme_id=3))
    assert not IdeaFilter(text="log").narrows(IdeaFilter(text="loge"))
    assert not IdeaFilter(text="log", theme_id=3).narrows(IdeaFilter(text="log"))
    assert not IdeaFilter(text="log").narrows(IdeaFilter(text="log", author_id=2))
