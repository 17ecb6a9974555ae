"""What an import says about the plans already in the database (trial 12, D2 and D3).

A French plan imported next to the Dutch ones gives some Dutch workgroups a French name: the
summary says so and names them. A changed plan of the next year names what the previous plan
had and it no longer has, with a close new title said as a possible rename. A plan with no
earlier plan in its language is not compared with plans in another language (its projects
are not "new" against a Dutch plan's). The same plan imported again, from the same file or
another one, changes nothing and carries no note.

Real documents: the shared cases' French 2023 plan, made into a Word file here, and a 2024
plan derived from it as a delegate's would differ (one project dropped, one retitled).
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from _seed_documents import CASES, make_docx
from PySide6.QtCore import Qt

from bnldesk.cli import main
from bnldesk.services.importer import import_file
from bnldesk.store.engine import Store

FRENCH_2023 = CASES / "docs" / "plan-annuel-2023-fr.md"
FRENCH_2023_DUTCH_LABELS = CASES / "docs" / "plan-2023-fr-with-nl-labels.md"


def _french_2024(tmp_path: Path) -> Path:
    """The French 2023 plan as the 2024 plan: "Transport exceptionnel" dropped, the
    cybercrime project retitled, as a Word file."""
    text = FRENCH_2023.read_text(encoding="utf-8")
    text = text.replace("PLAN ANNUEL 2023", "PLAN ANNUEL 2024")
    text = re.sub(r"### TRANSPORT EXCEPTIONNEL\n\n[^\n]*\n\n", "", text)
    text = text.replace("#### CYBERCRIMINALITÉ", "#### LUTTE CONTRE LA CYBERCRIMINALITÉ organisée")
    assert "TRANSPORT EXCEPTIONNEL" not in text and "PLAN ANNUEL 2024" in text
    source = tmp_path / "plan-annuel-2024-fr.md"
    source.write_text(text, encoding="utf-8")
    return make_docx(source, tmp_path / "plan-annuel-2024-fr.docx", styled=True)


def _codes_in(document: Path) -> set[str]:
    """The workgroup codes a plan's lists print: "- Name (CODE)"."""
    return set(re.findall(r"^- .*\(([^()]+)\)\s*$", document.read_text(encoding="utf-8"), re.M))


def _sql(store: Store, sql: str, *parameters: Any) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` read from the store's file by plain sqlite3."""
    connection = sqlite3.connect(str(store.path))
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


def test_a_french_plan_says_which_dutch_workgroups_got_a_french_name(
    store: Store, tmp_path: Path
) -> None:
    codes = _codes_in(FRENCH_2023)
    marks = ",".join("?" for _ in codes)
    named_before = {
        code
        for (code,) in _sql(
            store,
            f"SELECT DISTINCT w.code FROM workgroup w JOIN workgroup_plan wp "
            f"ON wp.workgroup_id = w.id WHERE w.code IN ({marks}) AND wp.name <> ''",
            *sorted(codes),
        )
    }
    assert {"SENN-CRISE", "SENN-CRISE/RISK", "SENN-CRISE/COM"} <= named_before
    dutch_2013 = dict(
        _sql(
            store,
            "SELECT w.code, wp.name FROM workgroup w JOIN workgroup_plan wp ON wp.workgroup_id "
            "= w.id JOIN plan p ON p.id = wp.plan_id WHERE p.year = 2013",
        )
    )

    report = import_file(store, make_docx(FRENCH_2023, tmp_path / "plan.docx", styled=True))

    named = {entry.code: entry for entry in report.named_workgroups}
    assert set(named) == named_before
    assert all(entry.change == "language" for entry in named.values())
    assert all(entry.language == "fr" for entry in named.values())
    assert named["SENN-CRISE"].name == "Groupe de travail stratégique Gestion des crises"
    assert named["SENN-CRISE"].previous == "Strategische werkgroep Crisisbeheersing"
    assert report.changed
    # The 2013 plan keeps the names it printed.
    assert (
        dict(
            _sql(
                store,
                "SELECT w.code, wp.name FROM workgroup w JOIN workgroup_plan wp ON wp.workgroup_id "
                "= w.id JOIN plan p ON p.id = wp.plan_id WHERE p.year = 2013",
            )
        )
        == dutch_2013
    )


def test_the_command_line_names_the_workgroups_given_a_french_name(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(store.path), "import", str(FRENCH_2023)]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "French name added" in line)
    assert "Groupe de travail stratégique Gestion des crises (SENN-CRISE)" in line
    assert "Groupe de travail Identification des risques (SENN-CRISE/RISK)" in line
    # 2022 is in Dutch: the French plan's projects are not "new" against it.
    assert "no earlier plan in French (earlier plans are in Dutch)" in out
    assert "compared with 2022" not in out


def test_a_plan_with_no_earlier_plan_in_its_language_is_not_all_new(store: Store) -> None:
    report = import_file(store, FRENCH_2023)

    assert report.previous_year is None
    assert report.earlier_languages == ["nl"]
    assert report.new_objects == [] and report.gone_objects == []
    # The window's Change column: an item with nothing to compare with has no state.
    from bnldesk.store import changes

    with store.read() as session:
        ids = [
            int(i)
            for (i,) in _sql(
                store,
                "SELECT i.id FROM plan_item i JOIN section s ON "
                "s.id = i.section_id JOIN chapter c ON c.id = s.chapter_id JOIN plan p ON "
                "p.id = c.plan_id WHERE p.year = 2023",
            )
        ]
        assert len(ids) == 7
        assert set(changes.states(session, "item", ids).values()) == {""}


def test_the_next_year_names_what_disappeared_and_a_possible_rename(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_file(store, FRENCH_2023)
    plan_2024 = _french_2024(tmp_path)

    assert main(["--db", str(store.path), "import", str(plan_2024)]) == 0
    out = capsys.readouterr().out

    assert "compared with 2023: 1 new, 0 changed, 2 gone" in out
    gone_line = next(line for line in out.splitlines() if "not in this plan any more" in line)
    assert "Transport exceptionnel" in gone_line
    assert (
        "Cybercriminalité (possibly renamed: Lutte contre la cybercriminalité organisée)"
        in gone_line
    )


def test_a_possible_rename_is_said_only_for_close_titles(store: Store, tmp_path: Path) -> None:
    import_file(store, FRENCH_2023)
    report = import_file(store, _french_2024(tmp_path))

    gone = {entry.title: entry.possibly_renamed for entry in report.gone_objects}
    assert gone == {
        "Transport exceptionnel": "",
        "Cybercriminalité": "Lutte contre la cybercriminalité organisée",
    }
    new = {entry.title: entry.possibly_renamed for entry in report.new_objects}
    assert new == {"Lutte contre la cybercriminalité organisée": "Cybercriminalité"}


@pytest.mark.parametrize("again", [FRENCH_2023, FRENCH_2023_DUTCH_LABELS])
def test_importing_the_same_plan_again_changes_nothing_and_carries_no_note(
    store: Store, again: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(store.path), "annotate", "SENN-CRISE", "Standpunt crisis"]) == 0
    first = import_file(store, FRENCH_2023)
    assert [note.excerpt for note in first.carried_notes] == ["Standpunt crisis"]
    capsys.readouterr()

    report = import_file(store, again)

    assert not report.changed
    assert not any(report.created.values())
    assert not any(report.updated.values())
    assert report.named_workgroups == []
    assert report.carried_notes == []
    assert main(["--db", str(store.path), "import", str(again)]) == 0
    out = capsys.readouterr().out
    assert "no changes (already imported)" in out
    assert "notes carried" not in out and "updated:" not in out


def test_the_gone_filter_calls_its_rows_gone(store: Store, tmp_path: Path) -> None:
    """Trial 12: the Gone filter found the 2023 items the 2024 plan dropped, and the same
    rows said "New" in the Change column (their state against 2022)."""
    from bnldesk.store.browse import BrowseFilter, fetch_items

    import_file(store, FRENCH_2023)
    import_file(store, _french_2024(tmp_path))
    with store.read() as session:
        rows = fetch_items(session, BrowseFilter(plan_year=2024, change="gone"))
    assert sorted((row.year, row.title, row.change) for row in rows) == [
        (2023, "Cybercriminalité", "gone"),
        (2023, "Transport exceptionnel", "gone"),
    ]


def test_the_window_summary_says_it_in_french(store: Store, tmp_path: Path, french: None) -> None:
    from bnldesk.ui.importing.review import summary_text

    first = import_file(store, FRENCH_2023)
    text = summary_text([first])
    assert "6 groupes de travail : nom en français ajouté" in text.replace("\u00a0", " ")
    assert "Groupe de travail stratégique Gestion des crises (SENN-CRISE)" in text
    assert "aucun plan antérieur en français" in text
    second = import_file(store, _french_2024(tmp_path))
    lines = summary_text([second]).replace("\u00a0", " ").splitlines()
    at = lines.index("2 éléments du plan 2023 n’y figurent plus :")
    assert lines[at + 1 : at + 3] == [
        "  • Élément du plan Transport exceptionnel",
        "  • Élément du plan Cybercriminalité (peut-être renommé : Lutte contre la cybercriminalité organisée)",
    ]


# ------------------------------------------------------------------------------------------
# One workgroup, one name: lists of notes and the Excel list follow the naming rule
# (domain.workgroup_names.shown_name) instead of the label a note stored on its day.
# ------------------------------------------------------------------------------------------

DUTCH_NAME = "Strategische werkgroep Crisisbeheersing (SENN-CRISE)"
FRENCH_NAME = "Groupe de travail stratégique Gestion des crises (SENN-CRISE)"


def _two_notes_on_senn_crise(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    """The French 2023 plan imported; one note written on the group as the 2013 plan names
    it, one as the 2023 plan does (as a colleague's laptop with the French plan sends it)."""
    import_file(store, FRENCH_2023)
    db = str(store.path)
    assert (
        main(
            [
                "--db",
                db,
                "annotate",
                "SENN-CRISE",
                "Nota 2013",
                "--plan",
                "2013",
                "--visibility",
                "delegation",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "--db",
                db,
                "annotate",
                "SENN-CRISE",
                "Note 2023",
                "--plan",
                "2023",
                "--visibility",
                "delegation",
            ]
        )
        == 0
    )
    labels = {label for (label,) in _sql(store, "SELECT target_label FROM annotation")}
    assert labels == {DUTCH_NAME, FRENCH_NAME}  # what each note stored
    capsys.readouterr()


@pytest.mark.parametrize(("language", "name"), [("nl", DUTCH_NAME), ("fr", FRENCH_NAME)])
def test_a_list_of_notes_names_a_workgroup_one_way(
    store: Store,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    name: str,
) -> None:
    from bnldesk.domain.workgroup_names import Naming
    from bnldesk.store.browse import BrowseFilter, fetch_notes

    _two_notes_on_senn_crise(store, capsys)
    with store.read() as session:
        rows = fetch_notes(session, BrowseFilter(), naming=Naming(language=language))
    assert [row.target for row in rows] == [name, name]

    monkeypatch.setenv("LANG", f"{language}_BE.UTF-8")
    assert main(["--db", str(store.path), "list", "annotations", "--json"]) == 0
    assert [row["target"] for row in json.loads(capsys.readouterr().out)] == [name, name]


def test_the_notes_sheet_and_the_workgroup_list_name_in_their_language(
    store: Store, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _two_notes_on_senn_crise(store, capsys)
    db = str(store.path)
    for language, name in (("nl", DUTCH_NAME), ("fr", FRENCH_NAME)):
        out = tmp_path / f"notes-{language}.xlsx"
        assert (
            main(["--db", db, "export-annotations", "--out", str(out), "--language", language]) == 0
        )
        sheet = openpyxl.load_workbook(out).worksheets[0]
        header = [cell.value for cell in sheet[1]]
        column = header.index({"nl": "Object", "fr": "Objet"}[language])
        assert {row[column] for row in sheet.iter_rows(min_row=2, values_only=True)} == {name}

        listed = tmp_path / f"groups-{language}.xlsx"
        assert (
            main(["--db", db, "export-workgroups", "--out", str(listed), "--language", language])
            == 0
        )
        assert _name_of(listed, "SENN-CRISE") == name.removesuffix(" (SENN-CRISE)")
    # The list of one plan written in French: a workgroup by its French name where a plan
    # printed one (trial 17: the reader's language first), though the 2013 plan is Dutch.
    listed = tmp_path / "groups-2013-fr.xlsx"
    assert (
        main(
            [
                "--db",
                db,
                "export-workgroups",
                "--out",
                str(listed),
                "--language",
                "fr",
                "--plan",
                "2013",
            ]
        )
        == 0
    )
    assert _name_of(listed, "SENN-CRISE") == FRENCH_NAME.removesuffix(" (SENN-CRISE)")


def _name_of(workbook: Path, code: str) -> str:
    """The name the workgroup list ``workbook`` gives the workgroup ``code``."""
    sheet = openpyxl.load_workbook(workbook).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2, values_only=True):
        if row[header.index("Code")] == code:
            return str(row[1 + header.index("Code")])
    raise AssertionError(f"{code} is not in {workbook.name}")


def test_the_review_says_which_workgroups_get_a_french_name_before_importing(
    window: Any, store: Store, qtbot: Any, tmp_path: Path, french: None
) -> None:
    """Fichier > Importer un document on the French plan: the review's line on what Import
    will write names the Dutch workgroups it gives a French name, before anything is written."""
    from PySide6.QtWidgets import QApplication
    from ui_support import WAIT_MS, settle

    from bnldesk.ui.importing import ImportReviewDialog

    document = make_docx(FRENCH_2023, tmp_path / "plan-annuel-2023.docx", styled=True)
    dialog = window.review_import(document)
    assert isinstance(dialog, ImportReviewDialog)
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=60_000)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "nom en" in dialog.write_line.text(), timeout=WAIT_MS)
    line = dialog.write_line.text().replace("\u00a0", " ")
    assert "6 groupes de travail : nom en français ajouté" in line
    assert "Groupe de travail stratégique Gestion des crises (SENN-CRISE)" in line
    assert _sql(store, "SELECT count(*) FROM plan WHERE year = 2023") == [(0,)]
    settle(window)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(dialog.reports), timeout=60_000)
    assert dialog.reports[0].named_workgroups and _sql(
        store, "SELECT count(*) FROM plan WHERE year = 2023"
    ) == [(1,)]


def test_the_named_workgroups_are_grouped_by_language_then_renamed() -> None:
    """The command line and the review window say the same groups in the same order: one
    line per language names were added in (by code, a plan of unknown language first), then
    the renamed workgroups; each group in the import's order."""
    from bnldesk.store.structure import NamedGroup, NamedWorkgroup, named_groups

    crise = NamedWorkgroup(
        1,
        "SENN-CRISE",
        "Groupe de travail Gestion des crises",
        "fr",
        "language",
        "Strategische werkgroep Crisisbeheersing",
    )
    risk = NamedWorkgroup(2, "SENN-CRISE/RISK", "Groupe Risques", "fr", "language", "Risico's")
    transport = NamedWorkgroup(3, "", "Comité de direction Transport", "fr", "language", "")
    unknown = NamedWorkgroup(4, "WG-X", "Werkgroep X", None, "language", "Group X")
    dutch = NamedWorkgroup(5, "FISC", "Fiscale werkgroep", "nl", "language", "Groupe fiscal")
    renamed = NamedWorkgroup(6, "SENN-CRISE", "Crisisbeheersing en weerbaarheid", "nl",
                             "renamed", "Crisisbeheersing")  # fmt: skip

    groups = named_groups([crise, renamed, unknown, risk, dutch, transport])

    assert groups == [
        NamedGroup("language", "", (unknown,)),
        NamedGroup("language", "fr", (crise, risk, transport)),
        NamedGroup("language", "nl", (dutch,)),
        NamedGroup("renamed", "", (renamed,)),
    ]
    assert [workgroup.title for workgroup in groups[1].workgroups] == [
        "Groupe de travail Gestion des crises (SENN-CRISE)",
        "Groupe Risques (SENN-CRISE/RISK)",
        "Comité de direction Transport",
    ]
    assert named_groups([]) == []


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("en", ["Dutch", "French", "English", None, None]),
        ("nl", ["Nederlands", "Frans", "Engels", None, None]),
        ("fr", ["néerlandais", "français", "anglais", None, None]),
        ("de", ["Dutch", "French", "English", None, None]),
    ],
)
def test_a_documents_language_is_named_in_the_interface_language(
    language: str, names: list[str | None]
) -> None:
    from bnldesk.domain.wording import language_name

    assert [language_name(code, language) for code in ("nl", "fr", "en", "de", None)] == names
