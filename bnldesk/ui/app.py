"""Starting the desktop application, and switching its language live.

:class:`Controller` owns what outlives a window: the store, the one database worker, the
settings, the undo stack and the change bus that tells every view what a write changed.
Switching the language rebuilds the main window in the new language with the same selection,
splitters and undo history.
"""

from __future__ import annotations

import gc
import os
import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from bnldesk import APP_NAME, APP_ORG, __version__
from bnldesk.paths import resource_path
from bnldesk.services.guard import GuardedOpen
from bnldesk.store.backend import DatabaseLocation, ServerAddress
from bnldesk.store.engine import Store, StoreError
from bnldesk.ui import crash_report, i18n, startup_probe
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.changes import ChangeBus
from bnldesk.ui.error_texts import as_sentence, error_text
from bnldesk.ui.outside_changes import OutsideWatch
from bnldesk.ui.settings import Settings
from bnldesk.ui.undo_texts import retranslate_undo_stack
from bnldesk.ui.unsaved import offer_kept, unsaved_edits
from bnldesk.ui.widgets.fonts import install_fallback_fonts
from bnldesk.ui.widgets.icons import app_icon
from bnldesk.ui.widgets.screen_fit import keep_windows_on_screen
from bnldesk.ui.widgets.theme import apply_appearance
from bnldesk.ui.worker import DbWorker


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ORG)
    app.setApplicationVersion(__version__)
    # Lets Wayland and the task bar match the window to resources/bnldesk.desktop and its icon.
    app.setDesktopFileName("bnldesk")
    return app


def load_style(app: QApplication) -> None:
    qss = resource_path("styles", "bnldesk.qss")
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))


class Controller(QObject):
    window_replaced = Signal(object)

    def __init__(self, store: Store, settings: Settings | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or Settings()
        self.worker = DbWorker(store, self)
        self.undo_stack = QUndoStack(self)
        self.changes = ChangeBus(self.worker, self.undo_stack, self)
        # What other programs write to the database is shown too (no stale form saved back).
        self.outside = OutsideWatch(self.changes, self)
        self.outside.start()
        self.language = i18n.install(str(self.settings.get("prefs/language")))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_fallback_fonts(app)  # emoji and other scripts from the bundled fonts
            apply_appearance(app, str(self.settings.get("prefs/appearance")))
        self.window: MainWindow | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            keep_windows_on_screen(app)  # every window and dialog opens inside its screen

    def offer_kept_notes(self) -> None:
        """At start: offer the edits (notes, action items, meetings) a failed save kept on this
        laptop in an earlier run."""
        if self.window is not None and not self.store.read_only:
            offer_kept(self.window, unsaved_edits(self.changes))

    def open_window(self, *, restore: bool = True, show: bool = True) -> MainWindow:
        window = MainWindow(
            self.store,
            self.worker,
            self.settings,
            self.changes,
            controller=self,
        )
        self.window = window
        from bnldesk.ui.meetings.features import install_meeting_actions

        install_meeting_actions(window)  # meetings, sharing, conflicts, backups
        crash_report.add_debug_action(window)  # hidden: Ctrl+Alt+Shift+F12 raises a test error
        window.start(restore=restore)
        if show:
            window.show()
        freeze_start_up_heap()
        return window

    def set_language(self, code: str) -> MainWindow | None:
        """Apply a language at once: store the choice, then rebuild the window in it."""
        self.settings.set("prefs/language", code)
        self.language = i18n.install(code)
        if self.window is not None:
            self.window.notes.commit()
        retranslate_undo_stack(self.undo_stack)  # Edit > Undo in the new language too
        return self._replace_window(carry=True)

    def reopen_after_restore(self) -> MainWindow | None:
        """Show the database that a restore put in place: the undo history of the replaced
        file is dropped (its steps refer to records that may not exist now) and a new window
        loads every view from the restored file, keeping the layout and selection."""
        self.undo_stack.clear()
        return self._replace_window()

    def _replace_window(self, *, carry: bool = False) -> MainWindow | None:
        """A new main window in place of the current one, with its layout and selection."""
        old = self.window
        if old is None:
            return None
        was_visible = old.isVisible()
        carried = None
        if carry:
            # The meetings windows are rebuilt too: what they show, typed text included, goes
            # over (not after a restore: their edits belong to the file that was replaced).
            old_features = getattr(old, "meeting_features", None)
            carried = old_features.snapshot() if old_features is not None else None
        # What is typed in the search box, the filters and the scope go over too (a language
        # switch cleared them).
        view = old.browse_view() if carry else None
        old.save_state()
        old.hide()
        window = self.open_window(restore=True, show=was_visible)
        if view is not None:
            window.show_browse_view(view)
        if carried is not None:
            from bnldesk.ui.meetings.features import install_meeting_actions

            install_meeting_actions(window).restore(carried)  # the features open_window added
        self._retire(old)
        self.window_replaced.emit(window)
        return window

    def _retire(self, window: MainWindow) -> None:
        window.retiring = True
        window.detach()
        window.close()
        # Callbacks of jobs the old window queued must run before it is deleted.
        self.worker.wait_idle()
        window.deleteLater()

    def shutdown(self) -> None:
        # The session ending (log out) ends the event loop without closing the window: what
        # is typed is saved here, or kept on this laptop when the save fails
        # (bnldesk.ui.unsaved), with no question asked.
        if self.window is not None:
            self.window.notes.commit()
            features = getattr(self.window, "meeting_features", None)
            if features is not None:
                features.save_typed()
            self.worker.wait_idle()
            self._retire(self.window)
            self.window = None
        unsaved_edits(self.changes).stop()
        self.outside.stop()
        self.worker.shutdown()
        self.undo_stack.clear()


_heap_frozen = False


def freeze_start_up_heap() -> None:
    """Take what is alive once the first window is built (modules, Qt wrappers, ORM mappers:
    most of the heap, hundreds of thousands of objects) out of the garbage collector's scans.

    A full collection holds the interpreter lock while it scans every tracked object, and it
    runs on whichever thread happens to allocate: the worker's export, brief or import
    stalled the window 130-560 ms at a time (bench/bench_stalls.py). Once per process; what
    is made afterwards is collected as usual."""
    global _heap_frozen  # one freeze per process
    if not _heap_frozen:
        gc.freeze()
        _heap_frozen = True


def show_start_page_at_start(window: MainWindow) -> bool:
    """A delegate lands on "what is next" (upcoming meetings, overdue actions) beside the
    window, unless they turned it off in the preferences. Returns whether it was shown."""
    if not window.settings.get("prefs/start_page"):
        return False
    features = getattr(window, "meeting_features", None)
    if features is None:
        return False
    features.show_start_page()
    return True


def run_gui(db_path: DatabaseLocation, *, demo: bool = True) -> int:
    """The window on a database file, or on a delegation server (``postgresql://``)."""
    app = ensure_app()
    reporter = crash_report.install(app)  # Qt messages to the log, errors in one dialog
    try:
        return _open_and_run(app, db_path, demo=demo)
    finally:
        reporter.uninstall()


def can_show_windows() -> bool:
    """Whether a window can be shown: on Linux and the BSDs, a display (X11 or Wayland) or a
    Qt platform chosen (``offscreen``); elsewhere always. Without one Qt aborts the process."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def show_start_refusal(line: str) -> None:
    """``line``, the one-line refusal that ended a start of the window before it opened (a
    ``--db`` in a folder that does not exist, a ``$BNLDESK_DB`` that names no database), in a
    message box: a delegate who starts bnldesk from a desktop shortcut sees no terminal and
    saw nothing (trial 16). Nothing where no window can be shown: the line on stderr says it."""
    if not can_show_windows():
        return
    made = not isinstance(QApplication.instance(), QApplication)
    app = ensure_app()
    startup_probe.install(app)  # BNLDESK_QUIT_WHEN_SHOWN: the box ends the start
    if made:  # dressed as the window would be (an application that runs one has its own)
        app.setWindowIcon(app_icon())
        load_style(app)
    QMessageBox.critical(None, "bnldesk", as_sentence(line))


def _open_server(address: ServerAddress) -> GuardedOpen:
    """A server needs no lock, check or restore of a file: its own server keeps it."""
    from bnldesk.store.engine import open_store
    from bnldesk.ui.server_sync import password_prompt

    return GuardedOpen(open_store(address, ask_password=password_prompt(None)), None)


def _open_and_run(app: QApplication, db_path: DatabaseLocation, *, demo: bool) -> int:
    startup_probe.install(app)  # BNLDESK_QUIT_WHEN_SHOWN: bench and selftest
    app.setWindowIcon(app_icon())
    load_style(app)
    from bnldesk.ui.settings.backups import startup_open

    # The start-up dialogs (a damaged, read-only, locked... database, a server that refuses)
    # come before the window: they speak the delegate's language too (trial 14: they were
    # English in a French interface, the language being installed with the window).
    i18n.install(str(Settings().get("prefs/language")))
    try:
        if isinstance(db_path, ServerAddress):
            opened: GuardedOpen | None = _open_server(db_path)
        else:
            # quick_check, one-window lock (a second window opens read-only), restore if
            # damaged.
            opened = startup_open(db_path, demo=demo)
    except StoreError as exc:
        QMessageBox.critical(None, "bnldesk", as_sentence(error_text(exc)))
        return 1
    if opened is None or opened.store is None:
        return 1
    store = opened.store
    controller = Controller(store)
    window = controller.open_window()
    if store.created_with_demo:
        window.show_message(
            QCoreApplication.translate(
                "App",
                "A new database was made with the demo data of the published plans: "
                "import the real documents with File > Import.",
            )
        )
    show_start_page_at_start(window)
    controller.offer_kept_notes()
    try:
        return app.exec()
    finally:
        controller.shutdown()
        opened.close()
