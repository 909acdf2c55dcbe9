"""The Rapport page: export the minutes (PDF, Word, Markdown, CSV) and the JSON archive, and
on request the facilitation guide (the agenda with methods, materials and the private notes).

Pick the formats, the language, the paper (remembered), the sections and the folder; Ctrl+E
exports. The facilitator's notes are never a section of the minutes. The export runs
in a worker thread on a snapshot of the session (ui/export_worker.py) with a progress bar;
existing files are only replaced after a yes to a question. The preview shows the first page
as an outline (title page and contents with their counts), in the language chosen: this build
of Qt has no PDF renderer (QtPdf is not part of PySide6-Essentials).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QMessageBox,
                               QProgressBar, QPushButton, QSplitter, QVBoxLayout, QWidget)

from facilitator.errors import FacilitatorError
from facilitator.export.labels import fmt_colon, fmt_date, label, norm_lang, SECTIONS
from facilitator.export.paper import default_paper, PAPERS
from facilitator.i18n import current_language
from facilitator_ui import export_worker
from facilitator_ui.export_worker import ExportJob, ExportRun, FORMATS
from facilitator_ui.icons import icon
from facilitator_ui.pages.base import Page
from facilitator_ui.widgets.page_preview import PagePreview


def _format_names() -> dict[str, str]:
    return {"pdf": QCoreApplication.translate("ReportPage", "PDF (to print or send)"),
            "docx": QCoreApplication.translate("ReportPage", "Word .docx (to edit)"),
            "md": QCoreApplication.translate("ReportPage", "Markdown .md (plain text)"),
            "csv": QCoreApplication.translate("ReportPage",
                                              "CSV, one file per kind (spreadsheet)"),
            "json": QCoreApplication.translate("ReportPage",
                                               "JSON archive of the whole session"),
            "guide": QCoreApplication.translate(
                "ReportPage", "Facilitation guide, PDF for you alone: methods, materials, notes")}


def _paper_names() -> dict[str, str]:
    return {"letter": QCoreApplication.translate("ReportPage", "Letter (8.5 × 11 in)"),
            "a4": QCoreApplication.translate("ReportPage", "A4 (210 × 297 mm)")}


class ReportPage(Page):
    kinds = frozenset({"session", "participants", "agenda", "themes", "ideas", "voting",
                       "actors", "decisions", "actions"})

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ReportPage", "Report")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        from facilitator_ui import settings

        self.run: ExportRun | None = None
        self.written: list[Path] = []
        ui_lang = current_language()

        formats_group = self._build_formats()
        sections_group = self._build_sections(ui_lang)
        self._build_paper(settings)
        where = self._build_where(settings)

        run_row, result_row = self._build_run()
        demarche_group = self._build_demarche()

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(formats_group)
        ll.addWidget(sections_group)
        ll.addLayout(where)
        ll.addSpacing(8)
        ll.addLayout(run_row)
        ll.addLayout(result_row)
        ll.addWidget(self.results)
        ll.addWidget(demarche_group)
        ll.addStretch(1)

        preview_group = self._build_preview()

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(preview_group)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self._connect()
        self.refresh(set(self.kinds))

    def _build_formats(self):
        """The formats to write (PDF, Word, Markdown, CSV, archive, facilitator's guide)."""
        self.format_boxes: dict[str, QCheckBox] = {}
        formats_group = QGroupBox(self.tr("Formats"))
        fl = QVBoxLayout(formats_group)
        for fmt, name in _format_names().items():
            box = QCheckBox(name)
            box.setChecked(fmt in ("pdf", "docx"))     # never the guide by default
            self.format_boxes[fmt] = box
            fl.addWidget(box)
        self.format_boxes["guide"].setToolTip(self.tr(
            "The agenda with each item's method, materials and your private notes, for you "
            "alone. The minutes never hold your notes."))
        return formats_group

    def _build_sections(self, ui_lang):
        """The language of the report and the sections it holds."""
        self.lang_box = QComboBox()
        self.lang_box.addItem("", None)
        self.lang_box.addItem("Français", "fr")
        self.lang_box.addItem("English", "en")
        self.lang_box.setToolTip(self.tr("The language of the minutes; by default the one set "
                                         "on the Session page"))
        self.section_boxes: dict[str, QCheckBox] = {}
        sections_group = QGroupBox(self.tr("Include"))
        grid = QGridLayout(sections_group)
        for n, key in enumerate(SECTIONS):
            box = QCheckBox(label(key, ui_lang))
            box.setChecked(True)
            self.section_boxes[key] = box
            grid.addWidget(box, n % 4, n // 4)
        title_note = QLabel(self.tr("The title page (title, date, place, organizer, "
                                    "facilitators) is always there."))
        title_note.setWordWrap(True)
        title_note.setStyleSheet("color: #546e7a;")
        grid.addWidget(title_note, 4, 0, 1, 2)
        return sections_group

    def _build_paper(self, settings) -> None:
        """The paper, remembered; the default follows the system's locale."""
        self.paper_box = QComboBox()
        for key, name in _paper_names().items():
            self.paper_box.addItem(name, key)
        saved = settings.value("paper", "")
        paper = saved if saved in PAPERS else default_paper()
        self.paper_box.setCurrentIndex(self.paper_box.findData(paper))
        self.paper_box.setToolTip(self.tr("The paper of the PDF and Word files: Letter in "
                                          "Québec and North America, A4 elsewhere"))

    def _build_where(self, settings):
        """The folder and the file name."""
        default_folder = settings.value("export_folder", "") or str(self.ctx.path.parent)
        self.folder_edit = QLineEdit(default_folder)
        self.folder_edit.setAccessibleName(self.tr("Output folder"))
        self.folder_button = QPushButton(icon("fa5s.folder-open"), self.tr("Choose…"))
        self.folder_button.setToolTip(self.tr("Choose the folder the files are written to"))
        self.name_edit = QLineEdit(self.ctx.path.stem)
        self.name_edit.setAccessibleName(self.tr("File name"))
        self.name_edit.setToolTip(self.tr("Without extension: .pdf, .docx, .md and .json are "
                                          "added; CSV files go in a folder of that name; the "
                                          "guide is NAME-guide.pdf"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        where = QFormLayout()
        where.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        where.addRow(self.tr("&Language"), self.lang_box)
        where.addRow(self.tr("Pape&r"), self.paper_box)
        folder_label = QLabel(self.tr("F&older"))
        folder_label.setBuddy(self.folder_edit)
        where.addRow(folder_label, folder_row)
        where.addRow(self.tr("File &name"), self.name_edit)
        return where

    def _build_run(self):
        """Export, its progress and its result."""
        self.export_button = QPushButton(icon("fa5s.file-export"), self.tr("Export"))
        self.export_button.setToolTip(self.tr("Write the chosen files (Ctrl+E)"))
        self.export_button.setDefault(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Files written"))
        self.results.setMaximumHeight(130)
        self.results.setVisible(False)
        self.open_folder_button = QPushButton(icon("fa5s.folder-open"), self.tr("Open the folder"))
        self.open_folder_button.setToolTip(self.tr("Show the files in the file manager "
                                                   "(Ctrl+Shift+O)"))
        self.open_folder_button.setVisible(False)
        run_row = QHBoxLayout()
        run_row.addWidget(self.export_button)
        run_row.addWidget(self.progress, 1)
        run_row.addStretch()
        result_row = QHBoxLayout()
        result_row.addWidget(self.status, 1)
        result_row.addWidget(self.open_folder_button)
        return run_row, result_row

    def _build_demarche(self):
        """The démarche: the sessions this one follows (issue 16)."""
        demarche_group = QGroupBox(self.tr("The démarche"))
        dl = QVBoxLayout(demarche_group)
        self.chain_label = QLabel()
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextFormat(Qt.TextFormat.PlainText)
        self.series_button = QPushButton(icon("fa5s.stream"),
                                         self.tr("Write the démarche's report"))
        self.series_button.setToolTip(self.tr(
            "One report across this session and the ones it follows: actions, resolutions, "
            "priorities, roles and attendance over time; in the formats checked among PDF, "
            "Word and Markdown, in the folder above (NAME-demarche)"))
        dl.addWidget(self.chain_label)
        dl.addWidget(self.series_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.chain: list[Path] | None = None
        return demarche_group

    def _build_preview(self):
        """The outline of the first page."""
        self.preview = PagePreview()
        self.preview.set_paper(self.paper())
        preview_group = QGroupBox(self.tr("First page (outline)"))
        pl = QVBoxLayout(preview_group)
        pl.addWidget(self.preview, 1)
        note = QLabel(self.tr("An outline of the first page: open the PDF for the real layout."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #546e7a;")
        pl.addWidget(note)
        return preview_group

    def _connect(self) -> None:
        """Signals to slots, and the page\'s shortcuts."""
        self.folder_button.clicked.connect(self.choose_folder)
        self.export_button.clicked.connect(self.export)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.series_button.clicked.connect(self.write_series)
        self.lang_box.currentIndexChanged.connect(self._update_preview)
        self.paper_box.currentIndexChanged.connect(self._paper_changed)
        for box in self.section_boxes.values():
            box.toggled.connect(self._update_preview)
        for box in (*self.format_boxes.values(), *self.section_boxes.values()):
            box.toggled.connect(self._update_export_enabled)
        self.name_edit.textChanged.connect(self._update_export_enabled)
        self.folder_edit.textChanged.connect(self._update_export_enabled)
        QShortcut(QKeySequence("Ctrl+E"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
                  activated=self.export)
        QShortcut(QKeySequence("Ctrl+Shift+O"), self,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut, activated=self.open_folder)

    # -- showing ----------------------------------------------------------------------------
    def refresh(self, kinds: set) -> None:
        session = self.ctx.store.session.get()
        name = "Français" if session.language != "en" else "English"
        self.lang_box.setItemText(0, self.tr("Same as the session (%1)").replace("%1", name))
        self._update_preview()
        self._update_export_enabled()

    def activated(self) -> None:
        self.export_button.setFocus()
        self.find_chain()

    # -- the démarche's report (facilitator.series) -------------------------------------------
    def find_chain(self) -> list[Path]:
        """The sessions the open one follows, found by their uid among the files in its folder,
        the recent files and the local index of past sessions (each only read)."""
        from facilitator import history, series
        from facilitator_ui import settings

        places = list(settings.recent_files())
        try:
            places += [e["path"] for e in history.load_index()["sessions"].values()
                       if e.get("path")]
        except Exception:  # noqa: BLE001 (the index is a help, never a failure)
            pass
        self.chain = series.find_chain(self.ctx.store, places=places)
        link = self.ctx.store.series.previous()
        if self.chain:
            names = ", ".join(f"« {p.stem} »" if current_language() != "en" else f"“{p.stem}”"
                              for p in self.chain)
            text = self.tr("The sessions this one follows, found: %1").replace("%1", names)
        elif link is not None:
            text = self.tr("This session follows “%1”, whose file was not found: the report "
                           "will hold this session alone.").replace("%1", link.title or "?")
        else:
            text = self.tr("This session follows no other: the report holds this session.")
        self.chain_label.setText(text)
        return self.chain

    def series_formats(self) -> list[str]:
        chosen = [f for f in ("pdf", "docx", "md") if self.format_boxes[f].isChecked()]
        return chosen or ["pdf"]

    def write_series(self) -> list[Path]:
        from facilitator import series

        chain = self.find_chain() if self.chain is None else self.chain
        folder = Path(self.folder_edit.text().strip())
        name = (self.name_edit.text().strip() or self.ctx.path.stem) + "-demarche"
        outs = [folder / f"{name}.{fmt}" for fmt in self.series_formats()]
        taken = [p for p in outs if p.exists()]
        if taken:
            answer = QMessageBox.question(
                self, self.tr("Replace existing files?"),
                self.tr("These files are already in “%1”:").replace("%1", str(folder))
                + "\n" + "\n".join(f"• {p.name}" for p in taken) + "\n\n"
                + self.tr("Replace them with the new export?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return []
        written = []
        try:
            own = series.read(self.ctx.store, Path(self.ctx.path))
            for out in outs:
                written.append(series.write(chain, out.suffix[1:], out, lang=self.lang(),
                                            paper=self.paper(), overwrite=True,
                                            read_already=[own]))
        except FacilitatorError as exc:
            self._failed(str(exc))
            return written
        self.written, self.written_folder = written, folder
        self.results.clear()
        for p in written:
            self.results.addItem(p.name)
        self.results.setVisible(True)
        self.open_folder_button.setVisible(True)
        self.status.setText(self.tr("The démarche's report is written in “%1”.")
                            .replace("%1", str(folder)))
        self.statusMessage.emit(self.status.text())
        return written

    def lang(self) -> str:
        return norm_lang(self.lang_box.currentData() or self.ctx.store.session.get().language)

    def include(self) -> set[str]:
        return {k for k, box in self.section_boxes.items() if box.isChecked()}

    def formats(self) -> list[str]:
        return [f for f in FORMATS if f in self.format_boxes and self.format_boxes[f].isChecked()]

    def paper(self) -> str:
        return self.paper_box.currentData() or default_paper()

    def _paper_changed(self, *_args) -> None:
        from facilitator_ui import settings

        settings.set_value("paper", self.paper())
        self.preview.set_paper(self.paper())

    def _update_export_enabled(self, *_args) -> None:
        ready = bool(self.formats()) and bool(self.name_edit.text().strip()) and \
            bool(self.folder_edit.text().strip()) and self.run is None
        self.export_button.setEnabled(ready)

    def _update_preview(self, *_args) -> None:
        store = self.ctx.store
        s = store.session.get()
        lang = self.lang()
        colon = fmt_colon(lang)
        lines = []
        when = " · ".join(x for x in (fmt_date(s.date, lang), s.start_time or "") if x)
        if when:
            lines.append(when)
        for key, value in (("place", s.place), ("organizer", s.organizer),
                           ("facilitators", ", ".join(s.facilitators))):
            if value:
                lines.append(label(key, lang) + colon + value)
        counts = store.counts()
        people = store.participants.list()
        present = sum(p.present for p in people)
        detail = {
            "attendance": label("attendance_count", lang, present=present, total=len(people)),
            "agenda": str(counts["agenda_items"]),
            "ideas": label("ideas_total", lang, n=counts["ideas"], t=counts["themes"]),
            "votes": str(counts["rounds"]),
            "roles": str(counts["actors"]),
            "decisions": str(counts["decisions"]),
            "actions": str(counts["actions"]),
        }
        contents = []
        n = 0
        for key in SECTIONS:
            if key not in self.include():
                continue
            n += 1
            text = f"{n}. {label(key, lang)}"
            if detail[key]:
                text += f" — {detail[key]}"
            contents.append(text)
        self.preview.set_outline(label("report_kind", lang), s.title, lines,
                                 label("contents", lang), contents)

    # -- exporting --------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the exported files"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def job(self) -> ExportJob:
        return ExportJob(formats=self.formats(), folder=Path(self.folder_edit.text().strip()),
                         name=self.name_edit.text().strip(), lang=self.lang(),
                         include=self.include(), paper=self.paper())

    def export(self) -> None:
        if self.run is not None or not self.export_button.isEnabled():
            return
        job = self.job()
        if not job.folder.is_dir():
            QMessageBox.warning(self, self.tr("Export"),
                                self.tr("The folder “%1” does not exist; choose another one.")
                                .replace("%1", str(job.folder)))
            return
        taken = export_worker.existing(job)
        if taken:
            names = "\n".join(f"• {p.name}" for p in taken)
            answer = QMessageBox.question(
                self, self.tr("Replace existing files?"),
                self.tr("These files are already in “%1”:").replace("%1", str(job.folder))
                + "\n" + names + "\n\n" + self.tr("Replace them with the new export?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self.status.setText(self.tr("Nothing was exported: the existing files are kept."))
                return
            job.overwrite = True
        try:
            run = ExportRun(self.ctx.store, job)
        except FacilitatorError as exc:
            self._failed(str(exc))
            return
        from facilitator_ui import settings

        settings.set_value("export_folder", str(job.folder))
        self.run = run
        self.written = []
        self.results.clear()
        self.results.setVisible(False)
        self.open_folder_button.setVisible(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Exporting…"))
        run.worker.progress.connect(self._progress)
        run.worker.stage.connect(self._stage)
        run.worker.succeeded.connect(self._succeeded)
        run.worker.failed.connect(self._failed)
        run.finished.connect(self._finished)
        self._update_export_enabled()
        run.start()

    def _progress(self, value: float) -> None:
        self.progress.setValue(int(value * 1000))

    def _stage(self, fmt: str) -> None:
        names = {"pdf": "PDF", "docx": "Word", "md": "Markdown", "csv": "CSV", "json": "JSON",
                 "guide": self.tr("facilitation guide")}
        self.status.setText(self.tr("Writing the %1 file…").replace("%1", names.get(fmt, fmt)))

    def _succeeded(self, paths: list) -> None:
        self.written = [Path(p) for p in paths]
        folder = self.run.job.folder if self.run else Path(self.folder_edit.text())
        self.written_folder = folder
        text = (self.tr("1 file written in “%2”.") if len(self.written) == 1
                else self.tr("%1 files written in “%2”."))
        notices = list(self.run.worker.notices) if self.run else []
        self.status.setText(" ".join([text.replace("%1", str(len(self.written)))
                                      .replace("%2", str(folder))] + notices))
        for p in self.written:
            try:
                shown = str(p.relative_to(folder))
            except ValueError:
                shown = str(p)
            self.results.addItem(shown)
        self.results.setVisible(bool(self.written))
        self.open_folder_button.setVisible(bool(self.written))
        self.statusMessage.emit(self.status.text())

    def _failed(self, text: str) -> None:
        self.status.setText(self.tr("The export failed: %1").replace("%1", text))
        QMessageBox.warning(self, self.tr("Export"), text)

    def _finished(self) -> None:
        self.run = None
        self.progress.setVisible(False)
        self._update_export_enabled()

    def open_folder(self) -> None:
        if not self.written:
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written_folder)))
