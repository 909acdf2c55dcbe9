"""Opens, creates and closes sessions for the main window, and tells the person, in their
language, when a file cannot be opened. Nothing here writes session data itself."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from facilitator.errors import FacilitatorError, FileError
from facilitator.store import SUFFIX, Store
from facilitator_ui import settings
from facilitator_ui.context import SessionContext
from facilitator_ui.main_window import MainWindow


class AppController(QObject):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.ctx: SessionContext | None = None
        self.guard = None
        self.window = MainWindow()
        self._wire(self.window)
        QTimer.singleShot(0, self._tidy_snapshots)

    @staticmethod
    def _tidy_snapshots() -> None:
        """Start-up: what a killed snapshot left goes; old sessions' folders are thinned."""
        from facilitator.store import snapshots

        try:
            snapshots.tidy()
        except Exception:  # tidying must never stop the app from starting
            pass

    def _tell_set_aside(self) -> None:
        """Say which stale journals were kept beside a file just made (store.files)."""
        from facilitator.store.files import take_notices

        notes = take_notices()
        if notes:
            QMessageBox.information(self.window, self.tr("A journal was set aside"),
                                    "\n\n".join(notes))

    def _wire(self, w: MainWindow) -> None:
        w.newRequested.connect(self.new_session)
        w.followingRequested.connect(self.new_following)
        w.openRequested.connect(self.choose_and_open)
        w.recentRequested.connect(self.open_path)
        w.demoRequested.connect(self.open_demo)
        w.saveCopyRequested.connect(self.save_copy)
        w.restoreRequested.connect(self.restore_backup)
        w.closeRequested.connect(self.close_session)
        w.languageRequested.connect(self.change_language)
        w.presenterRequested.connect(self.show_presenter)
        w.presenterCloseRequested.connect(self.close_presenter)
        w.appearanceChanged.connect(self.change_appearance)
        w.closeEvent = self._window_closing  # type: ignore[method-assign]

    # -- opening ----------------------------------------------------------------------------
    def open_path(self, path: str | Path) -> bool:
        path = Path(path)
        try:
            store = Store.open(path)
        except FileError as exc:
            if exc.key == "not_found":
                settings.remove_recent(str(path.absolute()))
                self.window.start.refresh()
            if exc.key in ("read_only", "read_only_folder"):
                return self._offer_copy(path, exc)
            if exc.key == "foreign_wal":
                return self._offer_set_aside(path, exc)
            self._warn(self.tr("Cannot open the session"), exc)
            return False
        self._set_store(store)
        return True

    def open_handed_over(self, path: str | None) -> None:
        """A second launch handed its file over (ui.single_instance): show the window, then open
        the file, or say why it cannot be opened; the session in progress is closed only when
        the facilitator says so."""
        w = self.window
        if w.isMinimized():
            w.showNormal()
        w.show()
        w.raise_()
        w.activateWindow()
        if not path:
            return
        target = Path(path)
        if self.ctx is not None:
            try:
                if target.resolve() == Path(self.ctx.path).resolve():
                    return  # already the open session
            except OSError:
                pass
            answer = QMessageBox.question(
                w, self.tr("Open another session"),
                self.tr("Close “%1” and open “%2”?").replace("%1", Path(self.ctx.path).name)
                .replace("%2", target.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.open_path(target)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.open_handed_over(event.file())
            return True
        return super().eventFilter(obj, event)

    def _offer_set_aside(self, path: Path, exc: FileError) -> bool:
        """A journal that is not the session's own lies beside it: open the file as saved,
        with that journal kept beside it under another name (never deleted)."""
        from facilitator.store.files import set_aside_companions

        answer = QMessageBox.question(
            self.window, self.tr("Cannot open the session"),
            str(exc) + "\n\n" + self.tr("Set that journal aside (renamed, not deleted) and "
                                         "open the session as saved in the file?"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            set_aside_companions(path)
        except (OSError, FacilitatorError) as err:
            self._warn(self.tr("Cannot open the session"),
                       err if isinstance(err, FacilitatorError)
                       else FileError("write_failed", file=str(path), detail=str(err)))
            return False
        self._tell_set_aside()
        return self.open_path(path)

    def _offer_copy(self, path: Path, exc: FileError) -> bool:
        """A session that cannot be written where it is: work on a copy on this computer."""
        answer = QMessageBox.question(
            self.window, self.tr("Cannot open the session"),
            str(exc) + "\n\n" + self.tr("Open a copy in your documents folder?"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        dest = self._free_local_path(path.name)
        try:
            Store.copy_file(path, dest)
        except FacilitatorError as err:
            self._warn(self.tr("Copy not saved"), err)
            return False
        self._tell_set_aside()
        return self.open_path(dest)

    def choose_and_open(self) -> None:
        start = settings.value("last_folder", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open a session"), start,
            self.tr("Facilitateur sessions (*.atelier);;All files (*)"))
        if path:
            settings.set_value("last_folder", str(Path(path).parent))
            self.open_path(path)

    def new_session(self, template: str | None = None) -> None:
        from facilitator_ui.dialogs.new_session import NewSessionDialog

        try:
            from facilitator.templates import list_templates

            templates = list_templates()
        except Exception:
            templates = []
        dialog = NewSessionDialog(templates, template, self.lang, self.window)
        if dialog.exec() != NewSessionDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        if not values["path"]:
            return
        self.create_session(**values)

    def create_session(self, path: str, title: str, template: str | None, lang: str) -> bool:
        try:
            if template:
                from facilitator.templates import apply_template, load_template

                tpl = load_template(template)
                store = Store.create(path, title, language=lang, template=tpl.name)
                with store.transaction():
                    apply_template(store, tpl, lang)
            else:
                store = Store.create(path, title, language=lang)
        except FacilitatorError as exc:
            self._tell_set_aside()
            self._warn(self.tr("Cannot create the session"), exc)
            return False
        self._tell_set_aside()
        self._set_store(store)
        return True

    def read_previous(self, path: str):
        """The session a new one would follow: the open session through its own store (it is
        held by this window, so it cannot be opened again), any other file read only."""
        from facilitator import carryover

        if self.ctx is not None:
            try:
                if Path(path).resolve() == Path(self.ctx.path).resolve():
                    return carryover.read_previous(self.ctx.store, Path(self.ctx.path))
            except OSError:
                pass
        return carryover.load_previous(path)

    def new_following(self) -> None:
        """« Nouvelle séance à la suite de… »: the open session is offered as the previous one."""
        from facilitator_ui.dialogs.following import FollowingDialog

        try:
            from facilitator.templates import list_templates

            templates = list_templates()
        except Exception:
            templates = []
        previous = str(self.ctx.path) if self.ctx is not None else None
        dialog = FollowingDialog(self.read_previous, templates, self.lang, previous,
                                 self.window)
        if dialog.exec() != FollowingDialog.DialogCode.Accepted or dialog.previous is None:
            return
        values = dialog.values()
        if values["path"]:
            self.create_following(dialog.previous, **values)

    def create_following(self, previous, path: str, title: str | None, template: str | None,
                         date: str | None, parts) -> bool:
        from facilitator import carryover

        try:
            carryover.create_following(path, previous, parts=parts, template=template,
                                       title=title, date=date)
        except FacilitatorError as exc:
            self._tell_set_aside()
            self._warn(self.tr("Cannot create the session"), exc)
            return False
        self._tell_set_aside()
        return self.open_path(path)

    def open_demo(self) -> None:
        from facilitator.demo import write_demo
        from facilitator.paths import user_data_dir

        path = user_data_dir() / ("demo-mrc.atelier" if self.lang == "fr" else "demo-mrc-en.atelier")
        if self.ctx is not None and self.ctx.path.resolve() == path.resolve():
            return
        try:
            write_demo(path, self.lang, replace=True, own=True)  # one uid: one snapshot folder
        except FacilitatorError as exc:
            self._warn(self.tr("Cannot open the demo"), exc)
            return
        self._tell_set_aside()
        self.open_path(path)

    def _set_store(self, store: Store) -> None:
        self.close_session()
        self.ctx = SessionContext(store)
        self.ctx.failed.connect(self._save_failed)
        room = self.ctx.room_view
        room.set_console(self.window)
        room.opened.connect(self._presenter_opened)
        room.pagesChanged.connect(self._room_pages)
        settings.add_recent(store.path)
        self.window.set_session(self.ctx)
        from facilitator_ui.live import offer_resume

        offer_resume(self.ctx, self.window)  # a live run was in progress: offer to resume it
        from facilitator_ui.safety import SessionGuard

        self.guard = SessionGuard(self.ctx)
        self._check_placement()

    def _check_placement(self) -> None:
        """A session in a cloud-synchronised or network folder: warn, offer a local copy."""
        from facilitator.placement import risky_location

        kind = risky_location(self.ctx.path)
        if kind is None:
            return
        text = (self.tr("This session is in a folder synchronised with the cloud. The "
                        "synchronisation can upload a half-written file or replace it during "
                        "the session. Work on a copy on this computer?")
                if kind == "cloud" else
                self.tr("This session is in a network folder, which may not protect the file "
                        "against two writers or a lost connection. Work on a copy on this "
                        "computer?"))
        answer = QMessageBox.question(self.window, self.tr("Work on a local copy?"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        dest = self._free_local_path(self.ctx.path.name)
        try:
            self.ctx.store.save_copy(dest)
        except FacilitatorError as exc:
            self._warn(self.tr("Copy not saved"), exc)
            return
        self._tell_set_aside()
        self.open_path(dest)
        self.window.statusBar().showMessage(
            self.tr("Working on the local copy: %1").replace("%1", str(dest)), 15000)

    def restore_backup(self) -> None:
        if self.ctx is None:
            return
        from facilitator.store import snapshots
        from facilitator_ui.dialogs.restore import RestoreDialog

        dialog = RestoreDialog(snapshots.snapshots(self.ctx.store), self.window)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        snap = dialog.chosen()
        suggestion = self.ctx.path.with_name(
            f"{self.ctx.path.stem}-{snap.taken.strftime('%Y%m%d-%H%M')}{SUFFIX}")
        path = self._ask_session_path(self.tr("Open the backup as a new file"), suggestion)
        if not path:
            return
        try:
            snapshots.restore(snap, path)
        except FacilitatorError as exc:
            self._warn(self.tr("Backup not restored"), exc)
            return
        self._tell_set_aside()
        self.open_path(path)

    def _ask_session_path(self, title: str, suggestion: Path) -> str | None:
        """Where to write a session file (the .atelier ending added when missing)."""
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(suggestion),
                                              self.tr("Facilitateur sessions (*.atelier)"))
        if not path:
            return None
        return path if path.endswith(SUFFIX) else path + SUFFIX

    @staticmethod
    def _free_local_path(name: str) -> Path:
        """A file name not yet taken in the person's documents folder."""
        from facilitator_ui.dialogs.new_session import default_folder

        stem = Path(name).stem
        dest = default_folder() / f"{stem}{SUFFIX}"
        n = 2
        while dest.exists():
            dest = default_folder() / f"{stem}-{n}{SUFFIX}"
            n += 1
        return dest

    # -- while open -------------------------------------------------------------------------
    def _save_failed(self, message: str) -> None:
        if self.ctx is not None and not self.ctx.store.file_is_in_place():
            answer = QMessageBox.question(
                self.window, self.tr("The session file is gone"),
                message + "\n\n" + self.tr("Save a copy now?"))
            if answer == QMessageBox.StandardButton.Yes:
                self.save_copy()
            return
        QMessageBox.warning(self.window, self.tr("Not saved"), message)

    def save_copy(self) -> None:
        if self.ctx is None:
            return
        suggestion = self.ctx.path.with_name(self.ctx.path.stem + self.tr("-copy") + SUFFIX)
        path = self._ask_session_path(self.tr("Save a copy"), suggestion)
        if not path:
            return
        try:
            self.ctx.store.save_copy(path)
        except FacilitatorError as exc:
            self._warn(self.tr("Copy not saved"), exc)
            return
        self._tell_set_aside()
        self.window.statusBar().showMessage(self.tr("Copy saved: %1").replace("%1", path), 8000)

    @property
    def presenter(self):
        """The projector window on screen, if any (owned by ctx.room_view)."""
        return self.ctx.room_view.window if self.ctx is not None else None

    def show_in_room(self, key: str) -> None:
        """Open the projector window if needed and show one of its views."""
        if self.ctx is not None:
            self.ctx.room_view.show(key)

    def show_presenter(self) -> None:
        if self.ctx is not None:
            self.ctx.room_view.open()   # never takes the keyboard from the console

    def _presenter_opened(self) -> None:
        from PySide6.QtGui import QGuiApplication

        if len(QGuiApplication.screens()) == 1:
            self.window.statusBar().showMessage(self.tr(
                "One screen: the room view opens as a preview window beside your controls. "
                "With a projector, extend the display (do not duplicate it) so that the room "
                "sees only the room view. Shift+F5 closes it."), 15000)

    def _room_pages(self, text: str) -> None:
        """The room view has pages: say where the room is and how to step through them."""
        if text:
            self.window.statusBar().showMessage(
                self.tr("The room sees %1: Page Down / Page Up show the others.")
                .replace("%1", text), 15000)

    def close_presenter(self) -> None:
        if self.ctx is not None:
            self.ctx.room_view.close()

    def close_session(self) -> None:
        if self.ctx is not None:
            self.ctx.room_view.shutdown()   # the room server stops before the engine
            ctx, self.ctx = self.ctx, None
            self._remember_times(ctx.store)
            healthy = self.guard.closing() if self.guard is not None else True
            self.guard = None
            self.window.set_session(None)
            ctx.close()
            ctx.deleteLater()
            if not healthy:
                QMessageBox.warning(
                    self.window, self.tr("Check the session file"),
                    self.tr("SQLite's check found damage in “%1”. Backups of the session are "
                            "available with File › Restore a backup.").replace("%1", str(ctx.path)))

    @staticmethod
    def _remember_times(store) -> None:
        """Keep the session's planned and actual times in the local index of past sessions
        (facilitator.history: the agenda page's duration suggestions). Never a failure."""
        from facilitator import history

        try:
            history.remember(store)
        except Exception:  # noqa: BLE001 (a help for later, never a reason not to close)
            pass

    def change_language(self, lang: str) -> None:
        from facilitator_ui import i18n

        settings.set_language(lang)
        if lang == self.lang:
            self.window.set_language_checked(lang)
            return
        self.lang = lang
        i18n.install(lang)
        from facilitator.i18n import set_language

        set_language(lang)
        self._rebuild_window()

    def change_appearance(self) -> None:
        """The theme or a text size changed (Préférences): apply it to the whole application,
        rebuild the window (style sheets are read when widgets are made) and the room view."""
        from facilitator_ui import theme

        theme.apply()
        shown = self.presenter.current if self.presenter is not None else None
        self._rebuild_window()
        if shown is not None:
            self.close_presenter()
            self.show_in_room(shown)

    def _rebuild_window(self) -> None:
        # Rebuild the window so every text is in the new language; the session stays open.
        old = self.window
        ctx = self.ctx
        geometry = old.saveGeometry()
        page = old.current_page_key()   # the person stays where they were
        self.window = MainWindow()
        self._wire(self.window)
        self.window.restoreGeometry(geometry)
        if ctx is not None:
            ctx.room_view.set_console(self.window)
            self.window.set_session(ctx, page)
        self.window.show()
        old.closeEvent = lambda event: event.accept()  # type: ignore[method-assign]
        old.close()
        old.deleteLater()

    def _window_closing(self, event) -> None:
        self.close_session_for_quit()
        event.accept()

    def close_session_for_quit(self) -> None:
        if self.ctx is not None:
            settings.add_recent(self.ctx.path)
        self.close_session()

    def _warn(self, title: str, exc: FacilitatorError) -> None:
        QMessageBox.warning(self.window, title, str(exc))
