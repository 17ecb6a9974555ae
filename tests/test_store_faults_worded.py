"""A fault of the database, shown in a Dutch or French window, names the file or server it is
about, as the English line does.

The store gives each fault a ``code`` and the ``values`` its sentence needs (the file, the
server, a database version); ``bnldesk.ui.error_texts`` words them in the interface language
and puts "?" where a value is missing. The English line alone (what the command line prints)
cannot tell whether the values were given: these tests read the worded sentence.
"""

from __future__ import annotations

import sqlite3

import pytest

from bnldesk.store.engine import NewerSchemaError, Store, open_store
from bnldesk.store.errors import ConcurrentEditError
from bnldesk.ui.error_texts import error_text

SERVER = "postgresql://anna@db.delegatie.example/bnldesk"


def test_a_database_from_a_newer_bnldesk_is_named_with_its_version_in_dutch(
    store: Store, dutch: None
) -> None:
    store.close()
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9001_future'")
    with pytest.raises(NewerSchemaError) as raised:
        open_store(store.path)
    assert error_text(raised.value) == (
        f"{store.path} is geschreven door een nieuwere versie van bnldesk (databankversie "
        "9001_future); werk bnldesk bij om het te openen. Het bestand is niet gewijzigd"
    )


def test_a_record_saved_by_someone_else_meanwhile_names_the_server_in_dutch(
    dutch: None,
) -> None:
    # The fault is made here: on a file the write lock keeps a second writer out, so only the
    # suite's PostgreSQL server (tests/test_server.py, left out of the mutation run) meets it.
    assert error_text(ConcurrentEditError(SERVER)) == (
        f"iemand anders heeft op hetzelfde moment hetzelfde gegeven in {SERVER} gewijzigd: "
        "niets van u is overschreven; bekijk het opnieuw en herhaal uw wijziging"
    )


def test_a_record_saved_by_someone_else_meanwhile_names_the_server_in_french(
    french: None,
) -> None:
    assert error_text(ConcurrentEditError(SERVER)) == (
        f"quelqu'un d'autre a modifié le même élément dans {SERVER} au même moment\u00a0: rien "
        "de ce que vous avez saisi n'a été écrasé\u00a0; revoyez-le et refaites votre modification"
    )
