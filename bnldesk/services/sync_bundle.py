"""The notes bundle on disk: its format, its signature and every check made before a merge.

A bundle is one file (USB stick, e-mail attachment)::

    BNLDESK-NOTES 2\\n
    <JSON payload: manifest, records, conflicts>\\n
    SIGNED <sender's Ed25519 public key, hex> <signature of everything above, hex>\\n

The signature covers the bytes from ``BNLDESK-NOTES`` to the end of the JSON (not the newline
before ``SIGNED``). The payload is one UTF-8 JSON object (written with sorted keys; a reader
needs no order)::

    {"manifest": {...},
     "records": {"meeting": [ENTRY, ...], "agenda_item": [...], "annotation": [...],
                 "action_item": [...]},
     "conflicts": [{"uuid", "record_uuid", "kind", "loser_hash", "loser_data",
                    "winner_hash", "detected_at", "resolved_at"}, ...]}

where an ENTRY is ``{"data": <the record, see sync_records>, "history": [<SHA-256 hex>, ...]}``.
The manifest (:class:`Manifest`) holds:

``format``
    always ``"bnldesk-notes"``;
``format_version``
    the number of the first line (2); a manifest that says otherwise is refused;
``app_version``, ``created_at``, ``author``, ``database_id``
    the sending bnldesk's version, when the bundle was written (ISO 8601, UTC), the name the
    sender chose (may be empty) and the sending database's id (a UUID);
``delegation``
    the sending database's delegation (``"BE"``, or empty when it names none): a database of
    another delegation refuses the bundle;
``plans``
    the identity keys of every plan and programme the sender holds (``"plan:2022"``,
    ``"programme:2025-2028"``): a database holding plans but none of these refuses the bundle;
``scope``
    what the sender chose to share: ``{"since": <ISO 8601 time or null>, "workgroup": <the
    code or name typed, or null>}``;
``counts``
    records per kind and ``"conflicts"``: how many the bundle carries.

``scope`` and ``counts`` say what the bundle carries to a person or tool reading it; a
receiving bnldesk reads the records themselves. Missing text fields read as empty, missing
``plans`` as none.

:func:`decode_bundle` refuses, each with one line and before anything reaches the database:
an empty, foreign, truncated, oversized (:data:`MAX_BUNDLE_BYTES`) or too deeply nested
(:data:`MAX_DEPTH`) file; one from a newer bnldesk or an unsigned one from an older; a signature
that does not match (altered or damaged); a sender that is not a paired laptop (checked before
the JSON is parsed); a malformed manifest or record (every record goes through its codec's
validation, :mod:`bnldesk.services.sync_records`), more than :data:`MAX_RECORDS` records.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bnldesk.domain.errors import BnldeskError
from bnldesk.services import sync_trust
from bnldesk.services.sync_records import (
    CODECS,
    KINDS,
    RecordError,
    RecordJson,
    SyncRecord,
    is_version_hash,
)
from bnldesk.store.hold import refuse_open_database

FORMAT_VERSION = 2
MAGIC = b"BNLDESK-NOTES "
SIGNATURE_PREFIX = b"\nSIGNED "
MAX_BUNDLE_BYTES = 64 * 1024 * 1024
MAX_RECORDS = 200_000
MAX_HISTORY = 10_000  # versions carried with one record
MAX_DEPTH = 8  # the payload nests 6 deep: payload > records > kind > entry > data > tags
MAX_PLANS = 1_000


class BundleError(BnldeskError):
    """A bundle that cannot be received; the message says why, nothing was changed."""


class ManifestJson(TypedDict):
    """A manifest as a bundle's JSON stores it (:meth:`Manifest.to_json`)."""

    format: str
    format_version: int
    app_version: str
    created_at: str
    author: str
    database_id: str
    delegation: str
    plans: list[str]
    scope: dict[str, str | None]
    counts: dict[str, int]


class EntryJson(TypedDict):
    """A record and its version history as a bundle's JSON stores them."""

    data: RecordJson
    history: list[str]


class ConflictJson(TypedDict):
    """A conflict as a bundle's JSON stores it (:meth:`ConflictEntry.to_json`)."""

    uuid: str
    record_uuid: str
    kind: str
    loser_hash: str
    loser_data: RecordJson
    winner_hash: str
    detected_at: str | None
    resolved_at: str | None


class PayloadJson(TypedDict):
    """The JSON a bundle carries between its first line and its signature: every record
    kind's entries (in ``KINDS`` order) and the conflicts."""

    manifest: ManifestJson
    records: dict[str, list[EntryJson]]
    conflicts: list[ConflictJson]


@dataclass(frozen=True)
class Manifest:
    """Who wrote a bundle, when, from which database, for which delegation and plans."""

    format_version: int
    app_version: str
    created_at: str
    author: str
    database_id: str
    delegation: str
    plans: tuple[str, ...]
    scope: Mapping[str, str | None] = field(default_factory=dict)
    counts: Mapping[str, int] = field(default_factory=dict)

    def to_json(self) -> ManifestJson:
        """The manifest as the bundle's JSON stores it."""
        return {
            "format": "bnldesk-notes",
            "format_version": self.format_version,
            "app_version": self.app_version,
            "created_at": self.created_at,
            "author": self.author,
            "database_id": self.database_id,
            "delegation": self.delegation,
            "plans": list(self.plans),
            "scope": dict(self.scope),
            "counts": dict(self.counts),
        }


@dataclass(frozen=True)
class BundleEntry:
    """One record with every version (hash) it has had at a sync point."""

    record: SyncRecord
    history: frozenset[str]

    def to_json(self) -> EntryJson:
        """The entry as the bundle's JSON stores it: the record's data and its version history."""
        return {"data": self.record.to_json(), "history": sorted(self.history)}


@dataclass(frozen=True)
class ConflictEntry:
    """A version that lost an automatic merge, travelling so all laptops list the same ones."""

    uuid: str
    record_uuid: str
    kind: str
    loser: SyncRecord
    loser_hash: str
    winner_hash: str
    detected_at: str | None
    resolved_at: str | None

    def to_json(self) -> ConflictJson:
        """The conflict as the bundle's JSON stores it."""
        return {
            "uuid": self.uuid,
            "record_uuid": self.record_uuid,
            "kind": self.kind,
            "loser_hash": self.loser_hash,
            "loser_data": self.loser.to_json(),
            "winner_hash": self.winner_hash,
            "detected_at": self.detected_at,
            "resolved_at": self.resolved_at,
        }


@dataclass(frozen=True)
class Bundle:
    """A checked, decoded bundle: ``records`` by kind, in merge order."""

    manifest: Manifest
    records: dict[str, list[BundleEntry]]
    conflicts: list[ConflictEntry]
    sha256: str
    signer: str  # the sender's public key (hex)
    signer_name: str  # the name this laptop gave the sender when pairing


def payload_json(
    manifest: Manifest, records: Mapping[str, list[BundleEntry]], conflicts: list[ConflictEntry]
) -> PayloadJson:
    """The JSON payload of a bundle."""
    return {
        "manifest": manifest.to_json(),
        "records": {kind: [e.to_json() for e in records.get(kind, [])] for kind in KINDS},
        "conflicts": [c.to_json() for c in conflicts],
    }


def encode_bundle(payload: Mapping[str, Any], key: Ed25519PrivateKey) -> bytes:
    """The bytes of a bundle carrying ``payload`` (its JSON form), signed with ``key``."""
    head = MAGIC + str(FORMAT_VERSION).encode() + b"\n"
    body = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True).encode()
    public_key, signature = sync_trust.sign(key, head + body)
    return head + body + SIGNATURE_PREFIX + f"{public_key} {signature}".encode() + b"\n"


_SIGNATURE_LINE = re.compile(rb"^([0-9a-f]{64}) ([0-9a-f]{128})\n$")
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.S)
_BRACKET = re.compile(rb"[\[\]{}]")

TrustCheck = Callable[[str], str | None]  # public key hex -> paired laptop's name, or None


def _depth(body: bytes) -> int:
    """How deeply JSON ``body`` nests, without parsing it (strings blanked out first)."""
    deepest = level = 0
    for bracket in _BRACKET.findall(_STRING.sub(b'""', body)):
        level += 1 if bracket in (b"[", b"{") else -1
        deepest = max(deepest, level)
    return deepest


def _split(raw: bytes, name: str) -> tuple[bytes, bytes, str, str]:
    """(signed part, JSON body, signer key, signature) of a well-framed bundle."""
    if not raw:
        raise BundleError(f"{name} is empty", code="bundle_empty", values=(name,))
    if len(raw) > MAX_BUNDLE_BYTES:
        raise BundleError(
            f"{name} is larger than {MAX_BUNDLE_BYTES // 2**20} MB: not a bundle",
            code="bundle_too_large",
            values=(name, MAX_BUNDLE_BYTES // 2**20),
        )
    if not raw.startswith(MAGIC):
        raise BundleError(
            f"{name} is not a bnldesk notes bundle", code="not_a_bundle", values=(name,)
        )
    first_end = raw.find(b"\n")
    if first_end < 0:
        raise BundleError(
            f"{name} is truncated (incomplete file)", code="bundle_truncated", values=(name,)
        )
    version_text = raw[len(MAGIC) : first_end].decode("ascii", "replace").strip()
    if not version_text.isdigit():
        raise BundleError(
            f"{name} is damaged (unreadable format version)", code="bundle_damaged", values=(name,)
        )
    version = int(version_text)
    if version > FORMAT_VERSION:
        raise BundleError(
            f"{name} was written by a newer bnldesk (bundle format {version}, this version "
            f"reads up to {FORMAT_VERSION}); update bnldesk to receive it",
            code="bundle_newer_format",
            values=(name, version, FORMAT_VERSION),
        )
    if version < FORMAT_VERSION:
        raise BundleError(
            f"{name} is an unsigned bundle from an older bnldesk: update bnldesk on the "
            "sending laptop, pair the two laptops and share again",
            code="bundle_unsigned",
            values=(name,),
        )
    cut = raw.rfind(SIGNATURE_PREFIX)
    line = _SIGNATURE_LINE.match(raw[cut + len(SIGNATURE_PREFIX) :]) if cut >= 0 else None
    if line is None:
        raise BundleError(
            f"{name} is truncated (its signature is missing): ask for it again",
            code="bundle_truncated",
            values=(name,),
        )
    return raw[:cut], raw[first_end + 1 : cut], line[1].decode(), line[2].decode()


def decode_bundle(
    raw: bytes, name: str = "the bundle", *, trust: TrustCheck | None = None
) -> Bundle:
    """Check and parse a bundle; :class:`BundleError` says what is wrong with it.

    ``trust(public_key)`` gives the paired laptop's name or None; without it, only the
    signature's validity is checked (tests and diagnostics).
    """
    signed, body, signer, signature = _split(raw, name)
    if not sync_trust.signature_is_valid(signer, signature, signed):
        raise BundleError(
            f"{name} is damaged or was altered (its signature does not match)",
            code="bundle_altered",
            values=(name,),
        )
    signer_name = trust(signer) if trust is not None else ""
    if signer_name is None:
        raise BundleError(
            f"{name} comes from a laptop that is not paired with this one (its code is "
            f"{sync_trust.code_for(signer)}): pair them first, then receive it again",
            code="bundle_not_paired",
            values=(name, sync_trust.code_for(signer)),
        )
    if _depth(body) > MAX_DEPTH:
        raise BundleError(
            f"{name} is not a bnldesk bundle (its data nests too deeply)",
            code="not_a_bundle",
            values=(name,),
        )
    try:
        payload = json.loads(body.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise BundleError(
            f"{name} is damaged (its data is not readable JSON)",
            code="bundle_damaged",
            values=(name,),
        ) from exc
    try:
        return _decode_payload(payload, hashlib.sha256(raw).hexdigest(), signer, signer_name)
    except RecordError as exc:
        raise BundleError(
            f"{name}: {exc}", code="bundle_malformed", values=(name, str(exc)), reason=exc
        ) from exc


def _object(value: object, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise RecordError(
            f"the bundle's {what} is not an object", code="bundle_part_not_object", values=(what,)
        )
    return value


def _list(value: object, what: str, limit: int) -> list[Any]:
    if not isinstance(value, list) or len(value) > limit:
        raise RecordError(
            f"the bundle's {what} is not a list of at most {limit} entries",
            code="bundle_part_not_list",
            values=(what, limit),
        )
    return value


def _string(value: object, what: str, limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise RecordError(
            f"the bundle's {what} is not text of at most {limit} characters",
            code="bundle_part_not_text",
            values=(what, limit),
        )
    return value


def _decode_manifest(value: object) -> Manifest:
    data = _object(value, "manifest")
    if data.get("format") != "bnldesk-notes" or data.get("format_version") != FORMAT_VERSION:
        raise RecordError(
            "the bundle has an inconsistent manifest", code="bundle_manifest_inconsistent"
        )
    plans = _list(data.get("plans", []), "list of plans", MAX_PLANS)
    return Manifest(
        format_version=FORMAT_VERSION,
        app_version=_string(data.get("app_version", ""), "version", 40),
        created_at=_string(data.get("created_at", ""), "date", 40),
        author=_string(data.get("author", ""), "author", 200),
        database_id=_string(data.get("database_id", ""), "database id", 64),
        delegation=_string(data.get("delegation", ""), "delegation", 20),
        plans=tuple(_string(p, "plan key", 300) for p in plans),
    )


def _decode_history(value: object) -> frozenset[str]:
    versions = _list(value, "version history", MAX_HISTORY)
    if not all(is_version_hash(v) for v in versions):
        raise RecordError(
            "the bundle holds a version history that is not a list of hashes",
            code="bundle_history_malformed",
        )
    return frozenset(versions)


def _decode_payload(payload: object, sha256: str, signer: str, signer_name: str) -> Bundle:
    data = _object(payload, "content")
    manifest = _decode_manifest(data.get("manifest"))
    records_json = _object(data.get("records"), "records")
    unknown = set(records_json) - set(KINDS)
    if unknown:
        raise RecordError(
            f"the bundle holds records of an unknown kind ({sorted(unknown)[0]})",
            code="bundle_unknown_kind",
            values=(sorted(unknown)[0],),
        )
    total = 0
    records: dict[str, list[BundleEntry]] = {}
    for kind, codec in CODECS.items():
        entries = _list(records_json.get(kind, []), f"{kind} list", MAX_RECORDS)
        total += len(entries)
        if total > MAX_RECORDS:
            raise RecordError(
                f"the bundle holds more than {MAX_RECORDS} records",
                code="bundle_too_many_records",
                values=(MAX_RECORDS,),
            )
        decoded = []
        for entry in entries:
            fields = _object(entry, kind)
            history = _decode_history(fields.get("history", []))
            decoded.append(BundleEntry(codec.decode(fields.get("data")), history))
        records[kind] = decoded
    conflicts = [
        _decode_conflict(c) for c in _list(data.get("conflicts", []), "conflicts", MAX_RECORDS)
    ]
    return Bundle(manifest, records, conflicts, sha256, signer, signer_name)


def _decode_conflict(value: object) -> ConflictEntry:
    data = _object(value, "conflict")
    kind = data.get("kind")
    if kind not in CODECS:
        raise RecordError(
            "the bundle holds a conflict of an unknown kind", code="bundle_conflict_unknown_kind"
        )
    loser = CODECS[kind].decode(data.get("loser_data"))
    hashes = (data.get("loser_hash"), data.get("winner_hash") or "0" * 64)
    if not all(is_version_hash(h) for h in hashes):
        raise RecordError(
            "the bundle holds a conflict whose version hashes are malformed",
            code="bundle_conflict_hashes",
        )
    uuid = _string(data.get("uuid"), "conflict id", 36)
    record_uuid = _string(data.get("record_uuid"), "conflict's record id", 36)
    if record_uuid != loser.uuid:
        raise RecordError(
            "the bundle holds a conflict about another record than its version",
            code="bundle_conflict_other_record",
        )
    times = [data.get("detected_at"), data.get("resolved_at")]
    if not all(t is None or (isinstance(t, str) and len(t) <= 40) for t in times):
        raise RecordError(
            "the bundle holds a conflict with malformed dates", code="bundle_conflict_dates"
        )
    return ConflictEntry(
        uuid,
        record_uuid,
        str(kind),
        loser,
        str(data["loser_hash"]),
        str(data.get("winner_hash") or ""),
        times[0],
        times[1],
    )


def read_bundle(path: Path | str, *, trust: TrustCheck | None = None) -> Bundle:
    """Read and check the bundle at ``path`` (its size is checked before it is read)."""
    path = Path(path)
    refuse_open_database(path)  # reading it would drop this process's locks on it (trial 9)
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleError(
                f"{path} is larger than {MAX_BUNDLE_BYTES // 2**20} MB: not a bnldesk bundle",
                code="bundle_too_large",
                values=(str(path), MAX_BUNDLE_BYTES // 2**20),
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BundleError(
            f"{path} does not exist", code="bundle_missing", values=(str(path),)
        ) from None
    except IsADirectoryError:
        raise BundleError(
            f"{path} is a folder, not a bundle", code="bundle_is_folder", values=(str(path),)
        ) from None
    except OSError as exc:
        raise BundleError(
            f"cannot read {path} ({exc.strerror or exc})",
            code="bundle_unreadable",
            values=(str(path),),
        ) from exc
    return decode_bundle(raw, str(path), trust=trust)
