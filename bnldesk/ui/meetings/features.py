"""Hooking meetings, sharing, conflicts and backups into the main window.

:func:`install_meeting_actions` gives the Meetings menu's and the File menu's sharing entries
(meetings, new meeting, pair, share, receive, conflicts, backups, check database: actions of the
one registry, :mod:`bnldesk.ui.actions`) what they do, and starts the 30-minute backup timer. All
database work runs on the window's one worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bnldesk.domain.op_changes import ChangedKind, OpChanges
from bnldesk.services import backup, sync
from bnldesk.services.meetings import workgroup_ref
from bnldesk.services.start_page import start_page_data
from bnldesk.store.engine import Store
from bnldesk.store.errors import FileOnlyError
from bnldesk.ui import dates, i18n
from bnldesk.ui.actions import ActionId
from bnldesk.ui.background_backup import BackgroundBackup
from bnldesk.ui.changes import ChangeBus, Written
from bnldesk.ui.exports.common import ready_to_write
from bnldesk.ui.exports.folders import (
    FileKind,
    FolderSettings,
    open_file,
    remember_folder,
    start_folder,
    unused_name,
)
from bnldesk.ui.meetings.editor import EditorSnapshot
from bnldesk.ui.meetings.panel import MeetingsPanel
from bnldesk.ui.meetings.rows import StartPageRows
from bnldesk.ui.meetings.start_page import StartPage
from bnldesk.ui.notes.conflicts import ConflictsView
from bnldesk.ui.pairing_dialog import PairingDialog
from bnldesk.ui.settings.ask import ask_delegation
from bnldesk.ui.settings.backups import (
    BackupsDialog,
    check_report_text,
    describe_failure,
    restore_in_app,
    run_check,
)
from bnldesk.ui.sync_texts import change_line, receive_summary, shown_changes
from bnldesk.ui.widgets import file_dialogs
from bnldesk.ui.widgets.date_fields import DateField
from bnldesk.ui.widgets.dialogs import WritingDialog, plain_dialog
from bnldesk.ui.widgets.screen_fit import fit_to_screen, fitted_size, scrolling
from bnldesk.ui.worker import Priority, describe_error

AUTO_BACKUP_CHECK_MS = 5 * 60 * 1000  # maybe_backup decides; 30 minutes between backups
# What merging a bundle may change: notes (with their tags and action items), meetings, and
# the conflicts between versions edited on two laptops.
RECEIVED = OpChanges.of(
    ChangedKind.NOTE,
    ChangedKind.TAG,
    ChangedKind.ACTION,
    ChangedKind.MEETING,
    ChangedKind.CONFLICT,
)


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    return QCoreApplication.translate("Meetings", text, disambiguation, count)


# The main window's actions whose shortcuts work in the tool windows too: those that do not
# act on what the main window shows (its list, tree, note, search) nor on a field's text, and
# whose keys the tool windows leave free (Ctrl+P there is the meeting's brief).
SHARED_ACTIONS = (
    ActionId.IMPORT,
    ActionId.EXPORT_EXCEL,
    ActionId.IMPORT_NOTES,
    ActionId.SYNC_SERVER,
    ActionId.PREFERENCES,
    ActionId.QUIT,
    ActionId.GUIDE,
    ActionId.SHORTCUTS,
)


class ToolWindow(QWidget):
    """A window of its own beside the main window, holding one panel (start page, meetings,
    conflicts). Not a dialog: Enter belongs to the fields, never to a default button that would
    clear the form. Escape closes it as it closes a dialog, once no field used it (an open cell
    editor, a list that dropped down, a completer keep their Escape): the fourth delegate trial
    pressed Escape in the Meetings window and nothing happened. But not while something is
    being edited (``editing``): the ninth pressed Escape in a new meeting's Workgroup field to
    dismiss a completer that was not open, and the window asked whether to save it and close.
    Escape then leaves the window and what is typed as they are; Ctrl+W (the close button)
    still closes, first saving or asking about what the panel holds unsaved (``can_close``);
    ``closing`` fires when it does close."""

    closing = Signal()

    def __init__(
        self,
        title: str,
        panel: QWidget,
        parent: QWidget | None,
        can_close: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(title)
        self.panel = panel
        self._can_close = can_close
        self.editing: Callable[[], bool] = lambda: False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        # On a small screen (or a large scale factor) the panel scrolls instead of running off.
        layout.addWidget(scrolling(panel, "toolScroll"))
        close = QAction(self)
        close.setShortcuts(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.addAction(close)

    def close_on_escape(self) -> None:
        """Escape closes this window too (for a window without fields that use Escape)."""
        if self.findChild(QAction, "closeOnEscape") is None:
            escape = QAction(self)
            escape.setObjectName("closeOnEscape")
            escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
            escape.triggered.connect(self.close)
            self.addAction(escape)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Reached here only when the field with the focus did not use it.
        if event.key() == Qt.Key.Key_Escape and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            event.accept()
            if not self.editing():
                self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._can_close is not None and not self._can_close():
            event.ignore()
            return
        self.closing.emit()
        super().closeEvent(event)


class ShareDialog(WritingDialog):
    """What to share: everything, changes since a date, or one workgroup; and where."""

    def __init__(self, settings: FolderSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Share notes"))
        plain_dialog(self)
        self.all = QRadioButton(tr("All notes, meetings and actions of the delegation"))
        self.since = QRadioButton(tr("Changed since"))
        self.workgroup = QRadioButton(tr("Only the workgroup"))
        self.all.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.all, self.since, self.workgroup):
            group.addButton(button)
        # No parent before the layout, so the tab order follows the form (see ActionDialog).
        self.since_date = DateField(allow_empty=False)
        self.since_date.set_value(dt.date.today() - dt.timedelta(days=14))
        # Typing a date or a code chooses what it belongs to.
        self.since_date.textEdited.connect(lambda _text: self.since.setChecked(True))
        self.since_date.refused.connect(lambda _text: self.since.setChecked(True))
        self.code = QLineEdit()
        self.code.setPlaceholderText("SENN-CRISE")
        folder = start_folder(settings, FileKind.BUNDLE)
        self.code.textEdited.connect(lambda _text: self.workgroup.setChecked(True))
        # The day's first bundle is notes-20261130.bnlnotes, the next notes-20261130-2...: the
        # second Share of a day wrote over the first without asking.
        self.path = QLineEdit(
            str(unused_name(folder, f"notes-{dt.date.today():%Y%m%d}", ".bnlnotes"))
        )
        browse = QPushButton(tr("Choose..."))
        browse.clicked.connect(self._browse)
        note = QLabel(tr("Private notes never leave this laptop."))
        note.setStyleSheet("color: palette(mid);")
        form = QFormLayout()
        form.addRow(self.all)
        row = QHBoxLayout()
        row.addWidget(self.since)
        row.addWidget(self.since_date)
        form.addRow(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.workgroup)
        row2.addWidget(self.code)
        form.addRow(row2)
        row3 = QHBoxLayout()
        row3.addWidget(self.path, 1)
        row3.addWidget(browse)
        # With its colon, as in the other dialogs' forms (trial 17: "Bestand" touched the path).
        form.addRow(i18n.with_colon(tr("File")), row3)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setLayout(form)
        self.setMinimumWidth(560)  # room for the file's path

    def _browse(self) -> None:
        path, _ = file_dialogs.get_save_file_name(
            self, tr("Share notes"), self.path.text(), tr("bnldesk notes (*.bnlnotes)")
        )
        if path:
            self.path.setText(path)

    def accept(self) -> None:
        if self.since.isChecked() and not self.since_date.read_text():
            self.since_date.setFocus()  # the field is marked and says why
            return
        if not ready_to_write(self, Path(self.path.text()).expanduser()):
            self.path.setFocus()  # another name, or Cancel
            return
        self.confirm()  # written while the dialog stays open: a fault is shown over it

    def scope(self) -> sync.Scope:
        since = self.since_date.value()
        if self.since.isChecked() and since is not None:
            return sync.Scope(since=dt.datetime.combine(since, dt.time()))
        if self.workgroup.isChecked() and self.code.text().strip():
            return sync.Scope(workgroup=self.code.text().strip())
        return sync.Scope()


def share_summary(result: sync.ShareResult) -> str:
    """What a share wrote: the file, how many notes, meetings and action items, and how many
    private notes were left out and why ("0 notes" alone gave no reason)."""
    wrote = (
        tr("Wrote %1: %2.")
        .replace("%1", str(result.path))
        .replace(
            "%2",
            ", ".join(
                (
                    tr("%n note(s)", None, result.counts["annotation"]),
                    tr("%n meeting(s)", None, result.counts["meeting"]),
                    tr("%n action item(s)", None, result.counts["action_item"]),
                )
            ),
        )
    )
    lines = [wrote]
    if result.private_left_out:
        lines.append(
            tr(
                "%n private note(s) left out: private notes never leave this laptop.",
                None,
                result.private_left_out,
            )
        )
    if result.reattached:
        lines.append(
            tr("Action items linked again to their note first: %1").replace(
                "%1", str(result.reattached)
            )
        )
    return "\n".join(lines)


class ReceivePreview(QDialog):
    """What a bundle would change, before anything is written."""

    def __init__(self, report: sync.ReceiveReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Receive notes"))
        # Who and when, then what receiving would do on a line of its own (trial 17: "…
        # 09:43: Ontvangen zou brengen — Toegevoegd: 2." ran two sentences into one).
        sender = i18n.filled(
            tr("Notes from %1, written %2."),
            report.author or tr("unknown"),
            dates.format_utc(report.created_at),
        )
        head = QLabel(f"{sender}\n{receive_summary(report)}")
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)  # the author name comes from the bundle
        text = QPlainTextEdit("\n".join(change_line(c) for c in shown_changes(report)))
        text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        merge = buttons.addButton(tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        merge.setEnabled(report.changed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(text, 1)
        layout.addWidget(
            QLabel(tr("A backup is made first. Conflicting changes keep both versions."))
        )
        layout.addWidget(buttons)
        self.resize(640, 400)


@dataclass
class MeetingsSnapshot:
    open_windows: list[str]
    editor: EditorSnapshot | None


def _follow_action(button: QAbstractButton, action: QAction) -> None:
    """``button`` enabled exactly when ``action`` is, now and after any change of it."""

    def update() -> None:
        button.setEnabled(action.isEnabled())

    update()
    connection = action.changed.connect(update)
    button.destroyed.connect(lambda: QObject.disconnect(connection))


class MeetingFeatures:
    """What :func:`install_meeting_actions` adds to one main window."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.worker = window.worker
        self.changes: ChangeBus = window.changes
        self.store: Store = window.store
        self._windows: dict[str, ToolWindow] = {}
        self._pairing: PairingDialog | None = None  # the one open Pair laptops window
        # The actions are the registry's (menus, shortcuts, Help > Keyboard shortcuts); their
        # handlers call this window's features (the module functions below).
        self.actions: dict[str, QAction] = {
            key: window.registry[action_id] for key, action_id in _REGISTERED.items()
        }
        self.menu = window.menus["meetings"]
        if self.store.read_only:
            # Nothing can be written: no new meeting, no merge, no resolving (the window says
            # why in its title and status bar).
            for key in ("new_meeting", "receive", "conflicts"):
                self.actions[key].setEnabled(False)
        self.backups = BackgroundBackup(window)
        self.timer = QTimer(window)
        self.timer.setInterval(AUTO_BACKUP_CHECK_MS)
        self.timer.timeout.connect(self.auto_backup)
        self.timer.start()
        window.link_external(self.changes.changed, self.on_changes)

    # ---------------------------------------------------------------------------------------
    def _tool(
        self,
        key: str,
        title: str,
        make: Any,
        can_close: Callable[[ToolWindow], bool] | None = None,
        editing: Callable[[QWidget], bool] | None = None,
    ) -> ToolWindow:
        tool = self._windows.get(key)
        if tool is None:
            tool = ToolWindow(title, make(), self.window)
            if can_close is not None:
                made = tool
                tool._can_close = lambda: can_close(made)
            if editing is not None:
                tool.editing = lambda: editing(tool.panel)
            for key_sequence, slot in (
                (QKeySequence.StandardKey.Undo, getattr(self.window, "undo", None)),
                (QKeySequence.StandardKey.Redo, getattr(self.window, "redo", None)),
            ):
                if slot is not None:
                    action = QAction(tool)
                    action.setShortcuts(key_sequence)
                    action.triggered.connect(lambda _c=False, call=slot: call())
                    tool.addAction(action)
            # The main window's shortcuts that mean the same here are its actions themselves:
            # Ctrl+Q the same question about an unsaved meeting (trial 28: it did nothing in
            # the Meetings window), Ctrl+Shift+E the Excel list (trial 14), ...
            registry = getattr(self.window, "registry", None)
            if registry is not None:
                for action_id in SHARED_ACTIONS:
                    tool.addAction(registry[action_id])
            self._place(key, tool)
            tool.closing.connect(lambda tool_key=key: self._remember_place(tool_key))
            self._windows[key] = tool
        tool.show()
        tool.raise_()
        tool.activateWindow()
        return tool

    def message(self, text: str) -> None:
        show = getattr(self.window, "show_message", None)
        if show is not None:
            show(text)

    # ---------------------------------------------------------------------------------------
    def show_start_page(self) -> StartPage:
        def make() -> StartPage:
            page = StartPage()
            page.meeting_activated.connect(self.open_meeting)
            page.conflicts_requested.connect(self.show_conflicts)
            page.new_meeting_requested.connect(self.new_meeting)
            # The page's button is the menu's action: off where the database is read-only.
            _follow_action(page.new_meeting, self.actions["new_meeting"])
            page.note_activated.connect(self._show_note)
            return page

        tool = self._tool("start", tr("Start page"), make)
        tool.close_on_escape()  # it holds no field: Escape closes it like a dialog
        page = tool.panel
        assert isinstance(page, StartPage)
        self.refresh_start_page()
        return page

    def refresh_start_page(self) -> None:
        tool = self._windows.get("start")
        if tool is None:
            return
        today = dt.date.today()
        language = i18n.current()  # workgroups named in the window's language (trial 17)

        def job(store: Store) -> StartPageRows:
            with store.read() as session:
                return StartPageRows.of(start_page_data(session, today, language=language))

        page = tool.panel
        assert isinstance(page, StartPage)

        def failed(error: Exception) -> None:
            page.show_failed(describe_error(error))  # a bug is logged by the worker too

        # What the delegate looks at first: it goes before the enrichment of the list.
        self.worker.run(job, page.set_data, failed, key="start-page", priority=Priority.INTERACTIVE)

    def _show_note(self, note_id: int) -> None:
        show = getattr(self.window, "_show_annotation", None)
        if show is not None:
            show(note_id)
            self.window.raise_()

    def show_meetings(self) -> MeetingsPanel:
        def make() -> MeetingsPanel:
            panel = MeetingsPanel(self.changes, read_only=self.store.read_only)
            panel.message.connect(self.message)
            panel.editor.note_author = self.note_author
            panel.editor.folders = getattr(self.window, "settings", None)
            panel.editor.brief_requested.connect(self.meeting_brief)
            return panel

        def can_close(tool: ToolWindow) -> bool:
            panel = tool.panel
            assert isinstance(panel, MeetingsPanel)
            return panel.editor.confirm_leave(tool)

        # Escape closes it as Ctrl+W does, asking about a new meeting not saved yet (trial
        # 14; trial 9's Escape to dismiss a completer that was not open is asked about now,
        # nothing is lost). An open completer, list or cell editor takes its Escape first.
        tool = self._tool("meetings", tr("Meetings"), make, can_close)
        panel = tool.panel
        assert isinstance(panel, MeetingsPanel)
        panel.reload()
        return panel

    def note_author(self) -> tuple[str, str] | None:
        """The author and delegation of the preferences, for the notes a debrief writes; the
        delegation asked first when none is chosen (None when the delegate cancels)."""
        settings = getattr(self.window, "settings", None)
        if settings is None:
            return "", ""
        delegation = ask_delegation(settings, self._windows.get("meetings") or self.window)
        if delegation is None:
            return None
        return str(settings.get("prefs/author")), delegation

    def meetings_panel(self) -> MeetingsPanel | None:
        """The Meetings window's panel, if that window was opened."""
        tool = self._windows.get("meetings")
        panel = tool.panel if tool is not None else None
        return panel if isinstance(panel, MeetingsPanel) else None

    def meeting_brief(self, meeting_id: int) -> None:
        """File > Export brief for a meeting, from the Meetings window (button, Ctrl+P, menu)."""
        from bnldesk.services.meetings import MeetingFields
        from bnldesk.services.reports import BriefSubject
        from bnldesk.ui.exports.brief_dialog import file_stem
        from bnldesk.ui.exports.dialogs import export_brief

        panel = self.meetings_panel()
        shown = panel.editor.data if panel is not None else None
        title = shown.title if shown is not None else tr("Meeting")
        stem = None
        if panel is not None and shown is not None and shown.id == meeting_id:
            workgroup = panel.editor.workgroup.text().strip() or None
            stem = file_stem(MeetingFields(title, workgroup, shown.starts_at))
        parent = self._windows.get("meetings")
        export_brief(
            self.window,
            BriefSubject(meeting=str(meeting_id)),
            title,
            parent=parent,
            file_stem=stem,
        )

    def _place(self, key: str, tool: ToolWindow) -> None:
        """Where the tool window ``key`` was when last closed (as the main window restores
        its own: brought inside this screen), else its usual size beside the main window."""
        settings = getattr(self.window, "settings", None)
        saved = settings.get(tool_geometry_key(key)) if settings is not None else None
        if saved is not None and not saved.isEmpty() and tool.restoreGeometry(saved):
            fit_to_screen(tool)
            return
        tool.resize(tool_size(self.window))

    def _remember_place(self, key: str) -> None:
        settings = getattr(self.window, "settings", None)
        tool = self._windows.get(key)
        if settings is not None and tool is not None:
            settings.set(tool_geometry_key(key), tool.saveGeometry())

    def save_state(self) -> None:
        """Remember where the open tool windows are (the main window is closing)."""
        for key, tool in self._windows.items():
            if tool.isVisible():
                self._remember_place(key)

    def confirm_close_all(self) -> bool:
        """Before the main window closes: save or ask about what the tool windows hold.
        False when the delegate chose to stay."""
        panel = self.meetings_panel()
        tool = self._windows.get("meetings")
        return panel is None or panel.editor.confirm_leave(tool)

    def save_typed(self) -> None:
        """Store what the meeting editor holds typed and not saved, asking nothing (the
        session ends); a save that fails is kept on this laptop (:mod:`bnldesk.ui.unsaved`)."""
        panel = self.meetings_panel()
        if panel is not None and panel.editor.meeting_id is not None:
            panel.editor.save_pending()

    def snapshot(self) -> MeetingsSnapshot:
        """Which tool windows are open and what the meeting editor shows, typed text included
        (the window is rebuilt in a new language)."""
        panel = self.meetings_panel()
        if panel is not None and panel.editor.meeting_id is not None:
            panel.editor.save_pending()
        open_windows = [key for key, tool in self._windows.items() if tool.isVisible()]
        return MeetingsSnapshot(open_windows, panel.editor.snapshot() if panel else None)

    def restore(self, snap: MeetingsSnapshot) -> None:
        if "start" in snap.open_windows:
            self.show_start_page()
        if "conflicts" in snap.open_windows:
            self.show_conflicts()
        # Only what was open comes back: a closed Meetings window stays closed (closing it
        # saved or asked about what it held).
        if snap.editor is not None and "meetings" in snap.open_windows:
            self.show_meetings().editor.restore(snap.editor)

    def open_meeting(self, meeting_id: int) -> None:
        self.show_meetings().open_meeting(meeting_id)

    def new_meeting(self) -> None:
        """A new meeting, of the workgroup the main window shows when it shows one (trial 18:
        the form came empty while SENN-CRISE was shown). Its code is read on the worker."""
        current = getattr(self.window, "current", None)
        if current is None or current[0] != "workgroup":
            self.show_meetings().new_meeting()
            return
        workgroup_id = int(current[1])

        def job(store: Store) -> str:
            with store.read() as session:
                return workgroup_ref(session, workgroup_id)

        self.worker.run(
            job,
            lambda ref: self.show_meetings().new_meeting(ref),
            lambda _exc: self.show_meetings().new_meeting(),  # an empty form, as before
            priority=Priority.INTERACTIVE,
        )

    def show_conflicts(self) -> ConflictsView:
        def make() -> ConflictsView:
            settings = self.window.settings
            return ConflictsView(self.changes, author=lambda: str(settings.get("prefs/author")))

        tool = self._tool("conflicts", tr("Conflicts"), make)
        view = tool.panel
        assert isinstance(view, ConflictsView)
        view.reload()
        return view

    def on_changes(self, changes: OpChanges) -> None:
        """A write was stored: each open tool window reads again what it shows of it."""
        if changes.touches(
            ChangedKind.MEETING, ChangedKind.ACTION, ChangedKind.NOTE, ChangedKind.CONFLICT
        ):
            self.refresh_start_page()
        panel = self.meetings_panel()
        if panel is not None:
            panel.on_changes(changes)
        conflicts = self._windows.get("conflicts")
        if conflicts is not None and changes.touches(ChangedKind.CONFLICT):
            view = conflicts.panel
            assert isinstance(view, ConflictsView)
            view.reload()

    # ---------------------------------------------------------------------------------------
    def share(self) -> None:
        """File > Share notes: the dialog stays open until the bundle is written, so that a
        fault (a folder that cannot be written, a full disk) is shown over it with every choice
        as set."""
        delegation = ask_delegation(self.window.settings, self.window)
        if delegation is None:
            return  # cancelled: a bundle is never stamped with an assumed delegation
        dialog = ShareDialog(self.window.settings, self.window)
        author = str(self.window.settings.get("prefs/author"))

        def start() -> None:
            scope, out = dialog.scope(), Path(dialog.path.text()).expanduser()

            def job(store: Store) -> sync.ShareResult:
                return sync.share(store, out, scope, author=author, delegation=delegation)

            def done(result: sync.ShareResult) -> None:
                remember_folder(self.window.settings, FileKind.BUNDLE, out)
                dialog.written()
                QMessageBox.information(self.window, tr("Share notes"), share_summary(result))

            self.worker.run(job, done, lambda exc: dialog.refused(describe_failure(exc)))

        dialog.confirmed.connect(start)
        dialog.exec()

    def receive(self, path: str | None = None) -> None:
        if not path:
            chosen = open_file(
                self.window,
                self.window.settings,
                FileKind.BUNDLE,
                tr("Receive notes"),
                tr("bnldesk notes (*.bnlnotes)"),
            )
            path = str(chosen) if chosen is not None else None
        if not path:
            return
        bundle = Path(path)

        def preview(store: Store) -> sync.ReceiveReport:
            return sync.receive(store, bundle, dry_run=True)

        def merge(store: Store) -> Written[sync.ReceiveReport]:
            report = sync.receive(
                store, bundle, before_merge=lambda st: backup.backup_before(st, "receive")
            )
            return Written(report, RECEIVED)

        def merged(report: sync.ReceiveReport) -> None:
            self.message(receive_summary(report))
            if report.count("conflict"):
                self.show_conflicts()

        def previewed(report: sync.ReceiveReport) -> None:
            if not report.changed:
                QMessageBox.information(self.window, tr("Receive notes"), receive_summary(report))
                return
            if ReceivePreview(report, self.window).exec() == QDialog.DialogCode.Accepted:
                self.changes.write(merge, merged, self._error(tr("Receive notes")))

        self.worker.run(preview, previewed, self._error(tr("Receive notes")))

    def _error(self, title: str) -> Any:
        def show(exc: BaseException) -> None:
            # A delegate's message as it is; a bug's text goes to the log, not the dialog.
            QMessageBox.warning(self.window, title, describe_failure(exc))

        return show

    def show_pairing(self) -> PairingDialog:
        """The Pair laptops window: the open one raised and read again, else a new one
        (trial 17: a second, stale one stayed open beside the first with an empty list)."""
        dialog = self._pairing
        if dialog is not None and dialog.isVisible():
            dialog.reload()
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = PairingDialog(self.changes, self.window)
        dialog.finished.connect(lambda _result: self._pairing_closed(dialog))
        self._pairing = dialog
        dialog.show()
        return dialog

    def _pairing_closed(self, dialog: PairingDialog) -> None:
        if self._pairing is dialog:
            self._pairing = None
        dialog.deleteLater()

    def show_backups(self) -> BackupsDialog | None:
        if self.store.is_server:
            # A server is backed up by its administrator (pg_dump), not from a window.
            QMessageBox.information(
                self.window, tr("Backups"), str(FileOnlyError(self.store.where, "Backups"))
            )
            return None

        def close_dialog() -> None:
            dialog.close()

        def run_restore(chosen: Path, done: Any) -> None:
            # The window is replaced by one showing the restored file; the dialog goes with it.
            restore_in_app(self.window, chosen, close_dialog)

        dialog = BackupsDialog(
            self.store.path, self.window, run_restore=run_restore, runner=self.backups
        )
        dialog.show()
        return dialog

    def check_database(self) -> None:
        def done(report: Any) -> None:
            box = QMessageBox.information if report.ok else QMessageBox.warning
            box(self.window, tr("Check database"), check_report_text(report))

        if self.store.is_server:  # the server's own checks (store/check_server.py)
            from bnldesk.store.check_server import check_server

            self.worker.run(check_server, done, self._error(tr("Check database")))
            return
        path = self.store.path
        self.worker.run(lambda _store: run_check(path), done, self._error(tr("Check database")))

    def auto_backup(self) -> None:
        """The timer's backup, beside the worker (queries never wait behind it); skipped when
        the last one is recent or nothing changed."""
        if self.store.read_only:
            return
        store = self.store
        self.backups.start(lambda: backup.maybe_backup(store), None, lambda _exc: None)


def tool_geometry_key(key: str) -> str:
    """The setting that keeps where tool window ``key`` (start, meetings, conflicts) was."""
    return f"window/tool_{key}"


def tool_size(window: Any) -> QSize:
    """1100x720, but never more than the screen holds (a 1280x720 laptop keeps its taskbar and
    the window's title bar in view; at a large scale factor the screen is smaller still)."""
    if window is None:
        return QSize(1100, 720)
    return fitted_size(window, QSize(1100, 720))


def install_meeting_actions(main_window: Any) -> MeetingFeatures:
    """Add meetings, sharing, conflicts and backups to ``main_window`` (once)."""
    features = getattr(main_window, "meeting_features", None)
    if isinstance(features, MeetingFeatures):
        return features
    features = MeetingFeatures(main_window)
    main_window.meeting_features = features
    return features


def show_start_page(main_window: Any) -> None:
    """View > Start page (the registry's handler): the start page of ``main_window``."""
    install_meeting_actions(main_window).show_start_page()


# The registry's actions the features handle, by the key :attr:`MeetingFeatures.actions` has.
_REGISTERED: dict[str, ActionId] = {
    "start_page": ActionId.START_PAGE,
    "meetings": ActionId.MEETINGS,
    "new_meeting": ActionId.NEW_MEETING,
    "pair": ActionId.PAIR,
    "share": ActionId.SHARE,
    "receive": ActionId.RECEIVE,
    "conflicts": ActionId.CONFLICTS,
    "backups": ActionId.BACKUPS,
    "check": ActionId.CHECK_DATABASE,
}


def show_meetings(main_window: Any) -> None:
    """Meetings > Meetings (the registry's handler)."""
    install_meeting_actions(main_window).show_meetings()


def new_meeting(main_window: Any) -> None:
    """Meetings > New meeting (the registry's handler)."""
    install_meeting_actions(main_window).new_meeting()


def show_pairing(main_window: Any) -> None:
    """File > Pair laptops (the registry's handler)."""
    install_meeting_actions(main_window).show_pairing()


def share(main_window: Any) -> None:
    """File > Share notes (the registry's handler)."""
    install_meeting_actions(main_window).share()


def receive(main_window: Any) -> None:
    """File > Receive notes (the registry's handler)."""
    install_meeting_actions(main_window).receive()


def show_conflicts(main_window: Any) -> None:
    """File > Resolve conflicts (the registry's handler)."""
    install_meeting_actions(main_window).show_conflicts()


def show_backups(main_window: Any) -> None:
    """File > Backups (the registry's handler)."""
    install_meeting_actions(main_window).show_backups()


def check_database(main_window: Any) -> None:
    """File > Check database (the registry's handler)."""
    install_meeting_actions(main_window).check_database()
