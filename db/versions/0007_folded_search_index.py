"""one folding for search and identity: folded search index, identity keys rewritten

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 09:00:00

The search index is rebuilt over text folded by ``bnldesk.domain.identity.fold`` (NFKC, case
folding, accents off, ß/ĳ/œ/æ and ligatures written out), through the SQL function
``bnldesk_fold`` that every bnldesk connection registers (``bnldesk.store.search``), like
Calibre's metadata triggers use its registered functions. A writer that bypasses bnldesk (the
sqlite3 shell) gets "no such function: bnldesk_fold" instead of an index that silently misses
its text.

The index is contentless: it holds the folded fields title, code, body, about and extra of
each object, not a second copy of the text (the search reads the few rows it shows from their
own tables). Its rowid is ``kind code * 2**32 + id``: the kind is a rowid range, so a search can
restrict or order by kind without reading a row, and ``ORDER BY rowid DESC`` walks notes,
meetings, workgroups, sections, chapters, plan items and contacts in that order, newest first
within each.
Prefix indexes for one to three characters answer the first keystrokes as fast as whole words.

Identity keys built on folded titles change where the new folding differs ("Mise en œuvre":
"miseenuvre" before, "miseenoeuvre" now; titles in other scripts kept their letters). Each
object whose stored key is what the previous folding made of its fields gets the new key, and
every note, agenda point and meeting pointing at the old key follows it, so no note loses its
object. A key a delegate's data carries that cannot be traced to an object is left as it was.

On PostgreSQL the same keys are rewritten, and the search index of revision 0002 gives way to
the one bnldesk writes itself (:mod:`bnldesk.store.search_pg`): ``search_document`` with two
``tsvector`` columns made in Python from the same folded words (``heading``: title and code;
``document``: every field, weighted), GIN indexes on both, and ``search_pending``, where a
trigger on each indexed table marks the objects that changed (SECURITY DEFINER: whoever writes
a plan or a note needs no right on the search tables). The application indexes what is marked
before each commit, and after a migration (:func:`bnldesk.store.migrations.upgrade`): every
object is marked here. ``bnldesk_near`` checks FTS5's ``NEAR`` on a vector's positions.

The SQL is frozen here on purpose; the folding itself is the application's (it must be the one
queries use), which is why a change to ``fold`` needs a revision that rebuilds the index.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from bnldesk.domain import identity

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KIND_SPAN = 4294967296  # 2**32: rowid = kind code * KIND_SPAN + id

_FIRST_LINE = (
    "substr(CASE WHEN instr({r}.body, char(10)) > 0 "
    "THEN substr({r}.body, 1, instr({r}.body, char(10)) - 1) ELSE {r}.body END, 1, 200)"
)


def _wg_code(column: str) -> str:
    return f"CASE WHEN {column} LIKE 'wg:%' THEN substr({column}, 4) ELSE '' END"


# One entry per indexed table: the kind code (its rowid range); SQL expressions over the row
# ``{r}`` for the folded fields title, code, body, about and extra; the condition for being
# indexed; the columns whose update re-indexes the row. Every expression depends on the row
# alone, so a delete can recompute exactly what was indexed.
SOURCES: list[dict[str, str | int]] = [
    {
        "table": "workgroup",
        "code": 5,
        "title": "{r}.name",
        "code_col": "{r}.code",
        "body": "{r}.description",
        "about": "''",
        "extra": "''",
        "cond": "1",
        "columns": "name, code, description",
    },
    {
        "table": "section",
        "code": 4,
        "title": "trim({r}.number || ' ' || {r}.title)",
        "code_col": "''",
        "body": "{r}.body",
        "about": "''",
        "extra": "''",
        "cond": "1",
        "columns": "number, title, body",
    },
    {
        "table": "chapter",
        "code": 3,
        "title": "trim({r}.number || ' ' || {r}.title)",
        "code_col": "''",
        "body": "{r}.body",
        "about": "''",
        "extra": "''",
        "cond": "1",
        "columns": "number, title, body",
    },
    {
        "table": "plan_item",
        "code": 2,
        "title": "{r}.title",
        "code_col": "''",
        "body": "{r}.body",
        "about": "''",
        "extra": "{r}.theme",
        "cond": "1",
        "columns": "title, body, theme",
    },
    {
        "table": "contact",
        "code": 1,
        "title": "{r}.name",
        "code_col": "''",
        "body": "coalesce({r}.role, '') || ' ' || coalesce({r}.domain, '')",
        "about": "''",
        "extra": "coalesce({r}.email, '') || ' ' || coalesce({r}.phone, '')",
        "cond": "1",
        "columns": "name, role, domain, email, phone",
    },
    {
        "table": "meeting",
        "code": 6,
        "title": "{r}.title",
        "code_col": _wg_code("{r}.workgroup_key"),
        "body": "coalesce({r}.notes, '') || ' ' || coalesce({r}.place, '')",
        "about": "''",
        "extra": "{r}.chair",
        "cond": "{r}.deleted_at IS NULL",
        "columns": "title, notes, place, chair, workgroup_key, deleted_at",
    },
    {
        "table": "annotation",
        "code": 7,
        # A note's own title is its first line, as in every notes application.
        "title": _FIRST_LINE,
        "code_col": _wg_code("{r}.target_key"),
        "body": (
            "coalesce({r}.body, '') || char(10) || coalesce({r}.position_text, '') "
            "|| char(10) || coalesce({r}.consult, '')"
        ),
        "about": "{r}.target_label",
        "extra": "{r}.author",
        "cond": "{r}.deleted_at IS NULL",
        "columns": "body, position_text, consult, target_label, target_key, author, deleted_at",
    },
]

FIELDS = "title, code, body, about, extra"


def _values(source: dict[str, str | int], r: str) -> str:
    """rowid and the folded fields of row ``r``, when it is indexed (a SELECT without FROM)."""
    folded = ", ".join(
        f"bnldesk_fold({str(source[key]).format(r=r)})"
        for key in ("title", "code_col", "body", "about", "extra")
    )
    condition = str(source["cond"]).format(r=r)
    return f"{source['code']} * {KIND_SPAN} + {r}.id, {folded} WHERE {condition}"


def _register_fold(bind: Any) -> None:
    """The migration's own connection needs the function its triggers and backfill call."""
    from bnldesk.store.fts import register_sql_functions

    register_sql_functions(bind.connection.dbapi_connection)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _upgrade_postgresql(bind)
        return
    _register_fold(bind)
    for table in (
        "chapter",
        "section",
        "plan_item",
        "workgroup",
        "contact",
        "annotation",
        "meeting",
    ):
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_fts")
    _rewrite_identity_keys(bind)
    # Contentless: the index alone (the text is read from the objects' own tables when shown).
    # Removing a row from a contentless index means giving FTS5 the values it indexed, which
    # the delete statements below recompute from the old row.
    op.execute(
        f"CREATE VIRTUAL TABLE search_fts USING fts5({FIELDS}, content = '', "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    add = f"INSERT INTO search_fts (rowid, {FIELDS}) SELECT "
    remove = f"INSERT INTO search_fts (search_fts, rowid, {FIELDS}) SELECT 'delete', "
    for source in SOURCES:
        table = source["table"]
        op.execute(
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN "
            f"{add}{_values(source, 'NEW')}; END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN "
            f"{remove}{_values(source, 'OLD')}; END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE OF {source['columns']} ON {table} "
            f"BEGIN {remove}{_values(source, 'OLD')}; {add}{_values(source, 'NEW')}; END"
        )
        backfill = _values(source, "src").replace(" WHERE ", f" FROM {table} AS src WHERE ", 1)
        op.execute(f"{add}{backfill}")
    op.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _downgrade_postgresql()
        _upgrade_0002()
        return
    for source in SOURCES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{source['table']}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_fts")
    _upgrade_0002()


def _upgrade_0002() -> None:
    """Revision 0002's index, as 0002 builds it (identity keys keep their new folding)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).with_name("0002_search_index.py")
    spec = importlib.util.spec_from_file_location("bnldesk_migration_0002", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.upgrade()


# --------------------------------------------------------------------------------------------
# identity keys
# --------------------------------------------------------------------------------------------

_OLD_NON_WORD = re.compile(r"[^0-9a-z]+")
_OLD_SPACES = re.compile(r"\s+")


def _old_fold(text: str) -> str:
    """The folding of revisions up to 0004, frozen: NFKD, marks off, case folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _OLD_SPACES.sub(" ", without_marks.casefold()).strip()


def _old_title(title: str) -> str:
    return _OLD_NON_WORD.sub("", _old_fold(title))


def _number(number: str) -> str:
    return re.sub(r"[^0-9.]", "", number).strip(".")


KeyPair = tuple[Callable[..., str], Callable[..., str]]

# table, target kind, the columns the key is made of, (key before, key now)
_KEYED: list[tuple[str, str, str, KeyPair]] = [
    (
        "chapter",
        "chapter",
        "number, title",
        (
            lambda number, title: f"ch:{_number(number or '')}:{_old_title(title or '')}",
            lambda number, title: identity.chapter_key(number or "", title or ""),
        ),
    ),
    (
        "section",
        "section",
        "number, title",
        (
            lambda number, title: f"sec:{_number(number or '')}:{_old_title(title or '')}",
            lambda number, title: identity.section_key(number or "", title or ""),
        ),
    ),
    (
        "plan_item",
        "item",
        "title",
        (
            lambda title: "item:" + _old_title(title or "")[:200],
            lambda title: identity.item_key(title or ""),
        ),
    ),
    (
        "workgroup",
        "workgroup",
        "code, name",
        (
            lambda code, name: (
                "wg:" + _OLD_SPACES.sub(" ", code.strip()).upper()
                if code and code.strip()
                else "wg~" + _old_title(name or "")
            ),
            lambda code, name: identity.workgroup_key(code, name or ""),
        ),
    ),
    (
        "contact",
        "contact",
        "name, email",
        (
            lambda name, email: (
                "contact:" + email.strip().casefold()
                if email and email.strip()
                else "contact~" + _old_title(name or "")
            ),
            lambda name, email: identity.contact_key(name or "", email),
        ),
    ),
]


def _rewrite_identity_keys(bind: Any) -> None:
    """Give objects their key under the new folding and move what points at them along."""
    for table, kind, columns, (before, now) in _KEYED:
        renamed: dict[str, set[str]] = {}
        by_row: dict[int, tuple[str, str]] = {}
        taken = {k for (k,) in bind.execute(sa.text(f"SELECT identity_key FROM {table}"))}
        for row in bind.execute(sa.text(f"SELECT id, identity_key, {columns} FROM {table}")).all():
            row_id, stored, fields = row[0], row[1], tuple(row[2:])
            if stored != before(*fields):
                continue  # a key the importer chose on purpose (carried over): left alone
            new = now(*fields)
            if new == stored:
                continue
            if table == "workgroup" and new in taken:
                continue  # the key is unique: never merge two workgroups here
            taken.add(new)
            renamed.setdefault(stored, set()).add(new)
            by_row[row_id] = (stored, new)
        if not by_row:
            continue
        bind.execute(
            sa.text(f"UPDATE {table} SET identity_key = :new WHERE id = :id"),
            [{"new": new, "id": row_id} for row_id, (_old, new) in by_row.items()],
        )
        _follow(bind, "annotation", "target_kind", "target_key", "target_id", kind, renamed, by_row)
        _follow(
            bind, "agenda_item", "target_kind", "target_key", "target_id", kind, renamed, by_row
        )
        if kind == "workgroup":
            _follow(bind, "meeting", None, "workgroup_key", "workgroup_id", kind, renamed, by_row)


def _follow(
    bind: Any,
    table: str,
    kind_column: str | None,
    key_column: str,
    id_column: str,
    kind: str,
    renamed: dict[str, set[str]],
    by_row: dict[int, tuple[str, str]],
) -> None:
    """Point the records of ``table`` that named a renamed key at its new key.

    When one old key became several new ones (titles the old folding could not tell apart),
    the record follows the object it was written on (``id_column``), else it stays.
    """
    where = f"{kind_column} = :kind AND " if kind_column else ""
    old_keys = sorted(renamed)
    rows: list[tuple[int, str, int | None]] = []
    select = sa.text(
        f"SELECT id, {key_column}, {id_column} FROM {table} WHERE {where}{key_column} IN :keys"
    ).bindparams(sa.bindparam("keys", expanding=True))
    for start in range(0, len(old_keys), 500):  # within SQLite's limit on parameters
        chunk = old_keys[start : start + 500]
        rows += [(r[0], r[1], r[2]) for r in bind.execute(select, {"kind": kind, "keys": chunk})]
    updates: list[dict[str, object]] = []
    for record_id, key, object_id in rows:
        choices = renamed[key]
        written_on = by_row.get(object_id) if object_id is not None else None
        if written_on is not None and written_on[0] == key:
            updates.append({"key": written_on[1], "id": record_id})
        elif len(choices) == 1:
            updates.append({"key": next(iter(choices)), "id": record_id})
    if updates:
        bind.execute(sa.text(f"UPDATE {table} SET {key_column} = :key WHERE id = :id"), updates)


# --------------------------------------------------------------------------------------------
# PostgreSQL
# --------------------------------------------------------------------------------------------

# The tables and functions of revision 0002's index on PostgreSQL.
_TABLES_0002 = ("chapter", "section", "plan_item", "workgroup", "contact", "annotation", "meeting")

NEAR = """
CREATE FUNCTION bnldesk_near(doc tsvector, parts text[], distance integer, fields text)
RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
WITH words AS (
  SELECT p.part, w.place, rtrim(w.word, '*') AS word, w.word LIKE '%*' AS prefix,
         cardinality(string_to_array(parts[p.part], ' ')) AS length
  FROM generate_subscripts(parts, 1) AS p(part)
  CROSS JOIN LATERAL unnest(string_to_array(parts[p.part], ' ')) WITH ORDINALITY AS w(word, place)
),
hits AS (
  SELECT w.part, w.place, w.length, u.pos
  FROM words w
  JOIN unnest(doc) AS l ON l.lexeme = w.word OR (w.prefix AND starts_with(l.lexeme, w.word))
  CROSS JOIN LATERAL unnest(l.positions, l.weights) AS u(pos, weight)
  WHERE fields = '' OR strpos(fields, u.weight) > 0
),
starts AS (
  SELECT DISTINCT h.part, h.length, h.pos FROM hits h
  WHERE h.place = 1 AND NOT EXISTS (
    SELECT 1 FROM generate_series(2, h.length) AS k(place)
    WHERE NOT EXISTS (
      SELECT 1 FROM hits g
      WHERE g.part = h.part AND g.place = k.place AND g.pos = h.pos + k.place - 1))
)
SELECT EXISTS (
  SELECT 1 FROM starts m WHERE NOT EXISTS (
    SELECT 1 FROM generate_subscripts(parts, 1) AS q(part) WHERE NOT EXISTS (
      SELECT 1 FROM starts s
      WHERE s.part = q.part AND s.pos BETWEEN m.pos - s.length - distance AND m.pos)))
$body$
"""
# FTS5's NEAR: every part begins at most ``distance`` words after the end of each other part
# (SQLite's fts5ExprNearIsMatch), the parts being phrases ("w1 w2", "*" after a prefix) found
# where each word follows the one before; ``fields`` (weights, "AB") limits the words to some
# fields, '' to none.


def _condition(source: dict[str, str | int], row: str) -> str:
    """The source's condition for being indexed, on PostgreSQL (a boolean, not 1)."""
    return "TRUE" if source["cond"] == "1" else str(source["cond"]).format(r=row)


def _definer(schema: str) -> str:
    """A function that runs with its owner's rights, on bnldesk's schema only."""
    return f'SECURITY DEFINER SET search_path = "{schema}", pg_temp'


def _mark_function(source: dict[str, str | int], schema: str) -> str:
    table, code = source["table"], source["code"]
    condition = _condition(source, "NEW")
    rowid = f"{code} * {KIND_SPAN}::bigint"
    return f"""
CREATE FUNCTION search_{table}_mark() RETURNS trigger LANGUAGE plpgsql {_definer(schema)} AS $body$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO search_pending (rowid, gone) VALUES ({rowid} + OLD.id, TRUE)
    ON CONFLICT (rowid) DO UPDATE SET gone = TRUE;
  ELSE
    INSERT INTO search_pending (rowid, gone) VALUES ({rowid} + NEW.id, NOT ({condition}))
    ON CONFLICT (rowid) DO UPDATE SET gone = EXCLUDED.gone;
  END IF;
  RETURN NULL;
END $body$
"""


def _store_functions(schema: str) -> list[str]:
    return [
        f"""
CREATE FUNCTION bnldesk_search_pending() RETURNS TABLE (rowid bigint, gone boolean)
LANGUAGE sql {_definer(schema)} AS $body$
  SELECT p.rowid, p.gone FROM search_pending p ORDER BY p.rowid FOR UPDATE SKIP LOCKED
$body$
""",
        f"""
CREATE FUNCTION bnldesk_search_store(p_rowids bigint[], p_headings text[], p_documents text[])
RETURNS integer LANGUAGE plpgsql {_definer(schema)} AS $body$
DECLARE
  accepted bigint[];
BEGIN
  accepted := ARRAY(
    SELECT p.rowid FROM search_pending p
    JOIN unnest(p_rowids, p_documents) AS u(rowid, document) ON u.rowid = p.rowid
    WHERE p.gone OR u.document IS NOT NULL
    FOR UPDATE OF p);
  DELETE FROM search_document d WHERE d.rowid = ANY(accepted);
  INSERT INTO search_document (rowid, heading, document)
    SELECT u.rowid, CAST(u.heading AS tsvector), CAST(u.document AS tsvector)
    FROM unnest(p_rowids, p_headings, p_documents) AS u(rowid, heading, document)
    JOIN search_pending p ON p.rowid = u.rowid
    WHERE u.rowid = ANY(accepted) AND NOT p.gone;
  DELETE FROM search_pending p WHERE p.rowid = ANY(accepted);
  RETURN cardinality(accepted);
END $body$
""",
    ]


def _upgrade_postgresql(bind: Any) -> None:
    for table in _TABLES_0002:
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_sync ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS search_{table}_sync()")
    op.execute("DROP TABLE IF EXISTS search_document")
    _rewrite_identity_keys(bind)
    schema = str(bind.execute(sa.text("SELECT current_schema()")).scalar_one())
    op.execute(
        "CREATE TABLE search_document (rowid bigint PRIMARY KEY, heading tsvector NOT NULL, "
        "document tsvector NOT NULL)"
    )
    op.execute("CREATE INDEX ix_search_document_heading ON search_document USING gin (heading)")
    op.execute("CREATE INDEX ix_search_document_document ON search_document USING gin (document)")
    op.execute("CREATE TABLE search_pending (rowid bigint PRIMARY KEY, gone boolean NOT NULL)")
    op.execute(NEAR)
    for statement in _store_functions(schema):
        op.execute(statement)
    for source in SOURCES:
        table, code = source["table"], source["code"]
        op.execute(_mark_function(source, schema))
        op.execute(
            f"CREATE TRIGGER search_{table}_mark AFTER INSERT OR DELETE OR UPDATE OF "
            f"{source['columns']} ON {table} FOR EACH ROW EXECUTE FUNCTION search_{table}_mark()"
        )
        condition = _condition(source, "src")
        op.execute(
            f"INSERT INTO search_pending (rowid, gone) SELECT {code} * {KIND_SPAN}::bigint + src.id, "
            f"FALSE FROM {table} AS src WHERE {condition}"
        )


def _downgrade_postgresql() -> None:
    for source in SOURCES:
        op.execute(f"DROP TRIGGER IF EXISTS search_{source['table']}_mark ON {source['table']}")
        op.execute(f"DROP FUNCTION IF EXISTS search_{source['table']}_mark()")
    op.execute("DROP FUNCTION IF EXISTS bnldesk_search_store(bigint[], text[], text[])")
    op.execute("DROP FUNCTION IF EXISTS bnldesk_search_pending()")
    op.execute("DROP FUNCTION IF EXISTS bnldesk_near(tsvector, text[], integer, text)")
    op.execute("DROP TABLE IF EXISTS search_pending")
    op.execute("DROP TABLE IF EXISTS search_document")
    op.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS bnldesk_text")
