"""Which laptops a bundle may come from: pairing once, signing every bundle, checking signatures.

Each database has its own Ed25519 key pair (made on first use, kept in its ``setting`` table; the
private half never leaves the file). A delegation pairs its laptops once: each laptop shows its
*pairing code* (its public key with a checksum, in groups of four letters and digits), and the
delegate enters it on the other laptop with a name (``bnldesk pair CODE --name "Anna's laptop"``,
or File > Pair laptops...). Pairing is one way: both laptops enter the other's code.

Every bundle is signed with the sender's private key (Ed25519 through the ``cryptography``
library); a receiver checks the signature and that the key belongs to a paired laptop before a
single byte of the bundle is parsed, so a forged, altered or foreign bundle changes nothing.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select
from sqlalchemy.orm import Session

from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import Setting

SIGNING_KEY = "sync_signing_key"  # hex of the 32-byte Ed25519 private key
TRUSTED_PREFIX = "sync_trusted:"  # + hex public key -> the name the delegate gave that laptop
CODE_PREFIX = "BNL"
_CHECKSUM_BYTES = 3
MAX_LAPTOP_NAME = 100


class PairingError(BnldeskError):
    """A pairing code that is mistyped, this laptop's own, or a name that is not paired."""


@dataclass(frozen=True)
class PairedLaptop:
    """A laptop whose bundles this database accepts."""

    name: str
    public_key: str  # hex, 64 characters
    code: str


def _public_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def signing_key(session: Session) -> Ed25519PrivateKey:
    """This database's private key, made (in the caller's transaction) the first time."""
    row = session.get(Setting, SIGNING_KEY)
    if row is None or not row.value:
        key = Ed25519PrivateKey.generate()
        from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

        raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        session.merge(Setting(key=SIGNING_KEY, value=raw.hex()))
        session.flush()
        return key
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row.value))


def own_public_key(session: Session) -> str:
    """This database's public key (hex)."""
    return _public_bytes(signing_key(session).public_key()).hex()


def code_for(public_key_hex: str) -> str:
    """The pairing code of a public key: ``BNL-XXXX-XXXX-…`` (base32 with a checksum)."""
    raw = bytes.fromhex(public_key_hex)
    checked = raw + hashlib.sha256(raw).digest()[:_CHECKSUM_BYTES]
    letters = base64.b32encode(checked).decode("ascii").rstrip("=")
    groups = [letters[i : i + 4] for i in range(0, len(letters), 4)]
    return "-".join([CODE_PREFIX, *groups])


def pairing_code(session: Session) -> str:
    """The code this laptop shows so that another laptop can pair with it."""
    return code_for(own_public_key(session))


def public_key_of_code(code: str) -> str:
    """The public key (hex) a pairing code stands for; :class:`PairingError` if mistyped."""
    letters = "".join(ch for ch in code.upper() if ch.isalnum())
    if letters.startswith(CODE_PREFIX):
        letters = letters[len(CODE_PREFIX) :]
    letters = letters.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        checked = base64.b32decode(letters + "=" * (-len(letters) % 8))
    except (binascii.Error, ValueError):
        raise PairingError(
            "this is not a bnldesk pairing code (check the letters)", code="pairing_code_invalid"
        ) from None
    raw, checksum = checked[:-_CHECKSUM_BYTES], checked[-_CHECKSUM_BYTES:]
    if len(raw) != 32 or hashlib.sha256(raw).digest()[:_CHECKSUM_BYTES] != checksum:
        raise PairingError(
            "this pairing code is mistyped (its checksum does not match)",
            code="pairing_code_mistyped",
        )
    return raw.hex()


def pair(session: Session, code: str, name: str) -> PairedLaptop:
    """Accept bundles from the laptop with this pairing code from now on, under ``name``."""
    public_key = public_key_of_code(code)
    name = " ".join(name.split())[:MAX_LAPTOP_NAME]
    if not name:
        raise PairingError(
            "give the paired laptop a name (for example its owner's)", code="pairing_name_missing"
        )
    if public_key == own_public_key(session):
        raise PairingError(
            "this is this laptop's own pairing code: enter the other laptop's",
            code="pairing_code_own",
        )
    session.merge(Setting(key=TRUSTED_PREFIX + public_key, value=name))
    session.flush()
    return PairedLaptop(name, public_key, code_for(public_key))


def paired_laptops(session: Session) -> list[PairedLaptop]:
    """The laptops this database accepts bundles from, by name."""
    rows = session.scalars(select(Setting).where(Setting.key.startswith(TRUSTED_PREFIX)))
    out = []
    for row in rows:
        public_key = row.key[len(TRUSTED_PREFIX) :]
        out.append(PairedLaptop(row.value, public_key, code_for(public_key)))
    return sorted(out, key=lambda laptop: (laptop.name.lower(), laptop.public_key))


def unpair(session: Session, name_or_code: str) -> PairedLaptop:
    """Stop accepting bundles from a paired laptop, named or given by its code."""
    wanted = name_or_code.strip()
    for laptop in paired_laptops(session):
        if laptop.name.lower() == wanted.lower() or laptop.code == wanted.upper():
            row = session.get(Setting, TRUSTED_PREFIX + laptop.public_key)
            if row is not None:
                session.delete(row)
            session.flush()
            return laptop
    raise PairingError(
        f"no paired laptop is called {wanted!r}", code="pairing_unknown_laptop", values=(wanted,)
    )


def trusted_name(session: Session, public_key_hex: str) -> str | None:
    """The name of the paired laptop with this key; this laptop's own key is trusted too."""
    row = session.get(Setting, TRUSTED_PREFIX + public_key_hex)
    if row is not None:
        return row.value
    own = session.get(Setting, SIGNING_KEY)
    if own is not None and own.value:
        mine = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(own.value)).public_key()
        if _public_bytes(mine).hex() == public_key_hex:
            return "this laptop"
    return None


def sign(key: Ed25519PrivateKey, data: bytes) -> tuple[str, str]:
    """(public key hex, signature hex) of ``data``."""
    return _public_bytes(key.public_key()).hex(), key.sign(data).hex()


def signature_is_valid(public_key_hex: str, signature_hex: str, data: bytes) -> bool:
    """Whether ``signature_hex`` is the signature of ``data`` by that key."""
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        key.verify(bytes.fromhex(signature_hex), data)
    except (ValueError, InvalidSignature):
        return False
    return True
