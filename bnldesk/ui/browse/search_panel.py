"""The search results that replace the central list while the search box holds text.

A search runs a short pause after the last key (or at once on Enter) as an interactive job of
the database worker, within the window's filters and scope, through the one search service
``bnldesk search`` uses too (:func:`bnldesk.services.search.find`): the best hits, and when
nothing is found there, how many without the scope or the filters, with a link to them
(:attr:`SearchPanel.widen`). The true total of a search with more hits than are shown follows
as background work, so the hits never wait for every match to be counted. Choosing a hit emits
:attr:`SearchPanel.hit_chosen`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout, QWidget

from bnldesk.domain.search_query import Query, either_word_meant
from bnldesk.domain.value_words import untranslated_search_hint
from bnldesk.services.search import FIRST_SCREEN, Found, count, find, read_more
from bnldesk.store import browse
from bnldesk.store.engine import Store
from bnldesk.store.search import SearchHit, prepare
from bnldesk.store.search_reader import reading
from bnldesk.ui import i18n
from bnldesk.ui.browse.delegates import HtmlDelegate
from bnldesk.ui.browse.models import SearchResultsModel
from bnldesk.ui.browse.views import ObjectList
from bnldesk.ui.worker import DbWorker, Priority

SEARCH_DEBOUNCE_MS = 60
SEARCH_LIMIT = 60
# The links in the line above a search that found nothing within the scope or the filters.
WITHOUT_SCOPE = "bnldesk:without-scope"
WITHOUT_FILTERS = "bnldesk:without-filters"


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    """``text`` translated; with ``count``, ``%n``/``%Ln`` become it in the plural form of the
    interface language. lupdate files plain tr("...") calls under the empty context."""
    return QCoreApplication.translate("", text, disambiguation, count)


def search_job(
    store: Store, text: str, within: browse.BrowseFilter, language: str | None = None
) -> Found:
    """The search as typed, inside the window's filters and scope (the service
    ``bnldesk search`` uses too): the best hits, and when nothing is found there, how many
    without the scope and without the filters; the total only when nothing more matched
    (:func:`count_job` counts the rest)."""
    with reading(store) as reader:
        return find(
            reader,
            text,
            limit=SEARCH_LIMIT,
            within=within,
            count=False,
            language=language,
            read=FIRST_SCREEN,
        )


def read_more_job(
    store: Store, found: Found, within: browse.BrowseFilter, language: str | None = None
) -> list[SearchHit]:
    """The hits :func:`search_job` listed unread, read when the list first shows one."""
    with reading(store) as reader:
        return read_more(reader, found, within=within, language=language)


def count_job(store: Store, query: Query, within: browse.BrowseFilter) -> int:
    """How many objects a search found by :func:`search_job` matches in all."""
    with reading(store) as reader:
        return count(reader, query, within=within)


def prepare_search(store: Store, within: browse.BrowseFilter) -> None:
    """Work out what ``within`` lets a search find, before anyone searches."""
    with store.read() as session:
        prepare(session, within)


# The quotation marks a translation puts around the query ("“%1”", French "« %1 »").
_QUOTES_AROUND_QUERY = re.compile(r"[“«„\"‘‹']\s?%1\s?[”»“\"’›']")
_OPENING, _CLOSING = '"“«„', '"”»“'


def with_query(line: str, typed: str) -> str:
    """``line`` (translated, ``%1`` between quotation marks) with the query as typed, escaped
    for rich text; a query that is itself in quotes ("grensoverschrijdende samenwerking") is
    shown once, without quotes around its own."""
    quoted = len(typed) >= 2 and typed[0] in _OPENING and typed[-1] in _CLOSING
    if quoted:
        line = _QUOTES_AROUND_QUERY.sub("%1", line, count=1)
    return line.replace("%1", html.escape(typed))


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
        "year:2022, year:2021-2023: those years' plans, workgroups, contacts and meetings, "
        "with their notes\n"
        "tag:budget: the notes with this tag, and what they are on\n"
        "kind:flagship, kind:note: one kind of item or of object\n"
        "An unknown field (foo:bar) is searched as its words.\n"
        'tag:"cross-border cooperation": a tag of several words, in double quotes\n'
        "The search stays within the filters and the scope set on the list."
    )


class SearchPanel(QWidget):
    """The line saying what was found, and the hits. ``hit_chosen(kind, id)``: the delegate
    moved to a hit; ``done(count)``: a search's hits are shown; ``counted(total)``: then its
    true total; ``widen(link)``: the delegate chose to search without the scope (:data:`WITHOUT_SCOPE`) or the filters
    (:data:`WITHOUT_FILTERS`)."""

    hit_chosen = Signal(str, int)
    done = Signal(int)
    counted = Signal(int)  # the true total of the search shown arrived
    widen = Signal(str)

    def __init__(
        self,
        worker: DbWorker,
        clear_filters_keys: Callable[[], str],
        clear_scope_keys: Callable[[], str],
        scope_text: Callable[[], str],
    ) -> None:
        super().__init__()
        self.worker = worker
        self._clear_filters_keys = clear_filters_keys  # named when filters hid every hit
        self._clear_scope_keys = clear_scope_keys  # ... or the scope did
        self._scope_text = scope_text  # the scope in words ("Workgroup — SENN-CRISE")
        self._generation = 0
        self.total = 0  # every match of the last search shown, beyond the hits listed
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
        # Rich text always: the query is escaped into it, and Qt's guess would show a query
        # without tags as written, "&quot;" and all (trial 2).
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.linkActivated.connect(self.widen)
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
        self.total = 0
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

        language = i18n.current()

        def found(answer: Found) -> None:
            if generation == self._generation:
                self.model.set_hits(
                    answer.hits,
                    answer.unread,
                    lambda: self._read_unread(answer, within, language, generation),
                )
                self.total = answer.total
                self.label.setText(self.describe(text, answer))
                self.done.emit(answer.listed)
                if not answer.counted:
                    self._count(text, answer, within, generation)

        self.worker.run(
            lambda store: search_job(store, text, within, language),
            found,
            key="search",
            priority=Priority.INTERACTIVE,
        )

    def _read_unread(
        self, answer: Found, within: browse.BrowseFilter, language: str, generation: int
    ) -> None:
        """Read the hits of the search shown that were listed unread (the view wants one),
        as the delegate waits for them; a newer search drops them."""

        def job(store: Store) -> list[SearchHit] | None:
            if generation != self._generation:
                return None
            return read_more_job(store, answer, within, language)

        def read(hits: list[SearchHit] | None) -> None:
            if hits is not None and generation == self._generation:
                self.model.fill(hits)

        self.worker.run(job, read, key="search-unread", priority=Priority.INTERACTIVE)

    def _count(
        self, text: str, answer: Found, within: browse.BrowseFilter, generation: int
    ) -> None:
        """Count every match of the search shown, after what the delegate waits for; a newer
        search makes the count pointless (it is skipped, or its answer dropped)."""

        def job(store: Store) -> int | None:
            if generation != self._generation:
                return None
            return count_job(store, answer.query, within)

        def counted(total: int | None) -> None:
            if total is not None and generation == self._generation:
                self.total = max(total, answer.listed)
                whole = replace(answer, total=self.total, counted=True)
                self.label.setText(self.describe(text, whole))
                self.counted.emit(self.total)

        self.worker.run(job, counted, key="search-count", priority=Priority.BACKGROUND)

    def describe(self, text: str, found: Found) -> str:
        """The line above the results (rich text; the query escaped once): how many in all
        and how many shown, and when none, what hid them and a link to search without it."""
        hits = found.listed
        if not found.counted:
            line = with_query(
                tr("The best %2 results for “%1” are shown; counting them all…").replace(
                    "%2", QLocale().toString(hits)
                ),
                text,
            )
        elif hits and found.more:
            line = with_query(
                tr("%Ln result(s) for “%1”; the best %2 are shown", None, found.total).replace(
                    "%2", QLocale().toString(hits)
                ),
                text,
            )
        elif hits:
            line = with_query(tr("%Ln result(s) for “%1”", None, hits), text)
        elif found.query.is_empty:
            line = with_query(
                tr("“%1” has nothing to search for: no letters, digits or symbols."), text
            )
        else:
            line = self._nothing_found(text, found)
        if found.query.plain_words:
            line += " " + html.escape(tr("(Some of it was read as plain words.)"))
        return line

    def _nothing_found(self, text: str, found: Found) -> str:
        """No hit: what the scope or the filters hid, with a link to search without them."""
        if found.without_scope:
            line = tr(
                "No results for “%1” within the scope (%2); %Ln without it.",
                None,
                found.without_scope,
            )
            line = with_query(line.replace("%2", html.escape(self._scope_text())), text)
            link = tr("Search all plans (%1)").replace("%1", self._clear_scope_keys())
            return f"{line} <a href='{WITHOUT_SCOPE}'>{html.escape(link)}</a>"
        if found.without_filters:
            line = with_query(
                tr(
                    "No results for “%1” within the filters; %Ln without them.",
                    None,
                    found.without_filters,
                ),
                text,
            )
            link = tr("Clear the filters (%1)").replace("%1", self._clear_filters_keys())
            return f"{line} <a href='{WITHOUT_FILTERS}'>{html.escape(link)}</a>"
        if found.without_fields:
            return with_query(
                tr(
                    "No results for “%1” with its filters (year:, code:, tag:, kind:); %Ln for "
                    "the words alone.",
                    None,
                    found.without_fields,
                ),
                text,
            )
        meant = either_word_meant(text)
        if meant is not None:
            line = with_query(tr("No results for “%1”: nothing contains every word."), text)
            either = html.escape(tr("For either word, write: %1")).replace("%1", html.escape(meant))
            return f"{line} {either}"
        line = with_query(
            tr("No results for “%1”. Accents and case do not matter; try a shorter word."), text
        )
        hint = untranslated_search_hint(found.plan_languages, i18n.current())
        return f"{line} {html.escape(i18n.sentence(hint))}." if hint else line

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        target = self.model.target(current.row())
        if target is not None:
            self.hit_chosen.emit(*target)
