"""The field filters typed in a search select what they say, in each language's spelling,
alone and beside words, ``-word``, ``OR`` and phrases (trial 14: ``année:2023 coop`` left out
the notes on the workgroups it kept; ``étiquette:crise`` was taken for a text match).

The database is the demo data with generated notes (random targets, years, tags and words) and
meetings; what each search should find is computed here in plain Python over the rows, by the
rules the search box's help states:

* ``year:`` keeps the objects of that year's plans, the workgroups and contacts those plans
  name, the meetings held then, and the notes on any of these (a note is found where its
  target is: by its own year for a plan object, by its target for a workgroup, a contact or
  the programme in force);
* ``tag:`` keeps the notes with that tag and the objects they are on, never a text match;
  ``-tag:`` leaves out the notes with it;
* ``kind:`` keeps one kind of object, or one kind of item and the notes on such items;
* ``code:`` keeps the workgroups with that code.

The generated words occur in no demo text, so an object other than a note never matches one.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import text

from bnldesk.domain.identity import fold
from bnldesk.domain.models import Meeting, TargetKind
from bnldesk.services.annotations import NoteFields, add_annotation, target_of
from bnldesk.services.search import find
from bnldesk.store.engine import Store

pytestmark = pytest.mark.both_backends

VOCABULARY = ("qarvel", "mistok", "blorfen", "tenzap")
TAGS = ("crise", "Budget", "suivi")
NOTES = 90


@dataclass(frozen=True)
class Obj:
    """One searchable object as the expectations see it."""

    kind: str
    id: int
    key: str
    years: frozenset[int]  # the plan years it is of (or named in); empty for none
    item_kind: str = ""
    flagship: bool = False
    code: str = ""


@dataclass(frozen=True)
class Note:
    id: int
    target_kind: str
    target_key: str
    plan_year: int | None
    lines: tuple[tuple[str, ...], ...]  # the body's folded words, line by line
    tags: frozenset[str]  # folded

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for line in self.lines for w in line)


@dataclass
class World:
    objects: list[Obj]
    notes: list[Note]
    programmes: dict[str, tuple[int, int]]  # identity key -> (start, end)


def _rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    with store.read() as s:
        return [tuple(r) for r in s.execute(text(sql))]


def _add_notes(store: Store, rng: random.Random) -> None:
    """Notes on random targets of every kind notes go on, with words, tags, a second line."""
    targets = {
        kind: [int(r[0]) for r in _rows(store, f"SELECT id FROM {table} ORDER BY id")]
        for kind, table in (
            ("item", "plan_item"),
            ("section", "section"),
            ("chapter", "chapter"),
            ("workgroup", "workgroup"),
            ("contact", "contact"),
            ("plan", "plan"),
            ("programme", "programme"),
        )
    }
    with store.transaction() as s:
        for _ in range(NOTES):
            kind = rng.choice(list(targets))
            target = target_of(s, TargetKind(kind), rng.choice(targets[kind]))
            first = " ".join(rng.sample(VOCABULARY, rng.randint(0, 2)))
            second = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(0, 3)))
            if rng.random() < 0.3:
                second += " crise"  # the word of a tag, untagged: never found by tag:crise
            tags = rng.sample(TAGS, rng.randint(0, 2))
            body = f"Nota {first}\n{second}"
            add_annotation(s, target, NoteFields(body=body, tags=tags, visibility="delegation"))
        wg = s.execute(text("SELECT id FROM workgroup WHERE code = 'SENN-CRISE'")).scalar_one()
        for year in (2013, 2022):
            s.add(
                Meeting(
                    title="Vergadering",
                    workgroup_id=wg,
                    starts_at=dt.datetime(year, 3, 1),
                    plan_year=year,
                )
            )


def _world(store: Store) -> World:
    """Every object and live note, read as plain rows."""
    objects: list[Obj] = []
    by_plan = "SELECT {id}, {key}, p.year{more} FROM {source} LEFT JOIN plan p ON p.id = c.plan_id"
    for kind, source, more in (
        ("chapter", "chapter c", ""),
        ("section", "section s JOIN chapter c ON c.id = s.chapter_id", ""),
        (
            "item",
            "plan_item i JOIN section s ON s.id = i.section_id JOIN chapter c ON c.id = s.chapter_id",
            ", i.kind, i.is_flagship",
        ),
    ):
        alias = source.split(" ")[1]
        for row in _rows(
            store,
            by_plan.format(id=f"{alias}.id", key=f"{alias}.identity_key", more=more, source=source),
        ):
            years = frozenset() if row[2] is None else frozenset({int(row[2])})  # type: ignore[arg-type]
            extra = {"item_kind": str(row[3]), "flagship": bool(row[4])} if kind == "item" else {}
            objects.append(Obj(kind, int(row[0]), str(row[1]), years, **extra))  # type: ignore[arg-type]
    wg_years: dict[int, set[int]] = {}
    for wg, year in _rows(
        store,
        "SELECT wp.workgroup_id, p.year FROM workgroup_plan wp JOIN plan p ON p.id = wp.plan_id",
    ):
        wg_years.setdefault(int(wg), set()).add(int(year))  # type: ignore[arg-type]
    for wg, key, code in _rows(store, "SELECT id, identity_key, code FROM workgroup"):
        objects.append(
            Obj(
                "workgroup",
                int(wg),
                str(key),
                frozenset(wg_years.get(int(wg), ())),
                code=str(code or ""),
            )
        )  # type: ignore[arg-type]
    contact_years: dict[int, set[int]] = {}
    for contact, year in _rows(
        store,
        "SELECT cs.contact_id, p.year FROM contact_section cs JOIN section s ON s.id = cs.section_id "
        "JOIN chapter c ON c.id = s.chapter_id JOIN plan p ON p.id = c.plan_id",
    ):
        contact_years.setdefault(int(contact), set()).add(int(year))  # type: ignore[arg-type]
    for contact, key in _rows(store, "SELECT id, identity_key FROM contact"):
        objects.append(
            Obj("contact", int(contact), str(key), frozenset(contact_years.get(int(contact), ())))
        )  # type: ignore[arg-type]
    for meeting, year in _rows(store, "SELECT id, plan_year FROM meeting WHERE deleted_at IS NULL"):
        objects.append(
            Obj(
                "meeting", int(meeting), "", frozenset() if year is None else frozenset({int(year)})
            )
        )  # type: ignore[arg-type]
    tags: dict[int, set[str]] = {}
    for note, name in _rows(
        store,
        "SELECT at.annotation_id, t.name FROM annotation_tag at JOIN tag t ON t.id = at.tag_id",
    ):
        tags.setdefault(int(note), set()).add(fold(str(name)))  # type: ignore[arg-type]
    notes = [
        Note(
            int(n),
            str(tk),
            str(key),
            None if year is None else int(year),  # type: ignore[arg-type]
            tuple(tuple(fold(line).split()) for line in str(body).split("\n")),
            frozenset(tags.get(int(n), ())),  # type: ignore[arg-type]
        )
        for n, tk, key, year, body in _rows(
            store,
            "SELECT id, target_kind, target_key, plan_year, body FROM annotation WHERE deleted_at IS NULL",
        )
    ]
    programmes = {
        str(key): (int(start), int(end))  # type: ignore[arg-type]
        for key, start, end in _rows(
            store, "SELECT identity_key, start_year, end_year FROM programme"
        )
    }
    return World(objects, notes, programmes)


# -- the rules, in plain Python ----------------------------------------------------------------

Keep = Callable[[World, Obj | Note], bool]


def _in(years: frozenset[int], low: int, high: int) -> bool:
    return any(low <= y <= high for y in years)


def year(low: int, high: int) -> Keep:
    def keep(world: World, o: Obj | Note) -> bool:
        if isinstance(o, Obj):
            return _in(o.years, low, high)
        if o.plan_year is not None and low <= o.plan_year <= high:
            return True
        if o.target_kind == "programme":
            start, end = world.programmes[o.target_key]
            return start <= high and end >= low
        return any(
            t.kind == o.target_kind and t.key == o.target_key and _in(t.years, low, high)
            for t in world.objects
            if t.kind in ("workgroup", "contact")
        )

    return keep


def tag(name: str, *, negated: bool = False) -> Keep:
    wanted = fold(name)

    def keep(world: World, o: Obj | Note) -> bool:
        if negated:
            return not isinstance(o, Note) or wanted not in o.tags
        if isinstance(o, Note):
            return wanted in o.tags
        if o.kind == "meeting":
            return False
        return any(
            wanted in n.tags and n.target_kind == o.kind and n.target_key == o.key
            for n in world.notes
        )

    return keep


def object_kind(kind: str) -> Keep:
    return lambda _world, o: (o.kind if isinstance(o, Obj) else "annotation") == kind


def _is_item_kind(o: Obj, kind: str) -> bool:
    return o.flagship if kind == "flagship" else o.item_kind == kind


def item_kind(kind: str, *, negated: bool = False) -> Keep:
    def keep(world: World, o: Obj | Note) -> bool:
        if isinstance(o, Obj) and o.kind != "item":
            return negated
        if isinstance(o, Obj):
            return _is_item_kind(o, kind) != negated
        on_kind = o.target_kind == "item" and any(
            t.kind == "item" and t.key == o.target_key and _is_item_kind(t, kind)
            for t in world.objects
        )
        return on_kind != negated

    return keep


def code(*codes: str, star: bool = False) -> Keep:
    def keep(_world: World, o: Obj | Note) -> bool:
        if not isinstance(o, Obj) or o.kind != "workgroup" or not o.code:
            return False
        words = " ".join(fold(o.code).replace("-", " ").replace("/", " ").split())
        return any(words == c or (star and words.startswith(c + " ")) for c in codes)

    return keep


# What is typed -> who it keeps. Every spelling of every field, and a few values.
FILTERS: dict[str, Keep] = {
    "year:2013": year(2013, 2013),
    "jaar:2022": year(2022, 2022),
    "année:2022": year(2022, 2022),
    "annee:2013-2022": year(2013, 2022),
    "year:2021-2024": year(2021, 2024),
    "tag:crise": tag("crise"),
    "étiquette:crise": tag("crise"),
    "label:budget": tag("budget"),
    "etiket:SUIVI": tag("suivi"),
    "-tag:crise": tag("crise", negated=True),
    "kind:note": object_kind("annotation"),
    "soort:werkgroep": object_kind("workgroup"),
    "type:contact": object_kind("contact"),
    "kind:meeting": object_kind("meeting"),
    "type:phare": item_kind("flagship"),
    "soort:nieuw": item_kind("new"),
    "-kind:objective": item_kind("objective", negated=True),
    "code:SENN-CRISE": code("senn crise"),
    "code:senn*": code("senn", star=True),
}


def _has(phrase: tuple[str, ...], words: tuple[str, ...]) -> bool:
    return any(words[i : i + len(phrase)] == phrase for i in range(len(words)))


# What is typed -> (which notes its words keep, whether other objects are kept: they hold
# none of the generated words).
TEXTS: dict[str, tuple[Callable[[Note], bool], bool]] = {
    "": (lambda n: True, True),
    "qarvel": (lambda n: "qarvel" in n.words, False),
    "-qarvel": (lambda n: "qarvel" not in n.words, True),
    "mistok -qarvel": (lambda n: "mistok" in n.words and "qarvel" not in n.words, False),
    "qarvel OR tenzap": (lambda n: "qarvel" in n.words or "tenzap" in n.words, False),
    '"qarvel mistok"': (lambda n: _has(("qarvel", "mistok"), n.words), False),
    "titre:blorfen": (lambda n: "blorfen" in n.lines[0], False),
}


@pytest.fixture
def world(store: Store) -> Iterator[tuple[Store, World]]:
    _add_notes(store, random.Random(14))
    yield store, _world(store)


def _expected(world: World, keeps: list[Keep], words: str) -> set[tuple[str, int]]:
    note_words, others = TEXTS[words]
    found = {
        ("annotation", n.id)
        for n in world.notes
        if note_words(n) and all(k(world, n) for k in keeps)
    }
    if others:
        found |= {(o.kind, o.id) for o in world.objects if all(k(world, o) for k in keeps)}
    return found


def _found(store: Store, typed: str, *, as_typed: bool) -> tuple[set[tuple[str, int]], bool]:
    with store.read() as s:
        result = find(s, typed, limit=100_000, as_typed=as_typed)
    return {(h.kind, h.obj_id) for h in result.hits}, result.query.plain_words


def test_every_field_filter_keeps_what_it_says(world: tuple[Store, World]) -> None:
    store, rows = world
    checked = 0
    for typed_filter, keep in FILTERS.items():
        for words in TEXTS:
            typed = f"{typed_filter} {words}".strip()
            expected = _expected(rows, [keep], words)
            for as_typed in (True, False):
                found, plain = _found(store, typed, as_typed=as_typed)
                assert found == expected, (typed, as_typed, sorted(found ^ expected)[:6])
                assert not plain, typed
            checked += bool(expected)
    # Not a comparison of empty answers.
    assert checked > len(FILTERS) * 3


# Filters combined: each keeps what it says, all of them must hold.
COMBINED: dict[str, tuple[list[Keep], str]] = {
    "année:2022 étiquette:crise": ([year(2022, 2022), tag("crise")], ""),
    "jaar:2013 soort:nota qarvel": ([year(2013, 2013), object_kind("annotation")], "qarvel"),
    "year:2022 -tag:budget -qarvel": ([year(2022, 2022), tag("budget", negated=True)], "-qarvel"),
    "tag:suivi kind:workgroup": ([tag("suivi"), object_kind("workgroup")], ""),
    "code:SENN* year:2022": ([code("senn", star=True), year(2022, 2022)], ""),
    "type:phare -label:budget": ([item_kind("flagship"), tag("budget", negated=True)], ""),
    "label:budget jaar:2013 mistok -qarvel": ([tag("budget"), year(2013, 2013)], "mistok -qarvel"),
}


def test_field_filters_combined_keep_what_each_says(world: tuple[Store, World]) -> None:
    store, rows = world
    for typed, (keeps, words) in COMBINED.items():
        expected = _expected(rows, keeps, words)
        assert expected, typed
        assert _found(store, typed, as_typed=True)[0] == expected, typed


def test_a_note_on_a_workgroup_is_found_by_the_year_its_workgroup_is_in(
    world: tuple[Store, World],
) -> None:
    """Trial 14: ``année:2022`` kept the workgroup SENN-MELDKAMER but not the notes on it."""
    store = world[0]
    with store.transaction() as s:
        wg = s.execute(text("SELECT id FROM workgroup WHERE code = 'SENN-MELDKAMER'")).scalar_one()
        note = add_annotation(
            s, target_of(s, TargetKind.WORKGROUP, int(wg)), NoteFields(body="Meldkamer blorfen")
        )
        note_id = note.id
    found, _plain = _found(store, "année:2022 blorfen", as_typed=True)
    assert ("annotation", note_id) in found
    assert ("annotation", note_id) not in _found(store, "année:2013 blorfen", as_typed=True)[0]


def test_an_unknown_field_is_searched_as_its_words(store: Store) -> None:
    """``foo:bar`` (no field named foo) finds what has both words, apart too, and says some of
    it was read as plain words; ``-foo:bar`` leaves those out."""
    with store.transaction() as s:
        target = target_of(s, TargetKind.SECTION, 1)
        apart = add_annotation(s, target, NoteFields(body="blorfen en verder tenzap")).id
        alone = add_annotation(s, target, NoteFields(body="blorfen zonder meer")).id
    for typed in ("tenzap:blorfen", "Tenzap:Blorf"):
        found, plain = _found(store, typed, as_typed=True)
        assert found == {("annotation", apart)}, typed
        assert plain
    assert _found(store, "blorfen -tenzap:blorfen", as_typed=False)[0] == {("annotation", alone)}
