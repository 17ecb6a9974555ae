"""A word and its exclusion split the notes between them, also beside a field filter, and
``NOT field:value`` means ``-field:value`` (trial 10: ``soort:nota politie`` and ``soort:nota
-politie`` listed the same notes, the word typed last matching as a prefix and its exclusion
only as a whole word; ``NOT tag:politie`` was read as the words "tag politie"). Both
backends, as the window searches (the last word as a prefix) and as the command line does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from bnldesk.domain.models import Annotation
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store
from bnldesk.store.search import search

pytestmark = pytest.mark.both_backends

TREATY = "Uitvoering van het Benelux-Politieverdrag: ratificatie loopt"
OPERATIONAL = "Operationele politiesamenwerking in de grensregio"
WORD = "De politie van Maastricht meldt een oefening"
TAGGED = "Cybercriminaliteit: gezamenlijke aanpak"
OTHER = "Hyperloop en ruimtevaart"


@pytest.fixture
def notes(store: Store) -> Iterator[Store]:
    with store.transaction() as session:
        target = resolve_target(session, "1.1")
        for body, tags in (
            (TREATY, []),
            (OPERATIONAL, ["grens"]),
            (WORD, []),
            (TAGGED, ["politie"]),
            (OTHER, []),
        ):
            add_annotation(
                session, target, NoteFields(body=body, tags=tags, visibility="delegation")
            )
    yield store


def _bodies(store: Store, typed: str, *, prefix: bool) -> set[str]:
    with store.read() as session:
        hits = search(session, typed, limit=100, prefix=prefix)
        ids = [hit.obj_id for hit in hits if hit.kind == "annotation"]
        return set(session.scalars(select(Annotation.body).where(Annotation.id.in_(ids))))


@pytest.mark.parametrize("kind", ["soort:nota", "kind:note", "type:note"])
def test_a_word_typed_last_and_its_exclusion_split_the_notes(notes: Store, kind: str) -> None:
    assert _bodies(notes, f"{kind} politie", prefix=True) == {TREATY, OPERATIONAL, WORD}
    assert _bodies(notes, f"{kind} -politie", prefix=True) == {TAGGED, OTHER}


def test_whole_words_on_the_command_line_split_the_notes_too(notes: Store) -> None:
    assert _bodies(notes, "soort:nota politie", prefix=False) == {WORD}
    assert _bodies(notes, "soort:nota -politie", prefix=False) == {
        TREATY,
        OPERATIONAL,
        TAGGED,
        OTHER,
    }


@pytest.mark.parametrize("prefix", [True, False])
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("soort:nota NOT tag:politie", {TREATY, OPERATIONAL, WORD, OTHER}),
        ("soort:nota -tag:politie", {TREATY, OPERATIONAL, WORD, OTHER}),
        ("NOT tag:politie soort:nota", {TREATY, OPERATIONAL, WORD, OTHER}),
        ("soort:nota NOT tag:grens NOT tag:politie", {TREATY, WORD, OTHER}),
        ("politie* NOT tag:grens", {TREATY, WORD}),
        ("soort:nota NOT soort:nota", set()),
    ],
)
def test_not_before_a_field_filter_leaves_out_as_the_minus_does(
    notes: Store, typed: str, expected: set[str], prefix: bool
) -> None:
    assert _bodies(notes, typed, prefix=prefix) == expected


def test_not_field_filter_is_not_read_as_plain_words() -> None:
    from bnldesk.domain.search_query import parse

    for typed in ("NOT tag:politie", "NOT soort:nota", 'NOT tag:"Den Haag"'):
        assert parse(typed).plain_words is False, typed
    for typed in ("NOT tag:politie", "NOT soort:nota", "NOT jaar:2022", "NOT code:SENN", "NOT x"):
        assert parse(typed) == parse("-" + typed.removeprefix("NOT ")), typed
