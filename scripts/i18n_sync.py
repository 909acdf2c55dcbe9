#!/usr/bin/env python3
"""Keep resources/translations/fr/*.ts in sync with the strings of the interface.

Finds every `tr("...")`, `self.tr("...")` and `QCoreApplication.translate(ctx, "...")` with a
literal string in ui/**/*.py, and writes one Qt Linguist file per module, keeping the
translations already made; new strings are marked unfinished. Strings gone from the code are
dropped. Usage: python scripts/i18n_sync.py [--check] [ui/pages/ideas.py ...]
With --check nothing is written: exit 1 and list what is missing or unfinished.
       python scripts/i18n_sync.py --fill FILE.tsv   fills from `English<TAB>French` lines
       (`English<TAB>French<TAB>disambiguation` for a string given one).

A second literal argument, `self.tr("%1 present", "plural")`, is a disambiguation (Qt's
`<comment>`): the same English with another French, e.g. the plural of a word that English
does not inflect (« 1 présent », « 2 présents »). Such an entry is keyed `comment\x04source`.
"""
from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "translations" / "fr"


def strings_in(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
        args = node.args
        if name == "tr" and args:
            arg, more = args[0], args[1:2]
        elif name == "translate" and len(args) >= 2:
            arg, more = args[1], args[2:3]
        else:
            continue
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            comment = more[0].value if more and isinstance(more[0], ast.Constant) \
                and isinstance(more[0].value, str) else ""
            key = f"{comment}\x04{arg.value}" if comment else arg.value
            if key not in found:
                found.append(key)
    return found


def split_key(key: str) -> tuple[str, str]:
    """(source, comment) of a key of strings_in."""
    comment, _, source = key.rpartition("\x04")
    return source, comment


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def read(ts: Path) -> dict[str, str | None]:
    if not ts.exists():
        return {}
    out: dict[str, str | None] = {}
    for msg in ET.parse(ts).getroot().iter("message"):
        tr = msg.find("translation")
        done = tr is not None and tr.get("type") is None and bool(tr.text)
        comment = msg.findtext("comment") or ""
        source = msg.findtext("source")
        out[f"{comment}\x04{source}" if comment else source] = tr.text if done else None
    return out


def write(ts: Path, context: str, entries: list[tuple[str, str | None]]) -> None:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="fr_CA" sourcelanguage="en">', "<context>",
             f"    <name>{escape(context)}</name>"]
    for key, tr in entries:
        src, comment = split_key(key)
        lines.append("    <message>")
        lines.append(f"        <source>{escape(src)}</source>")
        if comment:
            lines.append(f"        <comment>{escape(comment)}</comment>")
        if tr:
            lines.append(f"        <translation>{escape(tr)}</translation>")
        else:
            lines.append('        <translation type="unfinished"></translation>')
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    ts.write_text("\n".join(lines), encoding="utf-8")


def sync(files: list[Path], check: bool) -> list[str]:
    problems: list[str] = []
    for py in files:
        strings = strings_in(py)
        ts = OUT / f"{module_name(py)}.ts"
        if not strings:
            if ts.exists() and not check:
                ts.unlink()
            continue
        known = read(ts)
        entries = [(s, known.get(s)) for s in strings]
        for s, t in entries:
            if not t:
                src, comment = split_key(s)
                said = f"« {src} » ({comment})" if comment else f"« {src} »"
                problems.append(f"{ts.relative_to(ROOT)}: {said} has no French translation")
        if not check and [*known.items()] != entries:
            OUT.mkdir(parents=True, exist_ok=True)
            write(ts, module_name(py), entries)
    return problems


def fill(tsv: Path) -> int:
    """Fill translations from a file of lines `English source<TAB>French` (\\n for a line
    break). Only entries without a translation are filled. Returns how many were filled."""
    table = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            src, fr, *comment = line.split("\t")
            src = src.replace("\\n", "\n")
            key = f"{comment[0]}\x04{src}" if comment and comment[0] else src
            table[key] = fr.replace("\\n", "\n")
    filled = 0
    for ts in sorted(OUT.glob("*.ts")):
        known = read(ts)
        entries = [(s, t or table.get(s)) for s, t in known.items()]
        if entries != [*known.items()]:
            filled += sum(1 for (s, t), (_, old) in zip(entries, known.items()) if t and not old)
            write(ts, ts.stem, entries)
    return filled


def main(argv: list[str]) -> int:
    if argv[:1] == ["--fill"]:
        print(f"{fill(Path(argv[1]))} translations filled")
        return 0
    check = "--check" in argv
    paths = [Path(a).resolve() for a in argv if not a.startswith("--")]
    files = paths or sorted((ROOT / "ui").rglob("*.py"))
    problems = sync(files, check)
    for p in problems:
        print(p)
    return 1 if (check and problems) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
