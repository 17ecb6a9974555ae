"""A laptop exchanges notes with the delegation server: what bundles carry, merged the same way.

``bnldesk sync --server URL`` (and File > Sync with server...) connects the laptop's own database
file to the server as the delegate's role and:

1. reads both sides' shareable records in portable form with their version histories
   (:func:`bnldesk.services.sync.build_payload`: private notes and their actions never leave
   the laptop; on the server, row-level security keeps other delegates' private notes out);
2. **pulls**: every server record whose version differs from the laptop's is merged into the
   laptop with :func:`bnldesk.services.sync.merge_record`, the three-way merge bundles use
   (field-by-field conflicts kept for the delegate, tombstones, nothing private here changed),
   after a backup of the laptop's file when something will change;
3. **pushes**: every laptop record whose version still differs from the server's is merged into
   the server the same way; those transactions say so to the server (``bnldesk.sync``) so that
   the laptop's edit times and authors, which version hashes are taken of, are kept;
4. exchanges the conflicts either side knows of, so both list the same ones.

Records are merged in batches of :data:`BATCH` records, each its own transaction. A connection
that drops half-way keeps the batches already merged; running the sync again compares versions
afresh and carries on where it stopped (merging a version twice changes nothing). Offline, the
laptop works on its own file as always; nothing here runs unless the delegate asks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import Setting, utcnow
from bnldesk.services.sync import (
    ReceiveReport,
    Scope,
    build_payload,
    check_compatible,
    merge_conflict,
    merge_record,
)
from bnldesk.services.sync_bundle import BundleEntry, ConflictEntry, Manifest
from bnldesk.services.sync_records import KINDS, RecordError, timestamp, version_hash
from bnldesk.store.engine import Store, StoreError

BATCH = 500
LAST_SYNC_PREFIX = "server_sync:"  # + the server's database id -> when this laptop last synced

Progress = Callable[[str, int, int], None]  # (step, done, of)
T = TypeVar("T")


class ServerSyncError(BnldeskError):
    """A sync that cannot be made as asked (not a server, a read-only laptop file, ...)."""


@dataclass
class Side:
    """One side's shareable records: entries by kind, their versions by UUID, its conflicts."""

    manifest: Manifest
    entries: dict[str, list[BundleEntry]]
    conflicts: list[ConflictEntry]
    versions: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, store: Store) -> Side:
        """What ``store`` holds for a sync: every record with its version (recorded as a sync point)."""
        # build_payload records the versions it reads in the side's history: a sync point.
        with store.transaction() as session:
            manifest, entries, conflicts = build_payload(session, Scope())
        side = cls(manifest, entries, conflicts)
        for kind_entries in entries.values():
            for entry in kind_entries:
                side.versions[entry.record.uuid] = version_hash(entry.record)
        return side

    def differing(self, other: Side) -> list[tuple[str, BundleEntry]]:
        """This side's records whose version the other side does not have, parents first."""
        return [
            (kind, entry)
            for kind in KINDS
            for entry in self.entries.get(kind, [])
            if other.versions.get(entry.record.uuid) != self.versions[entry.record.uuid]
        ]


@dataclass
class ServerSyncReport:
    """What a sync changed: on this laptop (``pulled``) and on the server (``pushed``)."""

    server: str
    pulled: ReceiveReport
    pushed: ReceiveReport
    batches: int = 0

    def summary(self) -> str:
        """One line: what changed on this laptop, then on the server."""
        here = self.pulled.summary().replace("changed:", "this laptop:", 1)
        there = self.pushed.summary().replace("changed:", "the server:", 1)
        if not self.pulled.changes:
            here = "this laptop: nothing new from the server"
        if not self.pushed.changes:
            there = "the server: nothing new from this laptop"
        return f"{here}; {there}"


def _batches(items: list[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _merge(
    store: Store,
    todo: list[tuple[str, BundleEntry]],
    conflicts: list[ConflictEntry],
    report: ReceiveReport,
    *,
    step: str,
    progress: Progress | None,
) -> int:
    """Merge ``todo`` into ``store`` batch by batch (each its own transaction), then the
    conflicts; returns the number of transactions."""
    made = 0
    done = 0
    for batch in _batches(todo, BATCH):
        with store.transaction() as session:
            store.backend.mark_sync_transaction(session)
            for kind, entry in batch:
                try:
                    merge_record(session, kind, entry, report)
                except RecordError as exc:
                    raise ServerSyncError(
                        str(exc), code="server_record_unreadable", values=(str(exc),), reason=exc
                    ) from exc
        made += 1
        done += len(batch)
        if progress is not None:
            progress(step, done, len(todo))
    if conflicts:
        with store.transaction() as session:
            store.backend.mark_sync_transaction(session)
            for conflict in conflicts:
                merge_conflict(session, conflict, report)
        made += 1
    return made


def sync_with_server(
    laptop: Store,
    server: Store,
    *,
    before_merge: Callable[[Store], object] | None = None,
    progress: Progress | None = None,
) -> ServerSyncReport:
    """Exchange the delegation's shareable records between ``laptop`` and ``server`` (see the
    module's docstring); ``before_merge(laptop)`` runs once before the laptop's file changes
    (the backup).

    Raises :class:`ServerSyncError` when ``server`` is no server or ``laptop`` is one or is
    read-only, :class:`~bnldesk.services.sync_bundle.BundleError` for another delegation's
    server or one holding other plans, and a :class:`StoreError` for a server that cannot be
    reached or drops the connection (what was merged before stays merged: sync again).
    """
    _check_the_pair(laptop, server)
    theirs = Side.read(server)
    ours = Side.read(laptop)
    with laptop.read() as session:
        check_compatible(session, theirs.manifest)
    with server.read() as session:
        check_compatible(session, ours.manifest)
    report = ServerSyncReport(
        server.where,
        ReceiveReport(author=server.where, created_at=theirs.manifest.created_at),
        ReceiveReport(author=ours.manifest.author, created_at=ours.manifest.created_at),
    )
    to_pull = theirs.differing(ours)
    if to_pull and before_merge is not None:
        before_merge(laptop)
    report.batches += _merge(
        laptop, to_pull, theirs.conflicts, report.pulled, step="pull", progress=progress
    )
    if to_pull or theirs.conflicts:
        ours = Side.read(laptop)  # what the laptop holds now, merged versions included
    to_push = ours.differing(theirs)
    report.batches += _merge(
        server, to_push, ours.conflicts, report.pushed, step="push", progress=progress
    )
    with laptop.transaction() as session:
        session.merge(
            Setting(
                key=LAST_SYNC_PREFIX + theirs.manifest.database_id, value=timestamp(utcnow()) or ""
            )
        )
    return report


def _check_the_pair(laptop: Store, server: Store) -> None:
    """Raises :class:`ServerSyncError` unless ``server`` is a server and ``laptop`` a file,
    and a :class:`StoreError` when the laptop's file is open read-only."""
    if not server.is_server:
        raise ServerSyncError(
            f"{server.where} is not a database server (postgresql://...)",
            code="sync_not_a_server",
            values=(server.where,),
        )
    if laptop.is_server:
        raise ServerSyncError(
            "sync runs on a laptop: --db names this laptop's database file",
            code="sync_from_a_server",
        )
    if laptop.read_only:
        raise StoreError(
            f"{laptop.where} is open read-only: cannot sync into it",
            code="open_read_only",
            values=(laptop.where,),
        )
