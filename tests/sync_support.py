"""Pairing laptops in tests: every bundle must come from a paired laptop."""

from __future__ import annotations

from bnldesk.services import sync_trust
from bnldesk.store.engine import Store


def pair(*stores: Store) -> None:
    """Pair every store with every other one, as delegates do once with their codes."""
    codes = {}
    for store in stores:
        with store.transaction() as s:
            codes[store.path] = sync_trust.pairing_code(s)
    for store in stores:
        with store.transaction() as s:
            for other in stores:
                if other is not store:
                    sync_trust.pair(s, codes[other.path], f"laptop {other.path.stem}")
