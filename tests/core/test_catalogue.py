"""The core says things through one catalogue (issue 14): every sentence and report label is a
key -> (French, English) of `facilitator.catalogue.MESSAGES`, read by one lookup. These tests
read the core's source: they fail when an inline French/English pair or a second catalogue comes
back, when an entry lacks a language or its fields differ, or when the code names a key the
catalogue does not have."""
from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

import facilitator

CORE = Path(facilitator.__file__).resolve().parent
#: where the language is chosen and the catalogue is read: the only places a pair may be chosen
LOOKUP = {"i18n.py", "catalogue.py"}
#: French and English values that are not sentences: how a date is written (month names, with
#: the decimal comma and the no-break spaces: export/labels.py keeps how things are written)
NOT_WORDS = {("export/labels.py", "_MONTHS")}
#: entries whose languages agree a word with different counts: the French « membres » agrees
#: with the members present, the English "members" with the total
OWN_FIELDS = {"council_quorum_yes", "council_quorum_no"}


def _sources():
    for path in sorted(CORE.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _rel(path: Path) -> str:
    return str(path.relative_to(CORE.parent))


def test_the_core_has_no_inline_pair_and_no_second_catalogue():
    found = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            where = f"{_rel(path)}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Call) and _name(node.func) == "pick":
                found.append(f"{where} pick(…)")
            if (isinstance(node, ast.Call) and _name(node.func) == "plural"
                    and path.name not in LOOKUP):
                found.append(f"{where} plural(…)")
            if isinstance(node, ast.FunctionDef) and node.name == "pick":
                found.append(f"{where} def pick")
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = {t.id for t in targets if isinstance(t, ast.Name)}
                for name in names & {"_FR", "_EN", "FR", "EN"}:
                    found.append(f"{where} {name} = …")
                rel = str(path.relative_to(CORE))
                if _words_by_language(node.value) and not {(rel, n) for n in names} & NOT_WORDS:
                    found.append(f"{where} a dict of words keyed 'fr' / 'en'")
    assert not found, "\n".join(found)


def _words_by_language(node) -> bool:
    """A dict keyed "fr" and "en" whose values are texts (or dicts, tuples, lists of texts)."""
    if not isinstance(node, ast.Dict):
        return False
    keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
    if not {"fr", "en"} <= keys:
        return False
    texts = [n for v in node.values for n in ast.walk(v)
             if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    calls = [n for v in node.values for n in ast.walk(v) if isinstance(n, ast.Call)]
    return bool(texts) and not calls


_WORDS = re.compile(r"[^\W\d_]{2,} [^\W\d_]{2,}")


def _asks_language(test) -> bool:
    """A test like `lang == "en"` or `lang != "fr"`."""
    return isinstance(test, ast.Compare) and any(
        isinstance(c, ast.Constant) and c.value in ("fr", "en") for c in test.comparators)


def _says_words(nodes) -> bool:
    """Some words (two or more in a row) in the string constants under nodes."""
    return any(isinstance(n, ast.Constant) and isinstance(n.value, str) and _WORDS.search(n.value)
               for node in nodes for n in ast.walk(node))


def test_the_core_chooses_no_sentence_by_language_inline():
    """`return f"{n} sessions…" if lang == "en" else f"{n} séances…"` is a pair in disguise:
    sentences are keys of the catalogue (punctuation and units may still be chosen so)."""
    found = []
    for path, tree in _sources():
        if path.name in LOOKUP:
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.IfExp, ast.If)) and _asks_language(node.test):
                branches = [node.body, node.orelse]
                branches = [b if isinstance(b, list) else [b] for b in branches]
                if _says_words(branches[0] + branches[1]):
                    found.append(f"{_rel(path)}:{node.lineno}")
    assert not found, "\n".join(found)


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}


def _forms(value) -> list[str]:
    """The texts of one language of an entry: one string, or (singular, plural)."""
    return list(value) if isinstance(value, tuple) else [value]


def test_every_entry_has_both_languages_and_the_same_fields():
    from facilitator.catalogue import MESSAGES

    assert len(MESSAGES) > 600   # the errors, the report's labels and the former inline pairs
    bad = []
    for key, entry in MESSAGES.items():
        if not (isinstance(entry, tuple) and len(entry) == 2):
            bad.append(f"{key}: not (French, English)")
            continue
        fr, en = entry
        if isinstance(fr, tuple) != isinstance(en, tuple):
            bad.append(f"{key}: plural in one language only")
            continue
        forms = _forms(fr) + _forms(en)
        if isinstance(fr, tuple) and not (len(fr) == len(en) == 2):
            bad.append(f"{key}: a plural is (singular, plural)")
        if not all(isinstance(t, str) and t.strip() for t in forms):
            bad.append(f"{key}: an empty text")
            continue
        fields = [_fields(t) for t in forms]
        if isinstance(fr, tuple):   # a count: {n} may be written out in a singular (« 1 idée »)
            fields = [f - {"n"} for f in fields]
        if any(f != fields[0] for f in fields) and key not in OWN_FIELDS:
            bad.append(f"{key}: fields differ {fields}")
    assert not bad, "\n".join(bad)


def test_no_key_is_written_twice():
    """A key written twice in the dict's source silently keeps only the last: two areas (or a
    merge) would then share one text without anyone noticing."""
    tree = ast.parse((CORE / "catalogue.py").read_text(encoding="utf-8"))
    table = next(n.value for n in tree.body if isinstance(n, ast.AnnAssign)
                 and getattr(n.target, "id", None) == "MESSAGES")
    keys = [k.value for k in table.keys]
    assert len(keys) > 600
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []


def test_plural_forms_follow_each_language():
    from facilitator.catalogue import MESSAGES, text

    key = next(k for k, (fr, _en) in MESSAGES.items() if isinstance(fr, tuple))
    (fr1, fr2), (en1, en2) = MESSAGES[key]
    assert text(key, "fr", n=0) == fr1.format(n=0) and text(key, "fr", n=1) == fr1.format(n=1)
    assert text(key, "fr", n=2) == fr2.format(n=2)
    assert text(key, "en", n=0) == en2.format(n=0) and text(key, "en", n=1) == en1.format(n=1)
    with pytest.raises(KeyError):
        text("no such key, ever", "fr")


#: lookups whose first argument is a key of the catalogue (functions, or methods that wrap them)
_LOOKUPS = {"text", "label", "Label", "L", "_say", "say"}
_METHODS = {"label", "Label", "L", "LU"}
#: exceptions whose first argument is a key (and their subclasses, found in the source)
_ERRORS = {"FacilitatorError"}


def _error_classes() -> set[str]:
    names = set(_ERRORS)
    trees = [tree for _p, tree in _sources()]
    while True:
        more = {n.name for tree in trees for n in ast.walk(tree) if isinstance(n, ast.ClassDef)
                and any(_name(b) in names for b in n.bases)} - names
        if not more:
            return names
        names |= more


def test_every_key_the_core_names_is_in_the_catalogue():
    from facilitator.catalogue import MESSAGES

    errors = _error_classes()
    callers = _LOOKUPS | errors
    assert {"FileError", "ArchiveError", "VotingError"} <= callers
    missing, seen = [], 0
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _name(node.func) in callers and node.args):
                continue
            if isinstance(node.func, ast.Attribute) and node.func.attr not in _METHODS | errors:
                continue
            args = node.args[:2] if _name(node.func) == "Label" else node.args[:1]
            for arg in args:
                where = f"{_rel(path)}:{node.lineno}"
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    seen += 1
                    if arg.value not in MESSAGES:
                        missing.append(f"{where} {arg.value!r}")
                elif (isinstance(arg, ast.JoinedStr) and arg.values
                      and isinstance(arg.values[0], ast.Constant)):
                    seen += 1
                    prefix = arg.values[0].value
                    if not any(k.startswith(prefix) for k in MESSAGES):
                        missing.append(f"{where} f{prefix!r}…")
    assert seen > 500
    assert not missing, "\n".join(missing)
