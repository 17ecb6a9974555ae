"""The filter bar: combinable filters, shown as removable chips, and saved named views.

The bar only holds state, a :class:`~bnldesk.ui.browse.filter_state.FilterState`; the window
turns it into a :class:`bnldesk.store.browse.BrowseFilter` and the list model runs it in SQL.
"""

from __future__ import annotations

import importlib.util
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bnldesk.store import browse
from bnldesk.ui import labels
from bnldesk.ui.browse.filter_state import FilterState
from bnldesk.ui.settings import Settings


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


def history_available() -> bool:
    try:
        return importlib.util.find_spec("bnldesk.store.history") is not None
    except (ImportError, ValueError):
        return False


MENU_ARROW = " \u25be"  # a small down-pointing triangle: the button opens a menu


class FilterBar(QWidget):
    changed = Signal()
    choices_loaded = Signal()  # the years, chapters, workgroups and tags offered were read

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._settings = settings
        self._state = FilterState()
        self._choices = browse.FilterChoices()
        self._scope_plan: int | None = None  # the plan the scope lies in (its id), if any
        self._updating = False

        self._build_combos()
        self._build_menu_buttons()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        self.year_label = QLabel()
        for combo in (self.year, self.chapter, self.kind, self.workgroup, self.tag):
            top.addWidget(combo, int(combo.property("stretch")))
        top.addWidget(self.more)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self._build_chips(), 1)
        bottom.addWidget(self.views)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 2)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.retranslate()

    def _build_combos(self) -> None:
        """Plan year, chapter, kind, workgroup and tag; the last two complete what is typed."""
        self.year = QComboBox()
        self.chapter = QComboBox()
        self.kind = QComboBox()
        self.workgroup = QComboBox()
        self.tag = QComboBox()
        # Narrow minimums so the bar fits the centre pane of a 1280-pixel window; the combos
        # share any extra width and their popups are as wide as their longest entry.
        for combo, width, stretch in (
            (self.year, 110, 2),
            (self.chapter, 110, 3),
            (self.kind, 100, 2),
            (self.workgroup, 120, 3),
            (self.tag, 90, 2),
        ):
            combo.setMinimumWidth(width)
            combo.setMaximumWidth(width * 3)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(4)
            combo.view().setMinimumWidth(260)
            combo.setProperty("stretch", stretch)
        for combo in (self.workgroup, self.tag):
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = combo.completer()
            assert completer is not None  # an editable combo has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.year.activated.connect(lambda _i: self._combo_picked("plan_year", self.year))
        self.chapter.activated.connect(lambda _i: self._combo_picked("chapter_key", self.chapter))
        self.kind.activated.connect(lambda _i: self._combo_picked("kind", self.kind))
        self.workgroup.activated.connect(
            lambda _i: self._combo_picked("workgroup_id", self.workgroup)
        )
        self.tag.activated.connect(lambda _i: self._combo_picked("tag", self.tag))

    def _build_menu_buttons(self) -> None:
        """More filters and Views, each a button whose menu is built as it opens."""
        self.more = QToolButton()
        self.more.setObjectName("moreFilters")
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self)
        self.more.setMenu(self.more_menu)
        self.views = QToolButton()
        self.views.setObjectName("viewsButton")
        self.views.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.views_menu = QMenu(self)
        self.views.setMenu(self.views_menu)
        self.more_menu.aboutToShow.connect(self._build_more_menu)
        self.views_menu.aboutToShow.connect(self._build_views_menu)

    def _build_chips(self) -> QWidget:
        """The row of chips, one for each active filter."""
        self.chips = QHBoxLayout()
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chips.setSpacing(4)
        chips_box = QWidget()
        chips_box.setObjectName("chips")
        chips_box.setLayout(self.chips)
        chips_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return chips_box

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        # The arrow is part of the text: the style's own menu arrow was drawn over the last
        # letter ("More filters⌄"); the style sheet hides it for these buttons.
        self.more.setText(tr("More filters") + MENU_ARROW)
        self.more.setToolTip(tr("Filter on note status, priority, open actions, changes"))
        self.views.setText(tr("Views") + MENU_ARROW)
        self.views.setToolTip(tr("Save the active filters under a name, or apply a saved view"))
        for combo, name in (
            (self.year, tr("Plan year")),
            (self.chapter, tr("Chapter")),
            (self.kind, tr("Kind")),
            (self.workgroup, tr("Workgroup")),
            (self.tag, tr("Tag")),
        ):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
        self.more.setAccessibleName(tr("More filters"))
        self.views.setAccessibleName(tr("Views"))
        self._fill_combos()
        self._rebuild_chips()

    # -- choices -----------------------------------------------------------------------------
    def set_choices(self, choices: browse.FilterChoices) -> None:
        """Offer ``choices`` (read from the database) in the combos; the filters stay."""
        self._choices = choices
        self._fill_combos()
        # Chips name chapters and workgroups from the choices: name them again now (a bar
        # given its filters before the choices showed "Chapter: ch:2:..." for good).
        self._rebuild_chips()
        self.choices_loaded.emit()

    def _fill(self, combo: QComboBox, first: str, items: list[tuple[Any, str]], key: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(first, None)
        for value, text in items:
            combo.addItem(text, value)
        current = self._state.value(key)
        idx = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, idx))
        line_edit = combo.lineEdit()
        if line_edit is not None:
            line_edit.setCursorPosition(0)  # show the start of a long name
        combo.blockSignals(False)

    def _fill_combos(self) -> None:
        choices = self._choices
        years = [(year, str(year)) for year in choices.years]
        self._fill(self.year, tr("All years"), years, "plan_year")
        self._fill(self.chapter, tr("All chapters"), self._chapter_items(), "chapter_key")
        kinds = [(kind, labels.label(labels.ITEM_KINDS, kind)) for kind in browse.ITEM_KINDS]
        self._fill(self.kind, tr("All kinds"), kinds, "kind")
        workgroups = list(choices.workgroups)
        self._fill(self.workgroup, tr("All workgroups"), workgroups, "workgroup_id")
        self._fill(self.tag, tr("All tags"), [(tag, tag) for tag in choices.tags], "tag")

    def _chapter_items(self) -> list[tuple[Any, str]]:
        """The chapters offered: with a plan year chosen, or a scope in one plan, only that
        plan's chapters (each plan has a chapter 1); the chapter filtered on stays listed."""
        choices, chosen = self._choices, self._state.chapter_key
        year = self._state.plan_year
        if year is None and self._scope_plan is not None:
            year = choices.plan_years.get(self._scope_plan)
        return [
            (key, label)
            for key, label in choices.chapters
            if year is None or year in choices.chapter_years.get(key, (year,)) or key == chosen
        ]

    def set_scope_plan(self, plan_id: int | None) -> None:
        """The scope is the plan ``plan_id`` (None: no plan): offer only its chapters."""
        if plan_id != self._scope_plan:
            self._scope_plan = plan_id
            self._fill(self.chapter, tr("All chapters"), self._chapter_items(), "chapter_key")

    # -- state -------------------------------------------------------------------------------
    def state(self) -> FilterState:
        """The filters set now."""
        return self._state

    def set_state(self, state: FilterState, *, emit: bool = True) -> None:
        """Show ``state``'s filters in the combos and chips; ``changed`` unless not ``emit``."""
        self._state = state
        self._fill_combos()
        self._rebuild_chips()
        if emit:
            self.changed.emit()

    def set_value(self, key: str, value: object) -> None:
        """Set filter ``key`` (one of :data:`KEYS`) to ``value``; None, False or "" clears it."""
        self.set_state(self._state.with_value(key, value))

    def clear(self) -> None:
        """No filters."""
        self.set_state(FilterState())

    def to_filter(self, scope: browse.Scope | None = None) -> browse.BrowseFilter:
        """The list's query filter: the bar's filters within ``scope``."""
        return self._state.to_filter(scope)

    def _combo_picked(self, key: str, combo: QComboBox) -> None:
        value = combo.currentData()
        if combo.isEditable() and value is None and combo.currentIndex() > 0:
            value = None
        self.set_value(key, value)

    # -- chips -------------------------------------------------------------------------------
    def describe(self, key: str, value: Any) -> str:
        """The chip text of filter ``key`` set to ``value`` ("Year: 2022")."""
        if key == "plan_year":
            return tr("Year: %1").replace("%1", str(value))
        if key == "chapter_key":
            name = dict(self._choices.chapters).get(value, str(value))
            return tr("Chapter: %1").replace("%1", name)
        if key == "kind":
            return tr("Kind: %1").replace("%1", labels.label(labels.ITEM_KINDS, value))
        if key == "workgroup_id":
            name = dict(self._choices.workgroups).get(value, str(value))
            return tr("Workgroup: %1").replace("%1", name.split(" · ")[0])
        if key == "tag":
            return tr("Tag: %1").replace("%1", str(value))
        if key == "status":
            return tr("Status: %1").replace("%1", labels.label(labels.NOTE_STATUSES, value))
        if key == "priority":
            return tr("Priority: %1").replace("%1", labels.label(labels.PRIORITIES, value))
        if key == "has_notes":
            return tr("Has notes")
        if key == "has_open_actions":
            return tr("Has open actions")
        if key == "change":
            return tr("Change: %1").replace("%1", labels.label(labels.CHANGES, value))
        return f"{key}: {value}"

    def described(self) -> list[tuple[str, str]]:
        """The filters set, as ``(key, chip text)`` ("plan_year", "Year: 2022")."""
        return [(key, self.describe(key, value)) for key, value in self._state.active()]

    def chip_texts(self) -> list[str]:
        """What the chips on show say, without their remove mark ("Year: 2022")."""
        texts = []
        for index in range(self.chips.count()):
            item = self.chips.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QToolButton) and widget.objectName() == "chip":
                texts.append(widget.text().removesuffix("  ✕"))
        return texts

    def _rebuild_chips(self) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Hide at once: deleteLater() alone leaves the old chip painted until the
                # event loop runs, on top of the new ones.
                widget.hide()
                widget.deleteLater()
        active = self._state.active()
        if not active:
            hint = QLabel(tr("No filters: everything in the selected scope is listed."))
            hint.setObjectName("noFilters")
            self.chips.addWidget(hint)
        for key, value in active:
            chip = QToolButton()
            chip.setObjectName("chip")
            text = self.describe(key, value)
            chip.setText(text + "  ✕")
            chip.setToolTip(tr("Remove this filter"))
            chip.setAccessibleName(tr("Remove filter %1").replace("%1", text))
            chip.clicked.connect(lambda _c=False, k=key: self.set_value(k, None))
            self.chips.addWidget(chip)
        if len(active) > 1:
            clear = QToolButton()
            clear.setObjectName("clearChips")
            clear.setText(tr("Clear all"))
            clear.setAccessibleName(tr("Clear all filters"))
            clear.clicked.connect(self.clear)
            self.chips.addWidget(clear)
        self.chips.addStretch(1)

    # -- menus -------------------------------------------------------------------------------
    def _build_more_menu(self) -> None:
        menu = self.more_menu
        menu.clear()

        def exclusive(title: str, key: str, options: list[tuple[Any, str]]) -> None:
            sub = menu.addMenu(title)
            group = QActionGroup(sub)
            group.setExclusive(True)
            for value, text in [(None, tr("Any")), *options]:
                action = QAction(text, sub)
                action.setCheckable(True)
                action.setChecked(self._state.value(key) == value)
                action.triggered.connect(lambda _c=False, v=value: self.set_value(key, v))
                group.addAction(action)
                sub.addAction(action)

        exclusive(
            tr("Note status"),
            "status",
            [(k, labels.label(labels.NOTE_STATUSES, k)) for k in labels.NOTE_STATUSES],
        )
        exclusive(
            tr("Note priority"),
            "priority",
            [(k, labels.label(labels.PRIORITIES, k)) for k in (3, 2, 1)],
        )
        if history_available():
            exclusive(
                tr("Change since the previous plan"),
                "change",
                [(k, labels.label(labels.CHANGES, k)) for k in ("new", "changed", "gone")],
            )
        menu.addSeparator()
        for key, text in (
            ("has_notes", tr("Only objects with notes")),
            ("has_open_actions", tr("Only with open action items")),
        ):
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(bool(self._state.value(key)))
            action.toggled.connect(lambda on, k=key: self.set_value(k, bool(on)))

    def _build_views_menu(self) -> None:
        menu = self.views_menu
        menu.clear()
        save = menu.addAction(tr("Save current filters as view..."))
        save.setEnabled(not self._state.is_empty)
        save.triggered.connect(self.ask_save_view)
        views = self._settings.views()
        if views:
            menu.addSeparator()
            for name in sorted(views):
                action = menu.addAction(name)
                action.triggered.connect(lambda _c=False, n=name: self.apply_view(n))
            delete = menu.addMenu(tr("Delete view"))
            for name in sorted(views):
                action = delete.addAction(name)
                action.triggered.connect(lambda _c=False, n=name: self.delete_view(n))
        else:
            empty = menu.addAction(tr("No saved views yet"))
            empty.setEnabled(False)

    def ask_save_view(self) -> None:
        if not self.chip_texts():
            # A view of no filters would only bring back "everything": say what to do instead.
            QMessageBox.information(
                self,
                tr("Save view"),
                tr("No filter is active. Choose filters first, then save them as a view."),
            )
            return
        name, ok = QInputDialog.getText(
            self, tr("Save view"), tr("Name of this view (for example: open BE points):")
        )
        if ok and name.strip():
            self.save_view(name.strip())

    def save_view(self, name: str) -> None:
        views = self._settings.views()
        views[name] = self.state()
        self._settings.set_views(views)

    def apply_view(self, name: str) -> bool:
        view = self._settings.views().get(name)
        if view is None:
            return False
        self.set_state(view)
        return True

    def delete_view(self, name: str) -> None:
        views = self._settings.views()
        views.pop(name, None)
        self._settings.set_views(views)
