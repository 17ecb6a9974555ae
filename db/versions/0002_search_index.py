"""full-text search index (FTS5) kept in sync by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 08:30:00

One FTS5 table covers every searchable object. Its rowid encodes the source row
(``id * 8 + kind code``) so a trigger can find and replace exactly one index row. The tokenizer
folds accents (``remove_diacritics 2``): "efficiëntie", "efficientie" and "EFFICIENTIE" match.
The SQL is frozen here on purpose: a migration must not change when application code does.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_YEAR_OF_CHAPTER = (
    "(SELECT p.year FROM chapter c JOIN plan p ON p.id = c.plan_id WHERE c.id = {r}.chapter_id)"
)
_YEAR_OF_SECTION = (
    "(SELECT p.year FROM section s JOIN chapter c ON c.id = s.chapter_id "
    "JOIN plan p ON p.id = c.plan_id WHERE s.id = {r}.section_id)"
)

# table, kind, code, plan_year, title, body, extra, condition
SOURCES: list[tuple[str, str, int, str, str, str, str, str]] = [
    (
        "chapter",
        "chapter",
        1,
        "(SELECT year FROM plan WHERE id = {r}.plan_id)",
        "trim({r}.number || ' ' || {r}.title)",
        "{r}.body",
        "''",
        "1",
    ),
    (
        "section",
        "section",
        2,
        _YEAR_OF_CHAPTER,
        "trim({r}.number || ' ' || {r}.title)",
        "{r}.body",
        "''",
        "1",
    ),
    ("plan_item", "item", 3, _YEAR_OF_SECTION, "{r}.title", "{r}.body", "{r}.theme", "1"),
    (
        "workgroup",
        "workgroup",
        4,
        "NULL",
        "{r}.name",
        "{r}.description",
        "coalesce({r}.code, '')",
        "1",
    ),
    (
        "contact",
        "contact",
        5,
        "NULL",
        "{r}.name",
        "trim({r}.role || ' ' || {r}.domain)",
        "trim(coalesce({r}.email, '') || ' ' || coalesce({r}.phone, ''))",
        "1",
    ),
    (
        "annotation",
        "annotation",
        6,
        "{r}.plan_year",
        "{r}.target_label",
        "trim({r}.body || ' ' || {r}.position_text || ' ' || {r}.consult)",
        "{r}.author",
        "{r}.deleted_at IS NULL",
    ),
    (
        "meeting",
        "meeting",
        7,
        "{r}.plan_year",
        "{r}.title",
        "trim({r}.notes || ' ' || {r}.place)",
        "{r}.chair",
        "{r}.deleted_at IS NULL",
    ),
]


def _select(
    table: str,
    kind: str,
    code: int,
    year: str,
    title: str,
    body: str,
    extra: str,
    cond: str,
    r: str,
    source: str = "",
) -> str:
    f = {"r": r}
    return (
        f"SELECT {r}.id * 8 + {code}, '{kind}', {r}.id, {year.format(**f)}, "
        f"{title.format(**f)}, {body.format(**f)}, {extra.format(**f)} "
        f"{source} WHERE {cond.format(**f)}"
    )


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "kind UNINDEXED, obj_id UNINDEXED, plan_year UNINDEXED, title, body, extra, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    cols = "rowid, kind, obj_id, plan_year, title, body, extra"
    for table, kind, code, year, title, body, extra, cond in SOURCES:
        new = _select(table, kind, code, year, title, body, extra, cond, "NEW")
        op.execute(
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO search_fts ({cols}) {new}; END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM search_fts WHERE rowid = OLD.id * 8 + {code}; END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE ON {table} BEGIN "
            f"DELETE FROM search_fts WHERE rowid = OLD.id * 8 + {code}; "
            f"INSERT INTO search_fts ({cols}) {new}; END"
        )
        existing = _select(
            table, kind, code, year, title, body, extra, cond, "src", f"FROM {table} AS src"
        )
        op.execute(f"INSERT INTO search_fts ({cols}) {existing}")


def downgrade() -> None:
    for table, *_ in SOURCES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_fts")
