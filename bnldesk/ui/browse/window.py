"""The main window: navigator, filtered list, detail pane with the notes editor.

Layout (left to right): a navigator with three tabs (the plans, the workgroups, the contacts);
the central list (plan items or notes) under the filter bar, replaced by search results while
the search box holds text; the selected object's detail above its notes. All database work goes
through :class:`bnldesk.ui.worker.DbWorker`; widgets only ever see plain data.
"""

from __future__ import annotations

import functools
import html
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QItemSelectionModel,
    QMetaObject,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from bnldesk import __version__
from bnldesk.domain.search_query import parse
from bnldesk.store import browse, changes
from bnldesk.store.engine import Store
from bnldesk.store.search import SearchResult, prepare, run_search
from bnldesk.ui import labels
from bnldesk.ui.actions import MENUS, ActionId, ActionRegistry
from bnldesk.ui.browse.context_menus import (
    NOTE_ACTIONS,
    OBJECT_ACTIONS,
    install_context_menus,
)
from bnldesk.ui.browse.delegates import HtmlDelegate
from bnldesk.ui.browse.detail import DetailPane
from bnldesk.ui.browse.filter_bar import FilterBar
from bnldesk.ui.browse.models import (
    IdRole,
    KindRole,
    LazyTableModel,
    NavigatorModel,
    SearchResultsModel,
    contact_children,
    plan_children,
    workgroup_children,
)
from bnldesk.ui.browse.quick_open import QuickOpen
from bnldesk.ui.browse.shortcuts import ShortcutRow, shortcut_rows, shortcuts_dialog
from bnldesk.ui.browse.views import (
    EmptyAwareTable,
    ObjectList,
    ObjectTree,
    SearchBox,
    edit_focused,
)
from bnldesk.ui.notes.commands import NotesBus
from bnldesk.ui.notes.editor import NotesPanel
from bnldesk.ui.settings import Settings
from bnldesk.ui.widgets.icons import app_icon
from bnldesk.ui.widgets.screen_fit import fit_to_screen, scrolling
from bnldesk.ui.worker import DbWorker, Priority

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the default "no parent" index (not a call in each signature)
SEARCH_DEBOUNCE_MS = 60
SEARCH_LIMIT = 60
ROW_HEIGHT = 24


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    """``text`` translated; with ``count``, ``%n``/``%Ln`` become it in the plural form of the
    interface language. lupdate files plain tr("...") calls under the empty context."""
    return QCoreApplication.translate("", text, disambiguation, count)


def search_job(
    store: Store, text: str, within: browse.BrowseFilter
) -> tuple[SearchResult, SearchResult | None]:
    """The search as typed, inside the window's filters and scope; when nothing is found
    there, the same search without them (so the window can say what the filters hid)."""
    query = parse(text, as_you_type=True)
    with store.read() as s:
        result = run_search(s, query, limit=SEARCH_LIMIT, within=within)
        unfiltered = None
        if not result.hits and within != browse.BrowseFilter():
            unfiltered = run_search(s, query, limit=SEARCH_LIMIT)
    return result, unfiltered


def prepare_search(store: Store, within: browse.BrowseFilter) -> None:
    with store.read() as s:
        prepare(s, within)


def search_help() -> str:
    """The search box's tooltip: the search language in a few lines."""
    return tr(
        "Type words to find plans, workgroups, contacts and notes; every word must occur. "
        "Case, accents and ligatures do not matter.\n"
        "energie OR klimaat: either word\n"
        "-Brussel or NOT Brussel: leave out what mentions Brussel\n"
        '"grensoverschrijdende samenwerking": these words next to each other\n'
        "energ*: words starting with energ\n"
        "NEAR(energie klimaat, 5): at most five words apart\n"
        "title:energie, code:SENN-CRISE: only in titles, only in workgroup codes\n"
        "year:2022, year:2021-2023, tag:budget, kind:flagship, kind:note: filters\n"
        "The search stays within the filters and the scope set on the list."
    )


class WindowHost(Protocol):
    """What the window asks of the application that owns it (bnldesk.ui.app.Controller)."""

    def set_language(self, code: str) -> object: ...

    def reopen_after_restore(self) -> object: ...


class MainWindow(QMainWindow):
    """The delegate's workbench. ``object_shown`` fires once the detail of an object is shown."""

    object_shown = Signal(str, int)
    search_done = Signal(int)

    def __init__(
        self,
        store: Store,
        worker: DbWorker,
        settings: Settings,
        undo_stack: QUndoStack,
        bus: NotesBus,
        controller: WindowHost | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store
        self.worker = worker
        self.settings = settings
        self.undo_stack = undo_stack
        self.bus = bus
        # What outlives the window (bnldesk.ui.app.Controller), known only by what it offers:
        # it rebuilds the window in a new language or on a restored file.
        self.controller = controller
        self.current: tuple[str, int] | None = None
        self._history: list[tuple[str, int]] = []
        self._detail_generation = 0
        self._search_generation = 0
        self._scope: browse.Scope | None = None
        self._totals: dict[str, int] = {}
        self._revealing = False
        self._external: list[QMetaObject.Connection] = []
        self._sized = False
        self._reselecting = False
        self._list_selected = 0
        self._user_sized = False
        self._right_user_sized = False
        # Set when the controller replaces or shuts the window: what it holds was handed on.
        self.retiring = False
        self.setWindowIcon(app_icon())

        self.registry = ActionRegistry(self, self.show_message)
        self._build_widgets()
        self._build_menus()
        self._connect()
        install_context_menus(
            self.registry,
            (
                (self.plan_tree, OBJECT_ACTIONS),
                (self.workgroup_tree, OBJECT_ACTIONS),
                (self.contact_list, OBJECT_ACTIONS),
                (self.table, OBJECT_ACTIONS),
                (self.results, OBJECT_ACTIONS),
                (self.notes.list, NOTE_ACTIONS),
            ),
        )
        self.retranslate()
        self._apply_read_only()
        fit_to_screen(self, QSize(1440, 880), offset=48 if store.read_only else 0)

    # ---------------------------------------------------------------------------------------
    # construction
    # ---------------------------------------------------------------------------------------
    def _tree(self, model: NavigatorModel, name: str) -> QTreeView:
        view = ObjectTree()
        view.setObjectName(name)
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.setModel(model)
        view.setHeaderHidden(True)
        view.setUniformRowHeights(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.selectionModel().currentChanged.connect(
            lambda cur, _prev, v=view: self._nav_current_changed(v, cur)
        )
        return view

    def _build_widgets(self) -> None:
        self.plan_model = NavigatorModel(self.worker, plan_children, self)
        self.workgroup_model = NavigatorModel(self.worker, workgroup_children, self)
        self.contact_model = NavigatorModel(self.worker, contact_children, self)
        self.plan_tree = self._tree(self.plan_model, "planTree")
        self.workgroup_tree = self._tree(self.workgroup_model, "workgroupTree")
        self.contact_list = self._tree(self.contact_model, "contactList")
        self.contact_list.setRootIsDecorated(False)
        self.nav_tabs = QTabWidget()
        self.nav_tabs.setObjectName("navTabs")
        self.nav_tabs.addTab(self.plan_tree, "")
        self.nav_tabs.addTab(self.workgroup_tree, "")
        self.nav_tabs.addTab(self.contact_list, "")
        self.nav_tabs.setMinimumWidth(240)
        self.nav_tabs.setDocumentMode(True)
        self.nav_tabs.setUsesScrollButtons(False)
        self.nav_tabs.tabBar().setExpanding(True)
        self.nav_tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)

        # centre: filter bar, list mode tabs, list or search results
        self.filter_bar = FilterBar(self.settings)
        self.mode_tabs = QTabBar()
        self.mode_tabs.setObjectName("modeTabs")
        self.mode_tabs.addTab("")
        self.mode_tabs.addTab("")
        self.mode_tabs.setDrawBase(False)
        self.mode_tabs.setExpanding(False)
        self.scope_label = QLabel()
        self.scope_label.setObjectName("scopeLabel")
        self.list_model = LazyTableModel(self.worker, "items", self)
        self.table = EmptyAwareTable()
        self.table.setObjectName("centralList")
        self.table.setModel(self.list_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        vh = self.table.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(ROW_HEIGHT)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.selectionModel().currentRowChanged.connect(self._list_current_changed)

        self.results_model = SearchResultsModel(self)
        self.results = ObjectList()
        self.results.setDragEnabled(True)
        self.results.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.results_model)
        self.results.setItemDelegate(HtmlDelegate(3, self.results))
        self.results.setUniformItemSizes(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.selectionModel().currentChanged.connect(self._result_current_changed)
        self.results_label = QLabel()
        self.results_label.setObjectName("resultsLabel")
        results_page = QWidget()
        rl = QVBoxLayout(results_page)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.results_label)
        rl.addWidget(self.results, 1)
        list_page = QWidget()
        ll = QVBoxLayout(list_page)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.setSpacing(2)
        ll.addWidget(self.mode_tabs)
        ll.addWidget(self.scope_label)
        ll.addWidget(self.table, 1)
        self.centre_stack = QStackedWidget()
        self.centre_stack.addWidget(list_page)
        self.centre_stack.addWidget(results_page)
        centre = QWidget()
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(2)
        cl.addWidget(self.centre_stack, 1)

        # right: detail over notes
        self.detail = DetailPane()
        self.notes = NotesPanel(
            self.worker,
            self.bus,
            self.undo_stack,
            author=lambda: str(self.settings.get("prefs/author")),
            delegation=self.settings.delegation,
        )
        self.notes.setObjectName("notesPanel")
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(self.detail)
        # Scrolls on small screens instead of squeezing the detail above it.
        self.notes_scroll = QScrollArea()
        self.notes_scroll.setObjectName("notesScroll")
        self.notes_scroll.setWidget(self.notes)
        self.notes_scroll.setWidgetResizable(True)
        self.notes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.notes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.right_splitter.addWidget(self.notes_scroll)
        self.right_splitter.setStretchFactor(0, 2)
        self.right_splitter.setStretchFactor(1, 3)
        self.right_splitter.setSizes([300, 520])

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.nav_tabs)
        self.main_splitter.addWidget(centre)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(0, 2)
        self.main_splitter.setStretchFactor(1, 5)
        self.main_splitter.setStretchFactor(2, 4)
        self.main_splitter.setSizes([330, 620, 490])
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.splitterMoved.connect(lambda *_a: setattr(self, "_user_sized", True))
        self.right_splitter.splitterMoved.connect(
            lambda *_a: setattr(self, "_right_user_sized", True)
        )
        # The filter bar spans the window: its combos and chips never have to squeeze into
        # the centre pane, in any language.
        outer = QWidget()
        outer.setObjectName("centralArea")
        ol = QVBoxLayout(outer)
        ol.setContentsMargins(0, 0, 0, 0)
        ol.setSpacing(0)
        ol.addWidget(self.filter_bar)
        ol.addWidget(self.main_splitter, 1)
        # On a small screen (or a large scale factor) the panes scroll instead of being cut off.
        self.setCentralWidget(scrolling(outer, "centralScroll"))

        # toolbar with the search box
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

        self.status_counts = QLabel()
        self.status_counts.setObjectName("statusCounts")
        # Never wider than the window: on a narrow screen the counts are cut, not the window.
        self.status_counts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_busy = QLabel()
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("readOnlyLabel")
        self.read_only_label.hide()
        self.statusBar().addWidget(self.read_only_label)
        self.statusBar().addWidget(self.status_counts, 1)
        self.statusBar().addPermanentWidget(self.status_busy)

        self.palette_dialog = QuickOpen(self.worker, self)
        self.palette_dialog.chosen.connect(lambda k, i: self.show_object(k, i, reveal=True))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.run_search_now)

    def _build_menus(self) -> None:
        self.menus: dict[str, Any] = {}
        bar = self.menuBar()
        for key, _title in MENUS:
            self.menus[key] = bar.addMenu("")
        from bnldesk.ui.actions import SPECS

        separated = {
            ActionId.QUIT,
            ActionId.PREFERENCES,
            ActionId.CUT,
            ActionId.COPY_REFERENCE,
            ActionId.NEW_NOTE,
            ActionId.CLEAR_FILTERS,
            ActionId.FOCUS_TREE,
            ActionId.SHORTCUTS,
        }
        for action_id, spec in SPECS.items():
            menu = self.menus.get(spec.menu)
            if menu is None:
                continue
            if action_id in separated and menu.actions():
                menu.addSeparator()
            menu.addAction(self.registry[action_id])
        # The window owns the actions, so their shortcuts work even without a visible menu.
        for action in self.registry.actions.values():
            self.addAction(action)

    def _connect(self) -> None:
        a = self.registry
        a.bind(ActionId.IMPORT, self.import_document)
        a.bind(ActionId.PREFERENCES, self.open_preferences)
        a.bind(ActionId.QUIT, self.close)
        a.bind(ActionId.UNDO, self.undo)
        a.bind(ActionId.REDO, self.redo)
        for action_id, method in (
            (ActionId.CUT, "cut"),
            (ActionId.COPY, "copy"),
            (ActionId.PASTE, "paste"),
            (ActionId.SELECT_ALL, "selectAll"),
        ):
            a.bind(action_id, functools.partial(edit_focused, method))
        a.bind(ActionId.COPY_REFERENCE, self.copy_reference)
        a.bind(ActionId.NEW_NOTE, lambda: self.notes.new_note())
        a.bind(ActionId.DELETE_NOTE, self.notes.delete_note)
        a.bind(ActionId.NEW_ACTION, lambda: self.notes.add_action())
        a.bind(ActionId.FIND, self.focus_search)
        a.bind(ActionId.QUICK_OPEN, self.palette_dialog.open_fresh)
        a.bind(ActionId.GO_TO_ROW, self.go_to_row)
        a.bind(ActionId.SHOW_ITEMS, lambda: self.set_list_mode("items"))
        a.bind(ActionId.SHOW_NOTES, lambda: self.set_list_mode("notes"))
        a.bind(ActionId.CLEAR_FILTERS, self.filter_bar.clear)
        a.bind(ActionId.SAVE_VIEW, self.filter_bar.ask_save_view)
        a.bind(ActionId.FOCUS_TREE, lambda: self.nav_tabs.currentWidget().setFocus())
        a.bind(ActionId.FOCUS_LIST, lambda: self.table.setFocus())
        a.bind(ActionId.FOCUS_NOTES, lambda: self.notes.body.setFocus())
        a.bind(ActionId.BACK, self.go_back)
        a.bind(ActionId.RELOAD, self.reload_all)
        a.bind(ActionId.SHORTCUTS, self.show_shortcuts)
        a.bind(ActionId.ABOUT, self.show_about)
        if importlib.util.find_spec("bnldesk.services.importer") is None:
            a[ActionId.IMPORT].setEnabled(False)
        # Connections to objects that outlive this window are recorded so detach() can cut them.
        link = self._link
        link(self.undo_stack.canUndoChanged, a[ActionId.UNDO].setEnabled)
        link(self.undo_stack.canRedoChanged, a[ActionId.REDO].setEnabled)
        link(self.undo_stack.undoTextChanged, lambda _t: self._update_undo_tips())
        link(self.undo_stack.redoTextChanged, lambda _t: self._update_undo_tips())
        a[ActionId.UNDO].setEnabled(self.undo_stack.canUndo())
        a[ActionId.REDO].setEnabled(self.undo_stack.canRedo())

        self.filter_bar.changed.connect(self.apply_filters)
        self.mode_tabs.currentChanged.connect(
            lambda i: self.set_list_mode("items" if i == 0 else "notes")
        )
        self.list_model.total_changed.connect(lambda _n: self._update_status())
        self.list_model.reloaded.connect(self._reselect_row)
        self.list_model.page_loaded.connect(self._page_arrived)
        self.table.resized.connect(self._apply_column_widths)
        self.search_box.textChanged.connect(self._search_text_changed)
        self.search_box.returnPressed.connect(self._search_enter)
        self.detail.navigate.connect(lambda k, i: self.show_object(k, i, reveal=True))
        link(self.bus.changed, self._notes_changed)
        link(
            self.worker.busy_changed,
            lambda busy: self.status_busy.setText(tr("Working...") if busy else ""),
        )
        link(self.worker.failed, self.show_error)
        link(self.bus.changed, self.notes.store_changed)
        link(self.bus.created, self.notes.note_created)
        self.notes.notes_loaded.connect(lambda _n: self.fit_right_panes())
        self.notes.editor_opened.connect(self.fit_right_panes)
        self.nav_tabs.currentChanged.connect(self._nav_tab_changed)

    def _link(self, signal: Any, slot: Callable[..., Any]) -> None:
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
        # Writable: "bnldesk", the name the desktop and its tests know the window by.
        self.setWindowTitle(
            tr("%1 — bnldesk (read-only)").replace("%1", name) if read_only else "bnldesk"
        )
        if not read_only:
            return
        for action_id in (
            ActionId.IMPORT,
            ActionId.IMPORT_NOTES,
            ActionId.NEW_NOTE,
            ActionId.DELETE_NOTE,
            ActionId.NEW_ACTION,
            ActionId.UNDO,
            ActionId.REDO,
        ):
            self.registry[action_id].setEnabled(False)
        self.notes.set_read_only(True)
        self.read_only_label.setText(
            tr("Read-only: this database is open in another bnldesk window, or cannot be written.")
        )
        self.read_only_label.show()

    def retranslate(self) -> None:
        for key, title in MENUS:
            self.menus[key].setTitle(QCoreApplication.translate("Menus", title))
        self.nav_tabs.setTabText(0, tr("Plans", "navigator tab"))
        self.nav_tabs.setTabText(1, tr("Workgroups", "navigator tab"))
        self.nav_tabs.setTabText(2, tr("Contacts", "navigator tab"))
        self.mode_tabs.setTabText(0, tr("Plan items"))
        self.mode_tabs.setTabText(1, tr("Notes"))
        self.search_box.setPlaceholderText(tr("Search plans, workgroups and notes (Ctrl+F)"))
        self.search_box.setToolTip(search_help())
        self.search_box.setWhatsThis(search_help())
        self.search_box.setAccessibleName(tr("Search"))
        self.plan_tree.setAccessibleName(tr("Plans navigator"))
        self.workgroup_tree.setAccessibleName(tr("Workgroups"))
        self.contact_list.setAccessibleName(tr("Contacts"))
        self.table.setAccessibleName(tr("List of objects"))
        self.results.setAccessibleName(tr("Search results"))
        self.detail.setAccessibleName(tr("Details of the selected object"))
        self.mode_tabs.setAccessibleName(tr("List contents"))
        self.toolbar.setWindowTitle(tr("Main toolbar"))
        self._update_undo_tips()
        self._update_scope_label()
        self._update_status()

    # ---------------------------------------------------------------------------------------
    # start and state
    # ---------------------------------------------------------------------------------------
    def start(self, *, restore: bool = True) -> None:
        """Load the first data and restore the last session (splitters, list, selection)."""
        self._apply_column_widths()
        if restore:
            self.restore_state()
        self._load_views()
        if restore:
            last = str(self.settings.get("window/last_selection"))
            kind, _, obj = last.partition(":")
            if kind and obj.isdigit():
                self.show_object(kind, int(obj), reveal=True)

    def restore_state(self) -> None:
        s = self.settings
        geometry = s.get("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = s.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)
        for key, splitter in (
            ("window/main_splitter", self.main_splitter),
            ("window/right_splitter", self.right_splitter),
        ):
            value = s.get(key)
            if not value.isEmpty():
                splitter.restoreState(value)
                if splitter is self.right_splitter:
                    self._right_user_sized = True
        # A saved geometry from a larger screen (or scale factor) is brought inside this one.
        fit_to_screen(self)
        self.nav_tabs.setCurrentIndex(int(s.get("window/nav_tab")))
        mode = str(s.get("window/list_mode"))
        self.mode_tabs.blockSignals(True)
        self.mode_tabs.setCurrentIndex(0 if mode == "items" else 1)
        self.mode_tabs.blockSignals(False)
        if mode != self.list_model.mode:
            self.list_model.set_mode(mode)
            self._apply_column_widths()
        else:
            self._apply_column_widths()

    def save_state(self) -> None:
        s = self.settings
        s.set("window/geometry", self.saveGeometry())
        s.set("window/state", self.saveState())
        s.set("window/main_splitter", self.main_splitter.saveState())
        # Only a height the delegate chose is kept; otherwise the panes follow their content.
        s.set(
            "window/right_splitter",
            self.right_splitter.saveState() if self._right_user_sized else QByteArray(),
        )
        s.set("window/nav_tab", self.nav_tabs.currentIndex())
        s.set("window/list_mode", self.list_model.mode)
        if self.current is not None:
            s.set("window/last_selection", f"{self.current[0]}:{self.current[1]}")
        s.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            if self.settings.get("window/main_splitter").isEmpty():
                QTimer.singleShot(0, self.size_panes)

    def size_panes(self) -> None:
        """Default pane widths, in proportion to the window (used until the delegate drags)."""
        width = max(self.main_splitter.width(), 1000)
        nav = max(250, int(width * 0.20))
        right = max(440, int(width * 0.33))
        self.main_splitter.setSizes([nav, width - nav - right, right])
        self.fit_right_panes()

    def fit_right_panes(self) -> None:
        """Room where there is content: the note editor gets the height it needs when a note is
        open (it needed scrolling at 1280x720 while the detail had 170 px); with no note, the
        detail takes what the short "no notes yet" text does not need. Kept once the delegate
        drags the splitter."""
        if self._right_user_sized:
            return
        height = self.right_splitter.height()
        if height <= 0:
            return
        editing = self.notes.stack.currentIndex() == 1
        wanted = 150
        if editing:
            # At the pane's width: wrapped labels are taller than the plain size hint says.
            width = self.notes_scroll.viewport().width()
            wanted = max(self.notes.sizeHint().height(), self.notes.heightForWidth(width)) + 8
        # While a note is open the detail keeps its heading (kind and title) in view.
        detail_least = max(64, int(height * 0.1)) if editing else max(104, int(height * 0.15))
        notes = max(120, min(wanted, height - detail_least))
        self.right_splitter.setSizes([height - notes, notes])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if (
            self._sized
            and not self._user_sized
            and self.settings.get("window/main_splitter").isEmpty()
        ):
            # After the layout has given the splitter its new width.
            QTimer.singleShot(0, self.size_panes)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing (the title bar's X, Ctrl+Q): notes are saved as typed; a meeting's unsaved
        edits are saved and a new meeting not saved yet is asked about (Cancel stays)."""
        features = getattr(self, "meeting_features", None)
        if not self.retiring and features is not None and not features.confirm_close_all():
            event.ignore()
            return
        self.notes.commit()
        self.save_state()
        super().closeEvent(event)

    def load_choices(self) -> None:
        def job(store: Store) -> dict[str, Any]:
            with store.read() as s:
                return browse.filter_choices(s)

        self.worker.run(
            job, self.filter_bar.set_choices, key="choices", priority=Priority.BACKGROUND
        )

    def _load_totals(self) -> None:
        def job(store: Store) -> dict[str, int]:
            with store.read() as s:
                return browse.totals(s)

        def done(totals: dict[str, int]) -> None:
            self._totals = totals
            self._update_status()

        self.worker.run(job, done, key="totals", priority=Priority.BACKGROUND)

    def _load_views(self) -> None:
        """Read the navigator, the filter choices, the list and the totals (again)."""
        self.plan_model.reload()
        self.workgroup_model.reload()
        self.contact_model.reload()
        self.load_choices()
        self.apply_filters()
        self._load_totals()

    def reload_all(self) -> None:
        self._load_views()
        if self.current is not None:
            self.show_object(*self.current, push=False)

    # ---------------------------------------------------------------------------------------
    # navigation
    # ---------------------------------------------------------------------------------------
    def _nav_current_changed(self, view: QTreeView, current: QModelIndex) -> None:
        if not current.isValid():
            return
        kind = str(current.data(KindRole))
        obj_id = int(current.data(IdRole))
        self.set_scope(browse.Scope(kind if kind != "theme" else "chapter", obj_id))
        if not self._revealing:
            self.show_object(kind, obj_id)

    def _nav_tab_changed(self, _index: int) -> None:
        pass

    def set_scope(self, scope: browse.Scope | None) -> None:
        if scope == self._scope:
            return
        self._scope = scope
        self._update_scope_label()
        self.apply_filters()

    def _update_scope_label(self) -> None:
        if self._scope is None:
            self.scope_label.setText(tr("Scope: all plans"))
            return
        index = self._current_nav_view().currentIndex()
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "") if index.isValid() else ""
        kind = labels.label(labels.OBJECT_KINDS, self._scope.kind)
        if self._scope.kind == "item" and name:
            # A plan item scopes the list to its section: say so, not "Scope: Plan item".
            self.scope_label.setText(tr("Scope: the section of %1").replace("%1", name))
            return
        self.scope_label.setText(
            tr("Scope: %1").replace("%1", f"{kind} — {name}" if name else kind)
        )

    def _current_nav_view(self) -> QTreeView:
        view = self.nav_tabs.currentWidget()
        assert isinstance(view, QTreeView)
        return view

    def show_object(
        self, kind: str, obj_id: int, *, reveal: bool = False, push: bool = True, note_id: int = 0
    ) -> None:
        """Show an object in the detail pane and its notes; ``reveal`` selects it in the tree."""
        if kind == "annotation":
            self._show_annotation(obj_id)
            return
        if push and self.current is not None and self.current != (kind, obj_id):
            self._history.append(self.current)
            del self._history[:-50]
        self.current = (kind, obj_id)
        self._detail_generation += 1
        generation = self._detail_generation

        def job(store: Store) -> tuple[dict[str, Any] | None, str]:
            with store.read() as s:
                detail = browse.object_detail(s, kind, obj_id)
                state = changes.states(s, kind, [obj_id]).get(obj_id, "")
            return detail, "" if state == "same" else state

        def done(result: tuple[dict[str, Any] | None, str]) -> None:
            if generation != self._detail_generation:
                return
            detail, change = result
            self.detail.set_detail(detail, change)
            self.object_shown.emit(kind, obj_id)

        self.worker.run(job, done, key="detail", priority=Priority.INTERACTIVE)
        self._select_in_list(kind, obj_id)
        self.notes.show_target(kind, obj_id, select_note=note_id)
        if reveal:
            self.reveal(kind, obj_id)

    def _show_annotation(self, note_id: int) -> None:
        def job(store: Store) -> tuple[str, int] | None:
            from bnldesk.domain.models import Annotation

            with store.read() as s:
                note = s.get(Annotation, note_id)
                if note is None or note.target_id is None:
                    return None
                return note.target_kind.value, int(note.target_id)

        def done(target: tuple[str, int] | None) -> None:
            if target is not None:
                self.show_object(target[0], target[1], reveal=True, note_id=note_id)

        self.worker.run(job, done)

    def reveal(self, kind: str, obj_id: int) -> None:
        """Select the object in the navigator (loading the levels above it as needed)."""
        if kind in ("workgroup", "contact"):
            tab = 1 if kind == "workgroup" else 2
            view = self.workgroup_tree if kind == "workgroup" else self.contact_list
            model = self.workgroup_model if kind == "workgroup" else self.contact_model
        else:
            tab, view, model = 0, self.plan_tree, self.plan_model

        def with_path(path: list[tuple[str, int, str]]) -> None:
            if kind == "contact":
                path = [("contact", obj_id, "")]
            steps = [(k, i) for k, i, _t in path]
            model.reveal(steps, lambda index: self._select_revealed(tab, view, index))

        def job(store: Store) -> list[tuple[str, int, str]]:
            with store.read() as s:
                return browse.path_to(s, kind, obj_id)

        self.worker.run(job, with_path)

    def _select_revealed(self, tab: int, view: QTreeView, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self._revealing = True
        try:
            self.nav_tabs.setCurrentIndex(tab)
            parent = index.parent()
            while parent.isValid():
                view.expand(parent)
                parent = parent.parent()
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            view.scrollTo(index)
        finally:
            self._revealing = False

    def go_back(self) -> None:
        if self._history:
            kind, obj_id = self._history.pop()
            self.show_object(kind, obj_id, reveal=True, push=False)

    def _list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._reselecting:
            return
        row = self.list_model.row_data(current.row())
        if row is None:
            # Its page is on its way (Ctrl+End, a long jump): shown when it arrives.
            self._list_selected = 0
            self.list_model.ensure_rows(current.row(), current.row())
            return
        self._list_selected = int(row["id"])
        if self.list_model.mode == "notes":
            if row.get("target_id") is not None:
                self.show_object(
                    str(row["target_kind"]), int(row["target_id"]), note_id=int(row["id"])
                )
            return
        self.show_object("item", int(row["id"]))

    def _page_arrived(self, first: int, last: int) -> None:
        current = self.table.currentIndex()
        if current.isValid() and first <= current.row() <= last and not self._list_selected:
            self._list_current_changed(current, current)

    def _reselect_row(self) -> None:
        """Keep the selected row selected when the list is read again (a note was saved, a
        filter changed), or select the row of the object the detail shows."""
        row = self.list_model.row_of_id(self._list_selected) if self._list_selected else -1
        if row < 0 and self.current is not None:
            row = self.list_model.row_of(*self.current)
        self._set_list_row(row)

    def _select_in_list(self, kind: str, obj_id: int) -> None:
        """The detail shows ``(kind, obj_id)``: select its row in the list, or no row, so the
        list never shows another object selected than the one in the detail."""
        if self.list_model.mode == "notes":
            current = self.list_model.row_data(self.table.currentIndex().row())
            if current is not None and self.list_model.target_of(current) == (kind, obj_id):
                return  # a note on that object is selected
        self._set_list_row(self.list_model.row_of(kind, obj_id))

    def _set_list_row(self, row: int) -> None:
        self._reselecting = True
        try:
            selection = self.table.selectionModel()
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
                self._list_selected = 0
                return
            data = self.list_model.row_data(row)
            self._list_selected = int(data["id"]) if data is not None else 0
            selection.setCurrentIndex(
                self.list_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._reselecting = False

    def go_to_row(self) -> None:
        """Ask for a row number and show that row of the list, however long the list."""
        total = self.list_model.total
        if total == 0:
            return
        current = max(self.table.currentIndex().row(), 0) + 1
        number, ok = QInputDialog.getInt(
            self,
            tr("Go to row"),
            tr("Row (1 to %1):").replace("%1", f"{total:,}"),
            current,
            1,
            total,
        )
        if ok:
            self.show_row(number - 1)

    def show_row(self, row: int) -> None:
        """Select and scroll to ``row`` (0-based); its page is read by position if needed."""
        if not 0 <= row < self.list_model.total:
            return
        self.list_model.ensure_rows(row, row)
        index = self.list_model.index(row, 0)
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # ---------------------------------------------------------------------------------------
    # filters and the list
    # ---------------------------------------------------------------------------------------
    def set_list_mode(self, mode: str) -> None:
        self.mode_tabs.blockSignals(True)
        self.mode_tabs.setCurrentIndex(0 if mode == "items" else 1)
        self.mode_tabs.blockSignals(False)
        if self.search_box.text():
            self.search_box.clear()
        if mode != self.list_model.mode:
            self._list_selected = 0
            self.list_model.set_mode(mode)
            self.apply_filters()
            self._apply_column_widths()

    def _apply_column_widths(self) -> None:
        """Share the list's width out by column weights (no measuring of the rows' contents).

        Short columns (year, counts, states) keep their width; the text columns share the rest
        by weight, so the title stays readable from 1280 pixels up. Runs again on resize.
        """
        header = self.table.horizontalHeader()
        columns = self.list_model.columns
        weights = {"title": 5, "section": 2, "target": 3, "body": 5, "tags": 2}
        fixed = sum(c.width for c in columns if c.key not in weights)
        flexible = [c for c in columns if c.key in weights]
        room = max(self.table.viewport().width() - fixed, 60 * len(flexible))
        total = sum(weights[c.key] for c in flexible) or 1
        for col, column in enumerate(columns):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            if column.key in weights:
                header.resizeSection(col, max(70, room * weights[column.key] // total))
            else:
                header.resizeSection(col, column.width)
        header.setStretchLastSection(True)

    def current_filter(self) -> browse.BrowseFilter:
        return self.filter_bar.to_filter(self._scope)

    def apply_filters(self) -> None:
        f = self.current_filter()
        self.list_model.set_filter(f)
        if self.search_box.text().strip():
            self.run_search_now()  # the search stays within the filters
        elif f != browse.BrowseFilter():
            # What these filters let a search find, worked out while nobody waits.
            self.worker.run(
                lambda st: prepare_search(st, f), key="search-prepare", priority=Priority.BACKGROUND
            )
        self._update_empty_text(f)
        self._update_status()

    def _update_empty_text(self, f: browse.BrowseFilter) -> None:
        # Filters on notes select plan items only: notes on a workgroup, a section or a
        # chapter are in the Notes list, which a delegate would otherwise never think of.
        on_notes = bool(f.tag or f.status or f.priority or f.has_notes or f.has_open_actions)
        text = ""
        if on_notes and self.list_model.mode == "items":
            text = tr(
                "No plan item has notes matching these filters. Notes on workgroups, sections "
                "and chapters are listed under Notes (Ctrl+2)."
            )
        elif f.without_scope() == browse.BrowseFilter() and f.scope is not None:
            # No filter to remove: "remove a filter" would send the delegate looking for one.
            text = (
                tr("No plan items here. Choose another object in the navigator.")
                if self.list_model.mode == "items"
                else tr("No notes here yet. Select an object and press Ctrl+N to write one.")
            )
        self.table.empty_text = text
        self.table.viewport().update()

    def _update_status(self) -> None:
        if not hasattr(self, "status_counts"):
            return
        model = self.list_model
        if self.centre_stack.currentIndex() == 1:
            # The search results replace the list: count those, not the hidden list.
            found = self.results_model.rowCount()
            self.status_counts.setText(
                tr("%Ln search result(s)", None, found) if self.search_box.text().strip() else ""
            )
            return
        items = model.mode == "items"
        if not model.counted:
            parts = [tr("Counting the plan items…") if items else tr("Counting the notes…")]
        elif items:
            parts = [tr("%Ln plan item(s) in the list", None, model.total)]
        else:
            parts = [tr("%Ln note(s) in the list", None, model.total)]
        if model.rowCount() < model.total or not model.counted:
            parts.append(tr("%Ln loaded", None, model.rowCount()))
        t = self._totals
        if t:
            counts = ", ".join(
                (
                    tr("%Ln plan(s)", None, t.get("plans", 0)),
                    tr("%Ln item(s)", None, t.get("items", 0)),
                    tr("%Ln workgroup(s)", None, t.get("workgroups", 0)),
                    tr("%Ln note(s)", None, t.get("notes", 0)),
                    tr("%Ln open action(s)", None, t.get("open_actions", 0)),
                )
            )
            parts.append(tr("Database: %1").replace("%1", counts))
        self.status_counts.setText("  ·  ".join(parts))

    def _notes_changed(self, _kind: str, _key: str, _note_id: int) -> None:
        # Notes changed: counts, the notes list and note-based filters may all be affected.
        self._load_totals()
        self.load_choices()
        f = self.list_model.browse_filter
        if self.list_model.mode == "notes" or f.tag or f.has_notes or f.status or f.priority:
            self.list_model.reload()
        else:
            self.list_model.reload()

    # ---------------------------------------------------------------------------------------
    # search
    # ---------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _search_text_changed(self, text: str) -> None:
        self.detail.set_search_words(text)
        if not text.strip():
            self._search_timer.stop()
            self._search_generation += 1
            self.results_model.set_hits([])
            self.centre_stack.setCurrentIndex(0)
            # Back to the filtered list; the detail shows its selected row, or nothing is
            # selected there.
            if self.current is not None:
                self._select_in_list(*self.current)
            self._update_status()
            return
        self.centre_stack.setCurrentIndex(1)
        self._search_timer.start()

    def _search_enter(self) -> None:
        if self._search_timer.isActive():
            self.run_search_now()
        self.results.setFocus()
        if self.results_model.rowCount():
            self.results.setCurrentIndex(self.results_model.index(0))

    def run_search_now(self) -> None:
        self._search_timer.stop()
        text = self.search_box.text().strip()
        self._search_generation += 1
        generation = self._search_generation
        if not text:
            return
        within = self.current_filter()

        def done(found: tuple[SearchResult, SearchResult | None]) -> None:
            if generation != self._search_generation:
                return
            result, unfiltered = found
            self.results_model.set_hits(result.hits)
            self.results_label.setText(self._results_text(text, result, unfiltered))
            self._update_status()
            self.search_done.emit(len(result.hits))

        self.worker.run(
            lambda st: search_job(st, text, within),
            done,
            key="search",
            priority=Priority.INTERACTIVE,
        )

    def _results_text(
        self, text: str, result: SearchResult, unfiltered: SearchResult | None
    ) -> str:
        """The line above the results: how many, and why none when there are none."""
        shown = html.escape(text)
        hits = len(result.hits)
        if hits:
            line = tr("%1 results for “%2”").replace("%1", str(hits)).replace("%2", shown)
            if not result.complete:
                line += tr(" (best %1 shown)").replace("%1", str(SEARCH_LIMIT))
        elif result.query.is_empty:
            line = tr("“%1” has no letters or digits to search for.").replace("%1", shown)
        elif unfiltered is not None and unfiltered.hits:
            keys = self.registry[ActionId.CLEAR_FILTERS].shortcut()
            line = (
                tr(
                    "No results for “%1” within the filters and scope; %2 without them "
                    "(%3 clears the filters)."
                )
                .replace("%1", shown)
                .replace("%2", str(len(unfiltered.hits)))
                .replace("%3", keys.toString(QKeySequence.SequenceFormat.NativeText))
            )
        else:
            line = tr(
                "No results for “%1”. Accents and case do not matter; try a shorter word."
            ).replace("%1", shown)
        if result.query.plain_words:
            line += " " + tr("(Some of it was read as plain words.)")
        return line

    def _result_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = self.results_model.hit(current.row())
        if hit is None:
            return
        self.show_object(hit.kind, hit.obj_id)

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
        """Edit > Undo and Redo name what they undo: "Undo Change priority"."""
        undo, redo = self.registry[ActionId.UNDO], self.registry[ActionId.REDO]
        text = self.undo_stack.undoText()
        undo.setText(tr("&Undo %1").replace("%1", text) if text else tr("&Undo"))
        undo.setToolTip(tr("Undo: %1").replace("%1", text) if text else tr("Nothing to undo"))
        text = self.undo_stack.redoText()
        redo.setText(tr("&Redo %1").replace("%1", text) if text else tr("&Redo"))
        redo.setToolTip(tr("Redo: %1").replace("%1", text) if text else tr("Nothing to redo"))

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
        QMessageBox.warning(self, tr("bnldesk"), text)

    def open_preferences(self) -> None:
        from bnldesk.ui.settings.preferences import PreferencesDialog

        before = self.settings.get("prefs/language")
        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            after = self.settings.get("prefs/language")
            controller = self.controller
            if after != before and controller is not None:
                QTimer.singleShot(0, lambda: controller.set_language(str(after)))

    def show_shortcuts(self) -> None:
        rows = shortcut_rows(self.registry, self.menuBar())
        self.shortcuts_dialog = shortcuts_dialog(rows, self, ROW_HEIGHT)
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
            + tr("Works offline; your notes stay on this computer."),
        )

    def import_document(self) -> None:
        if importlib.util.find_spec("bnldesk.services.importer") is None:
            self.show_message(tr("Importing is not available in this version."))
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr("Import document"),
            "",
            tr("Plans and programmes (*.pdf *.docx *.txt *.md);;All files (*)"),
        )
        if path:
            self.review_import(Path(path))

    def review_import(self, path: Path) -> Any:
        """Open the review window for ``path``: it reads, shows, corrects and imports."""
        from bnldesk.ui.importing import ImportReviewDialog

        dialog = ImportReviewDialog(self, path, self.worker, on_imported=lambda _r: self.reload_all())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def run_import(
        self,
        path: Path,
        on_done: Callable[[Any], None] | None = None,
        *,
        replace: bool = False,
    ) -> None:
        from bnldesk.ui.widgets.progress import ProgressRelay

        dialog = QProgressDialog(tr("Reading %1...").replace("%1", path.name), "", 0, 100, self)
        dialog.setWindowTitle(tr("Import document"))
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        relay = ProgressRelay(self)

        def show_progress(value: int, text: str) -> None:
            dialog.setValue(value)
            dialog.setLabelText(text)

        relay.progress.connect(show_progress)

        def job(store: Store) -> Any:
            from bnldesk.services.importer import import_file

            return import_file(store, path, progress=relay.callback, replace=replace)

        def done(report: Any) -> None:
            dialog.close()
            relay.deleteLater()
            self.reload_all()
            summary = (
                tr("Imported %1: %2.")
                .replace("%1", path.name)
                .replace("%2", str(getattr(report, "title", "")))
            )
            self.show_message(summary)
            if on_done is not None:
                on_done(report)

        def failed(exc: BaseException) -> None:
            from bnldesk.services.importer import ReplaceRefused

            dialog.close()
            relay.deleteLater()
            if isinstance(exc, ReplaceRefused):
                answer = QMessageBox.question(
                    self,
                    tr("Import document"),
                    tr(
                        "%1 does not look like the plan already in bnldesk: importing it would "
                        "remove most of that plan's sections. Your notes are kept either way, "
                        "and a backup was made.\n\nReplace the plan with this document?"
                    ).replace("%1", path.name),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel,
                )
                if answer == QMessageBox.StandardButton.Yes:
                    self.run_import(path, on_done, replace=True)
                return
            QMessageBox.warning(
                self,
                tr("Import document"),
                tr("%1 could not be imported:\n%2")
                .replace("%1", path.name)
                .replace("%2", str(exc)),
            )

        self.worker.run(job, done, failed)
