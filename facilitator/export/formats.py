"""Export a session to a file: the one entry point for the command line and the interface.

`export(store, "pdf")` writes the report next to the session file (same name, .pdf); docx and
md likewise; csv writes a folder `<name>-csv`; json writes the session archive. The result is
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

FORMATS = ("pdf", "docx", "md", "csv", "json")
SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "md": ".md", "json": ".json"}
Progress = Callable[[float], None]


def default_output(session_path: str | os.PathLike, fmt: str) -> Path:
    """Where an export goes when the user names no file: beside the session file."""
    p = Path(session_path)
    if fmt == "csv":
        return p.with_name(p.stem + "-csv")
    return p.with_name(p.stem + SUFFIXES[fmt])


def export(store, fmt: str, out: str | os.PathLike | None = None, lang: str | None = None,
           include: set[str] | None = None, progress: Progress | None = None, *,
           overwrite: bool = False, notices: list[str] | None = None) -> Path:
    """Write the session in `store` as `fmt` (pdf, docx, md, csv or json) and return the path.

    lang: language of the report (default: the session's); include: the report sections to
    keep (see labels.SECTIONS; default all; ignored by json). notices: a list that receives
    sentences for the person about a written file (the PDF names the characters no font of the
    computer has, drawn as empty boxes). progress(fraction) is called
    from 0.0 to 1.0; an exception raised by it stops the export and leaves nothing behind.
    Raises FileError "exists" when `out` exists and overwrite is false; "disk_full" or
    "cannot_create" when the file cannot be written.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format: {fmt!r} (one of {', '.join(FORMATS)})")
    out = Path(out) if out else default_output(store.path, fmt)
    if out.exists() or out.is_symlink():
        if not overwrite or _same(out, store.path):
            raise FileError("exists", file=str(out))
    step = progress or (lambda fraction: None)
    step(0.0)
    if fmt == "json":
        from . import archive

        text = archive.dumps(store)

        def write(tmp: Path, _progress: Progress) -> None:
            tmp.write_text(text, encoding="utf-8")
    else:
        from . import csv, docx, markdown, pdf
        from .report import build_report

        report = build_report(store, lang, include)
        module = {"pdf": pdf, "docx": docx, "md": markdown, "csv": csv}[fmt]

        def write(tmp: Path, sub: Progress) -> None:
            if fmt == "pdf":
                module.write(report, tmp, sub, notices=notices)
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


def _place(tmp: Path, out: Path, overwrite: bool) -> None:
    """Move the finished temporary file or folder to `out`, refusing to replace an existing
    one unless overwrite."""
    if tmp.is_dir():
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
