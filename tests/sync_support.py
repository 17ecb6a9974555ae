"""Pairing laptops in tests: every bundle must come from a paired laptop."""

from __future__ import annotations

import shutil
import uuid as uuidlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bnldesk.domain.models import Setting
from bnldesk.services import sync_trust
from bnldesk.store.engine import Store, open_store


def pair(*stores: Store) -> None:
    """Pair every store with every other one, as delegates do once with their codes."""
    codes = {}
    for store in stores:
        with store.transaction() as s:
            codes[store.where] = sync_trust.pairing_code(s)
    for store in stores:
        with store.transaction() as s:
            for other in stores:
                if other is not store:
                    sync_trust.pair(s, codes[other.where], f"laptop {_name(other)}")


def _name(store: Store) -> str:
    return store.where.rsplit("/", 1)[-1].split("?")[0].removesuffix(".db")


def open_laptops(folder: Path, names: str) -> list[Store]:
    """Laptops of one delegation (one letter each), each with its own copy of the demo plans,
    its own database id and user name, paired with one another. The caller closes them."""
    first = folder / f"{names[0]}.db"
    open_store(first).close()
    stores = []
    for name in names:
        path = folder / f"{name}.db"
        if path != first:
            shutil.copy(first, path)  # a closed file: a copy is fine in a test
        store = open_store(path)
        with store.transaction() as s:
            row = s.get(Setting, "database_id")
            assert row is not None
            row.value = str(uuidlib.uuid4())
            s.add(Setting(key="user_name", value=f"delegate {name.upper()}"))
        stores.append(store)
    pair(*stores)
    return stores


@contextmanager
def laptops_of_one_delegation(folder: Path, names: str) -> Iterator[list[Store]]:
    """:func:`open_laptops`, closed again when the block ends."""
    stores = open_laptops(folder, names)
    try:
        yield stores
    finally:
        for store in stores:
            store.close()
