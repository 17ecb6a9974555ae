"""a search index of the plan's titles and codes alone, with their folded words beside it

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 09:00:00

A search ranks the newest plan objects whose title or code matches by their title (issue 15).
Found in the whole index (``search_fts``, revision 0007) with the column filter
``{title code}``, each candidate's title then read from its table and folded, a delegate's
first search for a word cost 5-7 times an unranked MATCH. On a file two structures now answer
that pass (on a server ``search_document.heading`` already does):

* ``search_title_fts``: a contentless FTS5 index of the folded fields title and code of the
  plan's objects (workgroups, sections, chapters, plan items, contacts: the kinds below
  meetings), with the same rowids (``kind code * 2**32 + id``), tokenizer and prefix indexes
  as ``search_fts``. A title match needs no column filter and walks far fewer rows.
* ``search_title_words``: per rowid, the folded words of the title the search ranks by (a
  workgroup's names and code, a section's or chapter's title without its number, an item's
  title, a contact's name), separated by spaces: ``bnldesk_title_words``, the SQL function
  every bnldesk connection registers (:func:`bnldesk.domain.search_query.title_words`).

Triggers keep both as 0007's keep ``search_fts``; every existing object is filed here. A
writer that bypasses bnldesk (the sqlite3 shell) gets "no such function" rather than an index
that silently misses a title. The SQL is frozen here on purpose; the folding is the
application's, so a change to it needs a revision that files the titles again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KIND_SPAN = 4294967296  # 2**32, frozen from migration 0007: each kind's rowids start at code * span

# Per table: its kind code; SQL over the row ``{r}`` for the indexed fields title and code
# (0007's, as ``search_fts`` files them) and for the title ranked by (the heading of
# ``bnldesk.store.search_reading`` at this revision); the columns whose update files the row
# again.
_SOURCES: list[tuple[str, int, str, str, str, str]] = [
    (
        "workgroup",
        5,
        "{r}.name",
        "{r}.code",
        "{r}.name || ' ' || coalesce({r}.other_names, '') || ' ' || coalesce({r}.code, '')",
        "name, code, other_names",
    ),
    ("section", 4, "trim({r}.number || ' ' || {r}.title)", "''", "{r}.title", "number, title"),
    ("chapter", 3, "trim({r}.number || ' ' || {r}.title)", "''", "{r}.title", "number, title"),
    ("plan_item", 2, "{r}.title", "''", "{r}.title", "title"),
    ("contact", 1, "{r}.name", "''", "{r}.name", "name"),
]


def _register_functions(bind: Any) -> None:
    """The migration's own connection needs the functions its triggers and backfill call."""
    from bnldesk.store.fts import register_sql_functions

    register_sql_functions(bind.connection.dbapi_connection)


def _statements(code: int, title: str, code_field: str, heading: str, row: str) -> tuple[str, str]:
    """The index's and the words' rowid and values for row ``row`` (SELECT lists)."""
    rowid = f"{code} * {KIND_SPAN} + {row}.id"
    fields = f"bnldesk_fold({title.format(r=row)}), bnldesk_fold({code_field.format(r=row)})"
    return f"{rowid}, {fields}", f"{rowid}, bnldesk_title_words({heading.format(r=row)})"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        return  # search_document.heading (revision 0007) is the server's title index
    _register_functions(bind)
    op.execute(
        "CREATE VIRTUAL TABLE search_title_fts USING fts5(title, code, content = '', "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    op.execute("CREATE TABLE search_title_words (rowid INTEGER PRIMARY KEY, words TEXT NOT NULL)")
    add = "INSERT INTO search_title_fts (rowid, title, code) SELECT "
    remove = "INSERT INTO search_title_fts (search_title_fts, rowid, title, code) SELECT 'delete', "
    keep = "INSERT OR REPLACE INTO search_title_words (rowid, words) SELECT "
    for table, code, title, code_field, heading, columns in _SOURCES:
        new_fields, new_words = _statements(code, title, code_field, heading, "NEW")
        old_fields, _old_words = _statements(code, title, code_field, heading, "OLD")
        # The words are replaced on update (INSERT OR REPLACE), removed on delete.
        forget = f"DELETE FROM search_title_words WHERE rowid = {code} * {KIND_SPAN} + OLD.id"
        op.execute(
            f"CREATE TRIGGER search_title_{table}_ai AFTER INSERT ON {table} BEGIN "
            f"{add}{new_fields}; {keep}{new_words}; END"
        )
        op.execute(
            f"CREATE TRIGGER search_title_{table}_ad AFTER DELETE ON {table} BEGIN "
            f"{remove}{old_fields}; {forget}; END"
        )
        op.execute(
            f"CREATE TRIGGER search_title_{table}_au AFTER UPDATE OF {columns} ON {table} BEGIN "
            f"{remove}{old_fields}; {add}{new_fields}; {keep}{new_words}; END"
        )
        src_fields, src_words = _statements(code, title, code_field, heading, "src")
        op.execute(f"{add}{src_fields} FROM {table} AS src")
        op.execute(f"{keep}{src_words} FROM {table} AS src")
    op.execute("INSERT INTO search_title_fts(search_title_fts) VALUES ('optimize')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        return
    for table, *_rest in _SOURCES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS search_title_{table}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_title_words")
    op.execute("DROP TABLE IF EXISTS search_title_fts")
