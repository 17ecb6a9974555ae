"""An error's line keeps French no-break spaces (stop 29: ``BnldeskError`` made every white
space a plain one, so "le disque est plein\u00a0: rien…" could break before its colon, and the
window's "mardi 3 déc.\u00a0: le 03/12/2026 est un jeudi" lost the space French typesetting
puts there), while line ends, tabs and runs of spaces from a driver or a document still make
one line."""

from __future__ import annotations

import pytest

from bnldesk.domain.errors import BnldeskError
from bnldesk.store.errors import StoreError


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("« 3 déc. »\u00a0: impossible\u202f!", "« 3 déc. »\u00a0: impossible\u202f!"),
        ("Où\u202f? Ici\u00a0; là.", "Où\u202f? Ici\u00a0; là."),
        ("12\u2007345 notes", "12\u2007345 notes"),
        ("  the server said:\n\tFATAL:  no such role \r\n", "the server said: FATAL: no such role"),
        ("plein\u00a0:\nrien n'a été enregistré", "plein\u00a0: rien n'a été enregistré"),
    ],
)
def test_an_error_is_one_line_and_keeps_its_no_break_spaces(message: str, shown: str) -> None:
    assert str(BnldeskError(message)) == shown
    assert str(StoreError(message)) == shown  # a subclass says it the same way
