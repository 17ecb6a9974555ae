"""``bnldesk search`` on the demo data, as the delegate trial ran it: the window's language and
answers, words starting with "-", ``--plan``, more hits than ``--limit``, exact codes, emoji,
and tables that say where they cut."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bnldesk.cli import main
from bnldesk.domain.identity import fold


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "demo.db")


def search_json(capsys: pytest.CaptureFixture[str], db: str, *argv: str) -> list[dict]:
    code, out, err = run(capsys, "--db", db, "search", *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_politie_finds_the_compound_words_the_window_finds(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    titles = {(r["kind"], r["title"]) for r in search_json(capsys, db, "politie")}
    # The trial: 6 whole-word hits here, 18 in the window. The last word begins longer words.
    assert ("section", "2.1.1 Politiesamenwerking") in titles
    assert ("item", "Uitvoering van het Benelux-Politieverdrag") in titles
    assert ("section", "5.1 Politie en veiligheid") in titles
    whole = {(r["kind"], r["title"]) for r in search_json(capsys, db, "politie", "--whole-words")}
    assert ("section", "5.1 Politie en veiligheid") in whole
    assert ("section", "2.1.1 Politiesamenwerking") not in whole


@pytest.mark.parametrize(
    "typed",
    [
        "politie year:2022 kind:flagship",
        "politie kind:flagship",
        "year:2022 politie kind:vlaggenschip",
    ],
)
def test_year_and_kind_filters_find_the_flagship(
    db: str, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    rows = search_json(capsys, db, typed)
    assert [(r["kind"], r["plan_year"], r["title"]) for r in rows] == [
        ("item", 2022, "Uitvoering van het Benelux-Politieverdrag")
    ]


def test_a_search_may_start_with_a_minus(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", db, "search", "-Brussel", "--limit", "400", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert rows
    assert not any("brussel" in fold(r["title"] + " " + r["snippet"]) for r in rows)
    everything = search_json(capsys, db, "brussel", "--limit", "400")
    assert {(r["kind"], r["id"]) for r in everything}.isdisjoint(
        {(r["kind"], r["id"]) for r in rows}
    )
    # "-h..." is a word too, not --help; options still work after such a word.
    rows = search_json(capsys, db, "politie", "-hoi", "--plan", "2022")
    assert rows and all(r["plan_year"] == 2022 for r in rows)


def test_note_text_may_start_with_a_minus(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", db, "annotate", "SENN-CRISE", "-5 % op het budget")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "list", "annotations", "--json")
    assert [r["body"] for r in json.loads(out)] == ["-5 % op het budget"]


def test_plan_keeps_to_that_plans_objects(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = search_json(capsys, db, "politie", "--plan", "2022", "--limit", "200")
    assert rows
    # The trial: 2013 workgroups and contacts came along. Only 2022's objects now.
    assert {r["kind"] for r in rows} <= {"section", "item", "chapter", "workgroup"}
    assert all(r["plan_year"] == 2022 for r in rows if r["kind"] != "workgroup")
    _, out, _ = run(capsys, "--db", db, "list", "workgroups", "--plan", "2022", "--json")
    in_2022 = {r["id"] for r in json.loads(out)}
    assert {r["id"] for r in rows if r["kind"] == "workgroup"} <= in_2022
    code, out, err = run(capsys, "--db", db, "search", "Debacker", "--plan", "2022")
    assert code == 0 and out.strip() == "(nothing)"
    assert err.strip() == "bnldesk: nothing in the 2022 plan; 1 without --plan"


def test_more_hits_than_the_limit_are_said_with_the_way_to_see_them(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", db, "search", "politie", "--limit", "5")
    assert code == 0
    assert len(out.strip().splitlines()) == 1 + 5  # header and five rows
    total = len(search_json(capsys, db, "politie", "--limit", "1000"))
    assert total > 5
    assert err.strip() == f"bnldesk: 5 of {total} shown; --limit {total} shows them all"
    code, out, err = run(capsys, "--db", db, "search", "politie", "--limit", str(total))
    assert len(out.strip().splitlines()) == 1 + total and err == ""


def test_code_matches_the_code_exactly(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", db, "annotate", "SENN-CRISE", "Voorbereiding SENN-CRISE")
    run(
        capsys,
        "--db",
        db,
        "meeting",
        "add",
        "--workgroup",
        "SENN-CRISE",
        "--start",
        "2026-12-08 10:00",
    )
    rows = search_json(capsys, db, "code:SENN-CRISE")
    assert [(r["kind"], r["title"]) for r in rows] == [
        ("workgroup", "Strategische werkgroep Crisisbeheersing")
    ]
    assert search_json(capsys, db, "code:senn-crise") == rows  # case never matters
    starting = {r["title"] for r in search_json(capsys, db, "code:SENN-CRISE*")}
    assert starting == {
        "Strategische werkgroep Crisisbeheersing",
        "Werkgroep Risico-identificatie",
        "Werkgroep Communicatie en informatie aan de bevolking",
    }
    assert search_json(capsys, db, "code:SENN-CRIS") == []
    # `list --search` reads code: the same way.
    _, out, _ = run(
        capsys, "--db", db, "list", "workgroups", "--search", "code:SENN-CRISE", "--json"
    )
    assert [r["code"] for r in json.loads(out)] == ["SENN-CRISE"]
    _code, out, _ = run(
        capsys, "--db", db, "list", "workgroups", "--search", "code:SENN-CRISE*", "--json"
    )
    assert sorted(r["code"] for r in json.loads(out)) == [
        "SENN-CRISE",
        "SENN-CRISE/COM",
        "SENN-CRISE/RISK",
    ]


def test_an_emoji_in_a_note_is_found(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", db, "annotate", "SENN-CRISE", "Goed nieuws 👍🏽 voor het budget 🇧🇪")
    run(capsys, "--db", db, "annotate", "SENN-CRISE", "Geen symbolen in deze nota")
    for typed in ("👍🏽", "🇧🇪", "budget 👍🏽", "🇧🇪 👍🏽"):
        rows = search_json(capsys, db, typed)
        assert [r["kind"] for r in rows] == ["annotation"], typed
        for symbol in typed.split():
            if symbol != "budget":
                assert f"[{symbol}]" in rows[0]["snippet"], typed  # marked like a word
    assert search_json(capsys, db, "🙂") == []
    code, out, err = run(capsys, "--db", db, "search", "—")
    assert code == 1 and out == ""
    assert err.strip() == "bnldesk: “—” has no letters, digits or symbols to search for"


def test_tables_cut_long_cells_with_an_ellipsis_unless_wide(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "--db", db, "list", "workgroups", "--json")
    names = [r["name"] for r in json.loads(out)]
    long_name = next(n for n in names if len(n) > 60)
    _, out, _ = run(capsys, "--db", db, "list", "workgroups")
    assert long_name not in out
    cut = long_name[:59].rstrip() + "…"
    assert cut in out
    _, wide, _ = run(capsys, "--db", db, "list", "workgroups", "--wide")
    assert long_name in wide
    titles = [r["title"] for r in search_json(capsys, db, "personenverkeer")]
    assert any(len(t) > 60 for t in titles)
    _, out, _ = run(capsys, "--db", db, "search", "personenverkeer")
    assert not all(t in out for t in titles)
    _, out, _ = run(capsys, "--db", db, "search", "personenverkeer", "--wide")
    assert all(t in out for t in titles)


def test_list_search_reads_the_field_filters_as_the_search_does(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Trial 10: list --search read words and code: only (and said so); it now keeps to
    # year:, kind: and tag: as the search box does, and says nothing.
    code, out, err = run(
        capsys, "--db", db, "list", "items", "--search", "politie year:2022 kind:flagship", "--json"
    )
    assert code == 0 and err == ""
    assert [row["title"] for row in json.loads(out)] == [
        "Uitvoering van het Benelux-Politieverdrag"
    ]
    code, out, err = run(capsys, "--db", db, "list", "items", "--search", "politie kind:note")
    assert code == 0 and err == "" and out.strip() == "(nothing)"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "nothing with its filters (year:, code:, tag:, kind:); {n} for the words alone"),
        ("nl", "niets met de filters (jaar:, code:, tag:, soort:); {n} voor de woorden alleen"),
        (
            "fr",
            "rien avec ses filtres (année:, code:, tag:, type:) ; résultats pour les mots "
            "seuls : {n}",
        ),
    ],
)
def test_field_filters_that_hide_everything_are_named(
    db: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    said: str,
) -> None:
    """Trial 16: ``year:2013 hyperloop`` printed only "(nothing)"; now a line on stderr says
    the query's own filters hid what its words find (the Hyperloop is in the 2022 plan)."""
    monkeypatch.setenv("LANGUAGE", language)
    code, out, _ = run(capsys, "--db", db, "search", "hyperloop", "--json")
    alone = len(json.loads(out))
    assert code == 0 and alone > 0
    code, out, err = run(capsys, "--db", db, "search", "year:2013 hyperloop", "--json")
    assert code == 0 and json.loads(out) == []
    assert err.replace("\u00a0", " ") == f"bnldesk: {said.format(n=alone)}\n"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "nothing has every word; for either word, write: hyperloop OF ruimtevaart"),
        (
            "nl",
            "niets bevat alle woorden; zoekt u een van beide, schrijf dan: hyperloop OF ruimtevaart",
        ),
        (
            "fr",
            "rien ne contient tous les mots ; pour l'un ou l'autre, écrivez : hyperloop OF ruimtevaart",
        ),
    ],
)
def test_a_small_or_between_words_is_answered_with_the_capitals(
    db: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    said: str,
) -> None:
    """Trial 17: ``energie of klimaat`` found nothing and said nothing; the capitals find
    either word, and the line says how to write them."""
    monkeypatch.setenv("LANGUAGE", language)
    code, out, err = run(capsys, "--db", db, "search", "hyperloop of ruimtevaart", "--json")
    assert code == 0 and json.loads(out) == []
    assert err.replace("\u00a0", " ") == f"bnldesk: {said}\n"
    code, out, _ = run(capsys, "--db", db, "search", "hyperloop OF ruimtevaart", "--json")
    titles = {row["title"] for row in json.loads(out)}
    assert {"Hyperloop", "Ruimtevaart"} <= titles, titles


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fr", "la recherche ne traduit pas : les plans sont ici en néerlandais ; essayez le mot"),
        ("en", "search does not translate: the plans here are in Dutch; try the word"),
    ],
)
def test_a_word_of_another_language_is_told_that_search_does_not_translate(
    db: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    said: str,
) -> None:
    """Trial 18: ``search climat`` printed "(rien)" over Dutch plans that say "klimaat"."""
    monkeypatch.setenv("LANGUAGE", language)
    code, out, err = run(capsys, "--db", db, "search", "climat", "--json")
    assert code == 0 and json.loads(out) == []
    assert err.replace("\u00a0", " ").startswith(f"bnldesk: {said}"), err
    assert search_json(capsys, db, "klimaat")  # the Dutch word finds them


def test_a_dutch_reader_of_dutch_plans_gets_no_translation_line(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "nl")
    code, out, err = run(capsys, "--db", db, "search", "zzqqxx", "--json")
    assert code == 0 and json.loads(out) == [] and err == ""
