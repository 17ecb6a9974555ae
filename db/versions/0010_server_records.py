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
* row-level security: a private note, its actions, tags, search entry and conflicts are seen
  and written only by the role that owns it (forced for the tables' owner too; only superusers
  bypass it).

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

_NOTE_VISIBLE = "(visibility <> 'private' OR owner = current_user)"
# Rows that belong to a note are visible when the note is (the sub-select obeys its policy).
_POLICIES = {
    "annotation": _NOTE_VISIBLE,
    "action_item": (
        "(annotation_id IS NULL OR EXISTS "
        "(SELECT 1 FROM annotation a WHERE a.id = action_item.annotation_id))"
    ),
    "annotation_tag": "EXISTS (SELECT 1 FROM annotation a WHERE a.id = annotation_tag.annotation_id)",
    "search_document": (
        "(kind <> 'annotation' OR EXISTS "
        "(SELECT 1 FROM annotation a WHERE a.id = search_document.obj_id))"
    ),
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
    with op.batch_alter_table("annotation", schema=None) as batch_op:
        batch_op.drop_column("owner")
    for table in USER_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
