"""Exports run off the interface thread.

The open session file is held with an exclusive lock by the app's own connection, so a worker
cannot read it. `ExportRun` takes a snapshot first, on the calling (UI) thread, through
SQLite's backup API (`Store.save_copy`, fast); the worker thread opens that copy with
`Store.open`, writes each format (`facilitator.export.formats.export`: temporary file then
rename), and deletes the copy when done, whatever happened.

The caller decides about existing files before starting (ask, then `overwrite=True`); a file
that appeared meanwhile is refused by the export itself, never replaced silently.
"""
from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from facilitator.errors import FacilitatorError
from facilitator.export import formats
from facilitator.export.formats import FORMATS

__all__ = ["FORMATS", "ExportJob", "ExportRun", "ExportWorker", "existing", "target"]


@dataclass
class ExportJob:
    formats: list[str]                      # among FORMATS (pdf, docx, md, csv, json, guide…)
    folder: Path                            # where the files go
    name: str                               # file name without extension
    lang: str | None = None                 # None: the session's language
    include: set[str] | None = None         # report sections; None: all
    paper: str | None = None                # "letter" or "a4"; None: the system's default
    overwrite: bool = False
    snapshot: Path | None = field(default=None, repr=False)   # set by ExportRun


def target(job: ExportJob, fmt: str) -> Path:
    """Where a format is written: a file, or for CSV the folder `<name>-csv` holding one file
    per kind (the same names as `formats.default_output`)."""
    return formats.default_output(job.folder / f"{job.name}.atelier", fmt)


def existing(job: ExportJob) -> list[Path]:
    """The targets that already exist (the export would refuse them without overwrite)."""
    return [p for p in (target(job, f) for f in job.formats) if p.exists() or p.is_symlink()]


def _write(store, job: ExportJob, fmt: str, progress,
           notices: list[str] | None = None) -> list[Path]:
    out = formats.export(store, fmt, target(job, fmt), lang=job.lang, include=job.include,
                         progress=progress, overwrite=job.overwrite, paper=job.paper,
                         notices=notices)
    if out.is_dir():
        return sorted(p for p in out.iterdir() if p.is_file() and not p.name.startswith("."))
    return [out]


class ExportWorker(QObject):
    progress = Signal(float)        # 0..1 over all formats
    stage = Signal(str)             # the format being written
    succeeded = Signal(list)        # paths written (Path)
    failed = Signal(str)            # a sentence for the person
    finished = Signal()             # always last

    def __init__(self, job: ExportJob) -> None:
        super().__init__()
        self.job = job
        self.written: list[Path] = []
        self.notices: list[str] = []    # sentences about the files written (missing glyphs)

    def run(self) -> None:
        from facilitator.store import Store

        job = self.job
        try:
            with Store.open(job.snapshot) as store:
                n = len(job.formats)
                for i, fmt in enumerate(job.formats):
                    self.stage.emit(fmt)

                    def progress(value: float, i=i) -> None:
                        self.progress.emit((i + max(0.0, min(1.0, value))) / n)

                    self.written.extend(_write(store, job, fmt, progress, self.notices))
            self.progress.emit(1.0)
            self.succeeded.emit(list(self.written))
        except FacilitatorError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # an export bug must not take the app down
            self.failed.emit(str(FacilitatorError("unexpected", detail=f"{type(exc).__name__}: {exc}")))
        finally:
            shutil.rmtree(job.snapshot.parent, ignore_errors=True)
            self.finished.emit()


_running: set["ExportRun"] = set()
_quit_hooked = False


class ExportRun(QObject):
    """One export: the snapshot is taken when it is made (on the calling thread); connect to
    `worker`'s signals, then `start()`. Their slots run on the caller's thread. `finished` is
    emitted last, once the thread has ended.

    Raises FacilitatorError when the snapshot cannot be written (disk full...)."""

    finished = Signal()

    def __init__(self, store, job: ExportJob) -> None:
        super().__init__()
        folder = Path(tempfile.mkdtemp(prefix="facilitateur-export-"))
        try:
            job.snapshot = store.save_copy(folder / "session.atelier")
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        self.job = job
        self.worker = ExportWorker(job)
        self.thread = QThread()
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self.thread.quit)
        self.thread.finished.connect(self._done)   # queued: runs on this object's thread

    def start(self) -> None:
        global _quit_hooked
        _running.add(self)   # kept alive even if the page that asked goes away
        if not _quit_hooked:  # quitting mid-export lets the files finish, never half-written
            QCoreApplication.instance().aboutToQuit.connect(wait_all)
            _quit_hooked = True
        self.thread.start()

    def _done(self) -> None:
        self.thread.wait()
        _running.discard(self)
        self.finished.emit()


def running() -> int:
    """How many exports are still running."""
    return len(_running)


def wait_all(msecs: int = 30000) -> None:
    """Wait for running exports (when the app quits)."""
    for run in list(_running):
        run.thread.wait(msecs)
