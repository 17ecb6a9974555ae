"""Writing the search index of a PostgreSQL server: bnldesk files each changed object's words
(migrations 0007 and 0009 made the tables, see :mod:`bnldesk.store.search_pg`).

The tables' triggers (SECURITY DEFINER) only mark what changed in ``search_pending``: a
delegate's statements cannot write a search table. Before each commit on a server session
bnldesk indexes what the transaction marked (:func:`index_pending`, hooked by
:class:`bnldesk.store.backend.PostgresBackend`): it reads the objects' fields as the role sees
them, folds and splits them in Python (:func:`bnldesk.store.pg_fts.vector`, the folding and
word splitting of the query parser and of a file's index), and hands the vectors to
``bnldesk_search_store`` (SECURITY DEFINER), which files each under ``search_document`` or
under its owner's private entries, as the trigger decided from the row itself; a role can only
index what it marked or may read. A writer that bypasses bnldesk (psql) leaves its changes
marked until bnldesk next commits as a role that may read them (the application commits once
when it connects, see :func:`bnldesk.store.engine.open_server_store`); after a migration
:func:`bnldesk.store.migrations.upgrade` indexes what the migration marked.
"""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from bnldesk.store import pg_fts
from bnldesk.store.fts import KIND_CODES, KIND_SPAN

_INDEX_BATCH = 2000  # objects indexed per call of bnldesk_search_store

# Per kind code: each object's fields as migration 0007's FTS5 triggers index them on a file
# (title, code, body, about, extra), for the ids ``:ids``; objects that are not indexed
# (deleted notes and meetings) are left out.
_WG_CODE = "CASE WHEN {key} LIKE 'wg:%' THEN substr({key}, 4) ELSE '' END"
_SOURCES: dict[int, str] = {
    KIND_CODES["workgroup"]: (
        "SELECT id, name AS title, code, description AS body FROM workgroup WHERE id = ANY(:ids)"
    ),
    KIND_CODES["section"]: (
        "SELECT id, trim(number || ' ' || title) AS title, body FROM section "
        "WHERE id = ANY(:ids)"
    ),
    KIND_CODES["chapter"]: (
        "SELECT id, trim(number || ' ' || title) AS title, body FROM chapter "
        "WHERE id = ANY(:ids)"
    ),
    KIND_CODES["item"]: (
        "SELECT id, title, body, theme AS extra FROM plan_item WHERE id = ANY(:ids)"
    ),
    KIND_CODES["contact"]: (
        "SELECT id, name AS title, coalesce(role, '') || ' ' || coalesce(domain, '') AS body, "
        "coalesce(email, '') || ' ' || coalesce(phone, '') AS extra FROM contact "
        "WHERE id = ANY(:ids)"
    ),
    KIND_CODES["meeting"]: (
        f"SELECT id, title, {_WG_CODE.format(key='workgroup_key')} AS code, "
        "coalesce(notes, '') || ' ' || coalesce(place, '') AS body, chair AS extra "
        "FROM meeting WHERE id = ANY(:ids) AND deleted_at IS NULL"
    ),
    KIND_CODES["annotation"]: (
        # A note's own title is its first line, as in every notes application.
        "SELECT id, substr(split_part(body, chr(10), 1), 1, 200) AS title, "
        f"{_WG_CODE.format(key='target_key')} AS code, coalesce(body, '') || chr(10) || "
        "coalesce(position_text, '') || chr(10) || coalesce(consult, '') AS body, "
        "target_label AS about, author AS extra FROM annotation "
        "WHERE id = ANY(:ids) AND deleted_at IS NULL"
    ),
}

Executor = Session | Connection


def index_pending(bind: Executor) -> int:
    """Index the objects the current transaction (or an earlier writer) marked and this role
    may read; returns how many were filed. Part of every commit on a server (see the module's
    docstring)."""
    pending = [
        (int(rowid), bool(gone))
        for rowid, gone in bind.execute(text("SELECT rowid, gone FROM bnldesk_search_pending()"))
    ]
    filed = 0
    for start in range(0, len(pending), _INDEX_BATCH):
        filed += _store(bind, pending[start : start + _INDEX_BATCH])
    return filed


def _store(bind: Executor, pending: list[tuple[int, bool]]) -> int:
    wanted: dict[int, list[int]] = {}
    for rowid, gone in pending:
        if not gone:
            wanted.setdefault(rowid // KIND_SPAN, []).append(rowid % KIND_SPAN)
    vectors: dict[int, tuple[str, str]] = {}
    for code, ids in wanted.items():
        for row in bind.execute(text(_SOURCES[code]), {"ids": ids}).mappings():
            fields = {name: row[name] for name in pg_fts.DOCUMENT_FIELDS if name in row}
            vectors[code * KIND_SPAN + int(row["id"])] = (
                pg_fts.vector(fields, pg_fts.HEADING_FIELDS),
                pg_fts.vector(fields),
            )
    rowids = [rowid for rowid, _gone in pending]
    filed = bind.execute(
        text("SELECT bnldesk_search_store(:rowids, :headings, :documents)"),
        {
            "rowids": rowids,
            "headings": [vectors[r][0] if r in vectors else None for r in rowids],
            "documents": [vectors[r][1] if r in vectors else None for r in rowids],
        },
    ).scalar_one()
    return int(filed or 0)
