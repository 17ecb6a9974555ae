"""What a receive report says about records that change nothing here.

A note made and deleted on one laptop before it was ever shared travels as a deletion (so a
laptop that had it removes it too). A laptop that never had the note has nothing to remove: the
report counts the record as up to date and lists no change.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sync_support import laptops_of_one_delegation

from bnldesk.domain.models import Annotation
from bnldesk.services import sync
from bnldesk.services.annotations import (
    NoteFields,
    add_annotation,
    delete_annotation,
    resolve_target,
)


def test_the_deletion_of_a_note_never_received_is_counted_as_up_to_date(tmp_path: Path) -> None:
    with laptops_of_one_delegation(tmp_path, "ab") as (a, b):
        with a.transaction() as s:
            note = add_annotation(
                s,
                resolve_target(s, "SENN-CRISE"),
                NoteFields(body="Toch niet nodig", visibility="delegation"),
            )
            delete_annotation(s, note)
        bundle = tmp_path / "deleted.bnlnotes"
        sync.share(a, bundle)

        report = sync.receive(b, bundle)

        assert report.changes == [] and report.refused == []
        assert report.summary() == "nothing to change (1 record already up to date)"
        with b.read() as s:
            assert (
                list(s.scalars(select(Annotation.body).where(Annotation.deleted_at.is_(None))))
                == []
            )
        # Received again: the same, one record up to date.
        assert (
            sync.receive(b, bundle).summary() == "nothing to change (1 record already up to date)"
        )
        # The window's sentence names what a delegate shares, not "records" (trial 19).
        from bnldesk.services.sync_words import receive_summary

        assert receive_summary(report, "nl") == (
            "Niets te wijzigen; nota's en actiepunten al bijgewerkt: 1."
        )
        assert "records" not in receive_summary(report, "en")
