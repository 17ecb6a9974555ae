"""a server names a note's last editor as it names its author: the role that wrote it

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01 14:00:00

On PostgreSQL only (a file has one user). 0009's trigger sets a new note's ``author`` to the
connected role and keeps it on every change, whatever the laptop sent; 0015's ``edited_by``
took the laptop's preferences name. A note Anna wrote and then changed herself read "By anna,
last changed ... by Anna Peeters", as if two people had, and anyone could sign a change with
another's name. The server now sets ``edited_by`` the way it sets ``author``: to the role in
use (``current_user``: the one ``SET ROLE`` chose) on every insert and change a delegate makes;
a transaction that writes merged records from a laptop (``bnldesk.sync``) keeps the laptop's
``edited_by`` as it keeps its author, which the records' version hashes are taken of.

Notes changed before keep the name they have until their next change: who changed them is not
known any better than that name says.

The SQL is frozen here on purpose: a migration must not change when application code does.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MERGING = "coalesce(current_setting('bnldesk.sync', true), '') = 'on'"

_NOTE_OWNER = f"""
CREATE OR REPLACE FUNCTION bnldesk_note_owner() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.owner := current_user;
    IF NOT {_MERGING} THEN
      NEW.author := current_user;
      NEW.edited_by := current_user;
    END IF;
  ELSE
    NEW.owner := OLD.owner;
    IF NOT {_MERGING} THEN
      NEW.author := OLD.author;
      NEW.edited_by := current_user;
    END IF;
  END IF;
  RETURN NEW;
END $body$
"""

# 0009's function, as it was (that file is frozen too).
_NOTE_OWNER_0009 = f"""
CREATE OR REPLACE FUNCTION bnldesk_note_owner() RETURNS trigger LANGUAGE plpgsql AS $body$
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


def upgrade() -> None:
    # The trigger (0009) stays; only the function it runs changes.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_NOTE_OWNER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_NOTE_OWNER_0009)
