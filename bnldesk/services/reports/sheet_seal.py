"""Sealing the rows of a Notes sheet to the database that exported them.

A private note never leaves its laptop through a bundle, and nothing received changes it. A
Notes sheet exported *with* private notes is different: the delegate chose to put them in the
file, and editing them there and reading the sheet back on the same laptop changes nothing
anyone else could see. So a sheet row may change a private note only when it was written by
this very database: each row's check carries a **seal**, a keyed hash (BLAKE2b) of the row's
check, the note's id and the database's id under a secret that lives only in this database's
``setting`` table. A sheet from another laptop, one typed by hand, or a row copied from a
shared note's row cannot carry a valid seal, since nobody else holds the key.

The key is made the first time a sheet with private notes is exported; an export from a
read-only database writes unsealed rows (their private notes then stay read-only in the sheet).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from bnldesk.domain.models import Setting
from bnldesk.services.reports.sheet_codec import RowCheck

SEAL_KEY = "sheet_seal_key"  # hex of 32 random bytes; never written to any file but the database
_SEAL_BYTES = 12


def seal_key(session: Session) -> bytes | None:
    """This database's sealing key, or None before the first sealed export."""
    value = session.scalar(select(Setting.value).where(Setting.key == SEAL_KEY))
    try:
        return bytes.fromhex(value) if value else None
    except ValueError:
        return None


def make_seal_key(session: Session) -> bytes:
    """The sealing key, made (in the caller's transaction) the first time."""
    key = seal_key(session)
    if key is None:
        key = secrets.token_bytes(32)
        session.merge(Setting(key=SEAL_KEY, value=key.hex()))
        session.flush()
    return key


def seal(key: bytes, database_id: str, note_uuid: str, check: RowCheck) -> str:
    """The seal of ``check`` on the row of note ``note_uuid`` exported from ``database_id``
    (24 hex characters)."""
    digest = hashlib.blake2b(
        "\x1f".join(("bnldesk sheet row", database_id, note_uuid, check.body())).encode(
            "utf-8", "surrogatepass"
        ),
        key=key,
        digest_size=_SEAL_BYTES,
    )
    return digest.hexdigest()


def is_sealed_here(
    key: bytes | None, database_id: str, note_uuid: str, check: RowCheck | None
) -> bool:
    """Whether ``check`` carries this database's seal for note ``note_uuid``."""
    if key is None or check is None or not check.seal:
        return False
    return hmac.compare_digest(seal(key, database_id, note_uuid, check), check.seal)
