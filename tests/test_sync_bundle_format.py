"""A bundle written by an earlier bnldesk reads the same and is written the same today.

``data/sync/format2-written-by-9cd4a2b.bnlnotes`` was written by the code of commit 9cd4a2b
(before the bundle's JSON got its typed shapes, issue 17): two paired laptops, a note with
tags, a meeting, an agenda point titled with markup, an apostrophe, Arabic and an emoji, an
action item, and a conflict over the note's text. Reading it must give those values, every
record's version hash must be the one the old laptop recorded, and today's writer must spell
the records and conflicts byte for byte as the old one did (other laptops compare hashes of
that spelling).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bnldesk.services import sync_bundle
from bnldesk.services.sync_records import version_hash

OLD_BUNDLE = (
    Path(__file__).resolve().parent / "data" / "sync" / "format2-written-by-9cd4a2b.bnlnotes"
)


def _body(raw: bytes) -> bytes:
    """The JSON between a bundle's first line and its signature line."""
    return raw[raw.index(b"\n") + 1 : raw.rindex(sync_bundle.SIGNATURE_PREFIX)]


def _spelled(value: Any) -> str:
    """JSON as a bundle spells it (indent 1, sorted keys, text as written)."""
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)


def test_a_bundle_of_the_earlier_code_reads_with_its_values() -> None:
    bundle = sync_bundle.read_bundle(OLD_BUNDLE, trust=lambda key: "laptop A")
    assert bundle.signer_name == "laptop A"
    assert bundle.manifest.author == "Delegate A"
    assert bundle.manifest.plans == (
        "plan:2013",
        "plan:2022",
        "programme:2021-2024",
        "programme:2025-2028",
    )
    assert {kind: len(entries) for kind, entries in bundle.records.items()} == {
        "annotation": 1,
        "meeting": 1,
        "agenda_item": 1,
        "action_item": 1,
    }
    (note,) = bundle.records["annotation"]
    assert note.record.to_json()["body"] == "B text"
    assert note.record.to_json()["tags"] == ["2026", "oefening"]
    (point,) = bundle.records["agenda_item"]
    assert point.record.to_json()["title"] == "Oefening <b> & 'drill' — ✓ العربية 🚒"
    (action,) = bundle.records["action_item"]
    assert action.record.to_json()["due_date"] == "2026-03-20"
    assert action.record.to_json()["owner"] == "Piet"
    (meeting,) = bundle.records["meeting"]
    assert meeting.record.to_json()["starts_at"] == "2026-03-04T10:00:00.000000"
    (conflict,) = bundle.conflicts
    assert conflict.loser.to_json()["body"] == "A text"
    assert conflict.record_uuid == note.record.uuid
    # Each record's hash today is one the old laptop recorded for it.
    for entries in bundle.records.values():
        for entry in entries:
            assert version_hash(entry.record) in entry.history
    assert version_hash(conflict.loser) == conflict.loser_hash


def test_todays_writer_spells_the_earlier_bundle_byte_for_byte() -> None:
    raw = OLD_BUNDLE.read_bytes()
    old = json.loads(_body(raw))
    bundle = sync_bundle.read_bundle(OLD_BUNDLE, trust=lambda key: "laptop A")
    written = sync_bundle.encode_bundle(
        sync_bundle.payload_json(bundle.manifest, bundle.records, bundle.conflicts),
        Ed25519PrivateKey.generate(),
    )
    assert written.startswith(raw[: raw.index(b"\n") + 1])  # the same format line
    new = json.loads(_body(written))
    assert _spelled(new["records"]) == _spelled(old["records"])
    assert _spelled(new["conflicts"]) == _spelled(old["conflicts"])
    # The manifest's scope and counts are the sender's notes to itself: not read back.
    for name in ("scope", "counts"):
        del old["manifest"][name], new["manifest"][name]
    assert _spelled(new["manifest"]) == _spelled(old["manifest"])
    # Nothing else in the payload.
    assert set(new) == set(old) == {"conflicts", "manifest", "records"}
