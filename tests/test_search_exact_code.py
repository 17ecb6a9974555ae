"""A workgroup's code typed whole comes first (eighth delegate trial: Ctrl+K "VE-TER" listed
VE-TER-Rail first and Enter opened it, though the French 2023 plan lists VE-TER itself). On the
demo database with the shared cases' French plan imported, both backends; the window's Go to
searches as you type (the last word a prefix), the command line searches whole words."""

from __future__ import annotations

import pytest
from _seed_documents import CASES
from sqlalchemy import select

from bnldesk.domain.models import Workgroup
from bnldesk.services.importer import import_file
from bnldesk.store.engine import Store
from bnldesk.store.search import search

pytestmark = pytest.mark.both_backends


@pytest.fixture
def with_ve_ter(store: Store) -> Store:
    import_file(store, CASES / "docs" / "plan-annuel-2023-fr.md", force=True)
    return store


def _first_codes(store: Store, typed: str, *, prefix: bool) -> list[str]:
    with store.read() as session:
        hits = search(session, typed, limit=10, kinds=("workgroup",), prefix=prefix)
        return [
            session.scalars(select(Workgroup.code).where(Workgroup.id == hit.obj_id)).one() or ""
            for hit in hits
        ]


@pytest.mark.parametrize("prefix", [True, False])
@pytest.mark.parametrize(
    ("typed", "code"),
    [("VE-TER", "VE-TER"), ("ve ter", "VE-TER"), ("SENN-CRISE", "SENN-CRISE")],
)
def test_the_workgroup_whose_code_was_typed_comes_first(
    with_ve_ter: Store, typed: str, code: str, prefix: bool
) -> None:
    found = _first_codes(with_ve_ter, typed, prefix=prefix)
    assert found[0] == code, found
    assert len(found) > 1  # the longer codes are still listed after it


def test_a_code_begun_still_lists_every_code_it_begins(with_ve_ter: Store) -> None:
    found = _first_codes(with_ve_ter, "VE-TER-R", prefix=True)
    assert found[0] == "VE-TER-Rail", found
