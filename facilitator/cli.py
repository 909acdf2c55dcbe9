"""The `facilitator` command. Exit 0 on success, 2 for a usage error, 1 for any other failure
with one line on stderr in the user's language and no traceback."""
from __future__ import annotations

import argparse
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Optional

from . import __version__
from .catalogue import text
from .errors import FacilitatorError
from .i18n import current_language

#: The minutes (pdf, docx, md, csv), the archive (json), and two documents that are not the
#: minutes: the facilitation guide with the private notes (guide) and the agenda handout.
EXPORT_FORMATS = ("pdf", "docx", "md", "csv", "json", "guide", "handout")

#: argparse's own words (its English, as Python 3.11+ writes them) -> key of the catalogue.
ARGPARSE: dict[str, str] = {
    "usage: ": "cli_usage",
    "positional arguments": "cli_positionals",
    "options": "cli_options",
    "show this help message and exit": "cli_help",
    "show program's version number and exit": "cli_version",
    "the following arguments are required: %s": "cli_required",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli_invalid_choice",
    "unrecognized arguments: %s": "cli_unrecognized",
    "argument %(argument_name)s: %(message)s": "cli_argument",
    "expected one argument": "cli_expected_one",
    "ambiguous option: %(option)s could match %(matches)s": "cli_ambiguous",
    "invalid %(type)s value: %(value)r": "cli_invalid_value",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage error: exit 2, in the user's language
        with _in_language():   # also when a check after parsing finds it (`new --date`)
            self.print_usage(sys.stderr)
        sys.stderr.write(text("cli_usage_error") + message + "\n")
        sys.exit(2)


def _argparse_text(message: str) -> str:
    """argparse's own words (usage, options, errors) in the user's language."""
    key = ARGPARSE.get(message)
    return text(key) if key else message


@contextmanager
def _in_language():
    """While the parser is built and reads the arguments, argparse speaks through the
    catalogue (it looks its words up with a module-level gettext `_`)."""
    before = argparse._
    argparse._ = _argparse_text
    try:
        yield
    finally:
        argparse._ = before


def build_parser() -> argparse.ArgumentParser:
    with _in_language():
        return _build_parser()


def _build_parser() -> argparse.ArgumentParser:
    file, session = text("cli_file"), text("cli_session")
    p = _Parser(prog="facilitator", description=text("cli_description"))
    p.add_argument("--version", action="version", version=f"facilitator {__version__}",
                   help=text("cli_version"))
    sub = p.add_subparsers(dest="command", parser_class=_Parser, title=text("cli_commands"),
                           metavar=text("cli_command"))

    o = sub.add_parser("open", help=text("cli_open"), description=text("cli_open"))
    o.add_argument("file", nargs="?", metavar=file, help=session)

    n = sub.add_parser("new", help=text("cli_new"), description=text("cli_new"))
    n.add_argument("file", metavar=file, help=text("cli_new_file"))
    n.add_argument("--template", metavar="NAME", help=text("cli_template"))
    n.add_argument("--title", help=text("cli_title"))
    n.add_argument("--lang", choices=("fr", "en"), help=text("cli_lang"))
    n.add_argument("--date", metavar="YYYY-MM-DD", help=text("cli_new_date"))
    n.add_argument("--after", metavar="PREVIOUS", help=text("cli_new_after"))
    n.add_argument("--without", metavar="PARTS", help=text("cli_new_without"))

    sub.add_parser("templates", help=text("cli_templates"), description=text("cli_templates"))

    i = sub.add_parser("info", help=text("cli_info"), description=text("cli_info"))
    i.add_argument("file", metavar=file, help=session)
    i.add_argument("--json", action="store_true", help=text("cli_json"))

    e = sub.add_parser("export", help=text("cli_export"), description=text("cli_export"))
    e.add_argument("file", metavar=file, help=session)
    e.add_argument("--format", required=True, choices=EXPORT_FORMATS, help=text("cli_format"))
    e.add_argument("-o", "--output", metavar="OUT", help=text("cli_output"))
    e.add_argument("--lang", choices=("fr", "en"), help=text("cli_lang"))
    e.add_argument("--paper", choices=("letter", "a4"), help=text("cli_paper"))
    e.add_argument("--force", action="store_true", help=text("cli_export_force"))

    se = sub.add_parser("series", help=text("cli_series"))
    se.add_argument("files", nargs="+", metavar=file)
    se.add_argument("--format", required=True, choices=("md", "pdf", "docx"))
    se.add_argument("-o", "--output", metavar="OUT", required=True)
    se.add_argument("--lang", choices=("fr", "en"), help=text("cli_lang"))
    se.add_argument("--paper", choices=("letter", "a4"), help=text("cli_paper"))
    se.add_argument("--force", action="store_true",
                    help=text("cli_series_force"))

    im = sub.add_parser("import", help=text("cli_import"), description=text("cli_import"))
    im.add_argument("archive", metavar=text("cli_archive"), help=text("cli_import_archive"))
    im.add_argument("-o", "--output", metavar=file, required=True,
                    help=text("cli_import_output"))
    im.add_argument("--force", action="store_true", help=text("cli_import_force"))

    c = sub.add_parser("check", help=text("cli_check"), description=text("cli_check"))
    c.add_argument("file", metavar=file, help=session)

    r = sub.add_parser("room", help=text("cli_room"), description=text("cli_room"))
    r.add_argument("file", metavar=file, help=session)
    r.add_argument("--host", default="0.0.0.0", metavar="ADDRESS", help=text("cli_host"))
    r.add_argument("--port", type=int, default=8765, metavar="N", help=text("cli_port"))
    r.add_argument("--code", metavar="CODE", help=text("cli_code"))

    d = sub.add_parser("demo", help=text("cli_demo"), description=text("cli_demo"))
    d.add_argument("file", nargs="?", metavar=file, help=text("cli_demo_file"))
    d.add_argument("--force", action="store_true", help=text("cli_demo_force"))
    d.add_argument("--no-open", action="store_true", help=argparse.SUPPRESS)
    return p


Launcher = Callable[[Optional[str]], int]


def main(argv: list[str] | None = None, launch: Launcher | None = None) -> int:
    """Run the command line. `launch(file)` opens the interface; it is given by the
    `facilitator` console script (ui/launch.py), since the core never imports the interface.
    Without it, the commands that open a window say that the interface is not available."""
    try:
        with _in_language():
            args = _build_parser().parse_args(argv)
    except SystemExit as exc:   # --help, --version, a usage error: printed; a reader gone
        _flush_or_quiet()      # away (`| head`) is no error
        raise
    from .store.files import take_notices

    take_notices()  # a notice queued before this command (in this process) is not about it
    try:
        status = _run(args, launch or _no_interface)
        sys.stdout.flush()     # a closed pipe is said here, not at exit
        return status
    except BrokenPipeError:
        # `facilitator info FILE | head`: the reader stopped reading. Not an error of ours:
        # stop quietly, with the status of a closed pipe, nothing more written anywhere.
        _quiet_stdout()
        return 141
    except FacilitatorError as exc:
        _notices()
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1
    except Exception as exc:  # the promise: one line, no traceback
        print(FacilitatorError("unexpected", detail=f"{type(exc).__name__}: {exc}"),
              file=sys.stderr)
        return 1


def _quiet_stdout() -> None:
    """Point standard output at /dev/null, so that Python's flush at exit finds no closed pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _flush_or_quiet() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()


def _run(args: argparse.Namespace, launch: Launcher) -> int:
    from .store import Store

    cmd = args.command
    if cmd is None:
        return launch(None)
    if cmd == "open":
        import os

        from .store.files import check_kind

        if args.file is not None and os.path.lexists(args.file):  # a FIFO, a folder: said at once
            check_kind(Path(args.file))
        return launch(args.file)
    if cmd == "new":
        return _done(_new(args))
    if cmd == "templates":
        from .templates import list_templates

        lang = current_language()
        for t in list_templates():
            print(f"{t.name}\t{t.description(lang)}")
        return 0
    if cmd == "info":
        with Store.open(args.file, read_only=True) as store:  # nothing written
            counts = store.counts()
            title = store.session.get().title
            version = store.schema_version()
        if args.json:
            print(json.dumps({"title": title, "schema_version": version, **counts},
                             ensure_ascii=False))
        else:
            print(title)
            for key, value in counts.items():
                print(text("cli_count_line", label=text("cli_count_" + key), value=value))
        return 0
    if cmd == "export":
        return _done(_export(args))
    if cmd == "series":
        from . import series

        out = series.write(args.files, args.format, args.output, lang=args.lang,
                           paper=args.paper, overwrite=args.force)
        print(out)
        return 0
    if cmd == "room":
        return _room(args)
    if cmd == "import":
        from .export import archive

        data = archive.load(args.archive)
        out = archive.import_archive(data, args.output, force=args.force)
        print(text("cli_created", file=out))
        return _done(0)
    if cmd == "check":
        from .store.db import unmerged_journal

        with Store.open(args.file, read_only=True) as store:  # nothing written
            problems = store.check()
        wal = unmerged_journal(args.file)
        if wal is not None:
            print(FacilitatorError("wal_unmerged", file=args.file, journal=str(wal)))
        if problems:
            raise FacilitatorError("check_failed", file=args.file, detail="; ".join(problems[:5]))
        print(text("cli_healthy", file=args.file))
        return 0
    if cmd == "demo":
        from .demo import write_demo

        path = Path(args.file) if args.file else _default_demo_path()
        # the default demo file is the app's own: it is simply made anew
        write_demo(path, lang=current_language(), replace=args.force or not args.file,
                   own=not args.file)
        _notices()
        print(text("cli_demo_made", file=path))
        if args.no_open:
            return 0
        return launch(str(path))
    raise AssertionError(cmd)


def _new(args: argparse.Namespace) -> int:
    from .store import Store

    if args.date is not None:
        import datetime as _dt

        try:
            _dt.date.fromisoformat(args.date)
        except ValueError:
            build_parser().error(text("cli_bad_date", date=args.date))
    if args.without is not None and args.after is None:
        build_parser().error(text("cli_without_alone"))
    if args.after is not None:
        return _new_after(args)
    lang = args.lang or current_language()
    if args.template:
        from .templates import apply_template, load_template

        tpl = load_template(args.template)
        title = args.title or tpl.steps[0].title(lang)
        with Store.create(args.file, title, language=lang, template=tpl.name) as store:
            with store.transaction():
                apply_template(store, tpl, lang)
    else:
        title = args.title or text("cli_new_title", lang)
        Store.create(args.file, title, language=lang).close()
    if args.date is not None:
        with Store.open(args.file) as store:
            with store.transaction():
                store.session.update(date=args.date)
    print(text("cli_created", file=args.file))
    return 0


def _new_after(args: argparse.Namespace) -> int:
    """`new FILE --after PREVIOUS`: say what carries over, then make the session."""
    from . import carryover
    from .export.labels import fmt_date

    parts = carryover.parse_without(args.without)
    prev = carryover.load_previous(args.after, new_file=args.file)
    lang = current_language()
    out = carryover.create_following(args.file, prev, parts=parts, template=args.template,
                                     title=args.title, lang=args.lang, date=args.date)
    when = fmt_date(prev.session.date, lang)
    print(text("cli_created_after", file=out, title=prev.session.title,
               when=f", {when}" if when else ""))
    from .store import Store

    with Store.open(out, read_only=True) as store:
        s = store.session.get()
        pattern = s.decision_pattern
    if args.template:   # a template that is a démarche: which of its sessions this is
        from .templates import load_template, step_sentence

        tpl = load_template(args.template)
        said = step_sentence(tpl, carryover.template_step(prev, tpl), lang)
        if said:
            print("  " + said)
    for part in carryover.summary(prev, lang, date=args.date, pattern=pattern, parts=parts):
        if part.key not in parts:
            print(text("cli_not_carried", part=part.sentence))
        elif part.available:
            print(f"  + {part.sentence}")
        else:
            print(f"  · {part.sentence}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from .store import Store

    fmt = args.format
    src = Path(args.file)
    # every format, json included, goes through formats.export: an existing output is refused
    # unless --force (and the session file itself, even with --force)
    from .export import formats

    notices: list[str] = []
    with Store.open(src, read_only=True) as store:
        out = formats.export(store, fmt, args.output, lang=args.lang, paper=args.paper,
                             overwrite=args.force, notices=notices)
    print(out)
    for notice in notices:   # the file is written; what the person should know about it
        print(notice, file=sys.stderr)
    return 0


def _notices() -> None:
    """Tell what was set aside while making a file (a stale journal kept beside it)."""
    from .store.files import take_notices

    for line in take_notices():
        print(line, file=sys.stderr)


def _done(code: int) -> int:
    _notices()
    return code


def _default_demo_path() -> Path:
    from .paths import user_data_dir

    return user_data_dir() / "demo-mrc.atelier"


def _no_interface(file: str | None) -> int:
    raise FacilitatorError("no_interface")


if __name__ == "__main__":
    sys.exit(main())


def _room(args: argparse.Namespace) -> int:
    """Serve the room until SIGINT or SIGTERM; the join URL is the first line printed."""
    import signal
    import threading

    from .engine import Engine
    from .room.server import RoomServer
    from .store import Store

    if args.code is not None and not (4 <= len(args.code) <= 32 and args.code.isalnum()):
        raise FacilitatorError("room_bad_code")
    if not 0 <= args.port <= 65535:
        raise FacilitatorError("room_bad_port", port=args.port)
    store = Store.open(args.file)
    engine = Engine(store)
    server = RoomServer(engine, host=args.host, port=args.port, code=args.code)
    try:
        url = server.start()
    except BaseException:
        engine.close()
        raise
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set())
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        print(url, flush=True)
        print(text("cli_room_open", file=store.path.name), flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
        engine.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print(text("cli_room_closed"), flush=True)
    return 0
