"""full-text search index (FTS5) kept in sync by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 08:30:00

One FTS5 table covers every searchable object. Its rowid encodes the source row
(``id * 8 + kind code``) so a trigger can find and replace exactly one index row. The tokenizer
folds accents (``remove_diacritics 2``): "efficiëntie", "efficientie" and "EFFICIENTIE" match.
The SQL is frozen here on purpose: a migration must not change when application code does.

On PostgreSQL the same sources fill ``search_document`` (one row per object, kept by one trigger
function per table), whose ``document`` column is a generated ``tsvector`` weighted title (A) >
extra (B) > body (C), with a GIN index. Its text search configuration ``bnldesk_text`` is a copy
of ``simple`` (no stemming: Dutch and French words are not cut by English rules) with
``unaccent`` before it, so accents fold as on SQLite; ASCII punctuation is read as a space before
the text is parsed, so "SENN-CRISE", "3.1" and e-mail addresses split into words as FTS5's
tokenizer splits them.
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


# ASCII punctuation, read as spaces on PostgreSQL (as FTS5's unicode61 tokenizer separates).
PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
WEIGHTED = (("title", "A"), ("extra", "B"), ("body", "C"))


def _words(column: str) -> str:
    punctuation = PUNCTUATION.replace("'", "''")
    spaces = " " * len(PUNCTUATION)
    return (
        f"to_tsvector('bnldesk_text'::regconfig, "
        f"translate(coalesce({column}, ''), '{punctuation}', '{spaces}'))"
    )


def _upgrade_postgresql() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute("CREATE TEXT SEARCH CONFIGURATION bnldesk_text (COPY = pg_catalog.simple)")
    op.execute(
        "ALTER TEXT SEARCH CONFIGURATION bnldesk_text ALTER MAPPING FOR asciiword, asciihword, "
        "hword_asciipart, word, hword, hword_part WITH unaccent, simple"
    )
    document = " || ".join(f"setweight({_words(col)}, '{w}')" for col, w in WEIGHTED)
    op.execute(
        "CREATE TABLE search_document ("
        "kind varchar(20) NOT NULL, obj_id integer NOT NULL, plan_year integer, "
        "title text, body text, extra text, "
        f"document tsvector GENERATED ALWAYS AS ({document}) STORED, "
        "PRIMARY KEY (kind, obj_id))"
    )
    op.execute("CREATE INDEX ix_search_document_document ON search_document USING gin (document)")
    cols = "kind, obj_id, plan_year, title, body, extra"
    for table, kind, _code, year, title, body, extra, cond in SOURCES:
        condition = "true" if cond == "1" else cond

        def values(r: str, columns: tuple[str, ...] = (kind, year, title, body, extra)) -> str:
            name, *expressions = columns
            year_sql, title_sql, body_sql, extra_sql = (e.format(r=r) for e in expressions)
            return f"SELECT '{name}', {r}.id, {year_sql}, {title_sql}, {body_sql}, {extra_sql}"

        op.execute(
            f"CREATE FUNCTION search_{table}_sync() RETURNS trigger LANGUAGE plpgsql AS $body$ "
            "BEGIN "
            f"IF TG_OP <> 'INSERT' THEN DELETE FROM search_document "
            f"WHERE kind = '{kind}' AND obj_id = OLD.id; END IF; "
            f"IF TG_OP <> 'DELETE' THEN INSERT INTO search_document ({cols}) "
            f"{values('NEW')} WHERE {condition.format(r='NEW')}; END IF; "
            "RETURN NULL; END $body$"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_sync AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION search_{table}_sync()"
        )
        op.execute(
            f"INSERT INTO search_document ({cols}) {values('src')} FROM {table} AS src "
            f"WHERE {condition.format(r='src')}"
        )


def _downgrade_postgresql() -> None:
    for table, *_ in SOURCES:
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_sync ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS search_{table}_sync()")
    op.execute("DROP TABLE IF EXISTS search_document")
    op.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS bnldesk_text")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
        return
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
    if op.get_bind().dialect.name == "postgresql":
        _downgrade_postgresql()
        return
    for table, *_ in SOURCES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_fts")
