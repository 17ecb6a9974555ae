"""Where the main window's models get their rows: reads on the database worker.

The models (:mod:`bnldesk.ui.browse.navigator_model`, :mod:`bnldesk.ui.browse.list_model`)
only ask and are answered; these sources run the reads as interactive jobs of the one worker
(the latest request of a view replaces its queued one) and hand back the typed rows. A read
that fails is told to the delegate through the worker, then to the model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from bnldesk.domain.workgroup_names import Naming
from bnldesk.store import browse
from bnldesk.store.browse import TreeNode
from bnldesk.store.engine import Store
from bnldesk.ui import i18n
from bnldesk.ui.browse.list_model import PAGE, ListQuery, ListRow
from bnldesk.ui.browse.navigator_model import ChildrenSource
from bnldesk.ui.worker import DbWorker, Priority

ChildReader = Callable[[Store, str | None, int | None], list[TreeNode]]


def plan_children(store: Store, kind: str | None, obj_id: int | None) -> list[TreeNode]:
    """The programmes and plans (top level), or the children of a plan object."""
    with store.read() as session:
        return browse.tree_children(session, kind, obj_id)


def workgroup_children(store: Store, kind: str | None, obj_id: int | None) -> list[TreeNode]:
    """The top-level workgroups, or the sub-groups of one, each by the name printed in the
    interface language where one was (:func:`bnldesk.domain.workgroup_names.shown_name`)."""
    naming = Naming(language=i18n.current())
    with store.read() as session:
        return browse.workgroup_children(session, obj_id if kind is not None else None, naming)


def contact_children(store: Store, kind: str | None, _obj_id: int | None) -> list[TreeNode]:
    """The contacts (a flat list: no children below a contact)."""
    if kind is not None:
        return []
    with store.read() as session:
        return browse.contact_rows(session)


def worker_children(worker: DbWorker, read: ChildReader) -> ChildrenSource:
    """A navigator's source reading children with ``read`` on the worker."""

    def ask(
        kind: str | None,
        obj_id: int | None,
        deliver: Callable[[list[TreeNode]], None],
        failed: Callable[[], None],
    ) -> None:
        def report(error: Exception) -> None:
            worker.report(error)
            failed()

        worker.run(
            lambda store: read(store, kind, obj_id), deliver, report, priority=Priority.INTERACTIVE
        )

    return ask


def read_rows(
    store: Store, query: ListQuery, offset: int, limit: int, total: int | None = None
) -> list[ListRow]:
    """``limit`` rows of the list ``query`` describes, from position ``offset``; ``total``,
    the list's length when counted, lets a page near the end be read from the end."""
    # A note on a workgroup names it as the window does: the plan chosen, else the interface
    # language's newest name (one group, one name in the list).
    fetch: Callable[..., Sequence[ListRow]] = (
        browse.fetch_items
        if query.mode == "items"
        else partial(
            browse.fetch_notes, naming=Naming(query.browse_filter.plan_year, i18n.current())
        )
    )
    with store.read() as session:
        return list(
            fetch(
                session,
                query.browse_filter,
                offset=offset,
                limit=limit,
                sort=query.sort,
                descending=query.descending,
                total=total,
            )
        )


def count_rows(store: Store, query: ListQuery) -> int:
    """How many rows the list ``query`` describes has."""
    with store.read() as session:
        counter = browse.count_items if query.mode == "items" else browse.count_notes
        return counter(session, query.browse_filter)


class WorkerListSource:
    """The central list's source: each kind of read is an interactive job with its own key,
    so a newer request of the list replaces one still queued."""

    def __init__(self, worker: DbWorker, name: str) -> None:
        self.worker = worker
        self.name = name  # tells this list's jobs from another window's (keys)

    def _run(
        self,
        what: str,
        job: Callable[[Store], object],
        deliver: Callable[..., None],
        failed: Callable[[], None],
    ) -> None:
        def report(error: Exception) -> None:
            self.worker.report(error)
            failed()

        self.worker.run(
            job, deliver, report, key=f"{self.name}-{what}", priority=Priority.INTERACTIVE
        )

    def first_page(
        self,
        query: ListQuery,
        deliver: Callable[[list[ListRow]], None],
        failed: Callable[[], None],
    ) -> None:
        self._run("first", lambda store: read_rows(store, query, 0, PAGE + 1), deliver, failed)

    def count(
        self, query: ListQuery, deliver: Callable[[int], None], failed: Callable[[], None]
    ) -> None:
        self._run("count", lambda store: count_rows(store, query), deliver, failed)

    def pages(
        self,
        query: ListQuery,
        pages: Sequence[int],
        deliver: Callable[[dict[int, list[ListRow]]], None],
        failed: Callable[[], None],
        *,
        total: int | None = None,
    ) -> None:
        def job(store: Store) -> dict[int, list[ListRow]]:
            return {page: read_rows(store, query, page * PAGE, PAGE, total) for page in pages}

        self._run("pages", job, deliver, failed)
