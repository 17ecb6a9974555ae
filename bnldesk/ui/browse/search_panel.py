"""The search results that replace the central list while the search box holds text.

A search runs a short pause after the last key (or at once on Enter) as an interactive job of
the database worker, within the window's filters and scope; when nothing is found there, the
same search without them says what the filters hid. Choosing a hit emits
:attr:`SearchPanel.hit_chosen`.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout, QWidget

from bnldesk.domain.search_query import parse
from bnldesk.store import browse
from bnldesk.store.engine import Store
from bnldesk.store.search import SearchResult, prepare, run_search
from bnldesk.ui.browse.delegates import HtmlDelegate
from bnldesk.ui.browse.models import SearchResultsModel
from bnldesk.ui.browse.views import ObjectList
from bnldesk.ui.worker import DbWorker, Priority

SEARCH_DEBOUNCE_MS = 60
SEARCH_LIMIT = 60
Found = tuple[SearchResult, SearchResult | None]  # within the filters; without them if none


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


def search_job(store: Store, text: str, within: browse.BrowseFilter) -> Found:
    """The search as typed, inside the window's filters and scope; when nothing is found
    there, the same search without them (so the window can say what the filters hid)."""
    query = parse(text, as_you_type=True)
    with store.read() as session:
        result = run_search(session, query, limit=SEARCH_LIMIT, within=within)
        unfiltered = None
        if not result.hits and within != browse.BrowseFilter():
            unfiltered = run_search(session, query, limit=SEARCH_LIMIT)
    return result, unfiltered


def prepare_search(store: Store, within: browse.BrowseFilter) -> None:
    """Work out what ``within`` lets a search find, before anyone searches."""
    with store.read() as session:
        prepare(session, within)


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


class SearchPanel(QWidget):
    """The line saying what was found, and the hits. ``hit_chosen(kind, id)``: the delegate
    moved to a hit; ``done(count)``: a search's hits are shown."""

    hit_chosen = Signal(str, int)
    done = Signal(int)

    def __init__(self, worker: DbWorker, clear_filters_keys: Callable[[], str]) -> None:
        super().__init__()
        self.worker = worker
        self._clear_filters_keys = clear_filters_keys  # named when filters hid every hit
        self._generation = 0
        self.model = SearchResultsModel(self)
        self.results = ObjectList()
        self.results.setObjectName("searchResults")
        self.results.setDragEnabled(True)
        self.results.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(3, self.results))
        self.results.setUniformItemSizes(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.selectionModel().currentChanged.connect(self._current_changed)
        self.label = QLabel()
        self.label.setObjectName("resultsLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.results, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DEBOUNCE_MS)

    def retranslate(self) -> None:
        self.results.setAccessibleName(tr("Search results"))

    def clear(self) -> None:
        """No search: no hits, and any search on its way is forgotten."""
        self.timer.stop()
        self._generation += 1
        self.model.set_hits([])

    def focus_first(self) -> None:
        """Enter in the search box: the keyboard goes to the first hit."""
        self.results.setFocus()
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0))

    def search(self, text: str, within: browse.BrowseFilter) -> None:
        """Search ``text`` (stripped) within ``within``; an older search's answer is dropped."""
        self.timer.stop()
        self._generation += 1
        generation = self._generation
        if not text:
            return

        def found(answer: Found) -> None:
            if generation == self._generation:
                result, unfiltered = answer
                self.model.set_hits(result.hits)
                self.label.setText(self.describe(text, result, unfiltered))
                self.done.emit(len(result.hits))

        self.worker.run(
            lambda store: search_job(store, text, within),
            found,
            key="search",
            priority=Priority.INTERACTIVE,
        )

    def describe(self, text: str, result: SearchResult, unfiltered: SearchResult | None) -> str:
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
            line = (
                tr(
                    "No results for “%1” within the filters and scope; %2 without them "
                    "(%3 clears the filters)."
                )
                .replace("%1", shown)
                .replace("%2", str(len(unfiltered.hits)))
                .replace("%3", self._clear_filters_keys())
            )
        else:
            line = tr(
                "No results for “%1”. Accents and case do not matter; try a shorter word."
            ).replace("%1", shown)
        if result.query.plain_words:
            line += " " + tr("(Some of it was read as plain words.)")
        return line

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = self.model.hit(current.row())
        if hit is not None:
            self.hit_chosen.emit(hit.kind, hit.obj_id)
