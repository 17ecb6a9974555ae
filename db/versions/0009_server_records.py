"""many users on one server: record versions, note owners, server-set times, private notes

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 09:00:00

On both databases every user record (note, meeting, agenda point, action) gets a ``version``
that each saved change raises (SQLAlchemy's ``version_id_col``): a change made by someone who
read an older version is detected and kept as a conflict, never written over the newer one.
Notes get an ``owner``: the server role that first wrote the row (empty in files).

On PostgreSQL only:

* a trigger sets ``created_at``/``updated_at`` (and ``deleted_at`` when a record is deleted)
  from the server's clock, a note's ``owner`` from the connected role and its ``author`` to that
  role on a new note; a transaction that writes merged records from a laptop (``bnldesk sync``)
  says so with the setting ``bnldesk.sync`` and keeps the laptop's times and author, which
  the records' version hashes are taken of;
* row-level security: a private note, its actions, tag links and conflicts are seen and written
  only by the role that owns it; a tag only when it names something the role may see (a tag
  first given to a private note does not tell other delegates it exists); the rows of
  imported notes sheets (hashes of the cells) only when their note is not another's private
  one; the signing key in ``setting`` by no delegate. The tables' owner (the administrator who runs ``server init``)
  is not held by these policies, as a superuser never is: it could switch them off anyway,
  and the functions below run with its rights so that they can file what no one delegate
  sees. Delegates connect with their own roles;
* private notes are searched in ``search_private``, read only through
  ``bnldesk_private_entries(query)``, which hands each role its own entries through the GIN
  index, so that ``search_document`` holds nothing private and needs no policy (a policy there
  would be checked on every row before the text search, whose operator PostgreSQL does not let
  run first, and every search would read the whole table). The trigger that marks a changed
  note for indexing records its owner when it is private, and ``bnldesk_search_store`` files
  the note's words under that owner; only a role that may read the note (its owner, or one that
  reads every note) indexes it;
* tags are created through ``bnldesk_tag(name)``, which finds or makes the row whoever may or
  may not see it; delegates write no search table and no tag directly.

The SQL is frozen here on purpose: a migration must not change when application code does.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

USER_TABLES = ("annotation", "meeting", "agenda_item", "action_item")

_MERGING = "coalesce(current_setting('bnldesk.sync', true), '') = 'on'"

_STAMP = f"""
CREATE FUNCTION bnldesk_stamp() RETURNS trigger LANGUAGE plpgsql AS $body$
DECLARE
  merging boolean := {_MERGING};
  now_utc timestamp := clock_timestamp() AT TIME ZONE 'UTC';
BEGIN
  IF merging THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    NEW.created_at := now_utc;
    NEW.updated_at := now_utc;
    IF NEW.deleted_at IS NOT NULL THEN
      NEW.deleted_at := now_utc;
    END IF;
  ELSE
    NEW.created_at := OLD.created_at;
    NEW.updated_at := now_utc;
    IF NEW.deleted_at IS NOT NULL AND OLD.deleted_at IS NULL THEN
      NEW.deleted_at := now_utc;
    END IF;
  END IF;
  RETURN NEW;
END $body$
"""

_NOTE_OWNER = f"""
CREATE FUNCTION bnldesk_note_owner() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.owner := current_user;
    IF NOT {_MERGING} THEN
      NEW.author := current_user;
    END IF;
  ELSE
    NEW.owner := OLD.owner;
    IF NOT {_MERGING} THEN
      NEW.author := OLD.author;
    END IF;
  END IF;
  RETURN NEW;
END $body$
"""

# search_pending's owner column: whose private entries a marked note goes to ('' for a private
# note without an owner: nobody's). The annotation's marking trigger of 0007, with it.
_NOTE_MARK = """
CREATE OR REPLACE FUNCTION search_annotation_mark() RETURNS trigger LANGUAGE plpgsql
{definer} AS $body$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO search_pending (rowid, gone, owner)
    VALUES ({rowid} + OLD.id, TRUE,
            CASE WHEN OLD.visibility = 'private' THEN coalesce(OLD.owner, '') END)
    ON CONFLICT (rowid) DO UPDATE SET gone = TRUE, owner = EXCLUDED.owner;
  ELSE
    INSERT INTO search_pending (rowid, gone, owner)
    VALUES ({rowid} + NEW.id, NEW.deleted_at IS NOT NULL,
            CASE WHEN NEW.visibility = 'private' THEN coalesce(NEW.owner, '') END)
    ON CONFLICT (rowid) DO UPDATE SET gone = EXCLUDED.gone, owner = EXCLUDED.owner;
  END IF;
  RETURN NULL;
END $body$
"""
_NOTE_COLUMNS = (
    "body, position_text, consult, target_label, target_key, author, deleted_at, visibility, owner"
)

# Who may index a marked object: anyone for what is not private; for a private note its owner,
# or a role that reads every note (a superuser, one that bypasses row-level security, the
# tables' owner: the administrator after an upgrade or a bulk copy).
_MAY_INDEX = """(p.owner IS NULL OR p.owner = session_user OR EXISTS (
    SELECT 1 FROM pg_roles r WHERE r.rolname = session_user AND (r.rolsuper OR r.rolbypassrls))
  OR session_user = (SELECT pg_get_userbyid(c.relowner) FROM pg_class c
                     WHERE c.oid = CAST('annotation' AS regclass)))"""

_PENDING = f"""
CREATE OR REPLACE FUNCTION bnldesk_search_pending() RETURNS TABLE (rowid bigint, gone boolean)
LANGUAGE sql {{definer}} AS $body$
  SELECT p.rowid, p.gone FROM search_pending p WHERE {_MAY_INDEX}
  ORDER BY p.rowid FOR UPDATE SKIP LOCKED
$body$
"""

_STORE = f"""
CREATE OR REPLACE FUNCTION bnldesk_search_store(
  p_rowids bigint[], p_headings text[], p_documents text[]
) RETURNS integer LANGUAGE plpgsql {{definer}} AS $body$
DECLARE
  accepted bigint[];
BEGIN
  accepted := ARRAY(
    SELECT p.rowid FROM search_pending p
    JOIN unnest(p_rowids, p_documents) AS u(rowid, document) ON u.rowid = p.rowid
    WHERE {_MAY_INDEX} AND (p.gone OR u.document IS NOT NULL)
    FOR UPDATE OF p);
  DELETE FROM search_document d WHERE d.rowid = ANY(accepted);
  DELETE FROM search_private e WHERE e.rowid = ANY(accepted);
  INSERT INTO search_document (rowid, heading, document)
    SELECT u.rowid, CAST(u.heading AS tsvector), CAST(u.document AS tsvector)
    FROM unnest(p_rowids, p_headings, p_documents) AS u(rowid, heading, document)
    JOIN search_pending p ON p.rowid = u.rowid
    WHERE u.rowid = ANY(accepted) AND NOT p.gone AND p.owner IS NULL;
  INSERT INTO search_private (rowid, owner, document)
    SELECT u.rowid, p.owner, CAST(u.document AS tsvector)
    FROM unnest(p_rowids, p_documents) AS u(rowid, document)
    JOIN search_pending p ON p.rowid = u.rowid
    WHERE u.rowid = ANY(accepted) AND NOT p.gone AND p.owner IS NOT NULL;
  DELETE FROM search_pending p WHERE p.rowid = ANY(accepted);
  RETURN cardinality(accepted);
END $body$
"""

_PRIVATE_ENTRIES = """
CREATE FUNCTION bnldesk_private_entries(query tsquery)
RETURNS TABLE (rowid bigint, document tsvector) LANGUAGE plpgsql STABLE {definer} AS $body$
BEGIN
  IF query IS NULL THEN
    RETURN QUERY SELECT e.rowid, e.document FROM search_private e
      WHERE e.owner = session_user;
  ELSE
    RETURN QUERY SELECT e.rowid, e.document FROM search_private e
      WHERE e.owner = session_user AND e.document @@ query;
  END IF;
END $body$
"""

_TAG = """
CREATE FUNCTION bnldesk_tag(p_name text) RETURNS integer LANGUAGE plpgsql {definer} AS $body$
DECLARE
  found integer;
BEGIN
  INSERT INTO tag (name) VALUES (p_name) ON CONFLICT (name) DO NOTHING RETURNING id INTO found;
  IF found IS NULL THEN
    SELECT t.id INTO found FROM tag t WHERE t.name = p_name;
  END IF;
  RETURN found;
END $body$
"""

# Whether the connected role may see a note, or a tag, checked with the owner's rights by an
# index lookup per row. A policy written as a sub-select over annotation (itself under its
# policy) made PostgreSQL hash every visible note on each read of tags or tag links: 90 ms on
# 100,000 notes for the tags of one page of the notes list, 120 ms for the notes with one tag.
# The functions compare with session_user (inside them current_user is the tables' owner):
# the role a delegate logs in as, which bnldesk never changes.
_NOTE_VISIBLE_FN = """
CREATE FUNCTION bnldesk_note_visible(p_note integer) RETURNS boolean LANGUAGE sql STABLE
{definer} AS $body$
  SELECT EXISTS (SELECT 1 FROM annotation a WHERE a.id = p_note
                 AND (a.visibility <> 'private' OR a.owner = session_user))
$body$
"""

# Whether a note uuid names another role's private note (then the rows about it are hidden).
_NOTE_UUID_HIDDEN_FN = """
CREATE FUNCTION bnldesk_note_uuid_hidden(p_uuid text) RETURNS boolean LANGUAGE sql STABLE
{definer} AS $body$
  SELECT EXISTS (SELECT 1 FROM annotation a WHERE a.uuid = p_uuid
                 AND a.visibility = 'private' AND a.owner IS DISTINCT FROM session_user)
$body$
"""

# A tag with a note the role may see, or with none at all.
_TAG_VISIBLE_FN = """
CREATE FUNCTION bnldesk_tag_visible(p_tag integer) RETURNS boolean LANGUAGE sql STABLE
{definer} AS $body$
  SELECT EXISTS (SELECT 1 FROM annotation_tag l JOIN annotation a ON a.id = l.annotation_id
                 WHERE l.tag_id = p_tag
                 AND (a.visibility <> 'private' OR a.owner = session_user))
      OR NOT EXISTS (SELECT 1 FROM annotation_tag l WHERE l.tag_id = p_tag)
$body$
"""

# The 0007 functions the downgrade puts back.
_NOTE_MARK_0007 = """
CREATE OR REPLACE FUNCTION search_annotation_mark() RETURNS trigger LANGUAGE plpgsql
{definer} AS $body$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO search_pending (rowid, gone) VALUES ({rowid} + OLD.id, TRUE)
    ON CONFLICT (rowid) DO UPDATE SET gone = TRUE;
  ELSE
    INSERT INTO search_pending (rowid, gone) VALUES ({rowid} + NEW.id, NOT (NEW.deleted_at IS NULL))
    ON CONFLICT (rowid) DO UPDATE SET gone = EXCLUDED.gone;
  END IF;
  RETURN NULL;
END $body$
"""
_NOTE_COLUMNS_0007 = "body, position_text, consult, target_label, target_key, author, deleted_at"
_NOTE_ROWID = "7 * 4294967296::bigint"  # the notes' rowid range (migration 0007)

_NOTE_VISIBLE = "(visibility <> 'private' OR owner = current_user)"
_SIGNING_KEY = "'sync_signing_key'"  # bnldesk.services.sync_trust.SIGNING_KEY
# Rows that belong to a note are visible when the note is (bnldesk_note_visible; a conflict
# through a sub-select, which obeys the note's policy: the table is small).
_POLICIES = {
    "annotation": _NOTE_VISIBLE,
    "action_item": "(annotation_id IS NULL OR bnldesk_note_visible(annotation_id))",
    "annotation_tag": "bnldesk_note_visible(annotation_id)",
    "sync_conflict": (
        "(kind <> 'annotation' OR EXISTS "
        "(SELECT 1 FROM annotation a WHERE a.uuid = sync_conflict.record_uuid))"
    ),
    "tag": "bnldesk_tag_visible(id)",
    "setting": f"key <> {_SIGNING_KEY}",
    # The rows of imported notes sheets hold unsalted hashes of each row's cells: another's
    # private note's would let a delegate confirm a guess of its text.
    "sheet_row": "NOT bnldesk_note_uuid_hidden(note_uuid)",
}
# What a role may write where that differs from what it may read: a sheet row is written in
# the same flush as the note it made, in no fixed order, so its note may not exist yet.
_WRITABLE = {"sheet_row": "TRUE"}


def upgrade() -> None:
    for table in USER_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
    with op.batch_alter_table("annotation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner", sa.String(length=63), nullable=True))
    if op.get_bind().dialect.name != "postgresql":
        return
    bind = op.get_bind()
    schema = str(bind.execute(sa.text("SELECT current_schema()")).scalar_one())
    definer = f'SECURITY DEFINER SET search_path = "{schema}", pg_temp'
    op.execute(_STAMP)
    op.execute(_NOTE_OWNER)
    for table in USER_TABLES:
        op.execute(
            f"CREATE TRIGGER bnldesk_stamp BEFORE INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION bnldesk_stamp()"
        )
    op.execute(
        "CREATE TRIGGER bnldesk_note_owner BEFORE INSERT OR UPDATE ON annotation "
        "FOR EACH ROW EXECUTE FUNCTION bnldesk_note_owner()"
    )
    # Private notes' entries apart, filed by owner.
    op.execute(
        "CREATE TABLE search_private (rowid bigint PRIMARY KEY, owner varchar(63) NOT NULL, "
        "document tsvector NOT NULL)"
    )
    op.execute("CREATE INDEX ix_search_private_owner ON search_private (owner)")
    op.execute("CREATE INDEX ix_search_private_document ON search_private USING gin (document)")
    op.execute("ALTER TABLE search_pending ADD COLUMN owner varchar(63)")
    # The policy's columns beside the live notes: a delegate counts the notes list from the
    # index alone, as the owner does (50 ms -> 10 ms on 100,000 notes).
    op.execute(
        "CREATE INDEX ix_annotation_live_visible ON annotation (visibility, owner) "
        "WHERE deleted_at IS NULL"
    )
    functions = [_NOTE_MARK, _PENDING, _STORE, _PRIVATE_ENTRIES, _TAG, _NOTE_VISIBLE_FN]
    functions += [_NOTE_UUID_HIDDEN_FN, _TAG_VISIBLE_FN]
    for template in functions:
        op.execute(template.format(definer=definer, rowid=_NOTE_ROWID))
    op.execute("DROP TRIGGER search_annotation_mark ON annotation")
    op.execute(
        f"CREATE TRIGGER search_annotation_mark AFTER INSERT OR DELETE OR UPDATE OF "
        f"{_NOTE_COLUMNS} ON annotation FOR EACH ROW EXECUTE FUNCTION search_annotation_mark()"
    )
    # Private notes indexed before leave search_document: marked again, filed by owner.
    op.execute(
        f"INSERT INTO search_pending (rowid, gone, owner) SELECT {_NOTE_ROWID} + a.id, "
        "a.deleted_at IS NOT NULL, coalesce(a.owner, '') FROM annotation a "
        "WHERE a.visibility = 'private' "
        "ON CONFLICT (rowid) DO UPDATE SET gone = EXCLUDED.gone, owner = EXCLUDED.owner"
    )
    op.execute(
        f"DELETE FROM search_document d USING annotation a WHERE d.rowid = {_NOTE_ROWID} + a.id "
        "AND a.visibility = 'private'"
    )
    for table, visible in _POLICIES.items():
        writable = _WRITABLE.get(table, visible)
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY bnldesk_private ON {table} USING ({visible}) WITH CHECK ({writable})"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = str(bind.execute(sa.text("SELECT current_schema()")).scalar_one())
        definer = f'SECURITY DEFINER SET search_path = "{schema}", pg_temp'
        for table in _POLICIES:
            op.execute(f"DROP POLICY IF EXISTS bnldesk_private ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        op.execute("DROP TRIGGER IF EXISTS bnldesk_note_owner ON annotation")
        for table in USER_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS bnldesk_stamp ON {table}")
        op.execute("DROP FUNCTION IF EXISTS bnldesk_note_owner()")
        op.execute("DROP FUNCTION IF EXISTS bnldesk_stamp()")
        op.execute("DROP FUNCTION IF EXISTS bnldesk_tag(text)")
        op.execute("DROP FUNCTION IF EXISTS bnldesk_tag_visible(integer)")
        op.execute("DROP FUNCTION IF EXISTS bnldesk_note_visible(integer)")
        op.execute("DROP FUNCTION IF EXISTS bnldesk_note_uuid_hidden(text)")
        op.execute("DROP INDEX IF EXISTS ix_annotation_live_visible")
        op.execute("DROP FUNCTION IF EXISTS bnldesk_private_entries(tsquery)")
        # Private notes go back to search_document, as 0007 keeps them.
        op.execute(
            "INSERT INTO search_pending (rowid, gone) SELECT rowid, FALSE FROM search_private "
            "ON CONFLICT (rowid) DO NOTHING"
        )
        op.execute("DROP TABLE search_private")
        op.execute("ALTER TABLE search_pending DROP COLUMN owner")
        op.execute("DROP TRIGGER search_annotation_mark ON annotation")
        op.execute(_NOTE_MARK_0007.format(definer=definer, rowid=_NOTE_ROWID))
        op.execute(
            f"CREATE TRIGGER search_annotation_mark AFTER INSERT OR DELETE OR UPDATE OF "
            f"{_NOTE_COLUMNS_0007} ON annotation FOR EACH ROW "
            "EXECUTE FUNCTION search_annotation_mark()"
        )
        op.execute("DROP FUNCTION bnldesk_search_store(bigint[], text[], text[])")
        op.execute("DROP FUNCTION bnldesk_search_pending()")
        _functions_0007(schema)
    with op.batch_alter_table("annotation", schema=None) as batch_op:
        batch_op.drop_column("owner")
    for table in USER_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")


def _functions_0007(schema: str) -> None:
    """Revision 0007's pending and store functions, as 0007 makes them."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).with_name("0007_folded_search_index.py")
    spec = importlib.util.spec_from_file_location("bnldesk_migration_0007", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for statement in module._store_functions(schema):
        op.execute(statement)
