"""Export a session to a file: the one entry point for the command line and the interface.

`export(store, "pdf")` writes the report next to the session file (same name, .pdf); docx and
md likewise; csv writes a folder `<name>-csv`; json writes the session archive. Two more PDFs are
not the minutes: "guide" (`<name>-guide.pdf`), the facilitation guide with the private notes,
and "handout" (`<name>-agenda.pdf`), the one-page agenda for the room. The result is
first written to a temporary file in the same folder, then renamed into place, so a reader
never sees half a file; an existing file is never replaced unless `overwrite=True`.
"""
from __future__ import annotations

import contextlib
import errno
import os
import shutil
from pathlib import Path
from typing import Callable

from ..errors import FileError

FORMATS = ("pdf", "docx", "md", "csv", "json", "guide", "handout")
SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "md": ".md", "json": ".json",
            "guide": "-guide.pdf", "handout": "-agenda.pdf"}
#: The formats laid out on paper (the `paper` argument).
PAPER_FORMATS = frozenset({"pdf", "docx", "guide", "handout"})
Progress = Callable[[float], None]


def default_output(session_path: str | os.PathLike, fmt: str) -> Path:
    """Where an export goes when the user names no file: beside the session file."""
    p = Path(session_path)
    if fmt == "csv":
        return p.with_name(p.stem + "-csv")
    return p.with_name(p.stem + SUFFIXES[fmt])


def export(store, fmt: str, out: str | os.PathLike | None = None, lang: str | None = None,
           include: set[str] | None = None, progress: Progress | None = None, *,
           overwrite: bool = False, paper: str | None = None,
           notices: list[str] | None = None) -> Path:
    """Write the session in `store` as `fmt` (one of FORMATS) and return the path.

    lang: language of the report (default: the session's); include: the report sections to
    keep (see labels.SECTIONS; default all; ignored by json, guide and handout); paper: "letter"
    or "a4" for pdf, docx, guide and handout (None: the system's default, see export.paper;
    ValueError for another). notices: a list that receives sentences for the person about a
    written file (the PDF names the characters no font of the computer has, drawn as empty
    boxes). progress(fraction) is called
    from 0.0 to 1.0; an exception raised by it stops the export and leaves nothing behind.
    Raises FileError "exists" when `out` exists and overwrite is false; "disk_full" or
    "cannot_create" when the file cannot be written.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format: {fmt!r} (one of {', '.join(FORMATS)})")
    from .paper import check_paper

    paper = check_paper(paper)
    out = Path(out) if out else default_output(store.path, fmt)
    into_folder = fmt == "csv" and out.is_dir() and not out.is_symlink()
    if (out.exists() or out.is_symlink()) and not into_folder:
        # a CSV export may go into an existing folder: only files of the same names clash
        if not overwrite or _same(out, store.path):
            raise FileError("exists", file=str(out))
    step = progress or (lambda fraction: None)
    step(0.0)
    if fmt == "json":
        from . import archive

        text = archive.dumps(store)

        def write(tmp: Path, _progress: Progress) -> None:
            tmp.write_text(text, encoding="utf-8")
    elif fmt in ("guide", "handout"):
        from . import agenda_handout, guide

        module = guide if fmt == "guide" else agenda_handout

        def write(tmp: Path, _progress: Progress) -> None:
            module.write(store, tmp, lang, paper=paper)
    else:
        import importlib

        from .report import build_report

        report = build_report(store, lang, include)
        # only the writer of this format: a PDF does not wait for python-docx to load
        module = importlib.import_module(f".{ {'md': 'markdown'}.get(fmt, fmt)}", __package__)

        def write(tmp: Path, sub: Progress) -> None:
            if fmt == "pdf":
                module.write(report, tmp, sub, paper=paper, notices=notices)
            elif fmt in PAPER_FORMATS:
                module.write(report, tmp, sub, paper=paper)
            else:
                module.write(report, tmp, sub)
    step(0.1)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    _remove(tmp)
    try:
        write(tmp, lambda f: step(0.1 + 0.85 * max(0.0, min(1.0, f))))
        _place(tmp, out, overwrite)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise FileError("disk_full", file=str(out)) from None
        raise FileError("cannot_create", file=str(out),
                        detail=exc.strerror or str(exc)) from None
    finally:
        _remove(tmp)
    step(1.0)
    return out


def _same(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        return a.resolve() == Path(b).resolve()
    return False


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def _place_files(tmp: Path, folder: Path, overwrite: bool) -> None:
    """Move each file of the temporary folder into an existing folder. Files of other names
    stay as they are; one of the same name is refused (before anything moves) unless
    overwrite, and then only that file is replaced."""
    names = sorted(p.name for p in tmp.iterdir())
    if not overwrite:
        for name in names:
            target = folder / name
            if target.exists() or target.is_symlink():
                raise FileError("exists", file=str(target))
    for name in names:
        _place(tmp / name, folder / name, overwrite)


def _place(tmp: Path, out: Path, overwrite: bool) -> None:
    """Move the finished temporary file or folder to `out`, refusing to replace an existing
    one unless overwrite."""
    if tmp.is_dir():
        if out.is_dir() and not out.is_symlink():
            _place_files(tmp, out, overwrite)
            return
        if out.exists() or out.is_symlink():
            if not overwrite:
                raise FileError("exists", file=str(out))
            old = out.with_name(f".{out.name}.{os.getpid()}.old")
            _remove(old)
            os.rename(out, old)
            os.rename(tmp, out)
            _remove(old)
        else:
            os.rename(tmp, out)
        return
    if overwrite:
        os.replace(tmp, out)
        return
    try:
        os.link(tmp, out)   # fails if out appeared meanwhile: never replace
    except FileExistsError:
        raise FileError("exists", file=str(out)) from None
    except OSError:
        # a file system without hard links (FAT, some network shares)
        if out.exists():
            raise FileError("exists", file=str(out)) from None
        os.replace(tmp, out)
