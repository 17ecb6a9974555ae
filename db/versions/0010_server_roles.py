"""a server's privacy follows the role in use: SET ROLE and pooled connections; conflicts about
a private note's action items; sheet rows another delegate's private note came from

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 09:00:00

On PostgreSQL only (a file has one user):

* The functions of 0009 that decide what a delegate may see run with the tables' owner's
  rights, where ``current_user`` is that owner, so they compared with ``session_user``: the
  role that logged in. A delegate who connects through a pool's login role and is switched to
  her own with ``SET ROLE`` (or ``options=-c role=anna`` in the URL) was judged as the pool:
  her own private notes' actions, tags and search entries were hidden from her, and a login
  that may act for several delegates saw its own private entries while acting as another.
  They now compare with the role in use, ``bnldesk_caller()``: the role set by ``SET ROLE``
  (the ``role`` setting, which a function's own rights do not change), else the login role.
  The tables' policies already compare with ``current_user``, which is that role.
* ``sync_conflict``'s policy hid conflicts about another delegate's private notes but not
  those about their action items (the other version's title, owner and due date were listed
  and synced to laptops). A conflict is now hidden when its record is another delegate's
  private note or an action item on one: ``bnldesk_record_hidden(kind, uuid)``.
* ``bnldesk_sheet_rows_hidden(sheet_key)`` names the rows of an imported notes sheet that
  made another delegate's private note: they are hidden from the importing delegate, who
  otherwise planned such a row as new and failed on its key.

The SQL is frozen here on purpose: a migration must not change when application code does.
0009's function texts are read from that revision's file (also frozen) and only the role they
compare with is replaced.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The role in use, also inside a SECURITY DEFINER function (where current_user is the owner):
# SET ROLE changes the 'role' setting, which such a function leaves as it is.
_CALLER = """
CREATE OR REPLACE FUNCTION bnldesk_caller() RETURNS text LANGUAGE sql STABLE AS $body$
  SELECT CASE WHEN current_setting('role') = 'none' THEN CAST(session_user AS text)
              ELSE current_setting('role') END
$body$
"""

# 0009's functions that compare with session_user, by their names in that file.
_FUNCTIONS_0009 = (
    "_PENDING",
    "_STORE",
    "_PRIVATE_ENTRIES",
    "_NOTE_VISIBLE_FN",
    "_NOTE_UUID_HIDDEN_FN",
    "_TAG_VISIBLE_FN",
)

_RECORD_HIDDEN_FN = """
CREATE FUNCTION bnldesk_record_hidden(p_kind text, p_uuid text) RETURNS boolean
LANGUAGE sql STABLE {definer} AS $body$
  SELECT CASE p_kind
    WHEN 'annotation' THEN EXISTS (
      SELECT 1 FROM annotation a WHERE a.uuid = p_uuid
      AND a.visibility = 'private' AND a.owner IS DISTINCT FROM bnldesk_caller())
    WHEN 'action_item' THEN EXISTS (
      SELECT 1 FROM action_item i JOIN annotation a ON a.id = i.annotation_id
      WHERE i.uuid = p_uuid
      AND a.visibility = 'private' AND a.owner IS DISTINCT FROM bnldesk_caller())
    ELSE FALSE END
$body$
"""

_SHEET_ROWS_HIDDEN_FN = """
CREATE FUNCTION bnldesk_sheet_rows_hidden(p_sheet_key text) RETURNS SETOF text
LANGUAGE sql STABLE {definer} AS $body$
  SELECT r.row_key FROM sheet_row r JOIN annotation a ON a.uuid = r.note_uuid
  WHERE r.sheet_key = p_sheet_key
  AND a.visibility = 'private' AND a.owner IS DISTINCT FROM bnldesk_caller()
$body$
"""

_CONFLICT_POLICY = "NOT bnldesk_record_hidden(kind, record_uuid)"
_CONFLICT_POLICY_0009 = (
    "(kind <> 'annotation' OR EXISTS "
    "(SELECT 1 FROM annotation a WHERE a.uuid = sync_conflict.record_uuid))"
)


def _revision_0009() -> ModuleType:
    path = Path(__file__).with_name("0009_server_records.py")
    spec = importlib.util.spec_from_file_location("bnldesk_migration_0009", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _functions_0009(caller: str) -> list[str]:
    """0009's visibility functions, comparing with ``caller`` (replaced if they exist)."""
    module = _revision_0009()
    texts = [str(getattr(module, name)) for name in _FUNCTIONS_0009]
    return [
        t.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION").replace("session_user", caller)
        for t in texts
    ]


def _definer() -> str:
    schema = str(op.get_bind().execute(sa.text("SELECT current_schema()")).scalar_one())
    return f'SECURITY DEFINER SET search_path = "{schema}", pg_temp'


def _set_conflict_policy(visible: str) -> None:
    op.execute("DROP POLICY IF EXISTS bnldesk_private ON sync_conflict")
    op.execute(
        f"CREATE POLICY bnldesk_private ON sync_conflict USING ({visible}) WITH CHECK ({visible})"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    definer = _definer()
    rowid = _revision_0009()._NOTE_ROWID
    op.execute(_CALLER)
    for template in _functions_0009("bnldesk_caller()"):
        op.execute(template.format(definer=definer, rowid=rowid))
    op.execute(_RECORD_HIDDEN_FN.format(definer=definer))
    op.execute(_SHEET_ROWS_HIDDEN_FN.format(definer=definer))
    _set_conflict_policy(_CONFLICT_POLICY)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    definer = _definer()
    rowid = _revision_0009()._NOTE_ROWID
    _set_conflict_policy(_CONFLICT_POLICY_0009)
    op.execute("DROP FUNCTION IF EXISTS bnldesk_sheet_rows_hidden(text)")
    op.execute("DROP FUNCTION IF EXISTS bnldesk_record_hidden(text, text)")
    for template in _functions_0009("session_user"):
        op.execute(template.format(definer=definer, rowid=rowid))
    op.execute("DROP FUNCTION IF EXISTS bnldesk_caller()")
