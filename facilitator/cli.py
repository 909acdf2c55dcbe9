"""The `facilitator` command. Exit 0 on success, 2 for a usage error, 1 for any other failure
with one line on stderr in the user's language and no traceback."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable, Optional

from . import __version__
from .errors import FacilitatorError
from .i18n import current_language, pick

EXPORT_FORMATS = ("pdf", "docx", "md", "csv", "json")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage error: exit 2, in the user's language
        self.print_usage(sys.stderr)
        sys.stderr.write(pick("facilitator : erreur d'utilisation : ", "facilitator: usage error: ")
                         + message + "\n")
        sys.exit(2)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="facilitator", description=pick(
        "Facilitateur : animer des séances de co-construction.",
        "Facilitateur: run co-construction sessions."))
    p.add_argument("--version", action="version", version=f"facilitator {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    o = sub.add_parser("open", help=pick("ouvrir l'application sur FICHIER", "open the app on FILE"))
    o.add_argument("file")

    n = sub.add_parser("new", help=pick("créer une séance", "create a session"))
    n.add_argument("file")
    n.add_argument("--template", metavar="NAME")
    n.add_argument("--title")
    n.add_argument("--lang", choices=("fr", "en"))

    sub.add_parser("templates", help=pick("lister les modèles", "list templates"))

    i = sub.add_parser("info", help=pick("résumé d'une séance", "summary of a session"))
    i.add_argument("file")
    i.add_argument("--json", action="store_true")

    e = sub.add_parser("export", help=pick("exporter une séance", "export a session"))
    e.add_argument("file")
    e.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    e.add_argument("-o", "--output", metavar="OUT")
    e.add_argument("--lang", choices=("fr", "en"))

    im = sub.add_parser("import", help=pick("créer une séance depuis une archive JSON",
                                            "create a session from a JSON archive"))
    im.add_argument("archive")
    im.add_argument("-o", "--output", metavar="FILE", required=True)
    im.add_argument("--force", action="store_true")

    c = sub.add_parser("check", help=pick("vérifier l'intégrité", "check integrity"))
    c.add_argument("file")

    d = sub.add_parser("demo", help=pick("écrire et ouvrir une séance de démonstration",
                                         "write and open a demo session"))
    d.add_argument("file", nargs="?")
    d.add_argument("--force", action="store_true",
                   help=pick("remplacer FICHIER s'il existe", "replace FILE if it exists"))
    d.add_argument("--no-open", action="store_true", help=argparse.SUPPRESS)
    return p


Launcher = Callable[[Optional[str]], int]


def main(argv: list[str] | None = None, launch: Launcher | None = None) -> int:
    """Run the command line. `launch(file)` opens the interface; it is given by the
    `facilitator` console script (ui/launch.py), since the core never imports the interface.
    Without it, the commands that open a window say that the interface is not available."""
    args = build_parser().parse_args(argv)
    try:
        return _run(args, launch or _no_interface)
    except FacilitatorError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1
    except Exception as exc:  # the promise: one line, no traceback
        print(FacilitatorError("unexpected", detail=f"{type(exc).__name__}: {exc}"),
              file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, launch: Launcher) -> int:
    from .store import Store

    cmd = args.command
    if cmd is None:
        return launch(None)
    if cmd == "open":
        return launch(args.file)
    if cmd == "new":
        return _new(args)
    if cmd == "templates":
        from .templates import list_templates

        lang = current_language()
        for t in list_templates():
            print(f"{t.name}\t{t.description(lang)}")
        return 0
    if cmd == "info":
        with Store.open(args.file) as store:
            counts = store.counts()
            title = store.session.get().title
            version = store.schema_version()
        if args.json:
            print(json.dumps({"title": title, "schema_version": version, **counts},
                             ensure_ascii=False))
        else:
            print(title)
            labels = _count_labels()
            for key, value in counts.items():
                print(f"  {labels[key]} : {value}" if current_language() == "fr"
                      else f"  {labels[key]}: {value}")
        return 0
    if cmd == "export":
        return _export(args)
    if cmd == "import":
        from .export import archive

        data = archive.load(args.archive)
        out = archive.import_archive(data, args.output, force=args.force)
        print(pick(f"Séance créée : {out}", f"Session created: {out}"))
        return 0
    if cmd == "check":
        with Store.open(args.file) as store:
            problems = store.check()
        if problems:
            raise FacilitatorError("check_failed", file=args.file, detail="; ".join(problems[:5]))
        print(pick(f"« {args.file} » est sain.", f"“{args.file}” is healthy."))
        return 0
    if cmd == "demo":
        from .demo import write_demo

        path = Path(args.file) if args.file else _default_demo_path()
        # the default demo file is the app's own: it is simply made anew
        write_demo(path, lang=current_language(), replace=args.force or not args.file)
        print(pick(f"Séance de démonstration : {path}", f"Demo session: {path}"))
        if args.no_open:
            return 0
        return launch(str(path))
    raise AssertionError(cmd)


def _count_labels() -> dict[str, str]:
    fr = {"participants": "Participants", "agenda_items": "Points à l'ordre du jour",
          "themes": "Thèmes", "ideas": "Idées", "rounds": "Tours de vote", "votes": "Votes",
          "actors": "Acteurs", "decisions": "Décisions", "actions": "Actions"}
    en = {"participants": "Participants", "agenda_items": "Agenda items", "themes": "Themes",
          "ideas": "Ideas", "rounds": "Voting rounds", "votes": "Votes", "actors": "Actors",
          "decisions": "Decisions", "actions": "Actions"}
    return en if current_language() == "en" else fr


def _new(args: argparse.Namespace) -> int:
    from .store import Store

    lang = args.lang or current_language()
    if args.template:
        from .templates import apply_template, load_template

        tpl = load_template(args.template)
        title = args.title or tpl.title(lang)
        with Store.create(args.file, title, language=lang, template=tpl.name) as store:
            with store.transaction():
                apply_template(store, tpl, lang)
    else:
        title = args.title or pick("Nouvelle séance", "New session", lang)
        Store.create(args.file, title, language=lang).close()
    print(pick(f"Séance créée : {args.file}", f"Session created: {args.file}"))
    return 0


def _export(args: argparse.Namespace) -> int:
    from .store import Store

    fmt = args.format
    src = Path(args.file)
    if fmt == "json":
        from .export import archive

        out = Path(args.output) if args.output else src.with_suffix(".json")
        if out.exists() and out.resolve() == src.resolve():
            raise FacilitatorError("exists", file=str(out))
        with Store.open(src) as store:
            archive.export(store, out)
        print(out)
        return 0
    try:
        from .export import formats
    except ImportError:
        raise FacilitatorError("format_later", format=fmt.upper()) from None
    notices: list[str] = []
    with Store.open(src) as store:
        out = formats.export(store, fmt, args.output, lang=args.lang, notices=notices)
    print(out)
    for notice in notices:   # the file is written; what the person should know about it
        print(notice, file=sys.stderr)
    return 0


def _default_demo_path() -> Path:
    from .paths import user_data_dir

    return user_data_dir() / pick("demo-mrc.atelier", "demo-mrc.atelier")


def _no_interface(file: str | None) -> int:
    raise FacilitatorError("no_interface")


if __name__ == "__main__":
    sys.exit(main())
