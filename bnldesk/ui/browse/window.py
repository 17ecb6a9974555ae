"""The main window: navigator, filtered list, detail pane with the notes editor.

Layout (left to right): the navigator (:mod:`~bnldesk.ui.browse.navigator`: plans, workgroups,
contacts); the central list (:mod:`~bnldesk.ui.browse.central_list`) under the filter bar,
replaced by the search results (:mod:`~bnldesk.ui.browse.search_panel`) while the search box
holds text; the selected object's detail above its notes (:mod:`~bnldesk.ui.browse.panes`);
the status bar (:mod:`~bnldesk.ui.browse.status`). This module composes them and keeps them in
step: the object shown, the scope, the filters, the undo history, the saved layout. All
database work goes through :class:`bnldesk.ui.worker.DbWorker`; every write goes through the
change bus, whose record says which views read again (:meth:`MainWindow.on_changes`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QMetaObject,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
    qVersion,
)
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from bnldesk import __version__
from bnldesk.domain.op_changes import ChangedKind, OpChanges
from bnldesk.store import browse
from bnldesk.store.engine import Store
from bnldesk.ui import i18n, labels
from bnldesk.ui.actions import MENUS, SPECS, WRITING_ACTIONS, ActionId, ActionRegistry
from bnldesk.ui.browse.central_list import ROW_HEIGHT, CentralList
from bnldesk.ui.browse.context_menus import NOTE_ACTIONS, OBJECT_ACTIONS, install_context_menus
from bnldesk.ui.browse.detail import DetailPane
from bnldesk.ui.browse.filter_bar import FilterBar
from bnldesk.ui.browse.filter_state import FilterState
from bnldesk.ui.browse.navigator import Navigator
from bnldesk.ui.browse.panes import Panes
from bnldesk.ui.browse.quick_open import QuickOpen
from bnldesk.ui.browse.scope_bar import ScopeBar
from bnldesk.ui.browse.search_panel import (
    WITHOUT_FILTERS,
    WITHOUT_SCOPE,
    SearchPanel,
    prepare_search,
    search_help,
)
from bnldesk.ui.browse.shortcuts import ShortcutRow, shortcut_rows, shortcuts_dialog
from bnldesk.ui.browse.status import StatusCounts
from bnldesk.ui.browse.views import SearchBox, edit_focused
from bnldesk.ui.changes import ChangeBus
from bnldesk.ui.error_texts import as_sentence
from bnldesk.ui.exports.folders import FileKind, open_file
from bnldesk.ui.notes.editor import NotesPanel
from bnldesk.ui.settings import Settings
from bnldesk.ui.settings.ask import ask_delegation
from bnldesk.ui.unsaved import confirm_close, wait_for_saves
from bnldesk.ui.widgets.icons import app_icon
from bnldesk.ui.widgets.screen_fit import fit_to_screen, scrolling
from bnldesk.ui.widgets.theme import apply_appearance
from bnldesk.ui.worker import DbWorker, Priority

HISTORY = 50  # objects Alt+Left can go back through
LIST_PAGE, RESULTS_PAGE = 0, 1  # the centre's two pages
# Menu entries that start a group of their own (a separator above them).
GROUP_STARTS = {
    ActionId.QUIT,
    ActionId.PAIR,
    ActionId.PREFERENCES,
    ActionId.CUT,
    ActionId.COPY_REFERENCE,
    ActionId.NEW_NOTE,
    ActionId.CLEAR_FILTERS,
    ActionId.FOCUS_TREE,
    ActionId.SHORTCUTS,
}


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    """``text`` translated; with ``count``, ``%n``/``%Ln`` become it in the plural form of the
    interface language. lupdate files plain tr("...") calls under the empty context."""
    return QCoreApplication.translate("", text, disambiguation, count)


def read_filter_choices(store: Store) -> browse.FilterChoices:
    with store.read() as session:
        return browse.filter_choices(session)


def read_note_target(store: Store, note_id: int) -> tuple[str, int] | None:
    with store.read() as session:
        return browse.note_target(session, note_id)


class WindowHost(Protocol):
    """What the window asks of the application that owns it (bnldesk.ui.app.Controller)."""

    def set_language(self, code: str) -> object: ...

    def reopen_after_restore(self) -> object: ...


@dataclasses.dataclass(frozen=True)
class BrowseView:
    """What the list and the search are limited to: the search text, the filter bar's state
    and the scope with its node's name;
    and what is shown: the object (kind, id), the note selected in its notes (0: none) and
    how far the notes pane is scrolled (pixels)."""

    searched: str
    filters: FilterState
    scope: browse.Scope | None
    scope_name: str
    shown: tuple[str, int] | None = None
    note_id: int = 0
    notes_scrolled: int = 0


class MainWindow(QMainWindow):
    """The delegate's workbench. ``object_shown`` fires once the detail of an object is shown;
    ``search_done(count)`` once a search's hits are shown."""

    object_shown = Signal(str, int)
    search_done = Signal(int)

    def __init__(
        self,
        store: Store,
        worker: DbWorker,
        settings: Settings,
        changes: ChangeBus,
        controller: WindowHost | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store
        self.worker = worker
        self.settings = settings
        # The one way this window writes; its signal says what each write changed.
        self.changes = changes
        self.undo_stack = changes.undo_stack
        # What outlives the window (bnldesk.ui.app.Controller), known only by what it offers:
        # it rebuilds the window in a new language or on a restored file.
        self.controller = controller
        self.current: tuple[str, int] | None = None  # the object the detail shows
        # The search hit (kind, id) the detail shows, chosen among the results; None when the
        # detail shows what the navigator, the list or a link chose.
        self._hit_shown: tuple[str, int] | None = None
        self._history: list[tuple[str, int]] = []
        self._scope: browse.Scope | None = None
        self._scope_name = ""  # the scope's node as the navigator showed it
        self._external: list[QMetaObject.Connection] = []
        self._sized = False
        # Set when the controller replaces or shuts the window: what it holds was handed on.
        self.retiring = False
        self.setWindowIcon(app_icon())
        self.registry = ActionRegistry(self, self.show_message)
        self._build()
        self._build_menus()
        self._bind_actions()
        self._connect_parts()
        self._link_long_lived()
        self._install_context_menus()
        self.retranslate()
        self._apply_read_only()
        fit_to_screen(self, QSize(1440, 880), offset=48 if store.read_only else 0)

    # ---------------------------------------------------------------------------------------
    # construction
    # ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        """The parts, the panes around them, the toolbar and the status bar."""
        self.navigator = Navigator(self.worker)
        self.central = CentralList(self.worker, lambda: self.current)
        self.search = SearchPanel(
            self.worker,
            lambda: self._keys(ActionId.CLEAR_FILTERS),
            lambda: self._keys(ActionId.CLEAR_SCOPE),
            self.scope_text,
        )
        self.scope_bar = ScopeBar()
        self.filter_bar = FilterBar(self.settings)
        self.detail = DetailPane(self.worker)
        self.detail.plan_in_scope = lambda: self.current_filter().plan_year
        self.notes = NotesPanel(
            self.worker,
            self.changes,
            author=lambda: str(self.settings.get("prefs/author")),
            delegation=self.settings.delegation,
            choose_delegation=lambda: ask_delegation(self.settings, self) is not None,
        )
        self.notes.setObjectName("notesPanel")
        self.centre_stack = QStackedWidget()
        self.centre_stack.addWidget(self.central)
        self.centre_stack.addWidget(self.search)
        # The scope line above the list and the search results alike: what both are limited
        # to (trial 1: it sat on the list the results replace).
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(2)
        centre_layout.addWidget(self.scope_bar)
        centre_layout.addWidget(self.centre_stack, 1)
        self.panes = Panes(self.navigator, centre, self.detail, self.notes)
        # The filter bar spans the window: its combos and chips never have to squeeze into
        # the centre pane, in any language.
        outer = QWidget()
        outer.setObjectName("centralArea")
        layout = QVBoxLayout(outer)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.panes.main, 1)
        # On a small screen (or a large scale factor) the panes scroll instead of being cut off.
        self.setCentralWidget(scrolling(outer, "centralScroll"))
        self._build_toolbar()
        self.status = StatusCounts(self.statusBar(), self.worker)
        self.palette_dialog = QuickOpen(self.worker, self)
        self._name_parts()

    def _name_parts(self) -> None:
        """The parts' widgets and models under the names the window's users (tests, the
        screenshots script, the meeting and export features) reach them by."""
        self.nav_tabs = self.navigator
        self.plan_tree, self.plan_model = self.navigator.plan_tree, self.navigator.plan_model
        self.workgroup_tree = self.navigator.workgroup_tree
        self.workgroup_model = self.navigator.workgroup_model
        self.contact_list = self.navigator.contact_list
        self.contact_model = self.navigator.contact_model
        self.table, self.list_model = self.central.table, self.central.model
        self.mode_tabs, self.scope_label = self.central.mode_tabs, self.scope_bar.label
        self.results, self.results_model = self.search.results, self.search.model
        self.results_label = self.search.label
        self.main_splitter, self.right_splitter = self.panes.main, self.panes.right
        self.notes_scroll = self.panes.notes_scroll
        self.status_counts = self.status.counts

    def _build_toolbar(self) -> None:
        """The toolbar: the search box, then the most used actions."""
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.search_box = SearchBox()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(260)
        self.search_box.setMaximumWidth(460)
        self.toolbar.addWidget(self.search_box)
        self.toolbar.addSeparator()
        for action_id in (
            ActionId.QUICK_OPEN,
            ActionId.NEW_NOTE,
            ActionId.UNDO,
            ActionId.REDO,
            ActionId.BACK,
        ):
            self.toolbar.addAction(self.registry[action_id])
        self.addToolBar(self.toolbar)

    def _build_menus(self) -> None:
        self.menus: dict[str, QMenu] = {}
        bar = self.menuBar()
        for key, _title in MENUS:
            self.menus[key] = bar.addMenu("")
        for action_id, spec in SPECS.items():
            menu = self.menus.get(spec.menu)
            if menu is None:
                continue
            if action_id in GROUP_STARTS and menu.actions():
                menu.addSeparator()
            menu.addAction(self.registry[action_id])
        # The window owns the actions, so their shortcuts work even without a visible menu.
        for action in self.registry.actions.values():
            self.addAction(action)

    def _bind_actions(self) -> None:
        """What each action of the registry does in this window."""
        bind = self.registry.bind
        for action_id, slot in (
            (ActionId.IMPORT, self.import_document),
            (ActionId.PREFERENCES, self.open_preferences),
            (ActionId.QUIT, self.close),
            (ActionId.UNDO, self.undo),
            (ActionId.REDO, self.redo),
            (ActionId.COPY_REFERENCE, self.copy_reference),
            (ActionId.NEW_NOTE, lambda: self.notes.new_note()),
            (ActionId.DELETE_NOTE, self.notes.delete_note),
            (ActionId.NEW_ACTION, lambda: self.notes.add_action()),
            (ActionId.FIND, self.focus_search),
            (ActionId.QUICK_OPEN, self.palette_dialog.open_fresh),
            (ActionId.GO_TO_ROW, self.central.go_to_row),
            (ActionId.SHOW_ITEMS, lambda: self.set_list_mode("items")),
            (ActionId.SHOW_NOTES, lambda: self.set_list_mode("notes")),
            (ActionId.CLEAR_FILTERS, self.clear_filters),
            (ActionId.CLEAR_SCOPE, self.clear_scope),
            (ActionId.SAVE_VIEW, self.filter_bar.ask_save_view),
            (ActionId.FOCUS_TREE, lambda: self.navigator.currentWidget().setFocus()),
            (ActionId.FOCUS_LIST, lambda: self.table.setFocus()),
            (ActionId.FOCUS_NOTES, lambda: self.notes.body.setFocus()),
            (ActionId.BACK, self.go_back),
            (ActionId.RELOAD, self.reload_all),
            (ActionId.SHORTCUTS, self.show_shortcuts),
            (ActionId.ABOUT, self.show_about),
        ):
            bind(action_id, slot)
        for action_id, method in (
            (ActionId.CUT, "cut"),
            (ActionId.COPY, "copy"),
            (ActionId.PASTE, "paste"),
            (ActionId.SELECT_ALL, "selectAll"),
        ):
            bind(action_id, functools.partial(edit_focused, method))
        if importlib.util.find_spec("bnldesk.services.importer") is None:
            self.registry[ActionId.IMPORT].setEnabled(False)

    def _connect_parts(self) -> None:
        """The parts of this window, wired to each other."""
        self.filter_bar.changed.connect(self.apply_filters)
        self.central.mode_chosen.connect(self.set_list_mode)
        self.central.row_chosen.connect(
            lambda kind, obj_id, note_id: self.show_object(kind, obj_id, note_id=note_id)
        )
        self.list_model.total_changed.connect(lambda _total: self._update_status())
        self.navigator.node_changed.connect(self._node_changed)
        self.search_box.textChanged.connect(self._search_text_changed)
        self.search_box.returnPressed.connect(self._search_enter)
        self.search.timer.timeout.connect(self.run_search_now)
        self.search.hit_chosen.connect(
            lambda kind, obj_id: self.show_object(kind, obj_id, hit=(kind, obj_id))
        )
        self.search.done.connect(self._search_shown)
        self.search.counted.connect(lambda _total: self._update_status())
        self.search.widen.connect(self._search_widened)
        self.scope_bar.cleared.connect(self.clear_scope)
        self.detail.navigate.connect(
            lambda kind, obj_id: self.show_object(kind, obj_id, reveal=True)
        )
        self.detail.shown.connect(self.object_shown)
        self.palette_dialog.chosen.connect(
            lambda kind, obj_id: self.show_object(kind, obj_id, reveal=True)
        )
        self.status.totals_loaded.connect(self._update_status)
        self.notes.note_selected.connect(self.central.select_note)
        self.notes.room_wanted.connect(
            lambda: QTimer.singleShot(0, self.panes, self.panes.fit_right)
        )

    def _link_long_lived(self) -> None:
        """Connections to what outlives this window (worker, change bus, undo stack)."""
        undo, redo = self.registry[ActionId.UNDO], self.registry[ActionId.REDO]
        link = self.link_external
        link(self.undo_stack.canUndoChanged, undo.setEnabled)
        link(self.undo_stack.canRedoChanged, redo.setEnabled)
        link(self.undo_stack.undoTextChanged, lambda _text: self._update_undo_tips())
        link(self.undo_stack.redoTextChanged, lambda _text: self._update_undo_tips())
        undo.setEnabled(self.undo_stack.canUndo())
        redo.setEnabled(self.undo_stack.canRedo())
        link(self.changes.changed, self.on_changes)
        link(self.changes.changed, self.notes.on_changes)
        link(self.worker.busy_changed, self.status.show_busy)
        link(self.worker.failed, self.show_error)

    def _install_context_menus(self) -> None:
        views = (self.plan_tree, self.workgroup_tree, self.contact_list, self.table, self.results)
        install_context_menus(
            self.registry,
            (*((view, OBJECT_ACTIONS) for view in views), (self.notes.list, NOTE_ACTIONS)),
        )

    def link_external(self, signal: Any, slot: Callable[..., Any]) -> None:
        """Connect ``signal`` of an object that outlives this window (the worker, the change
        bus, the undo stack) to ``slot``; :meth:`detach` cuts it when the window is retired."""
        self._external.append(signal.connect(slot))

    def detach(self) -> None:
        """Cut every connection from long-lived objects (worker, bus, undo stack) to this window."""
        for connection in self._external:
            QObject.disconnect(connection)
        self._external.clear()

    def _apply_read_only(self) -> None:
        """A window on a database it cannot write says so in its title and status bar, and
        offers no edit at all (typing used to be accepted, then lost)."""
        name = self.store.where if self.store.is_server else self.store.path.name
        read_only = self.store.read_only
        # The database's name first: two windows on two databases are told apart in the
        # task bar and the window switcher.
        self.setWindowTitle(
            (tr("%1 — bnldesk (read-only)") if read_only else tr("%1 — bnldesk")).replace(
                "%1", name
            )
        )
        if not self.store.is_server:  # a server has no file for the title bar's proxy icon
            self.setWindowFilePath(str(self.store.path))
        if not read_only:
            return
        for action_id in WRITING_ACTIONS:
            self.registry[action_id].setEnabled(False)
        self.notes.set_read_only(True)
        self.status.say_read_only()

    def retranslate(self) -> None:
        for key, title in MENUS:
            self.menus[key].setTitle(QCoreApplication.translate("Menus", title))
        self.navigator.retranslate()
        self.central.retranslate()
        self.search.retranslate()
        self.search_box.setPlaceholderText(tr("Search plans, workgroups and notes (Ctrl+F)"))
        self.search_box.setToolTip(search_help())
        self.search_box.setWhatsThis(search_help())
        self.search_box.setAccessibleName(tr("Search"))
        self.detail.setAccessibleName(tr("Details of the selected object"))
        self.toolbar.setWindowTitle(tr("Main toolbar"))
        self._update_undo_tips()
        self._update_scope_label()
        self._update_status()

    # ---------------------------------------------------------------------------------------
    # start, state, closing
    # ---------------------------------------------------------------------------------------
    def start(self, *, restore: bool = True) -> None:
        """Load the first data and restore the last session (splitters, list, selection)."""
        self.central.apply_column_widths()
        if restore:
            self.restore_state()
        self._load_views()
        if restore:
            last = str(self.settings.get("window/last_selection"))
            kind, _, obj = last.partition(":")
            if kind and obj.isdigit():
                self.show_object(kind, int(obj), reveal=True, scope=False)

    def restore_state(self) -> None:
        """The geometry, panes, navigator tab and list mode of the last session."""
        settings = self.settings
        geometry = settings.get("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)
        self.panes.restore(
            settings.get("window/main_splitter"), settings.get("window/right_splitter")
        )
        # A saved geometry from a larger screen (or scale factor) is brought inside this one;
        # one that fits is kept to the pixel. A read-only second window opens beside the first.
        fit_to_screen(self, offset=48 if self.store.read_only and not geometry.isEmpty() else 0)
        self.navigator.setCurrentIndex(int(settings.get("window/nav_tab")))
        self.central.set_mode(str(settings.get("window/list_mode")))
        self.central.apply_column_widths()

    def save_state(self) -> None:
        settings = self.settings
        settings.set("window/geometry", self.saveGeometry())
        features = getattr(self, "meeting_features", None)
        if features is not None:
            features.save_state()
        settings.set("window/state", self.saveState())
        settings.set("window/main_splitter", self.panes.main.saveState())
        # Only a height the delegate chose is kept; otherwise the panes follow their content.
        settings.set("window/right_splitter", self.panes.right_state())
        settings.set("window/nav_tab", self.navigator.currentIndex())
        settings.set("window/list_mode", self.list_model.mode)
        if self.current is not None:
            settings.set("window/last_selection", f"{self.current[0]}:{self.current[1]}")
        settings.sync()

    def _panes_follow_window(self) -> bool:
        return not self.panes.user_sized and self.settings.get("window/main_splitter").isEmpty()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            if self.settings.get("window/main_splitter").isEmpty():
                QTimer.singleShot(0, self, self.size_panes)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._sized and self._panes_follow_window():
            # After the layout has given the splitter its new width.
            QTimer.singleShot(0, self, self.size_panes)

    def size_panes(self) -> None:
        """Default pane widths, in proportion to the window (used until the delegate drags)."""
        self.panes.size_by_window()

    def fit_right_panes(self) -> None:
        self.panes.fit_right()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing (the title bar's X, Ctrl+Q): notes are saved as typed; a meeting's unsaved
        edits are saved and a new meeting not saved yet is asked about (Cancel stays); edits
        whose save failed (notes, action items, meetings) are tried once more, then asked
        about (:func:`confirm_close`)."""
        features = getattr(self, "meeting_features", None)
        if not self.retiring and features is not None and not features.confirm_close_all():
            event.ignore()
            return
        self.notes.commit()
        if not self.retiring and not self._notes_saved_or_kept():
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)

    def _notes_saved_or_kept(self) -> bool:
        """Wait for the saves under way; with any edit not stored, ask (False: stay)."""
        if self.store.read_only:
            return True
        wait_for_saves(self.changes)
        return confirm_close(self, self.notes.unsaved)

    # ---------------------------------------------------------------------------------------
    # reading what the views show
    # ---------------------------------------------------------------------------------------
    def load_choices(self) -> None:
        """Read the years, chapters, workgroups and tags the filter bar offers."""
        self.worker.run(
            read_filter_choices,
            self.filter_bar.set_choices,
            key="choices",
            priority=Priority.BACKGROUND,
        )

    def _load_views(self) -> None:
        """Read the navigator, the filter choices, the list and the totals (again)."""
        self.navigator.reload()
        self.load_choices()
        self.apply_filters()
        self.status.load_totals()

    def reload_all(self) -> None:
        """View > Reload (F5): read every view again, e.g. after another program wrote."""
        self.changes.settle_outside()
        self._load_views()
        if self.current is not None:
            self.show_object(*self.current, push=False)

    def on_changes(self, changes: OpChanges) -> None:
        """A write was stored: read again what shows what it changed, and nothing else."""
        if changes.touches(ChangedKind.PLAN):
            self.navigator.reload()
            if self.current is not None:
                self.detail.load(*self.current)
        if changes.touches(ChangedKind.PLAN, ChangedKind.TAG):
            self.load_choices()
        if changes.touches(ChangedKind.PLAN, ChangedKind.NOTE, ChangedKind.ACTION):
            self.status.load_totals()
        if self._list_shows(changes):
            self.list_model.reload()
        if self._results_show(changes):
            # Searched again after the typing pause: several writes, one search; the hit the
            # detail shows stays selected (fourth delegate trial: after importing a notes
            # sheet the results still showed the old text until searched again).
            self.search.timer.start()

    def _results_show(self, changes: OpChanges) -> bool:
        """Whether the search results on screen may show something ``changes`` changed: a
        plan object, notes anywhere (a sheet, a bundle, another program), or a note among
        the hits."""
        if self.centre_stack.currentIndex() != RESULTS_PAGE or not self.search_box.text().strip():
            return False
        if changes.touches(ChangedKind.PLAN):
            return True
        if not changes.touches(ChangedKind.NOTE, ChangedKind.TAG):
            return False
        return not changes.notes or any(
            self.search.model.row_of("annotation", note_id) is not None for note_id in changes.notes
        )

    def _list_shows(self, changes: OpChanges) -> bool:
        """Whether the central list shows something ``changes`` may have changed: plan items
        with their note counts, or notes with their open action items."""
        if self.list_model.mode == "notes":
            return changes.touches(ChangedKind.NOTE, ChangedKind.ACTION)
        if changes.touches(ChangedKind.PLAN, ChangedKind.NOTE):
            return True
        return (
            changes.touches(ChangedKind.ACTION) and self.list_model.browse_filter.has_open_actions
        )

    # ---------------------------------------------------------------------------------------
    # the object shown, the scope, going back
    # ---------------------------------------------------------------------------------------
    def show_object(
        self,
        kind: str,
        obj_id: int,
        *,
        reveal: bool = False,
        scope: bool = True,
        push: bool = True,
        note_id: int = 0,
        hit: tuple[str, int] | None = None,
    ) -> None:
        """Show an object in the detail pane and its notes; ``reveal`` selects it in the tree
        and, with ``scope``, makes it the scope (going to it; showing a search result or the
        last session's object does not: trial N1), ``push`` remembers the object shown before
        for Back, ``note_id`` selects that note; ``hit`` is the search hit it was chosen as."""
        if kind == "annotation":
            self.show_note(obj_id, scope=reveal and scope, hit=hit)
            return
        self._hit_shown = hit
        if push and self.current is not None and self.current != (kind, obj_id):
            self._history.append(self.current)
            del self._history[:-HISTORY]
        if self.current != (kind, obj_id):
            # Another object's notes start at their header and New note button (fifth trial:
            # scrolled down on one workgroup, the next showed neither at 1280x720).
            self.notes_scroll.verticalScrollBar().setValue(0)
        self.current = (kind, obj_id)
        self.detail.load(kind, obj_id)
        self.central.select_object(kind, obj_id)
        self.notes.show_target(kind, obj_id, select_note=note_id)
        if reveal:
            self.navigator.reveal(kind, obj_id, scope=scope)

    def show_note(
        self, note_id: int, *, scope: bool = True, hit: tuple[str, int] | None = None
    ) -> None:
        """Show the object note ``note_id`` is on, with that note selected; it becomes the
        scope only with ``scope`` (see :meth:`show_object`)."""

        def found(target: tuple[str, int] | None) -> None:
            if target is not None:
                self.show_object(*target, reveal=True, scope=scope, note_id=note_id, hit=hit)

        self.worker.run(lambda store: read_note_target(store, note_id), found)

    def reveal(self, kind: str, obj_id: int) -> None:
        """Select the object in the navigator (loading the levels above it as needed)."""
        self.navigator.reveal(kind, obj_id)

    def go_back(self) -> None:
        if self._history:
            kind, obj_id = self._history.pop()
            self.show_object(kind, obj_id, reveal=True, push=False)

    def _node_changed(self, kind: str, obj_id: int, revealed: bool) -> None:
        """A node of the navigator became current (or was gone to again): it scopes the list
        and the search, and the delegate's own move shows it."""
        scope = browse.Scope(kind if kind != "theme" else "chapter", obj_id)
        self.set_scope(scope, self.navigator.current_label())
        if not revealed:
            self.show_object(kind, obj_id)

    def set_scope(self, scope: browse.Scope | None, name: str = "") -> None:
        """Limit the list and the search to ``scope`` (None: everything); ``name`` is the
        scope's object as the navigator shows it."""
        if scope == self._scope and name in ("", self._scope_name):
            return  # the same scope (a caller without the name keeps the one known)
        changed = scope != self._scope
        self._scope, self._scope_name = scope, name if scope is not None else ""
        self._scope_changed()
        if changed:
            self.apply_filters()

    def _scope_changed(self) -> None:
        """Say the new scope, and offer only its plan's chapters when it is a plan."""
        self._update_scope_label()
        scope = self._scope
        self.filter_bar.set_scope_plan(
            scope.obj_id if scope is not None and scope.kind == "plan" else None
        )

    def browse_view(self) -> BrowseView:
        """What limits the list and the search now, to hand to a window that replaces this
        one (a language change)."""
        note = self.notes.current
        return BrowseView(
            self.search_box.text(),
            self.filter_bar.state(),
            self._scope,
            self._scope_name,
            self.current,
            note.id if note is not None else 0,
            self.notes_scroll.verticalScrollBar().value(),
        )

    def show_browse_view(self, view: BrowseView) -> None:
        """Limit the list and the search as ``view`` says, and read them once. The filter
        combos are refilled in this window's language and chosen by their data, never by
        their text (a language change had cleared them, and the scope, while the navigator
        still showed the scope's node)."""
        self.filter_bar.set_state(view.filters, emit=False)
        self._scope, self._scope_name = view.scope, view.scope_name
        self._scope_changed()
        if view.searched:
            self.search_box.setText(view.searched)
        self.apply_filters()
        if view.shown is not None:
            # The same note, scrolled as it was (a language change showed the object's latest
            # note, another one, scrolled to the top).
            self.show_object(*view.shown, scope=False, push=False, note_id=view.note_id)
            self._scroll_notes_once_loaded(view.notes_scrolled)

    def _scroll_notes_once_loaded(self, pixels: int) -> None:
        """Scroll the notes pane to ``pixels`` as soon as its content is tall enough (the
        notes are read on the worker, then laid out); the delegate's own scrolling first."""
        bar = self.notes_scroll.verticalScrollBar()
        if pixels <= 0:
            return

        def try_scroll(_minimum: int = 0, maximum: int = 0) -> None:
            if bar.maximum() >= pixels:
                bar.setValue(pixels)
                with contextlib.suppress(RuntimeError, TypeError):
                    bar.rangeChanged.disconnect(try_scroll)
                    bar.sliderPressed.disconnect(give_up)

        def give_up() -> None:
            with contextlib.suppress(RuntimeError, TypeError):
                bar.rangeChanged.disconnect(try_scroll)
                bar.sliderPressed.disconnect(give_up)

        bar.rangeChanged.connect(try_scroll)
        bar.sliderPressed.connect(give_up)

    def clear_scope(self) -> None:
        """Show all plans (the scope's button, Ctrl+Shift+X, the link under a search that
        found nothing within the scope): no navigator node stays chosen either, so choosing
        it again scopes again."""
        self.navigator.clear_current()
        self.set_scope(None)

    def clear_filters(self) -> None:
        """Ctrl+Shift+L: clear the filter bar; with none set but a scope, say which key
        clears that instead of doing nothing (trial 1)."""
        if self.current_filter().without_scope() == browse.BrowseFilter() and self._scope:
            self.show_message(
                tr("No filters are set; %1 clears the scope and shows all plans.").replace(
                    "%1", self._keys(ActionId.CLEAR_SCOPE)
                )
            )
            return
        self.filter_bar.clear()

    def scope_text(self) -> str:
        """The scope in words: "Workgroup — SENN-CRISE", "the section of <item>"; "" for none."""
        if self._scope is None:
            return ""
        name = self._scope_name
        if self._scope.kind == "item" and name:
            # A plan item scopes the list to its section: say so, not "Plan item".
            return tr("the section of %1").replace("%1", name)
        kind = labels.label(labels.OBJECT_KINDS, self._scope.kind)
        return f"{kind} — {name}" if name else kind

    def _update_scope_label(self) -> None:
        keys = self._keys(ActionId.CLEAR_SCOPE)
        if self._scope is None:
            self.scope_bar.show_scope(tr("Scope: all plans"), scoped=False, keys=keys)
            return
        if self.list_model.mode == "notes":
            # What the notes list holds comes first: the name may be cut at the end.
            text = tr("Scope, notes on it and on what it contains: %1")
        else:
            text = tr("Scope: %1")
        self.scope_bar.show_scope(text.replace("%1", self.scope_text()), scoped=True, keys=keys)

    # ---------------------------------------------------------------------------------------
    # the list and its filters
    # ---------------------------------------------------------------------------------------
    def set_list_mode(self, mode: str) -> None:
        """Plan items or notes in the list (Ctrl+1, Ctrl+2); a search is cleared."""
        self.central.show_mode_tab(mode)
        if self.search_box.text():
            self.search_box.clear()
        if mode != self.list_model.mode:
            self.central.set_mode(mode)
            self.apply_filters()

    def current_filter(self) -> browse.BrowseFilter:
        return self.filter_bar.to_filter(self._scope)

    def apply_filters(self) -> None:
        """Read the list with the filters and scope of now; a search follows them."""
        browse_filter = self.current_filter()
        self.list_model.set_filter(browse_filter)
        self._update_scope_label()  # the notes list says what a scope holds
        if self.search_box.text().strip():
            self.run_search_now()  # the search stays within the filters
        elif browse_filter != browse.BrowseFilter():
            # What these filters let a search find, worked out while nobody waits.
            self.worker.run(
                functools.partial(prepare_search, within=browse_filter),
                key="search-prepare",
                priority=Priority.BACKGROUND,
            )
        self.central.explain_empty(browse_filter)
        self._update_status()

    def _update_status(self) -> None:
        if self.centre_stack.currentIndex() == RESULTS_PAGE:
            # The search results replace the list: count those, not the hidden list.
            searching = bool(self.search_box.text().strip())
            found = max(self.search.total, self.results_model.rowCount())
            self.status.show_search(found, searching)
        else:
            self.status.show_list(self.list_model)

    def show_row(self, row: int) -> None:
        """Select and scroll to ``row`` of the list (0-based)."""
        self.central.show_row(row)

    def go_to_row(self) -> None:
        self.central.go_to_row()

    # ---------------------------------------------------------------------------------------
    # search
    # ---------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _search_text_changed(self, text: str) -> None:
        self.detail.set_search_words(text)
        if text.strip():
            self.centre_stack.setCurrentIndex(RESULTS_PAGE)
            self.search.timer.start()
            return
        self.search.clear()
        self.centre_stack.setCurrentIndex(LIST_PAGE)
        # Back to the filtered list; the detail shows its selected row, or nothing is
        # selected there.
        if self.current is not None:
            self.central.select_object(*self.current)
        self._update_status()

    def _search_enter(self) -> None:
        if self.search.timer.isActive():
            self.run_search_now()
        self.search.focus_first()

    def run_search_now(self) -> None:
        """Search what the search box holds, within the filters and scope, now."""
        self.search.search(self.search_box.text().strip(), self.current_filter())

    def _search_shown(self, found: int) -> None:
        self._follow_results()
        self._update_status()
        self.search_done.emit(found)

    def _follow_results(self) -> None:
        """New hits replaced the results: a hit the detail showed stays shown only where it is
        among them (selected again); otherwise the detail and notes show nothing, rather than
        a hit of an earlier search that no row stands for."""
        if self._hit_shown is None:
            return
        row = self.search.model.row_of(*self._hit_shown)
        if row is not None:
            selection = self.results.selectionModel()
            blocked = selection.blockSignals(True)  # the hit is shown already
            try:
                self.results.setCurrentIndex(self.search.model.index(row))
            finally:
                selection.blockSignals(blocked)
            self.results.viewport().update()
            return
        self._hit_shown = None
        self.current = None
        self.detail.clear()
        self.notes.show_target(None, None)

    def _search_widened(self, link: str) -> None:
        """A link under a search that found nothing: search without the scope or filters."""
        if link == WITHOUT_SCOPE:
            self.clear_scope()
        elif link == WITHOUT_FILTERS:
            self.filter_bar.clear()

    def _keys(self, action_id: ActionId) -> str:
        """The shortcut of an action as the delegate's platform writes it."""
        keys = self.registry[action_id].shortcut()
        return keys.toString(QKeySequence.SequenceFormat.NativeText)

    # ---------------------------------------------------------------------------------------
    # edit, dialogs
    # ---------------------------------------------------------------------------------------
    def undo(self) -> None:
        self.notes.commit()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.notes.commit()
        self.undo_stack.redo()

    def _update_undo_tips(self) -> None:
        """Edit > Undo and Redo name what they undo: "Undo Change priority", and so do their
        tooltips; the toolbar buttons keep their short text (their icon text: trial 11, "Nota's
        inlezen uit notes-edit.xlsx ongedaan maken" widened the toolbar and shifted it)."""
        for action, text, named, tip, nothing in (
            (
                self.registry[ActionId.UNDO],
                self.undo_stack.undoText(),
                tr("&Undo %1"),
                tr("Undo: %1"),
                (tr("&Undo"), tr("Nothing to undo")),
            ),
            (
                self.registry[ActionId.REDO],
                self.undo_stack.redoText(),
                tr("&Redo %1"),
                tr("Redo: %1"),
                (tr("&Redo"), tr("Nothing to redo")),
            ),
        ):
            action.setText(named.replace("%1", text) if text else nothing[0])
            action.setIconText(nothing[0].replace("&", ""))
            action.setToolTip(tip.replace("%1", text) if text else nothing[1])

    def copy_reference(self) -> None:
        """The shown object's reference ("item:12", "workgroup:7") to the clipboard: what the
        command line and a meeting's agenda understand."""
        if self.current is None:
            self.show_message(tr("Select an object first."))
            return
        reference = f"{self.current[0]}:{self.current[1]}"
        QGuiApplication.clipboard().setText(reference)
        self.show_message(tr("Copied %1").replace("%1", reference))

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def show_error(self, text: str) -> None:
        """A failed job's line in a warning box, as a sentence."""
        QMessageBox.warning(self, tr("bnldesk"), as_sentence(text))

    def open_preferences(self) -> None:
        from bnldesk.ui.settings.preferences import PreferencesDialog

        before = self.settings.get("prefs/language")
        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_appearance(app, str(self.settings.get("prefs/appearance")))
            after = self.settings.get("prefs/language")
            controller = self.controller
            if after != before and controller is not None:
                QTimer.singleShot(0, self, lambda: controller.set_language(str(after)))

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = shortcuts_dialog(self.shortcut_rows(), self, ROW_HEIGHT)
        self.shortcuts_dialog.show()

    def shortcut_rows(self) -> list[ShortcutRow]:
        return shortcut_rows(self.registry, self.menuBar())

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            tr("About bnldesk"),
            tr("bnldesk %1: the Benelux delegations' desktop for plans, notes and briefs.").replace(
                "%1", __version__
            )
            + "\n"
            + tr("Works offline; your notes stay on this computer.")
            + "\n\n"
            + i18n.filled(
                tr("Licence: %1. Built with Qt %2 (LGPL-3.0) through PySide6."),
                licence(),
                qVersion(),
            ),
        )

    def import_document(self) -> None:
        """File > Import document: choose the file, then review it before it is written."""
        if importlib.util.find_spec("bnldesk.services.importer") is None:
            self.show_message(tr("Importing is not available in this version."))
            return
        path = open_file(
            self,
            self.settings,
            FileKind.DOCUMENT,
            tr("Import document"),
            # One filter per kind too, in the interface language (trial 14: the dialog named
            # the types in English).
            ";;".join(
                (
                    tr("Plans and programmes (*.pdf *.docx *.txt *.md)"),
                    tr("PDF documents (*.pdf)"),
                    tr("Word documents (*.docx)"),
                    tr("Text documents (*.txt *.md)"),
                    tr("All files (*)"),
                )
            ),
        )
        if path is not None:
            self.review_import(path)

    def review_import(self, path: Path) -> QDialog:
        """Open the review window for ``path``: it reads, shows, corrects and imports."""
        from bnldesk.ui.importing import ImportReviewDialog

        dialog = ImportReviewDialog(self, path, self.changes)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


LICENCE = "EUPL-1.2"  # pyproject.toml's licence, for a frozen bundle without package metadata


def licence() -> str:
    """bnldesk's licence as its installed package declares it (an SPDX name: "EUPL-1.2")."""
    from importlib import metadata

    try:
        declared = metadata.metadata("bnldesk")
    except metadata.PackageNotFoundError:
        return LICENCE
    return declared["License-Expression"] or declared["License"] or LICENCE
