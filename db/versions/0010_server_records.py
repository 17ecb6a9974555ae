"""many users on one server: record versions, note owners, server-set times, private notes

Revision ID: 0010
Revises: 0004
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
* row-level security: a private note, its actions, tags and conflicts are seen and written only
  by the role that owns it (forced for the tables' owner too; only superusers bypass it);
* private notes are searched in ``search_private`` (their owner's rows only, found through an
  index on the owner), so that ``search_document``, which then holds nothing private, needs no
  policy: a policy there would be checked on every row before the text search, whose operator
  PostgreSQL does not let run first (it is not "leakproof"), and every search would read the
  whole table.

The SQL is frozen here on purpose: a migration must not change when application code does.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0004"
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

_NOTE_SEARCH = """
CREATE OR REPLACE FUNCTION search_annotation_sync() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM search_document WHERE kind = 'annotation' AND obj_id = OLD.id;
    DELETE FROM search_private WHERE kind = 'annotation' AND obj_id = OLD.id;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL THEN
    IF NEW.visibility = 'private' THEN
      INSERT INTO search_private (kind, obj_id, plan_year, title, body, extra, owner)
      VALUES ('annotation', NEW.id, NEW.plan_year, NEW.target_label,
              trim(NEW.body || ' ' || NEW.position_text || ' ' || NEW.consult), NEW.author,
              NEW.owner);
    ELSE
      INSERT INTO search_document (kind, obj_id, plan_year, title, body, extra)
      VALUES ('annotation', NEW.id, NEW.plan_year, NEW.target_label,
              trim(NEW.body || ' ' || NEW.position_text || ' ' || NEW.consult), NEW.author);
    END IF;
  END IF;
  RETURN NULL;
END $body$
"""

# The function as migration 0002 made it (for the downgrade).
_NOTE_SEARCH_0002 = """
CREATE OR REPLACE FUNCTION search_annotation_sync() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM search_document WHERE kind = 'annotation' AND obj_id = OLD.id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO search_document (kind, obj_id, plan_year, title, body, extra)
    SELECT 'annotation', NEW.id, NEW.plan_year, NEW.target_label,
           trim(NEW.body || ' ' || NEW.position_text || ' ' || NEW.consult), NEW.author
    WHERE NEW.deleted_at IS NULL;
  END IF;
  RETURN NULL;
END $body$
"""

_NOTE_VISIBLE = "(visibility <> 'private' OR owner = current_user)"
# Rows that belong to a note are visible when the note is (the sub-select obeys its policy).
_POLICIES = {
    "annotation": _NOTE_VISIBLE,
    "action_item": (
        "(annotation_id IS NULL OR EXISTS "
        "(SELECT 1 FROM annotation a WHERE a.id = action_item.annotation_id))"
    ),
    "annotation_tag": "EXISTS (SELECT 1 FROM annotation a WHERE a.id = annotation_tag.annotation_id)",
    "search_private": "owner = current_user",
    "sync_conflict": (
        "(kind <> 'annotation' OR EXISTS "
        "(SELECT 1 FROM annotation a WHERE a.uuid = sync_conflict.record_uuid))"
    ),
}


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
    op.execute(_STAMP)
    op.execute(_NOTE_OWNER)
    # search_document's columns and generated, weighted tsvector, and the owner.
    op.execute(
        "CREATE TABLE search_private (LIKE search_document INCLUDING GENERATED INCLUDING "
        "DEFAULTS, owner varchar(63), PRIMARY KEY (kind, obj_id))"
    )
    op.execute("CREATE INDEX ix_search_private_owner ON search_private (owner)")
    # For roles that bypass the policy (superusers): they search every private entry.
    op.execute(
        "CREATE INDEX ix_search_private_document ON search_private USING gin (document)"
    )
    op.execute(
        "INSERT INTO search_private (kind, obj_id, plan_year, title, body, extra, owner) "
        "SELECT d.kind, d.obj_id, d.plan_year, d.title, d.body, d.extra, a.owner "
        "FROM search_document d JOIN annotation a ON a.id = d.obj_id "
        "WHERE d.kind = 'annotation' AND a.visibility = 'private'"
    )
    op.execute(
        "DELETE FROM search_document d USING annotation a WHERE d.kind = 'annotation' "
        "AND a.id = d.obj_id AND a.visibility = 'private'"
    )
    op.execute(_NOTE_SEARCH)
    for table in USER_TABLES:
        op.execute(
            f"CREATE TRIGGER bnldesk_stamp BEFORE INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION bnldesk_stamp()"
        )
    op.execute(
        "CREATE TRIGGER bnldesk_note_owner BEFORE INSERT OR UPDATE ON annotation "
        "FOR EACH ROW EXECUTE FUNCTION bnldesk_note_owner()"
    )
    for table, visible in _POLICIES.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY bnldesk_private ON {table} USING ({visible}) WITH CHECK ({visible})"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in _POLICIES:
            op.execute(f"DROP POLICY IF EXISTS bnldesk_private ON {table}")
            op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        op.execute("DROP TRIGGER IF EXISTS bnldesk_note_owner ON annotation")
        for table in USER_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS bnldesk_stamp ON {table}")
        op.execute("DROP FUNCTION IF EXISTS bnldesk_note_owner()")
        op.execute("DROP FUNCTION IF EXISTS bnldesk_stamp()")
        op.execute(_NOTE_SEARCH_0002)
        op.execute(
            "INSERT INTO search_document (kind, obj_id, plan_year, title, body, extra) "
            "SELECT kind, obj_id, plan_year, title, body, extra FROM search_private"
        )
        op.execute("DROP TABLE search_private")
    with op.batch_alter_table("annotation", schema=None) as batch_op:
        batch_op.drop_column("owner")
    for table in USER_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
