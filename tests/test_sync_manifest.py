"""The manifest of a notes bundle, as the format in bnldesk.services.sync_bundle documents it.

A bundle says who wrote it, for which delegation and plans, and what it carries. Another version
of bnldesk (or a person with a text editor) reads that from the file, and this version reads
what another one wrote: the tests read the JSON of a shared file, and receive bundles written
here by hand, framed and signed as the module's docstring says, without bnldesk's writer.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sync_support import laptops_of_one_delegation

from bnldesk import __version__
from bnldesk.domain.models import Annotation, Setting
from bnldesk.services import sync, sync_trust
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    """Two paired laptops (files), each with the demo plans; A's delegate is "delegate A"."""
    with laptops_of_one_delegation(tmp_path, "ab") as (a, b):
        yield a, b


def _set_delegation(store: Store, delegation: str) -> None:
    with store.transaction() as s:
        s.merge(Setting(key="delegation", value=delegation))


def _note(store: Store, reference: str, body: str, visibility: str) -> None:
    with store.transaction() as s:
        add_annotation(
            s, resolve_target(s, reference), NoteFields(body=body, visibility=visibility)
        )


def _payload(path: Path) -> dict[str, Any]:
    """The JSON between a bundle's first line and its signature line."""
    raw = path.read_bytes()
    first_line, rest = raw.split(b"\n", 1)
    assert first_line == b"BNLDESK-NOTES 2"
    body, signature_line = rest.rsplit(b"\nSIGNED ", 1)
    assert len(signature_line.split()) == 2
    payload: dict[str, Any] = json.loads(body.decode("utf-8"))
    return payload


def _database_id(store: Store) -> str:
    conn = sqlite3.connect(store.path)
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = 'database_id'").fetchone()
        return str(row[0])
    finally:
        conn.close()


def _write_by_hand(store: Store, path: Path, manifest: dict[str, Any]) -> None:
    """A bundle without records, framed and signed with ``store``'s key as documented."""
    body = json.dumps(
        {
            "manifest": manifest,
            "records": {"meeting": [], "agenda_item": [], "annotation": [], "action_item": []},
            "conflicts": [],
        }
    ).encode("utf-8")
    signed = b"BNLDESK-NOTES 2\n" + body
    with store.transaction() as s:
        public_key, signature = sync_trust.sign(sync_trust.signing_key(s), signed)
    path.write_bytes(signed + f"\nSIGNED {public_key} {signature}\n".encode("ascii"))


def _manifest_by_hand(**changes: object) -> dict[str, Any]:
    """A manifest as another version of bnldesk would write it, for the demo plans."""
    manifest: dict[str, Any] = {
        "format": "bnldesk-notes",
        "format_version": 2,
        "app_version": "9.9.9",
        "created_at": "2026-11-30T09:15:00.000000",
        "author": "delegate A",
        "database_id": "5d1c3c49-8c9e-4a51-9d4f-3e0f2a7b6c10",
        "delegation": "BE",
        "plans": ["plan:2022", "programme:2025-2028"],
        "scope": {"since": None, "workgroup": None},
        "counts": {"meeting": 0, "agenda_item": 0, "annotation": 0, "action_item": 0},
    }
    manifest.update(changes)
    return manifest


def _notes(store: Store) -> list[str]:
    with store.read() as s:
        return sorted(s.scalars(select(Annotation.body)))


# ------------------------------------------------------------------------------------------


def test_the_manifest_says_who_shared_what_for_which_delegation_and_plans(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    a, _ = laptops
    _set_delegation(a, "BE")
    _note(a, "SENN-CRISE", "Budget eerst met het ministerie bespreken", "delegation")
    _note(a, "SENN-CRISE", "Steun voor de gezamenlijke oefening", "shareable")
    _note(a, "SENN-CRISE", "Persoonlijk: bellen na de vergadering", "private")
    _note(a, "VET-CVO", "Niet in deze werkgroep", "delegation")

    bundle = tmp_path / "crisis.bnlnotes"
    sync.share(a, bundle, sync.Scope(workgroup="SENN-CRISE"))

    manifest = _payload(bundle)["manifest"]
    created_at = manifest.pop("created_at")
    assert manifest == {
        "format": "bnldesk-notes",
        "format_version": 2,
        "app_version": __version__,
        "author": "delegate A",
        "database_id": _database_id(a),
        "delegation": "BE",
        "plans": ["plan:2013", "plan:2022", "programme:2021-2024", "programme:2025-2028"],
        "scope": {"since": None, "workgroup": "SENN-CRISE"},
        # The two notes of the workgroup that may be shared; the private one stays here.
        "counts": {
            "meeting": 0,
            "agenda_item": 0,
            "annotation": 2,
            "action_item": 0,
            "conflicts": 0,
        },
    }
    assert created_at.startswith("20") and "T" in created_at


def test_a_bundle_of_another_delegation_is_refused(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    a, b = laptops
    _set_delegation(a, "BE")
    _set_delegation(b, "NL")
    _note(a, "SENN-CRISE", "Belgisch standpunt", "delegation")
    bundle = tmp_path / "be.bnlnotes"
    sync.share(a, bundle)

    with pytest.raises(sync.BundleError) as refused:
        sync.receive(b, bundle)

    assert (
        str(refused.value) == "this bundle is from the BE delegation, this database belongs to NL"
    )
    assert _notes(b) == []


def test_a_bundle_written_by_another_version_is_read_by_its_manifest(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    a, b = laptops
    _set_delegation(b, "BE")
    # For plans this database holds, of its delegation: received, nothing to change.
    fitting = tmp_path / "fitting.bnlnotes"
    _write_by_hand(a, fitting, _manifest_by_hand())
    report = sync.receive(b, fitting)
    assert report.summary() == "nothing to change (0 records already up to date)"

    # For plans this database does not hold: refused, naming both.
    other_plan = tmp_path / "other-plan.bnlnotes"
    _write_by_hand(a, other_plan, _manifest_by_hand(plans=["plan:1999"]))
    with pytest.raises(sync.BundleError) as refused:
        sync.receive(b, other_plan)
    assert str(refused.value) == (
        "this bundle is for another plan (plan:1999); this database holds "
        "plan:2013, plan:2022, programme:2021-2024, programme:2025-2028"
    )

    # A manifest whose format version is not the one on the bundle's first line.
    inconsistent = tmp_path / "inconsistent.bnlnotes"
    _write_by_hand(a, inconsistent, _manifest_by_hand(format_version=3))
    with pytest.raises(sync.BundleError) as refused:
        sync.receive(b, inconsistent)
    assert str(refused.value) == f"{inconsistent}: the bundle has an inconsistent manifest"
    assert _notes(b) == []
