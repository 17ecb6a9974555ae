"""File > Import: read a document, let the delegate review and correct it, then write it.

The window reads the document on the database worker (progress, Cancel), then shows the tree
found (chapters > sections > items and workgroups; contacts) beside the document's text, the
counts and the warnings (those that doubt the structure highlighted; choosing one shows its
line). Corrections (promote/demote a heading, merge/split items, an item's kind and flagship
mark, the year and kind of document) go through an undo stack and change only the document in
memory. Import writes it in one transaction on the worker, with progress and Cancel (the
transaction is rolled back), then shows a summary: added, changed, removed, notes carried over.
"""

from __future__ import annotations

import copy
import dataclasses
import gc
import logging
import pickle
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from bnldesk.domain.document import (
    DocChapter,
    DocItem,
    DocSection,
    DocWorkgroup,
    ImportWarning,
    PlanDocument,
)
from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import ItemKind
from bnldesk.domain.op_changes import ChangedKind, OpChanges
from bnldesk.domain.wording import language_name
from bnldesk.services.importer import corrections
from bnldesk.store.structure import NamedWorkgroup, UpdatedObject, named_groups
from bnldesk.ui import i18n, labels
from bnldesk.ui.changes import ChangeBus, Written
from bnldesk.ui.importing.source_pane import SourcePane
from bnldesk.ui.importing.texts import changed_fields, counted, kind_name, tr
from bnldesk.ui.importing.tree_expansion import SlicedExpansion
from bnldesk.ui.importing.tree_model import DocumentTreeModel, PreparedTree, prepare_tree
from bnldesk.ui.importing.warning_texts import warning_row
from bnldesk.ui.threads import start_thread
from bnldesk.ui.undo_texts import TranslatedCommand, UndoText, retranslate_undo_stack
from bnldesk.ui.widgets.progress import ProgressRelay
from bnldesk.ui.worker import Priority, describe_error

if TYPE_CHECKING:
    from bnldesk.services.importer import ImportReport, ReviewInput
    from bnldesk.store.engine import Store
    from bnldesk.store.history import CarriedNote

AnyIndex = QModelIndex | QPersistentModelIndex
# What the reading thread hands over: the document read and its tree's rows, or the error.
Outcome = tuple["ReviewInput | None", PreparedTree | None, BaseException | None]
log = logging.getLogger(__name__)
# The parts counted in the window's lines, in order (see texts.counted).
_COUNTED = ("chapter", "section", "item", "workgroup", "contact")
KINDS = [ItemKind.OBJECTIVE, ItemKind.ONGOING, ItemKind.NEW, ItemKind.FLAGSHIP, ItemKind.OTHER]


def _items_counted(counts: dict[str, int]) -> list[str]:
    """A document's items (``counts``: :func:`~bnldesk.services.importer.document_counts`)
    counted by what they are: "52 objectives", "124 projects (2 flagships)"; none for none."""
    # Trial 8: "176 projets" counted the objectives as projects. An item of no known kind is
    # a project, as the tree and the main window call it (trial 9: "2 projects (2 flagships),
    # 5 other items" beside 5 rows of kind project).
    objectives = counts.get(f"items_{ItemKind.OBJECTIVE.value}", 0)
    projects = counts["items"] - objectives
    flagships = counts["flagships"]
    parts = [counted("objective", objectives)] if objectives else []
    if projects:
        marked = f" ({counted('flagship', flagships)})" if flagships else ""
        parts.append(counted("project", projects) + marked)
    return parts


def _language_name(code: str | None) -> str:
    """The name of a document's language ("nl", "fr", "en") in the interface language."""
    return language_name(code, i18n.current()) or tr("language not known")


class WarningsModel(QAbstractListModel):
    """The warnings, one a row; those that doubt the structure on a highlighted background."""

    def __init__(self) -> None:
        super().__init__()
        self._warnings: list[ImportWarning] = []

    def set_warnings(self, warnings: list[ImportWarning]) -> None:
        self.beginResetModel()
        self._warnings = list(warnings)
        self.endResetModel()

    def warning(self, row: int) -> ImportWarning:
        return self._warnings[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._warnings)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        warning = self._warnings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return warning_row(warning)
        if role == Qt.ItemDataRole.BackgroundRole and warning.doubt:
            return QBrush(QColor("#fde2c8"))
        return None


def _frozen(document: PlanDocument) -> bytes:
    """``document`` as bytes, for an undo step or the worker: pickling a plan of 60 pages
    takes the GUI thread about 11 ms where a deep copy took 110 ms, and the bytes are one
    object the garbage collector never scans instead of some 90,000."""
    return pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL)


def _thawed(frozen: bytes) -> PlanDocument:
    """The document :func:`_frozen` made bytes of (our own bytes, made in this process)."""
    document = pickle.loads(frozen)  # our own bytes, never a file or a bundle
    if not isinstance(document, PlanDocument):
        raise TypeError(f"not a document: {type(document).__name__}")
    return document


class _Correction(TranslatedCommand):
    """One correction: the document before and after it (as :func:`_frozen` bytes), swapped
    on undo and redo; its text is said again in the interface language after a switch."""

    def __init__(
        self,
        window: ImportReviewDialog,
        label: UndoText,
        before: bytes,
        after: bytes,
        select: object | None,
    ) -> None:
        super().__init__(label)
        self._window = window
        self._before = before
        self._after = after
        self._select = select
        self._first = True

    def redo(self) -> None:
        if self._first:
            # The window already holds ``after`` with the chosen object in it.
            self._first = False
            self._window.show_document(self._window.document, select=self._select)
            return
        self._window.show_document(_thawed(self._after))

    def undo(self) -> None:
        self._window.show_document(_thawed(self._before))


class ImportReviewDialog(QDialog):
    """Review and correct a document before it is written (see the module docstring)."""

    def __init__(
        self,
        parent: QWidget | None,
        path: Path,
        changes: ChangeBus,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importReview")
        self.setWindowTitle(f"{tr('Review import')} – {path.name}")
        self.resize(1180, 760)
        self.path = path
        self.changes = changes
        self.document = PlanDocument("plan", "")
        self.extra_documents: list[PlanDocument] = []
        self.reports: list[ImportReport] = []
        self.error: str = ""
        self._cancel = threading.Event()
        self._busy = False
        self.undo_stack = QUndoStack(self)
        self._lock = threading.Lock()
        self._outcome: Outcome = (None, None, None)
        self._reading = False
        self._thread: threading.Thread | None = None
        # The window shows only once the document is read (see open()); until then a small
        # progress dialog with Cancel, and for a document that cannot be read one message.
        self._open_when_read = False
        self._read_ok = False
        self.reading_progress: QProgressDialog | None = None
        self.error_box: QMessageBox | None = None
        self._discard_box: QMessageBox | None = None
        self.existing_title: str | None = None
        # Workgroups the plan gives a name in another language or a new name (what Import
        # will say of them, said before it).
        self.named_workgroups: list[NamedWorkgroup] = []
        self._build()
        self._set_busy(True, tr("Reading %1...").replace("%1", path.name))
        self._read()

    def open(self) -> None:
        """Show the window (window-modal) once the document is read; a document that cannot
        be read shows one message instead and no review window."""
        if self._read_ok:
            super().open()
        elif self._reading:
            self._open_when_read = True

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top())
        layout.addLayout(self._build_tools())
        layout.addWidget(self._build_panes(), 1)
        layout.addLayout(self._build_messages())
        layout.addLayout(self._build_bottom())
        # No parent: the reading thread keeps it alive and emits on it after this window is
        # closed and deleted (see ProgressRelay); the result waits in ``_outcome``.
        self.relay = ProgressRelay()
        self.relay.progress.connect(self._progress)
        self.relay.finished.connect(self._deliver_read, Qt.ConnectionType.QueuedConnection)

    def _build_top(self) -> QHBoxLayout:
        """The document's kind and year, and what was found in it."""
        top = QHBoxLayout()
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(tr("Document"))
        self.kind_box.addItem(tr("Annual plan"), "plan")
        self.kind_box.addItem(tr("Work programme"), "programme")
        self.kind_box.activated.connect(self._kind_chosen)
        self.year_box = QSpinBox()
        self.year_box.setAccessibleName(tr("Year"))
        self.year_box.setRange(1944, 2200)
        self.year_box.editingFinished.connect(self._year_chosen)
        kind_label = QLabel(tr("Document"))
        kind_label.setBuddy(self.kind_box)
        year_label = QLabel(tr("Year"))
        year_label.setBuddy(self.year_box)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(kind_label)
        top.addWidget(self.kind_box)
        top.addWidget(year_label)
        top.addWidget(self.year_box)
        top.addSpacing(16)
        top.addWidget(self.counts, 1)
        return top

    def _build_tools(self) -> QHBoxLayout:
        """The corrections (each with its key), the item's kind, Undo and Redo."""
        tools = QHBoxLayout()
        # Not "actions": that name is QWidget.actions() (mypy --strict covers the ui).
        self.review_actions: dict[str, QAction] = {}
        # Each action with how to say its text, told again after a language switch.
        self._action_texts: list[tuple[QAction, UndoText]] = []
        self._add_corrections(tools)
        self._add_item_kind(tools)
        self._add_undo_redo(tools)
        tools.addStretch(1)
        return tools

    def _add_corrections(self, tools: QHBoxLayout) -> None:
        """A button and a key for each correction of the structure found."""
        corrections_offered: tuple[tuple[str, UndoText, str, Callable[[], None]], ...] = (
            ("promote", lambda: tr("Promote"), "Alt+Left", self.promote),
            ("demote", lambda: tr("Demote"), "Alt+Right", self.demote),
            ("merge", lambda: tr("Merge with previous"), "Ctrl+J", self.merge),
            ("split", lambda: tr("Split"), "Ctrl+K", self.split),
            ("flagship", lambda: tr("Flagship"), "Ctrl+L", self.toggle_flagship),
        )
        for key, label, shortcut, slot in corrections_offered:
            action = QAction(label(), self)
            self._action_texts.append((action, label))
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.review_actions[key] = action
            button = QToolButton()
            button.setDefaultAction(action)
            button.setObjectName(f"{key}Button")
            tools.addWidget(button)

    def _add_item_kind(self, tools: QHBoxLayout) -> None:
        """The selected item's kind and whether it is a flagship."""
        self.kind_of_item = QComboBox()
        self.kind_of_item.setObjectName("itemKind")
        self.kind_of_item.setAccessibleName(tr("Item kind"))
        for kind in KINDS:
            self.kind_of_item.addItem(kind_name(kind.value), kind.value)
        self.kind_of_item.activated.connect(self._item_kind_chosen)
        tools.addWidget(self.kind_of_item)
        self.flagship_box = QCheckBox(tr("Flagship"))
        self.flagship_box.clicked.connect(self._flagship_clicked)
        tools.addWidget(self.flagship_box)

    def _add_undo_redo(self, tools: QHBoxLayout) -> None:
        """Undo and Redo of the corrections, as buttons and keys."""
        # Own actions with fixed labels (the stack's would read "Undo Promote" and change
        # width with every correction).
        undo = QAction(tr("Undo"), self)
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        undo.triggered.connect(self.undo_stack.undo)
        undo.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        redo = QAction(tr("Redo"), self)
        # The platform's redo key varies (Ctrl+Y, Ctrl+Shift+Z): both work here.
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.triggered.connect(self.undo_stack.redo)
        redo.setEnabled(False)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(undo.setToolTip)
        self.undo_stack.redoTextChanged.connect(redo.setToolTip)
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            tools.addWidget(button)
        self.undo_actions = (undo, redo)
        self._action_texts += [(undo, lambda: tr("Undo")), (redo, lambda: tr("Redo"))]

    def _build_panes(self) -> QSplitter:
        """The structure found beside the document's text."""
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = DocumentTreeModel(self.document)
        self.tree = QTreeView()
        self.tree.setObjectName("structure")
        self.tree.setAccessibleName(tr("Structure found"))
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Sized from the texts it shows (show_document): measuring every row of a long plan
        # held the window up to 200 ms.
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.expansion = SlicedExpansion(self.tree)
        # F2 or a double-click edits a title (a workgroup's code in the second column); Enter
        # ends the edit, never the review (see keyPressEvent).
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        # Queued: the correction rebuilds the tree, which must wait until the editor is closed.
        self.model.text_edited.connect(self._text_edited, Qt.ConnectionType.QueuedConnection)
        splitter.addWidget(self.tree)
        # Rows fetched as they scroll into sight: a long PDF's text costs nothing to show.
        self.source = SourcePane()
        splitter.addWidget(self.source)
        splitter.setSizes([620, 540])
        return splitter

    def _build_messages(self) -> QVBoxLayout:
        """The warnings, the doubt, the summary after the import and what Import will write."""
        messages = QVBoxLayout()
        warnings_label = QLabel(tr("Warnings"))
        messages.addWidget(warnings_label)
        self.warnings = WarningsModel()
        self.warning_view = QListView()
        self.warning_view.setObjectName("warnings")
        self.warning_view.setAccessibleName(tr("Warnings"))
        self.warning_view.setModel(self.warnings)
        self.warning_view.setMaximumHeight(130)
        self.warning_view.clicked.connect(self._warning_chosen)
        warnings_label.setBuddy(self.warning_view)
        messages.addWidget(self.warning_view)
        self.doubt_label = QLabel(
            tr("The structure looks doubtful: check the highlighted warnings before importing.")
        )
        self.doubt_label.setStyleSheet("color: #9a3b00; font-weight: bold")
        self.doubt_label.hide()
        messages.addWidget(self.doubt_label)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        # Titles and notes are the document's and the delegate's text: never read as HTML.
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        messages.addWidget(self.summary)
        # What Import will write, said before it is pressed.
        self.write_line = QLabel()
        self.write_line.setObjectName("writeLine")
        self.write_line.setWordWrap(True)
        self.write_line.setTextFormat(Qt.TextFormat.PlainText)
        messages.addWidget(self.write_line)
        return messages

    def _build_bottom(self) -> QHBoxLayout:
        """The status, the progress, Cancel and Import (never the default button)."""
        bottom = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.import_button = QPushButton(tr("Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(tr("Write this document into the database (Ctrl+Enter)"))
        self.import_button.clicked.connect(self.start_import)
        # No button is the dialog's default: Enter (ending an edit, choosing in a list) must
        # never write the document. Writing takes a click on Import or Ctrl+Enter.
        for push_button in (self.cancel_button, self.import_button):
            push_button.setAutoDefault(False)
            push_button.setDefault(False)
        write = QAction(tr("Import"), self)
        write.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        write.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        write.triggered.connect(self._import_shortcut)
        self.addAction(write)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.import_button)
        return bottom

    # -- reading --------------------------------------------------------------------------

    def _callback(self) -> Callable[..., None]:
        from bnldesk.services.importer import ImportCancelled

        cancel = self._cancel
        relay = self.relay.callback  # a bound method: it keeps the relay alive

        def report(*args: Any) -> None:
            if cancel.is_set():
                raise ImportCancelled(
                    "import cancelled; nothing was changed", code="import_cancelled"
                )
            relay(*args)

        return report

    def _read(self) -> None:
        """Read and parse on a thread of its own (a PDF in a process, which the thread waits
        for): no database is needed, and the window's queries on the database worker must not
        wait behind a long PDF."""
        path = self.path
        progress = self._callback()
        relay = self.relay
        cancel = self._cancel

        def job() -> None:
            from bnldesk.services.importer import read_for_review
            from bnldesk.services.importer.in_process import (
                read_for_review_in_process,
                reads_in_process,
            )

            try:
                # A PDF is read by a process of its own: seconds of pdfminer on this thread
                # held the window's interpreter lock (issue 15); this thread only waits.
                found = (
                    read_for_review_in_process(path, progress=progress, cancel=cancel.is_set)
                    if reads_in_process(path)
                    else read_for_review(path, progress=progress)
                )
                # The tree's rows built here too: the window only shows them.
                outcome: Outcome = (found, prepare_tree(found.documents[0]), None)
            except BaseException as exc:  # handed to the GUI thread, which decides
                outcome = (None, None, exc)
            with self._lock:
                self._outcome = outcome
            relay.finished.emit()  # dropped when the window was closed meanwhile

        self._reading = True
        self._show_reading_progress()
        self._thread = start_thread(job, name="bnldesk-import-reader", keep=(relay,))

    def _show_reading_progress(self) -> None:
        """A small progress dialog while the document is read (shown only when reading takes
        a moment); its Cancel stops the reading and closes this window."""
        progress = QProgressDialog(
            tr("Reading %1...").replace("%1", self.path.name),
            tr("Cancel"),
            0,
            100,
            self.parentWidget(),
        )
        progress.setObjectName("readingProgress")
        progress.setWindowTitle(tr("Review import"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.close)
        self.relay.progress.connect(self._reading_progress)
        self.reading_progress = progress

    def _reading_progress(self, value: int, text: str) -> None:
        progress = self.reading_progress
        if progress is not None and self._reading:
            progress.setValue(min(value, 99))
            if text:
                progress.setLabelText(text)

    def _close_reading_progress(self) -> None:
        progress, self.reading_progress = self.reading_progress, None
        if progress is not None:
            progress.canceled.disconnect(self.close)
            progress.close()
            progress.deleteLater()

    def is_reading(self) -> bool:
        """Whether the document is still being read, or its tree still being expanded
        (tests and bench/bench_stalls.py wait on this)."""
        return self._reading or self.expansion.is_running()

    def _deliver_read(self) -> None:
        with self._lock:
            found, tree, error = self._outcome
        self._reading = False
        self._close_reading_progress()
        if error is not None:
            self._read_failed(error)
        elif found is not None:
            self._read_done(found, tree)

    def _read_done(self, found: ReviewInput, tree: PreparedTree | None) -> None:
        self._set_busy(False, "")
        self.document, *self.extra_documents = found.documents
        self.source.show_lines(found.lines, found.pages)
        self.show_document(self.document, tree=tree)
        # The parsed document and its tree live as long as this window: out of the full
        # collections' scans from now on, which run on whichever thread allocates and held the
        # window during the write 40-55% longer with them (bench_stalls). A read leaves some
        # 900 unreachable objects (100 KB), frozen with it; nothing is collected here.
        gc.freeze()
        self._read_ok = True
        self._look_up_existing()
        if self._open_when_read:
            super().open()

    def _read_failed(self, exc: BaseException) -> None:
        """One message naming the file and the reason; the review window never shows."""
        from bnldesk.services.importer import ImportCancelled

        self._set_busy(False, "")
        if isinstance(exc, ImportCancelled):
            self.error = tr("Import cancelled; nothing was changed.")
            self.close()
            return
        if not isinstance(exc, BnldeskError):
            log.error("reading %s failed", self.path, exc_info=exc)
        # A document that cannot be read as its one line; a bug as "internal error".
        self.error = describe_error(exc)
        self.import_button.setEnabled(False)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Import document"),
            i18n.filled(tr("%1 could not be read:\n%2"), self.path.name, self.error),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setObjectName("importError")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box
        box.open()
        self.close()

    def _look_up_existing(self) -> None:
        """Ask the database whether it holds this plan or programme already, for the line
        that says what Import will write."""
        from bnldesk.services.importer import existing_title, workgroup_names_added

        # The kind, the year (period), the language and the workgroups are asked about: a
        # copy of the chapters goes to the worker, the document stays here.
        document = dataclasses.replace(
            self.document, chapters=copy.deepcopy(self.document.chapters), contacts=[], warnings=[]
        )

        def job(store: Store) -> tuple[str | None, list[NamedWorkgroup]]:
            return existing_title(store, document), workgroup_names_added(store, document)

        def done(answer: tuple[str | None, list[NamedWorkgroup]]) -> None:
            self.existing_title, self.named_workgroups = answer
            self._show_write_line()

        self.changes.worker.run(job, done, lambda _exc: None, priority=Priority.INTERACTIVE)

    # -- showing --------------------------------------------------------------------------

    def show_document(
        self,
        document: PlanDocument,
        *,
        select: object | None = None,
        tree: PreparedTree | None = None,
    ) -> None:
        """Show ``document`` (after reading, a correction, an undo or a redo); ``tree``: its
        rows when already built (by the reading thread)."""
        self.document = document
        self.model.set_document(document, tree)
        self._fit_second_column()
        # Expanded a slice at a time (a long plan's tree held the window 170-330 ms at once);
        # a row chosen is shown at once, its parents expanded first by scrollTo.
        self.expansion.start(self.model.parent_indexes())
        self.kind_box.setCurrentIndex(self.kind_box.findData(document.kind))
        self.year_box.setValue(document.year or document.start_year or 2000)
        self.warnings.set_warnings(document.warnings)
        self.doubt_label.setVisible(document.doubtful)
        self._show_counts()
        self._show_write_line()
        if select is not None:
            index = self.model.index_of(select)
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)

    def _fit_second_column(self) -> None:
        """The kind-or-code column as wide as its widest text (at most a third of the tree)."""
        metrics = self.tree.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(text) for text in self.model.second_column_texts()),
            default=0,
        )
        header = self.tree.header()
        header.resizeSection(1, min(max(widest + 24, 80), max(160, self.tree.width() // 3)))

    def _show_counts(self) -> None:
        from bnldesk.services.importer import document_counts

        counts = document_counts(self.document)
        parts = [
            counted("chapter", counts["chapters"]),
            counted("section", counts["sections"]),
            *_items_counted(counts),
            counted("workgroup", counts["workgroups"]),
            counted("contact", counts["contacts"]),
        ]
        self.counts.setText(", ".join(parts))

    def _show_write_line(self) -> None:
        """Say what Import will write: the document's title and language, what it holds,
        and whether it updates a plan or programme the database holds already."""
        if self.reports or (not self._read_ok and not self._reading):
            self.write_line.hide()
            return
        from bnldesk.services.importer import document_counts

        counts = document_counts(self.document)
        # The items as the counts line says them (objectives, projects): one word for a
        # project in the window (stop 29: "planonderdelen" here, "projecten" there).
        said = {"item": ", ".join(_items_counted(counts))}
        parts = ", ".join(
            said.get(kind) or counted(kind, counts[f"{kind}s"])
            for kind in _COUNTED
            if counts[f"{kind}s"]
        )
        text = i18n.filled(
            tr("Import (Ctrl+Enter) writes %1 (%2) into the database: %3."),
            self.document.title,
            _language_name(self.document.language),
            parts,
        )
        for extra in self.extra_documents:  # a programme bound in the same file, say
            text += " " + tr("It also writes %1 (%2).").replace("%1", extra.title).replace(
                "%2", _kind_name(extra.kind)
            )
        if self.existing_title:
            text += " " + tr(
                "It updates “%1”, already in the database; notes stay with their objects."
            ).replace("%1", self.existing_title)
        for line in _named_lines(self.named_workgroups):
            text += " " + line + "."
        # Said before the import: Edit > Undo does not take it back (trial 4).
        text += " " + tr(
            "Edit > Undo cannot take an import back: a backup is taken first, and"
            " File > Backups... restores it."
        )
        self.write_line.setText(text)
        self.write_line.show()

    def current_object(self) -> object | None:
        return self.model.payload(self.tree.currentIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        payload = self.model.payload(current)
        is_item = isinstance(payload, DocItem)
        self.kind_of_item.setEnabled(is_item)
        self.flagship_box.setEnabled(is_item)
        if isinstance(payload, DocItem):
            self.kind_of_item.setCurrentIndex(self.kind_of_item.findData(payload.kind.value))
            self.flagship_box.setChecked(payload.flagship)
        self._show_in_text(payload)

    def _show_in_text(self, payload: object) -> None:
        """Show where the chosen object stands in the document's text: the first place the
        opening words of its title (a workgroup: its code) appear; for a grouping row, the
        heading that opens the group."""
        index = self.tree.currentIndex()
        section = index.parent()
        while section.isValid() and not isinstance(self.model.payload(section), DocSection):
            section = section.parent()
        after = next(iter(_needles(self.model.payload(section))), "")
        if payload is not None:
            self.source.find_and_show(_needles(payload), after)
            return
        # A grouping row ("Werkgroepen", "Contacts"): the heading that opens it in the text
        # (the line of the row chosen before stayed highlighted).
        self.source.show_heading_of(
            after,
            [
                _needles(self.model.payload(self.model.index(row, 0, index)))
                for row in range(self.model.rowCount(index))
            ],
        )

    def _warning_chosen(self, index: QModelIndex) -> None:
        warning = self.warnings.warning(index.row())
        if warning.line <= 0:
            return
        self.source.go_to_line(warning.line)

    # -- corrections ----------------------------------------------------------------------

    def _correct(
        self,
        label: UndoText,
        change: Callable[[PlanDocument, Any], object],
        *,
        chosen: object | None = None,
    ) -> None:
        """Apply ``change(document, chosen object)`` as one undoable correction; what it
        returns (the section an item became ...) is chosen afterwards, else the same object.
        ``chosen`` defaults to the tree's current object."""
        if chosen is None:
            chosen = self.current_object()
        if chosen is None or self._busy:
            return
        before = _frozen(self.document)
        try:
            became = change(self.document, chosen)
        except corrections.CorrectionError as exc:
            self.status.setText(describe_error(exc))
            return
        self.status.setText("")
        after = _frozen(self.document)
        self.undo_stack.push(_Correction(self, label, before, after, became or chosen))

    def _text_edited(self, payload: object, column: int, text: str) -> None:
        """A title (or a workgroup's code) typed in the tree, as one undoable correction."""

        def change(_document: PlanDocument, chosen: Any) -> None:
            if column == 1:
                corrections.set_code(chosen, text)
            else:
                corrections.set_title(chosen, text)

        label: UndoText = (lambda: tr("Edit code")) if column == 1 else (lambda: tr("Edit title"))
        self._correct(label, change, chosen=payload)

    def changeEvent(self, event: QEvent) -> None:
        """A language switch: the corrections' undo texts and the tools' names are said again
        in the new language (they stayed in the one they were made in)."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_action_texts"):
            retranslate_undo_stack(self.undo_stack)
            for action, text in self._action_texts:
                action.setText(text())
            undo, redo = self.undo_actions
            undo.setToolTip(self.undo_stack.undoText())
            redo.setToolTip(self.undo_stack.redoText())
        super().changeEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        """Enter and Return do nothing here before the import (QDialog would press a button):
        an edit in the tree has already been committed by then, and writing takes Import or
        Ctrl+Enter. Once imported, they close the review, as its default button Close does
        (trial 16: after the import Return did nothing)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            if self.reports and not self._busy:
                self.accept()
            return
        super().keyPressEvent(event)

    def _import_shortcut(self) -> None:
        if self.import_button.isEnabled():
            self.start_import()

    def reject(self) -> None:
        """Close (Escape, Cancel, the window's close button); corrections not yet imported
        are only thrown away after the delegate says so."""
        if self._busy or self.reports or self.undo_stack.isClean() or not self._read_ok:
            super().reject()
            return
        if self._discard_box is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Review import"),
            tr("%1 not imported. Close the review and throw them away?").replace(
                "%1", counted("correction", self.undo_stack.index())
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("discardCorrections")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self._discard_box = box

        def answered(button: int) -> None:
            self._discard_box = None
            box.deleteLater()
            if button == QMessageBox.StandardButton.Discard:
                self.undo_stack.setClean()
                super(ImportReviewDialog, self).reject()

        box.finished.connect(answered)
        box.open()

    def promote(self) -> None:
        self._correct(lambda: tr("Promote"), corrections.promote)

    def demote(self) -> None:
        self._correct(lambda: tr("Demote"), corrections.demote)

    def merge(self) -> None:
        def change(document: PlanDocument, chosen: Any) -> None:
            if not isinstance(chosen, DocItem):
                raise corrections.CorrectionError(
                    "choose an item to merge with the one before", code="correction_choose_merge"
                )
            corrections.merge_with_previous(document, chosen)

        self._correct(lambda: tr("Merge with previous"), change)

    def split(self) -> None:
        def change(document: PlanDocument, chosen: Any) -> None:
            if not isinstance(chosen, DocItem):
                raise corrections.CorrectionError(
                    "choose an item to split", code="correction_choose_split"
                )
            corrections.split(document, chosen)

        self._correct(lambda: tr("Split"), change)

    def toggle_flagship(self) -> None:
        chosen = self.current_object()
        if isinstance(chosen, DocItem):
            self._set_flagship(not chosen.flagship)

    def _flagship_clicked(self, checked: bool) -> None:
        self._set_flagship(checked)

    def _set_flagship(self, flagship: bool) -> None:
        def change(_document: PlanDocument, chosen: Any) -> None:
            if not isinstance(chosen, DocItem):
                raise corrections.CorrectionError(
                    "choose an item to mark", code="correction_choose_mark"
                )
            corrections.set_flagship(chosen, flagship)

        self._correct(lambda: tr("Flagship"), change)

    def _item_kind_chosen(self, row: int) -> None:
        kind = ItemKind(self.kind_of_item.itemData(row))

        def change(_document: PlanDocument, chosen: Any) -> None:
            if not isinstance(chosen, DocItem):
                raise corrections.CorrectionError(
                    "choose an item to change its kind", code="correction_choose_kind"
                )
            corrections.set_kind(chosen, kind)

        self._correct(lambda: tr("Item kind"), change)

    def _year_chosen(self) -> None:
        year = self.year_box.value()
        if year in (self.document.year, self.document.start_year) or self._busy:
            return
        before = _frozen(self.document)
        try:
            corrections.set_year(self.document, year)
        except corrections.CorrectionError as exc:
            self.status.setText(describe_error(exc))
            return
        self.undo_stack.push(
            _Correction(self, lambda: tr("Year"), before, _frozen(self.document), None)
        )

    def _kind_chosen(self, row: int) -> None:
        kind = self.kind_box.itemData(row)
        if kind == self.document.kind or self._busy:
            return
        before = _frozen(self.document)
        corrections.set_document_kind(self.document, kind, self.year_box.value())
        self.undo_stack.push(
            _Correction(self, lambda: tr("Document"), before, _frozen(self.document), None)
        )

    # -- importing ------------------------------------------------------------------------

    def start_import(self) -> None:
        if self._busy:
            return
        if self.reports:
            self.accept()
            return
        self._write(replace=False)

    def _write(self, *, replace: bool) -> None:
        """Write the document (and any bound after it) in one job on the worker."""
        self._cancel.clear()
        self._set_busy(True, tr("Writing to the database..."))
        # Bytes to the worker, which makes the objects: the GUI thread never copies the tree.
        frozen = [_frozen(self.document)]
        if not replace:
            frozen += [_frozen(extra) for extra in self.extra_documents]
        path = self.path
        progress = self._callback()

        def job(store: Store) -> Written[list[ImportReport]]:
            from bnldesk.services.importer import import_file

            documents = [_thawed(one) for one in frozen]
            reports = [
                import_file(
                    store, path, document=document, force=True, replace=replace, progress=progress
                )
                for document in documents
            ]
            # The plans' objects, and the notes carried over to them.
            return Written(reports, OpChanges.of(ChangedKind.PLAN, ChangedKind.NOTE))

        self.changes.write(job, self._import_done, self._import_failed)

    def _import_done(self, reports: list[ImportReport]) -> None:
        self._set_busy(False, "")
        self.reports = reports
        # An import is not an undo step, and the steps before it may refer to what it
        # replaced: Edit > Undo starts again here rather than offer a step from before it.
        self.changes.undo_stack.clear()
        self.summary.setText(
            summary_text(reports)
            + "\n"
            + tr(
                "Edit > Undo cannot take this import back; File > Backups... has the copy"
                " taken before it."
            )
        )
        self.summary.show()
        self.import_button.setText(tr("Close"))
        # Nothing is left to write: Close is the default, Return and Escape close the review.
        self.import_button.setDefault(True)
        self.cancel_button.setEnabled(False)
        for widget in (self.tree, self.kind_box, self.year_box, self.kind_of_item):
            widget.setEnabled(False)
        self.flagship_box.setEnabled(False)
        for action in (*self.review_actions.values(), *self.undo_actions):
            action.setEnabled(False)
        self.import_button.setFocus()  # the tree it had is disabled
        self._show_write_line()

    def _import_failed(self, exc: BaseException) -> None:
        from bnldesk.services.importer import ImportCancelled, ReplaceRefused

        self._set_busy(False, "")
        if isinstance(exc, ImportCancelled):
            self.status.setText(tr("Import cancelled; nothing was changed."))
            return
        if isinstance(exc, ReplaceRefused):
            answer = QMessageBox.question(
                self,
                tr("Review import"),
                describe_error(exc) + "\n\n" + tr("Replace the plan with this document?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._write(replace=True)
            return
        # A document or database fault as its one line; a bug as "internal error" (its
        # details are in the log).
        self.status.setText(
            i18n.filled(tr("%1 could not be imported:\n%2"), self.path.name, describe_error(exc))
        )

    def cancel(self) -> None:
        if self._busy:
            self._cancel.set()
            return
        self.reject()

    def _set_busy(self, busy: bool, text: str) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.status.setText(text)
        self.import_button.setEnabled(not busy and not self.error)
        self.cancel_button.setEnabled(True)

    def _progress(self, value: int, text: str) -> None:
        self.progress.setValue(value)
        if text:
            self.status.setText(text)

    def closeEvent(self, event: Any) -> None:
        super().closeEvent(event)  # QDialog asks reject(), which may keep the window open
        if event.isAccepted():
            self._cancel.set()
            self._close_reading_progress()


# The notes carried over are named one a line, up to this many (then "and N more").
_NAMED_NOTES = 8


def _needles(payload: object) -> list[str]:
    """What the source pane looks for to find ``payload``'s line, the likeliest first: the
    opening words of a title; a workgroup's code in brackets as plans list them
    ("Jeugdbeleid (JEUGD)": "JEUGD" alone is also in "Werkprogramma Jeugd"), its code, its
    name; a contact's name. None for a grouping row."""
    if isinstance(payload, DocItem | DocChapter | DocSection):
        texts = [payload.title]
    elif isinstance(payload, DocWorkgroup):
        texts = (
            [f"({payload.code})", payload.code, payload.name] if payload.code else [payload.name]
        )
    else:
        texts = [str(getattr(payload, "name", "") or "")]
    return [" ".join(text.split()[:6]) for text in texts if text and text.strip()]


def summary_text(reports: list[ImportReport]) -> str:
    """What an import did, in a few lines: added, changed, removed (each counted with the
    language's plural), and the notes carried over, each named by its opening words and the
    object it is on."""

    def listed(counts: dict[str, int]) -> str:
        parts = [counted(kind, value) for kind, value in counts.items() if value]
        return ", ".join(parts) or tr("nothing")

    lines: list[str] = []
    for report in reports:
        lines.append(i18n.filled(tr("Imported %1 (%2)."), report.title, Path(report.path).name))
        lines.append(tr("Added: %1").replace("%1", listed(report.created)))
        lines.append(tr("Changed: %1").replace("%1", listed(report.updated)))
        lines.extend(_updated_lines(report.updated_objects))
        lines.append(tr("Removed: %1").replace("%1", listed(report.removed)))
        lines.extend(_named_lines(report.named_workgroups))
        for extra in report.also_imported:  # bound in the same file: a programme, say
            lines.append(
                i18n.filled(
                    tr("Also imported %1 (%2)."),
                    extra.title,
                    _kind_name(extra.kind),
                )
            )
            lines.append(tr("Added: %1").replace("%1", listed(extra.created)))
            if any(extra.updated.values()):
                lines.append(tr("Changed: %1").replace("%1", listed(extra.updated)))
        for plan_title, programme_title in report.attached:
            if plan_title != report.title:  # the plan imported: said above
                lines.append(i18n.filled(tr("%1 now belongs to %2."), plan_title, programme_title))
        lines.extend(_comparison_lines(report))
        if report.previous_year is not None or report.carried_notes:
            lines.extend(_carried_lines(report))
        lines.extend(_left_lines(report))
    return "\n".join(lines)


def _updated_lines(updated: list[UpdatedObject]) -> list[str]:
    """Each object the import changed, one a line with what changed in it ("• chapter 1
    Inleiding: text, order"), up to :data:`_NAMED_NOTES`, then how many more (trial 18:
    "Changed: 6 chapters, 1 section, 1 contact" said nothing of what)."""
    lines = []
    for entry in updated[:_NAMED_NOTES]:
        kind = labels.label(labels.OBJECT_KINDS, entry.kind)
        what = changed_fields(entry.fields)
        line = f"  • {kind} {entry.label}"
        lines.append(i18n.labelled(line, what) if what else line)
    if len(updated) > _NAMED_NOTES:
        lines.append("  " + tr("and %1 more").replace("%1", str(len(updated) - _NAMED_NOTES)))
    return lines


def _named_lines(named: list[NamedWorkgroup]) -> list[str]:
    """The workgroups the plan gave a name in another language ("3 workgroups: French name
    added") or a new name, each list followed by the names (the first few)."""
    lines: list[str] = []
    for group in named_groups(named):
        count = len(group.workgroups)
        if group.change == "language":
            line = tr("%n workgroup(s): name in %1 added", None, count)
            line = line.replace("%1", _language_name(group.language))
        else:
            line = tr("%n workgroup(s): new name", None, count)
        lines.append(line + _listed_names(group.workgroups))
    return lines


def _comparison_lines(report: ImportReport) -> list[str]:
    """What the previous plan in the same language had and this one no longer has, by
    title (a close new title said as a possible rename); or that no earlier plan in the
    plan's language was there to compare with."""
    if report.previous_year is None:
        if not report.earlier_languages:
            return []
        return [
            tr("Not compared with earlier years: no earlier plan in %1").replace(
                "%1", _language_name(report.language or "")
            )
        ]
    gone = report.gone_objects
    # The command line's count, said the same way here (trial 13: the window left it out).
    lines = [
        i18n.filled(
            tr("Compared with %1: %2 new, %3 changed, %4 gone"),
            report.previous_year,
            len(report.new_objects),
            len(report.changed_objects),
            len(gone),
        )
    ]
    if not gone:
        return [
            *lines,
            tr("Nothing of the %1 plan is missing").replace("%1", str(report.previous_year)),
        ]
    line = tr("%n object(s) of the %1 plan no longer in it", None, len(gone))
    lines.append(i18n.with_colon(line.replace("%1", str(report.previous_year))))
    for entry in gone[:_NAMED_NOTES]:
        title = entry.title
        if entry.possibly_renamed:
            title = i18n.filled(tr("%1 (possibly renamed: %2)"), title, entry.possibly_renamed)
        # Each by its kind: a workgroup is not an "onderdeel" (trial 13).
        lines.append(f"  • {labels.label(labels.OBJECT_KINDS, entry.kind)} {title}")
    if len(gone) > _NAMED_NOTES:
        lines.append("  " + tr("and %1 more").replace("%1", str(len(gone) - _NAMED_NOTES)))
    return lines


def _listed_names(named: tuple[NamedWorkgroup, ...]) -> str:
    """ ": Name (CODE), …" for the first few of ``named``, and how many more."""
    shown = [workgroup.title for workgroup in named[:_NAMED_NOTES]]
    more = len(named) - len(shown)
    tail = " " + tr("and %1 more").replace("%1", str(more)) if more else ""
    return i18n.with_colon("") + " " + ", ".join(shown) + tail


def _object_name(note: CarriedNote) -> str:
    """The object a carried note is on, named in the interface's language where a plan in it
    printed a name (a French plan names SENN-CRISE in French; a Dutch window says it in
    Dutch), else as the imported plan prints it."""
    return note.now_on_names.get(i18n.current()) or note.now_on_title


def _kind_name(kind: str) -> str:
    """ "Annual plan" or "Work programme" in the interface language."""
    return tr("Work programme") if kind == "programme" else tr("Annual plan")


def _left_lines(report: ImportReport) -> list[str]:
    """The notes that stay on objects the imported plan no longer has, each named by its
    opening words, the object and the plan it stays on (trial 13: only the notes that moved
    were named)."""
    notes = report.left_notes
    if not notes:
        return []
    lines = [
        i18n.with_colon(tr("%n note(s) stay on objects no longer in this plan", None, len(notes)))
    ]
    for note in notes[:_NAMED_NOTES]:
        excerpt = note.excerpt if len(note.excerpt) <= 60 else note.excerpt[:59].rstrip() + "…"
        where = labels.label(labels.OBJECT_KINDS, note.target_kind) + " " + note.target_label
        line = i18n.filled(tr("“%1” stays on %2 (plan %3)"), excerpt, where, note.stays_in)
        lines.append("  • " + line)
    if len(notes) > _NAMED_NOTES:
        lines.append("  " + tr("and %1 more").replace("%1", str(len(notes) - _NAMED_NOTES)))
    return lines


def _carried_lines(report: ImportReport) -> list[str]:
    notes = report.carried_notes
    # Named by the plans the notes were written on, not the previous plan: a note on a
    # workgroup the previous plan does not list came from an older one (trial 4).
    years = sorted({note.written_in for note in notes if note.written_in})
    how_many = counted("note", len(notes)) if notes else tr("none")
    if years:
        line = tr("Notes carried over from %1: %2").replace(
            "%1", ", ".join(str(year) for year in years)
        )
    else:
        line = tr("Notes carried over from earlier plans: %1").replace("%1", "%2")
    lines = [line.replace("%2", how_many)]
    for note in notes[:_NAMED_NOTES]:
        excerpt = note.excerpt
        if len(excerpt) > 60:
            excerpt = excerpt[:59].rstrip() + "…"
        lines.append("  • " + i18n.filled(tr("“%1” on %2"), excerpt, _object_name(note)))
    if len(notes) > _NAMED_NOTES:
        lines.append(
            "  " + tr("and %1 more (Notes tab)").replace("%1", str(len(notes) - _NAMED_NOTES))
        )
    return lines
