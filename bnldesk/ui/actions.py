"""The one registry of the window's actions: text, shortcut, icon, help, menu and handler.

Other parts of the application add their action here: a member of :class:`ActionId`, an
:class:`ActionSpec` in :data:`SPECS` and, for a dialog living in its own module, ``handler`` as
``"bnldesk.ui.some_module:function"``; the function is imported when the action is first
triggered and called with the main window (``fn(window)``). A handler whose module is missing
shows a message instead of crashing, so half-built features do not break the window.

Texts are marked with ``QT_TRANSLATE_NOOP("Actions", ...)`` and translated when the actions are
built, so Help > Keyboard shortcuts lists them in the interface language.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

from bnldesk.ui.i18n import QT_TRANSLATE_NOOP


class ActionId(StrEnum):
    # File
    IMPORT = "file.import"
    EXPORT_PDF = "file.export_pdf"
    EXPORT_EXCEL = "file.export_excel"
    IMPORT_NOTES = "file.import_notes"
    SYNC_SERVER = "file.sync_server"
    # Sharing with the delegation's other laptops, and the database file (their object names
    # are those the Meetings features gave them before they were registered here).
    PAIR = "meetings.pair"
    SHARE = "meetings.share"
    RECEIVE = "meetings.receive"
    CONFLICTS = "meetings.conflicts"
    BACKUPS = "meetings.backups"
    CHECK_DATABASE = "meetings.check"
    PREFERENCES = "file.preferences"
    QUIT = "file.quit"
    # Edit
    UNDO = "edit.undo"
    REDO = "edit.redo"
    CUT = "edit.cut"
    COPY = "edit.copy"
    PASTE = "edit.paste"
    SELECT_ALL = "edit.select_all"
    COPY_REFERENCE = "edit.copy_reference"
    NEW_NOTE = "edit.new_note"
    DELETE_NOTE = "edit.delete_note"
    NEW_ACTION = "edit.new_action"
    # View / Go
    FIND = "go.find"
    QUICK_OPEN = "go.quick_open"
    GO_TO_ROW = "go.row"
    SHOW_ITEMS = "view.items"
    SHOW_NOTES = "view.notes"
    START_PAGE = "view.start_page"
    CLEAR_FILTERS = "view.clear_filters"
    CLEAR_SCOPE = "view.clear_scope"
    SAVE_VIEW = "view.save_view"
    FOCUS_TREE = "go.tree"
    FOCUS_LIST = "go.list"
    FOCUS_NOTES = "go.notes"
    BACK = "go.back"
    RELOAD = "view.reload"
    # Meetings
    MEETINGS = "meetings.meetings"
    NEW_MEETING = "meetings.new_meeting"
    # Help
    GUIDE = "help.guide"
    SHORTCUTS = "help.shortcuts"
    ABOUT = "help.about"


@dataclass(frozen=True)
class ActionSpec:
    text: str
    menu: str  # file, edit, view, go, meetings, help
    shortcut: str | QKeySequence.StandardKey | None = None
    icon: str | None = None  # freedesktop theme icon name
    help: str = ""
    handler: str | None = None  # "module:function" called with the main window
    # It changes the database: a window on a database it cannot write disables it.
    writes: bool = False


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.IMPORT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Import document..."),
        "file",
        "Ctrl+I",
        "document-open",
        QT_TRANSLATE_NOOP("Actions", "Read an annual plan or work programme (PDF, DOCX, text)"),
        writes=True,
    ),
    ActionId.EXPORT_PDF: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Export &brief (PDF)..."),
        "file",
        "Ctrl+P",
        "document-print",
        QT_TRANSLATE_NOOP("Actions", "Write a meeting brief for the selected object"),
        "bnldesk.ui.exports.dialogs:export_pdf",
    ),
    ActionId.EXPORT_EXCEL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Export &Excel list..."),
        "file",
        "Ctrl+Shift+E",
        "x-office-spreadsheet",
        QT_TRANSLATE_NOOP("Actions", "Write the workgroups and notes to an Excel workbook"),
        "bnldesk.ui.exports.dialogs:export_excel",
    ),
    ActionId.IMPORT_NOTES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Import notes from E&xcel..."),
        "file",
        None,
        "document-import",
        QT_TRANSLATE_NOOP(
            "Actions", "Read back an exported notes sheet edited in Excel (preview first)"
        ),
        "bnldesk.ui.exports.dialogs:import_annotations",
        writes=True,
    ),
    ActionId.SYNC_SERVER: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "S&ync with server..."),
        "file",
        None,
        "view-refresh",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Exchange the shareable notes, meetings and actions with the delegation server",
        ),
        "bnldesk.ui.server_sync:sync_with_server",
        writes=True,
    ),
    # Sharing and the database file: in the File menu, beside the server (trial 16).
    ActionId.PAIR: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Pair &laptops..."),
        "file",
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Accept notes from another laptop of the delegation"),
        "bnldesk.ui.meetings.features:show_pairing",
    ),
    ActionId.SHARE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "S&hare notes..."),
        "file",
        "Ctrl+Shift+B",  # a bundle
        "document-send",
        QT_TRANSLATE_NOOP("Actions", "Write the delegation's notes to a file for another laptop"),
        "bnldesk.ui.meetings.features:share",
    ),
    ActionId.RECEIVE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Receive notes..."),
        "file",
        "Ctrl+Shift+R",
        None,
        QT_TRANSLATE_NOOP("Actions", "Merge notes shared from another laptop (preview first)"),
        "bnldesk.ui.meetings.features:receive",
        writes=True,
    ),
    # Notes changed on two laptops: beside sharing them, not under Meetings (trial 16).
    ActionId.CONFLICTS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Resolve &conflicts..."),
        "file",
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Notes changed on two laptops: choose what to keep"),
        "bnldesk.ui.meetings.features:show_conflicts",
        writes=True,
    ),
    ActionId.BACKUPS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Bac&kups..."),
        "file",
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "List the automatic backups and restore one"),
        "bnldesk.ui.meetings.features:show_backups",
    ),
    ActionId.CHECK_DATABASE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Check &database"),
        "file",
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Check the database file for damage"),
        "bnldesk.ui.meetings.features:check_database",
    ),
    ActionId.PREFERENCES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Preferences..."),
        "file",
        "Ctrl+,",
        "preferences-system",
        QT_TRANSLATE_NOOP("Actions", "Delegation, author, language, export folder and marking"),
    ),
    ActionId.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "file",
        "Ctrl+Q",
        "application-exit",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Close bnldesk (notes are saved as you type; an unsaved meeting is asked about)",
        ),
    ),
    ActionId.UNDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        "edit",
        QKeySequence.StandardKey.Undo,
        "edit-undo",
        QT_TRANSLATE_NOOP("Actions", "Undo the last change to a note"),
        writes=True,
    ),
    ActionId.REDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        "edit",
        QKeySequence.StandardKey.Redo,
        "edit-redo",
        QT_TRANSLATE_NOOP("Actions", "Redo the change just undone"),
        writes=True,
    ),
    ActionId.CUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Cu&t"),
        "edit",
        QKeySequence.StandardKey.Cut,
        "edit-cut",
        QT_TRANSLATE_NOOP("Actions", "Cut the selected text"),
    ),
    ActionId.COPY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Copy"),
        "edit",
        QKeySequence.StandardKey.Copy,
        "edit-copy",
        QT_TRANSLATE_NOOP("Actions", "Copy the selected text, or the selected row"),
    ),
    ActionId.PASTE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Paste"),
        "edit",
        QKeySequence.StandardKey.Paste,
        "edit-paste",
        QT_TRANSLATE_NOOP("Actions", "Paste into the field being edited"),
    ),
    ActionId.SELECT_ALL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Select &all"),
        "edit",
        QKeySequence.StandardKey.SelectAll,
        "edit-select-all",
        QT_TRANSLATE_NOOP("Actions", "Select all the text of the field"),
    ),
    ActionId.COPY_REFERENCE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Copy re&ference"),
        "edit",
        "Ctrl+Shift+C",
        None,
        QT_TRANSLATE_NOOP(
            "Actions",
            "Copy the shown object's reference (e.g. item:12) for the command line or an agenda",
        ),
    ),
    ActionId.NEW_NOTE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&New note"),
        "edit",
        "Ctrl+N",
        "document-new",
        QT_TRANSLATE_NOOP("Actions", "Add a note to the selected object"),
        writes=True,
    ),
    ActionId.DELETE_NOTE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Delete note"),
        "edit",
        "Ctrl+Shift+D",
        "edit-delete",
        QT_TRANSLATE_NOOP("Actions", "Delete the selected note (can be undone)"),
        writes=True,
    ),
    ActionId.NEW_ACTION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Add act&ion item"),
        "edit",
        "Ctrl+Shift+A",
        "list-add",
        QT_TRANSLATE_NOOP("Actions", "Add a follow-up action to the selected note"),
        writes=True,
    ),
    ActionId.FIND: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Search"),
        "go",
        QKeySequence.StandardKey.Find,
        "edit-find",
        QT_TRANSLATE_NOOP("Actions", "Search the plans, workgroups and notes"),
    ),
    ActionId.QUICK_OPEN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Go to..."),
        "go",
        "Ctrl+K",
        "go-jump",
        QT_TRANSLATE_NOOP("Actions", "Jump to a workgroup, section or project by typing"),
    ),
    ActionId.GO_TO_ROW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Go to &row..."),
        "go",
        "Ctrl+G",
        None,
        QT_TRANSLATE_NOOP("Actions", "Show a row of the list by its number, however long"),
    ),
    ActionId.SHOW_ITEMS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Plan &items"),
        "view",
        "Ctrl+1",
        None,
        QT_TRANSLATE_NOOP("Actions", "List the objectives and projects in scope"),
    ),
    ActionId.SHOW_NOTES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Notes"),
        "view",
        "Ctrl+2",
        None,
        QT_TRANSLATE_NOOP("Actions", "List the delegation's notes"),
    ),
    # A view of the delegate's work, where a delegate looks for it (trial 16: it sat in the
    # Meetings menu).
    ActionId.START_PAGE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Start page"),
        "view",
        "Ctrl+Shift+H",
        "go-home",
        QT_TRANSLATE_NOOP("Actions", "Upcoming meetings, overdue and open actions, recent notes"),
        "bnldesk.ui.meetings.features:show_start_page",
    ),
    ActionId.CLEAR_FILTERS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Clear filters"),
        "view",
        "Ctrl+Shift+L",
        "edit-clear",
        QT_TRANSLATE_NOOP("Actions", "Remove every active filter"),
    ),
    ActionId.CLEAR_SCOPE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Show &all plans"),
        "view",
        "Ctrl+Shift+X",
        "edit-clear",
        QT_TRANSLATE_NOOP(
            "Actions", "Clear the scope: list and search everything, not only the navigator's node"
        ),
    ),
    ActionId.SAVE_VIEW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Save filters as &view..."),
        "view",
        "Ctrl+Shift+S",
        "document-save-as",
        QT_TRANSLATE_NOOP("Actions", "Name the active filters to reuse them later"),
    ),
    ActionId.RELOAD: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Re&load"),
        "view",
        QKeySequence.StandardKey.Refresh,
        "view-refresh",
        QT_TRANSLATE_NOOP("Actions", "Read the database again"),
    ),
    ActionId.FOCUS_TREE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Go to &navigator"),
        "go",
        "Alt+1",
        None,
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the plan tree"),
    ),
    ActionId.FOCUS_LIST: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Go to &list"),
        "go",
        "Alt+2",
        None,
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the central list"),
    ),
    ActionId.FOCUS_NOTES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Go to n&otes"),
        "go",
        "Alt+3",
        None,
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the notes of the object"),
    ),
    ActionId.BACK: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Back"),
        "go",
        QKeySequence.StandardKey.Back,
        "go-previous",
        QT_TRANSLATE_NOOP("Actions", "Return to the previously shown object"),
    ),
    ActionId.MEETINGS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Meetings..."),
        "meetings",
        "Ctrl+Shift+M",
        None,
        QT_TRANSLATE_NOOP("Actions", "Meetings with their agenda, positions and outcomes"),
        "bnldesk.ui.meetings.features:show_meetings",
    ),
    ActionId.NEW_MEETING: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&New meeting..."),
        "meetings",
        "Ctrl+Shift+N",
        None,
        QT_TRANSLATE_NOOP("Actions", "Plan a meeting of a workgroup and its agenda"),
        "bnldesk.ui.meetings.features:new_meeting",
        writes=True,
    ),
    ActionId.GUIDE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Using bnldesk"),
        "help",
        None,
        "help-faq",
        QT_TRANSLATE_NOOP(
            "Actions", "Searching, notes and their privacy, shortcuts, where your files are"
        ),
        handler="bnldesk.ui.help_guide:show_help",
    ),
    ActionId.SHORTCUTS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        "help",
        "F1",
        "help-contents",
        QT_TRANSLATE_NOOP("Actions", "List every action and its shortcut"),
    ),
    ActionId.ABOUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&About bnldesk"),
        "help",
        None,
        "help-about",
        QT_TRANSLATE_NOOP("Actions", "Version and licence"),
    ),
}

# Keys every platform's users expect beside the standard ones (Ctrl+Y redoes on Windows, and
# Linux delegates coming from Office press it too).
EXTRA_KEYS: dict[ActionId, QKeySequence] = {ActionId.REDO: QKeySequence("Ctrl+Y")}

MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Menus", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Menus", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("Menus", "&View")),
    ("go", QT_TRANSLATE_NOOP("Menus", "&Go")),
    ("meetings", QT_TRANSLATE_NOOP("Menus", "&Meetings")),
    ("help", QT_TRANSLATE_NOOP("Menus", "&Help")),
)


@dataclass(frozen=True)
class PlaceShortcut:
    """A key that works in one place of another window, not on a menu item: listed in Help >
    Keyboard shortcuts under ``place`` (the title of the menu that opens that window), bound
    by the widget of that place."""

    place: str
    text: str
    shortcut: str
    help: str = ""


# The agenda of the Meetings window (trial 10: its points could be moved only with the mouse).
# Alt+Up/Down: no menu uses them, and Ctrl/Shift+arrows keep moving and extending the selection.
MOVE_POINT_UP = PlaceShortcut(
    QT_TRANSLATE_NOOP("Actions", "Meetings"),
    QT_TRANSLATE_NOOP("Actions", "Move agenda point up"),
    "Alt+Up",
    QT_TRANSLATE_NOOP("Actions", "Move the selected agenda point one place up"),
)
MOVE_POINT_DOWN = PlaceShortcut(
    QT_TRANSLATE_NOOP("Actions", "Meetings"),
    QT_TRANSLATE_NOOP("Actions", "Move agenda point down"),
    "Alt+Down",
    QT_TRANSLATE_NOOP("Actions", "Move the selected agenda point one place down"),
)
PLACE_SHORTCUTS: tuple[PlaceShortcut, ...] = (MOVE_POINT_UP, MOVE_POINT_DOWN)


# What a window on a database it cannot write offers no more.
WRITING_ACTIONS = tuple(action_id for action_id, spec in SPECS.items() if spec.writes)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def shortcut_text(spec: ActionSpec) -> str:
    if spec.shortcut is None:
        return ""
    if isinstance(spec.shortcut, QKeySequence.StandardKey):
        keys = QKeySequence.keyBindings(spec.shortcut)
        return keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
    return QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)


class ActionRegistry(QObject):
    """The QActions of one main window, built from :data:`SPECS`."""

    def __init__(self, window: QWidget, show_message: Callable[[str], None]) -> None:
        """``window`` owns the actions and is handed to lazily imported handlers;
        ``show_message`` reports a handler that is missing from this build."""
        super().__init__(window)
        self._window = window
        self._show_message = show_message
        self.actions: dict[ActionId, QAction] = {}
        for action_id, spec in SPECS.items():
            action = QAction(_translate("Actions", spec.text), window)
            action.setObjectName(action_id.value)
            if spec.shortcut is not None:
                if isinstance(spec.shortcut, QKeySequence.StandardKey):
                    keys = QKeySequence.keyBindings(spec.shortcut)
                    extra = EXTRA_KEYS.get(action_id)
                    if extra is not None and extra not in keys:
                        keys.append(extra)
                    action.setShortcuts(keys)
                else:
                    action.setShortcut(QKeySequence(spec.shortcut))
            if spec.icon:
                action.setIcon(QIcon.fromTheme(spec.icon))
            if spec.help:
                help_text = _translate("Actions", spec.help)
                action.setStatusTip(help_text)
                action.setToolTip(help_text)
            if spec.handler:
                action.triggered.connect(self._handler_caller(spec.handler))
            self.actions[action_id] = action

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self.actions[action_id]

    def bind(self, action_id: ActionId, slot: Callable[[], object]) -> None:
        self.actions[action_id].triggered.connect(lambda _checked=False: slot())

    def _handler_caller(self, target: str) -> Callable[[bool], None]:
        def call(_checked: bool = False) -> None:
            module_name, _, func_name = target.partition(":")
            try:
                func = getattr(importlib.import_module(module_name), func_name)
            except (ImportError, AttributeError):
                self._show_message(
                    QCoreApplication.translate(
                        "Actions", "This feature is not available in this version."
                    )
                )
                return
            func(self._window)

        return call

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(menu, text without accelerator, shortcut, help) for the shortcuts dialog: the
        menus' actions, then the keys of :data:`PLACE_SHORTCUTS` under their place."""
        menus = {key: _translate("Menus", title).replace("&", "") for key, title in MENUS}
        return [
            (
                menus.get(spec.menu, spec.menu),
                _translate("Actions", spec.text).replace("&", "").rstrip("."),
                shortcut_text(spec),
                _translate("Actions", spec.help),
            )
            for spec in SPECS.values()
        ] + [
            (
                _translate("Actions", place.place),
                _translate("Actions", place.text),
                QKeySequence(place.shortcut).toString(QKeySequence.SequenceFormat.NativeText),
                _translate("Actions", place.help),
            )
            for place in PLACE_SHORTCUTS
        ]
